"""A candidate expression while matching: offsets, kind and (start, end) dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sitrep.time.expression import Kind

Dates = tuple[date, date]


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """A match before overlaps are settled; `ordinal` marks "the sixth month" (count, unit)."""

    start: int
    end: int
    kind: Kind
    dates: Dates | None
    ordinal: tuple[int, str] | None = None
    standalone: bool = True

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, what to make of a match, and words one of which the text must hold."""

    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], date | None], Found | None]
    needs: tuple[str, ...] = ()

    def applies(self, lowered: str) -> bool:
        return not self.needs or any(word in lowered for word in self.needs)
