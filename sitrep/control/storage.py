"""Control facts and operations <-> the store's control_facts and control_operations tables."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

from sitrep.control.model import ControlFact, Operation, Status
from sitrep.model import Evidence
from sitrep.store.dbapi import Connection
from sitrep.store.queries import check_bbox

FACT_COLUMNS = (
    "fact_id", "doc_id", "source", "place", "location", "geonameid", "latitude", "longitude",
    "country", "iso3", "admin1", "actor", "status", "counterpart", "valid_from", "valid_until",
    "precision", "observed", "confidence", "claimed_by", "operation", "tags", "evidence",
)  # fmt: skip
OPERATION_COLUMNS = (
    "operation_id", "doc_id", "source", "name", "actor", "launched", "precision", "fronts",
    "claimed_by", "evidence",
)  # fmt: skip
_DATES = ("valid_from", "valid_until", "observed", "launched")


def save_control(
    conn: Connection,
    document_rowid: int,
    facts: Sequence[ControlFact],
    operations: Sequence[Operation] = (),
) -> None:
    """Write a document's facts and operations (inside the caller's transaction), replacing
    any it had (a recode writes them again)."""
    from sitrep.geocode.fold import loose_key

    for table in ("control_facts", "control_operations"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_rowid,))

    columns = ("document_id", "place_key", "name_key", *FACT_COLUMNS)
    conn.executemany(
        f"INSERT INTO control_facts ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        [
            (document_rowid, f.place_key, loose_key(f.place), *_values(f.to_dict(), FACT_COLUMNS))
            for f in facts
        ],
    )
    op_columns = ("document_id", *OPERATION_COLUMNS)
    conn.executemany(
        f"INSERT INTO control_operations ({', '.join(op_columns)}) "
        f"VALUES ({', '.join('?' * len(op_columns))})",
        [(document_rowid, *_values(o.to_dict(), OPERATION_COLUMNS)) for o in operations],
    )


def after_ingest(
    facts: Sequence[ControlFact], operations: Sequence[Operation] = ()
) -> Callable[[Connection, int], None]:
    """A callable for `Store.ingest(..., after=[...])`: saves these with the new document."""

    def save(conn: Connection, document_rowid: int) -> None:
        save_control(conn, document_rowid, facts, operations)

    return save


def _values(row: dict[str, Any], columns: Sequence[str]) -> list[Any]:
    out = []
    for column in columns:
        value = row[column]
        out.append(json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value)
    return out


def load_facts(
    conn: Connection,
    *,
    country: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    place_keys: Sequence[str] | None = None,
) -> list[ControlFact]:
    """Stored facts, filtered by country (name or ISO3), bounding box or place keys."""
    where, params = _filters(country=country, bbox=bbox, place_keys=place_keys)
    sql = f"SELECT {', '.join(FACT_COLUMNS)} FROM control_facts {where} ORDER BY id"
    return [_fact(dict(zip(FACT_COLUMNS, row, strict=True))) for row in conn.execute(sql, params)]


def place_keys_named(conn: Connection, name: str) -> list[str]:
    """Keys of the places a name denotes: as written, as the gazetteer spells it, or any
    transliteration variant of it ('Xiranice', 'Hajin' for 'Hajīn')."""
    from sitrep.geocode.fold import loose_key

    sql = (
        "SELECT DISTINCT place_key FROM control_facts WHERE place = ? COLLATE NOCASE "
        "OR location = ? COLLATE NOCASE OR name_key = ? OR CAST(geonameid AS TEXT) = ?"
    )
    rows = conn.execute(sql, (name, name, loose_key(name), name.strip())).fetchall()
    return [r[0] for r in rows]


def load_operations(conn: Connection, *, name: str | None = None) -> list[Operation]:
    sql = (
        f"SELECT {', '.join(OPERATION_COLUMNS)} FROM control_operations "
        "WHERE (? IS NULL OR sitrep_icontains(name, ?)) ORDER BY launched IS NULL, launched, id"
    )
    rows = conn.execute(sql, (name, name)).fetchall()
    return [_operation(dict(zip(OPERATION_COLUMNS, row, strict=True))) for row in rows]


def _filters(
    *,
    country: str | None,
    bbox: tuple[float, float, float, float] | None,
    place_keys: Sequence[str] | None,
) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for clause, values in _clauses(country, bbox, place_keys):
        clauses.append(clause)
        params.extend(values)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _clauses(
    country: str | None,
    bbox: tuple[float, float, float, float] | None,
    place_keys: Sequence[str] | None,
) -> Iterator[tuple[str, list[Any]]]:
    if country is not None:
        yield "(country = ? COLLATE NOCASE OR iso3 = ? COLLATE NOCASE)", [country, country]
    if bbox is not None:
        west, south, east, north = check_bbox(bbox)
        joiner = "AND" if west <= east else "OR"
        yield (
            f"(longitude >= ? {joiner} longitude <= ?) AND latitude BETWEEN ? AND ?",
            [west, east, south, north],
        )
    if place_keys is not None:
        marks = ", ".join("?" * len(place_keys)) or "NULL"
        yield f"place_key IN ({marks})", list(place_keys)


def _fact(row: dict[str, Any]) -> ControlFact:
    values = _decoded(row)
    values.pop("resolved", None)
    values["status"] = Status(values["status"])
    values["tags"] = tuple(values["tags"])
    return ControlFact(**values)


def _operation(row: dict[str, Any]) -> Operation:
    return Operation(**_decoded(row))


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    values = dict(row)
    for key in _DATES:
        if values.get(key):
            values[key] = date.fromisoformat(values[key])
    if "tags" in values:
        values["tags"] = json.loads(values["tags"])
    values["evidence"] = tuple(
        Evidence(start=e["start"], end=e["end"], text=e["text"], role=e["role"])
        for e in json.loads(values["evidence"])
    )
    return values
