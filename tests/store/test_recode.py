"""Recoding stored documents with the real pipeline and the mini gazetteer, keeping corrections."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from gazetteer_fixture import build_mini_gazetteer

from sitrep.errors import SitrepError
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.places import add_place
from sitrep.model import Document, Event
from sitrep.pipeline import Extractor, Result, run_extraction
from sitrep.store import Store, rows
from sitrep.store.commands import recode_command
from sitrep.store.corrections import correct, delete, history
from sitrep.store.queries import EVENT_COLUMNS
from sitrep.store.recode import recode, recode_mentions

PUBLISHED = date(2024, 3, 8)
CLASH = (
    "Fighters of the Zarqa Brigade attacked army positions near Sarmin in Idlib province "
    "on Monday, killing four soldiers."
)
STRIKE = (
    "Government aircraft bombed the village of Tell Qarmeen near Idlib on Tuesday, "
    "killing three civilians."
)
PROTEST = "Police fired tear gas at protesters in Nairobi on Friday. Two demonstrators were killed."
ZARQA = "actors:\n  - name: Zarqa Brigade\n    inter: 2\n    countries: [Syria]\n"

Load = Callable[..., Extractor]


@pytest.fixture
def gazetteer(tmp_path: Path) -> Path:
    return build_mini_gazetteer(tmp_path / "mini.sqlite")


@pytest.fixture
def load(gazetteer: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Load]:
    """Extractors over the mini gazetteer that share the session's spaCy model."""
    monkeypatch.setattr("sitrep.annotate.load_pipeline", lambda model=None: nlp)
    opened: list[Extractor] = []

    def make(actor_files: Sequence[Path] = ()) -> Extractor:
        opened.append(Extractor.load(gazetteer=gazetteer, actor_files=actor_files))
        return opened[-1]

    yield make
    for extractor in opened:
        extractor.close()


@pytest.fixture
def actors(tmp_path: Path) -> Path:
    path = tmp_path / "zarqa.yaml"
    path.write_text(ZARQA, encoding="utf-8")
    return path


@pytest.fixture
def db(store_url: str, load: Load) -> str:
    """Three reports, stored in a SQLite file and then in PostgreSQL."""
    with Store.open(store_url) as store:
        _ingest(store, load(), [("clash", CLASH), ("strike", STRIKE), ("protest", PROTEST)])
    return store_url


def _ingest(store: Store, extractor: Extractor, texts: list[tuple[str, str]]) -> None:
    documents = [Document(doc_id=d, text=t, published=PUBLISHED) for d, t in texts]
    for result in run_extraction(extractor, documents):
        assert isinstance(result, Result)
        store.ingest(result.document, result.events, result.unresolved)


def reports(store: Store) -> list[Event]:
    """Every stored report (not the merged view of `store.events`)."""
    sql = (
        f"SELECT e.id, {', '.join(f'e.{c}' for c in EVENT_COLUMNS)} FROM events AS e ORDER BY e.id"
    )
    return list(rows.read_events(store.connection, sql, []))


def _by_doc(store: Store) -> dict[str, Event]:
    found = {}
    for event in reports(store):
        assert event.doc_id not in found
        found[event.doc_id] = event
    return found


def test_recode_with_the_same_knowledge_changes_nothing(db: str, load: Load) -> None:
    with Store.open(db) as store:
        before = reports(store)
        tally = recode(store, load())
        assert reports(store) == before
        assert [run["arguments"] for run in store.runs()][-1] == {"doc_ids": None, "recode": True}
    assert tally.summary() == (
        "sitrep: recoded 3 documents: 3 events (were 3), 1 unresolved place mentions (were 1), "
        "0 failures"
    )


def test_recode_after_adding_an_actor_file_changes_the_actor(
    db: str, load: Load, actors: Path
) -> None:
    with Store.open(db) as store:
        assert _by_doc(store)["clash"].actor1 == "Unidentified Armed Group (Syria)"
        recode(store, load([actors]))
        clash = _by_doc(store)["clash"]
    assert (clash.actor1, clash.inter1) == ("Zarqa Brigade", 2)
    assert [(e.role, e.text) for e in clash.evidence][:2] == [
        ("trigger", "attacked"),
        ("actor1", "Zarqa Brigade"),
    ]


def test_corrections_and_deletions_survive_a_recode(db: str, load: Load, actors: Path) -> None:
    with Store.open(db) as store:
        old = _by_doc(store)
        correct(store, old["clash"].event_id, {"sub_event_type": "Attack"}, editor="amira")
        correct(store, old["strike"].event_id, {"fatalities": 5}, editor="ben", note="UN")
        delete(store, old["protest"].event_id, editor="amira", note="not in Kenya")
        recode(store, load([actors]))
        new = _by_doc(store)
        clash_log = history(store, new["clash"].event_id)
    assert sorted(new) == ["clash", "strike"]
    assert new["clash"].event_id != old["clash"].event_id  # the actor's span moved
    assert (new["clash"].actor1, new["clash"].sub_event_type, new["clash"].event_type) == (
        "Zarqa Brigade",
        "Attack",
        "Violence against civilians",
    )
    assert (new["strike"].fatalities, new["strike"].tags[-1]) == (5, "corrected")
    assert "corrected" in new["clash"].tags
    assert [(c.field, c.new_value, c.event_id) for c in clash_log][:2] == [
        ("sub_event_type", "Attack", old["clash"].event_id),
        ("event_type", "Violence against civilians", old["clash"].event_id),
    ]


def test_a_correction_applies_to_the_document_read_again(db: str, load: Load) -> None:
    with Store.open(db) as store:
        strike = _by_doc(store)["strike"]
        correct(store, strike.event_id, {"fatalities": 5}, editor="ben")
        again = Document(doc_id="strike", text=STRIKE, published=PUBLISHED, source="Wire")
        _ingest_document(store, load(), again)
        found = [e for e in reports(store) if e.doc_id == "strike"]
    assert [(e.fatalities, e.tags[-1]) for e in found] == [(5, "corrected")] * 2


def _ingest_document(store: Store, extractor: Extractor, document: Document) -> None:
    (result,) = run_extraction(extractor, [document])
    assert isinstance(result, Result)
    assert store.ingest(result.document, result.events, result.unresolved)


def test_adding_a_place_resolves_its_mentions(db: str, load: Load, gazetteer: Path) -> None:
    extractor = load()
    with Store.open(db) as store:
        assert store.unresolved_places() == [("Tell Qarmeen", 1, STRIKE)]
        assert recode_mentions(store, extractor, "Tell Qarmeen") == 1  # not in the gazetteer yet
        assert store.unresolved_places() == [("Tell Qarmeen", 1, STRIKE)]
        with Gazetteer.open(gazetteer, writable=True) as gaz:
            add_place(gaz, "Tell Qarmeen", latitude=35.95, longitude=36.7, country="SY")
        assert recode_mentions(store, extractor, "tell qarmin") == 1
        strike = _by_doc(store)["strike"]
        assert store.unresolved_places() == []
        assert recode_mentions(store, extractor, "Tell Qarmeen") == 0
    assert (strike.location, strike.latitude, strike.longitude, strike.geo_precision) == (
        "Tell Qarmeen",
        35.95,
        36.7,
        1,
    )


def test_a_failing_document_is_recorded_and_the_recode_goes_on(
    db: str, load: Load, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sitrep.pipeline

    real = sitrep.pipeline.extract_document

    def failing(extractor: Extractor, document: Document, doc: Any) -> Result:
        if document.doc_id == "strike":
            raise SitrepError("cannot read this one")
        return real(extractor, document, doc)

    monkeypatch.setattr(sitrep.pipeline, "extract_document", failing)
    with Store.open(db) as store:
        tally = recode(store, load())
        assert [f.line() for f in store.failures()] == ["strike: extract: cannot read this one"]
        assert sorted(_by_doc(store)) == ["clash", "protest", "strike"]
    assert (tally.documents, tally.failures) == (2, 1)


def test_the_recode_command_prints_one_summary_line(
    db: str, load: Load, gazetteer: Path, actors: Path
) -> None:
    args = ["--db", str(db), "--gazetteer", str(gazetteer), "--actors", str(actors)]
    result = CliRunner().invoke(recode_command, args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == (
        "sitrep: recoded 3 documents: 3 events (were 3), 1 unresolved place mentions (were 1), "
        "0 failures\n"
    )
    with Store.open(db) as store:
        assert _by_doc(store)["clash"].actor1 == "Zarqa Brigade"


def test_the_recode_command_needs_a_stored_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(recode_command, ["--db", str(tmp_path / "no.db")])
    assert result.exit_code == 2
    assert result.stderr == (
        f"sitrep: error: no database at {tmp_path / 'no.db'}; "
        f"run `sitrep run PATHS --db {tmp_path / 'no.db'}` first\n"
    )


def test_recode_writes_a_documents_control_facts_again_without_doubling(
    tmp_path: Path, load: Load
) -> None:
    from sitrep.control.storage import after_ingest

    text = (
        "Government forces recaptured the town of Sarmin in Idlib province from rebels on "
        "Monday after two days of fighting."
    )
    document = Document(doc_id="sarmin", text=text, published=PUBLISHED)
    extractor = load()
    [result] = run_extraction(extractor, [document])
    assert isinstance(result, Result) and result.control
    with Store.open(tmp_path / "c.db") as store:
        control = after_ingest(result.control, result.operations)
        store.ingest(result.document, result.events, result.unresolved, after=[control])

        def stored() -> list[tuple[str, str]]:
            sql = "SELECT place, status FROM control_facts ORDER BY id"
            return [tuple(r) for r in store.connection.execute(sql)]

        before = stored()
        assert before and all(place == "Sarmin" for place, _ in before)
        recode(store, extractor)
        assert stored() == before
