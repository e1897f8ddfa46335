"""A weapon system's designation between a nationality and a military noun.

"a Russian S-400 air defence system", "Russian Su-34 jets", "Ukrainian HIMARS units": the model
or type designation of a weapon system stands between the nationality and the noun that names
the state's armed men or machines; the nationality still owns the noun, so the noun names that
state's military. A designation is a short run of tokens that either holds a number with a
short capitalised prefix ("S-400", "Su-34", "T-72B3", "Mi 8") or is one acronym of capitals
("HIMARS", "ATACMS"); ordinary capitalised words ("Russian Army jets") are not designations.
A designated weapon system itself ("a Ukrainian HIMARS launcher", "a Russian S-400 system",
"Russian T-72 tanks") is that state's military as a target, as ACLED codes strikes on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.extract.actor_tokens import Tok

# Parts of a designation as the actor tokenizer splits it: "S-400" -> "S", "400".
_PREFIX = re.compile(r"[A-Z][A-Za-z]{0,2}")
_NUMBER = re.compile(r"\d+[A-Za-z]{0,3}")
_ACRONYM = re.compile(r"[A-Z]{3,8}")
_GAP = re.compile(r"[\s\-–]{0,2}")
# Nouns for a weapon system that a designation names ("an S-400 system", "HIMARS launchers").
WEAPON_SYSTEM_NOUNS = frozenset({
    "system", "systems", "launcher", "launchers", "battery", "batteries", "complex", "tank",
    "tanks",
})  # fmt: skip


def designation_start(text: str, tokens: Sequence[Tok], i: int) -> int | None:
    """The index of the first token of a weapon designation ending right before token i
    ("Russian S-400 jets": the index of "S"), or None when none stands there."""
    k = i - 1
    if k < 0:
        return None
    if _ACRONYM.fullmatch(tokens[k].text) and _tight(text, tokens[k], tokens[i]):
        return k
    if not _NUMBER.fullmatch(tokens[k].text) or not _tight(text, tokens[k], tokens[i]):
        return None
    if k == 0:
        return None
    prefix = tokens[k - 1]
    if not _PREFIX.fullmatch(prefix.text) or not _GAP.fullmatch(text[prefix.end : tokens[k].start]):
        return None  # a bare number ("Russian 400 jets") is a count, not a designation
    return k - 1


def _tight(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 2 and _GAP.fullmatch(gap) is not None


def designated_weapon_end(text: str, tokens: Sequence[Tok], i: int) -> int | None:
    """The index of the weapon-system noun after a designation starting at token i ("S-400
    system": the index of "system"), or None."""
    for noun in (i + 1, i + 2):  # "HIMARS launcher", "S-400 system"
        if noun >= len(tokens) or tokens[noun].key not in WEAPON_SYSTEM_NOUNS:
            continue
        if designation_start(text, tokens, noun) == i:
            return noun
    return None
