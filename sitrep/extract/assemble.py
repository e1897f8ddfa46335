"""From drafts to Event records: place, date, ids, evidence, notes, confidence; and one event
per act when a report tells the same act twice."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sitrep.extract.actors import ActorMention
from sitrep.extract.acts_in_detail import merge_acts_in_detail
from sitrep.extract.continued_acts import DURATION
from sitrep.extract.cue_kinds import CIVILIAN_INTER
from sitrep.extract.dated_mentions import (
    dated_antecedent,
    named_alike,
    on_another_told_day,
    unresolved_places,
)
from sitrep.extract.events import SAME_DAY_TAG, Draft
from sitrep.extract.fighting_in_general import counted_on_other_days, dated_after_general
from sitrep.extract.killed_later import killed_on_a_later_day
from sitrep.extract.locate import Location
from sitrep.extract.retold_acts import told_again
from sitrep.extract.retold_victims import retold
from sitrep.extract.statement_days import (
    redated,
    retold_in_statements,
    told_before_the_statement,
)
from sitrep.merge import distance_km
from sitrep.model import DateRange, Document, Event, Evidence, Span, event_id_for
from sitrep.taxonomy import SubEventType as S
from sitrep.taxonomy import event_type_of, sub_type

PHRASES: dict[S, str] = {
    S.ARMED_CLASH: "{a1} clashed with {a2}",
    S.GOVERNMENT_REGAINS_TERRITORY: "{a1} regained territory from {a2}",
    S.NON_STATE_OVERTAKES_TERRITORY: "{a1} took territory from {a2}",
    S.CHEMICAL_WEAPON: "{a1} used chemical weapons against {a2}",
    S.AIR_DRONE_STRIKE: "{a1} carried out an air or drone strike on {a2}",
    S.SUICIDE_BOMB: "{a1} carried out a suicide bombing against {a2}",
    S.SHELLING: "{a1} shelled {a2}",
    S.REMOTE_EXPLOSIVE: "an explosive device of {a1} went off against {a2}",
    S.GRENADE: "{a1} threw a grenade at {a2}",
    S.SEXUAL_VIOLENCE: "{a1} committed sexual violence against {a2}",
    S.ATTACK: "{a1} attacked {a2}",
    S.ABDUCTION: "{a1} abducted {a2}",
    S.PEACEFUL_PROTEST: "{a1} protested peacefully",
    S.PROTEST_WITH_INTERVENTION: "{a1} protested and {a2} intervened",
    # ACLED codes the demonstrators as actor1 and the force that met them as actor2
    S.EXCESSIVE_FORCE: "{a1} protested and {a2} used excessive force against them",
    S.VIOLENT_DEMONSTRATION: "{a1} demonstrated violently against {a2}",
    S.MOB_VIOLENCE: "{a1} took part in mob violence against {a2}",
    S.AGREEMENT: "{a1} reached an agreement with {a2}",
    S.ARRESTS: "{a1} arrested {a2}",
    S.CHANGE_TO_GROUP: "{a1} changed its organisation or activity",
    S.DISRUPTED_WEAPONS_USE: "{a1} disrupted weapons use by {a2}",
    S.HEADQUARTERS_ESTABLISHED: "{a1} established a base",
    S.LOOTING: "{a1} looted or destroyed property of {a2}",
    S.NON_VIOLENT_TRANSFER: "territory changed hands without fighting between {a1} and {a2}",
    S.OTHER: "{a1} was involved in a strategic development with {a2}",
}


def build_event(
    draft: Draft, *, document: Document, location: Location, when: DateRange | None
) -> Event:
    """One Event record from a draft and the place and dates resolved for it."""
    evidence = _evidence(draft, location, when)
    info = sub_type(draft.sub_event_type.value)
    place = location.place
    tags = draft.tags + tuple(f"unresolved_place:{name}" for name in location.unresolved)
    if draft.fatalities is not None and draft.fatalities.stated and draft.fatalities.divisor == 1:
        tags += (STATED_TAG,)  # read and dropped by add_casualty_reports
        tags += (ADDED_TAG,) if ADDED.search(draft.sentence.text) else ()
    if draft.fatalities is not None and draft.fatalities.stated and draft.fatalities.divisor > 1:
        tags += (f"{DIVIDED_TAG}{draft.fatalities.divisor}",)
    return Event(
        event_id=event_id_for(document.doc_id, [(e.start, e.end) for e in evidence]),
        doc_id=document.doc_id,
        source=document.source,
        source_url=document.url,
        event_date=_iso(when.best_day) if when else None,
        date_start=_iso(when.start) if when else None,
        date_end=_iso(when.end) if when else None,
        time_precision=when.precision if when else None,
        event_type=event_type_of(draft.sub_event_type.value).value,
        sub_event_type=draft.sub_event_type.value,
        actor1=_name(draft.actor1),
        assoc_actor_1=_name(draft.assoc1),
        inter1=draft.actor1.actor.inter if draft.actor1 else None,
        actor2=_name(draft.actor2),
        inter2=draft.actor2.actor.inter if draft.actor2 else None,
        country=place.country if place else None,
        iso3=place.iso3 if place else None,
        admin1=(place.name if place.feature_code.startswith("ADM1") else place.admin1)
        if place
        else None,
        admin2=place.admin2 if place else None,
        location=place.name if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geonameid=place.geonameid if place else None,
        geo_precision=location.precision,
        fatalities=draft.fatalities.value if draft.fatalities else None,
        notes=_notes(draft, location, when),
        evidence=evidence,
        confidence=_confidence(draft, location, when),
        claimed_by=draft.claimed_by,
        tags=tags,
        plover=f"{info.plover.value}/{info.plover_mode}"
        if info.plover and info.plover_mode
        else (info.plover.value if info.plover else None),
        cameo=info.cameo,
    )


def _iso(day: object) -> str | None:
    return day.isoformat() if day is not None else None  # type: ignore[attr-defined]


def _name(mention: ActorMention | None) -> str | None:
    return mention.actor.name if mention else None


def _evidence(draft: Draft, location: Location, when: DateRange | None) -> tuple[Evidence, ...]:
    spans: list[tuple[Span, str]] = [(draft.trigger, "trigger")]
    if draft.actor1 and not draft.actor1_inferred:
        spans.append((draft.actor1.span, "actor1"))
    if draft.assoc1:
        spans.append((draft.assoc1.span, "assoc_actor_1"))
    if draft.actor2 and not draft.actor2_inferred:
        spans.append((draft.actor2.span, "actor2"))
    if location.mention is not None:
        role = "location_context" if location.inherited else "location"
        spans.append((_as_span(location.mention), role))
    if draft.fatality_span is not None:
        spans.append((draft.fatality_span, "fatalities"))
    if when is not None and when.evidence is not None:
        spans.append((when.evidence, "date"))
    return tuple(Evidence(start=s.start, end=s.end, text=s.text, role=r) for s, r in spans)


def _as_span(mention: object) -> Span:
    start, end, text = mention.start, mention.end, mention.text  # type: ignore[attr-defined]
    return Span(start=start, end=end, text=text)


def _notes(draft: Draft, location: Location, when: DateRange | None) -> str:
    a1 = _name(draft.actor1) or "an unidentified actor"
    a2 = _name(draft.actor2) or "unidentified targets"
    text = PHRASES[draft.sub_event_type].format(a1=a1, a2=a2)
    if location.place is not None:
        text += f" in {location.place.name}"
        if location.place.country and location.place.country != location.place.name:
            text += f", {location.place.country}"
    if when is not None:
        text += f" ({when.start.isoformat()}" + (
            f" to {when.end.isoformat()})" if when.end != when.start else ")"
        )
    if draft.fatalities is not None:
        text += f"; {draft.fatalities.value} killed"
    if draft.claimed_by:
        text += f", according to {draft.claimed_by}"
    return text[0].upper() + text[1:] + "."


def described(event: Event) -> Event:
    """The event with its note told again from its final fields: merging tellings changes its
    sides, days and dead, and the note written for its first telling would not say so."""
    a1 = event.actor1 or "an unidentified actor"
    a2 = event.actor2 or "unidentified targets"
    text = PHRASES[S(event.sub_event_type)].format(a1=a1, a2=a2)
    if event.location:
        text += f" in {event.location}"
        if event.country and event.country != event.location:
            text += f", {event.country}"
    if event.date_start:
        end = event.date_end or event.date_start
        text += f" ({event.date_start}" + (f" to {end})" if end != event.date_start else ")")
    if event.fatalities is not None:
        text += f"; {event.fatalities} killed"
    if event.claimed_by:
        text += f", according to {event.claimed_by}"
    return replace(event, notes=text[0].upper() + text[1:] + ".")


def _confidence(draft: Draft, location: Location, when: DateRange | None) -> float:
    """A first, uncalibrated score from how much of the event the text pins down."""
    score = 0.45
    score += 0.15 if draft.actor1 and not draft.actor1_inferred else 0.0
    score += 0.05 if draft.actor2 and not draft.actor2_inferred else 0.0
    score += 0.15 if location.precision == 1 and not location.inherited else 0.05
    score += 0.1 if when is not None and when.precision == 1 else 0.0
    score -= 0.1 if draft.claimed_by else 0.0
    return round(max(0.05, min(0.95, score)), 2)


# Marks an event whose sentence states a coder's figure for the record ('14 fatalities each
# coded to fighting at Ayla, Bora and Cana'); add_casualty_reports reads and removes it.
STATED_TAG = "sitrep:stated_fatalities"
# ...whose figure is of further dead ('killed 4 additional civilians, with 1 additional
# fatality allocated to each location'), added to the lead's rather than replacing it.
ADDED_TAG = "sitrep:stated_added"
ADDED = re.compile(r"\b(?:more|additional|further)\b", re.IGNORECASE)
# ...whose sentence divides the figure told before between places or days ('The clashes have
# been going on over the course of ten days'): the lead event's figure is shared out.
DIVIDED_TAG = "sitrep:divided:"
INTERNAL = "sitrep:"


@dataclass(frozen=True, slots=True, kw_only=True)
class DeathCount:
    """A sentence that only counts the dead ("Two men died."), with its evidence. `total`: the
    sentence states the whole toll ("1 fatality", "the death toll rose to 4"), which replaces an
    earlier figure instead of adding to it. `event`: the sentence's own event, kept when no
    event was told before it. `divisor`: the sentence splits the figure told before between
    that many places or events. `stated`: a coder's figure for the record ('Fatalities coded as
    4'), which is the figure of the event the report leads with. `placed`: the count names a
    place of its own and no act ('The bodies of two women were found in Ayla.'): it is the
    count of the event told right after it when it comes before any event, else of none."""

    fatalities: int
    evidence: tuple[Evidence, ...]
    total: bool = False
    event: Event | None = None
    retold: bool = False
    added: bool = False
    own_place: bool = False
    divisor: int = 1
    stated: bool = False
    placed: bool = False
    source: str | None = None  # who gives the figure (`other_sources.toll_tag`)


def add_casualty_reports(told: Sequence[Event | DeathCount]) -> list[Event]:
    """A sentence that only counts the dead ("Two people were killed.") completes the event
    told just before it: its count is added there (or, for a stated total, replaces the figure)
    instead of making a new event."""
    out: list[Event] = []
    leading: DeathCount | None = None
    for item in told:
        ways = _divided_by(item)
        if ways > 1 and out:  # the toll told before is shared out: the lead event's share
            out[:] = _stated_for_the_record(
                out, DeathCount(fatalities=0, evidence=(), divisor=ways)
            )
            item = _without_figure(item)
        if isinstance(item, Event) and STATED_TAG in item.tags:
            item, stated = _stated_apart(item)
            if out:  # the note's figure is its lead event's; the act told with it keeps none
                out[:] = _stated_for_the_record(out, stated)
                item = replace(item, fatalities=None)
        if isinstance(item, Event) and leading is not None and item.fatalities is None:
            item = _counted(item, leading)
        leading = None
        if isinstance(item, DeathCount) and item.placed:
            leading = item if not out else None
            continue
        if isinstance(item, Event) and out and _tells_its_dead(out[-1], item):
            out[-1] = _with_dead_of(out[-1], item)
            continue
        if isinstance(item, Event):
            out.append(item)
            continue
        if item.stated and out:
            out[:] = _stated_for_the_record(out, item)
            continue
        at = _antecedent(out, item) if item.retold else _first_telling(out)
        if at >= 0 and counted_on_other_days(item.event, out[at]):
            at = -1  # "In 2024, jihadists killed hundreds": the dead of another time
        if at >= 0 and killed_on_a_later_day(item.event, out[at]):
            at = -1  # "On Saturday, security forces killed four militants": another act
        if at >= 0:
            out[at] = _counted(out[at], item)
        elif item.event is not None:
            out.append(item.event)
    out = retold_in_statements(out)  # "said in a statement on Sunday that the troops ..."
    return [_untagged(e) for e in out]


def _untagged(event: Event) -> Event:
    if not any(t.startswith(INTERNAL) for t in event.tags):
        return event
    return replace(event, tags=tuple(t for t in event.tags if not t.startswith(INTERNAL)))


def _divided_by(item: Event | DeathCount) -> int:
    """Between how many places or days the sentence's act shares out the figure told before."""
    event = item if isinstance(item, Event) else item.event
    tags = event.tags if event is not None else ()
    found = [t[len(DIVIDED_TAG) :] for t in tags if t.startswith(DIVIDED_TAG)]
    return int(found[0]) if found and found[0].isdigit() else 1


def _without_figure(item: Event | DeathCount) -> Event | DeathCount:
    if isinstance(item, Event):
        return replace(_untagged(item), fatalities=None)
    event = _untagged(item.event) if item.event is not None else None
    return replace(item, event=event, fatalities=0, retold=True, total=False)


def _stated_apart(event: Event) -> tuple[Event, DeathCount]:
    """An event told with a coder's figure, untagged, and that figure as a stated count."""
    counted = tuple(e for e in event.evidence if e.role == "fatalities")
    added = ADDED_TAG in event.tags  # further dead: added to the lead's
    stated = DeathCount(
        fatalities=event.fatalities or 0,
        evidence=counted,
        total=not added,
        stated=True,
        added=added,
    )
    return _untagged(event), stated


def _stated_for_the_record(events: Sequence[Event], count: DeathCount) -> list[Event]:
    """A coder's note is one record: its stated figure ('Unknown fatalities coded as 10',
    'with Ayla allocated 4 and Bora 3 each') is the figure of the event the note leads with,
    and overrides the counts told for the acts after it."""
    lead = events[0]
    count = _its_own_share(lead, count)
    lead = lead if _not_its_share(lead, count) else _counted(lead, count)
    return [lead, *(replace(e, fatalities=None) for e in events[1:])]


def _its_own_share(lead: Event, count: DeathCount) -> DeathCount:
    """An allocation table that names the lead event's place gives the record that place's
    share ('with Ayla allocated 3 and all other locations allocated 2 each': 3 at Ayla)."""
    from sitrep.extract.allocations import share_for

    if count.added or count.divisor > 1:
        return count
    told = " ".join(e.text for e in count.evidence)
    for place in _place_words(lead):
        share = share_for(told, place)
        if share is not None:
            return replace(count, fatalities=share)
    return count


def _place_words(event: Event) -> list[str]:
    """The names the event's place was told by: those the gazetteer did not resolve first
    (the village the note is about), then the one it did."""
    told = [e.text for e in event.evidence if e.role in ("location", "location_context")]
    return unresolved_places(event) + told


def _not_its_share(lead: Event, count: DeathCount) -> bool:
    """Further dead shared out between places the lead event's place is not among."""
    from sitrep.extract.allocations import share_reaches

    if not (count.added and count.stated):
        return False
    places = _place_words(lead)
    told = " ".join(e.text for e in count.evidence)
    return bool(places) and not share_reaches(told, places[0])


def _first_telling(events: Sequence[Event]) -> int:
    """The event a count told after them completes: the latest one, or, when the events just
    before it tell the same act there and then with no count yet ('Rebels clashed with the army
    in X. The clashes were accompanied by shelling. 12 were killed.'), the first of them."""
    at = len(events) - 1
    while at > 0 and _one_act_uncounted(events[at - 1], events[at]):
        at -= 1
    return at


def _one_act_uncounted(event: Event, later: Event) -> bool:
    """Two tellings of one scene with no count yet: the same type there and then, or a later
    act told with no place or days of its own ('The attack was accompanied by 2 suicide
    bombings.'), which is part of the act told before it."""
    if later.fatalities is not None or event.fatalities is not None:
        return False
    if "aggregate" in event.tags or "aggregate" in later.tags:
        return False
    # an act placed in another country is another act, not a misread stage of a demonstration
    return _same_scene_and_type(event, later) or _same_scene(event, later, misread_abroad=False)


def _tells_its_dead(event: Event, later: Event) -> bool:
    """'Rebels clashed with the army near X. Clashes there left 10 dead on both sides.': an act
    of the same type told right after an event with no count, there and then, is that event
    told again with its dead (the count completes it). Another place or other days is another
    act."""
    if event.fatalities is not None or later.fatalities is None:
        return False
    if event.sub_event_type in DEMONSTRATION_STAGES:
        return False  # stages of a demonstration are merged at their most escalated one
    if dated_after_general(event, later):
        return False  # 'The fighting is constant. On Monday, rebels took Luke': another act
    return _same_scene_and_type(event, later)


def _same_scene_and_type(event: Event, later: Event) -> bool:
    if event.fatalities is not None:
        return False
    if event.event_type != later.event_type or ("aggregate" in event.tags) != (
        "aggregate" in later.tags
    ):
        return False
    same_place = None in (event.location, later.location) or event.location == later.location
    same_days = None in (event.date_start, later.date_start) or _dates_overlap(event, later)
    return same_place and same_days


def _with_dead_of(event: Event, later: Event) -> Event:
    counted = tuple(e for e in later.evidence if e.role == "fatalities")
    return replace(event, fatalities=later.fatalities, evidence=event.evidence + counted)


def _antecedent(events: Sequence[Event], retold: DeathCount) -> int:
    """The event a definite re-mention ('the strike', 'the fighting') points back at: the
    latest one of its type, else the latest by its side, else the latest of any type, unless
    the sentence gives the act a place or days of its own (then it is another act)."""
    again = retold.event
    if again is None or not events:
        return -1
    same_type = [i for i, e in enumerate(events) if e.event_type == again.event_type]
    # else the latest by the same side ("its forces had hit the refinery": its strike)
    same_side = [i for i, e in enumerate(events) if again.actor1 and e.actor1 == again.actor1]
    at = same_type[-1] if same_type else (same_side or [len(events) - 1])[-1]
    at = named_alike(events, same_type, again, _place_words) if same_type else at
    if _may_retell(events[at], retold):
        return at
    return dated_antecedent(events, retold, fits=_may_retell)


def _may_retell(earlier: Event, retold: DeathCount) -> bool:
    again = retold.event
    if again is None or retold.own_place and again.location != earlier.location:
        return False
    if told_before_the_statement(earlier, again):
        return True  # "..., an official said on Tuesday. The attack took place on Monday."
    return not (again.date_start and earlier.date_start and not _dates_overlap(earlier, again))


def _counted(event: Event, count: DeathCount) -> Event:
    event = redated(event, count.event) if count.retold else event
    if count.divisor > 1:  # "Fatalities distributed over two locations": this one's share
        share = event.fatalities // count.divisor if event.fatalities is not None else None
        return replace(event, fatalities=share, evidence=event.evidence + count.evidence)
    from sitrep.extract.retold_tolls import named_apart  # the other side's dead: added

    retold = count.retold and not count.added and not named_apart(event.evidence, count.evidence)
    if retold or _another_source(event, count):
        figures = [f for f in (event.fatalities, count.fatalities or None) if f is not None]
        return replace(
            event,
            fatalities=min(figures) if figures else None,
            evidence=event.evidence + count.evidence,
        )
    if event.fatalities is not None and _named_by_pronouns(count):
        return replace(event, evidence=event.evidence + count.evidence)  # "killed him": again
    if (count.total and event.fatalities is not None) or _everyone_counted(event, count):
        total = count.fatalities
    else:
        total = (event.fatalities or 0) + count.fatalities
    sourced = _sourced(event.tags, count.source)
    return replace(event, fatalities=total, evidence=event.evidence + count.evidence, tags=sourced)


# Words for the dead that say nothing of who they were: a count of them may be everyone's
GENERIC_DEAD = frozenset({"people", "persons", "individuals"})


def _everyone_counted(event: Event, count: DeathCount) -> bool:
    """'A strike killed a Hezbollah commander ... The health ministry said two people were
    killed': a count of people, at least the act's own, told after dead named by who they
    were is the act's whole toll, them included (not 'also', not 'two more')."""
    if count.added or event.fatalities is None or count.fatalities < event.fatalities:
        return False
    counted = [e.text.lower().split() for e in count.evidence if e.role == "fatalities" and e.text]
    if any(set(words) & MORE_DEAD for words in counted):
        return False  # "three more people", "two other people"
    told = [e.text.lower().split()[-1] for e in event.evidence if e.role == "fatalities" and e.text]
    heads = [words[-1] for words in counted]
    return bool(heads) and all(w in GENERIC_DEAD for w in heads) and not set(told) & GENERIC_DEAD


MORE_DEAD = frozenset({"more", "other", "others", "additional", "further", "another"})


def _another_source(event: Event, count: DeathCount) -> bool:
    """Another source's toll of the same dead ('Police said three were killed. Residents said
    seven died.'): ACLED takes the lowest figure, never the sum."""
    from sitrep.extract.other_sources import alternative_figures
    from sitrep.extract.retold_tolls import unsourced_alternative

    return (
        event.fatalities is not None
        and not count.added
        and (
            alternative_figures(event.tags, count.source)
            or unsourced_alternative(event, count.source, count.evidence)
        )
    )


def _sourced(tags: tuple[str, ...], source: str | None) -> tuple[str, ...]:
    from sitrep.extract.other_sources import source_tag

    if source is None or source_tag(tags) is not None:
        return tags
    return (*tags, source)


PRONOUN_VICTIMS = frozenset({"he", "she", "him", "her"})


def _named_by_pronouns(count: DeathCount) -> bool:
    """A count whose victims are all pronouns ('they dragged her husband out and killed him')
    tells of someone already counted."""
    counted = [e.text.lower() for e in count.evidence if e.role == "fatalities"]
    if bool(counted) and all(t in PRONOUN_VICTIMS for t in counted):
        return True
    return retold(counted, count.fatalities)  # "The man died at the scene": told before


def merge_retellings(events: Sequence[Event], text: str = "") -> list[Event]:
    """One event per act: the same type, place and dates with compatible actors (one side's
    named actors a subset of the other's) is the same act told again; air strikes and shelling
    there and then are part of a battle told with them (ACLED's rule: remote violence inside an
    ongoing battle is the battle's), their dead added to its, and the battle leads even when
    told after them (battle_lead.py)."""
    from sitrep.extract.battle_lead import battle_first

    dated = _same_day_dates(events)
    folded = fold_into_earlier(dated, same=_same_act, combine=_combine)
    led = battle_first(folded, same_scene=_same_scene, combine=_with_support)
    # "... burned 30 homes", "The convoy was hit by a bomb": acts_in_detail
    return merge_acts_in_detail(_fold_battle_support(led), text)


def _same_day_dates(events: Sequence[Event]) -> list[Event]:
    """'The army said it repelled an assault the same day': an act dated only by reference
    to the one told before it ('the same day', 'that night') takes that event's date."""
    out: list[Event] = []
    for event in events:
        if SAME_DAY_TAG in event.tags:
            tags = tuple(t for t in event.tags if t != SAME_DAY_TAG)
            event = replace(event, tags=tags)
            before = out[-1] if out else None
            if before is not None and before.event_date and not event.event_date:
                event = event.dated_as(before)
        out.append(event)
    return out


UNIDENTIFIED = "Unidentified "
BATTLES = frozenset({
    S.ARMED_CLASH.value, S.GOVERNMENT_REGAINS_TERRITORY.value,
    S.NON_STATE_OVERTAKES_TERRITORY.value,
})  # fmt: skip
BATTLE_SUPPORT = frozenset({S.AIR_DRONE_STRIKE.value, S.SHELLING.value})


def _fold_battle_support(events: Sequence[Event]) -> list[Event]:
    kept: list[Event] = []
    for event in events:
        at = next((i for i, b in enumerate(kept) if _inside_battle(b, event)), None)
        if at is None:
            kept.append(event)
        else:
            kept[at] = _with_support(kept[at], event)
    return kept


def _inside_battle(battle: Event, event: Event) -> bool:
    if battle.sub_event_type not in BATTLES or event.sub_event_type not in BATTLE_SUPPORT:
        return False
    if "aggregate" in event.tags or battle.country != event.country:
        return False
    if _strike_on_civilians_elsewhere(battle, event) or _unresolved_place_of_its_own(event, battle):
        return False  # "an air strike on Thayet Taw village", a village the gazetteer lacks
    return _same_scene(battle, event)


def _strike_on_civilians_elsewhere(battle: Event, strike: Event) -> bool:
    """'Troops repelled an assault near A. Artillery shelled the town of B, killing three
    civilians.', 'On Wednesday, a drone struck a market in B': fire on civilians at a place of
    its own, another or on a day of its own, is its own event, not the battle's support fire
    (civilians killed there and then are the battle's collateral dead)."""
    if strike.inter2 != CIVILIAN_INTER:
        return False
    if not _own_place(strike):  # "a drone struck the hospital on Wednesday": its own day
        return on_another_told_day(strike, battle)
    if strike.location != battle.location or _own_date(strike, battle):
        return True
    return on_another_told_day(strike, battle)


def _unresolved_place_of_its_own(strike: Event, battle: Event) -> bool:
    """The strike's sentence names a place the gazetteer lacks that the battle's does not:
    both fall back to the same region, yet the strike was told at a place of its own, and
    remote fire on another place is its own event."""
    own = {w.lower() for w in unresolved_places(strike)}
    return bool(own) and not own & {w.lower() for w in _place_words(battle)}


def _with_support(battle: Event, support: Event) -> Event:
    counts = [e.fatalities for e in (battle, support) if e.fatalities is not None]
    evidence = battle.evidence + tuple(e for e in support.evidence if e not in battle.evidence)
    joined = replace(
        battle,
        evidence=evidence,
        fatalities=sum(counts) if counts else None,
        tags=tuple(dict.fromkeys(battle.tags + support.tags)),
        confidence=max(battle.confidence, support.confidence),
    )
    if battle.event_date is None and support.event_date is not None:
        # "attacked a patrol with drones on Sunday ... exchanged fire for an hour"
        joined = joined.dated_as(support)
    return _attacker_named_in_support(joined, support)


def _attacker_named_in_support(battle: Event, support: Event) -> Event:
    """'Cartel members attacked a patrol with drones ... Reinforcements exchanged fire with
    the gunmen': a side the battle leaves unidentified is the one the strike named, and the
    strike's attacker is side 1."""
    named = (support.actor1, support.actor2)
    if None in named or any(n.startswith(UNIDENTIFIED) for n in named if n):
        return battle
    sides = (battle.actor1, battle.actor2)
    unnamed = [s is None or s.startswith(UNIDENTIFIED) for s in sides]
    if unnamed.count(True) != 1:
        return battle
    known = sides[unnamed.index(False)]
    if known not in named or support.inter2 == CIVILIAN_INTER:
        return battle
    lead = (
        battle
        if battle.actor1 == support.actor1 or battle.actor2 == support.actor2
        else (battle.sides_swapped())
    )
    notes = lead.notes
    for old, new in zip((lead.actor1, lead.actor2), named, strict=True):
        if old and new and old != new:
            notes = notes.replace(old, new, 1)
    return replace(
        lead,
        actor1=support.actor1,
        inter1=support.inter1,
        assoc_actor_1=support.assoc_actor_1 or lead.assoc_actor_1,
        actor2=support.actor2,
        inter2=support.inter2,
        notes=notes,
    )


def fold_into_earlier(
    events: Sequence[Event],
    *,
    same: Callable[[Event, Event], bool],
    combine: Callable[[Event, Event], Event],
) -> list[Event]:
    """Each event joins the first earlier one it is `same` as, else stands on its own."""
    kept: list[Event] = []
    for event in events:
        for i, earlier in enumerate(kept):
            if same(earlier, event):
                kept[i] = combine(earlier, event)
                break
        else:
            kept.append(event)
    return kept


# A demonstration told in steps (a march, then tear gas, then stones) is one event coded at
# its most escalated stage.
DEMONSTRATION_STAGES = {
    S.PEACEFUL_PROTEST.value: 0,
    S.PROTEST_WITH_INTERVENTION.value: 1,
    S.EXCESSIVE_FORCE.value: 2,
    S.VIOLENT_DEMONSTRATION.value: 3,
}


def merge_demonstration_stages(events: Sequence[Event], text: str = "") -> list[Event]:
    """Stages of one demonstration (same place, overlapping dates) become one event; arrests
    or force by the state told after it, there and then, are its intervention stage ("Police
    intervened, detaining three of its participants"), and a crowd fighting the state its
    violent stage ("the workers clashed with police"). A riot first takes in the deadly fights
    told after it there and then (riot_dead)."""
    from sitrep.extract.riot_dead import fold_riot_dead

    staged = _interventions(fold_riot_dead(events, same_scene=_same_scene))
    return _fold_stages(staged, text)


def _fold_stages(events: Sequence[Event], text: str) -> list[Event]:
    """Each stage joins the first earlier demonstration it is a stage of; a stage naming no
    place of its own joins the first one told in its own paragraph, if any ('In Kisii,
    traders marched. Police used tear gas to disperse them.': Kisii's march, not the one the
    report's first paragraph told elsewhere)."""
    kept: list[Event] = []
    for event in events:
        order: Sequence[int] = range(len(kept))
        if not _own_place(event):
            para = _paragraph(text, event)
            order = [i for i in order if _paragraph(text, kept[i]) == para] + [*order]
        i = next((i for i in order if _same_demonstration(kept[i], event)), None)
        if i is None:
            kept.append(event)
        else:
            kept[i] = _escalate(kept[i], event)
    return kept


def _paragraph(text: str, event: Event) -> int:
    """Where the paragraph the event's act is told in starts."""
    acts = [e.start for e in event.evidence if e.role == "trigger"]
    at = min(acts) if acts else 0
    return text.rfind("\n", 0, at) + 1


# What the state does to a demonstration's crowd when told apart from it.
STATE_ACTS_ON_CROWDS = frozenset({S.ARRESTS.value, S.ATTACK.value})
CROWD_TARGET_INTERS = frozenset({6, 7})


def _interventions(events: Sequence[Event]) -> list[Event]:
    out: list[Event] = []
    demonstration: Event | None = None
    for event in events:
        if event.sub_event_type in DEMONSTRATION_STAGES:
            demonstration = event
        elif demonstration is not None and _intervenes_in(demonstration, event):
            event = _as_intervention(demonstration, event)
        elif demonstration is not None and _turns_violent(demonstration, event):
            event = _retyped(event, S.VIOLENT_DEMONSTRATION)
        out.append(event)
    return out


def _intervenes_in(demonstration: Event, event: Event) -> bool:
    if event.sub_event_type not in STATE_ACTS_ON_CROWDS or event.inter1 not in (None, 1):
        return False
    if event.inter1 is None and event.sub_event_type != S.ARRESTS.value:
        return False  # "one person was arrested": by the state, unnamed; an attack: anyone
    if event.actor2 is not None and event.inter2 not in CROWD_TARGET_INTERS:
        return False
    return _same_scene(demonstration, event)


def _turns_violent(demonstration: Event, event: Event) -> bool:
    """'The workers clashed with police', 'they beat up drivers who crossed the blockade': a
    crowd fighting the state, or attacking people or property there and then, after a
    demonstration is told, is that demonstration turning violent (an attack on the
    demonstrators themselves is not); so is a clash of the state with a side no one named
    ('12 officers were injured')."""
    if event.sub_event_type == S.ARMED_CLASH.value and _state_against_no_one_named(event):
        return _same_scene(demonstration, event)  # 'Police arrested 87, and 12 officers were hurt'
    if event.sub_event_type != S.MOB_VIOLENCE.value:
        return False
    on_others = event.inter1 == 5 and event.inter2 in (None, 7)
    if event.inter2 not in (1, 8) and not on_others:
        return False
    return _same_scene(demonstration, event)


def _state_against_no_one_named(event: Event) -> bool:
    """A clash of the state's forces with a side the text never named (ACLED's stand-in):
    after a demonstration, the crowd is that side."""
    roles = {e.role for e in event.evidence}
    sides = ((event.inter1, event.actor2, "actor2"), (event.inter2, event.actor1, "actor1"))
    return any(
        inter == 1 and other is not None and other.startswith(UNIDENTIFIED) and role not in roles
        for inter, other, role in sides
    )


def _same_scene(demonstration: Event, event: Event, *, misread_abroad: bool = True) -> bool:
    """There and then: the same place (or none of its own: 'Police dispersed the protesters'
    names no place, and the one the geocoder inherits for it may be another) and dates (or
    none told after the earlier event). With `misread_abroad`, a stage placed in another
    country with no day of its own is taken for a misread place (see below)."""
    same_time = _dates_overlap(demonstration, event) or not _own_date(event, demonstration)
    return same_time and (
        event.location == demonstration.location
        or not _own_place(event)
        or _nearby_and_undated(demonstration, event)
        or (misread_abroad and _abroad_and_undated(demonstration, event))
    )


def _abroad_and_undated(demonstration: Event, event: Event) -> bool:
    """A later stage told with no day of its own and placed in another country than the
    demonstration: a word misread as a place ('Daraa Al-Balad'), not a new scene."""
    if _own_date(event, demonstration) or not (event.country and demonstration.country):
        return False
    return event.country != demonstration.country


# How far apart the places of one demonstration's stages may be named ("blocked the A-B road").
SCENE_KM = 25.0


def _nearby_and_undated(demonstration: Event, event: Event) -> bool:
    """'They blocked the Ahero-Awasi road': a later stage told with no day of its own, at a
    place named just beside the demonstration's (a road's end, a quarter), is that
    demonstration going on."""
    if _own_date(event, demonstration):
        return False
    km = distance_km(demonstration, event)
    return km is not None and km <= SCENE_KM


def _own_date(event: Event, earlier: Event) -> bool:
    """The event is dated by words told after the earlier event's act (else its date is the
    report's or the earlier event's); a place the earlier event took from a later sentence
    does not move where it was told."""
    acts = [e.end for e in earlier.evidence if e.role == "trigger"]
    told = max(acts or [e.end for e in earlier.evidence], default=0)
    return any(
        e.role == "date" and e.start >= told and not DURATION.match(e.text) for e in event.evidence
    )  # "exchanged fire for more than an hour" tells how long, not which day


def _own_place(event: Event) -> bool:
    """The event's sentence names its place (else the place is inherited from the report)."""
    return any(e.role == "location" for e in event.evidence)


PLACE_FIELDS = (
    "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geonameid",
    "geo_precision",
)  # fmt: skip


def _retyped(event: Event, sub: S) -> Event:
    info = sub_type(sub.value)
    return replace(
        event,
        event_type=event_type_of(sub.value).value,
        sub_event_type=sub.value,
        plover=f"{info.plover.value}/{info.plover_mode}"
        if info.plover and info.plover_mode
        else (info.plover.value if info.plover else None),
        cameo=info.cameo,
    )


def _as_intervention(demonstration: Event, event: Event) -> Event:
    sub = S.EXCESSIVE_FORCE if event.fatalities else S.PROTEST_WITH_INTERVENTION
    return replace(
        _retyped(event, sub),
        actor1=demonstration.actor1,
        inter1=demonstration.inter1,
        actor2=event.actor1,
        inter2=event.inter1,
    )


def _same_demonstration(a: Event, b: Event) -> bool:
    if a.sub_event_type not in DEMONSTRATION_STAGES or b.sub_event_type not in DEMONSTRATION_STAGES:
        return False
    return _same_scene(a, b) and not _days_told_apart(a, b)


def _days_told_apart(a: Event, b: Event) -> bool:
    """Each told with a day of its own, one a single day and the other a stretch ('Police shot
    dead two protesters last week. On Sunday, their relatives marched'): the stretch that holds
    the day is another time, the marchers' grievance, not a stage of their march."""
    if not (a.date_start and a.date_end and b.date_start and b.date_end):
        return False
    if not all(any(e.role == "date" for e in x.evidence) for x in (a, b)):
        return False
    return (a.date_start == a.date_end) != (b.date_start == b.date_end)


def _dates_overlap(a: Event, b: Event) -> bool:
    if not (a.date_start and b.date_start and a.date_end and b.date_end):
        return a.date_start == b.date_start
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _escalate(a: Event, b: Event) -> Event:
    first, later = (
        (a, b)
        if DEMONSTRATION_STAGES[a.sub_event_type] >= DEMONSTRATION_STAGES[b.sub_event_type]
        else (b, a)
    )
    narrowest = min((a, b), key=lambda e: e.time_precision or 9)
    merged = _combine(first, later)
    told_first = a  # where a demonstration is first told to take place is its place
    if _own_place(told_first) and told_first is not first:
        merged = replace(merged, **{f: getattr(told_first, f) for f in PLACE_FIELDS})
    elif not _own_place(first) and _own_place(later):
        merged = replace(merged, **{f: getattr(later, f) for f in PLACE_FIELDS})
    counts = [e.fatalities for e in (a, b) if e.fatalities is not None]
    return replace(
        merged,
        event_date=narrowest.event_date,
        date_start=narrowest.date_start,
        date_end=narrowest.date_end,
        time_precision=narrowest.time_precision,
        actor1=first.actor1 or later.actor1,
        inter1=first.inter1 if first.actor1 else later.inter1,
        # each stage counts its own dead ("17 killed in clashes ... an officer was burned to
        # death later that night"): the larger toll holds, the lowest-figure rule being for
        # rival tolls of the same dead (a retelling), not for stages
        fatalities=max([merged.fatalities or 0, *counts]) if counts else None,
    )


def _same_act(a: Event, b: Event) -> bool:
    if ("aggregate" in a.tags) != ("aggregate" in b.tags):
        return False  # "attacked us six times" is several acts, not a retelling of one
    if (a.sub_event_type, a.geonameid, a.location) != (b.sub_event_type, b.geonameid, b.location):
        return False
    if dated_after_general(a, b):
        return False  # the fighting in general, then an act on a day of its own
    return told_again(a, b)  # also undated, with an unnamed side (retold_acts)


def _further_dead(event: Event) -> bool:
    """The event's count is of dead beyond those told before ('6 more bodies')."""
    return any(e.role == "fatalities" and ADDED.search(e.text) for e in event.evidence)


def _added_dead(first: Event, again: Event) -> bool:
    """Further dead, or the other side's dead ('six soldiers', then 'four IS fighters')."""
    from sitrep.extract.retold_tolls import named_apart

    return _further_dead(again) or named_apart(first.evidence, again.evidence)


def _combine(first: Event, again: Event) -> Event:
    """Keep the fuller account's actors, all evidence, the lowest death figure (or both added,
    when the later telling counts further dead: '3 additional soldiers were killed')."""
    if len({x for x in (again.actor1, again.actor2) if x}) > len(
        {x for x in (first.actor1, first.actor2) if x}
    ):
        first = replace(
            first, actor1=again.actor1, inter1=again.inter1,
            actor2=again.actor2, inter2=again.inter2, notes=again.notes,
        )  # fmt: skip
    counts = [e.fatalities for e in (first, again) if e.fatalities is not None]
    evidence = first.evidence + tuple(e for e in again.evidence if e not in first.evidence)
    tags = tuple(dict.fromkeys(first.tags + again.tags))
    return replace(
        first,
        evidence=evidence,
        tags=tags,
        fatalities=(sum(counts) if _added_dead(first, again) else min(counts)) if counts else None,
        confidence=max(first.confidence, again.confidence),
        claimed_by=first.claimed_by if again.claimed_by else None,
    )
