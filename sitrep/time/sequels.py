"""Days told after the day a report told last: "two days later", "the next day", and the
same day again: "hours later", "later that day".

Roundups and situation reports date one item and then count on from it ("Burkina Faso: On
12 March, ... Mali: Two days later, ..."; "The next day, the insurgents burned houses"). Such
a sequel is anchored on the last single day the text told before it (a date, a weekday, a
sequel itself), never on the publication date; with no day told before, it stays unanchored.
"A few days later" is too vague to count on and is left alone, and so are days counted back
("the day before", "a week earlier") as time expressions: they tell the background of the day
told, what led to it, not a new item. An act told in such a sentence is still of that day
(`counted_days`: "Two days earlier, troops rescued 17 passengers").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.time.expression import Kind
from sitrep.time.found import Found
from sitrep.time.patterns import number_value

# "two days later", "3 days after that", "a week later"
COUNTED = (
    r"(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>days?|weeks?)\s+(?:later|afterwards?|after that)"
)
# "the next day", "the following morning", "the day after" (not "the day after the attack")
NEXT = (
    r"the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+after(?!\s+(?:the|a|an|his|her|their|its|\w+'s|\d)\b)"
)
# "hours later", "later that day", "later the same day": the day told last
SAME_DAY = (
    r"(?P<same>(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|minutes)\s+later"
    r"|later\s+(?:that|the\s+same)\s+day)"
)
SEQUEL = re.compile(rf"(?i)\b(?:{COUNTED}|{NEXT}|{SAME_DAY})\b")
# "the previous day", "the preceding night", "the day before" (not "the day before the vote")
BEFORE = re.compile(
    r"(?i)\bthe\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b"
    r"|\bthe\s+day\s+before\b(?!\s+(?:yesterday|the|a|an|his|her|their|its|\w+'s|\d)\b)"
)
# "two days earlier", "a week before that": days counted back, read for acts only
EARLIER = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>days?|weeks?)\s+(?:earlier|before(?:\s+that|\s+then)?(?=\s*[,.;]))"
)
ANCHORS = (Kind.ABSOLUTE, Kind.RELATIVE)


def sequels(text: str, found: list[Found]) -> list[Found]:
    """`found` with each sequel the text tells added, anchored on the last day before it."""
    taken = list(found)
    for match in SEQUEL.finditer(text):
        if any(f.start < match.end() and match.start() < f.end for f in taken):
            continue
        anchor = _last_day(taken, match.start())
        day = anchor + _offset(match) if anchor is not None else None
        sequel = Found(
            start=match.start(),
            end=match.end(),
            kind=Kind.RELATIVE,
            dates=(day, day) if day is not None else None,
        )
        taken = sorted([*taken, sequel], key=lambda f: f.start)
    return taken


def counted_days(text: str) -> tuple[int, re.Match[str]] | None:
    """The first day counted from the day told before it in `text`: its offset in days (one
    back for "the previous day", two for "two days earlier") and the words. The reader of
    sequels for acts as well as for time expressions (`sitrep.extract.later_days`); an act
    told "two days earlier" is an act of that day, though as a time expression the phrase
    is left alone (see above)."""
    searched = (SEQUEL.search(text), BEFORE.search(text), EARLIER.search(text))
    found = [m for m in searched if m is not None]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    if match.re is BEFORE:
        return -1, match
    if match.re is EARLIER:
        return -_counted(match).days, match
    return _offset(match).days, match


def _last_day(found: list[Found], position: int) -> date | None:
    """The single day of the last anchored date or day told before `position`."""
    days = [
        f.dates
        for f in found
        if f.end <= position and f.kind in ANCHORS and f.dates is not None and f.standalone
    ]
    if not days or days[-1] is None:
        return None
    start, end = days[-1]
    return start if start == end else None


def _offset(match: re.Match[str]) -> timedelta:
    if match["same"] is not None:
        return timedelta(days=0)
    if match["unit"] is None:
        return timedelta(days=1)
    return _counted(match)


def _counted(match: re.Match[str]) -> timedelta:
    """The days or weeks a match counts ("two days", "a week")."""
    days = number_value(match["n"])
    return timedelta(days=days * 7 if match["unit"].lower().startswith("week") else days)
