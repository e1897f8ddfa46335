"""A report's country from its source: JSONL `country` and `--country` place what the text
leaves unplaced; a country nobody knows fails in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import sitrep

from sitrep.store import Store

UNPLACED = "Gunmen stormed a village on Monday and killed three farmers."
PLACED = "Gunmen killed three farmers near Kharkiv on Monday."
NARNIA = "unknown country 'Narnia'; give a country name or an ISO code such as SY or SYR"


def feed(tmp_path: Path, *records: dict[str, str]) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def actors(event: dict[str, object]) -> tuple[object, object]:
    return event["actor1"], event["actor2"]


def test_option_names_the_country_of_unplaced_actors(tmp_path: Path) -> None:
    source = feed(tmp_path, {"id": "a", "text": UNPLACED})
    run = sitrep("extract", source, "--country", "NG", "--no-prefilter")
    assert run.code == 0, run.err
    [event] = run.jsonl()
    assert actors(event) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    assert event["location"] is None


def test_without_a_country_the_actors_stay_unplaced(tmp_path: Path) -> None:
    source = feed(tmp_path, {"id": "a", "text": UNPLACED})
    [event] = sitrep("extract", source, "--no-prefilter").jsonl()
    assert actors(event) == ("Unidentified Armed Group", "Civilians")


def test_a_place_in_the_text_outweighs_the_source(tmp_path: Path) -> None:
    source = feed(tmp_path, {"id": "a", "text": PLACED, "country": "Nigeria"})
    [event] = sitrep("extract", source, "--no-prefilter").jsonl()
    assert actors(event) == ("Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)")


def test_a_record_own_country_wins_over_the_option(tmp_path: Path) -> None:
    source = feed(
        tmp_path,
        {"id": "own", "text": UNPLACED, "country": "UKR"},
        {"id": "default", "text": UNPLACED + " "},
    )
    db = tmp_path / "s.db"
    run = sitrep("run", source, "--db", db, "--country", "Nigeria", "--no-prefilter")
    assert run.code == 0, run.err
    by_doc = {e["doc_id"]: actors(e) for e in run.jsonl()}
    assert by_doc == {
        "own": ("Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)"),
        "default": ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    }
    with Store.open(db) as store:
        stored = {d.doc_id: d.country for d in store.documents()}
    assert stored == {"own": "UKR", "default": "Nigeria"}


@pytest.mark.parametrize("command", ["run", "extract"])
def test_an_unknown_option_country_fails_in_one_line(tmp_path: Path, command: str) -> None:
    source = feed(tmp_path, {"id": "a", "text": UNPLACED})
    store = ("--db", tmp_path / "s.db") if command == "run" else ()
    run = sitrep(command, source, "--country", "Narnia", *store)
    assert run.code != 0
    assert run.err_lines == [f"sitrep: error: {NARNIA}"]
    assert not (tmp_path / "s.db").exists()


def test_an_unknown_record_country_fails_that_record_only(tmp_path: Path) -> None:
    source = feed(
        tmp_path,
        {"id": "bad", "text": UNPLACED, "country": "Narnia"},
        {"id": "good", "text": UNPLACED + " ", "country": "NG"},
    )
    db = tmp_path / "s.db"
    run = sitrep("run", source, "--db", db, "--no-prefilter")
    assert [e["doc_id"] for e in run.jsonl()] == ["good"]
    failures = sitrep("failures", "--db", db).out
    assert NARNIA in failures
