"""Country sections of a roundup: the country each item of a many-country report is about.

Weekly roundups, situation reports, security briefs and live blogs tell events of several
countries in one text, each item opened by its country: a heading ("Mali: Two days later,
gunmen ..."), a bullet's lead ("- Kenya: Suspected militants ..."), a line of its own that
heads the items below it ("Niger" then paragraphs), or a lead-in ("In Niger, the army said
..."), which may also open a sentence inside a paragraph. An item's country decides what its
generic words mean ("the army", "gunmen", "civilians") and where its unplaced events are, not
the country most of the report is about; and the places of one item are no context for the
events of another.

An item is a paragraph (up to a blank line) or a line that opens with a bullet, a time stamp
or a country heading. A section is the stretch of text one country lead covers: from the
lead to the next lead or the end of its item (a line of its own reaches to the next such
line).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.extract.actors import ActorMention
    from sitrep.geocode.gazetteer import Gazetteer
    from sitrep.model import Event, Span, Toponym

T = TypeVar("T")

# a bullet or a time stamp opening a line: "- ", "* ", "• ", "14:05 - ", "09h30: "
MARKER = r"(?:[-*•–][ \t]+)?(?:\d{1,2}[:.h]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*[-–—:|][ \t]*)?"
# a country named at an item's start, then a colon, a dash or a full stop, maybe with its
# region: "Burkina Faso: On 12 March", "Mali - Mopti:", "Ethiopia (Amhara):", "Cameroon. On"
NAME = r"[A-Z][\w.]*(?:[ \t]+(?:[A-Z][\w.]*|of|the|and|d'\w+)){0,4}"
HEADED = re.compile(
    rf"^[ \t]*{MARKER}(?P<lead>{NAME}?)(?:[ \t]*\([^()\n]{{1,40}}\)|[ \t]+[-–—/][ \t]+{NAME}(?=:))?"
    r"[ \t]*(?::|[ \t][-–—]|\.(?=[ \t]+[A-Z]))[ \t]+(?=\S)",
    re.MULTILINE,
)
# a line that is only a country's name (a heading for the items below it)
ALONE = re.compile(r"^[ \t]*(?:#+[ \t]*)?(?P<lead>[A-Z][^\n:]{1,40}?)[ \t]*:?[ \t]*$", re.MULTILINE)
# "In Niger, ...", "In the Central African Republic, ...", "In neighbouring Chad, ...", "In
# Mali's Segou region, ...": a lead-in opening a sentence
SIDE = r"(?:neighbou?ring|nearby|northern|southern|eastern|western|central|north\w*|south\w*)"
LEAD_IN = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?]\"[ \t]))[ \t]*(?:[-*•][ \t]+)?In[ \t]+(?:the[ \t]+)?"
    rf"(?:{SIDE}[ \t]+)?(?P<lead>{NAME}?)(?:['’]s[ \t][^,.\n]{{1,40}})?[ \t]*,",
    re.MULTILINE,
)
# an item's own dateline: a place in capitals, a date, a dash ("BAIDOA, 6 May - ...")
DATELINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<place>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}),"
    r"[ \t]+[^\n,]{1,30}?[ \t]+[-–—][ \t]+(?=\S)"
)
DATELINES = 2  # datelined items that make a log
ROUNDUP_COUNTRIES = 2  # countries the leads of a roundup name
# where an item starts: after a blank line, or a line opened by a bullet, a time stamp or
# a capitalised word and a colon
ITEM_BREAK = re.compile(
    r"\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•–][ \t]|\d{1,2}[:.h]\d{2}\b|[A-Z][\w'’. ]{1,40}:[ \t]))"
)


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of a report `[start, end)` about one country (ACLED's name)."""

    start: int
    end: int
    country: str
    lead_end: int = 0  # where its lead ends ("Mali:", "In Niger,"): a heading, no scene


def country_sections(
    text: str,
    country_called: Callable[[str], str | None],
    place_country: Callable[[int], str | None] = lambda _: None,
) -> tuple[Section, ...]:
    """The report's country sections, in text order; `country_called` gives the country a
    whole phrase names ("Burkina Faso", "DRC") or None, `place_country` the country of the
    place named at a character offset (for an incident log's datelines). A report with no
    country lead has none, nor one whose leads name a single country: "In Georgia, police
    arrested ..." in an American paper is no roundup, and one lead-in of a story on one
    country tells no more than its places do."""
    sections: list[Section] = []
    standing: str | None = None  # the country of the last line that was only a country
    datelined = _datelined(text, place_country)
    for start, end in items(text):
        if start in datelined:
            sections.append(Section(start, end, datelined[start]))
            continue
        line_end = _line_end(text, start, end)
        alone = ALONE.fullmatch(text, start, line_end)
        named = country_called(alone["lead"].strip()) if alone else None
        if named is not None:
            standing = named
            start = line_end + len(text[line_end:end]) - len(text[line_end:end].lstrip())
            if start >= end:
                continue
        leads = _leads(text, start, end, country_called)
        first = leads[0][0] if leads else end
        if standing is not None and first > start:
            sections.append(Section(start, first, standing))
        ends = [at for at, _, _ in leads[1:]] + [end] if leads else []
        for (at, country, lead_end), to in zip(leads, ends, strict=True):
            sections.append(Section(at, to, country, lead_end))
    if not datelined and len({s.country for s in sections}) < ROUNDUP_COUNTRIES:
        return ()
    return tuple(sections)


def _datelined(text: str, place_country: Callable[[int], str | None]) -> dict[int, str]:
    """An incident log's items, each opened by its own dateline ("BAIDOA, 6 May - ..."), and
    the country of each dateline's place; none for a report with one dateline only (a news
    story's)."""
    found = {}
    for start, _ in items(text):
        match = DATELINE.match(text, start)
        country = place_country(match.start("place")) if match else None
        if country is not None:
            found[start] = country
    return found if len(found) >= DATELINES else {}


def _line_end(text: str, start: int, end: int) -> int:
    found = text.find("\n", start, end)
    return end if found < 0 else found


def items(text: str) -> list[tuple[int, int]]:
    """The report's items `(start, end)`: paragraphs and bulleted or time-stamped lines."""
    bounds = [0, *(m.end() for m in ITEM_BREAK.finditer(text)), len(text)]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    return [(a, a + len(text[a:b].rstrip())) for a, b in spans]


def _leads(
    text: str, start: int, end: int, country_called: Callable[[str], str | None]
) -> list[tuple[int, str, int]]:
    """Where each country lead of an item starts, its country, and where it ends."""
    found: dict[int, tuple[str, int]] = {}
    headed = HEADED.match(text, start, end)
    if headed is not None:
        country = country_called(headed["lead"])
        if country is not None:
            found[start] = country, headed.end()
    for match in LEAD_IN.finditer(text, start, end):
        country = country_called(match["lead"])
        if country is not None:
            found.setdefault(max(match.start(), start), (country, match.end()))
    return [(at, country, lead_end) for at, (country, lead_end) in sorted(found.items())]


def section_at(sections: Sequence[Section], position: int) -> Section | None:
    """The section a character of the report lies in, or None."""
    return next((s for s in sections if s.start <= position < s.end), None)


def read_in_sections(
    mentions: Sequence[ActorMention],
    sections: Sequence[Section],
    *,
    country: str | None,
    find: Callable[[str], Sequence[ActorMention]],
) -> list[ActorMention]:
    """The report's actor mentions (read in its `country`), with those inside a section of
    another country read again in that section's country (`find(country)` reads the whole
    report in a country): "the army" under "Mali:" is Mali's even in a report mostly on
    Burkina Faso."""
    others = sorted({s.country for s in sections if s.country != country})
    if not others:
        return list(mentions)
    kept = [m for m in mentions if _section_country(sections, m) in (None, country)]
    for other in others:
        read = find(other)
        kept += [m for m in read if _section_country(sections, m) == other]
    return sorted(kept, key=lambda m: m.span.start)


def _section_country(sections: Sequence[Section], mention: ActorMention) -> str | None:
    section = section_at(sections, mention.span.start)
    return section.country if section else None


def in_section(places: Sequence[Toponym], section: Section | None) -> list[Toponym]:
    """The places an event of a section may take from its context: the section's own (all
    the report's when the event lies in no section)."""
    if section is None:
        return list(places)
    return [t for t in places if section.start <= t.start < section.end]


def section_country(section: Section | None, country: str | None) -> str | None:
    """The country of an event placed nowhere: its section's, else the report's."""
    return section.country if section is not None else country


def placed_in_sections(
    places: Sequence[Toponym],
    sections: Sequence[Section],
    parse: Callable[[Section], Sequence[Toponym]],
) -> list[Toponym]:
    """The report's places, where one inside a section was read in another country than the
    section's, read again within the section and its country (`parse` geoparses a section's
    text, in report offsets): "Boni" under "Mali:" is no German city, whatever country the
    rest of the report leans to. Places the section's reading would only add or change
    within its country stay as the whole report read them."""
    read: dict[Section, dict[tuple[int, int], Toponym]] = {}
    kept = []
    for toponym in places:
        section = section_at(sections, toponym.start)
        if section is None or not _abroad(toponym, section):
            kept.append(toponym)
            continue
        if section not in read:
            read[section] = {(t.start, t.end): t for t in parse(section)}
        kept.append(read[section].get((toponym.start, toponym.end), toponym))
    return kept


def section_places(
    gazetteer: Gazetteer, text: str, ents: Sequence[Span], named: Sequence[ActorMention]
) -> Callable[[Section], list[Toponym]]:
    """A reader of one section's places: its text geoparsed alone, with its country as the
    source's and its own actors' homes as the lean, in the report's offsets (`ents`: the
    report's entity spans, `named`: its named actors)."""
    from sitrep.geocode.actorlean import actor_countries
    from sitrep.geocode.geoparse import geoparse

    def parse(section: Section) -> list[Toponym]:
        start, end = section.start, section.end
        country = gazetteer.country(section.country)
        inside = [m for m in named if start <= m.span.start < end]
        shifted = [
            replace(e, start=e.start - start, end=e.end - start)
            for e in ents
            if start <= e.start and e.end <= end
        ]
        toponyms = geoparse(
            text[start:end],
            shifted,
            gazetteer,
            source_country=country.country_code if country else None,
            actor_countries=actor_countries(inside, gazetteer),
        )
        return [replace(t, start=t.start + start, end=t.end + start) for t in toponyms]

    return parse


def place_country(places: Sequence[Toponym]) -> Callable[[int], str | None]:
    """The country of the place named at a character offset, if it resolved."""

    def country_at(start: int) -> str | None:
        found = next((t.place for t in places if t.start == start and t.place), None)
        return found.country if found is not None else None

    return country_at


def _abroad(toponym: Toponym, section: Section) -> bool:
    place = toponym.place
    return place is not None and place.country is not None and place.country != section.country


def told_by_section(
    told: Sequence[T], sections: Sequence[Section], position: Callable[[T], int]
) -> list[list[T]]:
    """What a report told (events, counts), in runs by section: a new run starts with each
    section, so one item's events never merge with, complete or count the dead of another
    item's. What is told in no section goes with the run before it. `position` gives where
    an item was told."""
    runs: list[list[T]] = []
    current: Section | None = None
    for item in told:
        section = section_at(sections, position(item))
        if not runs or (section is not None and section != current):
            runs.append([])
            current = section or current
        runs[-1].append(item)
    return runs


# The report's country sections, kept in the parsed Doc for readers of the whole report.
SECTIONS_KEY = "sitrep_sections"


def keep_sections(doc: Doc, sections: Sequence[Section]) -> None:
    """Keep the report's sections in its Doc (`section_bounds` reads them)."""
    doc.user_data[SECTIONS_KEY] = tuple((s.start, s.end) for s in sections)


def section_bounds(doc: Doc, position: int) -> tuple[int, int | None]:
    """The stretch of a report that counts as the whole report for a word at `position`:
    its country section, else all of it (`(0, None)`)."""
    for start, end in doc.user_data.get(SECTIONS_KEY, ()):
        if start <= position < end:
            return start, end
    return 0, None


def in_a_lead(sections: Sequence[Section], place: Toponym) -> bool:
    """The place is named in a section's lead ("In Nigeria, bandits abducted 25 villagers in
    Kaduna State"): the lead frames the item, the scene is elsewhere in it."""
    section = section_at(sections, place.start)
    return section is not None and place.start < section.lead_end


OVERVIEW_SECTIONS = 2  # sections that make a report a roundup with an overview before them


def without_overview(
    told: list[T], sections: Sequence[Section], event_of: Callable[[T], Event | None]
) -> list[T]:
    """What a roundup told, without the acts its overview tells before the first section
    with no place and no day of their own ("Militants kept up attacks across the region."):
    the items below tell them. `event_of` gives the event an item carries."""
    if len(sections) < OVERVIEW_SECTIONS:
        return told
    first = sections[0].start
    return [item for item in told if not _overview(event_of(item), first)]


def _overview(event: Event | None, first: int) -> bool:
    if event is None:
        return False
    roles = {e.role for e in event.evidence}
    told = [e.start for e in event.evidence if e.role == "trigger"]
    return bool(told) and told[0] < first and not roles & {"location", "date"}
