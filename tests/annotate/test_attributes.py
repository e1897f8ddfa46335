"""The attribute-ruler memo sets exactly what spaCy's attribute ruler sets."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sitrep.annotate import load_pipeline
from sitrep.annotate.attributes import (
    AttributeMemo,
    TokenRule,
    named_tags,
    needed_forms,
    token_rule,
    token_test,
)

TEXTS = (
    "The gunmen were killed in clashes near the markets on Monday.",
    "They're gonna retake the villages; let's see, said a fighter who ain't leaving.",
    "Soldiers ambushed two convoys ,  killing 12 people\n\nand the militias fled.",
    "Protesters burned tyres; police fired tear gas and arrested dozens of students.",
    "I've got to go, she said: we'd rather not wait for the U.N. envoy's reply.",
)


def annotations(nlp: Language) -> list[list[tuple[str, str, str, str, str]]]:
    return [
        [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in nlp.pipe(TEXTS)
    ]


def test_same_annotations_as_the_model_as_shipped(stock: Language) -> None:
    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeMemo)
    assert annotations(nlp) == annotations(stock)
    first = annotations(nlp)[0]
    assert first[1] == ("NNS", "NOUN", "Number=Plur", "gunman", "nsubjpass")


def test_same_matches_cold_and_warm(stock: Language) -> None:
    ruler = stock.get_pipe("attribute_ruler")
    memo = AttributeMemo(ruler)  # type: ignore[arg-type]
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(TEXTS))
    expected = [ruler.match(doc) for doc in docs]  # type: ignore[attr-defined]
    assert [memo.matches(doc) for doc in docs] == expected
    assert memo.memo
    assert [memo.matches(doc) for doc in docs] == expected


def test_multi_token_patterns_stay_in_the_matcher(stock: Language) -> None:
    memo = AttributeMemo(stock.get_pipe("attribute_ruler"))  # type: ignore[arg-type]
    assert memo.rest is not None and len(memo.rest) == 8
    assert len(memo.rules) + len(memo.rest) == 179


def test_pattern_entries_it_reads_and_those_it_leaves() -> None:
    assert token_test("TAG", "NN") is not None
    assert token_test("LOWER", {"IN": ["a", "b"]}) is not None
    assert token_test("DEP", {"NOT_IN": ["ROOT"]}) is not None
    assert token_test("LOWER", {"REGEX": "^n't$"}) is not None
    assert token_test("ORTH", "x") is None
    assert token_test("LENGTH", {">=": 3}) is None
    assert token_test("TAG", {"IN": ["NN"], "NOT_IN": ["NNS"]}) is None
    assert token_rule(0, 1, [[{"LOWER": "gon"}, {"LOWER": "na"}]]) is None
    assert token_rule(0, 1, [[{"TAG": "NN", "OP": "+"}]]) is None


def test_a_rule_knows_the_tags_it_can_match() -> None:
    assert named_tags([[{"TAG": "NN"}], [{"TAG": {"IN": ["VB", "VBP"]}}]]) == {"NN", "VB", "VBP"}
    assert named_tags([[{"TAG": "NN"}], [{"LOWER": "so"}]]) is None


def test_an_unwrapped_memo_says_what_to_do() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="wrap_attribute_ruler"):
        AttributeMemo()(nlp("a text"))


def test_tag_tests_are_settled_once_per_tag() -> None:
    rule = token_rule(3, 9, [[{"TAG": "NN"}], [{"TAG": "VB", "LOWER": "so"}]])
    assert rule is not None
    assert rule.given_tag("NN") is True
    assert rule.given_tag("JJ") is False
    left = rule.given_tag("VB")
    assert isinstance(left, TokenRule) and [[t.attr for t in a] for a in left.alternatives] == [
        ["LOWER"]
    ]


def test_rules_that_list_their_forms_are_read_only_for_those_forms() -> None:
    rule = token_rule(1, 2, [[{"LOWER": {"IN": ["so", "too"]}}], [{"LOWER": "also", "TAG": "RB"}]])
    assert rule is not None and needed_forms(rule) == {"so", "too", "also"}
    anywhere = token_rule(1, 2, [[{"LOWER": "so"}], [{"DEP": "neg"}]])
    assert anywhere is not None and needed_forms(anywhere) is None
