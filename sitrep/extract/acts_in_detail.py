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

import re
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


def merge_acts_in_detail(events: Sequence[Event], text: str = "") -> list[Event]:
    """The events with each act told in detail right after it folded into it (`text`: the
    report's, to read what a detail's sentence opens with)."""
    kept: list[Event] = []
    for event in events:
        if kept and (act_in_detail(kept[-1], event, text) or side_account(kept[-1], event)):
            kept[-1] = _with_detail(kept[-1], event)
        else:
            kept.append(event)
    return kept


def act_in_detail(act: Event, detail: Event, text: str = "") -> bool:
    """Whether `detail` tells `act` again, in detail, with nothing new."""
    if act.event_type not in VIOLENT_TYPES:
        return False
    if not _detail_kind(detail) or "aggregate" in (*act.tags, *detail.tags):
        return False
    if act.actor1 is None or act.actor1.startswith(CIVILIANS):
        return False
    named_again = _doers_named_again(detail) or _target_named_again(act, detail, text)
    if not _agentless_damage(act, detail) and not (detail.actor1 == act.actor1 and named_again):
        return False
    if detail.actor2 is not None and detail.actor2 != act.actor2 and _side_told(detail):
        return False
    if detail.fatalities is not None or not _told_after(act, detail):
        return False
    return _no_day_of_its_own(act, detail) and _no_place_of_its_own(act, detail)


def _doers_named_again(detail: Event) -> bool:
    doers = [e.text for e in detail.evidence if e.role == "actor1"]
    return bool(doers) and all(d.split()[-1] in DOERS_AGAIN for d in doers)


def _target_named_again(act: Event, detail: Event, text: str) -> bool:
    """A detail that names no side of its own and opens with the act's target named again:
    "Jihadists ambushed an army convoy ... The convoy was hit by a roadside bomb and then
    came under heavy fire" tells the ambush, not a bombing beside it."""
    if not text or any(e.role == "actor1" for e in detail.evidence):
        return False
    if detail.actor2 is not None and any(e.role == "actor2" for e in detail.evidence):
        return detail.actor2 == act.actor2  # read as the act's target (`targets_again`)
    targets = {e.text.split()[-1].lower() for e in act.evidence if e.role == "actor2" and e.text}
    triggers = [e.start for e in detail.evidence if e.role == "trigger"]
    if not targets or not triggers:
        return False
    opening = _TARGET_AGAIN.match(text, _sentence_start(text, min(triggers)))
    return opening is not None and bool({w.lower() for w in opening.groups() if w} & targets)


# "The convoy ...", "The army patrol ...", "That checkpoint ...": a target named again
_TARGET_AGAIN = re.compile(r"(?:The|That|This)\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    return ends[-1] if ends else 0


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
    if _own_dates(act, detail):
        return False
    return (detail.date_start, detail.date_end) == (act.date_start, act.date_end)


def _no_place_of_its_own(act: Event, detail: Event) -> bool:
    """The detail names no place the act did not: its place is only the report's setting."""
    if any(e.role == "location" for e in detail.evidence) and detail.location != act.location:
        return False
    return set(unresolved_places(detail)) <= set(unresolved_places(act))


def side_account(act: Event, account: Event) -> bool:
    """'An Israeli drone strike killed a Hezbollah commander near Bint Jbeil. The Israeli
    military said it had eliminated a Hezbollah terrorist in the area': the striking side's
    account of the strike, told right after it with the same two sides and no place or day
    of its own, is the strike; its bare verb of killing would code a clash."""
    if act.event_type != REMOTE or account.sub_event_type != CLASH or not account.claimed_by:
        return False
    if (account.actor1, account.actor2) != (act.actor1, act.actor2) or act.actor2 is None:
        return False
    if not _told_after(act, account) or _own_dates(act, account):
        return False
    return _no_place_of_its_own(act, account)


def _own_dates(act: Event, detail: Event) -> set[tuple[int, int]]:
    """The dates told for the detail that were not told for the act."""
    own = {(e.start, e.end) for e in detail.evidence if e.role == "date"}
    return own - {(e.start, e.end) for e in act.evidence if e.role == "date"}


REMOTE = "Explosions/Remote violence"
CLASH = "Armed clash"


def _with_detail(act: Event, detail: Event) -> Event:
    evidence = act.evidence + tuple(
        e for e in detail.evidence if e.role == "trigger" and e not in act.evidence
    )
    figures = [f for f in (act.fatalities, detail.fatalities) if f is not None]
    dead = act.fatalities if act.fatalities is not None else (min(figures) if figures else None)
    return replace(
        act,
        evidence=evidence,
        fatalities=dead,
        confidence=max(act.confidence, detail.confidence),
    )
