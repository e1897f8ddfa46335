"""The real pipeline: registry spaCy model, the full registry gazetteer (built on first use)."""

from pathlib import Path

import pytest

from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def extractor():
    loaded = Extractor.load()
    yield loaded
    loaded.close()


@pytest.fixture(scope="session")
def extract(extractor):
    def run(text: str, *, doc_id: str = "t", published=None) -> Result:
        document = Document(doc_id=doc_id, text=text, published=published)
        (result,) = list(run_extraction(extractor, [document]))
        assert isinstance(result, Result)
        return result

    return run
