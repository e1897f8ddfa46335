"""Summary tolls: a report's count of the dead of the events it told ("In total, 21 civilians
were killed this week"), which is no event of its own and no more dead for the last one.

Situation reports and weekly roundups end or open a section with a sum over the incidents
they list: "Between 1 and 7 March, at least 40 civilians were killed in six attacks", "During
the week, 52 people were killed in nine incidents across the two countries". Added to the
event told just before, the sum counts its dead twice; coded apart, it counts them all again.
A summary is told by several incidents or areas counted ("in six attacks", "across the two
provinces"), by a stretch of days ("Between 1 and 5 December, at least 30 civilians were
killed"), or by a total over a stretch of time ("In total, ... this week"). It is set
aside only after two or more events were told; a summary that names its perpetrator ("JNIM
killed 40 people in six attacks") is an act of its own and stays.

A running toll counted from a date ("Since 1 January, 212 civilians were killed in 48
incidents", a situation report's highlight) sums acts the report may never tell: it is set
aside wherever it stands, when it opens on its date or counts several incidents, and names
no day of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.standing_record import DAY
from sitrep.model import Event

if TYPE_CHECKING:
    from sitrep.extract.assemble import DeathCount

_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|some)"
# several incidents or areas counted: "in six attacks", "across the two countries"
MANY_INCIDENTS = re.compile(
    rf"\b(?:in|during|across|over)\s+(?:at least\s+|some\s+|about\s+)?{_COUNT}\s+"
    r"(?:separate\s+|different\s+|distinct\s+)?(?:attacks|incidents|events|raids|clashes|"
    r"ambushes|operations|security incidents|violent incidents)\b"
    rf"|\b(?:across|in)\s+(?:the\s+)?(?:{_COUNT}\s+|several\s+)"
    r"(?:countries|provinces|regions|states|districts|territories|governorates)\b",
    re.IGNORECASE,
)
# a sum: "In total, ...", "Altogether, ...", "a total of"
TOTALLING = re.compile(r"\b(?:in total|in all|altogether|overall|a total of)\b", re.IGNORECASE)
# a stretch of time a sum is taken over
STRETCH = re.compile(
    r"\b(?:this|last|the past|the previous|during the|over the|throughout the)\s+"
    r"(?:week|month|reporting period|period)\b|\bsince the (?:start|beginning) of\b",
    re.IGNORECASE,
)
# a stretch of days: "Between 1 and 7 March", "from 3 to 9 June"
DAY_RANGE = re.compile(
    r"\b(?i:between|from)\s+(?:\d{1,2}|[A-Z][a-z]+ \d{1,2})\s+(?:and|to|-)\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|\d{1,2})\b"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# a date a toll runs from: "since 1 January", "since March 2024", "since the start of the year"
SINCE_DATE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outset)\s+of\s+(?:the\s+)?(?:year|month|\d{4}|\w+)"
    rf"|(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# the sentence opens on it: "Since 1 January, ...", "- Since March, ..."
OPENS_SINCE = re.compile(r"^\W*since\b", re.IGNORECASE)
SUMMED_AFTER = 2  # events told before a sum for it to be theirs


def summary_toll(
    sentence: str, found: Event | DeathCount, told: Sequence[Event | DeathCount]
) -> bool:
    """Whether the sentence's count (`found`) sums the dead of the events `told` before it."""
    if _named_perpetrator(found):
        return False
    if running_toll(sentence):
        return True  # "Since 1 January, 212 civilians were killed in 48 incidents"
    if not _sums(sentence):
        return False
    return sum(1 for t in told if isinstance(t, Event) or t.event is not None) >= SUMMED_AFTER


def running_toll(sentence: str) -> bool:
    """A toll counted from a date, opening on it or over several incidents, with no day of
    its own ("Since 1 January, 212 civilians were killed in 48 incidents")."""
    since = SINCE_DATE.search(sentence)
    if since is None or DAY.search(sentence[: since.start()] + sentence[since.end() :]):
        return False
    return bool(OPENS_SINCE.match(sentence) or MANY_INCIDENTS.search(sentence))


def _sums(sentence: str) -> bool:
    if MANY_INCIDENTS.search(sentence) or DAY_RANGE.search(sentence):
        return True
    return bool(TOTALLING.search(sentence) and STRETCH.search(sentence))


def _named_perpetrator(found: Event | DeathCount) -> bool:
    event = found if isinstance(found, Event) else found.event
    return event is not None and any(e.role == "actor1" for e in event.evidence)
