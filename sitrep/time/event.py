"""The date range of one event, from the temporal expressions of its document.

Choice, in order (thinking like an ACLED coder):
1. An anchored expression inside the event's sentence: a date or day ("on Wednesday",
   "9 September 2017") before a stretch ("for 30 days", "the sixth month since ..."), before a
   date the report gives for a statement ("said on Thursday") or for a wounded victim's later
   death ("died in hospital on Monday") or for a funeral ("buried on Monday"), before a
   background "since April 2023"; the
   leftmost on a tie. Dateline dates are never an event's date.
2. No such expression and a publication date D: the week ending on D, [D - 6 days, D] with
   precision 2 -- a report tells of events of the days before it, and ACLED codes undated
   ones around the report date.
3. No publication date either: the document's frame, the anchored date or stretch that
   reaches latest (a narrowest one on a tie), e.g. "the sixth month since the launch on
   September 9, 2017" for a report that gives no date of its own; else None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from sitrep.model import DateRange, Span
from sitrep.time.expression import Kind, TimeExpression

DEFAULT_WINDOW_DAYS = 7
REPORTED = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|stated|claimed|added|confirmed)"
    # "said in a statement on Sunday", "said in a Telegram post on Monday"
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|"
    r"press\s+release|post|message|video|briefing))?"
    r"(?:\s+(?:on|late|early))?\s*$",
    re.IGNORECASE,
)
# A day told for a wounded victim's later death ("died in hospital on Monday", "succumbed to
# his wounds on Monday"): the act's own day in the sentence is the event's, as ACLED adds such
# deaths to the act that caused them.
LATER_DEATH = re.compile(
    r"\b(?:died|succumbed)(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital"
    r"|\s+(?:to|of|from)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:injuries|wounds))"
    r"(?:\s+(?:on|late|early))?\s*$",
    re.IGNORECASE,
)
# A day told for a funeral or a burial ("attended the funeral in Nabatieh on Monday of three
# men killed in a strike on Saturday"): the mourning's day, not the act's.
MOURNING = re.compile(
    r"\b(?:funerals?|burials?|buried|laid\s+to\s+rest|mourned|vigils?)"
    r"(?:\s+(?:in|at|of)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    r"(?:\s+(?:was\s+|were\s+)?held)?(?:\s+(?:on|late|early))?\s*$",
    re.IGNORECASE,
)
NIGHT_BEFORE = re.compile(r"(?:late |early )?(?:last night|overnight)$", re.IGNORECASE)
RANK = {Kind.ABSOLUTE: 0, Kind.RELATIVE: 0, Kind.DURATION: 1, Kind.SINCE: 3}
FRAME_KINDS = (Kind.ABSOLUTE, Kind.RELATIVE, Kind.DURATION)


def event_range(
    expressions: Sequence[TimeExpression], *, sentence: Span, published: date | None
) -> DateRange | None:
    """The date range for an event told in `sentence`; pass the whole document's expressions."""
    inside = [e for e in expressions if _usable_in(e, sentence)]
    if inside:
        best = min(inside, key=lambda e: (_rank(e, sentence), e.span.start))
        return _night_before_the_statement(best, inside, sentence) or best.range
    if published is not None:
        start = published - timedelta(days=DEFAULT_WINDOW_DAYS - 1)
        return DateRange(start=start, end=published, precision=2)
    return _frame(expressions)


def _night_before_the_statement(
    best: TimeExpression, inside: Sequence[TimeExpression], sentence: Span
) -> DateRange | None:
    """'in an overnight attack, an official said on Tuesday': a bare night ('overnight',
    'last night') is the night before the day the sentence's statement was made, not before
    the publication."""
    if best.range is None or not NIGHT_BEFORE.match(best.span.text.strip()):
        return None
    said = [
        e.range for e in inside
        if e is not best and e.range is not None and e.range.start == e.range.end
        and _rank(e, sentence) == 2
    ]  # fmt: skip
    if not said:
        return None
    night = said[0].start - timedelta(days=1)
    return DateRange(
        start=night, end=night, precision=best.range.precision, evidence=best.range.evidence
    )


def _usable_in(expression: TimeExpression, sentence: Span) -> bool:
    span = expression.span
    return (
        expression.range is not None
        and expression.kind != Kind.DATELINE
        and sentence.start <= span.start
        and span.end <= sentence.end
    )


def _rank(expression: TimeExpression, sentence: Span) -> float:
    rank = RANK[expression.kind]
    before = sentence.text[: expression.span.start - sentence.start]
    if rank == 0 and any(p.search(before) for p in (REPORTED, LATER_DEATH, MOURNING)):
        return 2
    return rank


def _frame(expressions: Sequence[TimeExpression]) -> DateRange | None:
    ranges = [e.range for e in expressions if e.range is not None and e.kind in FRAME_KINDS]
    if not ranges:
        return None
    return max(ranges, key=lambda r: (r.end, r.start))
