"""One event per act, place and day: an act told again in detail is not a second act.

Wire reports tell an act, then how it went: "Militants killed four farmers in a village on
Saturday. The gunmen came on motorbikes and burned about 30 homes before they fled." The
burning is the same attack told in detail (ACLED codes one Attack), though its own verb would
code property destruction; "Al-Shabaab attacked a base on Friday. The fighters detonated a
car bomb at the gate before storming it" is one assault, not a bombing beside it.

The detail follows the act directly and tells nothing new: the same doer named again ('the
gunmen', 'they'; a name told anew, 'The Syrian army also shelled it', is an act of its own),
no other side, no day or place of its own, no dead of its own. Anything new
(another place, another day, a side not told before, dead counted anew) makes another act.
Abductions and sexual violence stay acts of their own, as ACLED codes them apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.dated_mentions import unresolved_places
from sitrep.model import Event

# Event types whose acts a report may go on to tell in detail.
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
# ...and the detail's own types: those, and the damage done in the act.
DETAIL_SUB_TYPES = frozenset({"Looting/property destruction"})
# Acts ACLED codes apart even when told within another.
OWN_ACTS = frozenset({"Abduction/forced disappearance", "Sexual violence"})
CIVILIANS = "Civilians"
# The doers named again ('the gunmen', 'they'): a named actor anew ('The Syrian army also
# shelled the village') tells an act of its own.
DOERS_AGAIN = frozenset({
    "attackers", "assailants", "gunmen", "militants", "insurgents", "fighters", "rebels",
    "jihadists", "bandits", "raiders", "terrorists", "extremists", "militiamen", "they",
    "kidnappers", "abductors", "perpetrators", "group", "men",
})  # fmt: skip


def merge_acts_in_detail(events: Sequence[Event]) -> list[Event]:
    """The events with each act told in detail right after it folded into it."""
    kept: list[Event] = []
    for event in events:
        if kept and act_in_detail(kept[-1], event):
            kept[-1] = _with_detail(kept[-1], event)
        else:
            kept.append(event)
    return kept


def act_in_detail(act: Event, detail: Event) -> bool:
    """Whether `detail` tells `act` again, in detail, with nothing new."""
    if act.event_type not in VIOLENT_TYPES:
        return False
    if not _detail_kind(detail) or "aggregate" in (*act.tags, *detail.tags):
        return False
    if act.actor1 is None or act.actor1.startswith(CIVILIANS):
        return False
    if not _agentless_damage(act, detail) and not (
        detail.actor1 == act.actor1 and _doers_named_again(detail)
    ):
        return False
    if detail.actor2 is not None and detail.actor2 != act.actor2 and _side_told(detail):
        return False
    if detail.fatalities is not None or not _told_after(act, detail):
        return False
    return _no_day_of_its_own(act, detail) and _no_place_of_its_own(act, detail)


def _doers_named_again(detail: Event) -> bool:
    doers = [e.text for e in detail.evidence if e.role == "actor1"]
    return bool(doers) and all(d.split()[-1] in DOERS_AGAIN for d in doers)


def _agentless_damage(act: Event, detail: Event) -> bool:
    """Damage told with no doer ('A monastery and a school were destroyed'): its doer is only
    a guess at the report's protagonist, and the act just told did it."""
    if detail.sub_event_type not in DETAIL_SUB_TYPES or detail.location != act.location:
        return False  # damage placed elsewhere waits for attack_damage, which may place both
    return not any(e.role == "actor1" for e in detail.evidence)


def _side_told(detail: Event) -> bool:
    """The detail names whom it acts on ('then fired at villagers'); a side only assumed for
    an act on a thing ('fired at the wrecked vehicle': civilians by default) is none."""
    return any(e.role == "actor2" for e in detail.evidence)


def _detail_kind(detail: Event) -> bool:
    if detail.sub_event_type in OWN_ACTS:
        return False
    return detail.event_type in VIOLENT_TYPES or detail.sub_event_type in DETAIL_SUB_TYPES


def _told_after(act: Event, detail: Event) -> bool:
    last = max((e.end for e in act.evidence if e.role == "trigger"), default=None)
    first = min((e.start for e in detail.evidence if e.role == "trigger"), default=None)
    return last is not None and first is not None and first > last


def _no_day_of_its_own(act: Event, detail: Event) -> bool:
    """The detail's day is the act's: no date told for it, or the act's date told again."""
    own = {(e.start, e.end) for e in detail.evidence if e.role == "date"}
    told = {(e.start, e.end) for e in act.evidence if e.role == "date"}
    if own - told:
        return False
    return (detail.date_start, detail.date_end) == (act.date_start, act.date_end)


def _no_place_of_its_own(act: Event, detail: Event) -> bool:
    """The detail names no place the act did not: its place is only the report's setting."""
    if any(e.role == "location" for e in detail.evidence) and detail.location != act.location:
        return False
    return set(unresolved_places(detail)) <= set(unresolved_places(act))


def _with_detail(act: Event, detail: Event) -> Event:
    evidence = act.evidence + tuple(
        e for e in detail.evidence if e.role == "trigger" and e not in act.evidence
    )
    return replace(act, evidence=evidence, confidence=max(act.confidence, detail.confidence))
