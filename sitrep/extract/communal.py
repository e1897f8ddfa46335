"""Fights between communities are clashes of their militias.

ACLED codes two communities (clans, ethnic groups, villages, herders and farmers) fighting each
other as an armed clash between their identity militias (inter code 4): 'fighting between the
Abdi and Roble clans' -> Abdi Clan Militia (Kenya) v Roble Clan Militia (Kenya); 'a clash
between farmers and herders' -> Unidentified Communal Militia (Kenya) on both sides. A fight
fought with stones and sticks alone is a crowd's (mob violence), not a militias' clash.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.cue_kinds import CIVILIAN_INTER
from sitrep.extract.doctext import doc_text
from sitrep.model import Actor, Span

IDENTITY_MILITIA = 4
# Nouns that name a community as a side, and the kind of militia a proper name before them
# makes ("Abdi clan" -> Abdi Clan Militia, "Lowa villagers" -> Lowa Communal Militia).
COMMUNITY_NOUNS: dict[str, str] = {
    "clan": "Clan", "clans": "Clan", "clansmen": "Clan", "sub-clan": "Clan", "sub-clans": "Clan",
    "villagers": "Communal", "village": "Communal", "villages": "Communal",
    "residents": "Communal",
    "community": "Ethnic", "communities": "Ethnic", "tribe": "Ethnic", "tribes": "Ethnic",
    "tribesmen": "Ethnic", "herders": "Ethnic", "herdsmen": "Ethnic", "pastoralists": "Ethnic",
    "farmers": "Ethnic", "groups": "Ethnic", "ethnic groups": "Ethnic",
}  # fmt: skip
# Nouns that make a side only with a name or a count before them: "Meru groups", "two groups
# of herders" ("youths", "residents" alone are often a crowd facing the police).
NAMED_ONLY = frozenset({"groups", "residents", "village", "villages", "villagers"})
_NOUN = r"(?:sub-clans?|clans(?:men)?|clan|villagers|villages?|residents|communit(?:y|ies)|"
_NOUN += r"tribes(?:men)?|tribe|herders|herdsmen|pastoralists|farmers|(?:ethnic )?groups)"
_NAME = r"(?:[A-Z][\w'-]+(?:(?: (?:al|el|bin|ibn))? [A-Z][\w'-]+){0,2})"
_FIGHT = r"(?i:clash(?:es|ed)?|fight(?:s|ing)?|fought|battles?|confrontations?|skirmish(?:es)?)"


def _side(name: str, noun: str) -> str:
    """A side: 'the Abdi', 'farmers', 'Lowa villagers'."""
    return rf"(?:the )?(?:(?P<{name}>{_NAME}) ?)?(?P<{noun}>{_NOUN})?"


# Nouns that tell a side's ethnicity even with no name ("rival ethnic groups", "two tribes");
# herders or farmers with no name are some community's, ACLED's communal militia.
ETHNIC_NOUNS = frozenset({"tribe", "tribes", "tribesmen", "ethnic groups"})
# "fighting between the Abdi and Roble clans", "a clash between farmers and herders"
BETWEEN = re.compile(
    rf"\b{_FIGHT}\b[^.;]{{0,40}}?\bbetween {_side('a', 'an')}"
    rf" ?and {_side('b', 'bn')}\b"
)
# "Abdi and Roble clans clashed", "Lowa villagers clashed with Mara villagers"
PAIR = re.compile(
    rf"\b(?:the )?(?P<a>{_NAME})(?: (?P<an>{_NOUN}))? and (?:the )?(?P<b>{_NAME}) (?P<bn>{_NOUN})"
    rf"(?: have| had| were)? {_FIGHT}"
)
# "Farmers and herders clashed", "herders and farmers have fought": two community nouns
NOUN_PAIR = re.compile(
    rf"\b(?:(?i:the) )?(?P<an>(?i:{_NOUN})) and (?:the )?(?P<bn>{_NOUN})"
    rf"(?: have| had| were)? {_FIGHT}"
)
# "Pokot and Turkana clashed", "Hutus and Tutsis fought": two peoples named alone
NAME_PAIR = re.compile(
    rf"\b(?:the )?(?P<a>{_NAME}) and (?:the )?(?P<b>{_NAME})(?: have| had| were)? {_FIGHT}"
)
AGAINST = re.compile(
    rf"\b(?:the )?(?P<a>{_NAME} )?(?P<an>{_NOUN}) (?:have |had )?{_FIGHT} (?:with|against) "
    rf"(?:the )?(?P<b>{_NAME} )?(?P<bn>{_NOUN})\b"
)
# "two groups of herders clashed", "rival clans fought", "two communities clashed"
TWO = re.compile(
    rf"\b(?i:two|rival|neighbouring|neighboring) (?:rival )?(?:(?P<a>{_NAME}) )?(?P<an>{_NOUN})"
    rf"(?: of (?:the )?(?P<b>{_NAME} )?(?P<bn>{_NOUN}))?(?: have| had| were)? {_FIGHT}"
)
# "fighting broke out between two clans"
TWO_AFTER = re.compile(
    rf"\b{_FIGHT}\b[^.;]{{0,40}}?\bbetween (?:the )?(?:two|rival) (?:rival )?(?:(?P<a>{_NAME}) )?"
    rf"(?P<an>{_NOUN})(?: of (?:the )?(?P<b>{_NAME} )?(?P<bn>{_NOUN}))?(?! and\b)"
)
STONES_ONLY = re.compile(r"\b(stones?|rocks?|sticks|stoning|pelt\w*)\b", re.IGNORECASE)
ARMS = re.compile(
    r"\b(gun\w*|fire ?arms?|rifles?|shot|shoot\w*|bullets?|armed|machetes?|spears?|speared|"
    r"arrows?|bows?|weapons|hacked|stabbed)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """One community named as a side: its proper name if told, and its community noun."""

    name: str | None
    noun: str | None
    start: int
    end: int


def communal_fight(text: str) -> tuple[Side, Side] | None:
    """The two communities a sentence tells fighting each other, or None."""
    for pattern in (BETWEEN, PAIR, NOUN_PAIR, NAME_PAIR, AGAINST, TWO, TWO_AFTER):
        for match in pattern.finditer(text):
            if pattern is NAME_PAIR and _organisations(text, match):
                continue
            sides = _sides(match)
            if sides is not None:
                return sides
    return None


PEOPLE_NOUN = "community"
# Followers named before two names ('activists of the ABVP and SFI'): organisations' members.
MEMBERS_OF = re.compile(
    r"\b(?:activists|members|supporters|workers|cadres|followers|leaders) of (?:the )?$",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"^[A-Z]{2,}$")


def _organisations(text: str, match: re.Match[str]) -> bool:
    """Two names that are organisations, not peoples: acronyms ('ABVP and SFI clashed'), or
    names whose members are told ('activists of the ABVP and SFI')."""
    names = [match.group("a"), match.group("b")]
    if any(n and ACRONYM.match(n.strip()) for n in names):
        return True
    return MEMBERS_OF.search(text[: match.start()]) is not None


def _sides(match: re.Match[str]) -> tuple[Side, Side] | None:
    groups = match.groupdict()
    a, an, b, bn = (groups.get(g) for g in ("a", "an", "b", "bn"))
    a, b = (n.strip() if n else None for n in (a, b))
    an, bn = (n.lower() if n else None for n in (an, bn))
    an = an or bn  # "the Abdi and Roble clans": one noun for both
    bn = bn or an
    if match.re in (TWO, TWO_AFTER):
        noun = match.group("bn") or an
        name = b or a
        if noun in NAMED_ONLY and name is None:
            return None  # "two groups of villagers clashed": a crowd, no community named
        first = Side(name=name, noun=noun, start=match.start(), end=match.end())
        return first, first
    if match.re is NAME_PAIR:
        an = bn = PEOPLE_NOUN  # a people named alone is an ethnic community
        a, b = (_singular(n) for n in (a, b))
    if an is None or bn is None:
        return None
    if (an in NAMED_ONLY and a is None) or (bn in NAMED_ONLY and b is None):
        return None
    return (
        Side(name=a, noun=an, start=match.start(), end=match.end()),
        Side(name=b, noun=bn, start=match.start(), end=match.end()),
    )


def fought_with_stones(text: str) -> bool:
    """Stones and sticks told, and no arms: a crowd's fight."""
    return bool(STONES_ONLY.search(text)) and not ARMS.search(text)


def communal_sides(
    sent: SpacySpan,
    *,
    fights: Sequence[int],
    actors: ActorDictionary | None,
    mentions: Sequence[ActorMention] = (),
) -> tuple[ActorMention, ActorMention] | None:
    """The two identity militias of a fight between communities told in `sent` (one of whose
    fight words starts at a character offset in `fights`), or None: no such fight, or one
    fought with stones (a crowd's). Their country is the one the report's `mentions` were
    read in."""
    found = communal_fight(sent.text)
    if found is None or fought_with_stones(doc_text(sent.doc)):
        return None
    offset = sent.start_char
    if not any(offset + found[0].start <= f < offset + found[0].end for f in fights):
        return None  # "a protest against the clash between two clans": the protest is told
    country = _country_of(mentions)
    if any(side.name in RELIGIONS for side in found):
        return None  # Hindus and Muslims clashing: religious crowds (ACLED: rioters)
    if any(_names_another_actor(side.name, actors, country) for side in found):
        return None  # "Police and Borana herders clashed": one side is no community
    if any(_a_state(side, actors) for side in found):
        return None  # "Russia and Ukraine clashed": states, not communities
    return (
        _militia(found[0], sent, offset, actors=actors, country=country),
        _militia(found[1], sent, offset, actors=actors, country=country),
    )


def _militia(
    side: Side,
    sent: SpacySpan,
    offset: int,
    *,
    actors: ActorDictionary | None,
    country: str | None,
) -> ActorMention:
    span = Span(
        start=offset + side.start,
        end=offset + side.end,
        text=sent.text[side.start : side.end],
        label="armed_group",
    )
    name = side.name if side.name and side.name not in NOT_NAMES else None
    name = name if name and not _names_a_country(name, actors) else None
    if name is None and side.noun and side.noun not in NAMED_ONLY:
        name = _named_elsewhere(doc_text(sent.doc), side.noun, actors)
    actor = _named_militia(name, side.noun, actors=actors, country=country)
    if actor is None:
        label = (
            f"Unidentified {_kind(side.noun, named=False, actors=actors, country=country)} Militia"
        )
        named = f"{label} ({country})" if country else label
        actor = Actor(name=named, inter=IDENTITY_MILITIA, country=country, mention=span)
        return ActorMention(span=span, actor=actor, kind="armed_group", generic=True)
    return ActorMention(span=span, actor=actor, kind="armed_group", generic=False)


def _named_militia(
    name: str | None, noun: str | None, *, actors: ActorDictionary | None, country: str | None
) -> Actor | None:
    """The dictionary's militia of the named community, else one named as ACLED does:
    '<Name> Clan Militia (<Country>)', '<Name> Ethnic Militia', '<Name> Communal Militia'."""
    if name is None:
        return None
    if actors is not None:
        for words in (f"{name} {noun}", f"{name} community", name):
            known = actors.resolve(words, country=country)
            if known is not None and known.inter == IDENTITY_MILITIA:
                return known
    label = f"{name} {_kind(noun, named=True, actors=actors, country=country)} Militia"
    return Actor(
        name=f"{label} ({country})" if country else label, inter=IDENTITY_MILITIA, country=country
    )


def _singular(name: str | None) -> str | None:
    """'Hutus' -> 'Hutu': a people's militia is named by the singular."""
    if name is None or " " in name or not name.endswith("s") or name.endswith("ss"):
        return name
    return name[:-1]


def _a_state(side: Side, actors: ActorDictionary | None) -> bool:
    """A side named alone by its country's name ('Russia and Ukraine clashed'), not by a
    people ('Somalis')."""
    if side.noun != PEOPLE_NOUN or side.name is None or actors is None:
        return False
    country = actors.country_named(side.name)
    return country is not None and side.name.lower() == country.lower()


def _names_a_country(name: str, actors: ActorDictionary | None) -> bool:
    """'Kenyan herders': a nationality names no community."""
    return actors is not None and actors.country_named(name) is not None


# Religious communities fighting are crowds of rioters in ACLED's coding, not militias.
RELIGIONS = frozenset({
    "Hindu", "Muslim", "Christian", "Buddhist", "Sikh", "Sunni", "Shia", "Shiite", "Catholic",
    "Protestant", "Jewish", "Hindus", "Muslims", "Christians", "Buddhists", "Sikhs",
})  # fmt: skip
NOT_NAMES = frozenset({"The", "A", "An", "Two", "Rival", "Some", "Several", "Both", "Local"})


def _names_another_actor(
    name: str | None, actors: ActorDictionary | None, country: str | None
) -> bool:
    """A side named as an actor of another kind (police, an armed group, a party)."""
    if name is None or actors is None:
        return False
    known = actors.resolve(name, country=country)
    return known is not None and known.inter not in (IDENTITY_MILITIA, CIVILIAN_INTER)


def _tribal_country(actors: ActorDictionary | None, country: str | None) -> bool:
    """A country where ACLED calls tribes' militias 'Tribal' (the Arab world's), not 'Ethnic'."""
    if actors is None:
        return False
    known = actors.resolve("tribesmen", country=country)
    return known is not None and known.name.startswith("Unidentified Tribal")


def _kind(
    noun: str | None, *, named: bool, actors: ActorDictionary | None, country: str | None
) -> str:
    """Which of ACLED's identity militias a side is: Clan, Ethnic (Tribal in the Arab world's
    countries) or Communal."""
    kind = COMMUNITY_NOUNS.get(noun or "", "Communal")
    if kind == "Ethnic" and not named and noun not in ETHNIC_NOUNS:
        kind = "Communal"
    if kind == "Ethnic" and _tribal_country(actors, country):
        kind = "Tribal"
    return kind


HERDING_WORDS = frozenset({"herders", "herder", "herdsmen", "herdsman", "pastoralists"})
VIOLENT_CUES = frozenset({"attack", "fight", "abduction", "live_fire"})


def herders_as_militia(
    actor1: ActorMention | None,
    cues: frozenset[str],
    *,
    mentions: Sequence[ActorMention] = (),
) -> ActorMention | None:
    """Herders or pastoralists, unnamed, who attack or fight ('pastoralists attacked
    villagers') are a community's armed men: ACLED's Unidentified Communal Militia, not a
    crowd. Herders who protest, or who are attacked, stay civilians."""
    if actor1 is None or not actor1.generic or actor1.actor.inter != CIVILIAN_INTER:
        return actor1
    if "protest" in cues or not cues & VIOLENT_CUES:
        return actor1
    words = actor1.span.text.lower().split()
    if not words or words[-1] not in HERDING_WORDS:
        return actor1
    country = actor1.actor.country or _country_of(mentions)
    label = "Unidentified Communal Militia"
    name = f"{label} ({country})" if country else label
    actor = Actor(name=name, inter=IDENTITY_MILITIA, country=country, mention=actor1.span)
    return ActorMention(span=actor1.span, actor=actor, kind="militia", generic=True)


def _country_of(mentions: Sequence[ActorMention]) -> str | None:
    """The country most of the report's actors were read in."""
    countries = Counter(m.actor.country for m in mentions if m.actor.country)
    return countries.most_common(1)[0][0] if countries else None


# Nouns a report uses for one community in turn ("herders ... Fulani herdsmen").
_HERDING = ("herders", "herdsmen", "pastoralists")
SAME_COMMUNITY: dict[str, tuple[str, ...]] = {noun: _HERDING for noun in _HERDING}


def _named_elsewhere(text: str, noun: str, actors: ActorDictionary | None) -> str | None:
    """The name the report gives the same community elsewhere ('a fight between pastoralists
    and farmers ... the clashes between Wardei pastoralists and Mijikenda farmers'), if it
    gives one name only."""
    nouns = "|".join(re.escape(n) for n in SAME_COMMUNITY.get(noun, (noun,)))
    found = {
        m.group("n")
        for m in re.finditer(rf"\b(?P<n>{_NAME}) (?:{nouns})\b", text)
        if m.group("n") not in NOT_NAMES and not _names_a_country(m.group("n"), actors)
    }
    return found.pop() if len(found) == 1 else None
