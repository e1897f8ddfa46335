"""A list of places under one act: "Russian forces shelled Nikopol, Marhanets and
Chervonohryhorivka overnight", "protests were held in Lagos, Abuja and Port Harcourt".

ACLED codes one event per location and day, so each listed place is an event of its own, with
the act's type, sides, day and tags. The list is the run of place names around the event's
own place, joined only by commas and a final "and" ("A, B and C", "the villages of A and B");
a name at either end that the tagger did not take for a place is kept as an unknown one.
The event told first stays first (the lead, at the place the sentence was coded at); the other
places follow it in the order the text names them. A place with an event of the same type on
the same days already (told in a sentence of its own) gets no second one.

Fatalities follow ACLED's rules (`list_tolls.py`): a toll told per place ("shelled A and B,
killing three in A and two in B"), or told out over the places, which lists them itself ("left
two dead, one in A and the other in B"; not "including two in A", some of the dead only), goes
to each place; one toll over several places is divided evenly between their events, the
remainder to the lead ("11 killed in five towns": 3 at the lead, 2 at each other), each such
share tagged `aggregate`; a nationwide toll ("Across the country, 23 were killed ...") is no
share of the listed places': it stays whole on the lead, tagged `aggregate`, the others'
counts unknown; a coder's own allocation ("with A allocated 3 and all other locations 2",
"split between 2 locations") gives each place its share.

Place names the gazetteer does not resolve make one event together at the province of the
listed towns, when the report names that province, each name kept in an `unresolved_place:`
tag: two unknown villages would otherwise be two events at one point on one day, and a
province worked out from a town read wrongly would place them abroad. When the report names
no province, the names make no event and the lead's toll, covering them too, is tagged
`aggregate`.

A list does not split when it is not the act's scene, or when its places are not alike:
- where people come from or where they went ("gunmen from A and B", "fled to A and B",
  "residents of A and B"), a road, a front or a junction between places ("between A and B",
  "connecting A and B", "the crossing of A, B and C"; "from A to B" is no list at all);
- some places among more ("including in A and B", "such as A and B");
- a place and the area it lies in ("A and Plateau State"), a town beside a province, parts of
  one town ("A and B (Dhaka city)", "the A and B neighbourhoods"), one area named with "and"
  ("the A and B district");
- places in different countries (a state's forces or a country's protesters are of one);
- "A or B", where the text is unsure of the one place;
- a strategic development (but weapons downed over a list of regions: downed in each), an
  agreement or a non-violent transfer of territory. Villages
  taken in a fight are a territory change each, as ACLED codes "captured the villages of A, B
  and C"; a front told as a span ("the villages from A to B") is no list and stays one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sitrep.extract.assemble import PLACE_FIELDS, described
from sitrep.extract.list_tolls import DIST_GAP, lead_toll, sentence_bounds, told_out, with_tolls
from sitrep.extract.place_roles import Role, roles
from sitrep.model import Event, Evidence, Place, Span, Toponym, event_id_for

# What may stand between two listed names: a comma, "and", ", and"; "&".
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$", re.IGNORECASE)
LAST_GAP = re.compile(r"\band\s+$|&\s*$", re.IGNORECASE)

# Words before the list that make it no scene: an origin, a destination, a span between
# places, people's home ("residents of").
NOT_A_SCENE_BEFORE = re.compile(
    r"(?:\b(?:from|to|towards?|into|between|via|through|past|bound for|connecting|linking|"
    r"joining|(?:crossing|junction|border|boundary|borders|meeting point)\s+of)"
    r"|\b(?:residents?|natives?|inhabitants?|people|villagers|citizens|families|indigenes|"
    r"members|youths?|men|women|sons|daughters|migrants|refugees|displaced|IDPs|traders|"
    r"farmers|herders|communities|governors?|mps?|chiefs?|leaders?|roads?|highways?|"
    r"routes?|borders?)\s+(?:of|in)"
    r")\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city|areas?|districts?|communities)\s+of\s+)?$",
    re.IGNORECASE,
)
# Words straight after the list that make it no list of scenes: a route or a thing named by
# the places ("A and B road"), one area named with "and" ("the A and B district"), or parts of
# one town ("A and B neighbourhoods", "A and B sectors"); "A and B areas" or "A and B camps"
# are places of their own unless a town follows ("areas of Hodeidah city", `IN_A_TOWN`).
NOT_A_SCENE_AFTER = re.compile(
    r"^\s*(?:to\b|-|(?:road|highway|axis|border|route|district|area|village|town|city|county|"
    r"province|state|region|sub-?district|municipality|division|"
    r"camp|front|sectors?|neighbou?rhoods?|quarters?|colonies|wards?|blocks?|streets?|"
    r"complex(?:es)?|suburbs?)\b)",
    re.IGNORECASE,
)
# A list of some of the places only ("23 killed across the country, including in A and B").
SOME_OF_BEFORE = re.compile(
    r"\b(?:including|notably|especially|among them|such as)\s+(?:in\s+|at\s+)?(?:the\s+)?"
    r"(?:(?:towns?|villages?|cities|areas?|districts?)\s+of\s+)?$",
    re.IGNORECASE,
)
# What joins the list to a town it is said to lie in: "A and B (Dhaka city)", "A and B in Jos".
IN_A_TOWN = re.compile(
    r"^\s*(?:,\s*|\(\s*)?(?:(?:the|two|three|four|both)\s+)?"
    r"(?:(?:districts|neighbou?rhoods|suburbs|areas|quarters|parts)\s+of\s+|in\s+)?"
    r"(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)

# Types whose places are not listed as separate events (see the module's docstring).
KEPT_WHOLE = frozenset(
    {
        "Agreement",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Other",
    }
)

# A name the tagger did not take for a place, joined to the list by its last "and" (after
# it) or by a comma or "and" (before it): "Nikopol, Marhanets and Chervonohryhorivka".
NAME = r"[A-Z][\w'’]+(?:[ -](?:(?:al|el|ad|as|ar|an)-)?[A-Z][\w'’]+){0,2}"
NAME_AFTER = re.compile(rf"^(?:,\s*)?\s*and\s+(?:the\s+)?({NAME})\b(?![ -][A-Z])")
NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?<![A-Z][\w'’]\s)({NAME})\s*(?:,\s*|\s+and\s+)$")
CALENDAR = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)$"
)
UNRESOLVED = "unresolved_place:"
DOWNED = "Disrupted weapons use"


@dataclass(frozen=True, slots=True)
class Listed:
    """The places listed with an event's own place, in text order (the event's own among)."""

    members: tuple[Toponym, ...]
    lead: Toponym | None  # the event's own mention, when it is one of the members
    tolls: tuple[tuple[int, int], ...] = ()  # (a member's start, its figure) told out over them


def split_place_lists(
    events: Sequence[Event],
    text: str,
    places: Sequence[Toponym],
    *,
    actors: Sequence[Span] = (),
    province_of: Callable[[Place], Place | None],
    namesake: Callable[[Toponym], Place | None],
) -> list[Event]:
    """The events with each event whose scene is a list of places told as one event per
    place (see the module's docstring). `actors`: the spans of actor mentions (no list's
    name); `province_of` gives a town's province, `namesake` the town an area is named after."""
    out: list[Event] = []
    for event in events:
        listed = _listed_places(event, text, places, actors, namesake)
        if listed is None:
            out.append(event)
            continue
        out += _one_per_place(
            event, listed, (text, places), [*out, *events], (province_of, namesake)
        )
    return out


def _listed_places(
    event: Event,
    text: str,
    places: Sequence[Toponym],
    actors: Sequence[Span],
    namesake: Callable[[Toponym], Place | None],
) -> Listed | None:
    if event.sub_event_type in KEPT_WHOLE or _strategic_unlisted(event):
        return None
    where = _own_place(event, places)
    if where is None:
        return None
    start, end = sentence_bounds(text, where.start)
    triggers = [e for e in event.evidence if e.role == "trigger" and start <= e.start < end]
    if not triggers:
        return None  # placed by another telling of the act: its list is no scene of this one
    in_sentence = sorted((t for t in places if start <= t.start < end), key=lambda t: t.start)
    run = _run_around(text, in_sentence, where, event)
    if run is None:
        return None
    tolls = told_out(text, run, start)
    if tolls is None:
        return None  # "killed in A and one in B": no figure for the first place
    if not tolls:
        run = _with_untagged_names(text, run, (start, end), actors)
        if len(run) < 2 or not LAST_GAP.search(text[run[-2].end : run[-1].start]):
            return None
    if not _a_scene(text, run, in_sentence, triggers[0].start, places):
        return None
    if not _alike(run, event, namesake):
        return None
    lead = next((t for t in run if t.start == where.start), None)
    return Listed(members=run, lead=lead, tolls=tuple(tolls))


def _strategic_unlisted(event: Event) -> bool:
    """A strategic development keeps its places whole, but weapons downed over a list of
    regions were downed in each ("shot down 42 drones over the A, B and C regions")."""
    return event.event_type == "Strategic developments" and event.sub_event_type != DOWNED


def _own_place(event: Event, places: Sequence[Toponym]) -> Evidence | None:
    """The location evidence the event was placed by: its mention names the event's place
    (or the area it stands in for), not a place another telling merged into it brought."""
    at = {t.start: t for t in places}
    for evidence in (e for e in event.evidence if e.role == "location"):
        mention = at.get(evidence.start)
        if mention is None:
            continue
        place = mention.place
        if place is not None and mention.resolved:
            if place.geonameid == event.geonameid or (place.is_area and event.geo_precision == 3):
                return evidence
        elif f"{UNRESOLVED}{mention.text}" in event.tags:
            return evidence
    return None


def _run_around(
    text: str, mentions: Sequence[Toponym], where: Evidence, event: Event
) -> tuple[Toponym, ...] | None:
    """The run of names joined by commas and 'and' that holds the event's place, or (an event
    placed at a province for an unknown village) one of its unknown names."""
    unknown = {t[len(UNRESOLVED) :] for t in event.tags if t.startswith(UNRESOLVED)}
    runs: list[list[Toponym]] = []
    for mention in mentions:
        gap = text[runs[-1][-1].end : mention.start] if runs else ""
        if runs and (LIST_GAP.match(gap) or DIST_GAP.match(gap)):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        if any(t.start == where.start for t in run) or any(t.text in unknown for t in run):
            return tuple(run)
    return None


def _with_untagged_names(
    text: str, run: tuple[Toponym, ...], sentence: tuple[int, int], actors: Sequence[Span]
) -> tuple[Toponym, ...]:
    """The run with a name the tagger missed at either end ("A, B and C" with C untagged), as
    an unresolved place."""
    start, end = sentence
    first, last = run[0], run[-1]
    head = NAME_BEFORE.search(text[start : first.start])
    if head is not None:
        at = start + head.start(1)
        run = (*_name_mention(text, at, at + len(head.group(1)), actors), *run)
    if LAST_GAP.search(text[run[-2].end : last.start]) if len(run) > 1 else False:
        return run  # the list already ends with its "and"
    tail = NAME_AFTER.match(text[last.end : end])
    if tail is not None:
        at = last.end + tail.start(1)
        run = (*run, *_name_mention(text, at, at + len(tail.group(1)), actors))
    return run


def _name_mention(text: str, start: int, end: int, actors: Sequence[Span]) -> tuple[Toponym, ...]:
    name = text[start:end]
    if CALENDAR.match(name) or any(a.start < end and start < a.end for a in actors):
        return ()
    return (Toponym(start=start, end=end, text=name),)


def _a_scene(
    text: str,
    run: Sequence[Toponym],
    in_sentence: Sequence[Toponym],
    trigger_start: int,
    context: Sequence[Toponym],
) -> bool:
    """The list is where the act happened: no origin, destination or span names it, and every
    name of it plays the scene's role in the sentence (`place_roles`)."""
    first, last = run[0], run[-1]
    before = text[max(0, first.start - 60) : first.start]
    if NOT_A_SCENE_BEFORE.search(before) or SOME_OF_BEFORE.search(before):
        return False
    if NOT_A_SCENE_AFTER.match(text[last.end : last.end + 12]):
        return False
    if re.search(r"\bor\s+$", text[run[-2].end : last.start], re.IGNORECASE):
        return False
    if _in_a_town(text, last, in_sentence):
        return False  # parts of one town ("Azimpur and Palashi (Dhaka city)")
    # each name's own role: "A, B and C" reads to `place_roles` as places and their areas
    # ("A, B"), and `_alike` is what says whether one lies in another
    return all(roles(text, [t], trigger_start=trigger_start) == [Role.SCENE] for t in run)


def _in_a_town(text: str, last: Toponym, in_sentence: Sequence[Toponym]) -> bool:
    """The list is followed by a town it is said to lie in."""
    after = [t for t in in_sentence if t.start >= last.end]
    if not after or after[0].place is None or not after[0].resolved:
        return False
    return not after[0].place.is_area and bool(IN_A_TOWN.match(text[last.end : after[0].start]))


def _alike(
    run: Sequence[Toponym], event: Event, namesake: Callable[[Toponym], Place | None]
) -> bool:
    """The places are of one country and one kind (towns, or areas of one level; an area
    named after its town counts as the town), none inside another ("Riyom and Plateau
    State")."""
    resolved = [t for t in run if t.place is not None and t.resolved]
    places = [t.place for t in resolved if t.place is not None]
    if not places:
        return False
    if len({p.geonameid for p in places}) < len(places):
        return False  # a name said twice, or two names of one place
    if any(p.country != event.country for p in places):
        return False
    kinds = {
        "town" if not t.place.is_area or namesake(t) is not None else t.place.feature_code[:4]
        for t in resolved
        if t.place is not None
    }
    if len(kinds) > 1:
        return False  # "in Daegu and North Gyeongsang": a city and a province
    if kinds != {"town"} and len(resolved) < len(run):
        return False  # "A and Plateau State", A unknown: it may lie in the area
    areas = [p for p in places if p.is_area]
    return not any(_inside(p, a) for a in areas for p in places if p is not a)


def _inside(place: Place, area: Place) -> bool:
    if area.feature_code.startswith("PCL"):
        return place.country_code == area.country_code
    if area.feature_code.startswith("ADM1"):
        return place.admin1 is not None and place.admin1 in (area.admin1, area.name)
    return place.admin2 is not None and place.admin2 in (area.admin2, area.name)


def _one_per_place(
    event: Event,
    listed: Listed,
    report: tuple[str, Sequence[Toponym]],
    others: Sequence[Event],
    finders: tuple[Callable[[Place], Place | None], Callable[[Toponym], Place | None]],
) -> list[Event]:
    """The lead event and one event for each other listed place with no event of its own.
    `report`: the text and its place mentions; `finders`: a town's province and an area's
    namesake town."""
    text, places = report
    province_of, namesake = finders
    parts: list[Event] = [event]
    for mention in listed.members:
        if mention is listed.lead or mention.place is None or not mention.resolved:
            continue
        place, precision = mention.place, event.geo_precision or 1
        if place.is_area:  # "the villages of A, B and C", B read as B's district
            town = namesake(mention)
            place, precision = (town, precision) if town is not None else (place, 3)
        if not _has_its_own(place, event, [*others, *parts]):
            parts.append(_at(event, mention, place, precision))
    known = {t.text.casefold() for t in places if t.resolved}
    unknown = [t for t in listed.members if not t.resolved and t.text.casefold() not in known]
    region = _region(listed.members, province_of, places)
    lead_known = listed.lead is not None and listed.lead.resolved
    if unknown and lead_known and region is not None and not _has_its_own(region, event, parts):
        if not _has_its_own(region, event, others):
            names = tuple(f"{UNRESOLVED}{t.text}" for t in unknown)
            at_region = _at(event, unknown[0], region, 3)
            parts.append(replace(at_region, tags=tuple(dict.fromkeys(at_region.tags + names))))
        unknown = []
    if len(parts) == 1:  # the other places have events of their own, or none can be placed
        return [lead_toll(event, (listed.members, listed.tolls), text, shared=bool(unknown))]
    return [described(e) for e in with_tolls(parts, (listed.members, listed.tolls), text)]


def _has_its_own(place: Place, event: Event, others: Sequence[Event]) -> bool:
    """Another event of the same type on the same days is coded at the place already."""
    return any(
        o is not event
        and o.event_type == event.event_type
        and o.geonameid == place.geonameid
        and _same_days(o, event)
        for o in others
    )


def _same_days(a: Event, b: Event) -> bool:
    if not (a.date_start and b.date_start):
        return True  # an undated telling may be of the same day
    return a.date_start <= (b.date_end or b.date_start) and b.date_start <= (
        a.date_end or a.date_start
    )


def _region(
    members: Sequence[Toponym],
    province_of: Callable[[Place], Place | None],
    places: Sequence[Toponym],
) -> Place | None:
    """The province the listed towns lie in, when they lie in one and the report names it
    (a province worked out from a town read wrongly would place the unknown names abroad)."""
    provinces = {
        p.geonameid: p
        for t in members
        if t.place is not None and t.resolved
        for p in [t.place if t.place.feature_code.startswith("ADM1") else province_of(t.place)]
        if p is not None
    }
    if len(provinces) != 1:
        return None
    region = next(iter(provinces.values()))
    named = any(t.place is not None and t.place.geonameid == region.geonameid for t in places)
    return region if named else None


def _at(event: Event, mention: Toponym, place: Place | None, precision: int) -> Event:
    """The event at another listed place: its place fields and its location evidence."""
    assert place is not None
    spot = Evidence(start=mention.start, end=mention.end, text=mention.text, role="location")
    evidence = tuple(spot if e.role == "location" else e for e in event.evidence)
    fields = {
        "country": place.country,
        "iso3": place.iso3,
        "admin1": place.name if place.feature_code.startswith("ADM1") else place.admin1,
        "admin2": place.admin2,
        "location": place.name,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geonameid": place.geonameid,
        "geo_precision": precision,
    }
    assert set(fields) == set(PLACE_FIELDS)
    tags = tuple(t for t in event.tags if not t.startswith(UNRESOLVED))
    return replace(
        event,
        event_id=event_id_for(event.doc_id, [(e.start, e.end) for e in evidence]),
        evidence=evidence,
        tags=tags,
        **fields,  # type: ignore[arg-type]
    )
