"""Names that point to no one place: village names many places share, and romanisations.

"Rampura" ("Ram's town") is the own name of a town in Punjab and of villages in three other
Indian states; the gazetteer also holds it, in lower case, as a romanisation of Rangpur's
Japanese name (ランプル). Neither tells a report from Dhaka where its "Rampura" lies:

- a lower-case alternate name is a machine romanisation of a name written in another script
  ("rampura" for Rangpur, "lang bu er shi" for its Chinese name); when some place bears the
  mention's spelling as its own name, the romanisation of another place's name is no reading
  of it (`romanised_rivals`);
- a name that several places of one country bear as their own (GENERIC_AT or more) is a
  common village name there: in a report about another country, even the largest of them is
  no town the report would name bare (`generic_in`; `strangers.minor_or_misspelled`). A
  name two French towns bear ("Valence") still names the larger one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sitrep.geocode.gazetteer import Candidate

# this many places of one country under the name as their own make it a common name there
GENERIC_AT = 3


def _own_named(cand: Candidate) -> bool:
    return cand.match == "exact" and cand.kind == "name"


def romanised(cand: Candidate) -> bool:
    """A match through a lower-case alternate name: another script's name romanised."""
    return cand.kind == "alternate" and cand.match != "folded" and cand.name.islower()


def romanised_rivals(cands: Sequence[Candidate]) -> list[Candidate]:
    """The readings without the romanised alternates of other places' names, when some place
    bears the name as its own ("Rampura" is no romanisation of Rangpur beside the Rampuras
    of India); all of them otherwise."""
    if not any(_own_named(c) and not c.name.islower() for c in cands):
        return list(cands)
    return [c for c in cands if not romanised(c)]


def generic_in(cands: Sequence[Candidate]) -> frozenset[str]:
    """The countries in which at least GENERIC_AT places bear the name as their own."""
    counts = Counter(c.place.country_code for c in cands if _own_named(c) and c.place.country_code)
    return frozenset(code for code, n in counts.items() if code and n >= GENERIC_AT)
