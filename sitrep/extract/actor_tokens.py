"""Words as the actor dictionary matches them: tokens with their case-folded key, the word
without a possessive ending and the singulars a plural may stand for ("communities")."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?")


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    key: str
    bare: str
    ends: tuple[tuple[str, bool], ...] = ()  # `end_forms`, worked out once per token


def alias_key(text: str) -> str:
    return strip_quotes(text).casefold().strip()


def tokenize(text: str) -> list[Tok]:
    out = []
    for m in TOKEN.finditer(text):
        raw = m.group()
        key, bare = alias_key(raw), alias_key(bare_word(raw))
        ends = ((key, False), (bare, False), *singulars(bare))
        out.append(Tok(m.start(), m.end(), raw, key, bare, ends))
    return out


def end_forms(tok: Tok) -> tuple[tuple[str, bool], ...]:
    """The forms an alias may end with at this token, each with whether it is a plural read
    as its singular (kept on the token when `tokenize` made it)."""
    return tok.ends or ((tok.key, False), (tok.bare, False), *singulars(tok.bare))


def singulars(bare: str) -> list[tuple[str, bool]]:
    forms = []
    if bare.endswith("ies") and len(bare) > 4:
        forms.append((bare[:-3] + "y", True))  # "communities"
    if bare.endswith("es") and len(bare) > 4:
        forms.append((bare[:-2], True))
    if bare.endswith("s") and len(bare) > 3:
        forms.append((bare[:-1], True))
    return forms


def bare_word(raw: str) -> str:
    """The word without a possessive ending: Taliban's -> Taliban, Houthis' -> Houthis."""
    for ending in ("'s", "’s", "'", "’"):
        if raw.endswith(ending) and len(raw) > len(ending):
            return raw[: -len(ending)]
    return raw


def strip_quotes(text: str) -> str:
    return text.replace("'", "").replace("’", "") if ("'" in text or "’" in text) else text
