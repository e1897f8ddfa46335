"""A span's word attributes, read once per document.

spaCy builds a new Token object at every `doc[i]` and every step of `for t in span`, and
rebuilds `span.text` from the tokens at each access; a sentence asked the same questions by
several rules (is a death word here? a verb of splitting?) paid that each time.
`span_words(span)` reads each token's lower form, lower-cased lemma, coarse part of speech
and punctuation flag once, with the span's text, and keeps them in the Doc's user data
(strings and flags only, no Token, so the Doc holds no reference to itself).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

WORDS_KEY = "sitrep_words"


@dataclass(frozen=True, slots=True)
class Words:
    """The tokens of a span from `start` (a token offset in the Doc), attribute by attribute."""

    start: int
    text: str
    lowers: tuple[str, ...]
    lemmas: tuple[str, ...]  # lower-cased
    pos: tuple[str, ...]
    punct: tuple[bool, ...]

    def having(self, lemmas: frozenset[str]) -> list[int]:
        """Doc offsets of the tokens whose lower-cased lemma is one of `lemmas`."""
        return [self.start + i for i, lemma in enumerate(self.lemmas) if lemma in lemmas]


def span_words(span: Span) -> Words:
    """The span's words, read at the first call for this span of this Doc."""
    memo = _memo(span.doc)
    key = (span.start, span.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _read(span)
    return found


def _memo(doc: Doc) -> dict[tuple[int, int], Words]:
    memo = doc.user_data.get(WORDS_KEY)
    if not isinstance(memo, dict):
        memo = doc.user_data[WORDS_KEY] = {}
    return memo


def _read(span: Span) -> Words:
    tokens = list(span)
    return Words(
        start=span.start,
        text=span.text,
        lowers=tuple(t.lower_ for t in tokens),
        lemmas=tuple(t.lemma_.lower() for t in tokens),
        pos=tuple(t.pos_ for t in tokens),
        punct=tuple(t.is_punct for t in tokens),
    )
