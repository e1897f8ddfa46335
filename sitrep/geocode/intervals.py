"""Whether a span overlaps any of a fixed set of spans, without testing them one by one."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Intervals:
    """Spans sorted by start with the running maximum of their ends: a span (start, end)
    overlaps one of them when some span starting before `end` ends after `start`."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """The test `any(start < e and s < end for s, e in spans)`."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start
