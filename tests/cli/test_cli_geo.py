"""`sitrep gazetteer info` and `sitrep geoparse` on the mini gazetteer; `sitrep eval` errors."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import REPORTS, WIRE, sitrep, write_bytes
from gazetteer_fixture import geonameid_of


def test_gazetteer_info_describes_the_file(mini_gazetteer: Path) -> None:
    run = sitrep("gazetteer", "info", "--path", mini_gazetteer)
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == f"path: {mini_gazetteer} (0 MB)"
    assert {"places_A: 14", "places_P: 11", "source: sitrep test fixture"} <= set(lines)


def test_gazetteer_info_on_a_missing_file_says_how_to_build_it(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    run = sitrep("gazetteer", "info", "--path", missing)
    assert run.code == 1
    assert run.err_lines == [
        f"Error: no gazetteer at {missing}; run `sitrep gazetteer build` to make it"
    ]
    assert not missing.exists()


def test_geoparse_prints_resolved_places_per_document() -> None:
    run = sitrep("geoparse", WIRE)
    assert run.code == 0, run.err
    by_id = {record["id"]: record for record in run.jsonl()}
    assert list(by_id) == ["ng-zaria-001", "ua-kharkiv-002", "ke-sport-003"]
    zaria = by_id["ng-zaria-001"]["toponyms"][0]
    assert (zaria["name"], zaria["lat"], zaria["lon"]) == ("Zaria", 11.085, 7.72)
    assert zaria["geonameid"] == str(geonameid_of("Zaria"))
    text = by_id["ng-zaria-001"]["text"]
    for top in by_id["ng-zaria-001"]["toponyms"]:
        assert text[top["start"] : top["end"]] in {"Zaria", "Kaduna State"}


def test_geoparse_refuses_binary_files_like_extract(tmp_path: Path) -> None:
    blob = write_bytes(tmp_path, "scan.txt", b"%PDF\x00\x01\x02")
    run = sitrep("geoparse", blob, WIRE)
    assert [r["id"] for r in run.jsonl()] == ["ng-zaria-001", "ua-kharkiv-002", "ke-sport-003"]
    assert any("binary file" in line and str(blob) in line for line in run.err_lines)


def test_geoparse_reads_folders_like_extract() -> None:
    run = sitrep("geoparse", REPORTS)
    assert run.code == 0
    assert "wad-madani-clash" in {r["id"] for r in run.jsonl()}


def test_eval_with_a_missing_gold_file_is_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    run = sitrep("eval", "events", gold)
    assert run.exception is None
    assert run.code == 2
    assert run.err_lines == [
        f"sitrep: error: cannot read gold file {gold}: No such file or directory"
    ]
