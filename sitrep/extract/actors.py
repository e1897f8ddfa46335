"""The actor dictionary: named and generic actor mentions -> ACLED-style canonical actors.

`actors.yaml` (shipped) and user files layered on top list named actors (aliases,
abbreviations, loaded labels), the generic words ("troops", "gunmen", "protesters") that
resolve by the document's country, each country's demonyms and the periods of its state
forces ("Military Forces of Kenya (2013-2022)"). `ActorDictionary.find` matches them with a
token trie built once in `load` from the files `actor_file.py` reads.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path

from sitrep.errors import ModelError
from sitrep.extract.actor_file import build_tables, parse_actor_file
from sitrep.extract.actor_records import (
    STATE_KINDS,
    ActorEntry,
    Alias,
    Country,
    UnnamedConvention,
)
from sitrep.extract.actor_tokens import (
    Tok,
    alias_key,
    bare_word,
    end_forms,
    strip_quotes,
    tokenize,
)
from sitrep.extract.weapon_designations import designated_weapon_end, designation_start
from sitrep.model import Actor, Span

_GENERIC_NAMES = {
    "military": "Military Forces of {the}{c}{period}",
    "police": "Police Forces of {the}{c}{period}",
    "government": "Government of {the}{c}{period}",
    "armed_group": "Unidentified Armed Group{qual}",
    "protesters": "Protesters{qual}",
    "rioters": "Rioters{qual}",
    "civilians": "Civilians{qual}",
}
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
        # a side's words for the enemy's forces on its soil ("the Russian occupiers")
        "occupiers", "occupier", "occupation", "invaders", "invader", "aggression",
    ]
)  # fmt: skip
# Armed men who raid across borders: a nationality on them tells where they came from.
_RAIDER_NOUNS = frozenset(
    [
        "raiders", "raider", "bandits", "bandit", "rustlers", "militia", "militias",
        "militiamen", "gunmen", "herders", "herdsmen", "tribesmen", "warriors", "attackers",
    ]
)  # fmt: skip
# Words in a country's longest name ("Democratic Republic of the Congo"), longest tried first.
COUNTRY_NAME_WIDTHS = (5, 4, 3, 2, 1)
# Generic actors that are a state's forces: "its troops" are the state's named before.
STATE_FORCE_KINDS = frozenset({"military", "police"})
# Bare words for a state's armed men that a nationality before them makes its military's
# ("Azerbaijani forces", "Russian units"); alone they name no one.
FORCE_WORDS = frozenset({"forces", "units"})
# ...and a state's military aircraft ("Turkish helicopters", "Iraqi aircraft").
AIRCRAFT_WORDS = frozenset({"aircraft", "warplanes", "helicopters", "gunships", "jets"})
# A numbered formation of a state's forces: "Ukraine's 3rd Assault Brigade".
ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
FORMATION_NOUNS = frozenset({
    "brigade", "division", "regiment", "battalion", "corps", "army", "fleet", "squadron",
})  # fmt: skip
# A state's body that speaks for its forces: "the Turkish defence ministry said its jets ...".
STATE_SPEAKERS = frozenset({"ministry", "army", "military", "government", "command"})
# Bodies whose coalitions are not armed forces' ("gang coalition", "ruling coalition").
_CIVIL_BODIES = frozenset({
    "gang", "gangs", "ruling", "governing", "opposition", "electoral", "political", "party",
    "parties", "civic", "civil", "union", "unions", "labour", "labor", "student", "students",
    "business", "peace", "humanitarian", "society",
})  # fmt: skip
# Nouns that make the words before them an administrative area's name.
_AREA_NOUNS = frozenset({"area", "areas"})
# Followers named by whom they follow: "government supporters" are a crowd, not the government.
_FOLLOWER_NOUNS = frozenset({
    "supporters", "loyalists", "sympathisers", "sympathizers", "backers", "partisans",
})  # fmt: skip
# The civil authority of a territory under martial law: "the regional military administration".
_AUTHORITY_NOUNS = frozenset({"administration", "administrations"})
_TERRITORIAL_WORDS = frozenset({
    "regional", "city", "oblast", "district", "raion", "town", "village", "settlement",
    "municipal", "civil", "civilian",
})  # fmt: skip
_JOINER = re.compile(r"[\s\-–/]*")
# People a party puts forward or employs: named by the party, they are civilians.
_PARTY_PEOPLE = frozenset({
    "candidate", "candidates", "aspirant", "aspirants", "official", "officials", "councillor",
    "councillors", "councilor", "councilors", "mp", "mps", "mca", "mcas", "legislator",
    "lawmaker", "politician", "chairman", "chairperson", "secretary", "agent", "agents",
    "nominee", "parliamentarian", "representative", "representatives",
})  # fmt: skip
# Ranks held in a party, named before it: "a local leader of the Awami League".
_PARTY_RANKS = frozenset({"leader", "leaders"})
# Harm or a target's belongings just before a party's person ("the home of", "attacked an").
_HARMED_BEFORE = re.compile(
    r"\b(?:attack\w*|assault\w*|kill\w*|shot|shoot\w*|stabb\w*|abduct\w*|kidnap\w*|"
    r"beat\w*|injur\w*|wound\w*|target\w*|home|house|residence|car|vehicle|convoy)"
    r"(?:\s+(?:of|on|at|against|the|a|an|dead))*\s*$",
    re.IGNORECASE,
)
# Harm told just after a party's person, as a passive ("a KANU aspirant was shot", "KANU
# aspirant stabbed near a church"): a bare participle only before a place, a doer or an end.
_HARMED_AFTER = re.compile(
    r"^\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?"
    r"(?:attacked|assaulted|killed|shot|stabbed|abducted|kidnapped|beaten|injured|wounded|"
    r"hacked|murdered)\b"
    r"|(?:attacked|assaulted|killed|shot|stabbed|abducted|kidnapped|beaten|injured|wounded|"
    r"hacked|murdered)(?=\s+(?:at|in|on|near|by|dead|to\s+death)\b|\s*[,.;]|\s*$))",
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
    aliases: list[Alias] = field(default_factory=list)


class ActorDictionary:
    """Actors, generic words and countries, with a token trie for matching them in text."""

    def __init__(
        self,
        *,
        entries: Sequence[ActorEntry],
        aliases: Sequence[Alias],
        countries: dict[str, Country],
        framing_words: dict[str, str],
        member_words: frozenset[str] = frozenset(),
        conventions: Sequence[UnnamedConvention] = (),
        framing_before: dict[str, str] | None = None,
    ) -> None:
        self.entries = tuple(entries)
        self.conventions = tuple(conventions)
        self.countries = countries
        self.framing_words = framing_words
        self.member_words = member_words
        self.framing_before = framing_before or {}
        self._root = _Node()
        for alias in aliases:
            self._insert(alias)
        self._demonyms = {
            alias_key(d): c.name for c in countries.values() for d in (*c.demonyms, c.name)
        }
        self._regions = {
            " ".join(t.key for t in tokenize(r)): c.name
            for c in countries.values()
            for r in c.regions
        }
        self._token_memo: dict[str, list[Tok]] = {}  # a document is matched several times
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
        return self._demonyms.get(alias_key(word))

    def allied_state(self, name: str) -> str | None:
        """The country whose state an actor fights beside (`state_ally: COUNTRY`), or None."""
        return self._state_allies.get(name)

    def _tokens(self, text: str) -> list[Tok]:
        """`tokenize(text)`, kept for the last few long texts (callers only read it)."""
        if len(text) < _MEMO_MIN_CHARS:
            return tokenize(text)
        tokens = self._token_memo.get(text)
        if tokens is None:
            tokens = tokenize(text)
            if len(self._token_memo) >= _MEMO_TEXTS:
                del self._token_memo[next(iter(self._token_memo))]
            self._token_memo[text] = tokens
        return tokens

    @classmethod
    def load(cls, paths: Sequence[Path] = ()) -> ActorDictionary:
        """The shipped actors.yaml, then each user file layered on top (same name = override)."""
        text = resources.files("sitrep.data").joinpath("actors.yaml").read_text("utf-8")
        raws = [parse_actor_file(text, "actors.yaml")]
        for path in paths:
            try:
                raws.append(parse_actor_file(Path(path).read_text("utf-8"), str(path)))
            except OSError as exc:
                raise ModelError(f"cannot read actor file {path}: {exc.strerror}") from exc
        tables = build_tables(raws)
        return cls(
            entries=tables.entries,
            aliases=tables.aliases,
            countries=tables.countries,
            framing_words=tables.framing_words,
            member_words=tables.member_words,
            conventions=tables.conventions,
            framing_before=tables.framing_before,
        )

    def _insert(self, alias: Alias) -> None:
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
                people = (
                    self._nationals_at(text, tokens, i, on)
                    or self._national_forces_at(text, tokens, i, (country, on))
                    or self._numbered_formation_at(text, tokens, i, (country, on))
                )
                if people is not None:
                    found.append(people)
                i += 1
                while people is not None and i < len(tokens) and tokens[i].start < people.span.end:
                    i += 1  # "Kenyan jets": the craft's word is no mention of its own
                continue
            end, alias = hit
            if _is_modifier(text, tokens, end):
                i = end + 1
                continue
            if _civil_coalition(text, tokens, i, end):
                i = end
                continue
            if _names_an_area(text, tokens, end) and any(
                e.generic for e in self._same_alias(alias)
            ):
                i = end + 1
                continue
            if _followers_of(text, tokens, end) and any(e.generic for e in self._same_alias(alias)):
                i = end  # "government supporters": the followers are the mention
                continue
            if _civil_authority(text, tokens, i, end) and any(
                e.generic for e in self._same_alias(alias)
            ):
                i = end + 1  # "the regional military administration": a governor's office
                continue
            if _compound_tail(text, tokens, i) and any(e.generic for e in self._same_alias(alias)):
                i = end
                continue
            if any(e.generic for e in self._same_alias(alias)) and self._of_a_group(
                text, tokens, end
            ):
                i = end  # "soldiers of the Rapid Support Forces": the group's men
                continue
            person = self._party_person(text, tokens, (i, end), alias, country, on)
            if person is not None:
                while found and found[-1].span.end > person.span.start:
                    found.pop()  # "activists" of "two activists of the BNP"
                found.append(person)
                i = end if person.span.end == tokens[end - 1].end else end + 1
                continue
            end = self._members_after(text, tokens, end)
            framing = self._framing_after(text, tokens, end)
            if framing is not None:
                end += 1
            framing = framing or self._framing_before(text, tokens, i)  # "the apostate army"
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
        tokens: list[Tok],
        where: tuple[int, int],
        alias: Alias,
        country: str | None,
        on: date | None,
    ) -> ActorMention | None:
        """ "the home of ODM candidate X", "an attack on a Jubilee aspirant": a party's
        candidate or official is a civilian (ACLED: Civilians, the party associated), not
        the party as a side."""
        i, end = where
        first: int | None = i
        last = end  # the person's words: "ODM candidate"
        if end >= len(tokens) or tokens[end].key not in _PARTY_PEOPLE:
            first, last = self._person_of_party(tokens, i), end - 1  # "a leader of the AL"
        elif not _joined(text, tokens[end - 1], tokens[end]):
            return None
        if first is None:
            return None
        party = self._choose(alias, country, on)
        if party.kind != "party" or not _harmed(text, tokens[first].start, tokens[last].end):
            return None
        civilians = self.resolve("civilians", country=party.country or country, on=on)
        if civilians is None:
            return None
        start, stop = tokens[first].start, tokens[last].end
        span = Span(start=start, end=stop, text=text[start:stop], label="civilians")
        # named (not generic): the party's country still tells the report's
        actor = replace(civilians, mention=span)
        return ActorMention(span=span, actor=actor, kind="civilians", generic=False)

    @staticmethod
    def _person_of_party(tokens: list[Tok], i: int) -> int | None:
        """The index of the person word in "a local leader of (the) <party>" before token `i`."""
        k = i - 1
        if k >= 0 and tokens[k].key == "the":
            k -= 1
        if k < 1 or tokens[k].key != "of":
            return None
        return k - 1 if tokens[k - 1].key in _PARTY_PEOPLE | _PARTY_RANKS else None

    def _named_by_prefix(
        self, text: str, tokens: list[Tok], i: int, mention: ActorMention
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
        tokens: list[Tok],
        mention: ActorMention,
        alias: Alias,
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
        tokens: list[Tok],
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

    def country_called(self, phrase: str) -> str | None:
        """The country a whole phrase is the name or demonym of ("Burkina Faso", "DRC"), or
        None when it names anything more ("Syrian Observatory")."""
        tokens = self._tokens(phrase)
        hit = self._country_at(phrase, tokens, 0) if tokens else None
        return hit[1] if hit is not None and hit[0] == len(tokens) else None

    def _region_at(self, text: str, tokens: list[Tok], i: int) -> tuple[int, str] | None:
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

    def _country_at(self, text: str, tokens: list[Tok], i: int) -> tuple[int, str] | None:
        """A country name or demonym starting at token i (capitalised, longest first)."""
        if not tokens[i].text[:1].isupper():
            return None
        for width in COUNTRY_NAME_WIDTHS:
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
        self, text: str, tokens: list[Tok], i: int, country: str | None
    ) -> tuple[int, Alias] | None:
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
    def _may_end(node: _Node, tok: Tok) -> bool:
        """Some alias ends at this token: the cheap test before `_ending` weighs them."""
        return any(form in node.children for form, _ in end_forms(tok))

    def _ending(self, node: _Node, tok: Tok, country: str | None) -> Alias | None:
        """An alias that ends with this token (allowing a plural -s, or -es).

        Abbreviations of up to three capitals (AA, PDF, SAF) and common nouns a named actor
        is called by ("settlers", "joint forces") are ambiguous across countries: with a known
        document country they resolve only to actors at home there (or global).
        """
        for form, plural in end_forms(tok):
            child = node.children.get(form)
            if child is None:
                continue
            usable = [a for a in child.aliases if self._fits(a, tok, plural, country)]
            if usable:
                return usable[0]
        return None

    def _fits(self, alias: Alias, tok: Tok, plural: bool, country: str | None) -> bool:
        if plural and alias.case_sensitive:
            return False
        if alias.case_sensitive and not _same_case(alias, tok):
            return False
        if _proper_name(alias) and tok.text == tok.text.lower():
            return False  # "protection levies", "the pentagon shape": a common word
        return not (_local_word(alias) and country and not self._usable_here(alias, country))

    def _mention(
        self,
        text: str,
        tokens: list[Tok],
        where: tuple[int, int],
        alias: Alias,
        framing: str | None,
        country: str | None,
        on: date | None,
    ) -> ActorMention:
        entry = self._choose(alias, country, on)
        owned = self._state_owned(text, tokens, where, entry, (country, on))
        if owned is not None:
            return owned
        if entry.generic and entry.kind == "armed_group" and tokens[where[0]].key == "its":
            forces = self._speaking_state_forces(text, tokens, where, on)
            if forces is not None:
                return forces  # "the Turkish defence ministry said its jets": Turkey's
        start, stop = tokens[where[0]].start, tokens[where[1] - 1].end
        place, usual = country, False
        if entry.generic:
            before = self._demonym_before(text, tokens, where[0])
            if before is None and entry.kind == "military":
                first = designation_start(text, tokens, where[0])  # "Russian Su-34 jets"
                before = None if first is None else self._demonym_before(text, tokens, first)
            if before is None and entry.kind in STATE_FORCE_KINDS:
                before = self._owner_before(text, tokens, where[0])
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

    def _choose(self, alias: Alias, country: str | None, on: date | None) -> ActorEntry:
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

    def _usable_here(self, alias: Alias, country: str) -> bool:
        return any(e.local_to(country) or e.country is None for e in self._same_alias(alias))

    def _same_alias(self, alias: Alias) -> list[ActorEntry]:
        node = self._root
        for token in alias.tokens:
            node = node.children[token]
        return [a.entry for a in node.aliases if a.case_sensitive == alias.case_sensitive]

    def _demonym_before(self, text: str, tokens: list[Tok], i: int) -> tuple[int, str] | None:
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

    def _nationals_at(
        self, text: str, tokens: list[Tok], i: int, on: date | None
    ) -> ActorMention | None:
        """ "killed 30 Palestinians", "Kenyans marched": a nationality in the plural names
        people of that country (ACLED's civilians, a crowd when they demonstrate)."""
        tok = tokens[i]
        if not tok.text[:1].isupper() or not tok.bare.endswith("s"):
            return None
        name = self._demonyms.get(tok.bare)
        if name is None or name not in self.countries or tok.bare == name.lower():
            return None
        if self._demonyms.get(tok.bare[:-1]) != name or tok.bare[:-1] == name.lower():
            return None  # "Kenyas", with its apostrophe lost, is the country
        found = self.find("civilians", country=name, on=on)
        if len(found) != 1:
            return None
        span = Span(start=tok.start, end=tok.end, text=tok.text, label="civilians")
        return replace(found[0], span=span, actor=replace(found[0].actor, mention=span))

    def _national_forces_at(
        self, text: str, tokens: list[Tok], i: int, told: tuple[str | None, date | None]
    ) -> ActorMention | None:
        """ "Azerbaijani forces opened fire", "Russian units withdrew", "Turkish helicopters
        bombarded": a nationality on the bare word 'forces' or 'units', or on its military
        aircraft, names that state's military, as its own entry's aliases
        do for the states that have them ("Turkish forces"); 'forces' alone names no one
        ("rebel forces", "the forces")."""
        last: int | None = i + 1  # the noun; "a Ukrainian HIMARS launcher": the weapon's
        if i + 1 >= len(tokens) or tokens[i + 1].key not in FORCE_WORDS | AIRCRAFT_WORDS:
            last = designated_weapon_end(text, tokens, i + 1)
        if last is None:
            return None
        tok = tokens[i]
        if not tok.text[:1].isupper() or not _joined(text, tok, tokens[i + 1]):
            return None
        name = self._demonyms.get(tok.bare)
        if name is None or name not in self.countries or tok.bare == name.lower():
            return None
        return self._state_military(text, (tok.start, tokens[last].end), name, told)

    def _numbered_formation_at(
        self, text: str, tokens: list[Tok], i: int, told: tuple[str | None, date | None]
    ) -> ActorMention | None:
        """ "Ukraine's 3rd Assault Brigade", "the Sudanese 22nd Infantry Division": a state's
        numbered formation is its military (a number alone, "the 155th Brigade", names no
        state: both armies number theirs)."""
        hit = self._country_at(text, tokens, i)
        if hit is None or hit[1] not in self.countries or hit[0] >= len(tokens):
            return None
        k = hit[0]
        if ORDINAL.fullmatch(tokens[k].text) is None or not _joined(text, tokens[k - 1], tokens[k]):
            return None
        for end in range(k + 1, min(k + 5, len(tokens))):
            if not _joined(text, tokens[end - 1], tokens[end]):
                return None
            if tokens[end].bare in FORMATION_NOUNS:
                return self._state_military(text, (tokens[i].start, tokens[end].end), hit[1], told)
            if not tokens[end].text[:1].isupper():
                return None
        return None

    def _state_owned(
        self,
        text: str,
        tokens: list[Tok],
        where: tuple[int, int],
        entry: ActorEntry,
        told: tuple[str | None, date | None],
    ) -> ActorMention | None:
        """ "Russia's Defence Ministry said its forces had liberated the village": 'its
        forces' or 'its units' after a country named in the sentence are that state's
        military, as 'its troops' are (_owner_before); after no country they stay a group."""
        first, end = where
        if not entry.generic or end - first != 2 or tokens[first].key != "its":
            return None
        if tokens[first + 1].key not in FORCE_WORDS:
            return None
        owner = self._owner_before(text, tokens, first + 1)
        if owner is None:
            return None
        named = (tokens[first].start, tokens[end - 1].end)
        return self._state_military(text, named, owner[1], told)

    def _state_military(
        self,
        text: str,
        where: tuple[int, int],
        state: str,
        told: tuple[str | None, date | None],
    ) -> ActorMention | None:
        """The military of `state` named at `where` in a report about `told`'s country on its
        day: external forces (inter 8) outside their own country; None for a country whose
        generic soldiers are another state's ("Palestinian forces": military_of:)."""
        doc_country, on = told
        found = self.find("military", country=state, on=on)
        if len(found) != 1 or state not in found[0].actor.name:
            return None
        actor = found[0].actor
        if actor.inter == 1 and doc_country and doc_country != state:
            actor = replace(actor, inter=8)  # ACLED: state forces abroad are external forces
        start, stop = where
        span = Span(start=start, end=stop, text=text[start:stop], label="military")
        return replace(found[0], span=span, actor=replace(actor, mention=span))

    def _speaking_state_forces(
        self, text: str, tokens: list[Tok], where: tuple[int, int], on: date | None
    ) -> ActorMention | None:
        """ "The Turkish defence ministry said its jets neutralised ...": forces told as 'its'
        after a state's ministry, army or government in the sentence are that state's
        military, not an armed group's own ('Hamas said its fighters ...')."""
        sentence_start = max(text.rfind(stop, 0, tokens[where[0]].start) for stop in ".!?\n") + 1
        for k in range(where[0] - 2, -1, -1):
            if tokens[k].start < sentence_start:
                return None
            hit = self._country_at(text, tokens, k)
            if hit is None or hit[1] not in self.countries:
                continue
            body = tokens[hit[0] : min(hit[0] + 3, where[0])]
            if not any(t.key in STATE_SPEAKERS for t in body):
                return None
            found = self.find("troops", country=hit[1], on=on)
            if len(found) != 1:
                return None
            start, stop = tokens[where[0]].start, tokens[where[1] - 1].end
            span = Span(start=start, end=stop, text=text[start:stop], label=found[0].kind)
            return replace(found[0], span=span, actor=replace(found[0].actor, mention=span))
        return None

    def _owner_before(self, text: str, tokens: list[Tok], i: int) -> tuple[int, str] | None:
        """ "Russia's defence ministry said its troops had captured the village": a state's
        forces told as 'its' belong to the country the sentence named before them (the
        nearest), not to the country the report is about. The mention keeps its own span."""
        if i == 0 or tokens[i - 1].key != "its":
            return None
        sentence_start = max(text.rfind(stop, 0, tokens[i].start) for stop in ".!?\n") + 1
        for k in range(i - 2, -1, -1):
            if tokens[k].start < sentence_start:
                return None
            hit = self._country_at(text, tokens, k)
            if hit is not None and hit[1] in self.countries:
                return tokens[i - 1].start, hit[1]
        return None

    def _country_after(self, text: str, tokens: list[Tok], end: int) -> tuple[int, str] | None:
        """ "military forces of India", "the police of the Philippines": the country after."""
        i = _after_preposition(text, tokens, end, ("of",))
        if i is None or i >= len(tokens) or not _joined(text, tokens[i - 1], tokens[i]):
            return None
        hit = self._country_at(text, tokens, i)
        if hit is None or hit[1] not in self.countries:
            return None
        if self._names_a_group_after(text, tokens, hit[0]):
            return None  # "soldiers of the Sudanese Rapid Support Forces": the group's
        return tokens[hit[0] - 1].end, hit[1]

    def _of_a_group(self, text: str, tokens: list[Tok], end: int) -> bool:
        """Whether 'of/from (the) (nationality) <named group>' follows token `end`."""
        i = _after_preposition(text, tokens, end, ("of", "from"))
        if i is None:
            return False
        hit = self._country_at(text, tokens, i) if i < len(tokens) else None
        if hit is not None:
            i = hit[0]
        return self._names_a_group_after(text, tokens, i)

    def _names_a_group_after(self, text: str, tokens: list[Tok], i: int) -> bool:
        """Whether a named actor, not a generic word, starts at token `i`, right after the
        word before it: the nationality before it is the group's, not a state's."""
        if i >= len(tokens) or not _joined(text, tokens[i - 1], tokens[i]):
            return False
        hit = self._longest(text, tokens, i, None)
        return hit is not None and not any(e.generic for e in self._same_alias(hit[1]))

    def _home_after(self, text: str, tokens: list[Tok], end: int) -> tuple[int, str] | None:
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

    def _members_after(self, text: str, tokens: list[Tok], end: int) -> int:
        """Absorb the nouns that name members of the actor: "SDF fighters", "police officers"."""
        while end < len(tokens) and _joined(text, tokens[end - 1], tokens[end]):
            if tokens[end].bare not in self.member_words:
                break
            end += 1
        return end

    def _framing_after(self, text: str, tokens: list[Tok], end: int) -> str | None:
        """A loaded word right after the actor ("ISIS gangs", "PKK terrorists")."""
        if end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
            return None
        return self.framing_words.get(tokens[end].bare)

    def _framing_before(self, text: str, tokens: list[Tok], start: int) -> str | None:
        """A loaded word right before the actor ("the apostate Iraqi army", "crusader
        forces"), as militant claims word their enemies."""
        for k in (start - 1, start - 2):  # over a nationality: "the apostate Iraqi army"
            if k < 0 or not _joined(text, tokens[k], tokens[k + 1]):
                return None
            found = self.framing_before.get(tokens[k].bare)
            if found is not None or not tokens[k].text[:1].isupper():
                return found
        return None

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
        if kind == "military" and info is not None and info.military_of:
            return self._generic_name(kind, info.military_of, on)  # soldiers in Gaza: Israel's
        if where is None:
            state = _GENERIC_NAMES[kind].split(" of ")[0]
            return state if kind in STATE_KINDS else _GENERIC_NAMES[kind].format(qual="")
        period = info.period_on(on) if info else None
        return _GENERIC_NAMES[kind].format(
            the="the " if info and info.the else "",
            c=where,
            period=f" ({period.label})" if period else "",
            qual=f" ({where})",
        )


_MEMO_TEXTS = 4  # texts whose tokens an ActorDictionary keeps
_MEMO_MIN_CHARS = 200  # shorter texts (names, phrases) are tokenized afresh


def _after_preposition(
    text: str, tokens: list[Tok], end: int, words: tuple[str, ...]
) -> int | None:
    """The index after '<word> (the)' at token `end` ("forces of the Philippines"), the word
    one of `words` and joined to the token before it; None when none is there."""
    if end >= len(tokens) or tokens[end].key not in words:
        return None
    if not _joined(text, tokens[end - 1], tokens[end]):
        return None
    i = end + 1
    return i + 1 if i < len(tokens) and tokens[i].key == "the" else i


def _proper_name(alias: Alias) -> bool:
    """A one-word alias written with a capital ("Levies", "Amal", "Pentagon"): it names the
    actor only where the text writes it with one."""
    return len(alias.tokens) == 1 and not alias.common and alias.raw[:1].isupper()


def _same_case(alias: Alias, tok: Tok) -> bool:
    """A case-sensitive alias matches only its own capitals (its last word is checked)."""
    return strip_quotes(bare_word(tok.text)) == alias.raw


def _is_modifier(text: str, tokens: list[Tok], end: int) -> bool:
    """ "IRGC-backed forces", "regime-held village": the name modifies, it does not act."""
    if end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start] != "-":
        return False
    return tokens[end].bare in _MODIFIER_SUFFIXES


def _civil_coalition(text: str, tokens: list[Tok], i: int, end: int) -> bool:
    """ "the Viv Ansanm gang coalition", "the ruling coalition": a coalition of gangs,
    parties or unions is not the military coalition the bare word names in war reports."""
    if end - i != 1 or tokens[i].key != "coalition" or i == 0:
        return False
    return _joined(text, tokens[i - 1], tokens[i]) and tokens[i - 1].key in _CIVIL_BODIES


def _names_an_area(text: str, tokens: list[Tok], end: int) -> bool:
    """ "Guma local government area", "a government area": a generic word that heads the
    name of an administrative area is part of a place name, not an actor."""
    if end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
        return False
    return tokens[end].key in _AREA_NOUNS


def _followers_of(text: str, tokens: list[Tok], end: int) -> bool:
    """ "government supporters", "government loyalists": a generic word naming whom a crowd
    follows is no mention of its own."""
    if end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
        return False
    return tokens[end].key in _FOLLOWER_NOUNS


def _civil_authority(text: str, tokens: list[Tok], i: int, end: int) -> bool:
    """ "the regional military administration", "the city military administration": the
    civil authority of a region or town under martial law (Ukraine's oblast and city
    governments) is no armed side; a bare "military administration" may be a junta's."""
    if end >= len(tokens) or tokens[end].key not in _AUTHORITY_NOUNS or i == 0:
        return False
    if tokens[i - 1].key not in _TERRITORIAL_WORDS:
        return False
    return _joined(text, tokens[end - 1], tokens[end]) and _joined(text, tokens[i - 1], tokens[i])


def _where(text: str, tokens: list[Tok], i: int, end: int) -> bool:
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


def _compound_tail(text: str, tokens: list[Tok], i: int) -> bool:
    """ "Self-Defense Forces", "anti-government forces": a generic word hyphened onto the word
    before it ends a compound name, which is not the generic actor."""
    return i > 0 and text[tokens[i - 1].end : tokens[i].start] == "-"


def _armed_noun_after(text: str, tokens: list[Tok], end: int) -> bool:
    """ "YPG positions", "PKK militants": a name on armed men or their posts is an armed
    group's, so an abbreviation keeps its meaning in a report about another country."""
    if end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
        return False
    return tokens[end].key in _ARMED_NOUNS


def _abroad(text: str, tokens: list[Tok], end: int) -> bool:
    """The nationality ending before token `end` is on a word of reach abroad (over other
    nationalities hyphened to it: "the American-British aggression")."""
    while end + 1 < len(tokens) and text[tokens[end - 1].end : tokens[end].start] == "-":
        if not tokens[end].text[:1].isupper():
            break
        end += 1
    if end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
        return False
    return tokens[end].bare in _ABROAD_WORDS


def _short(alias: Alias) -> bool:
    return alias.case_sensitive and len(alias.raw) <= 3


def _local_word(alias: Alias) -> bool:
    """An alias that names the actor only where it is at home: a short abbreviation (AA, SAF)
    or a common noun a named actor is called by in its own country's news ("settlers" are
    Israel's, "joint forces" Yemen's): elsewhere the words are someone else's."""
    return _short(alias) or (alias.common and not alias.entry.generic)


def _joined(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 3 and _JOINER.fullmatch(gap) is not None


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
    base = re.sub(r"[-‐\s]+", " ", alias_key(base)).strip()
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


def _harmed(text: str, start: int, end: int) -> bool:
    """Harm told just before a party's person ("an attack on an ODM aspirant") or, as a
    passive, just after ("KANU aspirant stabbed near a church")."""
    return bool(_HARMED_BEFORE.search(text[:start]) or _HARMED_AFTER.search(text[end:]))
