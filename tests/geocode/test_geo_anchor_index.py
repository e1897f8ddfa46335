"""AnchorIndex gives the anchor bonus the anchors less the left-out one would give."""

from __future__ import annotations

import pytest

from sitrep.geocode.resolve import AnchorIndex, _anchor_bonus
from sitrep.model import Place


def town(lat: float | None, lon: float | None) -> Place:
    return Place(
        geonameid=None,
        name="Testville",
        latitude=lat,
        longitude=lon,
        country="Testland",
        country_code="TL",
        feature_class="P",
        feature_code="PPL",
    )


ANCHORS = ((35.0, 40.0), (35.5, 40.5), (38.0, 40.0))


@pytest.mark.parametrize(
    ("lat", "lon", "left_out", "expected"),
    [
        (35.1, 40.1, None, 0.4),  # within 161 km of two anchors
        (35.1, 40.1, (35.0, 40.0), 0.4),  # still near the other
        (34.0, 38.0, None, 0.15),  # within 500 km only
        (34.0, 38.0, (35.0, 40.0), 0.15),
        (10.0, 10.0, None, 0.0),
        (38.0, 40.0, (38.0, 40.0), 0.15),  # itself left out: the others are 300 km off
        (None, None, None, 0.0),
    ],
)
def test_bonus_matches_anchor_bonus(
    lat: float | None,
    lon: float | None,
    left_out: tuple[float, float] | None,
    expected: float,
) -> None:
    place = town(lat, lon)
    index = AnchorIndex(ANCHORS)
    kept = tuple(a for a in ANCHORS if a != left_out)
    assert index.bonus(place, leaving_out=left_out) == expected
    assert _anchor_bonus(place, kept) == expected
    assert index.bonus(place, leaving_out=left_out) == expected  # from the memo


def test_no_anchors_no_bonus() -> None:
    assert AnchorIndex(()).bonus(town(35.0, 40.0), leaving_out=None) == 0.0


def test_anchors_far_in_latitude_or_nan_count_for_nothing() -> None:
    import math

    index = AnchorIndex(((math.nan, 40.0), (60.0, 40.0), (39.4, 40.0)))
    assert index.bonus(town(35.0, 40.0), leaving_out=None) == 0.15  # 489 km north
    assert index.bonus(town(30.0, 40.0), leaving_out=None) == 0.0
    assert index.bonus(town(39.0, 40.0), leaving_out=(39.4, 40.0)) == 0.0


def test_a_names_other_mentions_are_no_anchors() -> None:
    index = AnchorIndex(((39.4, 40.0), (39.5, 40.1)))
    assert index.bonus(town(39.0, 40.0), leaving_out=None, also={(39.4, 40.0)}) == 0.4
    both = {(39.4, 40.0), (39.5, 40.1)}
    assert index.bonus(town(39.0, 40.0), leaving_out=None, also=both) == 0.0
