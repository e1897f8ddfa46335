"""Temporal expressions -> date ranges with ACLED time precision (pure functions, no spaCy)."""

from sitrep.time.event import DEFAULT_WINDOW_DAYS, event_range
from sitrep.time.expression import Kind, TimeExpression
from sitrep.time.find import find_time_expressions

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "Kind",
    "TimeExpression",
    "event_range",
    "find_time_expressions",
]
