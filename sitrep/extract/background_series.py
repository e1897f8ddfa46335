"""Acts told as a series that led to another act: 'deployed troops after a series of attacks
on villages', 'announced the deployment of 500 soldiers following a spate of attacks on army
posts', 'amid a wave of kidnappings'. A run of acts counted as a kind, named as what came
before the act a sentence tells, is its background: it has no day or place of its own, and
each of its acts, if coded, is coded where it is told.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Nouns that count acts as a run of them ('a series of attacks').
SERIES = frozenset({
    "series", "spate", "wave", "string", "spree", "surge", "rash", "spike", "flurry",
})  # fmt: skip
# Prepositions that set a run before or around the act told.
BEFORE = frozenset({"after", "following", "amid", "amidst", "since"})


def without_background_series(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less a run of acts set before what the sentence tells."""
    return [t for t in triggers if not _in_a_series_before(doc[t.head])]


def _in_a_series_before(word: Token) -> bool:
    run = word.head
    if word.dep_ != "pobj" or run.lower_ != "of":
        return False
    series = run.head
    if series.lemma_.lower() not in SERIES or series.dep_ != "pobj":
        return False
    prep = series.head
    return prep.lower_ in BEFORE or (prep.lower_ == "in" and prep.head.lower_ == "response")
