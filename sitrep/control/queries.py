"""The situation picture from a store: places with their state on a day, a place's timeline,
the operations reports name. The CLI and the web layer call these.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sitrep.control.model import Operation, PlaceState, Timeline
from sitrep.control.storage import load_facts, load_operations, place_keys_named
from sitrep.control.timeline import resolve
from sitrep.store.connection import translate_errors

if TYPE_CHECKING:
    from sitrep.store import Store


def state_at(
    store: Store,
    at: date,
    *,
    country: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    actor: str | None = None,
) -> list[PlaceState]:
    """Places whose state on `at` is known, by name; `actor` is any part of an actor name
    (controller, besieger, besieged or contesting side). A bounding box (west, south, east,
    north) leaves out places without coordinates; a country keeps unresolved names of it."""
    with translate_errors(store.name):
        facts = load_facts(store.connection, country=country, bbox=bbox)
    return states_in(resolve(facts), at, actor=actor)


def states_in(lines: Iterable[Timeline], at: date, *, actor: str | None = None) -> list[PlaceState]:
    """The state on `at` of each place of these resolved timelines that involves `actor`,
    sorted by country and name (the last step of `state_at`, for callers that keep timelines)."""
    states = []
    for line in lines:
        period = line.at(at)
        if period is None or not _involves(period.actors, actor):
            continue
        seen = [f.observed for f in period.facts if f.observed is not None and f.observed <= at]
        states.append(
            PlaceState(place=line.place, period=period, at=at, last_seen=max(seen, default=None))
        )
    return sorted(states, key=lambda s: (s.place.country or "", s.place.name.casefold()))


def timeline(store: Store, place: str) -> list[Timeline]:
    """The timeline of every place this name denotes (as written, as the gazetteer spells it,
    a transliteration variant, or a geonameid); empty when no fact names it."""
    with translate_errors(store.name):
        keys = place_keys_named(store.connection, place)
        facts = load_facts(store.connection, place_keys=keys) if keys else []
    return resolve(facts)


def operations(store: Store, *, name: str | None = None) -> list[Operation]:
    """Operations reports name (any part of the name), earliest launch first."""
    with translate_errors(store.name):
        return load_operations(store.connection, name=name)


def _involves(actors: tuple[str, ...], wanted: str | None) -> bool:
    if wanted is None:
        return True
    needle = wanted.casefold()
    return any(needle in a.casefold() for a in actors)
