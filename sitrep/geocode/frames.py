"""Place mentions found by their frame, whatever the NER label says.

A capitalised name is a place when the words around it say so: "the town of Sarmin",
"Da'el town", "the Dar'a countryside", "in Wad Madani" (known names only), and
"Kapkwen (Bomet)" where a parenthesised list of admin names follows a place. Names of
armed groups, titles' holders and demonyms stay out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.geocode.fold import exact_key
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.names import (
    ARTICLE_PREFIX,
    TITLES,
    generic,
    is_major,
    person_names,
    respelt_place,
)
from sitrep.model import Span

# one capitalised word, Arabic-style article words ("al-Islam") and short joiners ("bin")
_CAP = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_ARTICLE = r"(?:al|el|ez|ad|as|ash|ar|an|at|az|ed|es|et|ul|um)-[\w'’]+"
_JOINER = r"(?:bin|ibn|bani|de|del|da|di|du|la|le)(?= [A-Z])"
# a name may open with a lowercase article: "the town of ar-Rastan"
NAME = rf"(?:{ARTICLE_PREFIX})?{_CAP}(?: (?:{_CAP}|{_ARTICLE}|{_JOINER}))*"
_DIRECTION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern|central|rural)"

# "<head> of NAME": the head word's GeoNames feature class (None: no implication)
OF_HEADS = {
    "town": "P",
    "towns": "P",
    "village": "P",
    "villages": "P",
    "city": "P",
    "suburb": "P",
    "suburbs": "P",
    "neighbourhood": "P",
    "neighborhood": "P",
    "district": "A",
    "province": "A",
    "governorate": "A",
    "region": "A",
    "area": "A",
    "areas": "A",
    "countryside": "A",
    # "the forests of Bijapur", "the jungles of Sukma": a district's wild land
    "forests": None,
    "forest": None,
    "jungles": None,
}
# "NAME <head>"
AFTER_HEADS = {
    "town": "P",
    "village": "P",
    "city": "P",
    "suburb": "P",
    "neighbourhood": "P",
    "neighborhood": "P",
    "camp": None,
    "district": "A",
    "area": "A",
    "countryside": "A",
    "province": "A",
    "governorate": "A",
    "county": "A",
    "region": "A",
    "state": "A",
    "oblast": "A",
    "prefecture": "A",
}
# lowercase area words that may follow a name inside a parenthesised admin list
AREA_WORDS = frozenset(
    {"district", "province", "governorate", "region", "county", "state", "oblast"}
    | {"prefecture", "division", "municipality", "department", "zone", "area"}
)
# words that take a road, river or range as often as a town ("between the Williams and
# Cranberry rivers", "through Bright"): only a name one place bears is read after them
ROUTE_WORDS = r"(?:between|through|across)"
PREPOSITIONS = (
    r"(?:in|near|at|outside|around|from|to|towards|toward|into|(?:outskirts|edge) of"
    rf"|{ROUTE_WORDS}|downtown"
    # conflict reports' verbs and nouns that take a place: "shelled Kafr Laha", "raids on Harasta"
    r"|shelled|bombed|bombarded|stormed|captured|recaptured|seized|besieged|overran"
    r"|struck|attacked|raided|ambushed"
    r"|(?:raids?|attacks?|(?:air ?|drone )?strikes?|shelling|bombardment|assault|offensive) on"
    r"|[Rr]esidents of)"
)
# "fired rockets at Kiryat Shmona": "at" after a weapon's fire takes a place, whatever the NER
# calls the name (after a bare "at" only a place's own name counts: "at Google")
_FIRED_AT = re.compile(
    r"\b(?:fired|fires|firing|launched|launching|aimed|lobbed)\b[^.;:]{0,40}$", re.IGNORECASE
)
# a list after a locative word: "in Ndiaye, Koro and Bankass"
LIST_GAP = r"(?:,? (?:and|or) |, )"
# words of armed groups', parties' and institutions' names
ACTOR_WORDS = frozenset(
    {"Forces", "Front", "Party", "Movement", "Brigade", "Brigades", "Militia", "Militias"}
    | {"Coalition", "Liberation", "Revolutionary", "Democratic", "Resistance", "Army", "Police"}
    | {"Alliance", "Congress", "Union", "Council", "Rebels", "Mujahideen", "Jihad", "State"}
    | {"Jaysh", "Jaish", "Jabhat", "Harakat", "Hayat", "Hayyat", "Hayaat", "Tahrir", "Ahrar"}
    | {"Liwa", "Katibat", "Ansar", "Islamic", "Islam", "Shabaab", "Haram", "Government"}
    | {"Ministry", "Corps", "Legion", "Battalion", "Division", "Group", "Command"}
)
LEADING_STOPS = frozenset(
    {"The", "A", "An", "In", "On", "At", "Of", "And", "But", "Or", "As", "For", "To", "By"}
    | {"From", "With", "Near", "Outside", "Around", "Towards", "Into", "This", "That", "Both"}
    | {"Shells", "Shelling", "Clashes", "Regime", "Rebels", "Residents", "Protesters"}
)
NOT_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"friday", "saturday", "sunday", "i", "we", "he", "she", "they", "it", "god", "christmas"}
    | {"english", "arabic", "french", "twitter", "facebook", "youtube", "internet"}
    | {"the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her"}
    | {"my", "your", "one", "each", "every", "which", "what", "another", "whole", "entire"}
)


def frame_mentions(
    text: str, spans: Iterable[Span], gazetteer: Gazetteer
) -> list[tuple[int, int, str | None]]:
    """(start, end, hint) of names in place-typed frames; unknown names included, except
    after a bare preposition, where the gazetteer must know the name."""
    spans = list(spans)
    people = person_names(text, spans)
    found = _of_frames(text) + _head_frames(text) + _paren_frames(text, gazetteer)
    found += _prep_frames(text, spans, gazetteer) + _within_frames(text, spans, gazetteer)
    found += list_members(text, gazetteer) + _site_frames(text)
    out = []
    for start, end, hint in found:
        start = _skip_stops(text, start, end)
        if start < end and _acceptable(text, start, end, gazetteer, people):
            out.append((start, end, hint))
    return out


def _skip_stops(text: str, start: int, end: int) -> int:
    """Drop sentence-initial function words and titles before the name ("In Hama")."""
    while True:
        word = re.match(r"[^ ]+", text[start:end])
        if word is None or word.group() not in LEADING_STOPS or word.end() == end - start:
            return start
        start += word.end() + 1


def _acceptable(text: str, start: int, end: int, gazetteer: Gazetteer, people: set[str]) -> bool:
    surface = text[start:end]
    words = surface.split()
    if surface.lower() in NOT_NAMES or generic(surface) or len(surface) < 2:
        return False
    if any(w in ACTOR_WORDS for w in words) or surface in people:
        return False
    if _after_title(text, start) or _demonym_led(gazetteer, words):
        return False
    return not (surface.isupper() and len(surface) <= 5)


def _after_title(text: str, start: int) -> bool:
    before = text[max(0, start - 14) : start].split()
    return bool(before) and before[-1].strip(".").lower() in TITLES


def _demonym_led(gazetteer: Gazetteer, words: list[str]) -> bool:
    """ "Syrian", "Syrian Kurds": a demonym is not a place name."""
    first = words[0]
    return any(c.kind == "demonym" and c.match != "folded" for c in gazetteer.exact(first))


def _of_frames(text: str) -> list[tuple[int, int, str | None]]:
    """ "the town of Sarmin", "the villages of Talb, Zarzur and Kafr Nabl"."""
    pattern = rf"\b({'|'.join(OF_HEADS)}) of (?:the )?({NAME}(?:(?:, (?:and )?| and ){NAME})*)"
    out: list[tuple[int, int, str | None]] = []
    for m in re.finditer(pattern, text):
        hint = OF_HEADS[m.group(1)]
        names = m.group(2) if m.group(1).endswith("s") else re.match(NAME, m.group(2)).group()  # type: ignore[union-attr]
        for item in re.finditer(NAME, names):
            out.append((m.start(2) + item.start(), m.start(2) + item.end(), hint))
    return out


def _head_frames(text: str) -> list[tuple[int, int, str | None]]:
    """ "Da'el town", "the Dar'a countryside", "Hama northern countryside"."""
    heads = "|".join(AFTER_HEADS)
    pattern = rf"(?<![\w'’-])({NAME}) (?:{_DIRECTION} )?({heads})\b"
    return [(m.start(1), m.end(1), AFTER_HEADS[m.group(2)]) for m in re.finditer(pattern, text)]


def _prep_frames(
    text: str, spans: list[Span], gazetteer: Gazetteer
) -> list[tuple[int, int, str | None]]:
    """ "in Wad Madani", "in southern Idleb" (an area): the longest known name."""
    pattern = rf"\b{PREPOSITIONS} (?:the )?(?:({_DIRECTION}) )?({NAME})"
    out: list[tuple[int, int, str | None]] = []
    for m in re.finditer(pattern, text):
        at = m.group(0).startswith("at ") and not _FIRED_AT.search(text, 0, m.start(0))
        own = at and _labelled_other(spans, m.start(2))
        stop = _known_prefix(text, m.start(2), m.end(2), gazetteer, own=own)
        if stop is None or _inside_longer_name(spans, m.start(2), stop):
            continue
        if re.match(ROUTE_WORDS, m.group(0)) and not _one_place(m, stop, text, gazetteer):
            continue
        if not _only_heads(text[stop : m.end(2)]):
            continue  # "in the Independence Square": the known word starts another name
        out.append((m.start(2), stop, "A" if m.group(1) else None))
    return out


# buildings and sites that stand in a locality: "a house in Avivim", "the market in Gamba"
SITE_NOUNS = (
    r"(?:house|houses|home|homes|building|buildings|school|schools|market|mosque|church"
    r"|hospital|clinic|checkpoint|farm|farms|shop|shops|factory|warehouse)"
)


def _site_frames(text: str) -> list[tuple[int, int, str | None]]:
    """ "hit a house in Avivim": a name after a building "in" is the locality it stands in,
    whether or not the gazetteer knows it (the name is then listed as unresolved)."""
    pattern = rf"\b{SITE_NOUNS} in ({NAME})"
    return [(m.start(1), m.end(1), None) for m in re.finditer(pattern, text)]


def list_members(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str | None]]:
    """List members share their neighbours' kind: in "in Ndiaye, Koro and Bankass" the name
    the gazetteer lacks is a village like the two it knows. After a locative word, a closed
    list ("X, Y and Z") whose known places outnumber its unknown names gives every member;
    a list of routes ("between the Williams and Cranberry rivers") gives none."""
    pattern = rf"\b{PREPOSITIONS} (?:the )?((?:{NAME}{LIST_GAP})+{NAME})"
    out: list[tuple[int, int, str | None]] = []
    for m in re.finditer(pattern, text):
        if re.match(ROUTE_WORDS, m.group(0)) or " and " not in m.group(1) + " or ":
            continue
        members = _members(m.group(1), m.start(1))
        known = [_known_prefix(text, s, e, gazetteer) == e for s, e in members]
        if 2 * sum(known) > len(members):
            out.extend((s, e, None) for s, e in members)
    return out


def _members(listed: str, offset: int) -> list[tuple[int, int]]:
    """The (start, end) of each name of a list text starting at `offset`."""
    parts = re.split(LIST_GAP, listed)
    spans, at = [], 0
    for part in parts:
        at = listed.index(part, at)
        spans.append((offset + at, offset + at + len(part)))
        at += len(part)
    return spans


def _one_place(m: re.Match[str], stop: int, text: str, gazetteer: Gazetteer) -> bool:
    """After a route word: a name without "the" that places of a single first-level area
    bear (a town and its namesake province: "between Ad Dali and Taizz")."""
    if " the " in m.group(0)[: m.start(2) - m.start(0) + 1]:
        return False
    found = {
        (c.place.country_code, c.place.admin1)
        for c in gazetteer.exact(text[m.start(2) : stop])
        if c.match != "folded"
    }
    return len(found) == 1


def _within_frames(
    text: str, spans: list[Span], gazetteer: Gazetteer
) -> list[tuple[int, int, str | None]]:
    """ "Basufan in northern Aleppo", "Jaramana in Rural Damascus": a name placed inside a
    known area is a place (a name NER calls a person or organisation needs the direction)."""
    pattern = rf"(?<![\w'’-])({NAME}) (?:in|near) (?:the )?(?:({_DIRECTION}) )?({NAME})"
    out: list[tuple[int, int, str | None]] = []
    for m in re.finditer(pattern, text):
        start, end = m.span(1)
        if _sentence_initial(text, start) or not is_major(gazetteer, m.group(3)):
            continue
        labelled = any(
            s.label in ("PERSON", "ORG", "NORP") and s.start < end and start < s.end for s in spans
        )
        if labelled and not m.group(2):
            continue
        out.append((start, end, None))
    return out


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?:\n"


def _only_heads(rest: str) -> bool:
    """Whether the capitalised words after a known name are only place heads ("Aleppo City")."""
    return all(w.lower() in AFTER_HEADS for w in rest.split())


def _labelled_other(spans: list[Span], start: int) -> bool:
    """Whether the NER calls the name at `start` an organisation or a person. After "at"
    ("at Google") only a place's own name then makes it a place; after the other frames
    ("in Kafr Nabl", "from Kafr Zita to ...", villages the tagger often takes for
    organisations or people) any exact spelling does."""
    return any(s.label in ("ORG", "PERSON") and s.start == start for s in spans)


def _known_prefix(
    text: str, start: int, end: int, gazetteer: Gazetteer, *, own: bool = False
) -> int | None:
    """The end of the longest known place name opening text[start:end]; `own`: a place's
    own name only (a name the NER calls an organisation or a person, "at Google")."""
    words = list(re.finditer(r"[^ ]+", text[start:end]))
    for n in range(min(len(words), 4), 0, -1):
        stop = start + words[n - 1].end()
        surface = text[start:stop].rstrip(".,;:")
        if respelt_place(gazetteer, surface, own=own):
            return start + len(surface)
    return None


def _inside_longer_name(spans: list[Span], start: int, end: int) -> bool:
    """A known name that only starts a longer ORG or PERSON span ("Damascus University",
    "Aleppo Mohammed") is not a mention here: the NER rules handle those."""
    return any(
        s.label in ("ORG", "PERSON", "FAC") and s.start <= start and s.end > end + 1 for s in spans
    )


def _paren_frames(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str | None]]:
    """ "Kapkwen (Bomet)", "Yamunanagar (Jagadhri, Yamunanagar district, Haryana)",
    "Manaus - East Zone (Amazonas)" (the town before its district)."""
    item = rf"{NAME}(?: (?:{'|'.join(AREA_WORDS)}))?"
    pattern = rf"(?<![\w'’-])({NAME})(?: - {NAME})? \(({item}(?:, {item})*)\)"
    out: list[tuple[int, int, str | None]] = []
    for m in re.finditer(pattern, text):
        items = list(re.finditer(item, m.group(2)))
        bases = [_split_area(i.group()) for i in items]
        if any(b.isupper() for b, _ in bases):
            continue
        if not any(gazetteer.known(b) for b, _ in bases):
            continue
        # "Cordoba (Cordoba)": a town named before its namesake province is the town
        namesake = exact_key(bases[0][0]) == exact_key(m.group(1))
        out.append((m.start(1), m.end(1), "M" if namesake else None))
        for k, (found, (base, hint)) in enumerate(zip(items, bases, strict=True)):
            start = m.start(2) + found.start()
            out.append((start, start + len(base), "A" if namesake and k == 0 else hint))
    return out


def _split_area(item: str) -> tuple[str, str | None]:
    head, _, last = item.rpartition(" ")
    return (head, "A") if head and last in AREA_WORDS else (item, None)
