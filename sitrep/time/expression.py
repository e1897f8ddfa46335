"""The record time/ produces: a temporal expression with the date range it anchors to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sitrep.model import DateRange, Span


class Kind(StrEnum):
    """What sort of temporal expression it is (compares equal to its string value)."""

    ABSOLUTE = "absolute"  # a calendar date, month or year named in the text
    RELATIVE = "relative"  # anchored on the publication date: "yesterday", "on Wednesday"
    DURATION = "duration"  # a stretch: "for 30 days", "the sixth month since ..."
    SINCE = "since"  # an open range from a date to publication: "since April 2023"
    DATELINE = "dateline"  # the date in the report's dateline (its publication date)


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    """A temporal expression; `range` is None when it cannot be anchored (no publication date)."""

    span: Span
    range: DateRange | None
    kind: Kind
