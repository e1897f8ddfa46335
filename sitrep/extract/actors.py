"""The actor dictionary: named and generic actor mentions -> ACLED-style canonical actors.

`actors.yaml` (shipped) and user files layered on top list named actors (aliases,
abbreviations, loaded labels), the generic words ("troops", "gunmen", "protesters") that
resolve by the document's country, each country's demonyms and the periods of its state
forces ("Military Forces of Kenya (2013-2022)"). `ActorDictionary.find` matches them with a
token trie built once in `load`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import ModelError
from sitrep.model import Actor, Span

KINDS = (
    "military",
    "police",
    "government",
    "armed_group",
    "protesters",
    "rioters",
    "civilians",
    "party",
)
_KIND_OF_INTER = {
    1: "military",
    2: "armed_group",
    3: "armed_group",
    4: "armed_group",
    5: "rioters",
    6: "protesters",
    7: "civilians",
    8: "military",
}
_GENERIC_NAMES = {
    "military": "Military Forces of {the}{c}{period}",
    "police": "Police Forces of {the}{c}{period}",
    "government": "Government of {the}{c}{period}",
    "armed_group": "Unidentified Armed Group{qual}",
    "protesters": "Protesters{qual}",
    "rioters": "Rioters{qual}",
    "civilians": "Civilians{qual}",
}
_GENERIC_INTER = {
    "military": 1,
    "police": 1,
    "government": 1,
    "armed_group": 3,
    "protesters": 6,
    "rioters": 5,
    "civilians": 7,
}
_STATE_KINDS = ("military", "police", "government")
# Nouns of a country's reach abroad: a nationality on them names who acts or stays outside
# the country ("Turkish warplanes struck Afrin", "Chinese tourists protested in Kathmandu").
_ARMED_NOUNS = frozenset(
    [
        "fighters", "fighter", "militants", "militant", "forces", "troops", "militiamen",
        "insurgents", "jihadists", "combatants", "rebels", "gunmen", "positions", "position",
        "targets", "checkpoint", "checkpoints", "posts", "outposts", "bases", "strongholds",
        "hideouts", "headquarters",
    ]
)  # fmt: skip
_ABROAD_WORDS = frozenset(
    [
        "warplanes", "warplane", "jets", "jet", "aircraft", "airstrike", "airstrikes", "strike",
        "strikes", "drone", "drones", "missile", "missiles", "navy", "coalition", "embassy",
        "ambassador", "consulate", "tourists", "tourist", "citizen", "citizens", "national",
        "nationals", "migrants", "refugees", "border", "air",
    ]
)  # fmt: skip
# Armed men who raid across borders: a nationality on them tells where they came from.
_RAIDER_NOUNS = frozenset(
    [
        "raiders", "raider", "bandits", "bandit", "rustlers", "militia", "militias",
        "militiamen", "gunmen", "herders", "herdsmen", "tribesmen", "warriors", "attackers",
    ]
)  # fmt: skip
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?")
_JOINER = re.compile(r"[\s\-–/]*")
# People a party puts forward or employs: named by the party, they are civilians.
_PARTY_PEOPLE = frozenset({
    "candidate", "candidates", "aspirant", "aspirants", "official", "officials", "councillor",
    "councillors", "councilor", "councilors", "mp", "mps", "mca", "mcas", "legislator",
    "lawmaker", "politician", "chairman", "chairperson", "secretary", "agent", "agents",
    "nominee", "parliamentarian",
})  # fmt: skip
# Harm or a target's belongings just before a party's person ("the home of", "attacked an").
_HARMED_BEFORE = re.compile(
    r"\b(?:attack\w*|assault\w*|kill\w*|shot|shoot\w*|stabb\w*|abduct\w*|kidnap\w*|"
    r"beat\w*|injur\w*|wound\w*|target\w*|home|house|residence|car|vehicle|convoy)"
    r"(?:\s+(?:of|on|at|against|the|a|an))*\s*$",
    re.IGNORECASE,
)
_MODIFIER_SUFFIXES = frozenset(
    [
        "backed",
        "led",
        "allied",
        "aligned",
        "affiliated",
        "linked",
        "held",
        "controlled",
        "run",
        "dominated",
        "occupied",
        "supported",
        "sponsored",
        "funded",
        "style",
        "era",
        "inspired",
    ]
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """One regime period of a country's state forces, as ACLED labels it ("2013-2022")."""

    label: str
    start: date
    end: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """A country as actor names need it: ACLED's name, demonyms, state-force periods, and the
    names of its provinces that tell the country when no place resolves."""

    name: str
    the: bool = False
    demonyms: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    regions: tuple[str, ...] = ()

    def period_on(self, on: date | None) -> Period | None:
        """The period in force on a day (the latest one when the day is unknown)."""
        if not self.periods:
            return None
        if on is None:
            return self.periods[-1]
        for period in self.periods:
            if period.start <= on and (period.end is None or on < period.end):
                return period
        return self.periods[0] if on < self.periods[0].start else self.periods[-1]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorEntry:
    """One dictionary actor. State forces (`state` set) get their name from the period."""

    name: str
    inter: int
    kind: str
    country: str | None = None
    also_in: tuple[str, ...] = ()
    state: str | None = None
    unit: str | None = None
    wikidata: str | None = None
    active_from: date | None = None
    active_until: date | None = None
    associated: tuple[str, ...] = ()
    component_of: str | None = None  # part of; coded as it while `merged` holds
    merged: tuple[date | None, date | None] = (None, None)
    either_of: tuple[str, ...] = ()  # an uncertain attribution between these actors
    state_ally: bool = False  # fights on the state's side (pro-government militias)
    ally_of: str | None = None  # the one state whose side it fights on, when one is named
    generic: bool = False
    per_country: bool = False
    named_by_prefix: bool = False  # "Bani Ali tribesmen": the name before makes the actor
    renamed: tuple[str, date] | None = None  # ACLED's later name, and the day it applies from
    usual_country: str | None = None  # a generic label's country when the report names none
    qualifier: str | None = None  # a generic label's fixed qualifier ("International")
    line: int = 0

    def local_to(self, country: str | None) -> bool:
        """Whether the actor is at home (or listed as operating) in a country."""
        return country is not None and (self.country == country or country in self.also_in)

    def active_on(self, on: date | None) -> bool:
        if on is None:
            return self.active_until is None
        starts = self.active_from is None or self.active_from <= on
        return starts and (self.active_until is None or on < self.active_until)


@dataclass(frozen=True, slots=True, kw_only=True)
class UnnamedConvention:
    """ACLED's name, in some countries, for an armed perpetrator the report leaves unnamed
    ("Unidentified Gang ({country})"): for events of the listed sub-types, or for any event
    whose report shows one of the hallmarks ("drive-by", "cartel")."""

    name: str
    inter: int
    countries: frozenset[str]
    sub_event_types: frozenset[str] = frozenset()
    hallmarks: tuple[str, ...] = ()
    facing_state: bool = False  # only when the other side is the state's forces
    places: tuple[str, ...] = ()  # only when the report names one of these places

    def name_in(self, country: str) -> str:
        return self.name.replace("{country}", country)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Alias:
    entry: ActorEntry
    tokens: tuple[str, ...]
    case_sensitive: bool
    framing: str | None
    raw: str = ""
    common: bool = False  # written in lower case: a common noun ("settlers", "joint forces")


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorMention:
    """An actor named in a text: where, who, which kind, and whether it was a generic word."""

    span: Span
    actor: Actor
    kind: str
    generic: bool
    usual_country: bool = False  # its country is the label's usual one, not read in the text


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    aliases: list[_Alias] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str
    bare: str
    ends: tuple[tuple[str, bool], ...] = ()  # `_end_forms`, worked out once per token


class ActorDictionary:
    """Actors, generic words and countries, with a token trie for matching them in text."""

    def __init__(
        self,
        *,
        entries: Sequence[ActorEntry],
        aliases: Sequence[_Alias],
        countries: dict[str, Country],
        framing_words: dict[str, str],
        member_words: frozenset[str] = frozenset(),
        conventions: Sequence[UnnamedConvention] = (),
    ) -> None:
        self.entries = tuple(entries)
        self.conventions = tuple(conventions)
        self.countries = countries
        self.framing_words = framing_words
        self.member_words = member_words
        self._root = _Node()
        for alias in aliases:
            self._insert(alias)
        self._demonyms = {
            _key(d): c.name for c in countries.values() for d in (*c.demonyms, c.name)
        }
        self._regions = {
            " ".join(t.key for t in _tokenize(r)): c.name
            for c in countries.values()
            for r in c.regions
        }
        self._token_memo: dict[str, list[_Tok]] = {}  # a document is matched several times
        self._either_of = {e.name: e.either_of for e in self.entries if e.either_of}
        self._state_allies = {e.name: e.ally_of for e in self.entries if e.state_ally}
        self._by_name = {e.name: e for e in self.entries}
        self._homes: dict[str, frozenset[str]] = {}
        for e in self.entries:
            if e.country:
                self._homes[e.name] = self._homes.get(e.name, frozenset()) | {e.country}

    def home_countries(self, name: str) -> frozenset[str]:
        """Every country an actor of this name is listed in (`countries: [Somalia, Kenya]`)."""
        return self._homes.get(name, frozenset())

    def either_of(self, name: str) -> tuple[str, ...]:
        """The actors an uncertain attribution is between ("Syrian or Russian warplanes":
        the military forces of Syria and of Russia), by name without period; () for others."""
        return self._either_of.get(name, ())

    def state_ally(self, name: str, *, state: str | None = None) -> bool:
        """Whether an actor fights on the state's side (`state_ally: true`), or on the side of
        the given country's state (`state_ally: COUNTRY` names the one state it backs)."""
        if name not in self._state_allies:
            return False
        ally_of = self._state_allies[name]
        return ally_of is None or state is None or ally_of == state

    def country_of_demonym(self, word: str) -> str | None:
        """The country a demonym or country name names ("Turkish" -> Turkey), or None."""
        return self._demonyms.get(_key(word))

    def allied_state(self, name: str) -> str | None:
        """The country whose state an actor fights beside (`state_ally: COUNTRY`), or None."""
        return self._state_allies.get(name)

    def _tokens(self, text: str) -> list[_Tok]:
        """`_tokenize(text)`, kept for the last few long texts (callers only read it)."""
        if len(text) < _MEMO_MIN_CHARS:
            return _tokenize(text)
        tokens = self._token_memo.get(text)
        if tokens is None:
            tokens = _tokenize(text)
            if len(self._token_memo) >= _MEMO_TEXTS:
                del self._token_memo[next(iter(self._token_memo))]
            self._token_memo[text] = tokens
        return tokens

    @classmethod
    def load(cls, paths: Sequence[Path] = ()) -> ActorDictionary:
        """The shipped actors.yaml, then each user file layered on top (same name = override)."""
        text = resources.files("sitrep.data").joinpath("actors.yaml").read_text("utf-8")
        raws = [_parse(text, "actors.yaml")]
        for path in paths:
            try:
                raws.append(_parse(Path(path).read_text("utf-8"), str(path)))
            except OSError as exc:
                raise ModelError(f"cannot read actor file {path}: {exc.strerror}") from exc
        return _build(raws)

    def _insert(self, alias: _Alias) -> None:
        node = self._root
        for token in alias.tokens:
            node = node.children.setdefault(token, _Node())
        twins = [a for a in node.aliases if a.entry is alias.entry and not a.case_sensitive]
        if alias.common or any(a.common for a in twins):  # "joint forces" and "Joint Forces"
            node.aliases[:] = [replace(a, common=True) if a in twins else a for a in node.aliases]
            alias = replace(alias, common=not alias.case_sensitive)
        node.aliases.append(alias)

    def find(self, text: str, *, country: str | None, on: date | None = None) -> list[ActorMention]:
        """Actor mentions in text order: longest match wins, matches never overlap.

        `country` (ACLED's country name) resolves generic words and picks among actors that
        share an alias; `on` picks the state-force period and the actors active that day
        (None = today: the latest period, actors not yet dissolved).
        """
        tokens = self._tokens(text)
        found: list[ActorMention] = []
        i = 0
        while i < len(tokens):
            hit = self._longest(text, tokens, i, country)
            if hit is None:
                i += 1
                continue
            end, alias = hit
            if _is_modifier(text, tokens, end):
                i = end + 1
                continue
            if _compound_tail(text, tokens, i) and any(e.generic for e in self._same_alias(alias)):
                i = end
                continue
            person = self._party_person(text, tokens, (i, end), alias, country, on)
            if person is not None:
                found.append(person)
                i = end + 1
                continue
            end = self._members_after(text, tokens, end)
            framing = self._framing_after(text, tokens, end)
            if framing is not None:
                end += 1
            mention = self._mention(text, tokens, (i, end), alias, framing, country, on)
            mention = self._named_by_prefix(text, tokens, i, mention)
            shared = self._sharing_head(text, tokens, (i, end), mention, country, on)
            if shared is not None and (not found or found[-1].span.end <= shared.span.start):
                found.append(shared)
            found.append(mention)
            found.extend(self._and_country(text, tokens, mention, alias, country, on))
            i = end
        return found

    def _party_person(
        self,
        text: str,
        tokens: list[_Tok],
        where: tuple[int, int],
        alias: _Alias,
        country: str | None,
        on: date | None,
    ) -> ActorMention | None:
        """ "the home of ODM candidate X", "an attack on a Jubilee aspirant": a party's
        candidate or official is a civilian (ACLED: Civilians, the party associated), not
        the party as a side."""
        i, end = where
        if end >= len(tokens) or tokens[end].key not in _PARTY_PEOPLE:
            return None
        if not _joined(text, tokens[end - 1], tokens[end]):
            return None
        party = self._choose(alias, country, on)
        if party.kind != "party" or not _HARMED_BEFORE.search(text[: tokens[i].start]):
            return None
        civilians = self.resolve("civilians", country=party.country or country, on=on)
        if civilians is None:
            return None
        start, stop = tokens[i].start, tokens[end].end
        span = Span(start=start, end=stop, text=text[start:stop], label="civilians")
        # named (not generic): the party's country still tells the report's
        actor = replace(civilians, mention=span)
        return ActorMention(span=span, actor=actor, kind="civilians", generic=False)

    def _named_by_prefix(
        self, text: str, tokens: list[_Tok], i: int, mention: ActorMention
    ) -> ActorMention:
        """ "Bani Ali tribesmen", "the Al Laqmush tribal militia": an unidentified militia word
        (`named_by_prefix: true`) after a proper name is that group: "Bani Ali Tribal Militia
        (Yemen)". A name that opens a sentence, or a country's, is no group's name."""
        if not mention.actor.name.startswith("Unidentified ") or mention.generic:
            return mention
        entry = self._by_name.get(mention.actor.name)
        if entry is None or not entry.named_by_prefix:
            return mention
        first = i
        while first > 0 and i - first < 3 and tokens[first - 1].text[:1].isupper():
            if not _joined(text, tokens[first - 1], tokens[first]):
                break
            first -= 1
        if first == i or _opens_sentence(text, tokens[first].start):
            return mention
        name = text[tokens[first].start : tokens[i - 1].end]
        if self._country_at(text, tokens, first) is not None:
            return mention
        own = mention.actor.name.replace("Unidentified ", f"{name} ", 1)
        span = Span(
            start=tokens[first].start,
            end=mention.span.end,
            label=mention.kind,
            text=text[tokens[first].start : mention.span.end],
        )
        actor = replace(mention.actor, name=own, mention=span)
        return replace(mention, span=span, actor=actor)

    def _and_country(
        self,
        text: str,
        tokens: list[_Tok],
        mention: ActorMention,
        alias: _Alias,
        country: str | None,
        on: date | None,
    ) -> list[ActorMention]:
        """ "military forces of India and Pakistan": the second country's forces too."""
        if not mention.generic or " of " not in mention.span.text:
            return []  # only a country named after the actor ("forces of India") is extended
        k = next((j for j, t in enumerate(tokens) if t.start >= mention.span.end), len(tokens))
        if k + 1 >= len(tokens) or tokens[k].key != "and":
            return []
        hit = self._country_at(text, tokens, k + 1)
        if hit is None or hit[1] not in self.countries:
            return []
        if not (
            _joined(text, tokens[k - 1], tokens[k]) and _joined(text, tokens[k], tokens[k + 1])
        ):
            return []
        start, stop = tokens[k + 1].start, tokens[hit[0] - 1].end
        entry = self._choose(alias, country, on)
        actor = self._actor(entry, hit[1], country, on, alias.framing)
        span = Span(start=start, end=stop, text=text[start:stop], label=entry.kind)
        return [replace(mention, span=span, actor=replace(actor, mention=span))]

    def _sharing_head(
        self,
        text: str,
        tokens: list[_Tok],
        where: tuple[int, int],
        mention: ActorMention,
        country: str | None,
        on: date | None,
    ) -> ActorMention | None:
        """ "Turkana and Samburu militias", "Borana and Gabra communities": a name joined by
        'and' to a named actor's name shares its head word, and names an actor of its own."""
        i, end = where
        if mention.generic or i < 2 or tokens[i - 1].key not in ("and", "or"):
            return None
        word = tokens[i - 2]
        if not word.text[:1].isupper() or not _joined(text, word, tokens[i - 1]):
            return None
        if end - i == 1 and end < len(tokens) and _joined(text, tokens[i], tokens[end]):
            end += 1  # "Borana and Gabra communities": the head word follows the short name
        if end - i < 2:
            return None
        head = text[tokens[i + 1].start : tokens[end - 1].end]
        found = self.find(f"{word.text} {head}", country=country, on=on)
        if len(found) != 1 or found[0].generic or found[0].span.start != 0:
            return None
        if found[0].span.end <= len(word.text) or found[0].actor.name == mention.actor.name:
            return None
        span = Span(start=word.start, end=word.end, text=word.text, label=found[0].kind)
        actor = replace(found[0].actor, mention=span)
        return ActorMention(span=span, actor=actor, kind=found[0].kind, generic=False)

    def country_named(self, text: str) -> str | None:
        """The country a text names most often by its name or demonym ("Sudan", "Sudanese
        army", "Kenyas coast"), or None. A nationality on a country's reach abroad ("Turkish
        warplanes", "Chinese tourists", "the Iranian embassy") does not vote: those act or
        stay outside their own country. A country armed raiders came from ("Ugandan raiders",
        "bandits from Ethiopia") counts half. Ties go to the first named."""
        tokens = self._tokens(text)
        votes: Counter[str] = Counter()
        i = 0
        while i < len(tokens):
            hit = self._country_at(text, tokens, i) or self._region_at(text, tokens, i)
            if hit is None:
                i += 1
                continue
            end, name = hit
            if not _abroad(text, tokens, end):
                votes[name] += 2 if _where(text, tokens, i, end) else 1
            i = end
        return max(votes, key=lambda c: votes[c]) if votes else None

    def _region_at(self, text: str, tokens: list[_Tok], i: int) -> tuple[int, str] | None:
        """A province name starting at token i ("in southern Idleb"): its country."""
        if not tokens[i].text[:1].isupper():
            return None
        for width in (3, 2, 1):
            words = tokens[i : i + width]
            if len(words) == width and all(
                _joined(text, a, b) for a, b in zip(words, words[1:], strict=False)
            ):
                name = self._regions.get(" ".join(t.key for t in words))
                if name is not None:
                    return i + width, name
        return None

    def _country_at(self, text: str, tokens: list[_Tok], i: int) -> tuple[int, str] | None:
        """A country name or demonym starting at token i (capitalised, longest first)."""
        if not tokens[i].text[:1].isupper():
            return None
        for width in (3, 2, 1):
            words = tokens[i : i + width]
            if len(words) < width or not all(
                _joined(text, a, b) for a, b in zip(words, words[1:], strict=False)
            ):
                continue
            key = " ".join(t.bare for t in words)
            name = self._demonyms.get(key)
            if name is None and width == 1 and key.endswith("s"):
                name = self._demonyms.get(key[:-1])  # "Kenyas" with its apostrophe lost
            if name is not None:
                return i + width, name
        return None

    def resolve(self, name: str, *, country: str | None, on: date | None = None) -> Actor | None:
        """The actor a whole string names ("the SDF", "Kenyan police"), or None."""
        found = self.find(name, country=country, on=on)
        if len(found) != 1:
            return None
        span = found[0].span
        rest = f"{name[: span.start]} {name[span.end :]}"
        return found[0].actor if re.fullmatch(r"(?i)[\s\W]*(the)?[\s\W]*", rest) else None

    def _longest(
        self, text: str, tokens: list[_Tok], i: int, country: str | None
    ) -> tuple[int, _Alias] | None:
        node, best, j = self._root, None, i
        while j < len(tokens):
            if j > i and not _joined(text, tokens[j - 1], tokens[j]):
                break
            tok = tokens[j]
            if self._may_end(node, tok):
                here = None if _armed_noun_after(text, tokens, j + 1) else country
                last = self._ending(node, tok, here)
                if last is not None:
                    best = (j + 1, last)
            child = node.children.get(tok.key) or node.children.get(tok.bare)
            if child is None:
                break
            node, j = child, j + 1
        return best

    @staticmethod
    def _may_end(node: _Node, tok: _Tok) -> bool:
        """Some alias ends at this token: the cheap test before `_ending` weighs them."""
        return any(form in node.children for form, _ in _end_forms(tok))

    def _ending(self, node: _Node, tok: _Tok, country: str | None) -> _Alias | None:
        """An alias that ends with this token (allowing a plural -s, or -es).

        Abbreviations of up to three capitals (AA, PDF, SAF) and common nouns a named actor
        is called by ("settlers", "joint forces") are ambiguous across countries: with a known
        document country they resolve only to actors at home there (or global).
        """
        for form, plural in _end_forms(tok):
            child = node.children.get(form)
            if child is None:
                continue
            usable = [a for a in child.aliases if self._fits(a, tok, plural, country)]
            if usable:
                return usable[0]
        return None

    def _fits(self, alias: _Alias, tok: _Tok, plural: bool, country: str | None) -> bool:
        if plural and alias.case_sensitive:
            return False
        if alias.case_sensitive and not _same_case(alias, tok):
            return False
        return not (_local_word(alias) and country and not self._usable_here(alias, country))

    def _mention(
        self,
        text: str,
        tokens: list[_Tok],
        where: tuple[int, int],
        alias: _Alias,
        framing: str | None,
        country: str | None,
        on: date | None,
    ) -> ActorMention:
        entry = self._choose(alias, country, on)
        start, stop = tokens[where[0]].start, tokens[where[1] - 1].end
        place, usual = country, False
        if entry.generic:
            before = self._demonym_before(text, tokens, where[0])
            after = self._country_after(text, tokens, where[1]) or (
                self._home_after(text, tokens, where[1]) if entry.kind == "civilians" else None
            )
            if before is not None:
                start, place = before
            elif after is not None:
                stop, place = after
            elif entry.qualifier is not None:
                place = entry.qualifier  # foreigners are not the document country's
            usual = place is None and entry.usual_country is not None
            place = place or entry.usual_country
        actor = self._actor(entry, place, country, on, alias.framing or framing)
        span = Span(start=start, end=stop, text=text[start:stop], label=entry.kind)
        actor = replace(actor, mention=span)
        return ActorMention(
            span=span,
            actor=actor,
            kind=entry.kind,
            generic=entry.generic,
            usual_country=usual,
        )

    def _choose(self, alias: _Alias, country: str | None, on: date | None) -> ActorEntry:
        """Among the actors sharing an alias: the document's country, active on the day."""
        pool = self._same_alias(alias)
        # An actor ACLED names per country ("Unidentified Gang (Mexico)") gives way, where it is
        # not named so, to the generic word that shares its alias ("gang").
        if any(e.generic for e in pool):
            pool = [e for e in pool if not e.per_country or e.country == country] or pool
        local = [e for e in pool if e.local_to(country)]
        nowhere = [e for e in pool if e.country is None]
        ranked = local or nowhere or pool
        active = [e for e in ranked if e.active_on(on)]
        return self._coalition((active or ranked)[0], on)

    def _coalition(self, entry: ActorEntry, on: date | None) -> ActorEntry:
        """A faction coded as the coalition it had merged into on the day ("Ahrar al-Sham"
        as the Syria Liberation Front in spring 2018); itself otherwise."""
        start, until = entry.merged
        if entry.component_of is None or on is None or (start is None and until is None):
            return entry  # a plain `component_of: NAME` only tells what it is part of
        if (start is not None and on < start) or (until is not None and on >= until):
            return entry
        return self._by_name.get(entry.component_of, entry)

    def _usable_here(self, alias: _Alias, country: str) -> bool:
        return any(e.local_to(country) or e.country is None for e in self._same_alias(alias))

    def _same_alias(self, alias: _Alias) -> list[ActorEntry]:
        node = self._root
        for token in alias.tokens:
            node = node.children[token]
        return [a.entry for a in node.aliases if a.case_sensitive == alias.case_sensitive]

    def _demonym_before(self, text: str, tokens: list[_Tok], i: int) -> tuple[int, str] | None:
        for width in (2, 1):
            first = i - width
            if first < 0:
                continue
            words = tokens[first:i]
            if not all(
                _joined(text, a, b) for a, b in zip(words, [*words[1:], tokens[i]], strict=True)
            ):
                continue
            name = self._demonyms.get(" ".join(t.bare for t in words))
            if name is not None:
                return words[0].start, name
        return None

    def _country_after(self, text: str, tokens: list[_Tok], end: int) -> tuple[int, str] | None:
        """ "military forces of India", "the police of the Philippines": the country after."""
        i = end
        if i >= len(tokens) or tokens[i].key != "of" or not _joined(text, tokens[i - 1], tokens[i]):
            return None
        i += 1
        if i < len(tokens) and tokens[i].key == "the":
            i += 1
        if i >= len(tokens) or not _joined(text, tokens[i - 1], tokens[i]):
            return None
        hit = self._country_at(text, tokens, i)
        if hit is None or hit[1] not in self.countries:
            return None
        return tokens[hit[0] - 1].end, hit[1]

    def _home_after(self, text: str, tokens: list[_Tok], end: int) -> tuple[int, str] | None:
        """ "migrants from Colombia", "refugees from Ukraine": the one country people came
        from (several countries, "from Cuba, Guatemala and Nicaragua", name none)."""
        i = end
        if (
            i >= len(tokens)
            or tokens[i].key != "from"
            or not _joined(text, tokens[i - 1], tokens[i])
        ):
            return None
        hit = self._country_at(text, tokens, i + 1) if i + 1 < len(tokens) else None
        if hit is None or hit[1] not in self.countries:
            return None
        k = hit[0]
        if k < len(tokens) and text[tokens[k - 1].end : tokens[k].start].strip() == ",":
            return None
        if k < len(tokens) and tokens[k].key in ("and", "or"):
            return None
        return tokens[k - 1].end, hit[1]

    def _members_after(self, text: str, tokens: list[_Tok], end: int) -> int:
        """Absorb the nouns that name members of the actor: "SDF fighters", "police officers"."""
        while end < len(tokens) and _joined(text, tokens[end - 1], tokens[end]):
            if tokens[end].bare not in self.member_words:
                break
            end += 1
        return end

    def _framing_after(self, text: str, tokens: list[_Tok], end: int) -> str | None:
        """A loaded word right after the actor ("ISIS gangs", "PKK terrorists")."""
        if end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
            return None
        return self.framing_words.get(tokens[end].bare)

    def _actor(
        self,
        entry: ActorEntry,
        place: str | None,
        doc_country: str | None,
        on: date | None,
        framing: str | None,
    ) -> Actor:
        where = entry.country or place
        name = self._name(entry, where, on)
        inter = entry.inter
        if inter == 1 and where and doc_country and where != doc_country:
            inter = 8  # ACLED: state forces acting outside their country are external forces
        wikidata = entry.wikidata
        return Actor(name=name, inter=inter, country=where, wikidata=wikidata, framing=framing)

    def _name(self, entry: ActorEntry, where: str | None, on: date | None) -> str:
        kind = entry.state or (entry.kind if entry.generic else None)
        if kind is None:
            renamed = entry.renamed
            return renamed[0] if renamed and on is not None and on >= renamed[1] else entry.name
        base = self._generic_name(kind, where, on)
        return f"{base} {entry.unit}" if entry.unit else base

    def generic_name(self, kind: str, where: str | None, on: date | None = None) -> str:
        """ACLED's name for a generic actor of a kind in a country ("Civilians (Kenya)")."""
        return self._generic_name(kind, where, on)

    def _generic_name(self, kind: str, where: str | None, on: date | None) -> str:
        info = self.countries.get(where) if where else None
        if where is None:
            state = _GENERIC_NAMES[kind].split(" of ")[0]
            return state if kind in _STATE_KINDS else _GENERIC_NAMES[kind].format(qual="")
        period = info.period_on(on) if info else None
        return _GENERIC_NAMES[kind].format(
            the="the " if info and info.the else "",
            c=where,
            period=f" ({period.label})" if period else "",
            qual=f" ({where})",
        )


def _key(text: str) -> str:
    return _strip_quotes(text).casefold().strip()


_MEMO_TEXTS = 4  # texts whose tokens an ActorDictionary keeps
_MEMO_MIN_CHARS = 200  # shorter texts (names, phrases) are tokenized afresh


def _tokenize(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        key, bare = _key(raw), _key(_bare(raw))
        ends = ((key, False), (bare, False), *_singulars(bare))
        out.append(_Tok(m.start(), m.end(), raw, key, bare, ends))
    return out


def _end_forms(tok: _Tok) -> tuple[tuple[str, bool], ...]:
    """The forms an alias may end with at this token, each with whether it is a plural read
    as its singular (kept on the token when `_tokenize` made it)."""
    return tok.ends or ((tok.key, False), (tok.bare, False), *_singulars(tok.bare))


def _singulars(bare: str) -> list[tuple[str, bool]]:
    forms = []
    if bare.endswith("ies") and len(bare) > 4:
        forms.append((bare[:-3] + "y", True))  # "communities"
    if bare.endswith("es") and len(bare) > 4:
        forms.append((bare[:-2], True))
    if bare.endswith("s") and len(bare) > 3:
        forms.append((bare[:-1], True))
    return forms


def _same_case(alias: _Alias, tok: _Tok) -> bool:
    """A case-sensitive alias matches only its own capitals (its last word is checked)."""
    return _strip_quotes(_bare(tok.text)) == alias.raw


def _is_modifier(text: str, tokens: list[_Tok], end: int) -> bool:
    """ "IRGC-backed forces", "regime-held village": the name modifies, it does not act."""
    if end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start] != "-":
        return False
    return tokens[end].bare in _MODIFIER_SUFFIXES


def _where(text: str, tokens: list[_Tok], i: int, end: int) -> bool:
    """False for a country that tells where armed men came from, not where they struck:
    a nationality on armed men ("Ugandan raiders", "Ethiopian militia") or a country after
    'from' ("bandits from Ethiopia"): raiders cross borders, so it weighs half."""
    if i > 0 and tokens[i - 1].key == "from":
        return False
    return not (
        end < len(tokens)
        and _joined(text, tokens[end - 1], tokens[end])
        and tokens[end].bare.casefold() in _RAIDER_NOUNS
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at `start` opens the text or a sentence (its capital says nothing)."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n"


def _compound_tail(text: str, tokens: list[_Tok], i: int) -> bool:
    """ "Self-Defense Forces", "anti-government forces": a generic word hyphened onto the word
    before it ends a compound name, which is not the generic actor."""
    return i > 0 and text[tokens[i - 1].end : tokens[i].start] == "-"


def _armed_noun_after(text: str, tokens: list[_Tok], end: int) -> bool:
    """ "YPG positions", "PKK militants": a name on armed men or their posts is an armed
    group's, so an abbreviation keeps its meaning in a report about another country."""
    if end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
        return False
    return tokens[end].key in _ARMED_NOUNS


def _abroad(text: str, tokens: list[_Tok], end: int) -> bool:
    """The nationality ending before token `end` is on a word of reach abroad."""
    if end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
        return False
    return tokens[end].bare in _ABROAD_WORDS


def _short(alias: _Alias) -> bool:
    return alias.case_sensitive and len(alias.raw) <= 3


def _local_word(alias: _Alias) -> bool:
    """An alias that names the actor only where it is at home: a short abbreviation (AA, SAF)
    or a common noun a named actor is called by in its own country's news ("settlers" are
    Israel's, "joint forces" Yemen's): elsewhere the words are someone else's."""
    return _short(alias) or (alias.common and not alias.entry.generic)


def _bare(raw: str) -> str:
    """The word without a possessive ending: Taliban's -> Taliban, Houthis' -> Houthis."""
    for ending in ("'s", "’s", "'", "’"):
        if raw.endswith(ending) and len(raw) > len(ending):
            return raw[: -len(ending)]
    return raw


def _strip_quotes(text: str) -> str:
    return text.replace("'", "").replace("’", "") if ("'" in text or "’" in text) else text


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 3 and _JOINER.fullmatch(gap) is not None


# ---------------------------------------------------------------- YAML schema


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A YAML loader that records the line of every mapping under the key `__line__`."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    data: dict[str, Any] = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    data["__line__"] = node.start_mark.line + 1
    return data


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)

_ACTOR_KEYS = {
    "name",
    "aliases",
    "pejoratives",
    "inter",
    "country",
    "countries",
    "also_in",
    "wikidata",
    "active",
    "associated",
    "component_of",
    "state",
    "unit",
    "kind",
    "either_of",
    "state_ally",
    "named_by_prefix",
    "renamed",
    "__line__",
}


@dataclass(frozen=True, slots=True)
class _Raw:
    where: str
    data: dict[str, Any]


def _parse(text: str, where: str) -> _Raw:
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"{where}:{mark.line + 1}" if mark else where
        raise ModelError(f"{at}: not valid YAML ({exc}); fix the syntax") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ModelError(f"{where}:1: an actor file must be a mapping with an `actors:` list")
    return _Raw(where, data)


def _plain(mapping: dict[str, Any]) -> dict[str, Any]:
    """A mapping without the loader's `__line__` bookkeeping key."""
    return {k: v for k, v in mapping.items() if k != "__line__"}


def _fail(where: str, item: dict[str, Any] | None, what: str) -> ModelError:
    line = item.get("__line__", 1) if isinstance(item, dict) else 1
    return ModelError(f"{where}:{line}: {what}")


def _build(raws: list[_Raw]) -> ActorDictionary:
    countries: dict[str, Country] = {}
    framing: dict[str, str] = {}
    members: set[str] = set()
    group_words: list[str] = []
    generics: list[tuple[str, dict[str, Any]]] = []
    conventions: list[UnnamedConvention] = []
    actors: dict[str, tuple[str, dict[str, Any]]] = {}
    for raw in raws:
        countries.update(_countries(raw))
        framing.update(_framing_words(raw))
        generics.extend((raw.where, g) for g in _listed(raw, "generic"))
        conventions.extend(_convention(raw.where, c) for c in _listed(raw, "unnamed_perpetrators"))
        members.update(_key(str(w)) for w in raw.data.get("member_words") or [])
        group_words.extend(str(w) for w in raw.data.get("group_words") or [])
        names: set[str] = set()
        for item in _listed(raw, "actors"):
            _check_actor(raw.where, item)
            key = str(item["name"])
            if key in names:
                raise _fail(raw.where, item, f"actor {key!r} is listed twice; merge the entries")
            names.add(key)
            base = actors.get(key, (raw.where, {}))[1]
            actors[key] = (raw.where, _merge(base, item))
    entries: list[ActorEntry] = []
    aliases: list[_Alias] = []
    generic = [_generic(where, item) for where, item in generics]
    common = {a.tokens for _, words in generic for a in words}
    for where, item in actors.values():
        for entry in _entries(where, item):
            entries.append(entry)
            aliases.extend(_aliases(where, item, entry, common=common))
            aliases.extend(_group_aliases(item, entry, group_words))
    for entry, words in generic:
        entries.append(entry)
        aliases.extend(words)
    return ActorDictionary(
        entries=entries,
        aliases=aliases,
        countries=countries,
        framing_words=framing,
        member_words=frozenset(members),
        conventions=conventions,
    )


def _convention(where: str, item: dict[str, Any]) -> UnnamedConvention:
    name, inter = item.get("name"), item.get("inter")
    if not isinstance(name, str) or not isinstance(inter, int) or inter not in range(1, 9):
        raise _fail(where, item, "an unnamed perpetrator needs `name:` and `inter:` (1-8)")
    subs, marks = item.get("sub_event_types") or [], item.get("hallmarks") or []
    facing = item.get("facing_state", False)
    if not (subs or marks or facing) or not item.get("countries"):
        raise _fail(
            where,
            item,
            f"{name!r}: give `countries:` and `sub_event_types:`, `hallmarks:` or `facing_state:`",
        )
    if not isinstance(facing, bool):
        raise _fail(where, item, f"{name!r}: `facing_state:` is true or false")
    return UnnamedConvention(
        name=name,
        inter=inter,
        countries=frozenset(str(c) for c in item["countries"]),
        sub_event_types=frozenset(str(s) for s in subs),
        hallmarks=tuple(str(m).casefold() for m in marks),
        facing_state=facing,
        places=tuple(str(m).casefold() for m in item.get("places") or []),
    )


def _listed(raw: _Raw, key: str) -> list[dict[str, Any]]:
    items = raw.data.get(key) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _fail(raw.where, raw.data, f"`{key}:` must be a list of mappings")
    return items


def _merge(base: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **item}
    for key in ("aliases", "associated"):
        merged[key] = [*(base.get(key) or []), *(item.get(key) or [])]
    merged["pejoratives"] = {
        **_plain(base.get("pejoratives") or {}),
        **_plain(item.get("pejoratives") or {}),
    }
    return merged


def _check_actor(where: str, item: dict[str, Any]) -> None:
    unknown = sorted(set(item) - _ACTOR_KEYS)
    if unknown:
        raise _fail(where, item, f"unknown key {unknown[0]!r}; allowed: {sorted(_ACTOR_KEYS)[1:]}")
    if not isinstance(item.get("name"), str) or not item["name"].strip():
        raise _fail(where, item, "every actor needs a `name:` (ACLED-style canonical name)")
    if item.get("inter") not in range(1, 9):
        raise _fail(where, item, f"actor {item['name']!r}: `inter:` must be an integer 1-8")
    if item.get("state") not in (None, *_STATE_KINDS):
        raise _fail(where, item, f"actor {item['name']!r}: `state:` must be one of {_STATE_KINDS}")
    if item.get("kind") not in (None, *KINDS):
        raise _fail(where, item, f"actor {item['name']!r}: `kind:` must be one of {KINDS}")
    for key in ("aliases", "associated", "countries", "also_in", "either_of"):
        if not isinstance(item.get(key) or [], list):
            raise _fail(where, item, f"actor {item['name']!r}: `{key}:` must be a list")
    if not isinstance(item.get("state_ally", False), bool | str):
        raise _fail(where, item, f"actor {item['name']!r}: `state_ally:` is true or a country")
    pej = item.get("pejoratives") or {}
    if not isinstance(pej, dict) or not all(isinstance(v, str) for v in _plain(pej).values()):
        raise _fail(where, item, f"actor {item['name']!r}: `pejoratives:` maps label -> framing")


def _entries(where: str, item: dict[str, Any]) -> Iterator[ActorEntry]:
    start, until = _active(where, item)
    countries = list(item.get("countries") or [item.get("country")])
    template = str(item["name"])
    if "{country}" in template:
        countries.append(None)
    inter = int(item["inter"])
    for country in countries:
        name = template.replace("{country}", str(country))
        if country is None:
            name = template.replace(" ({country})", "").replace("{country}", "").strip()
        yield ActorEntry(
            name=name,
            inter=inter,
            kind=item.get("kind") or item.get("state") or _KIND_OF_INTER[inter],
            country=country,
            also_in=tuple(item.get("also_in") or ()),
            state=item.get("state"),
            unit=item.get("unit"),
            wikidata=item.get("wikidata"),
            active_from=start,
            active_until=until,
            associated=tuple(item.get("associated") or ()),
            component_of=_component_of(where, item),
            merged=_merged(where, item),
            either_of=tuple(str(n) for n in item.get("either_of") or ()),
            state_ally=bool(item.get("state_ally", False)),
            ally_of=_ally_of(item),
            named_by_prefix=bool(item.get("named_by_prefix", False)),
            renamed=_renamed(where, item, country),
            per_country="{country}" in template,
            line=int(item.get("__line__", 0)),
        )


def _renamed(where: str, item: dict[str, Any], country: str | None) -> tuple[str, date] | None:
    """`renamed: {name: NAME, from: DAY}`: the name ACLED codes the actor by in reports of
    that day or later ("{country}" filled as in `name`)."""
    value = item.get("renamed")
    if value is None:
        return None
    day = _day(where, item, value.get("from")) if isinstance(value, dict) else None
    if day is None or not isinstance(value.get("name"), str):
        raise _fail(where, item, "`renamed:` is {name: NAME, from: DAY}")
    template = str(value["name"])
    if country is None:
        return template.replace(" ({country})", "").replace("{country}", "").strip(), day
    return template.replace("{country}", country), day


def _ally_of(item: dict[str, Any]) -> str | None:
    """`state_ally: COUNTRY`: the state it backs; `state_ally: true`: any state."""
    value = item.get("state_ally")
    return value if isinstance(value, str) else None


def _component_of(where: str, item: dict[str, Any]) -> str | None:
    """`component_of: NAME` or `component_of: {name: NAME, from: DAY, until: DAY}`."""
    value = item.get("component_of")
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return str(value["name"])
    raise _fail(where, item, "`component_of:` is a name or {name: ..., from: ..., until: ...}")


def _merged(where: str, item: dict[str, Any]) -> tuple[date | None, date | None]:
    value = item.get("component_of")
    if not isinstance(value, dict):
        return None, None
    return _day(where, item, value.get("from")), _day(where, item, value.get("until"))


def _active(where: str, item: dict[str, Any]) -> tuple[date | None, date | None]:
    active = item.get("active") or {}
    if not isinstance(active, dict):
        raise _fail(where, item, "`active:` must be a mapping with `from:` and/or `until:`")
    return _day(where, item, active.get("from")), _day(where, item, active.get("until"))


def _day(where: str, item: dict[str, Any], value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, int) and 1800 < value < 2200:
        return date(value, 1, 1)
    raise _fail(where, item, f"dates must be YYYY or YYYY-MM-DD, got {value!r}")


def _aliases(
    where: str, item: dict[str, Any], entry: ActorEntry, *, common: set[tuple[str, ...]]
) -> Iterator[_Alias]:
    """An entry's aliases. Its own name shorn of a qualifier is one, unless that leaves a
    generic word ("Militia (Pro-Government)" is not every "militia")."""
    names: list[Any] = [] if entry.state else _own_names(entry.name)
    own = (_make_alias(entry, *_alias_text(where, item, n), None) for n in names)
    yield from (a for a in own if a.tokens not in common)
    for raw in item.get("aliases") or []:
        text, case = _alias_text(where, item, raw)
        yield _make_alias(entry, text, case, None)
    for text, framing in _plain(item.get("pejoratives") or {}).items():
        yield _make_alias(entry, str(text), False, framing)


_IDENTITY_MILITIA = re.compile(r"^(?!Unidentified )(\S+) (?:Ethnic|Communal|Clan) Militia\b")


def _group_aliases(item: dict[str, Any], entry: ActorEntry, words: list[str]) -> list[_Alias]:
    """A community's militia is named by the community and any word for its armed men
    (`group_words:`): "Pokot Ethnic Militia (Kenya)" is "Pokot raiders", "armed Pokot
    militants", "the Pokot tribe"."""
    m = _IDENTITY_MILITIA.match(entry.name)
    if m is None:
        return []
    listed = {_key(str(a)) for a in item.get("aliases") or [] if isinstance(a, str)}
    texts = [f"{m.group(1)} {w}" for w in words]
    return [_make_alias(entry, t, False, None) for t in texts if _key(t) not in listed]


def _own_names(name: str) -> list[Any]:
    """A canonical name is an alias of itself; so is its "ABBR: " prefix (case-sensitive)."""
    m = re.match(r"^([A-Za-z0-9\-]{2,10}): (.+)$", name)
    if m is None:
        return [re.sub(r"\s*\(.*?\)\s*$", "", name)]
    return [{"text": m.group(1), "case_sensitive": True}, m.group(2)]


def _alias_text(where: str, item: dict[str, Any], raw: Any) -> tuple[str, bool]:
    if isinstance(raw, str):
        return raw, _looks_like_abbreviation(raw)
    if isinstance(raw, dict) and isinstance(raw.get("text"), str):
        return raw["text"], bool(raw.get("case_sensitive", _looks_like_abbreviation(raw["text"])))
    raise _fail(where, item, f"alias {raw!r}: give a string or {{text: ..., case_sensitive: ...}}")


def _looks_like_abbreviation(text: str) -> bool:
    """Short aliases in capitals (IS, SAF, PDF) or mixed case (LeT, HuJI) match only as
    written: "is" is a verb, "let" a word."""
    letters = re.sub(r"[^\w]", "", text)
    capitals = sum(c.isupper() for c in letters)
    return len(letters) <= 5 and (letters.isupper() or capitals >= 2)


def _make_alias(entry: ActorEntry, text: str, case: bool, framing: str | None) -> _Alias:
    toks = _tokenize(text)
    last = _strip_quotes(toks[-1].text) if toks else ""
    keys = tuple(t.key for t in toks)
    common = text == text.lower() and any(c.isalpha() for c in text)
    return _Alias(
        entry=entry, tokens=keys, case_sensitive=case, framing=framing, raw=last, common=common
    )


def _generic(where: str, item: dict[str, Any]) -> tuple[ActorEntry, list[_Alias]]:
    kind = item.get("kind")
    if kind not in _GENERIC_INTER:
        raise _fail(where, item, f"generic entries need `kind:` one of {tuple(_GENERIC_INTER)}")
    usual = item.get("usual_country")
    entry = ActorEntry(
        name=kind,
        inter=_GENERIC_INTER[kind],
        kind=kind,
        generic=True,
        usual_country=str(usual) if usual else None,
        qualifier=str(item["qualifier"]) if item.get("qualifier") else None,
        line=item["__line__"],
    )
    framing = item.get("framing")
    words = [_make_alias(entry, str(w), False, framing) for w in item.get("words") or []]
    return entry, words


def _countries(raw: _Raw) -> dict[str, Country]:
    table = raw.data.get("countries") or {}
    if not isinstance(table, dict):
        raise _fail(raw.where, raw.data, "`countries:` must map a country name to its details")
    return {name: _country(raw.where, name, info or {}) for name, info in _plain(table).items()}


def _country(where: str, name: str, info: dict[str, Any]) -> Country:
    periods = []
    for label in info.get("periods") or []:
        periods.append(_period(where, info, name, str(label)))
    return Country(
        name=name,
        the=bool(info.get("the", False)),
        demonyms=tuple(info.get("demonyms") or ()),
        periods=tuple(periods),
        regions=tuple(str(r) for r in info.get("regions") or ()),
    )


_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})-(\d{2}))?\s*\.\.\s*(?:(\d{4})(?:-(\d{2})-(\d{2}))?)?")


def _period(where: str, info: dict[str, Any], name: str, label: str) -> Period:
    """`2013-04-09..2022-09-13` -> Period(label="2013-2022"); `2022-09-13..` -> "2022-"."""
    m = _PERIOD.fullmatch(label)
    if m is None:
        raise _fail(where, info, f"{name}: period {label!r} must look like 2013-04-09..2022-09-13")
    y1, m1, d1, y2, m2, d2 = m.groups()
    start = date(int(y1), int(m1 or 1), int(d1 or 1))
    end = date(int(y2), int(m2 or 1), int(d2 or 1)) if y2 else None
    return Period(label=f"{y1}-{y2 or ''}", start=start, end=end)


def _framing_words(raw: _Raw) -> dict[str, str]:
    table = raw.data.get("framing_words") or {}
    if not isinstance(table, dict):
        raise _fail(raw.where, raw.data, "`framing_words:` must map a word to its framing tag")
    return {_key(str(k)): str(v) for k, v in table.items() if k != "__line__"}


# ---------------------------------------------------------------- comparing names

_PERIOD_IN_NAME = re.compile(r"\s*\((\d{4})-(\d{4})?\)\s*")


def actor_key(name: str) -> tuple[str, str | None]:
    """A comparable key for an ACLED actor name: (base, start year of its period or None).

    The base drops an "ABBR: " prefix, a sub-unit after the period ("... (2000-) Syrian Arab
    Air Force" -> the force itself), "the ", case, hyphens and apostrophes.
    """
    m = _PERIOD_IN_NAME.search(name)
    start = m.group(1) if m else None
    base = name[: m.start()] if m else name
    if re.match(r"^[^\s:]{1,12}: ", base):
        base = base.split(": ", 1)[1]
    base = re.sub(r"\bthe\s+", "", base, flags=re.IGNORECASE)
    base = re.sub(r"[-‐\s]+", " ", _key(base)).strip()
    return base, start


def same_actor(gold_name: str, predicted_name: str) -> bool:
    """Whether two ACLED-style names denote the same actor, for scoring.

    Periods are compared by their start year only: ACLED closes a period later ("(2009-)"
    becomes "(2009-2024)"), so both are one actor; a different start year is a different
    regime's forces ("Military Forces of Syria (2000-)" is not "(2024-)"). A name without a
    period matches any period of the same base. Sub-units count as their force.
    """
    gold, predicted = actor_key(gold_name), actor_key(predicted_name)
    if gold[0] != predicted[0]:
        return False
    return gold[1] is None or predicted[1] is None or gold[1] == predicted[1]
