"""A document's publication date: its own metadata, then its dateline, then the default.

Precedence: a date the input carries (JSONL `published`, the HTML page's date) wins; else a
dateline at the start of the text ("KHARKIV, Ukraine, March 14, 2024 -"); else the
`published` default the caller gives (`--published`), which so fills only documents that say
nothing about their date; else None.
"""

from __future__ import annotations

from datetime import date, datetime

from sitrep.errors import InputError
from sitrep.read.dateline import parse_dateline
from sitrep.time.patterns import parse_full_date


def choose_published(own: date | None, *, text: str, default: date | None) -> date | None:
    """The publication date by the precedence above."""
    if own is not None:
        return own
    dateline = parse_dateline(text, reference=default)
    return dateline[0] if dateline else default


def parse_published(value: object) -> date | None:
    """A `published` field: ISO date or datetime, or a written date ("March 14, 2024")."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"'published' must be a date string, not {value!r}; use YYYY-MM-DD")
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    found = parse_full_date(text)
    if found is None:
        raise InputError(f"'published' is not a date: {value!r}; use YYYY-MM-DD")
    return found
