"""Reports of one event become one merged event in the store; --unmerged shows the reports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import StoreError
from sitrep.model import Document, Event, Evidence
from sitrep.store import Store

DATA = Path(__file__).resolve().parents[1] / "data" / "merge"


def _reports() -> list[tuple[Document, list[Event]]]:
    """The clustered reports with the events extracted from them when they were written."""
    by_doc: dict[str, list[Event]] = {}
    for line in (DATA / "events.jsonl").read_text("utf-8").splitlines():
        event = Event.from_dict(json.loads(line))
        by_doc.setdefault(event.doc_id, []).append(event)
    out = []
    for line in (DATA / "reports.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        document = Document(doc_id=row["id"], text=row["text"], source=row["source"])
        out.append((document, by_doc[row["id"]]))
    return out


def _groups(store: Store) -> set[frozenset[str]]:
    return {frozenset(e.sources or (e.doc_id,)) for e in store.events()}


def _filled(order: list[tuple[Document, list[Event]]], where: str = ":memory:") -> Store:
    store = Store.open(where)
    for document, events in order:
        store.ingest(document, events, [])
    return store


def test_the_clustered_reports_merge_into_their_true_events(store_url: str) -> None:
    with _filled(_reports(), store_url) as store:
        groups = _groups(store)
    assert (
        frozenset({"idlib-market-1", "idlib-market-2", "idlib-market-3", "idlib-roundup"}) in groups
    )
    assert frozenset({"idlib-friday"}) in groups  # same town, four days later
    assert frozenset({"nairobi-1", "nairobi-2", "nairobi-3"}) in groups
    assert frozenset({"mombasa-same-day"}) in groups  # same day, another town
    assert frozenset({"nairobi-riot"}) in groups  # same town, a week later, a riot
    assert frozenset({"quetta-1", "quetta-2"}) in groups
    assert frozenset({"quetta-convoy"}) in groups  # same day and town, other actors
    assert frozenset({"fasher-1", "fasher-2", "fasher-3"}) in groups
    assert frozenset({"fasher-village"}) in groups  # same day and place, another event type
    truth = json.loads((DATA / "clusters.json").read_text("utf-8"))["clusters"]
    assert groups == {frozenset(docs) for docs in truth.values()}


def test_the_clusters_do_not_depend_on_the_order_of_ingest(store_url: str) -> None:
    reports = _reports()
    with _filled(reports, store_url) as forward, _filled(reports[::-1]) as backward:
        assert _groups(forward) == _groups(backward)


def test_the_merged_record(store_url: str) -> None:
    with _filled(_reports(), store_url) as store:
        (bombing,) = store.events(sub_event_type="Suicide bomb")
        reports = list(store.events(sub_event_type="Suicide bomb", unmerged=True))
    first = next(e for e in _reports() if e[0].doc_id == "mogadishu-1")[1][0]
    assert bombing.event_id == first.event_id  # the first stored report's id
    assert bombing.sources == ("mogadishu-1", "mogadishu-2", "mogadishu-3", "mogadishu-4")
    assert bombing.outlets == 3  # Somali Voice sent two of the reports
    assert [e.fatalities for e in reports] == [32, 37, 12, 35]
    assert bombing.fatalities == 12
    assert (bombing.date_start, bombing.date_end) == ("2024-08-02", "2024-08-02")
    assert {e.doc_id for e in bombing.evidence} == set(bombing.sources)
    assert len(bombing.evidence) == sum(len(e.evidence) for e in reports)


def test_unmerged_with_an_event_id_lists_the_reports_behind_it(store_url: str) -> None:
    with _filled(_reports(), store_url) as store:
        (battle,) = store.events(country="Sudan", event_type="Battles")
        behind = list(store.events(event_id=battle.event_id, unmerged=True))
        assert [e.doc_id for e in behind] == ["fasher-1", "fasher-2", "fasher-3"]
        assert [e.sources for e in behind] == [(), (), ()]
        assert len(list(store.events(country="Sudan", unmerged=True))) == 4
        assert len(list(store.events(country="Sudan"))) == 2


@pytest.fixture
def make(make_event: Any) -> Any:
    def event(doc: str, **fields: Any) -> Event:
        values = {
            "event_id": f"{doc}-1",
            "doc_id": doc,
            "event_date": "2024-03-04",
            "date_start": "2024-03-04",
            "date_end": "2024-03-04",
            "country": "Aldoria",
            "location": "Kessa",
            "latitude": 10.0,
            "longitude": 20.0,
        }
        return make_event(**{**values, **fields})

    return event


def _doc(doc_id: str, source: str = "Wire") -> Document:
    return Document(doc_id=doc_id, text=f"Text of {doc_id}.", source=source)


def test_replace_events_splits_and_rejoins_clusters(store: Store, make: Any) -> None:
    for name in ("a", "b", "c"):
        store.ingest(_doc(name), [make(name, fatalities=len(name))], [])
    (merged,) = store.events()
    assert merged.sources == ("a", "b", "c")
    moved = make(
        "b", event_id="b-2", event_date=None, date_start="2024-03-09", date_end="2024-03-09"
    )
    store.replace_events("b", [moved], [])
    assert _groups(store) == {frozenset({"a", "c"}), frozenset({"b"})}
    store.replace_events("b", [make("b", event_id="b-3")], [])
    assert _groups(store) == {frozenset({"a", "b", "c"})}
    with pytest.raises(StoreError, match="no document 'zzz'"):
        store.replace_events("zzz", [], [])


def test_a_removed_bridge_leaves_two_events(store: Store, make: Any) -> None:
    early = make("early", event_date=None, date_start="2024-03-02", date_end="2024-03-02")
    late = make("late", event_date=None, date_start="2024-03-05", date_end="2024-03-05")
    store.ingest(_doc("early"), [early], [])
    store.ingest(_doc("late"), [late], [])
    assert len(_groups(store)) == 2  # two days apart
    week = make("week", event_date=None, date_start="2024-03-01", date_end="2024-03-07")
    store.ingest(_doc("week"), [week], [])
    assert len(_groups(store)) == 2  # a vague report joins one of them, never both


def test_events_of_one_document_never_merge(store: Store, make: Any) -> None:
    store.ingest(_doc("a"), [make("a"), make("a", event_id="a-2")], [])
    store.ingest(_doc("b"), [make("b")], [])
    assert sorted(len(g) for g in _groups(store)) == [1, 2]


def test_deleting_a_report_by_hand_keeps_the_rest_and_recluster_merges_again(
    store: Store, make: Any
) -> None:
    for name in ("a", "b", "c"):
        store.ingest(_doc(name), [make(name)], [])
    with store.transaction() as conn:
        conn.execute("DELETE FROM events WHERE event_id = 'a-1'")
    assert _groups(store) == {frozenset({"b"}), frozenset({"c"})}
    store.recluster()
    assert _groups(store) == {frozenset({"b", "c"})}


def test_an_edited_single_report_is_queried_by_its_new_values(store: Store, make: Any) -> None:
    store.ingest(_doc("a"), [make("a", fatalities=1)], [])
    with store.transaction() as conn:
        conn.execute("UPDATE events SET fatalities = 9, latitude = 50 WHERE event_id = 'a-1'")
    assert [e.fatalities for e in store.events(min_fatalities=9)] == [9]
    assert list(store.events(near=(50.0, 20.0, 1.0)))[0].latitude == 50


def test_after_steps_run_in_the_documents_transaction(store: Store, make: Any) -> None:
    seen: list[int] = []

    def remember(conn: sqlite3.Connection, document: int) -> None:
        seen.append(
            conn.execute(
                "SELECT count(*) FROM events WHERE document_id = ?", (document,)
            ).fetchone()[0]
        )

    def fail(conn: sqlite3.Connection, document: int) -> None:
        raise RuntimeError("control facts could not be written")

    assert store.ingest(_doc("a"), [make("a")], [], after=[remember])
    assert seen == [1]
    with pytest.raises(RuntimeError):
        store.ingest(_doc("b"), [make("b")], [], after=[fail])
    assert store.counts()["documents"] == 1
    assert _groups(store) == {frozenset({"a"})}


def test_merged_evidence_points_into_each_report(store: Store, make: Any) -> None:
    store.ingest(_doc("a"), [make("a")], [])
    second = make("b", evidence=(Evidence(start=0, end=4, text="Text", role="trigger"),))
    store.ingest(_doc("b", source="Courier"), [second], [])
    (merged,) = store.events()
    assert [(e.doc_id, e.text) for e in merged.evidence] == [("a", "shelled"), ("b", "Text")]
    assert merged.to_dict()["sources"] == ["a", "b"]
    assert merged.to_dict()["outlets"] == 2


def test_a_store_from_before_merging_shows_its_events_as_they_were(tmp_path: Path) -> None:
    from sitrep.store import schema

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in schema.MIGRATIONS[:3]:
        schema._apply(conn, migration)
    conn.execute(
        "INSERT INTO documents (id, doc_id, content_hash, text, added_at) "
        "VALUES (1, 'd', 'h', 'Rebels shelled Kessa.', 'now')"
    )
    conn.execute(
        "INSERT INTO events (document_id, event_id, doc_id, event_type, sub_event_type, "
        "confidence, actor1) VALUES (1, 'e1', 'd', 'Battles', 'Armed clash', 0.5, 'Rebels')"
    )
    conn.close()
    with Store.open(path) as store:
        (event,) = store.events(actor="rebels")
        assert (event.event_id, event.sources) == ("e1", ())
