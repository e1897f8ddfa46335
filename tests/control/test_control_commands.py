"""`sitrep control` via click's test runner on the command object, and the stored round trip."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from sitrep.control.commands import control
from sitrep.control.storage import load_facts, load_operations
from sitrep.errors import StoreError
from sitrep.store import Store

REPORTS = (
    (
        "d1",
        "The Syrian army took control of Saraqib on April 1, 2019. Rebels withdrew from "
        "all villages from Saraqib to Qaryat Zuzu.",
    ),
    ("d2", "Government troops have besieged rebels in the town of Douma since 5 June 2019."),
    ("d3", "The army launched Operation Dawn of Idlib on 30 April 2019 on three fronts."),
)


@pytest.fixture(scope="module")
def db(extract, keep, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("control") / "sitrep.db"
    with Store.open(path) as store:
        for doc_id, text in REPORTS:
            keep(store, extract(text, doc_id=doc_id, published=date(2019, 6, 10), source=doc_id))
    return str(path)


def run(*args: str):
    return CliRunner().invoke(control, list(args))


def test_state_at_a_date_as_a_table(db):
    result = run("--db", db, "--at", "2019-07-01")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "place", "from", "until", "status", "controller", "besieger", "besieged",
        "contested_by", "src", "disputed",
    ]  # fmt: skip
    assert [line.split("  ")[0] for line in lines[1:]] == ["Douma", "Qaryat Zuzu (?)", "Saraqib"]


def test_state_at_as_jsonl_filtered_by_actor(db):
    result = run("--db", db, "--at", "2019-07-01", "--actor", "rebels", "--format", "jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["place"], r["status"], r["besieged"]) for r in rows] == [
        ("Douma", "besieged", "Opposition Rebels (Syria)")
    ]


def test_geojson_keeps_unresolved_places_with_a_null_geometry(db):
    result = run("--db", db, "--at", "2019-07-01", "--format", "geojson", "--country", "SYR")
    features = json.loads(result.output)["features"]
    by_name = {f["properties"]["place"]: f["geometry"] for f in features}
    assert sorted(by_name) == ["Douma", "Qaryat Zuzu", "Saraqib"]
    assert by_name["Qaryat Zuzu"] is None
    assert by_name["Douma"]["type"] == "Point"


def test_a_bbox_leaves_out_places_without_coordinates(db):
    result = run("--db", db, "--at", "2019-07-01", "--bbox", "36,33,37,34", "--format", "jsonl")
    assert [json.loads(line)["place"] for line in result.output.splitlines()] == ["Douma"]


def test_timeline_of_a_place_by_its_gazetteer_spelling(db):
    result = run("--db", db, "--place", "Dūmā", "--format", "jsonl")
    (row,) = [json.loads(line) for line in result.output.splitlines()]
    assert (row["place"], row["start"], row["end"], row["status"]) == (
        "Douma",
        "2019-06-05",
        None,
        "besieged",
    )
    assert row["evidence"][0]["doc_id"] == "d2"


def test_unknown_place_says_so(db):
    result = run("--db", db, "--place", "Atlantis")
    assert (result.exit_code, result.output) == (0, "sitrep: no control fact names 'Atlantis'\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give exactly one of --at DATE or --place NAME"),
        (("--at", "2019-07-01", "--place", "Douma"), "give exactly one of --at DATE or --place"),
        (("--at", "July"), "'July' is not a date; use YYYY-MM-DD"),
        (("--at", "2019-07-01", "--bbox", "1,2,3"), "give four numbers west,south,east,north"),
    ],
)
def test_bad_options(db, args, message):
    result = run("--db", db, *args)
    assert result.exit_code == 2
    assert message in result.output


def test_a_missing_database(tmp_path):
    result = run("--db", str(tmp_path / "none.db"), "--at", "2019-07-01")
    assert isinstance(result.exception, StoreError)
    assert "run `sitrep run PATHS --db" in str(result.exception)


def test_facts_and_operations_round_trip_through_the_store(extract, keep, store):
    result = extract(REPORTS[2][1], doc_id="op", published=date(2019, 6, 10))
    result2 = extract(REPORTS[0][1], doc_id="ctl", published=date(2019, 6, 10))
    keep(store, result)
    keep(store, result2)
    assert load_operations(store.connection) == list(result.operations)
    assert load_facts(store.connection) == list(result2.control)
    (operation,) = result.operations
    assert (operation.name, operation.launched, operation.fronts) == (
        "Operation Dawn of Idlib",
        date(2019, 4, 30),
        3,
    )
