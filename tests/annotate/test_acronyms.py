"""'IS' in running text is the Islamic State's name, not the verb; in capitals it stays a verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.annotate import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _is_token(nlp: Language, text: str) -> tuple[str, str]:
    token = next(t for t in nlp(text) if t.text == "IS")
    return token.pos_, token.dep_


def test_is_before_a_noun_is_a_name(nlp: Language) -> None:
    pos, dep = _is_token(nlp, "Iraqi forces killed three IS suicide bombers east of Rutba.")
    assert pos in ("PROPN", "NOUN") and dep == "compound"


def test_is_as_a_subject_is_a_name(nlp: Language) -> None:
    pos, dep = _is_token(nlp, "On 5 March 2021, IS killed a PMF member near Tarmiyah.")
    assert pos in ("PROPN", "NOUN") and dep == "nsubj"


def test_is_in_a_shouted_line_stays_a_verb(nlp: Language) -> None:
    pos, _ = _is_token(nlp, "WHAT IS HAPPENING IN THE TOWN")
    assert pos == "AUX"
