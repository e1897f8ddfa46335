"""The real thing: `python -m sitrep` in a child process (model loaded for real, exit codes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import CLASH, WIRE


def python_m_sitrep(
    *args: str | Path, gazetteer: Path, cwd: Path
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SITREP_GAZETTEER": str(gazetteer)}
    env.pop("SITREP_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_run_then_query_in_child_processes(mini_gazetteer: Path, tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    run = python_m_sitrep("run", CLASH, WIRE, missing, gazetteer=mini_gazetteer, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert f"sitrep: skipped {missing}: read: no such file or folder; check the path" in (
        run.stderr.splitlines()
    )
    assert run.stderr.splitlines()[-1].endswith("1 failures -> sitrep.db")
    assert (tmp_path / "sitrep.db").exists()
    query = python_m_sitrep("events", "--type", "Battles", gazetteer=mini_gazetteer, cwd=tmp_path)
    assert query.returncode == 0, query.stderr
    [event] = [json.loads(line) for line in query.stdout.splitlines()]
    assert (event["doc_id"], event["sub_event_type"]) == ("wad-madani-clash", "Armed clash")


def test_nothing_readable_exits_one_without_traceback(mini_gazetteer: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = python_m_sitrep("extract", empty, gazetteer=mini_gazetteer, cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.splitlines() == [
        f"sitrep: skipped {empty}: read: empty file; nothing to read (remove it or give it text)",
        "sitrep: 0 documents, 0 events, 0 unresolved place mentions, 1 failures",
    ]
