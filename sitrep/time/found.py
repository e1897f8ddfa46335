"""A candidate expression while matching: offsets, kind and (start, end) dates."""

from __future__ import annotations

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
