"""The title convention of plain-text reports: a short first line, no final period, a blank line."""

from __future__ import annotations

import re

MAX_TITLE_CHARS = 200
BLANK_AFTER_TITLE = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)+\s*")


def split_title(text: str) -> tuple[str | None, int]:
    """(title, offset where the body starts); (None, 0) when the first line is not a title."""
    leading = len(text) - len(text.lstrip())
    end = text.find("\n", leading)
    if end < 0:
        return None, 0
    line = text[leading:end].strip()
    if not line or len(line) > MAX_TITLE_CHARS or line.endswith("."):
        return None, 0
    blank = BLANK_AFTER_TITLE.match(text, end)
    if blank is None or blank.end() >= len(text):
        return None, 0
    return line, blank.end()
