"""Place mentions in a text, from NER spans plus a gazetteer matcher.

No spaCy here: callers pass the entity spans (`sitrep.annotate.entity_spans`). Offsets are
exact character offsets into the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sitrep.geocode.borrowed import BORROWED, vouched
from sitrep.geocode.frames import frame_mentions
from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.intervals import Intervals
from sitrep.geocode.nameparts import (
    BUSINESS_WORDS,
    NATURAL_WORDS,
    business_after,
    compass_name,
    completed_name,
    regional_span,
    tail_name,
    town_of_that_name,
    without_city_word,
    without_trailing_direction,
    without_trailing_noun,
)
from sitrep.geocode.names import (
    TITLES,
    capitalised,
    exact_place,
    generic,
    is_country,
    is_major,
    leading_place,
    person_names,
    street_end,
    strip_direction,
)
from sitrep.geocode.spatial import placed_by_preposition
from sitrep.geocode.streets import find_streets
from sitrep.model import Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT"})
# lowercase head words after a name, and the GeoNames feature class they imply
FEATURE_HEADS = {
    "town": "P",
    "city": "P",
    "village": "P",
    "villages": "P",
    "neighbourhood": "P",
    "neighborhood": "P",
    "area": "A",
    "areas": "A",
    "province": "A",
    "governorate": "A",
    "district": "A",
    "region": "A",
    "countryside": "A",
    "county": "A",
    "state": "A",
    "river": "H",
    "lake": "H",
    "sea": "H",
    "creek": "H",
    "canal": "H",
    "dam": "H",
    "mountain": "T",
    "mountains": "T",
    "valley": "T",
    "desert": "T",
    "hills": "T",
}
SPEECH_VERBS = frozenset(
    {"said", "says", "say", "told", "announced", "warned", "denied", "claimed", "insisted"}
    | {"stated", "added", "argued", "wants", "has", "have", "will", "would"}
)
STOP_CAPS = frozenset(
    {"the", "a", "an", "i", "we", "he", "she", "they", "it", "this", "that", "these", "in"}
    | {"on", "at", "of", "and", "but", "or", "if", "as", "for", "to", "by", "from", "with"}
    | {"mr", "mrs", "ms", "dr", "president", "governor", "mayor", "sen", "rep", "gen", "col"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday", "police", "army", "university", "church", "school"}
)
# words of armed groups' and parties' names: a demonym leading them names an actor
ACTOR_WORDS = frozenset(
    {"Forces", "Front", "Party", "Movement", "Brigade", "Brigades", "Militia", "Militias"}
    | {"Coalition", "Liberation", "Revolutionary", "Democratic", "Islamic", "Resistance"}
    | {"Alliance", "Congress", "Union", "Council", "Rebels", "Mujahideen", "Jihad", "Army"}
)
TITLES_CAPS = frozenset({"Vice", "Lieutenant", "Attorney", "Major", "Prime", "Chief", "Deputy"})
NOT_PLACE_HEADS = frozenset({"Operation", "Battle", "Siege", "Campaign", "Offensive"})
_WORD = re.compile(r"[A-Z][\w’'\-]*\.?(?:[A-Z]\.)*|[a-z]+")
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "el", "al", "an", "am", "upon", "on"})
MIN_POPULATION_UNTAGGED = 100_000
MIN_POPULATION_PERSON = 500_000
MIN_POPULATION_ORG = 20_000
# a place leading an organisation's or facility's name ("Huntsville Fire Department") must be
# notable or named as a place elsewhere in the document; one ending it ("University of X") less so
MIN_POPULATION_LEADING = 20_000
MIN_POPULATION_TRAILING = 10_000
MAX_NGRAM = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A place name in the text: offsets, how it was found, and what the context implies.

    `kind` is "toponym" or "demonym"; `hint` a GeoNames feature class implied by a head word
    ("P" town, "A" area, "H" water, "T" relief) or None.
    """

    start: int
    end: int
    text: str
    kind: str = "toponym"
    hint: str | None = None
    source: str = "ner"
    name: str = ""

    @property
    def key(self) -> str:
        """The name to look up: `name` when the surface carries an area word the gazetteer
        does not know ("Kharkiv Region" is looked up as "Kharkiv"), else the text."""
        return self.name or self.text


def _trim(text: str, start: int, end: int, gazetteer: Gazetteer | None = None) -> tuple[int, int]:
    """Drop a leading article, a possessive and trailing punctuation (keep "U.S.")."""
    span = text[start:end]
    for article in ("the ", "The "):
        if span.startswith(article):
            start += len(article)
            span = span[len(article) :]
    for suffix in ("'s", "’s", "'", "’"):
        if span.endswith(suffix) and len(span) > len(suffix):
            end -= len(suffix)
            span = span[: -len(suffix)]
    while span and span[-1] in ',;:!?)"”' or (span.endswith(".") and not _abbrev(span, gazetteer)):
        end -= 1
        span = span[:-1]
    return start, end


def _abbrev(span: str, gazetteer: Gazetteer | None) -> bool:
    """A final period that belongs to the name ("U.S.", "W.Va.", "Calif.")."""
    if _DOTTED.search(span):
        return True
    if gazetteer is not None:
        return gazetteer.is_abbreviation(span)
    return bool(re.search(r"(^|[.\s])[A-Z]\.$", span))


# a name written as dotted initials keeps its last period: "L.A.", "D.C.", "W. Va."
_DOTTED = re.compile(r"(?:^|\s)[A-Z][a-z]?\.\s?[A-Z][a-z]?\.(?:\s?[A-Z][a-z]?\.)*$")


def _head_hint(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Split a lowercase head ("Hajin town") off the span; else look at the next word."""
    span = text[start:end]
    words = span.split()
    if len(words) > 1 and words[-1] in FEATURE_HEADS:
        return start + span.rfind(" " + words[-1]), FEATURE_HEADS[words[-1]]
    last = words[-1].lower() if words else ""
    if last in NATURAL_WORDS:
        return end, "H"
    nxt = re.match(r"\s+([a-z]+)", text[end : end + 20])
    return end, FEATURE_HEADS.get(nxt.group(1)) if nxt else None


def _spoken_for(text: str, end: int) -> bool:
    """A name followed by a speech or agency verb ("Washington said") stands for an actor, and
    one followed by an age ("Parker, 8,") for a person."""
    nxt = re.match(r"\s+([a-z]+)", text[end : end + 20])
    if nxt and nxt.group(1) in SPEECH_VERBS and nxt.group(1) in {"said", "says", "told"}:
        return True
    return bool(_AGE_AFTER.match(text[end : end + 6]))


# "Parker, 8, has ...", "Mason, 25, was charged": a name with an age is a person
_AGE_AFTER = re.compile(r",\s\d{1,2}(?:,|\s(?:and|of)\b)")


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    span = text[start:end]
    parts = re.split(r"( and | & )", span)
    if len(parts) != 3 or not parts[2][:1].isupper():
        return [(start, end)]
    second = start + len(parts[0]) + len(parts[1])
    return [(start, start + len(parts[0])), (second, end)]


def _demonym(gazetteer: Gazetteer, name: str) -> bool:
    return any(c.kind == "demonym" and c.match != "folded" for c in gazetteer.exact(name))


def ner_mentions(text: str, spans: Iterable[Span], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions from NER spans: GPE/LOC names, NORP demonyms, and places leading an
    organisation or facility name or mislabelled as a person."""
    spans = list(spans)
    people = person_names(text, spans)
    tagged = {
        text[s:e]
        for sp in spans
        if sp.label in ("GPE", "LOC")
        for s, e in [_trim(text, sp.start, sp.end)]
    }
    out: list[Mention] = []
    for span in spans:
        if span.label == "NORP":
            s, e = _trim(text, span.start, span.end)
            if e > s and _demonym(gazetteer, text[s:e]):
                out.append(Mention(start=s, end=e, text=text[s:e], kind="demonym"))
            elif e > s and _norp_town(text, s, e, gazetteer):
                out.extend(_place_mentions(text, s, e, gazetteer, people))
        elif span.label in ("GPE", "LOC"):
            found = _place_mentions(text, span.start, span.end, gazetteer, people)
            out.extend(p for m in found for p in known_part(text, m, gazetteer))
        elif span.label in ("FAC", "ORG", "PERSON"):
            out.extend(_embedded(text, span, gazetteer, tagged, people))
        elif span.label in MISLABELLED and _spatial_name(text, span, gazetteer, people):
            out.extend(_place_mentions(text, span.start, span.end, gazetteer, people))
    return out


# Labels the model gives an unfamiliar town at times ("east of Manbij" as a product)
MISLABELLED = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def _spatial_name(text: str, span: Span, gazetteer: Gazetteer, people: set[str]) -> bool:
    s, e = _trim(text, span.start, span.end, gazetteer)
    return text[s:e] not in people and placed_by_preposition(text, s, e, gazetteer)


def known_part(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Mention]:
    """A place name the NER ran into an institution's or event's name ("Florida Highway
    Patrol", "Tennessee Senior Olympics", "Historic Dublin", "United Way of America"): when
    the whole is unknown, the known place leading an institution's words, or following a
    modifier or "of", is the mention."""
    s, e = mention.start, mention.end
    if mention.kind != "toponym" or mention.name or " " not in mention.text:
        return [mention]
    if mention.hint == "R" or gazetteer.known(mention.text):
        return [mention]
    dashed = (
        _dashed_parts(text, mention, gazetteer)
        or _comma_parts(text, mention, gazetteer)
        or _possessive_parts(text, mention, gazetteer)
    )
    if dashed:
        return dashed
    stop = leading_place(text, s, e, gazetteer)
    if stop is not None and _leading_part(gazetteer, text[s:stop], text[stop:e].split()):
        return [Mention(start=s, end=stop, text=text[s:stop], source=mention.source)]
    if any(w in INSTITUTION_WORDS for w in mention.text.split()):
        regional = regional_part(text, s, e, gazetteer)
        if regional:
            return regional
    if mention.hint is not None:
        return [mention]
    m = re.match(
        r"(?:.+\sof\s(?:the\s)?|(?:Historic|Downtown|Uptown|Old|Greater|Metro)\s)", mention.text
    )
    state_name = any(w in STATE_NAME_WORDS for w in mention.text.split())
    if m and not state_name and _part_ok(gazetteer, text[s + m.end() : e]):
        return [Mention(start=s + m.end(), end=e, text=text[s + m.end() : e], source="ner")]
    return [mention]


# words of states' formal names: "Democratic Republic of Congo" is one name, not Congo
def _dashed_parts(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Mention]:
    """ "Dhaka - Jatrabari", "Sao Paulo - South Zone": a known town, a spaced dash, then its
    district; both are mentions (the district may stay unresolved, the town holds it)."""
    left, dash, right = mention.text.partition(" - ")
    if not dash or not right[:1].isupper() or not _town_name(gazetteer, left):
        return []
    s, mid = mention.start, mention.start + len(left) + len(dash)
    return [
        Mention(start=s, end=s + len(left), text=left, source=mention.source),
        Mention(start=mid, end=mention.end, text=right, source=mention.source),
    ]


def _comma_parts(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Mention]:
    """ "Nis, Serbia" as one NER span: the town and the place that holds it."""
    left, comma, right = mention.text.partition(", ")
    if not comma or "," in right or not left[:1].isupper() or not exact_place(gazetteer, right):
        return []
    s, mid = mention.start, mention.start + len(left) + len(comma)
    return [
        Mention(start=s, end=s + len(left), text=left, source=mention.source),
        Mention(start=mid, end=mention.end, text=right, source=mention.source),
    ]


POSSESSIVE = re.compile(r"(?P<owner>[A-Z][^'’]*?)['’]s (?P<own>[A-Z].*)")


def _possessive_parts(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Mention]:
    """ "Russia's Saratov" (region), "Nigeria's Borno" as one NER span: the place that holds
    it, then the place; only where the holder is a known place."""
    found = POSSESSIVE.fullmatch(mention.text)
    if found is None or not exact_place(gazetteer, found["owner"]):
        return []
    s = mention.start
    own = s + found.start("own")
    return [
        Mention(start=s, end=s + found.end("owner"), text=found["owner"], source=mention.source),
        Mention(start=own, end=mention.end, text=found["own"], source=mention.source),
    ]


def _town_name(gazetteer: Gazetteer, name: str) -> bool:
    """A populated place bears this name ("Central Africa - Nigeria, Cameroon" is no town's)."""
    return any(c.match != "folded" and c.place.feature_class == "P" for c in gazetteer.exact(name))


STATE_NAME_WORDS = frozenset(
    {"Republic", "Kingdom", "Democratic", "Federation", "Commonwealth", "Emirates", "States"}
    | {"Islands", "Principality", "Sultanate", "Emirate", "Federal", "Socialist", "Union"}
)
# words of institutions' and events' names after a place ("Florida Highway Patrol")
INSTITUTION_WORDS = frozenset(
    {"Patrol", "Police", "Fire", "Department", "Council", "Commission", "Board", "Office", "Court"}
    | {"Olympics", "Games", "Championship", "Festival", "Fair", "Authority", "Agency", "Bureau"}
    | {"Sheriff", "Sheriff's", "Sheriff’s", "Jail", "Schools", "District", "Association"}
    | {"Society", "Club", "Committee", "Administration", "Service", "Services", "Coalition"}
    | {"Airport", "Clerk", "Courthouse", "Library", "Museum", "Hospital", "Prosecutor"}
    | {"College", "University", "Center", "Centre", "Institute", "Education", "Conference"}
)


def _leading_part(gazetteer: Gazetteer, surface: str, rest: list[str]) -> bool:
    """Whether the known place leading an unknown name is the mention: a county or parish by
    its own words ("Harris County Clerk", "Henry County Courthouse"), or a notable place
    before an institution's words ("Florida Highway Patrol")."""
    if surface.rsplit(" ", 1)[-1] in AREA_HEADS:
        return True
    return _part_ok(gazetteer, surface) and any(w in INSTITUTION_WORDS for w in rest)


def _part_ok(gazetteer: Gazetteer, surface: str) -> bool:
    return not generic(surface) and notable(gazetteer, surface, MIN_POPULATION_TRAILING)


def _norp_town(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A group label (NORP) on a town's name ("Greer, South Carolina", "Shiloh's teachers"):
    no demonym, a known town spelled exactly so, placed ("X, State") or of some size."""
    surface = text[start:end]
    if generic(surface) or not exact_place(gazetteer, surface):
        return False
    after = re.match(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", text[end : end + 40])
    if after and is_major(gazetteer, after.group(1).rstrip(".,")):
        return True
    return notable(gazetteer, surface, MIN_POPULATION_TRAILING)


def _embedded(
    text: str, span: Span, gazetteer: Gazetteer, tagged: set[str], people: set[str]
) -> list[Mention]:
    """A place that is a whole FAC/ORG/PERSON span, leads an ORG/FAC name ("Huntsville Fire
    Department", "Russian Foreign Ministry") or ends one ("University of Rochester")."""
    s, e = _trim(text, span.start, _first_line(text, span.start, span.end), gazetteer)
    surface = text[s:e]
    if e <= s or surface.split(" ", 1)[0] in NOT_PLACE_HEADS:
        return []
    if surface in people or _after_title(text, s) or _after_model_year(text, s):
        return []
    whole = (surface in tagged or is_major(gazetteer, surface)) and not _spoken_for(text, e)
    whole = whole or (span.label != "PERSON" and _named_town(gazetteer, surface, text, e))
    whole = whole or (in_place_list(text, s, e, tagged) and exact_place(gazetteer, surface))
    whole = whole or placed_by_preposition(text, s, e, gazetteer)
    if whole or (span.label == "FAC" and exact_place(gazetteer, surface)):
        return _place_mentions(text, s, e, gazetteer, people)
    if span.label == "PERSON":
        return _person_place(text, s, e, gazetteer, tagged)
    found = _leading(text, s, e, gazetteer) + _trailing(text, s, e, gazetteer)
    if not found:
        found = regional_part(text, s, e, gazetteer)
    return [
        m if _named_by_notability(gazetteer, m, s, tagged) else replace(m, source=BORROWED)
        for m in found
        if m.text not in people or _named_by_notability(gazetteer, m, s, tagged)
    ]


def regional_part(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Mention]:
    """The state or country a direction names inside an institution's name (`regional_span`)."""
    found = regional_span(text, start, end, gazetteer)
    if found is None:
        return []
    s, e = found
    return [Mention(start=s, end=e, text=text[s:e], source="embedded")]


def _styled(text: str, mention: Mention) -> bool:
    """A demonym opening a business's name the NER cut short ("the Spanish" of "the Spanish
    Oaks Apartments"): a style, not a country."""
    return mention.kind == "demonym" and business_after(text, mention.end)


# a name ending in one of these is an area by its own words ("Laurel County Detention Center")
AREA_HEADS = frozenset({"County", "Parish", "Province", "Governorate", "Oblast", "Region"})


def _named_by_notability(
    gazetteer: Gazetteer, mention: Mention, span_start: int, tagged: set[str]
) -> bool:
    """Organisation names borrow places ("Lincoln Dinner", "Glacier Ridge Elementary"): a place
    inside one counts when the document names it as a place elsewhere, or when it is notable
    (a country, state or capital, or a town of some size: larger when it leads the name)."""
    if mention.kind == "demonym" or mention.text in tagged:
        return True
    if mention.text.rsplit(" ", 1)[-1] in AREA_HEADS:
        return True
    floor = MIN_POPULATION_LEADING if mention.start == span_start else MIN_POPULATION_TRAILING
    return notable(gazetteer, mention.text, floor)


def notable(gazetteer: Gazetteer, surface: str, min_population: int) -> bool:
    """A place spelled exactly so that is a country, a state with people, a capital, an
    abbreviation, or a town of at least `min_population`."""
    for c in gazetteer.exact(surface):
        if c.match == "folded" or c.kind == "demonym":
            continue
        code = c.place.feature_code
        if code.startswith("PCL") or c.kind == "abbreviation":
            return True
        if c.place.population >= min_population or (code in MAJOR_CODES and c.place.population):
            return True
    return False


MAJOR_CODES = frozenset({"ADM1", "PPLC", "CONT"})


_LIST_GAP = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"


def in_place_list(text: str, start: int, end: int, tagged: set[str]) -> bool:
    """A name listed beside names the document tags as places ("Dodge City, Great Bend,
    Hutchinson and Pratt") is a place too, whatever its own NER label."""
    before = re.search(
        rf"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*){_LIST_GAP}$", text[max(0, start - 40) : start]
    )
    after = re.match(rf"{_LIST_GAP}([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)", text[end : end + 40])
    return bool(before and before.group(1) in tagged) or bool(after and after.group(1) in tagged)


def _named_town(gazetteer: Gazetteer, surface: str, text: str, end: int) -> bool:
    """A whole ORG span that is a known town's exact name ("Gainesville" tagged ORG)."""
    if generic(surface) or _spoken_for(text, end) or len(surface) < 4:
        return False
    return any(
        c.name == surface and c.match == "exact" and c.place.population >= MIN_POPULATION_ORG
        for c in gazetteer.exact(surface)
    )


def _person_place(
    text: str, s: int, e: int, gazetteer: Gazetteer, tagged: set[str]
) -> list[Mention]:
    """A PERSON span led by a name the document tags as a place elsewhere, or by a notable
    place before an institution's word ("Huntsville Fire Chief Tom Grisham")."""
    stop = leading_place(text, s, e, gazetteer)
    if stop is None or generic(text[s:stop]):
        return []
    nxt = text[stop:e].split()
    institution = bool(nxt) and nxt[0] in INSTITUTION_WORDS
    if text[s:stop] not in tagged and not (
        institution and notable(gazetteer, text[s:stop], MIN_POPULATION_LEADING)
    ):
        return []
    return [Mention(start=s, end=stop, text=text[s:stop], source="embedded")]


def _leading(text: str, s: int, e: int, gazetteer: Gazetteer) -> list[Mention]:
    stop = leading_place(text, s, e, gazetteer)
    if stop is not None and _head_of_name(text, stop, e):
        return []  # "the Line of Control": the name's head noun, not the Line Islands
    if stop is not None and not generic(text[s:stop]):
        return [Mention(start=s, end=stop, text=text[s:stop], source="embedded")]
    first = re.match(r"[A-Z][\w’'-]+(?= [A-Z])", text[s:e])
    words = text[s:e].split()
    actor = any(w in ACTOR_WORDS for w in words)
    if words and words[-1] in BUSINESS_WORDS:
        return []  # "Spanish Oaks Apartments", "Mexican Grill": a style, not a country
    if first and not actor and _demonym(gazetteer, first.group()):
        word = first.group()
        return [Mention(start=s, end=s + len(word), text=word, kind="demonym", source="embedded")]
    return []


def _head_of_name(text: str, stop: int, end: int) -> bool:
    """A word before "of" inside a facility's or an organisation's name is the name's head
    noun ("Line of Control", "Gulf of Aden Patrol"), not a place the name borrows."""
    return text.startswith(" of ", stop) and stop + 4 < end


_TRAILING = re.compile(r" (?:of|in|at) (?:the )?([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})$")


def _trailing(text: str, s: int, e: int, gazetteer: Gazetteer) -> list[Mention]:
    """A known place after "of"/"in"/"at" at the end of an organisation's name."""
    m = _TRAILING.search(text[s:e])
    if m is None:
        return []
    start = s + m.start(1)
    words = list(re.finditer(r"[^ ]+", text[start:e]))
    for n in range(len(words), 0, -1):
        stop = start + words[n - 1].end()
        surface = text[start:stop]
        if not generic(surface) and exact_place(gazetteer, surface):
            return [Mention(start=start, end=stop, text=surface, source="embedded")]
    return []


def _after_model_year(text: str, start: int) -> bool:
    """ "a 1992 Toyota Corolla": a make after a model year, not the town."""
    return bool(re.search(r"\b(?:19|20)\d\d $", text[max(0, start - 5) : start]))


def _after_title(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].strip(".").lower() in TITLES


def _first_line(text: str, start: int, end: int) -> int:
    """NER spans sometimes run over a line break; a place name never does."""
    cut = text.find("\n", start, end)
    return end if cut < 0 else cut


def _place_mentions(
    text: str, start: int, end: int, gazetteer: Gazetteer, people: set[str]
) -> list[Mention]:
    out = []
    s0, e0 = _trim(text, start, _first_line(text, start, end), gazetteer)
    if text[s0:e0].split(" ", 1)[0] in NOT_PLACE_HEADS:
        return []
    for s, e in _split_and(text, s0, e0):
        e = completed_name(text, s, e, gazetteer)
        e, hint = _head_hint(text, s, e)
        s, e = _trim(text, s, e, gazetteer)
        s = strip_direction(text, s, e, gazetteer)
        e = without_trailing_direction(text, s, e, gazetteer)
        e = without_trailing_noun(text, s, e, gazetteer)
        city = without_city_word(text, s, e, gazetteer)
        if city < e:
            e, hint = city, "P"
        surface = text[s:e]
        compass = compass_name(gazetteer, surface)
        if e <= s or not capitalised(surface) or _spoken_for(text, e):
            continue
        if generic(surface) or (surface in people and not is_country(gazetteer, surface)):
            continue
        street = street_end(text, e)
        if street is not None and not _AGENCY_AFTER.match(text, street):
            e, hint, surface = street, "R", text[s:street]
        kind = "demonym" if _demonym(gazetteer, surface) else "toponym"
        name, hint = _area_name(gazetteer, surface, hint)
        name = name or compass
        if hint in ("H", "T") and town_of_that_name(gazetteer, surface):
            hint = None
        out.append(Mention(start=s, end=e, text=surface, kind=kind, hint=hint, name=name))
    return out


# "Florida Highway Patrol", "the Ohio Turnpike Commission": a road word of an agency's name
_AGENCY_AFTER = re.compile(r" (?:Patrol|Department|Commission|Authority|Administration)\b")


AREA_WORDS = frozenset(
    {"region", "oblast", "province", "state", "county", "governorate", "district"} | {"prefecture"}
)


def _area_name(gazetteer: Gazetteer, surface: str, hint: str | None) -> tuple[str, str | None]:
    """ "Kharkiv Region": an area word inside the mention makes it an area; when the
    gazetteer lacks the whole name, the name before the area word is looked up."""
    base, _, last = surface.rpartition(" ")
    if not base or last.lower() not in AREA_WORDS:
        tail = tail_name(gazetteer, surface)
        return (tail[0], tail[1] or hint) if tail else ("", hint)
    if gazetteer.known(surface) or not gazetteer.known(base):
        return "", "A"
    return base, "A"


def _word_runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words (with inner lowercase connectors) on one line."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    last_end = -1
    for m in _WORD.finditer(text):
        word = m.group()
        gap = text[last_end : m.start()] if last_end >= 0 else ""
        joined = gap in (" ", "-") and run
        if word[0].isupper():
            run = run if joined else []
            if not run:
                runs.append(run)
            run.append((m.start(), m.end()))
        elif word in _CONNECTORS and joined:
            run.append((m.start(), m.end()))
        else:
            run = []
        last_end = m.end()
    return [[w for w in r] for r in runs if r]


def _good_untagged(cands: list[Candidate], surface: str, *, initial: bool) -> Candidate | None:
    """A well-known place spelled exactly as in the text (a bare word could be anything)."""
    if len(surface) < 3:
        return None
    for c in cands:
        if c.match == "folded" or c.name != surface:
            continue
        major = c.kind == "demonym" or c.place.feature_code.startswith(("PCL", "ADM1", "CONT"))
        if major or c.place.feature_code == "PPLC":
            return c
        big = c.place.population >= MIN_POPULATION_UNTAGGED and c.kind != "abbreviation"
        if big and not initial:
            return c
    return None


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?:\n"


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def gazetteer_mentions(
    text: str, blocked: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Mention]:
    """Known place names in capitalised word runs the NER left untagged."""
    out: list[Mention] = []
    blocking = Intervals(blocked)
    for run in _word_runs(text):
        i = 0
        while i < len(run):
            found = _longest_match(text, run, i, blocking, gazetteer)
            if found is None:
                i += 1
                continue
            j, mention = found
            out.append(mention)
            i = j
    return out


def _longest_match(
    text: str,
    run: list[tuple[int, int]],
    i: int,
    blocked: Intervals,
    gazetteer: Gazetteer,
) -> tuple[int, Mention] | None:
    for j in range(min(len(run), i + MAX_NGRAM), i, -1):
        s, e = run[i][0], run[j - 1][1]
        s, e = _trim(text, s, e, gazetteer)
        surface = text[s:e]
        if e <= s or blocked.overlaps(s, e) or surface.lower() in STOP_CAPS or generic(surface):
            continue
        if not surface[0].isupper():
            continue
        initial = j - i == 1 and _sentence_initial(text, s)
        # an unknown name has no candidates: one query answers both questions
        cand = _good_untagged(gazetteer.exact(surface), surface, initial=initial)
        if cand is None or _spoken_for(text, e):
            continue
        kind = "demonym" if cand.kind == "demonym" else "toponym"
        _, hint = _head_hint(text, s, e)
        return j, Mention(start=s, end=e, text=surface, kind=kind, hint=hint, source="gazetteer")
    return None


def recognize(text: str, spans: Iterable[Span], gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions (toponyms and demonyms) sorted by offset, without overlaps."""
    spans = list(spans)
    mentions = ner_mentions(text, spans, gazetteer)
    blocked = [(s.start, s.end) for s in spans if s.label in BLOCKING_LABELS]
    mentions += gazetteer_mentions(text, blocked, gazetteer)
    mentions += dateline_mentions(text, [(m.start, m.end) for m in mentions], gazetteer)
    mentions = _with_streets(text, mentions)
    mentions = [_without_city_office(text, m, gazetteer) for m in mentions]
    mentions = _with_compounds(text, mentions, gazetteer)
    mentions = [m for m in mentions if grounded(text, m, gazetteer) and not _styled(text, m)]
    mentions = vouched(mentions, gazetteer)
    mentions = [
        m
        for m in mentions
        if not _acronym_lead(m, gazetteer) and not _province_of(text, m) and not _of_a_sea(text, m)
    ]
    mentions += [p for m in _framed(text, spans, gazetteer) for p in known_part(text, m, gazetteer)]
    mentions.sort(key=lambda m: (m.start, -m.end, m.hint is None))
    kept: list[Mention] = []
    for m in mentions:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


# "Islamic State Sahel", "ISIS Khorasan": a region named as a province of the group
_GROUP_BEFORE = re.compile(r"\b(?:Islamic State|IS|ISIS|ISIL|Daesh)\s+$")


# "the Gulf of Aden", "the Bay of Bengal", "the Strait of Hormuz": a water named after a place
_SEA_BEFORE = re.compile(r"\b(?:Gulf|Bay|Sea|Straits?)\s+of\s+(?:the\s+)?$")


def _of_a_sea(text: str, mention: Mention) -> bool:
    """A name after "Gulf of", "Bay of", "Sea of", "Strait of" is part of a water's name, not
    the town or land it borrows ("a vessel attacked in the Gulf of Aden" is not in Aden)."""
    return bool(_SEA_BEFORE.search(text, max(0, mention.start - 16), mention.start))


def _province_of(text: str, mention: Mention) -> bool:
    """A region right after the group's name is the name of one of its provinces
    ("Islamic State Sahel militants", "Islamic State West Africa Province"), not a place."""
    return bool(_GROUP_BEFORE.search(text, max(0, mention.start - 16), mention.start))


def _acronym_lead(mention: Mention, gazetteer: Gazetteer) -> bool:
    """An organisation's short capitals ("SUD Education", a union) match a place only as its
    abbreviation, not as a name ("Sud", a Haitian department)."""
    surface = mention.text
    if mention.source != "embedded" or not surface.isupper() or len(surface) > 5:
        return False
    return not any(
        c.match != "folded" and c.kind == "abbreviation" for c in gazetteer.exact(surface)
    )


_CITY_OFFICE = re.compile(
    r"\s+(?:Council|Manager|Hall|Commission|Attorney|Clerk|Administrator|Schools|School\s+District)\b"
)


def _without_city_office(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """ "Dublin City Council", "Dublin City Manager": "City" belongs to the office, and the
    place is "Dublin", unless the gazetteer knows a town named "X City" by its own name
    ("Kansas City"; "Dublin City" is only another name of Dublin)."""
    if not mention.text.endswith(" City") or not _CITY_OFFICE.match(text, mention.end):
        return mention
    own = [c for c in gazetteer.exact(mention.text) if c.place.name == mention.text]
    if any(c.place.feature_class == "P" for c in own):
        return mention
    end = mention.end - len(" City")
    return replace(mention, end=end, text=text[mention.start : end], name="")


# a preposition of place or a verb that takes a place (conflict reports: "shelled X"),
# then possibly other names of the same list ("shelled Vovchansk and Lyptsi")
_PLACE_TAKERS = (
    r"in|near|at|outside|around|from|to|towards|toward|into|of|between|across|through|via"
    r"|shelled|shelling|attacked|captured|seized|stormed|entered|bombed|struck|hit|besieged"
    r"|recaptured|retook|liberated|overran|raided|targeted|evacuated|fled|reached|surrounded"
)
_LIST_SO_FAR = (
    r"(?-i:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*"
    r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*"
)
_LOCATIVE_BEFORE = re.compile(
    rf"\b(?:{_PLACE_TAKERS})\s+(?:the\s+)?"
    rf"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?{_LIST_SO_FAR}$",
    re.IGNORECASE,
)


def grounded(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """An unknown name needs a place's frame: the NER calls many names places ("Pawlenty",
    "United Way", "Webb Center"), but a name the gazetteer lacks is kept (to be listed as
    unresolved) only after a locative preposition ("clashes in Behran"), before a known
    container ("Behran, Syria") or with a feature word ("Licking Valley", "Behran village")."""
    if mention.source != "ner" or mention.kind != "toponym" or mention.hint is not None:
        return True
    if any(c.match != "folded" for c in gazetteer.exact(mention.key)):
        return True
    before = text[max(0, mention.start - 80) : mention.start]
    if _LOCATIVE_BEFORE.search(before):
        return True
    after = re.match(
        r",\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", text[mention.end : mention.end + 40]
    )
    return bool(after and exact_place(gazetteer, after.group(1).rstrip(".,")))


def _framed(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Mention]:
    """Names in place-typed frames ("the town of X", "X village", "X (Province)")."""
    out = []
    for start, end, hint in frame_mentions(text, spans, gazetteer):
        s, e = _trim(text, start, end, gazetteer)
        if e > s:
            surface = text[s:e]
            out.append(Mention(start=s, end=e, text=surface, hint=hint, source="frame"))
    return out


def _with_streets(text: str, mentions: list[Mention]) -> list[Mention]:
    """Street names replace the place names inside them ("Wichita" in "Wichita Drive")."""
    streets = [(s.start, s.end, s.text) for s in find_streets(text)]
    spans = [(s, e) for s, e, _ in streets]
    kept = [
        m for m in mentions if not _overlaps(m.start, m.end, spans) or _county_of_road(m, streets)
    ]
    roads = [Mention(start=s, end=e, text=t, hint="R", source="street") for s, e, t in streets]
    return kept + roads


def _county_of_road(mention: Mention, streets: list[tuple[int, int, str]]) -> bool:
    """ "Otter Tail County Road 80": the county whose last word opens a county road is named."""
    if not mention.text.endswith(" County"):
        return False
    return any(t.startswith("County ") and s == mention.end - len("County") for s, _, t in streets)


# "Sen. Ray Miller, D-Columbus,": a legislator's party and home town
_PARTY_PLACE = re.compile(r"\b(?:D|R|I|DFL)-([A-Z][\w.]+(?: [A-Z][\w.]+)?)(?=[,);])")
# "Fargo-Moorhead", "Athens-Clarke": two places joined by a hyphen
_HYPHENATED = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)-([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def compound_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Places in a party-and-town tag ("R-Elbow Lake") or a hyphenated pair of places."""
    out = []
    for m in _PARTY_PLACE.finditer(text):
        if gazetteer.known(m.group(1)):
            out.append(Mention(start=m.start(1), end=m.end(1), text=m.group(1), source="party"))
    for m in _HYPHENATED.finditer(text):
        words = (m.group(1), m.group(2))
        if gazetteer.known(m.group()) or any(_not_a_part(w) for w in words):
            continue
        for part in (1, 2):
            surface = m.group(part)
            if not generic(surface) and exact_place(gazetteer, surface):
                out.append(
                    Mention(start=m.start(part), end=m.end(part), text=surface, source="hyphen")
                )
    return out


def _not_a_part(word: str) -> bool:
    return (
        len(word) < 4 or word.lower() in STOP_CAPS or word in TITLES_CAPS or word in MASTHEAD_WORDS
    )


# "Herald-Leader", "Journal-Constitution", "News-Leader": a newspaper's masthead, not two places
MASTHEAD_WORDS = frozenset(
    {"Leader", "Herald", "Journal", "Constitution", "Times", "Post", "Tribune", "Gazette"}
    | {"Beacon", "Press", "Courier", "Star", "Sun", "News", "Democrat", "Register", "Record"}
    | {"Observer", "Dispatch", "Telegraph", "Chronicle", "Examiner", "Sentinel", "Inquirer"}
    | {"Enquirer", "Ledger", "Review", "Bulletin", "Monitor", "Independent", "Argus", "Mercury"}
    | {"Standard", "Express", "Citizen", "Eagle", "Statesman", "Republican", "Advocate"}
)


def _with_compounds(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    found = compound_mentions(text, gazetteer)
    spans = [(m.start, m.end) for m in found]
    return [m for m in mentions if not _overlaps(m.start, m.end, spans)] + found


_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[\n.] )|(?<=[.?!][\"”’] )|(?<=\d{4} ))"
    r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})"
    r"(?P<sep>,| \(| ?[—–]| ?--| -(?= )|:)"
)
# a dash after an all-capitals name is a dateline's mark: any known place counts there
# ("ISLAMABAD - ", a hyphen set apart by spaces as plain-text wires write the dash)
_DASHES = frozenset({"—", "–", "--", " —", " –", " --", " -"})


def dateline_at(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is a dateline's: all capitals, opening the story or a
    line, and followed by a dateline's mark ("DHAKA - ", "GUAYAQUIL, Jan 5 (Reuters) -")."""
    found = _DATELINE.match(text, start)
    return found is not None and found.span(1) == (start, end) and text[start:end].isupper()


def dateline_mentions(
    text: str, blocked: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Mention]:
    """An all-capitals place opening a story or sentence ("COLUMBUS, Ohio (AP) —",
    "March 24, 2009 MANSFIELD --", "BEIRUT:"); it replaces a shorter name found inside it
    ("ST" of "ST. PAUL --")."""
    out = []
    for m in _DATELINE.finditer(text):
        s, e = m.span(1)
        surface = m.group(1)
        if len(surface) < 3 or _overlaps(s, e, [b for b in blocked if not s <= b[0] < b[1] <= e]):
            continue
        dash = m.group("sep") in _DASHES
        for c in gazetteer.exact(surface.title()):
            notable = dash or c.place.population >= 10_000 or c.place.feature_class == "A"
            if c.match != "folded" and notable and c.kind != "demonym":
                out.append(Mention(start=s, end=e, text=surface, source="dateline"))
                break
    return out
