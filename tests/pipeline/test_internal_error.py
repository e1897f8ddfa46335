"""A defect of sitrep's own met on one document is that document's failure, named; the
documents after it are still processed."""

import pytest

import sitrep.pipeline as pipeline
from sitrep.model import Document, Failure
from sitrep.pipeline import Extractor, Result, run_extraction


@pytest.fixture(scope="module")
def extractor():
    loaded = Extractor.load()
    yield loaded
    loaded.close()


def test_a_defect_fails_its_document_only(extractor, monkeypatch):
    real = pipeline.extract_document

    def flawed(ex, document, doc):
        if document.doc_id == "bad":
            raise IndexError("no such group")
        return real(ex, document, doc)

    monkeypatch.setattr(pipeline, "extract_document", flawed)
    documents = [
        Document(doc_id="bad", text="Gunmen killed two farmers in Kano, Nigeria, on Friday."),
        Document(doc_id="good", text="Gunmen killed two farmers in Kano, Nigeria, on Friday."),
    ]
    bad, good = run_extraction(extractor, documents)
    assert isinstance(bad, Failure)
    assert bad.stage == "extract"
    assert bad.reason == ("internal error (IndexError: no such group); please report this document")
    assert isinstance(good, Result)
    assert [e.fatalities for e in good.events] == [2]
