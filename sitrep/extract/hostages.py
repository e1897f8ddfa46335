"""People taken or held hostage: 'took 55 civilians hostage', 'held three aid workers
hostage', 'were taken captive'. The words between the verb and its 'hostage' vary, so the
parse relates them, not a phrase list (which has 'taken hostage' only side by side).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

TAKING = frozenset({"take", "hold", "keep"})
CAPTIVITY = frozenset({"hostage", "captive", "prisoner"})


def taken_hostage(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """Every verb between tokens `start` and `end` that takes or holds people hostage."""
    for token in doc[start:end]:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in TAKING and _of_captives(token):
            yield token


def _of_captives(verb: Token) -> bool:
    return any(c.lemma_.lower() in CAPTIVITY for c in verb.children)
