"""The money a report counts in: amounts in dollars, pounds or euros say which countries the
report may be from ("$765,000 for the council" is no British or Greek town's budget)."""

from __future__ import annotations

import re

DOLLAR_COUNTRIES = frozenset(
    {"US", "CA", "AU", "NZ", "PR", "GU", "VI", "AS", "MP", "SG", "HK", "LR", "BS", "BB", "BZ"}
    | {"BM", "KY", "JM", "TT", "FJ", "EC", "SV", "PA", "ZW", "TL", "FM", "MH", "PW"}
)
POUND_COUNTRIES = frozenset({"GB", "IM", "JE", "GG", "GI", "FK"})
EURO_COUNTRIES = frozenset(
    {"AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV"}
    | {"MT", "NL", "PT", "SI", "SK", "ME", "XK", "AD", "MC", "SM", "VA"}
)
# a sign before a figure; "US$" and other prefixed dollars are counted as dollars too
_AMOUNT = re.compile(r"(\$|£|€)\s?\d")
_SIGNS = {"$": DOLLAR_COUNTRIES, "£": POUND_COUNTRIES, "€": EURO_COUNTRIES}
# amounts that make half the lean: n / (n + HALF_AT)
HALF_AT = 1.0


def currency_lean(text: str) -> dict[str, float]:
    """Per country, how far (0-1) the report's money amounts place it there: each currency's
    share of the amounts times n / (n + HALF_AT), n its amounts."""
    counts = {sign: 0 for sign in _SIGNS}
    for found in _AMOUNT.finditer(text):
        counts[found.group(1)] += 1
    total = sum(counts.values())
    lean: dict[str, float] = {}
    for sign, n in counts.items():
        if n:
            weight = (n / total) * (n / (n + HALF_AT))
            lean.update(dict.fromkeys(_SIGNS[sign], weight))
    return lean
