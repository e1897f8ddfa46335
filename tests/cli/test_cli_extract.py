"""`sitrep extract`: the event contract, doc ids, evidence offsets, dates, CSV, stdin."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import CLASH, REPORTS, WIRE, Run, sitrep

from sitrep.export import CSV_COLUMNS
from sitrep.model import EVENT_FIELDS

NO_DATELINE = "Gunmen abducted 15 students from a school near Zaria on Thursday, police said.\n"


@pytest.fixture(scope="module")
def extracted() -> Run:
    run = sitrep("extract", REPORTS, WIRE)
    assert run.code == 0, run.err
    return run


@pytest.fixture(scope="module")
def events(extracted: Run) -> list[dict[str, Any]]:
    return extracted.jsonl()


def texts() -> dict[str, str]:
    """Document text by doc_id, as the readers see it."""
    found = {p.stem: p.read_text(encoding="utf-8") for p in REPORTS.rglob("*.txt")}
    for line in WIRE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found[record["id"]] = record["text"]
    return found


def first_event(events: list[dict[str, Any]], doc_id: str) -> dict[str, Any]:
    mine = [e for e in events if e["doc_id"] == doc_id]
    assert mine, f"no event from {doc_id}"
    return mine[0]


def test_every_line_has_exactly_the_contract_fields_in_order(events: list[dict[str, Any]]) -> None:
    assert events
    for event in events:
        assert list(event) == list(EVENT_FIELDS)


def test_summary_line_counts_documents_and_failures(extracted: Run) -> None:
    summary = extracted.err_lines[-1]
    assert summary.startswith("sitrep: 7 documents, ")
    assert summary.endswith(" 0 failures")


def test_doc_ids_are_file_stems_and_jsonl_ids(events: list[dict[str, Any]]) -> None:
    known = {p.stem for p in REPORTS.rglob("*.txt")} | {"ng-zaria-001", "ua-kharkiv-002"}
    assert {e["doc_id"] for e in events} <= known
    assert {"wad-madani-clash", "ng-zaria-001", "ua-kharkiv-002"} <= {e["doc_id"] for e in events}


def test_event_ids_are_unique(events: list[dict[str, Any]]) -> None:
    ids = [e["event_id"] for e in events]
    assert len(ids) == len(set(ids))


def test_evidence_offsets_point_into_the_document(events: list[dict[str, Any]]) -> None:
    by_doc = texts()
    checked = 0
    for event in events:
        text = by_doc[event["doc_id"]]
        assert event["evidence"], event["event_id"]
        for ev in event["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"], (event["doc_id"], ev)
            checked += 1
    assert checked >= 2 * len(events)


def test_jsonl_source_and_url_are_carried(events: list[dict[str, Any]]) -> None:
    event = first_event(events, "ng-zaria-001")
    assert (event["source"], event["source_url"]) == (
        "fixture wire",
        "https://example.org/ng-zaria-001",
    )


def test_sports_language_makes_no_event(events: list[dict[str, Any]]) -> None:
    assert [e for e in events if e["doc_id"] == "ke-sport-003"] == []


def test_single_txt_file_doc_id_is_its_stem() -> None:
    run = sitrep("extract", CLASH)
    assert run.code == 0
    assert {e["doc_id"] for e in run.jsonl()} == {"wad-madani-clash"}


def test_same_stem_in_two_folders_gets_path_ids(tmp_path: Path) -> None:
    for sub in ("north", "south"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text(CLASH.read_text(encoding="utf-8"))
    run = sitrep("extract", tmp_path)
    assert run.code == 0
    ids = {e["doc_id"] for e in run.jsonl()}
    assert ids == {f"{tmp_path.as_posix()}/north/report", f"{tmp_path.as_posix()}/south/report"}


def test_stdin_is_one_document_called_stdin() -> None:
    run = sitrep("extract", "-", "--published", "2024-03-08", stdin=NO_DATELINE)
    assert run.code == 0, run.err
    [event] = run.jsonl()
    assert event["doc_id"] == "stdin"
    assert (event["event_type"], event["event_date"]) == (
        "Violence against civilians",
        "2024-03-07",
    )
    assert NO_DATELINE[event["evidence"][0]["start"] : event["evidence"][0]["end"]]


def test_published_option_anchors_weekdays(tmp_path: Path) -> None:
    path = tmp_path / "zaria-note.txt"
    path.write_text(NO_DATELINE)
    [event] = sitrep("extract", path, "--published", "2024-03-08").jsonl()
    assert (event["event_date"], event["date_start"], event["date_end"]) == ("2024-03-07",) * 3
    assert event["time_precision"] == 1


def test_without_any_date_the_event_says_so(tmp_path: Path) -> None:
    path = tmp_path / "zaria-note.txt"
    path.write_text(NO_DATELINE)
    [event] = sitrep("extract", path).jsonl()
    assert (event["event_date"], event["date_start"], event["date_end"]) == (None, None, None)
    assert event["time_precision"] is None


def test_dateline_wins_over_published_option() -> None:
    run = sitrep("extract", CLASH, "--published", "2020-01-01")
    assert first_event(run.jsonl(), "wad-madani-clash")["event_date"] == "2023-12-15"


def test_csv_has_the_export_header_and_one_row_per_event(events: list[dict[str, Any]]) -> None:
    run = sitrep("extract", REPORTS, WIRE, "--format", "csv")
    assert run.code == 0
    assert run.out.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(run.out)))
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in events]
    assert [r["event_type"] for r in rows] == [e["event_type"] for e in events]


# What a careful analyst codes for the main (first) event of each fixture report.
EXPECTED: dict[str, dict[str, Any]] = {
    "sarmin-shelling": {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Military Forces of Syria (2000-2024)",
        "actor2": "Civilians (Syria)",
        "country": "Syria",
        "iso3": "SYR",
        "admin1": "Idlib",
        "location": "Sarmin",
        "geo_precision": 1,
        "event_date": "2023-10-02",
        "fatalities": 3,
    },
    "vovchansk-shelling": {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Military Forces of Russia (2000-)",
        "actor2": "Civilians (Ukraine)",
        "country": "Ukraine",
        "admin1": "Kharkivska",
        "location": "Kharkivska",
        "geo_precision": 3,
        "event_date": "2024-05-12",
        "fatalities": 2,
    },
    "wad-madani-clash": {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "country": "Sudan",
        "admin1": "Al Jazirah",
        "location": "Wad Madani",
        "geo_precision": 1,
        "event_date": "2023-12-15",
        "fatalities": 7,
    },
    "mombasa-march": {
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "actor1": "Protesters (Kenya)",
        "actor2": None,
        "country": "Kenya",
        "location": "Mombasa",
        "geo_precision": 1,
        "latitude": -4.055,
        "event_date": "2024-06-24",
        "fatalities": None,
    },
    "ng-zaria-001": {
        "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance",
        "actor1": "Unidentified Armed Group (Nigeria)",
        "actor2": "Civilians (Nigeria)",
        "country": "Nigeria",
        "admin1": "Kaduna",
        "location": "Zaria",
        "geo_precision": 2,
        "event_date": "2024-03-07",
        "fatalities": None,
    },
    "ua-kharkiv-002": {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Military Forces of Russia (2000-)",
        "actor2": "Civilians (Ukraine)",
        "country": "Ukraine",
        "location": "Kharkiv",
        "geo_precision": 1,
        "latitude": 49.994,
        "event_date": "2024-05-19",
        "fatalities": 7,
    },
}
WRONG: dict[tuple[str, str], str] = {}


def _cases() -> list[Any]:
    cases = []
    for doc_id, fields in EXPECTED.items():
        for name, value in fields.items():
            reason = WRONG.get((doc_id, name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(doc_id, name, value, marks=marks, id=f"{doc_id}-{name}"))
    return cases


@pytest.mark.parametrize(("doc_id", "name", "value"), _cases())
def test_main_event_field(events: list[dict[str, Any]], doc_id: str, name: str, value: Any) -> None:
    assert first_event(events, doc_id)[name] == value


def test_clash_actors_are_the_two_armed_parties(events: list[dict[str, Any]]) -> None:
    event = first_event(events, "wad-madani-clash")
    assert {event["actor1"], event["actor2"]} == {
        "RSF: Rapid Support Forces",
        "Military Forces of Sudan (2019-)",
    }


def test_abduction_is_attributed_to_police(events: list[dict[str, Any]]) -> None:
    assert first_event(events, "ng-zaria-001")["claimed_by"] == "police"


def test_civilians_never_fire_shells(events: list[dict[str, Any]]) -> None:
    shelling = [e for e in events if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling
    assert [e["doc_id"] for e in shelling if (e["actor1"] or "").startswith("Civilians")] == []
