"""The lemma memo gives spaCy's own lemmas, in spaCy's own pipeline position."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sitrep.annotate import load_pipeline
from sitrep.annotate.lemmas import LemmaMemo, wrap_lemmatizer

TEXTS = (
    "The gunmen were killed in clashes near the markets on Monday.",
    "They're gonna retake the villages; let's see, said a fighter who ain't leaving.",
    "Soldiers ambushed two convoys, killing 12 people, and the militias fled.",
    "Protesters burned tyres; police fired tear gas and arrested dozens of students.",
)


def lemmas(nlp: Language, texts: tuple[str, ...] = TEXTS) -> list[list[str]]:
    return [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]


def test_same_lemmas_as_the_model_as_shipped(stock: Language) -> None:
    nlp = load_pipeline()
    assert lemmas(nlp) == lemmas(stock)
    assert lemmas(nlp)[0][:4] == ["the", "gunman", "be", "kill"]
    # lemmas the attribute ruler sets ("gonna" -> "go", "to") are kept
    assert lemmas(nlp)[1][2:5] == ["go", "to", "retake"]


def test_memo_takes_the_lemmatizer_place(stock: Language) -> None:
    nlp = load_pipeline()
    assert nlp.pipe_names == stock.pipe_names
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaMemo)


def test_a_word_form_is_worked_out_once() -> None:
    nlp = load_pipeline()
    memo = nlp.get_pipe("lemmatizer")
    assert isinstance(memo, LemmaMemo)
    lemmas(nlp)
    kept = len(memo.memo)
    assert kept > 0
    assert lemmas(nlp) == lemmas(nlp)
    assert len(memo.memo) == kept


def test_a_full_memo_stops_growing_and_stays_right(stock: Language) -> None:
    nlp = load_pipeline()
    memo = nlp.get_pipe("lemmatizer")
    assert isinstance(memo, LemmaMemo)
    memo.size = 5
    assert lemmas(nlp) == lemmas(stock)
    assert len(memo.memo) == 5


def test_no_rule_lemmatizer_leaves_the_pipeline_alone() -> None:
    nlp = spacy.blank("en")
    assert wrap_lemmatizer(nlp) is False
    assert nlp.pipe_names == []


def test_an_unwrapped_memo_says_what_to_do() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="wrap_lemmatizer"):
        LemmaMemo()(nlp("a text"))


def test_the_word_index_is_a_set_and_gives_the_same_lemmas(stock: Language) -> None:
    nlp = load_pipeline()
    memo = nlp.get_pipe("lemmatizer")
    assert isinstance(memo, LemmaMemo) and memo.inner is not None
    index = memo.inner.lookups.get_table("lemma_index")
    assert isinstance(index["noun"], frozenset) and "militia" in index["noun"]
    plurals = ("Militias, ceasefires and checkpoints; the convoys' escorts were geese.",)
    assert lemmas(nlp, plurals) == lemmas(stock, plurals)
    assert lemmas(nlp, plurals)[0][:5] == ["militia", ",", "ceasefire", "and", "checkpoint"]
