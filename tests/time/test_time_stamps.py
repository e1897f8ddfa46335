"""A live blog's time-stamped items are told on the blog's day (`sitrep.time.stamps`)."""

from __future__ import annotations

from datetime import date

from sitrep.time import find_time_expressions

PUBLISHED = date(2026, 7, 11)


def _days(text: str, published: date | None = PUBLISHED) -> list[tuple[str, date | None]]:
    found = find_time_expressions(text, published=published)
    return [(e.span.text, e.range.start if e.range else None) for e in found]


def test_a_stamped_item_is_of_the_blogs_day() -> None:
    text = (
        "Live: fighting in Sudan\n\n"
        "14:05 - RSF fighters shelled El Fasher.\n"
        "- 9.30am | Gunmen looted a market."
    )
    assert _days(text) == [("14:05", PUBLISHED), ("9.30am", PUBLISHED)]


def test_an_item_naming_its_day_keeps_it() -> None:
    text = "14:40 - On Wednesday, the army bombed positions east of Nyala."
    assert _days(text) == [("Wednesday", date(2026, 7, 8))]


def test_no_stamp_mid_line_or_without_a_day() -> None:
    assert _days("Fighting resumed at 14:05 - witnesses said.") == []
    assert _days("14:05 - RSF fighters shelled El Fasher.", published=None) == []
