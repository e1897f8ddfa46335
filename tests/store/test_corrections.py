"""Corrections: correct, delete, history and replay on small hand-built events."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from gazetteer_fixture import build_mini_gazetteer

from sitrep.export import write_csv
from sitrep.model import Document, Event, Evidence
from sitrep.store import Store, rows
from sitrep.store.commands import edit
from sitrep.store.corrections import (
    CorrectionError,
    EventNotFound,
    correct,
    delete,
    history,
    replay,
)
from sitrep.store.dbapi import integrity_errors
from sitrep.store.queries import EVENT_COLUMNS

TEXT = "Rebels shelled the market in Aldoria on Monday. Two traders were killed."
TRIGGER = Evidence(start=7, end=14, text="shelled", role="trigger")
ACTOR = Evidence(start=0, end=6, text="Rebels", role="actor1")


def _event(**fields: object) -> Event:
    values: dict[str, object] = {
        "event_id": "ev-1",
        "doc_id": "doc-a",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Rebels (Aldoria)",
        "inter1": 2,
        "location": "Aldoria",
        "latitude": 10.0,
        "longitude": 20.0,
        "geonameid": 7,
        "event_date": "2024-03-04",
        "fatalities": 2,
        "evidence": (TRIGGER, ACTOR),
        "tags": ("aggregate",),
    }
    values.update(fields)
    return Event(**values)  # type: ignore[arg-type]


DOCUMENT = Document(doc_id="doc-a", text=TEXT, title="Market shelled", source="Daily Wire")
OTHER = _event(
    event_id="ev-2",
    evidence=(Evidence(start=53, end=59, text="killed", role="trigger"),),
    tags=(),
)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as opened:
        opened.ingest(DOCUMENT, [_event(), OTHER], [])
        yield opened


def _stored(store: Store) -> dict[str, Event]:
    """Every stored report, by event id (not the merged view of `store.events`)."""
    return {e.event_id: e for e in reports(store)}


def reports(store: Store) -> list[Event]:
    sql = (
        f"SELECT e.id, {', '.join(f'e.{c}' for c in EVENT_COLUMNS)} FROM events AS e ORDER BY e.id"
    )
    return list(rows.read_events(store.connection, sql, []))


def _rewrite(store: Store, events: list[Event]) -> None:
    """What a recode does to a document: its events written afresh, corrections replayed."""
    store.replace_events("doc-a", events, [])


def test_correct_sets_fields_tags_and_logs_who_and_when(store: Store) -> None:
    changed = correct(
        store, "ev-1", {"fatalities": 3, "actor1": "Aldorian Army"}, editor="amira", note="AP"
    )
    assert (changed.fatalities, changed.actor1, changed.tags) == (
        3,
        "Aldorian Army",
        ("aggregate", "corrected"),
    )
    assert _stored(store)["ev-1"] == changed
    assert _stored(store)["ev-2"].tags == ()
    log = history(store, "ev-1")
    assert [(c.field, c.old_value, c.new_value, c.editor, c.note) for c in log] == [
        ("actor1", "Rebels (Aldoria)", "Aldorian Army", "amira", "AP"),
        ("fatalities", 2, 3, "amira", "AP"),
    ]
    assert log[0].at == log[1].at and log[0].at.startswith("20")
    assert (log[0].doc_id, log[0].trigger_start, log[0].trigger_end) == ("doc-a", 7, 14)


def test_a_sub_type_brings_its_event_type_plover_and_cameo(store: Store) -> None:
    changed = correct(store, "ev-1", {"sub_event_type": "armed clash"}, editor="amira")
    assert (changed.event_type, changed.sub_event_type, changed.plover, changed.cameo) == (
        "Battles",
        "Armed clash",
        "FIGHT/firearms",
        "19",
    )


def test_a_day_is_the_whole_range_at_day_precision(store: Store) -> None:
    changed = correct(store, "ev-1", {"event_date": "2024-03-02"}, editor="amira")
    assert (changed.event_date, changed.date_start, changed.date_end) == ("2024-03-02",) * 3
    assert changed.time_precision == 1


def test_coordinates_move_the_point_and_the_spatial_index(store: Store) -> None:
    changed = correct(
        store, "ev-1", {"location": "Old Aldoria", "latitude": 11, "longitude": -5.5}, editor="a"
    )
    assert (changed.location, changed.latitude, changed.longitude, changed.geonameid) == (
        "Old Aldoria",
        11.0,
        -5.5,
        None,
    )
    near = store.connection.execute(
        "SELECT id FROM event_coords WHERE min_lon BETWEEN -6 AND -5 AND min_lat BETWEEN 10 AND 12"
    )
    assert near.fetchall() == [(1,)]


def test_delete_removes_the_event_and_logs_it(store: Store) -> None:
    delete(store, "ev-1", editor="amira", note="duplicate of ev-2")
    assert list(_stored(store)) == ["ev-2"]
    (logged,) = history(store, "ev-1")
    assert (logged.field, logged.new_value, logged.note) == ("deleted", True, "duplicate of ev-2")
    with pytest.raises(EventNotFound):
        correct(store, "ev-1", {"fatalities": 1}, editor="amira")


def test_a_correction_survives_a_rewrite_that_changes_the_event_id(store: Store) -> None:
    correct(store, "ev-1", {"fatalities": 5}, editor="amira")
    recoded = _event(event_id="ev-1b", evidence=(TRIGGER,), fatalities=2, tags=())
    _rewrite(store, [recoded, OTHER])
    stored = _stored(store)
    assert (stored["ev-1b"].fatalities, stored["ev-1b"].tags) == (5, ("corrected",))
    assert stored["ev-2"].fatalities == 2
    assert [c.field for c in history(store, "ev-1b")] == ["fatalities"]


def test_without_its_trigger_a_correction_follows_the_event_id(store: Store) -> None:
    correct(store, "ev-1", {"fatalities": 5}, editor="amira")
    moved = Evidence(start=8, end=14, text="helled", role="trigger")
    _rewrite(store, [_event(evidence=(moved,)), OTHER])
    assert _stored(store)["ev-1"].fatalities == 5


def test_a_deletion_survives_a_rewrite(store: Store) -> None:
    delete(store, "ev-2", editor="amira")
    _rewrite(store, [_event(), OTHER])
    assert list(_stored(store)) == ["ev-1"]


def test_a_merged_event_is_corrected_in_every_report(store: Store) -> None:
    retold = Document(doc_id="doc-b", text=TEXT, source="Evening Post")
    store.ingest(retold, [_event(event_id="ev-b", doc_id="doc-b", fatalities=3)], [])
    (merged, _) = store.events(order_by="event_id")
    assert (merged.event_id, merged.sources) == ("ev-1", ("doc-a", "doc-b"))
    changed = correct(store, "ev-1", {"fatalities": 4}, editor="amira")
    assert (changed.event_id, changed.fatalities, changed.sources) == (
        "ev-1",
        4,
        ("doc-a", "doc-b"),
    )
    assert [(e.event_id, e.fatalities) for e in reports(store)] == [
        ("ev-1", 4),
        ("ev-2", 2),
        ("ev-b", 4),
    ]
    assert [c.event_id for c in history(store, "ev-1")] == ["ev-1", "ev-b"]
    delete(store, "ev-1", editor="amira")
    assert [e.event_id for e in store.events()] == ["ev-2"]
    assert [e.event_id for e in reports(store)] == ["ev-2"]


def test_a_corrected_actor_is_found_by_the_actor_filter(store: Store) -> None:
    correct(store, "ev-2", {"actor2": "Traders of Aldoria"}, editor="amira")
    assert [e.event_id for e in store.events(actor="Traders of Aldoria")] == ["ev-2"]


def test_replay_twice_changes_nothing(store: Store) -> None:
    correct(store, "ev-1", {"fatalities": 5}, editor="amira")
    with store.transaction() as conn:
        replay(conn, 1)
        replay(conn, 1)
    assert _stored(store)["ev-1"].tags == ("aggregate", "corrected")


def test_later_corrections_win(store: Store) -> None:
    correct(store, "ev-1", {"fatalities": 5}, editor="amira")
    correct(store, "ev-1", {"fatalities": 4}, editor="ben")
    _rewrite(store, [_event(), OTHER])
    assert _stored(store)["ev-1"].fatalities == 4
    assert [c.editor for c in history(store, "ev-1")] == ["amira", "ben"]


def test_the_csv_export_carries_the_corrected_flag(store: Store) -> None:
    correct(store, "ev-2", {"fatalities": 0}, editor="amira")
    out = io.StringIO()
    write_csv(reports(store), out)
    tags = [row["tags"] for row in csv.DictReader(io.StringIO(out.getvalue()))]
    assert tags == ["aggregate", "corrected"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"colour": "red"},
            "cannot correct 'colour': the fields that can be corrected are event_type, "
            "sub_event_type, actor1, inter1, assoc_actor_1, actor2, inter2, assoc_actor_2, "
            "location, latitude, longitude, event_date, fatalities",
        ),
        (
            {},
            "nothing to correct: give at least one of event_type, sub_event_type, actor1, "
            "inter1, assoc_actor_1, actor2, inter2, assoc_actor_2, location, latitude, longitude, "
            "event_date, fatalities",
        ),
        ({"fatalities": -1}, "fatalities must be 0 or more (or empty for unknown), got -1"),
        ({"fatalities": "many"}, "fatalities must be a whole number, got 'many'"),
        ({"latitude": 95, "longitude": 1}, "latitude must be a number from -90 to 90, got 95"),
        ({"latitude": 5}, "give latitude and longitude together"),
        (
            {"event_date": "last Monday"},
            "event_date must be a date as YYYY-MM-DD, got 'last Monday'",
        ),
        ({"actor1": " "}, "actor1 must be a non-empty text, got ' '"),
        ({"inter2": 9}, "inter2 must be an ACLED actor type code 1-8, got 9"),
        (
            {"event_type": "Riots"},
            "the event's sub-event type 'Shelling/artillery/missile attack' is not one of "
            "'Riots': give sub_event_type too, one of Violent demonstration; Mob violence",
        ),
        (
            {"event_type": "Protests", "sub_event_type": "Armed clash"},
            "'Armed clash' is a sub-event type of 'Battles', not of 'Protests': give one of "
            "Peaceful protest; Protest with intervention; Excessive force against protesters",
        ),
        (
            {"location": "Bexmoor"},
            "give latitude and longitude with the location 'Bexmoor' "
            "(or pass a gazetteer to look the name up)",
        ),
    ],
)
def test_bad_input_says_what_to_do_and_writes_nothing(
    store: Store, changes: dict[str, object], message: str
) -> None:
    before = _stored(store)
    with pytest.raises(CorrectionError) as raised:
        correct(store, "ev-1", changes, editor="amira")
    assert str(raised.value) == message
    assert _stored(store) == before
    assert store.connection.execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def test_an_unknown_event_or_editor_is_refused(store: Store) -> None:
    with pytest.raises(EventNotFound) as raised:
        correct(store, "nope", {"fatalities": 1}, editor="amira")
    assert str(raised.value) == (
        "no event 'nope' in the store: check the id with `sitrep events` "
        "(a recode may have given the event a new id)"
    )
    with pytest.raises(EventNotFound):
        history(store, "nope")
    with pytest.raises(CorrectionError) as raised:
        delete(store, "ev-1", editor="")
    assert str(raised.value) == "say who makes the correction (--by NAME, or set $USER)"


def test_replay_of_a_document_without_corrections_is_a_no_op(store: Store) -> None:
    with store.transaction() as conn:
        replay(conn, 1)
        replay(conn, 99)
    assert _stored(store)["ev-1"] == replace(_event())


def test_replay_runs_inside_the_callers_transaction(store: Store) -> None:
    correct(store, "ev-1", {"fatalities": 5}, editor="amira")
    with pytest.raises(integrity_errors()), store.transaction() as conn:
        conn.execute("UPDATE events SET fatalities = 2")
        replay(conn, 1)
        conn.execute("INSERT INTO events (id) VALUES (NULL)")
    assert _stored(store)["ev-1"].fatalities == 5


# the `sitrep edit` command


@pytest.fixture
def db(store_url: str) -> str:
    with Store.open(store_url) as opened:
        opened.ingest(DOCUMENT, [_event(), OTHER], [])
    return store_url


def _edit(db: str, *args: str) -> Result:
    return CliRunner().invoke(edit, [args[0], "--db", db, *args[1:]])


def test_edit_prints_the_corrected_event(db: str) -> None:
    done = _edit(db, "ev-1", "--fatalities", "3", "--lat", "11", "--lon", "-5.5", "--by", "amira")
    assert done.exit_code == 0, done.stderr
    printed = json.loads(done.stdout)
    assert (printed["fatalities"], printed["latitude"], printed["tags"]) == (
        3,
        11.0,
        ["aggregate", "corrected"],
    )
    shown = _edit(db, "ev-1")
    assert json.loads(shown.stdout) == printed


def test_edit_history_lists_who_changed_what(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "zoe")
    monkeypatch.setenv("USER", "zoe")
    _edit(db, "ev-1", "--date", "2024-03-02", "--note", "local radio")
    done = _edit(db, "ev-1", "--history")
    logged = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(c["field"], c["new_value"], c["editor"], c["note"]) for c in logged] == [
        ("event_date", "2024-03-02", "zoe", "local radio"),
        ("date_start", "2024-03-02", "zoe", "local radio"),
        ("date_end", "2024-03-02", "zoe", "local radio"),
        ("time_precision", 1, "zoe", "local radio"),
    ]


def test_edit_delete(db: str) -> None:
    done = _edit(db, "ev-2", "--delete", "--by", "amira")
    assert (done.exit_code, done.stdout, done.stderr) == (0, "", "sitrep: deleted ev-2\n")
    with Store.open(db) as opened:
        assert [e.event_id for e in reports(opened)] == ["ev-1"]


def test_edit_looks_a_location_up_in_the_gazetteer(db: str, tmp_path: Path) -> None:
    gazetteer = build_mini_gazetteer(tmp_path / "mini.sqlite")
    done = _edit(db, "ev-1", "--location", "Sarmin", "--gazetteer", str(gazetteer), "--by", "a")
    printed = json.loads(done.stdout)
    assert [printed[k] for k in ("location", "latitude", "longitude", "country", "admin1")] == [
        "Sarmin",
        35.904,
        36.725,
        "Syria",
        "Idlib",
    ]
    unknown = _edit(db, "ev-1", "--location", "Bexmoor", "--gazetteer", str(gazetteer), "--by", "a")
    assert unknown.stderr == (
        "sitrep: error: 'Bexmoor' is not in the gazetteer: add it with `sitrep places add "
        "'Bexmoor' --lat LAT --lon LON`, or give latitude and longitude\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ev-1", "--fatalities", "many"), "fatalities must be a whole number, got 'many'"),
        (("ev-1", "--sub-type", "Ambush"), "'Ambush' is not an ACLED sub-event type: give one of "),
        (("nope", "--fatalities", "1"), "no event 'nope' in the store: check the id with "),
        (("ev-1", "--delete", "--fatalities", "1"), "give either --delete or fields to correct"),
    ],
)
def test_edit_bad_input_is_one_line_and_exit_2(
    db: str, args: tuple[str, ...], message: str
) -> None:
    done = _edit(db, *args, "--by", "amira")
    assert done.exit_code == 2
    assert done.stderr.startswith(f"sitrep: error: {message}")
    assert done.stderr.count("\n") == 1
    with Store.open(db) as opened:
        assert opened.connection.execute("SELECT count(*) FROM corrections").fetchone() == (0,)
