"""An act told again later in a report, with less said: no date, an unnamed side.

Local reports tell an act, then go back over it: "ELN guerrillas attacked a military base in
Puerto Jordan on Wednesday ... Troops repelled the attack after a two-hour firefight." The
later sentence gives no day (the report's day is the act's) and names the attackers by no
name (the unnamed side is the one named before). Both are the same act when the rest agrees
(sub-event type and place, checked by the caller). A later telling with dead of its own, not
the first telling's number, is another act ("Guerrillas later ambushed a patrol, killing
five").
"""

from __future__ import annotations

from sitrep.extract.dated_mentions import unresolved_places
from sitrep.model import Event

UNNAMED = "Unidentified "
# sides an unnamed armed group never stands for
NOT_ARMED_GROUPS = ("Military Forces", "Police Forces", "Civilians", "Protesters", "Rioters")


def told_again(a: Event, b: Event) -> bool:
    """Whether `b` tells `a` again: the same days and one's sides among the other's (a plain
    retelling); else, when no other dead are counted, days that hold each other and an
    unnamed armed side standing for a named one."""
    if places_apart(a, b):
        return False  # 'The gunmen later attacked the nearby village of B': another act
    same = (a.date_start, a.date_end) == (b.date_start, b.date_end)
    among = sides_among(a, b)
    if same and among:
        return True
    if _other_dead(a, b):
        return False
    return (same or _undated(a, b)) and (among or _unnamed_for_named(a, b))


def _sides(event: Event) -> set[str]:
    return {x for x in (event.actor1, event.actor2) if x}


def sides_among(a: Event, b: Event) -> bool:
    """One telling's named sides are among the other's."""
    sides_a, sides_b = _sides(a), _sides(b)
    return sides_a <= sides_b or sides_b <= sides_a


def _unnamed_for_named(a: Event, b: Event) -> bool:
    sides_a, sides_b = _sides(a), _sides(b)
    rest_a, rest_b = sides_a - sides_b, sides_b - sides_a
    if len(rest_a) != 1 or len(rest_b) != 1:
        return False
    (one,), (other,) = rest_a, rest_b
    return _stands_for(one, other) or _stands_for(other, one)


def _stands_for(unnamed: str, named: str) -> bool:
    if not unnamed.startswith(UNNAMED) or named.startswith(UNNAMED):
        return False
    return not named.startswith(NOT_ARMED_GROUPS)


def _other_dead(a: Event, b: Event) -> bool:
    """Both tellings count dead, and not the same number: two acts, each with its dead."""
    return bool(a.fatalities) and bool(b.fatalities) and a.fatalities != b.fatalities


def _undated(a: Event, b: Event) -> bool:
    """One act told with no day of its own: its days (none, or the span the report's date
    allows) hold the other's."""
    if a.date_start is None or b.date_start is None:
        return True
    return _within(a, b) or _within(b, a)


def _within(inner: Event, outer: Event) -> bool:
    assert inner.date_start is not None and outer.date_start is not None
    inner_end = inner.date_end or inner.date_start
    outer_end = outer.date_end or outer.date_start
    return outer.date_start <= inner.date_start and inner_end <= outer_end


def places_apart(a: Event, b: Event) -> bool:
    """Both tellings name places the gazetteer lacks, and none in common: two villages of
    one region are two acts, though both fall back to the region."""
    own_a, own_b = set(unresolved_places(a)), set(unresolved_places(b))
    return bool(own_a) and bool(own_b) and not own_a & own_b
