"""A place's own name spelled with a standard abbreviation: "St. Petersburg" is Saint
Petersburg's own name, not an alternate one, so the Russian city is not a weak alias reading
beside the Florida city whose name is written "St. Petersburg" (likewise "Mt.", "Ft.")."""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.geocode.gazetteer import Candidate

ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def spelled_out(name: str) -> str:
    """The name in lower case with abbreviated words written out ("st. paul" -> "saint paul")."""
    words = re.split(r"[\s.]+", name.casefold().strip())
    return " ".join(ABBREVIATED.get(w, w) for w in words if w)


def own_spelling(cand: Candidate, surface: str) -> Candidate:
    """The candidate as matched by its own name when the surface is that name spelled with an
    abbreviation (an alternate-name match otherwise)."""
    if cand.match != "alias" or cand.kind != "alternate":
        return cand
    if spelled_out(cand.place.name) != spelled_out(surface):
        return cand
    return replace(cand, match="exact", kind="name")
