"""The title convention of plain-text reports: a short first line, no final period, then a
blank line; or, with one line break only, a headline above a whole paragraph."""

from __future__ import annotations

import re

MAX_TITLE_CHARS = 200
BLANK_AFTER_TITLE = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)+\s*")
# a headline set on its own line above an unwrapped paragraph: short, and the paragraph
# at least this long and PARAGRAPH_RATIO times as long (a hard-wrapped text's lines are alike)
MAX_TIGHT_TITLE_CHARS = 120
MIN_PARAGRAPH_CHARS = 120
PARAGRAPH_RATIO = 1.5
MIN_TITLE_WORDS = 3
# a line ending in these runs on into the next: no headline
_RUNS_ON = re.compile(r"[,;:\-–—(]$|\b(?:the|a|an|of|in|on|at|to|and|or|by|for|with|from)$", re.I)


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
    if blank is not None and blank.end() < len(text):
        return line, blank.end()
    body = _paragraph_below(text, end + 1)
    if body is not None and _tight_headline(line, text[body:]):
        return line, body
    return None, 0


def _paragraph_below(text: str, start: int) -> int | None:
    """Where the line after a single line break starts (None: no such line)."""
    body = start + len(text[start:]) - len(text[start:].lstrip(" \t\r"))
    return body if body < len(text) and text[body] != "\n" else None


def _tight_headline(line: str, rest: str) -> bool:
    """A first line with no blank line after it is a headline when it is short, does not
    run on, and stands above a paragraph far longer than itself that opens a sentence."""
    if len(line) > MAX_TIGHT_TITLE_CHARS or len(line.split()) < MIN_TITLE_WORDS:
        return False
    if line.endswith(("?", "!")) or _RUNS_ON.search(line):
        return False
    paragraph = rest.split("\n", 1)[0].strip()
    if not paragraph or not (paragraph[0].isupper() or paragraph[0].isdigit()):
        return False
    long_enough = len(paragraph) >= max(MIN_PARAGRAPH_CHARS, PARAGRAPH_RATIO * len(line))
    return long_enough and paragraph.endswith((".", '"', "”", "'"))
