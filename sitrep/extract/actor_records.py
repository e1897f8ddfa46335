"""The records an actor file is read into: actor entries, countries with the periods of their
state forces, conventions for unnamed perpetrators, and the aliases that name them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = (
    "military",
    "police",
    "government",
    "armed_group",
    "protesters",
    "rioters",
    "civilians",
    "party",
)


KIND_OF_INTER = {
    1: "military",
    2: "armed_group",
    3: "armed_group",
    4: "armed_group",
    5: "rioters",
    6: "protesters",
    7: "civilians",
    8: "military",
}


GENERIC_INTER = {
    "military": 1,
    "police": 1,
    "government": 1,
    "armed_group": 3,
    "protesters": 6,
    "rioters": 5,
    "civilians": 7,
}


STATE_KINDS = ("military", "police", "government")


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """One regime period of a country's state forces, as ACLED labels it ("2013-2022")."""

    label: str
    start: date
    end: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """A country as actor names need it: ACLED's name, demonyms, state-force periods, and the
    names of its provinces that tell the country when no place resolves."""

    name: str
    the: bool = False
    demonyms: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    regions: tuple[str, ...] = ()
    # The state whose army a generic 'soldiers' or 'the army' there is, for a country with none
    # of its own (ACLED codes Israeli forces in Gaza and the West Bank as Israel's).
    military_of: str | None = None

    def period_on(self, on: date | None) -> Period | None:
        """The period in force on a day (the latest one when the day is unknown)."""
        if not self.periods:
            return None
        if on is None:
            return self.periods[-1]
        for period in self.periods:
            if period.start <= on and (period.end is None or on < period.end):
                return period
        return self.periods[0] if on < self.periods[0].start else self.periods[-1]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorEntry:
    """One dictionary actor. State forces (`state` set) get their name from the period."""

    name: str
    inter: int
    kind: str
    country: str | None = None
    also_in: tuple[str, ...] = ()
    state: str | None = None
    unit: str | None = None
    wikidata: str | None = None
    active_from: date | None = None
    active_until: date | None = None
    associated: tuple[str, ...] = ()
    component_of: str | None = None  # part of; coded as it while `merged` holds
    merged: tuple[date | None, date | None] = (None, None)
    either_of: tuple[str, ...] = ()  # an uncertain attribution between these actors
    state_ally: bool = False  # fights on the state's side (pro-government militias)
    ally_of: str | None = None  # the one state whose side it fights on, when one is named
    generic: bool = False
    per_country: bool = False
    named_by_prefix: bool = False  # "Bani Ali tribesmen": the name before makes the actor
    renamed: tuple[str, date] | None = None  # ACLED's later name, and the day it applies from
    usual_country: str | None = None  # a generic label's country when the report names none
    qualifier: str | None = None  # a generic label's fixed qualifier ("International")
    line: int = 0

    def local_to(self, country: str | None) -> bool:
        """Whether the actor is at home (or listed as operating) in a country."""
        return country is not None and (self.country == country or country in self.also_in)

    def active_on(self, on: date | None) -> bool:
        if on is None:
            return self.active_until is None
        starts = self.active_from is None or self.active_from <= on
        return starts and (self.active_until is None or on < self.active_until)


@dataclass(frozen=True, slots=True, kw_only=True)
class UnnamedConvention:
    """ACLED's name, in some countries, for an armed perpetrator the report leaves unnamed
    ("Unidentified Gang ({country})"): for events of the listed sub-types, or for any event
    whose report shows one of the hallmarks ("drive-by", "cartel")."""

    name: str
    inter: int
    countries: frozenset[str]
    sub_event_types: frozenset[str] = frozenset()
    hallmarks: tuple[str, ...] = ()
    facing_state: bool = False  # only when the other side is the state's forces
    places: tuple[str, ...] = ()  # only when the report names one of these places

    def name_in(self, country: str) -> str:
        return self.name.replace("{country}", country)


@dataclass(frozen=True, slots=True, kw_only=True)
class Alias:
    entry: ActorEntry
    tokens: tuple[str, ...]
    case_sensitive: bool
    framing: str | None
    raw: str = ""
    common: bool = False  # written in lower case: a common noun ("settlers", "joint forces")
