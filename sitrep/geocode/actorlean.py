"""The countries a report's actors come from, as a lean for the geoparser.

"QSD forces shelled the town of Mare'" names no country, but its actor is Syrian: the
place is read in Syria before Brazil. The pipeline passes the actor dictionary's mentions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from sitrep.geocode.acled_countries import ACLED_COUNTRY_CODES
from sitrep.geocode.gazetteer import Gazetteer


class _Actor(Protocol):
    @property
    def country(self) -> str | None: ...


class _ActorMention(Protocol):
    @property
    def actor(self) -> _Actor: ...

    @property
    def kind(self) -> str: ...

    @property
    def generic(self) -> bool: ...


def actor_countries(mentions: Iterable[_ActorMention], gazetteer: Gazetteer) -> frozenset[str]:
    """ISO alpha-2 codes of the home countries of the actors named ("Regime forces",
    "YPG fighters": SY); names the gazetteer does not know as countries are left out. A
    state's forces named by their nation ("Turkish forces") fight abroad as often as at
    home: they are left out (their demonym is a place vote of its own)."""
    names = {m.actor.country for m in mentions if m.actor.country and not fights_abroad(m)}
    codes = set()
    for name in sorted(names):
        code = _country_code(gazetteer, name)
        if code:
            codes.add(code)
    return frozenset(codes)


def acting_countries(mentions: Iterable[_ActorMention], gazetteer: Gazetteer) -> frozenset[str]:
    """`actor_countries` of the parties that act where they are at home: civilians named by
    their nation ("migrants from Colombia", "Syrian refugees") are as often abroad. Their
    lands bound a report's readings (`strangers.beyond_reach`)."""
    return actor_countries([m for m in mentions if m.kind not in ABROAD_KINDS], gazetteer)


ABROAD_KINDS = frozenset({"civilians"})


def fights_abroad(mention: _ActorMention) -> bool:
    """A state's forces named by their nation ("Turkish forces", "Russian warplanes")."""
    return mention.kind == "military" and not mention.generic


def _country_code(gazetteer: Gazetteer, name: str) -> str | None:
    """The country's code, from its name (the quick lookup) or else any of its codes."""
    if name in ACLED_COUNTRY_CODES:  # ACLED's names the gazetteer spells otherwise
        return ACLED_COUNTRY_CODES[name]
    for cand in gazetteer.exact(name):
        if cand.match != "folded" and cand.place.feature_code.startswith("PCL"):
            return cand.place.country_code
    place = gazetteer.country(name)
    return place.country_code if place is not None else None
