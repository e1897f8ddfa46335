"""A batch killed with SIGKILL mid-way and run again ends complete, without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.store import Store

BATCH = """
import sys
from sitrep.model import Document, Event, Evidence
from sitrep.store import Store

KILL_AT, BIG = int(sys.argv[3]), 20_000
with Store.open(sys.argv[1]) as store:
    for i in range(int(sys.argv[2])):
        text = f"Report {i}: gunmen attacked village {i}. Two people were killed."
        doc = Document(doc_id=f"r{i}", text=text)
        events = [
            Event(event_id=f"r{i}-{k}", doc_id=f"r{i}", event_type="Violence against civilians",
                  sub_event_type="Attack",
                  evidence=(Evidence(start=0, end=6, text="Report", role="trigger"),))
            for k in range(BIG if i == KILL_AT else 2)
        ]
        if i == KILL_AT:
            print("writing a large document", flush=True)
        added = store.ingest(doc, events, [])
        print(i, added, flush=True)
"""

TOTAL = 40
KILL_AT = 5  # the child announces this document, which has 20,000 events, then writes it


def _run(path: Path, *, kill: bool) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", BATCH, str(path), str(TOTAL), str(KILL_AT)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line.strip())
        if kill and line.startswith("writing"):
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait()
    child.stdout.close()
    return lines


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_batch_resumes_without_duplicates_or_losses(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    _run(path, kill=True)  # killed inside the transaction of the large document
    with Store.open(path) as store:
        assert store.counts()["documents"] == KILL_AT
        assert store.counts()["events"] == 2 * KILL_AT

    lines = [line for line in _run(path, kill=False) if not line.startswith("writing")]
    assert len(lines) == TOTAL
    assert sum(line.endswith("True") for line in lines) == TOTAL - KILL_AT

    with Store.open(path) as store:
        counts = store.counts()
        ids = [e.event_id for e in store.events()]
    assert counts["documents"] == TOTAL
    expected = 2 * (TOTAL - 1) + 20_000
    assert counts["events"] == expected
    assert len(set(ids)) == expected
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
