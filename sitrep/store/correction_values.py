"""Checking a correction's fields and values, and the columns each one implies.

`planned_updates` turns an analyst's changes into the columns to write: a sub-type also sets
the event type, PLOVER and CAMEO codes; a day sets a one-day range at precision 1; a place sets
coordinates and admin areas (from the gazetteer when only a name is given). Any unknown field or
invalid value raises CorrectionError before anything is written.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from sitrep.errors import InputError
from sitrep.model import Event
from sitrep.taxonomy import EventType, SubEventType, SubTypeInfo, sub_type, sub_types_of

if TYPE_CHECKING:
    from sitrep.geocode.gazetteer import Gazetteer
    from sitrep.model import Place

FIELDS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "assoc_actor_1",
    "actor2",
    "inter2",
    "assoc_actor_2",
    "location",
    "latitude",
    "longitude",
    "event_date",
    "fatalities",
)
"""The fields an analyst may correct."""

DERIVED: tuple[str, ...] = (
    "plover",
    "cameo",
    "date_start",
    "date_end",
    "time_precision",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "geonameid",
    "geo_precision",
)
"""Columns that follow from a corrected field (sub-type -> PLOVER/CAMEO, day -> range, place)."""


class CorrectionError(InputError):
    """A correction names an unknown field or gives a value that cannot be stored."""


class EventNotFound(CorrectionError):
    """No stored event has the given id."""


def planned_updates(
    event: Event, changes: Mapping[str, object], *, gazetteer: Gazetteer | None = None
) -> dict[str, object]:
    """The columns a correction sets: the checked fields plus the columns they imply."""
    unknown = [name for name in changes if name not in FIELDS]
    if unknown:
        raise CorrectionError(
            f"cannot correct {unknown[0]!r}: the fields that can be corrected are "
            + ", ".join(FIELDS)
        )
    if not changes:
        raise CorrectionError("nothing to correct: give at least one of " + ", ".join(FIELDS))
    values = {name: _CHECKS[name](name, changes[name]) for name in FIELDS if name in changes}
    updates: dict[str, object] = dict(values)
    updates |= _typing(event, values)
    updates |= _dating(values)
    updates |= _placing(event, values, gazetteer)
    return updates


def _text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CorrectionError(f"{name} must be a non-empty text, got {value!r}")
    return value.strip()


def _optional_text(name: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    return _text(name, value)


def _inter(name: str, value: object) -> int | None:
    if value is None or value == "":
        return None
    number = _integer(name, value)
    if not 1 <= number <= 8:
        raise CorrectionError(f"{name} must be an ACLED actor type code 1-8, got {value!r}")
    return number


def _integer(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise CorrectionError(f"{name} must be a whole number, got {value!r}")
    try:
        return int(value)
    except ValueError:
        raise CorrectionError(f"{name} must be a whole number, got {value!r}") from None


def _fatalities(name: str, value: object) -> int | None:
    if value is None or value == "":
        return None
    number = _integer(name, value)
    if number < 0:
        raise CorrectionError(f"{name} must be 0 or more (or empty for unknown), got {value!r}")
    return number


def _coordinate(name: str, value: object) -> float:
    limit = 90.0 if name == "latitude" else 180.0
    try:
        number = float(value) if not isinstance(value, bool) else math.nan  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if not -limit <= number <= limit:
        raise CorrectionError(
            f"{name} must be a number from {-limit:g} to {limit:g}, got {value!r}"
        )
    return number


def _day(name: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise CorrectionError(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


_CHECKS: dict[str, Callable[[str, object], object]] = {
    "event_type": _text,
    "sub_event_type": _text,
    "actor1": _text,
    "inter1": _inter,
    "assoc_actor_1": _optional_text,
    "actor2": _optional_text,
    "inter2": _inter,
    "assoc_actor_2": _optional_text,
    "location": _text,
    "latitude": _coordinate,
    "longitude": _coordinate,
    "event_date": _day,
    "fatalities": _fatalities,
}


def _typing(event: Event, values: Mapping[str, object]) -> dict[str, object]:
    """Event type and sub-type checked against ACLED's ontology, with PLOVER and CAMEO."""
    wanted_type, wanted_sub = values.get("event_type"), values.get("sub_event_type")
    if wanted_type is None and wanted_sub is None:
        return {}
    kind = _event_type(str(wanted_type)) if wanted_type is not None else None
    if wanted_sub is None:
        assert kind is not None
        if event.sub_event_type not in sub_types_of(kind):
            raise CorrectionError(
                f"the event's sub-event type {event.sub_event_type!r} is not one of "
                f"{kind.value!r}: give sub_event_type too, one of {_choices(sub_types_of(kind))}"
            )
        wanted_sub = event.sub_event_type
    info = sub_type(_sub_event_type(str(wanted_sub), kind))
    if kind is not None and info.event_type != kind:
        raise CorrectionError(
            f"{info.sub_event_type.value!r} is a sub-event type of {info.event_type.value!r}, "
            f"not of {kind.value!r}: give one of {_choices(sub_types_of(kind))}"
        )
    return {
        "event_type": info.event_type.value,
        "sub_event_type": info.sub_event_type.value,
        "plover": _plover(info),
        "cameo": info.cameo,
    }


def _event_type(name: str) -> EventType:
    for kind in EventType:
        if kind.value.casefold() == name.casefold():
            return kind
    raise CorrectionError(f"{name!r} is not an ACLED event type: give one of {_choices(EventType)}")


def _sub_event_type(name: str, kind: EventType | None) -> str:
    for sub in SubEventType:
        if sub.value.casefold() == name.casefold():
            return sub.value
    allowed = sub_types_of(kind) if kind is not None else tuple(SubEventType)
    raise CorrectionError(
        f"{name!r} is not an ACLED sub-event type: give one of {_choices(allowed)}"
    )


def _choices(values: Sequence[str] | type[EventType]) -> str:
    return "; ".join(str(v) for v in values)


def _plover(info: SubTypeInfo) -> str | None:
    if info.plover is None:
        return None
    return f"{info.plover.value}/{info.plover_mode}" if info.plover_mode else info.plover.value


def _dating(values: Mapping[str, object]) -> dict[str, object]:
    """A corrected day is the whole range, at day precision; an empty one clears the range."""
    if "event_date" not in values:
        return {}
    day = values["event_date"]
    return {"date_start": day, "date_end": day, "time_precision": None if day is None else 1}


def _placing(
    event: Event, values: Mapping[str, object], gazetteer: Gazetteer | None
) -> dict[str, object]:
    has_lat, has_lon = "latitude" in values, "longitude" in values
    if has_lat != has_lon:
        raise CorrectionError("give latitude and longitude together")
    if has_lat:
        return {"geonameid": None}
    if "location" not in values:
        return {}
    name = str(values["location"])
    if gazetteer is None:
        raise CorrectionError(
            f"give latitude and longitude with the location {name!r} "
            "(or pass a gazetteer to look the name up)"
        )
    place = _resolve(gazetteer, name, country=event.country)
    return {
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geonameid": place.geonameid,
        "country": place.country,
        "iso3": place.iso3,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "geo_precision": 3 if place.is_area else 1,
    }


def _resolve(gazetteer: Gazetteer, name: str, *, country: str | None) -> Place:
    """The gazetteer place a corrected location names: same-country places first."""
    found = [c for c in gazetteer.lookup(name) if c.place.latitude is not None]
    found.sort(key=lambda c: (c.place.country != country, c.rank, -c.place.population))
    if not found:
        raise CorrectionError(
            f"{name!r} is not in the gazetteer: add it with `sitrep places add {name!r} "
            "--lat LAT --lon LON`, or give latitude and longitude"
        )
    return found[0].place
