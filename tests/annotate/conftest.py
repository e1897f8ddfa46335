"""The model as shipped, to compare sitrep's annotation pipeline with."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sitrep.annotate import DEFAULT_MODEL


@pytest.fixture(scope="module")
def stock() -> Language:
    """The model as shipped, with sitrep's sentence breaks and acronym norms (which change the
    parse) and its time-stamp entities only."""
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("sitrep_line_breaks", before="parser")
    nlp.add_pipe("sitrep_time_stamps", after="ner")
    nlp.add_pipe("sitrep_acronyms", first=True)
    return nlp
