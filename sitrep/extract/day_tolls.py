"""A toll counted over the past day is the sum of a day's acts, not one act's dead.

"The Gaza health ministry said 38 people were killed by Israeli fire in the past 24 hours",
"over the past day, Russia lost 1,040 soldiers": a ministry's or a general staff's daily count
sums every strike and fight of the day across its territory. Coded, it is tagged `aggregate`
(as a toll told for a whole country is), so that it is not taken for one strike nor merged
with the strike the report tells next.
"""

from __future__ import annotations

import re

DAY_TOLL = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+"
    r"(?:24|twenty-four|48|forty-eight)\s+hours\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+day\b",
    re.IGNORECASE,
)


def day_toll(sentence: str) -> bool:
    """Whether the sentence counts over the past day ('in the past 24 hours')."""
    return DAY_TOLL.search(sentence) is not None
