"""Close spellings: a romanisation of the same name, not merely a similar one.

The folded key (`fold.loose_key`) keeps only a name's consonant skeleton, so it matches
"Shirqat" to Ash Sharqat but also "Kibera" to Kabul; its matches need the document's
country to vouch for them. A close key keeps the vowels as Arabic romanisations write
them (e~i, o~u, diphthongs, doubled letters, a final h, articles), so "Kafr Zeita" and
Kafr Zayta, "Haweeja" and Al Hawijah, "al-Qardaha" and Al Qardahah share one key: when the
gazetteer knows a name by no exact spelling, a close one is as good as an alternate name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from sitrep.geocode.fold import exact_key
from sitrep.geocode.gazetteer import Candidate

ARTICLES = frozenset(
    {"al", "el", "ad", "ed", "as", "es", "ar", "er", "at", "et", "az", "ez", "an", "en"}
    | {"ash", "esh", "ath", "adh", "ul", "il"}
)
# applied in order, to the name's letters with spaces dropped
_VOWEL_FOLDS = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ei", "ay"),
    ("ey", "ay"),
    ("ai", "ay"),
    ("aw", "u"),
    ("au", "u"),
    ("ow", "u"),
    ("e", "i"),
    ("o", "u"),
    ("iy", "i"),
)
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aiu])h$")
MIN_LETTERS = 4  # shorter names are too easily each other's
CLOSE = "close"  # the kind of a candidate matched by a close spelling
DISALLOWED = -100.0  # added to a reading's score: it can no longer be chosen


def close_key(name: str) -> str:
    """The key two romanisations of one name share ("Tall Refaat" and Tall Rif'at: "talrifat")."""
    words = exact_key(name).split()
    if len(words) > 1:
        words = [w for w in words if w not in ARTICLES] or words[-1:]
    text = _DOUBLED.sub(r"\1", "".join(words))
    for a, b in _VOWEL_FOLDS:
        text = text.replace(a, b)
    return _FINAL_H.sub("", _DOUBLED.sub(r"\1", text))


def close_spellings(cands: Sequence[Candidate], surface: str) -> list[Candidate]:
    """A name the gazetteer knows by no exact spelling: its folded matches spelled closely
    enough (same `close_key`) count as alternate-name matches of kind CLOSE (see
    `close_penalties` for how they rank)."""
    if any(c.match != "folded" for c in cands):
        return list(cands)
    key = close_key(surface)
    if len(key) < MIN_LETTERS:
        return list(cands)
    return [replace(c, match="alias", kind=CLOSE) if close_key(c.name) == key else c for c in cands]


def allowed_by(countries: Mapping[str, float], cand: Candidate) -> bool:
    """Whether a report's country votes point to this reading's country (a report that
    names no country leaves a spelling guess unconfirmed: "Kibaki" is no Ukrainian village)."""
    return countries.get(cand.place.country_code or "", 0.0) >= 0.5


def close_penalties(cands: Sequence[Candidate], countries: Mapping[str, float]) -> list[float]:
    """What each candidate loses beside close spellings, given the report's country votes:
    a close reading in a country the report does not point to is no reading at all
    ("Hezzeh" in a report on Syria is not China's Heze), and one the report points to rules
    out the merely similar spellings ("Haweeja" in a report on Iraq is Al Hawijah, not
    Pyongyang, one of whose old names is Heijo)."""
    if not any(c.kind == CLOSE for c in cands):
        return [0.0] * len(cands)
    allowed = [c.kind == CLOSE and allowed_by(countries, c) for c in cands]
    found = any(allowed)
    return [
        (DISALLOWED if c.kind == CLOSE and not ok else 0.0)
        + (DISALLOWED if found and c.match == "folded" else 0.0)
        for c, ok in zip(cands, allowed, strict=True)
    ]
