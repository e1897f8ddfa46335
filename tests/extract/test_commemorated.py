"""The dead a memorial, funeral or vigil honours are not the event's dead (commemorated.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.quantities import fatalities


def _count(nlp: Language, text: str) -> int | None:
    found = fatalities(next(nlp(text).sents))
    return None if found is None else found.value


@pytest.mark.parametrize(
    "sentence",
    [
        "Police detained 14 people who laid flowers at a memorial to a dead opposition leader.",
        "Hundreds attended the funeral of a dead activist in the town on Sunday.",
        "Students held a vigil for a dead classmate outside the university.",
    ],
)
def test_the_dead_honoured_are_no_toll(nlp: Language, sentence: str) -> None:
    assert not _count(nlp, sentence)


def test_a_dead_man_found_is_still_counted(nlp: Language) -> None:
    assert _count(nlp, "Residents found a dead man near the memorial on Sunday.") == 1
