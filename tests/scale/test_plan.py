"""Chunking and the choice of where a run goes."""

import pytest

from sitrep.errors import InputError
from sitrep.model import Document
from sitrep.scale.plan import Scale
from sitrep.scale.work import chunked


def test_chunks_keep_order_and_hold_at_most_size_items() -> None:
    docs = [Document(doc_id=str(i), text=f"text {i}") for i in range(7)]
    chunks = list(chunked(iter(docs), 3))
    assert [[d.doc_id for d in c] for c in chunks] == [["0", "1", "2"], ["3", "4", "5"], ["6"]]


def test_chunked_reads_lazily() -> None:
    def endless():
        n = 0
        while True:
            n += 1
            yield Document(doc_id=str(n), text="x")

    first = next(chunked(endless(), 2))
    assert [d.doc_id for d in first] == ["1", "2"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"processes": 2, "workers": 2}, "either --processes"),
        ({"workers": 2, "scheduler": "tcp://127.0.0.1:8786"}, "either --workers"),
        ({"processes": 0}, "at least 1"),
    ],
)
def test_conflicting_options_say_what_to_do(options: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        Scale(**options)


def test_dask_when_workers_or_a_scheduler_are_given() -> None:
    assert not Scale(processes=2).on_dask
    assert Scale(workers=2).on_dask
    assert Scale(scheduler="tcp://127.0.0.1:8786").on_dask
