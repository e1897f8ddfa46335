"""Which stored actor names an actor filter means, as a pure function over the dictionary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.merge import actor_base

if TYPE_CHECKING:
    from sitrep.extract.actors import ActorDictionary


def actor_names_matching(
    wanted: str, stored: Sequence[str], dictionary: ActorDictionary | None
) -> list[str]:
    """The stored names an actor filter matches, in the order given.

    A query the actor dictionary resolves as a whole ("SDF", "Daesh", "Kenyan police") matches
    names of that canonical actor in any country or period, or equal to the query; any other
    query (or one without a dictionary) matches names that contain it, ignoring case.
    """
    base = actor_base(wanted)
    if base is None:
        return []
    canonical = _canonical(wanted, dictionary)
    if canonical:
        keys = {actor_base(name) for name in canonical} - {None}
        return [n for n in stored if _base(n) == base or any(k in _base(n) for k in keys if k)]
    return [n for n in stored if base in _base(n)]


def _canonical(wanted: str, dictionary: ActorDictionary | None) -> list[str]:
    if dictionary is None:
        return []
    found = dictionary.find(wanted, country=None)
    if len(found) != 1:
        return []
    actor = dictionary.resolve(wanted, country=None)
    return [actor.name] if actor is not None else []


def _base(name: str) -> str:
    return actor_base(name) or ""
