"""The scale options of `sitrep extract` and `sitrep run`, through click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import QUIET_NEWS

from sitrep.cli import extract, main, run


@pytest.fixture()
def env(mini_gazetteer: Path, nlp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("SITREP_GAZETTEER", str(mini_gazetteer))
    monkeypatch.setattr("sitrep.annotate.load_pipeline", lambda model=None: nlp)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "harvest.txt").write_text(QUIET_NEWS["harvest.txt"], encoding="utf-8")
    return tmp_path


def test_extract_passes_over_a_text_with_no_sign_of_conflict(env: Path) -> None:
    result = CliRunner().invoke(extract, ["harvest.txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "sitrep: 1 documents, 0 events, 0 unresolved place mentions, 0 failures,"
        " 1 without signs of conflict (not parsed)"
    )


def test_no_prefilter_parses_every_text(env: Path) -> None:
    result = CliRunner().invoke(extract, ["harvest.txt", "--no-prefilter"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1].endswith(" 0 failures")


def test_run_stores_a_passed_over_text_as_a_document(env: Path) -> None:
    result = CliRunner().invoke(run, ["harvest.txt", "--db", "x.db", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1].endswith("(not parsed) -> x.db")
    again = CliRunner().invoke(run, ["harvest.txt", "--db", "x.db", "--quiet"])
    assert again.stderr.splitlines()[-1] == (  # known already: not read by the pipeline again
        "sitrep: 1 documents, 0 events, 0 unresolved place mentions, 0 failures, "
        "1 already stored -> x.db"
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--processes", "2", "--workers", "2"], "give either --processes (one machine)"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "give either --workers"),
    ],
)
def test_conflicting_scale_options_fail_with_one_line(
    env: Path, options: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, ["run", "harvest.txt", *options])
    assert result.exit_code == 2
    assert message in result.stderr
