"""Analysts' corrections of stored events: correct, delete, history, and replay after re-runs.

Each correction is one row per corrected column (a deletion is one row with field "deleted"),
with who made it, when and why. Rows are keyed by the document id and the offsets of the event's
trigger evidence, which survive a recode that changes other spans (and so the event id); the
event id is the fallback. `replay` re-applies a document's corrections to its freshly written
events, so corrections survive re-runs and recoding; corrected events carry the tag "corrected".

Places: `location` with `latitude` and `longitude` sets a named point (the gazetteer link,
geonameid, is cleared; country, admin areas and precision are kept); `latitude` and `longitude`
alone move the point; `location` alone is looked up in the gazetteer given as `gazetteer=`
(coordinates, country, admin areas and precision then follow the gazetteer place).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sitrep.model import Event
from sitrep.store import clusters, rows
from sitrep.store.correction_values import (
    DERIVED,
    FIELDS,
    CorrectionError,
    EventNotFound,
    planned_updates,
)
from sitrep.store.dbapi import Connection
from sitrep.store.schema import now

if TYPE_CHECKING:
    from sitrep.geocode.gazetteer import Gazetteer
    from sitrep.store.sqlite import Store

DELETED = "deleted"
CORRECTED_TAG = "corrected"
_COLUMNS = frozenset(FIELDS + DERIVED)
_ACTORS = frozenset({"actor1", "actor2", "assoc_actor_1", "assoc_actor_2"})
_SELECT = (
    "SELECT id, event_id, doc_id, trigger_start, trigger_end, trigger_text, field, old_value, "
    "new_value, editor, at, note FROM corrections"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """One logged change: a column of an event set to a new value, or the event deleted."""

    id: int
    event_id: str
    doc_id: str
    trigger_start: int | None
    trigger_end: int | None
    trigger_text: str | None
    field: str
    old_value: object
    new_value: object
    editor: str
    at: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Row:
    """An event row as replay sees it: rowid, event id and its trigger evidence."""

    rowid: int
    event_id: str
    triggers: frozenset[tuple[int, int, str]]


@dataclass(frozen=True, slots=True)
class _Found:
    """The reports an event id names: rowids and events (the first is the merged event's head)."""

    rowids: tuple[int, ...]
    reports: tuple[Event, ...]
    documents: tuple[int, ...]


# public API


def event(store: Store, event_id: str) -> Event:
    """The stored event with this id: the merged event, else the single report with that id;
    EventNotFound when there is none."""
    for merged in store.events(event_id=event_id, limit=1):
        return merged
    return _find(store.connection, event_id).reports[0]


def correct(
    store: Store,
    event_id: str,
    changes: Mapping[str, object],
    *,
    editor: str,
    note: str = "",
    gazetteer: Gazetteer | None = None,
) -> Event:
    """Correct fields of a stored event (see FIELDS); returns the corrected event.

    The id of a merged event corrects every report of it. Raises CorrectionError
    (EventNotFound for an unknown id) and writes nothing when a field is unknown or a value
    invalid.
    """
    who = _editor(editor)
    with store.transaction() as conn:  # an error anywhere rolls everything back
        found = _find(conn, event_id)
        updates = planned_updates(found.reports[0], changes, gazetteer=gazetteer)
        for report in found.reports:
            _record(conn, report, updates, editor=who, note=note)
        _replay_and_recluster(conn, found)
    return event(store, event_id)


def delete(store: Store, event_id: str, *, editor: str, note: str = "") -> None:
    """Delete a stored event (every report of a merged event); the deletion is logged and
    survives re-runs and recoding."""
    who = _editor(editor)
    with store.transaction() as conn:
        found = _find(conn, event_id)
        for report in found.reports:
            _record(conn, report, {DELETED: True}, editor=who, note=note, old=None)
        _replay_and_recluster(conn, found)


def history(store: Store, event_id: str) -> list[Correction]:
    """The corrections of an event (of every report of a merged event, and of a deleted
    event), oldest first."""
    conn = store.connection
    found = {c.id: c for c in _corrections(conn, "event_id = ?", [event_id])}
    try:
        located = _find(conn, event_id)
    except EventNotFound:
        if not found:
            raise
        return [found[k] for k in sorted(found)]
    current = _rows(conn, f"e.id IN ({', '.join('?' * len(located.rowids))})", located.rowids)
    for doc_id in sorted({e.doc_id for e in located.reports}):
        for correction in _corrections(conn, "doc_id = ?", [doc_id]):
            if _matching(current, correction):
                found[correction.id] = correction
    return [found[k] for k in sorted(found)]


def replay(conn: Connection, document_rowid: int) -> None:
    """Re-apply the stored corrections to the event rows of one document (inside a transaction).

    Called right after a document's events are (re)written; applying twice changes nothing.
    """
    row = conn.execute("SELECT doc_id FROM documents WHERE id = ?", (document_rowid,)).fetchone()
    if row is None:
        return
    found = _corrections(conn, "doc_id = ?", [row[0]])
    if not found:
        return
    targets = _rows(conn, "e.document_id = ?", [document_rowid])
    for correction in found:
        matched = _matching(targets, correction)
        for target in matched:
            _apply(conn, target.rowid, correction)
        if correction.field == DELETED:
            targets = [t for t in targets if t not in matched]


def _editor(editor: str) -> str:
    if not editor or not editor.strip():
        raise CorrectionError("say who makes the correction (--by NAME, or set $USER)")
    return editor.strip()


# reading and writing


def _not_found(event_id: str) -> EventNotFound:
    return EventNotFound(
        f"no event {event_id!r} in the store: check the id with `sitrep events` "
        "(a recode may have given the event a new id)"
    )


_MEMBERS = (
    "SELECT e.id, e.document_id FROM clusters AS c JOIN cluster_members AS m ON m.cluster = c.id "
    "JOIN events AS e ON e.id = m.event WHERE c.event_id = ? ORDER BY e.id"
)
_REPORTS = "SELECT id, document_id FROM events WHERE event_id = ? ORDER BY id"


def _find(conn: Connection, event_id: str) -> _Found:
    """The reports of the merged event with this id, else the reports with this id."""
    located = conn.execute(_MEMBERS, (event_id,)).fetchall()
    located = located or conn.execute(_REPORTS, (event_id,)).fetchall()
    if not located:
        raise _not_found(event_id)
    rowids = tuple(r for r, _ in located)
    return _Found(
        rowids=rowids,
        reports=tuple(rows.events_by_id(conn, rowids)),
        documents=tuple(dict.fromkeys(d for _, d in located)),
    )


def _replay_and_recluster(conn: Connection, found: _Found) -> None:
    """Apply the new corrections, then merge the affected reports again."""
    marks = ", ".join("?" * len(found.rowids))
    peers = conn.execute(
        "SELECT event FROM cluster_members WHERE cluster IN "
        f"(SELECT cluster FROM cluster_members WHERE event IN ({marks}))",
        found.rowids,
    )
    affected = sorted({*found.rowids, *(r[0] for r in peers)})
    for document in found.documents:
        replay(conn, document)
    clusters.refresh(conn, affected)


def _trigger(event: Event) -> tuple[int | None, int | None, str | None]:
    for ev in event.evidence:
        if ev.role == "trigger":
            return ev.start, ev.end, ev.text
    return None, None, None


def _record(
    conn: Connection,
    event: Event,
    updates: Mapping[str, object],
    *,
    editor: str,
    note: str,
    old: object = ...,
) -> None:
    at = now()
    key = (event.event_id, event.doc_id, *_trigger(event))
    conn.executemany(
        "INSERT INTO corrections (event_id, doc_id, trigger_start, trigger_end, trigger_text, "
        "field, old_value, new_value, editor, at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (*key, name, _json(getattr(event, name) if old is ... else old), _json(new))
            + (editor, at, note)
            for name, new in updates.items()
        ],
    )


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _corrections(conn: Connection, where: str, params: list[object]) -> list[Correction]:
    found = conn.execute(f"{_SELECT} WHERE {where} ORDER BY id", params).fetchall()
    return [_correction(row) for row in found]


def _correction(row: Sequence[Any]) -> Correction:
    rowid, event_id, doc_id, start, end, text, field, old, new, editor, at, note = row
    return Correction(
        id=rowid,
        event_id=event_id,
        doc_id=doc_id,
        trigger_start=start,
        trigger_end=end,
        trigger_text=text,
        field=field,
        old_value=json.loads(old) if old is not None else None,
        new_value=json.loads(new) if new is not None else None,
        editor=editor,
        at=at,
        note=note,
    )


def _rows(conn: Connection, where: str, params: Sequence[object]) -> list[_Row]:
    sql = (
        'SELECT e.id, e.event_id, v.start, v."end", v.text FROM events AS e '
        "LEFT JOIN evidence AS v ON v.event = e.id AND v.role = 'trigger' "
        f"WHERE {where} ORDER BY e.id"
    )
    triggers: dict[tuple[int, str], set[tuple[int, int, str]]] = {}
    for rowid, event_id, start, end, text in conn.execute(sql, list(params)):
        found = triggers.setdefault((rowid, event_id), set())
        if start is not None:
            found.add((start, end, text))
    return [_Row(rowid, event_id, frozenset(t)) for (rowid, event_id), t in triggers.items()]


def _matching(targets: Sequence[_Row], correction: Correction) -> list[_Row]:
    """Events a correction applies to: same trigger evidence, else the same event id."""
    key = (correction.trigger_start, correction.trigger_end, correction.trigger_text)
    by_trigger = [t for t in targets if key in t.triggers]
    if by_trigger:
        return by_trigger
    return [t for t in targets if t.event_id == correction.event_id]


def _apply(conn: Connection, rowid: int, correction: Correction) -> None:
    if correction.field == DELETED:
        conn.execute("DELETE FROM events WHERE id = ?", (rowid,))
        return
    if correction.field not in _COLUMNS:
        raise AssertionError(f"correction {correction.id} names an unknown column")
    conn.execute(
        f"UPDATE events SET {correction.field} = ? WHERE id = ?", (correction.new_value, rowid)
    )
    if correction.field in ("latitude", "longitude"):
        _sync_coordinates(conn, rowid)
    if correction.field in _ACTORS:
        (changed,) = rows.events_by_id(conn, [rowid])
        rows.insert_names(conn, changed)  # the actor filter finds the new name
    _tag(conn, rowid)


def _sync_coordinates(conn: Connection, rowid: int) -> None:
    conn.execute("DELETE FROM event_coords WHERE id = ?", (rowid,))
    lat, lon = conn.execute(
        "SELECT latitude, longitude FROM events WHERE id = ?", (rowid,)
    ).fetchone()
    if lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon):
        conn.execute(
            "INSERT INTO event_coords (id, min_lon, max_lon, min_lat, max_lat) "
            "VALUES (?, ?, ?, ?, ?)",
            (rowid, lon, lon, lat, lat),
        )


def _tag(conn: Connection, rowid: int) -> None:
    tags = conn.execute("SELECT position, tag FROM event_tags WHERE event = ?", (rowid,)).fetchall()
    if any(tag == CORRECTED_TAG for _, tag in tags):
        return
    position = max((p for p, _ in tags), default=-1) + 1
    conn.execute(
        "INSERT INTO event_tags (event, position, tag) VALUES (?, ?, ?)",
        (rowid, position, CORRECTED_TAG),
    )
