"""Whole runs: one process, a process pool and a local Dask cluster store the same thing."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from postgres_fixture import postgres_url

from sitrep.read import read_paths
from sitrep.runner import Tally, ingest
from sitrep.scale.plan import Scale, outcomes
from sitrep.scale.work import Item, Setup

pytest.importorskip("distributed")

VOLATILE = {"run_id", "added_at", "recorded_at"}
TABLES = ("documents", "events", "evidence", "event_tags", "unresolved", "failures")


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a run writes, without run ids and timestamps."""
    conn = sqlite3.connect(db)
    try:
        found = {}
        for table in TABLES:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            kept = ", ".join(c for c in columns if c not in VOLATILE)
            found[table] = conn.execute(f"SELECT {kept} FROM {table} ORDER BY rowid").fetchall()
        return found
    finally:
        conn.close()


def snapshot_postgres(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """`snapshot` of a PostgreSQL store, rows in the order they were written."""
    import psycopg

    order = {"evidence": "event, position", "event_tags": "event, position"}
    with psycopg.connect(url) as conn:
        found = {}
        for table in TABLES:
            columns = [
                r[0]
                for r in conn.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                    "AND table_schema = current_schema() ORDER BY ordinal_position",
                    (table,),
                )
            ]
            kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
            sql = f"SELECT {kept} FROM {table} ORDER BY {order.get(table, 'id')}"
            found[table] = [tuple(r) for r in conn.execute(sql).fetchall()]
        return found


def run_into(db: Path | str, inputs: list[str], gazetteer: Path, scale: Scale) -> Tally:
    tally = Tally(err=io.StringIO())
    for _ in ingest(inputs, db=str(db), tally=tally, gazetteer=gazetteer, scale=scale):
        pass
    return tally


@pytest.fixture(scope="module")
def single(tmp_path_factory, inputs, mini_gazetteer, nlp) -> tuple[Path, Tally]:
    db = tmp_path_factory.mktemp("single") / "one.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sitrep.annotate.load_pipeline", lambda model=None: nlp)
        tally = run_into(db, inputs, mini_gazetteer, Scale(chunk_size=3))
    return db, tally


def test_a_single_process_run_counts_what_the_prefilter_passed_over(single) -> None:
    db, tally = single
    assert (tally.documents, tally.failures, tally.screened) == (12, 1, 2)
    assert tally.summary().endswith("1 failures, 2 without signs of conflict (not parsed)")
    rows = snapshot(db)
    stored = [row[1] for row in rows["documents"]]
    assert stored[:6] == [
        "mombasa-march",
        "sarmin-shelling",
        "vovchansk-shelling",
        "wad-madani-clash",
        "harvest",
        "darfur-strike",
    ]
    assert stored[-1] == "clinic"
    assert len(rows["events"]) == tally.events > 0


def test_a_local_dask_cluster_of_two_workers_stores_the_same(
    single, tmp_path, inputs, mini_gazetteer
) -> None:
    db, _ = single
    dask_db = tmp_path / "dask.db"
    tally = run_into(dask_db, inputs, mini_gazetteer, Scale(workers=2, chunk_size=3))
    assert (tally.documents, tally.events, tally.screened) == (12, single[1].events, 2)
    assert snapshot(dask_db) == snapshot(db)


def test_a_dask_run_into_postgresql_stores_what_one_process_stores_in_sqlite(
    single, inputs, mini_gazetteer
) -> None:
    db, _ = single
    with postgres_url() as url:
        run_into(url, inputs, mini_gazetteer, Scale(workers=2, chunk_size=3))
        assert snapshot_postgres(url) == snapshot(db)


def test_a_process_pool_stores_the_same(single, tmp_path, inputs, mini_gazetteer) -> None:
    db, _ = single
    pool_db = tmp_path / "pool.db"
    run_into(pool_db, inputs, mini_gazetteer, Scale(processes=2, chunk_size=3))
    assert snapshot(pool_db) == snapshot(db)


def killing_a_worker(items: Iterable[Item], address: str, *, after: int) -> Iterator[Item]:
    """The inputs, killing one Dask worker process once `after` of them have been sent."""
    from distributed import Client

    for n, item in enumerate(items):
        if n == after:
            with Client(address) as client:
                pids = client.run(os.getpid)
            os.kill(min(pids.values()), signal.SIGKILL)
        yield item


def test_a_worker_killed_mid_run_loses_no_document(inputs, mini_gazetteer, nlp) -> None:
    from distributed import LocalCluster

    setup = Setup(gazetteer=mini_gazetteer)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sitrep.annotate.load_pipeline", lambda model=None: nlp)
        expected = list(outcomes(read_paths(inputs), setup=setup, scale=Scale(chunk_size=1)))
    with LocalCluster(
        n_workers=2, threads_per_worker=1, dashboard_address=None, host="127.0.0.1"
    ) as cluster:
        items = killing_a_worker(read_paths(inputs), cluster.scheduler_address, after=6)
        scale = Scale(scheduler=cluster.scheduler_address, chunk_size=1)
        found = list(outcomes(items, setup=setup, scale=scale))
    assert found == expected
