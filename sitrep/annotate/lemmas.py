"""A memo in front of spaCy's rule lemmatizer: the same lemmas, each word form worked out once.

spaCy's rule lemmatizer caches only the forms that reach its suffix rules; a singular noun,
an infinitive or a proper noun is worked out again at every occurrence, which made the
lemmatizer about an eighth of the parse. The memo keys each answer on what the rule
lemmatizer reads (the word, its part of speech and its morphology), so its lemmas are
identical by construction.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

MEMO_SIZE = 200_000  # distinct (word, POS, morphology) triples kept; about 30 MB when full


class LemmaMemo:
    """Sets each token's lemma from the memo, asking the wrapped lemmatizer on a miss."""

    def __init__(self, inner: Lemmatizer | None = None, *, size: int = MEMO_SIZE) -> None:
        self.inner = inner
        self.size = size
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        if inner is None:
            raise ValueError("LemmaMemo has no lemmatizer to wrap; use wrap_lemmatizer(nlp)")
        memo, strings, overwrite = self.memo, doc.vocab.strings, inner.overwrite
        for token in doc:
            if token.lemma and not overwrite:
                continue  # set by the attribute ruler, as spaCy's lemmatizer leaves it
            key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
            lemma = memo.get(key)
            if lemma is None:
                lemma = strings.add(inner.lemmatize(token)[0])
                if len(memo) < self.size:
                    memo[key] = lemma
            token.lemma = lemma
        return doc


@Language.factory("sitrep_lemma_memo")
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    """The component; `wrap_lemmatizer` hands it the model's own lemmatizer."""
    return LemmaMemo()


def wrap_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put a memo in place of the model's rule lemmatizer, under the same name and at the same
    position; False (nothing changed) when the model has no rule lemmatizer by that name."""
    if name not in nlp.pipe_names:
        return False
    inner = nlp.get_pipe(name)
    if not isinstance(inner, Lemmatizer) or inner.mode not in ("rule", "lookup"):
        return False
    position = nlp.pipe_names.index(name)
    nlp.remove_pipe(name)
    if position == 0:
        memo = nlp.add_pipe("sitrep_lemma_memo", name=name, first=True)
    else:
        memo = nlp.add_pipe("sitrep_lemma_memo", name=name, after=nlp.pipe_names[position - 1])
    assert isinstance(memo, LemmaMemo)
    memo.inner = inner
    index_as_sets(inner)
    return True


def index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Make the rule lemmatizer's word index per part of speech a set instead of a list.

    The rule lemmatizer asks `form in index` for every form its suffix rules make, and the
    English index holds its words as lists (57,000 nouns), so each memo miss scanned them
    one by one. Membership is all it asks of the index, so a set gives the same lemmas.
    """
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if isinstance(words, list):
            table[pos] = frozenset(words)
