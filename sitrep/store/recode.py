"""Recoding: extract the stored documents again (after a gazetteer or actor-dictionary change)
and replace their events and unresolved place mentions, keeping the analysts' corrections.

The files are not read again: each document is rebuilt from the store (the latest version of
each document id: `Store.replace_events` addresses documents by id). One document that fails
becomes a recorded Failure and the recode goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.model import Document, Failure

if TYPE_CHECKING:
    from sitrep.pipeline import Extractor
    from sitrep.store.sqlite import Store

Progress = Callable[[str], None]
PAGE = 200
REPORT_EVERY = 100


@dataclass(slots=True)
class RecodeTally:
    """What a recode did: documents recoded, events and unresolved mentions before and after."""

    documents: int = 0
    failures: int = 0
    events_before: int = 0
    events: int = 0
    unresolved_before: int = 0
    unresolved: int = 0

    def summary(self) -> str:
        return (
            f"sitrep: recoded {self.documents} documents: {self.events} events "
            f"(were {self.events_before}), {self.unresolved} unresolved place mentions "
            f"(were {self.unresolved_before}), {self.failures} failures"
        )


def recode(
    store: Store,
    extractor: Extractor,
    *,
    progress: Progress | None = None,
    doc_ids: Iterable[str] | None = None,
) -> RecodeTally:
    """Re-extract every stored document (or those with the given doc ids) and replace its
    events and unresolved mentions; corrections are re-applied to the new events."""
    from sitrep.control.storage import after_ingest
    from sitrep.pipeline import Result, run_extraction

    before = store.counts()
    tally = RecodeTally(events_before=before["events"], unresolved_before=before["unresolved"])
    run_id = store.start_run({"recode": True, "doc_ids": None if doc_ids is None else "some"})
    documents = _documents(store) if doc_ids is None else _chosen(store, doc_ids)
    for item in run_extraction(extractor, documents):
        if isinstance(item, Failure):
            store.record_failure(item, run_id=run_id)
            tally.failures += 1
            continue
        assert isinstance(item, Result)
        control = after_ingest(item.control, item.operations)
        store.replace_events(item.document.doc_id, item.events, item.unresolved, after=[control])
        tally.documents += 1
        if progress is not None and tally.documents % REPORT_EVERY == 0:
            progress(f"recoded {tally.documents} documents")
    after = store.counts()
    tally.events, tally.unresolved = after["events"], after["unresolved"]
    store.finish_run(run_id, {"documents": tally.documents, "failures": tally.failures})
    return tally


def recode_mentions(store: Store, extractor: Extractor, name: str) -> int:
    """Recode the documents with an unresolved mention of `name` (folded as the gazetteer
    folds names), e.g. after `sitrep places add NAME`; returns how many were recoded."""
    from sitrep.geocode.fold import loose_key

    key = loose_key(name)
    sql = (
        "SELECT DISTINCT u.text, d.doc_id, d.id FROM unresolved AS u "
        "JOIN documents AS d ON d.id = u.document_id ORDER BY d.id"
    )
    rows = store.connection.execute(sql)
    found = [doc_id for text, doc_id, _ in rows if loose_key(text) == key]
    if not key or not found:
        return 0
    extractor.gazetteer.forget()  # the gazetteer file changed under the open connection
    return recode(store, extractor, doc_ids=dict.fromkeys(found)).documents


def _documents(store: Store) -> Iterator[Document]:
    """The latest stored version of every document id, a page at a time (no read cursor stays
    open across writes)."""
    sql = (
        "SELECT d.id, d.doc_id FROM documents AS d WHERE d.id > ? AND d.id = "
        "(SELECT max(v.id) FROM documents AS v WHERE v.doc_id = d.doc_id) ORDER BY d.id LIMIT ?"
    )
    last = 0
    while page := store.connection.execute(sql, (last, PAGE)).fetchall():
        last = page[-1][0]
        yield from _chosen(store, [doc_id for _, doc_id in page])


def _chosen(store: Store, doc_ids: Iterable[str]) -> Iterator[Document]:
    for doc_id in doc_ids:
        document = store.document(doc_id)
        if document is not None:
            yield document
