"""Time stamps of a live blog's items: "14:05 - RSF fighters shelled ..." is told that day.

A live blog or a running security brief opens each item with the time it was posted. An item
that names no day of its own tells what happened on the day of the blog, the publication
date: the stamp anchors it there (a day, not the week before the report that an undated
sentence gets). An item that names its day ("14:05 - On Wednesday, ...") keeps that day.
"""

from __future__ import annotations

import re
from datetime import date

from sitrep.time.expression import Kind
from sitrep.time.found import Found

# a line opened by a time and a dash, bar or colon: "14:05 - ", "9.30am | ", "- 07h15: "
STAMP = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<time>(?:[01]?\d|2[0-3])[:.h][0-5]\d"
    r"(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|UTC))?)[ \t]*[-–—|:][ \t]+(?=\S)",
    re.MULTILINE,
)


def time_stamps(text: str, found: list[Found], published: date | None) -> list[Found]:
    """`found` with the time stamp of each item that names no day of its own, anchored on
    the publication date."""
    if published is None:
        return found
    stamps = []
    for match in STAMP.finditer(text):
        line_end = text.find("\n", match.end())
        end = len(text) if line_end < 0 else line_end
        if any(match.start() <= f.start < end and f.dates is not None for f in found):
            continue
        stamps.append(
            Found(
                start=match.start("time"),
                end=match.end("time"),
                kind=Kind.RELATIVE,
                dates=(published, published),
            )
        )
    return sorted([*found, *stamps], key=lambda f: f.start) if stamps else found
