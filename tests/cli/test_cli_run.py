"""`sitrep run` into SQLite, re-runs that add nothing, and `events`/`failures`/`places` queries."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import REPORTS, WIRE, Run, sitrep, write_bytes

from sitrep.export import CSV_COLUMNS
from sitrep.model import EVENT_FIELDS
from sitrep.store import Store

DOCS_WITH_EVENTS = {
    "sarmin-shelling",
    "vovchansk-shelling",
    "wad-madani-clash",
    "mombasa-march",
    "ng-zaria-001",
    "ua-kharkiv-002",
}


@dataclass(frozen=True)
class Stored:
    db: Path
    first: Run
    second: Run
    after_first: dict[str, int]
    after_second: dict[str, int]


def counts(db: Path) -> dict[str, int]:
    with Store.open(db) as store:
        return store.counts()


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Stored:
    db = tmp_path_factory.mktemp("store") / "sitrep.db"
    first = sitrep("run", REPORTS, WIRE, "--db", db)
    after_first = counts(db)
    second = sitrep("run", REPORTS, WIRE, "--db", db)
    return Stored(db, first, second, after_first, counts(db))


@pytest.fixture(scope="module")
def everything(stored: Stored) -> list[dict[str, Any]]:
    return sitrep("events", "--db", stored.db).jsonl()


def doc_ids(run: Run) -> set[str]:
    assert run.code == 0, run.err
    return {e["doc_id"] for e in run.jsonl()}


def test_first_run_prints_and_stores_every_event(stored: Stored) -> None:
    assert stored.first.code == 0, stored.first.err
    printed = stored.first.jsonl()
    assert all(list(e) == list(EVENT_FIELDS) for e in printed)
    assert {e["doc_id"] for e in printed} == DOCS_WITH_EVENTS
    assert stored.after_first["documents"] == 7
    assert stored.after_first["events"] == len(printed)
    assert stored.after_first["failures"] == 0
    assert stored.first.err_lines[-1].endswith(f"0 failures -> {stored.db}")


def test_second_run_adds_nothing(stored: Stored) -> None:
    assert stored.second.code == 0
    assert stored.second.out == ""
    assert stored.second.err_lines[-1] == (  # stored documents are not extracted again
        f"sitrep: 7 documents, 0 events, 0 unresolved place mentions, 0 failures, "
        f"7 already stored -> {stored.db}"
    )
    same = {k: v for k, v in stored.after_second.items() if k != "runs"}
    assert same == {k: v for k, v in stored.after_first.items() if k != "runs"}
    assert (stored.after_first["runs"], stored.after_second["runs"]) == (1, 2)


def test_events_without_filters_gives_back_what_was_stored(
    stored: Stored, everything: list[dict[str, Any]]
) -> None:
    assert sorted(e["event_id"] for e in everything) == sorted(
        e["event_id"] for e in stored.first.jsonl()
    )
    assert all(list(e) == list(EVENT_FIELDS) for e in everything)


@pytest.mark.parametrize("country", ["Ukraine", "ukraine", "UKR"])
def test_country_filter(stored: Stored, everything: list[dict[str, Any]], country: str) -> None:
    run = sitrep("events", "--db", stored.db, "--country", country)
    assert doc_ids(run) == {"vovchansk-shelling", "ua-kharkiv-002"}
    assert len(run.jsonl()) == len([e for e in everything if e["iso3"] == "UKR"])


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--type", "Battles", {"wad-madani-clash"}),
        ("--type", "Protests", {"mombasa-march"}),
        ("--type", "Riots", set()),
        ("--sub-type", "Abduction/forced disappearance", {"ng-zaria-001"}),
        ("--actor", "Rapid Support", {"wad-madani-clash"}),
        ("--actor", "military forces of syria", {"sarmin-shelling"}),
        ("--actor", "Protesters (Kenya)", {"mombasa-march"}),
        ("--country", "Chad", set()),
    ],
)
def test_field_filters(stored: Stored, option: str, value: str, expected: set[str]) -> None:
    assert doc_ids(sitrep("events", "--db", stored.db, option, value)) == expected


def test_actor_filter_finds_every_russian_strike(stored: Stored) -> None:
    run = sitrep("events", "--db", stored.db, "--actor", "Russia")
    assert doc_ids(run) == {"vovchansk-shelling", "ua-kharkiv-002"}


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2024-05-12", "2024-05-19", {"vovchansk-shelling", "ua-kharkiv-002"}),
        ("2024-05-13", "2024-05-18", set()),
        ("2024-03-07", "2024-03-07", {"ng-zaria-001"}),
        ("2023-12-01", "2023-12-31", {"wad-madani-clash"}),
        ("2024-06-01", None, {"mombasa-march"}),
        (None, "2023-10-02", {"sarmin-shelling"}),
    ],
)
def test_date_filters(
    stored: Stored, since: str | None, until: str | None, expected: set[str]
) -> None:
    args = ["events", "--db", stored.db]
    args += ["--since", since] if since else []
    args += ["--until", until] if until else []
    assert doc_ids(sitrep(*args)) == expected


def test_filters_combine(stored: Stored) -> None:
    run = sitrep("events", "--db", stored.db, "--country", "Ukraine", "--since", "2024-05-15")
    assert doc_ids(run) == {"ua-kharkiv-002"}


def test_limit(stored: Stored) -> None:
    assert len(sitrep("events", "--db", stored.db, "--limit", "2").jsonl()) == 2


def test_csv_format(stored: Stored, everything: list[dict[str, Any]]) -> None:
    run = sitrep("events", "--db", stored.db, "--format", "csv", "--type", "Battles")
    assert run.code == 0
    rows = list(csv.DictReader(io.StringIO(run.out)))
    assert list(rows[0]) == list(CSV_COLUMNS)
    [row] = rows
    assert (row["doc_id"], row["event_type"], row["sub_event_type"]) == (
        "wad-madani-clash",
        "Battles",
        "Armed clash",
    )
    assert (row["iso"], row["country"], row["fatalities"]) == ("729", "Sudan", "7")


def test_geojson_format(stored: Stored, everything: list[dict[str, Any]]) -> None:
    run = sitrep("events", "--db", stored.db, "--format", "geojson", "--country", "Nigeria")
    assert run.code == 0
    collection = json.loads(run.out)
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [7.72, 11.085]}
    assert feature["properties"]["doc_id"] == "ng-zaria-001"
    assert feature["properties"]["location"] == "Zaria"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--admin1", "Kharkivska"), {"vovchansk-shelling", "ua-kharkiv-002"}),
        (("--near", "50.0,36.2,30"), {"ua-kharkiv-002"}),
        (("--bbox", "30,45,40,55"), {"vovchansk-shelling", "ua-kharkiv-002"}),
        (
            ("--min-fatalities", "3", "--max-fatalities", "7"),
            {"sarmin-shelling", "wad-madani-clash", "ua-kharkiv-002"},
        ),
        (("--source", "fixture"), {"ng-zaria-001", "ua-kharkiv-002"}),
        (("--text", "Mombasa"), {"mombasa-march"}),
        (("--actor", "RSF"), {"wad-madani-clash"}),
    ],
)
def test_place_number_source_and_text_filters(
    stored: Stored, options: tuple[str, ...], expected: set[str]
) -> None:
    assert doc_ids(sitrep("events", "--db", stored.db, *options)) == expected


def test_sort_and_page(stored: Stored) -> None:
    run = sitrep("events", "--db", stored.db, "--sort", "-fatalities", "--limit", "3")
    assert [e["fatalities"] for e in run.jsonl()] == [7, 7, 3]
    second = sitrep(
        "events", "--db", stored.db, "--sort", "-fatalities", "--limit", "1", "--offset", "2"
    )
    assert [e["doc_id"] for e in second.jsonl()] == ["sarmin-shelling"]


def test_confidence_filter_keeps_only_confident_events(stored: Stored) -> None:
    everything = sitrep("events", "--db", stored.db).jsonl()
    cut = sorted(e["confidence"] for e in everything)[len(everything) // 2]
    kept = sitrep("events", "--db", stored.db, "--min-confidence", str(cut)).jsonl()
    assert kept and all(e["confidence"] >= cut for e in kept)
    assert len(kept) == sum(e["confidence"] >= cut for e in everything)


def test_unmerged_lists_the_report_behind_an_event(stored: Stored) -> None:
    [event] = sitrep("events", "--db", stored.db, "--admin1", "Al Jazirah").jsonl()
    run = sitrep("events", "--db", stored.db, "--event-id", event["event_id"], "--unmerged")
    assert [e["doc_id"] for e in run.jsonl()] == ["wad-madani-clash"]


def test_bad_bbox_is_a_usage_error_naming_the_option(stored: Stored) -> None:
    run = sitrep("events", "--db", stored.db, "--bbox", "1,2,3")
    assert run.code == 2 and run.out == ""
    assert "--bbox" in run.err and "WEST,SOUTH,EAST,NORTH" in run.err


def test_table_format(stored: Stored) -> None:
    run = sitrep("events", "--db", stored.db, "--format", "table", "--type", "Battles")
    assert run.code == 0, run.err
    header, row = run.out.splitlines()
    assert header.split() == [
        "event_date",
        "sub_event_type",
        "actor1",
        "actor2",
        "location",
        "country",
        "fata",
        "event_id",
    ]
    assert "Armed clash" in row and "Sudan" in row and row.split()[-2] == "7"


def test_plover_format(stored: Stored) -> None:
    run = sitrep("events", "--db", stored.db, "--format", "plover", "--country", "Nigeria")
    assert run.code == 0, run.err
    [record] = run.jsonl()
    assert record["doc_id"] == "ng-zaria-001"
    assert record["event_loc"]["name"] == "Zaria"
    assert record["event"][0] in {"FIGHT", "ASSAULT", "PROTEST", "COERCE"}
    assert record["quad_code"] == 4


def test_search_finds_documents_by_their_words(stored: Stored) -> None:
    run = sitrep("search", "Zaria", "--db", stored.db)
    assert run.code == 0, run.err
    assert [line.split("\t")[0] for line in run.out.splitlines()] == ["ng-zaria-001"]
    assert "[Zaria]" in run.out


def test_search_without_a_match_says_so(stored: Stored) -> None:
    run = sitrep("search", "zzyzx", "--db", stored.db)
    assert (run.code, run.out) == (0, "")
    assert run.err_lines == ["sitrep: no document matches 'zzyzx'"]


def test_no_failures_listed_for_a_clean_batch(stored: Stored) -> None:
    run = sitrep("failures", "--db", stored.db)
    assert (run.code, run.out) == (0, "")


def test_unresolved_places_are_listed_with_their_sentence(stored: Stored) -> None:
    run = sitrep("places", "--unresolved", "--db", stored.db)
    assert run.code == 0
    sentence = (
        "KYIV, Ukraine, May 13, 2024 - Russian forces shelled Vovchansk and Lyptsi in Kharkiv"
        " region on Sunday, killing two civilians, the regional governor said."
    )
    lines = run.out.splitlines()
    assert f"1\tLyptsi\t{sentence}" in lines
    assert f"1\tVovchansk\t{sentence}" in lines


def test_village_named_by_a_cue_word_is_listed_unresolved(stored: Stored) -> None:
    names = [
        line.split("\t")[1]
        for line in sitrep("places", "--unresolved", "--db", stored.db).out.splitlines()
    ]
    assert "Tell Rahwan" in names


def test_unresolved_mentions_are_not_duplicated_by_a_rerun(stored: Stored) -> None:
    assert stored.after_second["unresolved"] == stored.after_first["unresolved"] >= 2


def test_a_failure_seen_again_is_not_listed_twice(tmp_path: Path) -> None:
    bad = write_bytes(tmp_path, "in/empty.txt", b"")
    good = write_bytes(
        tmp_path,
        "in/zaria.jsonl",
        (WIRE.read_text(encoding="utf-8").splitlines()[0] + "\n").encode(),
    )
    db = tmp_path / "x.db"
    for _ in range(2):
        assert sitrep("run", bad, good, "--db", db, "--quiet").code == 0
    run = sitrep("failures", "--db", db)
    assert run.out.splitlines() == [
        f"{bad}: read: empty file; nothing to read (remove it or give it text)"
    ]
    assert counts(db)["documents"] == 1


def test_a_fixed_file_leaves_the_failure_list(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "later.txt", b"")
    db = tmp_path / "x.db"
    sitrep("run", path, "--db", db, "--quiet")
    path.write_text((REPORTS / "wad-madani-clash.txt").read_text(encoding="utf-8"))
    assert sitrep("run", path, "--db", db, "--quiet").code == 0
    assert sitrep("failures", "--db", db).out == ""
    assert counts(db)["documents"] == 1


def test_adding_a_place_with_db_re_resolves_the_stored_reports(
    tmp_path: Path, mini_gazetteer: Path
) -> None:
    gazetteer = tmp_path / "gazetteer.sqlite"
    gazetteer.write_bytes(mini_gazetteer.read_bytes())
    db = tmp_path / "v.db"
    report = REPORTS / "vovchansk-shelling.txt"
    assert sitrep("run", report, "--db", db, "--gazetteer", gazetteer, "--quiet").code == 0
    before = sitrep("places", "--unresolved", "--db", db).out
    assert "\tVovchansk\t" in before
    run = sitrep(
        "places", "add", "Vovchansk", "--lat", "50.291", "--lon", "36.941",
        "--country", "UA", "--admin1", "Kharkivska", "--gazetteer", gazetteer, "--db", db,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert "sitrep: recoded 1 stored documents that mention Vovchansk" in run.err_lines
    after = sitrep("places", "--unresolved", "--db", db).out
    assert "\tVovchansk\t" not in after and "\tLyptsi\t" in after
    # "shelled Vovchansk and Lyptsi in Kharkiv region": one event per listed place, the unknown
    # Lyptsi at the region the report names; the two dead shared between them (place_lists)
    events = sitrep("events", "--db", db).jsonl()
    assert [(e["location"], e["geo_precision"], e["fatalities"]) for e in events] == [
        ("Vovchansk", 1, 1),
        ("Kharkivska", 3, 1),
    ]


def test_run_stores_control_facts_for_sitrep_control(tmp_path: Path) -> None:
    report = tmp_path / "sarmin-siege.txt"
    report.write_text(
        "Siege of Sarmin\n\nIDLIB, Syria, March 3, 2024 - Government forces have besieged the "
        "town of Sarmin in Idlib province since February, residents said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "c.db"
    assert sitrep("run", report, "--db", db, "--quiet").code == 0
    run = sitrep("control", "--db", db, "--place", "Sarmin", "--format", "jsonl")
    assert run.code == 0, run.err
    [period] = run.jsonl()
    assert (period["place"], period["status"], period["start"]) == (
        "Sarmin",
        "besieged",
        "2024-02-01",
    )
    assert period["besieger"].startswith("Military Forces of Syria")
