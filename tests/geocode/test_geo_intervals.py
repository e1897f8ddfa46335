"""Intervals.overlaps answers as testing every span would."""

from __future__ import annotations

import itertools

from sitrep.geocode.intervals import Intervals

SPANS = [(10, 20), (12, 14), (30, 31), (40, 60), (45, 50)]


def brute(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def test_every_small_span_against_brute_force() -> None:
    index = Intervals(SPANS)
    for start, end in itertools.combinations(range(0, 65), 2):
        assert index.overlaps(start, end) == brute(start, end, SPANS), (start, end)


def test_exact_answers() -> None:
    index = Intervals(SPANS)
    assert index.overlaps(0, 10) is False  # touching is no overlap
    assert index.overlaps(0, 11) is True
    assert index.overlaps(20, 30) is False
    assert index.overlaps(21, 25) is False
    assert index.overlaps(50, 55) is True  # inside the long span, after the nested one


def test_no_spans() -> None:
    assert Intervals([]).overlaps(0, 100) is False
