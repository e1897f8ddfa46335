"""A place's facts -> its timeline of control states.

Facts are changes: each starts at `valid_from` (a window as wide as its date precision: a
day, a week, a month) and, when it has one, ends the day after `valid_until`. Changes whose
windows overlap form one moment. In a moment, documents that disagree on who holds the place
(A vs B, or A vs "A withdrew") are a contradiction: the claim with the finest date precision
wins, then the one more independent sources make, then the most confident; the losing facts
are kept on the period as `disputed`. A document never contradicts itself: its own changes
apply in the order it tells them. Consecutive periods with the same state are joined.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sitrep.control.model import ControlFact, Period, PlaceRef, Status, Timeline

WINDOW_DAYS = {1: 0, 2: 6, 3: 30}
UNNAMED = "(unnamed)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """A fact starting (ending=False) or ending on a day."""

    day: date | None
    fact: ControlFact
    ending: bool = False

    @property
    def last_day(self) -> date | None:
        if self.day is None or self.ending:
            return self.day
        return self.day + timedelta(days=WINDOW_DAYS.get(self.fact.precision or 1, 0))


@dataclass(frozen=True, slots=True, kw_only=True)
class State:
    controller: str | None = None
    besieger: str | None = None
    besieged: str | None = None
    contested: tuple[str, ...] = ()
    left: bool = False

    @property
    def status(self) -> str:
        if self.besieger or self.besieged:
            return "besieged"
        parties = {*self.contested, *([self.controller] if self.controller else [])}
        if len(parties) > 1 or (self.contested and not self.controller):
            return "contested"
        if self.controller:
            return "controlled"
        return "withdrawn" if self.left else "unknown"


def resolve(facts: Iterable[ControlFact]) -> list[Timeline]:
    """One timeline per place (facts grouped by place key), in order of first mention."""
    groups: dict[str, list[ControlFact]] = defaultdict(list)
    for fact in facts:
        groups[fact.place_key].append(fact)
    return [
        Timeline(place=place_ref(key, group), periods=periods(group))
        for key, group in groups.items()
    ]


def place_ref(key: str, facts: Sequence[ControlFact]) -> PlaceRef:
    """The place of a group of facts: the commonest name, the first gazetteer entry."""
    name = Counter(f.place for f in facts).most_common(1)[0][0]
    best = next((f for f in facts if f.resolved), facts[0])
    return PlaceRef(
        key=key,
        name=name,
        location=best.location,
        geonameid=best.geonameid,
        latitude=best.latitude,
        longitude=best.longitude,
        country=best.country,
        iso3=best.iso3,
        admin1=best.admin1,
    )


def periods(facts: Sequence[ControlFact]) -> tuple[Period, ...]:
    """The states of one place over time, earliest first."""
    state = State()
    built: list[Period] = []
    for moment in _moments(_changes(facts)):
        applied, disputed = _settle(moment)
        for change in applied:
            state = _apply(state, change)
        start = min((c.day for c in applied if c.day is not None), default=moment[0].day)
        built.append(_period(state, start, [c.fact for c in applied], disputed))
    return tuple(_join_same(_close(built)))


def _changes(facts: Sequence[ControlFact]) -> list[Change]:
    out = []
    for fact in facts:
        if fact.valid_from is not None or fact.valid_until is None:
            out.append(Change(day=fact.valid_from or fact.observed, fact=fact))
        if fact.valid_until is not None:
            out.append(Change(day=fact.valid_until + timedelta(days=1), fact=fact, ending=True))
    return sorted(out, key=_order)


def _order(change: Change) -> tuple[date, bool, int]:
    first_evidence = min((e.start for e in change.fact.evidence), default=0)
    return change.day or date.min, not change.ending, first_evidence


def _moments(changes: list[Change]) -> list[list[Change]]:
    """Changes grouped while their date windows overlap."""
    moments: list[list[Change]] = []
    reach: date | None = None
    for change in changes:
        day = change.day or date.min
        if moments and reach is not None and day <= reach and not change.ending:
            moments[-1].append(change)
        else:
            moments.append([change])
            reach = None
        last = change.last_day or date.min
        reach = last if reach is None else max(reach, last)
    return moments


def _settle(moment: list[Change]) -> tuple[list[Change], tuple[ControlFact, ...]]:
    """The changes to apply, and the facts that lost a contradiction."""
    claims: dict[str | None, list[Change]] = defaultdict(list)
    for change in moment:
        if not change.ending:
            for holder in _holders(change.fact):
                claims[holder].append(change)
    rivals = _rivals(claims)
    if len({c.fact.doc_id for group in rivals.values() for c in group}) < 2:
        return moment, ()
    winner = min(rivals, key=lambda k: _strength(rivals[k]))
    losers = {id(c) for key, group in rivals.items() if key != winner for c in group}
    losers -= {id(c) for c in rivals[winner]}
    kept = [c for c in moment if id(c) not in losers]
    lost = tuple(dict.fromkeys(c.fact for c in moment if id(c) in losers))
    return kept, lost


def _holders(fact: ControlFact) -> list[str | None]:
    """Who the fact says holds the place ('-A': not A)."""
    if fact.status in (Status.CONTROLS, Status.BESIEGED_IN) and fact.actor:
        return [fact.actor]
    if fact.status == Status.BESIEGES and fact.counterpart:
        return [fact.counterpart]
    if fact.status == Status.WITHDREW and fact.actor:
        return [f"-{fact.actor}"]
    return []


def _rivals(claims: dict[str | None, list[Change]]) -> dict[str | None, list[Change]]:
    """Claims that cannot all be true: two holders, or a holder and its withdrawal."""
    positive = [k for k in claims if k and not k.startswith("-")]
    negative = [k for k in claims if k and k.startswith("-") and k[1:] in positive]
    if len(positive) < 2 and not negative:
        return {}
    return {k: claims[k] for k in (*positive, *negative)}


def _strength(changes: list[Change]) -> tuple[int, int, float]:
    """Finest precision first, then most independent sources, then confidence."""
    precision = min((c.fact.precision or 3) for c in changes)
    sources = len({c.fact.source or c.fact.doc_id for c in changes})
    return precision, -sources, -max(c.fact.confidence for c in changes)


def _apply(state: State, change: Change) -> State:
    fact, actor = change.fact, change.fact.actor
    if change.ending:
        return _end(state, fact)
    if fact.status == Status.CONTROLS:
        keep_siege = state.besieged == actor
        return State(
            controller=actor,
            besieger=state.besieger if keep_siege else None,
            besieged=state.besieged if keep_siege else None,
        )
    if fact.status == Status.BESIEGED_IN:
        besieger = fact.counterpart or state.besieger or UNNAMED
        return replace(state, controller=actor, besieged=actor, besieger=besieger, left=False)
    if fact.status == Status.BESIEGES:
        inside = fact.counterpart or state.besieged
        holder = inside or (None if state.controller == actor else state.controller)
        return replace(
            state,
            besieger=actor or state.besieger or UNNAMED,
            besieged=inside,
            controller=holder,
            left=False,
        )
    if fact.status == Status.CONTESTS:
        return replace(state, contested=tuple(dict.fromkeys((*state.contested, actor or UNNAMED))))
    return _withdraw(state, fact)


def _withdraw(state: State, fact: ControlFact) -> State:
    actor = fact.actor
    contested = tuple(a for a in state.contested if a != actor)
    if state.besieger == actor or state.besieged == actor:
        state = replace(state, besieger=None, besieged=None)
    if state.controller == actor or state.controller is None:
        left = fact.counterpart is None
        return replace(state, controller=fact.counterpart, contested=contested, left=left)
    return replace(state, contested=contested)


def _end(state: State, fact: ControlFact) -> State:
    actor = fact.actor
    if fact.status in (Status.BESIEGES, Status.BESIEGED_IN):
        if actor is None or actor in (state.besieger, state.besieged):
            return replace(state, besieger=None, besieged=None)
        return state
    if fact.status == Status.CONTROLS and state.controller == actor:
        return replace(state, controller=None)
    if fact.status == Status.CONTESTS:
        return replace(state, contested=tuple(a for a in state.contested if a != actor))
    return state


def _period(
    state: State, start: date | None, facts: list[ControlFact], disputed: tuple[ControlFact, ...]
) -> Period:
    return Period(
        start=start,
        end=None,
        status=state.status,
        controller=state.controller,
        besieger=state.besieger,
        besieged=state.besieged,
        contested_by=tuple(a for a in state.contested if a not in (state.besieger, state.besieged)),
        facts=tuple(dict.fromkeys(facts)),
        disputed=disputed,
    )


def _close(built: list[Period]) -> list[Period]:
    """Each period ends the day before the next one starts."""
    out = []
    for period, following in zip(built, [*built[1:], None], strict=True):
        end = None
        if following is not None and following.start is not None:
            end = following.start - timedelta(days=1)
        out.append(replace(period, end=end))
    return out


def _join_same(built: list[Period]) -> list[Period]:
    out: list[Period] = []
    for period in built:
        if out and _same_state(out[-1], period):
            last = out[-1]
            period = replace(
                last,
                end=period.end,
                facts=tuple(dict.fromkeys((*last.facts, *period.facts))),
                disputed=tuple(dict.fromkeys((*last.disputed, *period.disputed))),
            )
            out[-1] = period
        else:
            out.append(period)
    return [_scored(p) for p in out]


def _same_state(a: Period, b: Period) -> bool:
    keys = ("status", "controller", "besieger", "besieged", "contested_by")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def _scored(period: Period) -> Period:
    """Independent sources behind the state and a combined confidence."""
    best: dict[str, float] = {}
    for fact in period.facts:
        key = fact.source or fact.doc_id
        best[key] = max(best.get(key, 0.0), fact.confidence)
    doubt = 1.0
    for value in best.values():
        doubt *= 1.0 - value
    return replace(period, sources=len(best), confidence=round(1.0 - doubt, 2))
