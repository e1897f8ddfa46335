"""Keeping the clusters of reports of one event, inside the writer's transaction.

Every stored event starts as a cluster of its own. Attaching it joins its cluster with every
cluster holding an event `sitrep.merge.same_event` links it to, so clusters are connected
components of that link, whatever order reports arrive in; except that a cluster never holds two
reports from one document, and joins only a group whose merged event it is `compatible` with (a
vague report, "this week" in a province, may not bridge two distinct events). A cluster's id
is the rowid of its first stored member; its row in `clusters` holds the merged event's columns
for filtering and sorting. After editing events directly, call `refresh` with their rowids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

from sitrep.merge import DEFAULT_RULES, MergeRules, compatible, date_range, fold, same_event
from sitrep.model import Event
from sitrep.store import rows
from sitrep.store.dbapi import Connection
from sitrep.store.queries import EVENT_COLUMNS
from sitrep.store.schema_merge import FIRST_DAY

# Reports whose date range spans more than this are never merge candidates.
LONGEST_RANGE = timedelta(days=400)

_CANDIDATES = (
    "SELECT e.id, m.cluster FROM events AS e JOIN cluster_members AS m ON m.event = e.id "
    f"WHERE e.event_type = ? AND {FIRST_DAY} BETWEEN ? AND ? AND m.cluster != ?"
)
_MEMBERS = "SELECT event FROM cluster_members WHERE cluster = ? ORDER BY event"
_INSERT = (
    f"INSERT INTO clusters (id, size, outlets, {', '.join(EVENT_COLUMNS)}) "
    f"VALUES (?, ?, ?, {', '.join('?' * len(EVENT_COLUMNS))})"
)


def attach(conn: Connection, ids: Iterable[int], *, rules: MergeRules = DEFAULT_RULES) -> None:
    """Join each event's cluster with every cluster it is linked to, in rowid order."""
    order = sorted(ids)
    events = _Events(conn)
    events.read(order)  # one query for all: joining clusters never changes an event row
    for rowid in order:
        _attach_one(conn, rowid, rules, events)


class _Events:
    """Stored events read once per `attach` (clusters change as it goes; event rows do not)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._read: dict[int, Event] = {}

    def read(self, ids: Sequence[int]) -> list[Event]:
        """The events with these rowids, in the order given."""
        missing = sorted({i for i in ids if i not in self._read})
        if missing:
            self._read.update(zip(missing, rows.events_by_id(self._conn, missing), strict=True))
        return [self._read[i] for i in ids]


def detach_document(conn: Connection, document: int) -> list[int]:
    """Split the clusters holding this document's events into one-report clusters.

    Returns the other reports of those clusters: the caller attaches them again once the
    document's events are replaced (a removed report may have been the only link between two).
    """
    sql = (
        "SELECT DISTINCT m.cluster FROM cluster_members AS m JOIN events AS e ON e.id = m.event "
        "WHERE e.document_id = ?"
    )
    affected = [r[0] for r in conn.execute(sql, (document,))]
    members = _dissolve(conn, affected)
    mine = {r[0] for r in conn.execute("SELECT id FROM events WHERE document_id = ?", (document,))}
    return [m for m in members if m not in mine]


def refresh(conn: Connection, ids: Sequence[int], *, rules: MergeRules = DEFAULT_RULES) -> None:
    """Cluster these events again, with every event sharing a cluster with them (after an edit).

    Rowids of events that no longer exist are ignored.
    """
    marks = ", ".join("?" * len(ids))
    found = conn.execute(
        f"SELECT DISTINCT cluster FROM cluster_members WHERE event IN ({marks})", list(ids)
    )
    attach(conn, _dissolve(conn, [r[0] for r in found]), rules=rules)


def rebuild(conn: Connection, *, rules: MergeRules = DEFAULT_RULES) -> None:
    """Cluster every stored event from scratch."""
    ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    conn.execute("DELETE FROM cluster_members")
    conn.execute("DELETE FROM clusters")
    for rowid in ids:
        rows.insert_single_cluster(conn, rowid)
    attach(conn, ids, rules=rules)


def _attach_one(conn: Connection, rowid: int, rules: MergeRules, events: _Events) -> None:
    (event,) = events.read([rowid])
    own = conn.execute("SELECT cluster FROM cluster_members WHERE event = ?", (rowid,)).fetchone()[
        0
    ]
    candidates = _candidates(conn, event, own, rules, events)
    linked = sorted(
        {cluster for cluster, other in candidates if same_event(event, other, rules=rules)}
    )
    joined = _joinable(conn, own, linked, events)
    if not joined:
        return
    target = min(own, *joined)
    for cluster in {own, *joined} - {target}:
        conn.execute("UPDATE cluster_members SET cluster = ? WHERE cluster = ?", (target, cluster))
        conn.execute("DELETE FROM clusters WHERE id = ?", (cluster,))
    write_cluster(conn, target)


def _candidates(
    conn: Connection, event: Event, own: int, rules: MergeRules, events: _Events
) -> list[tuple[int, Event]]:
    """(cluster, event) for events of other clusters, of the same type, whose dates may overlap."""
    span = date_range(event)
    if span is None:
        return []
    slack = timedelta(days=rules.day_slack)
    low = (span[0] - slack - LONGEST_RANGE).isoformat()
    high = (span[1] + slack).isoformat()
    found = conn.execute(_CANDIDATES, (event.event_type, low, high, own)).fetchall()
    if not found:
        return []
    ids = sorted(r[0] for r in found)
    clusters = dict(found)
    return [(clusters[e_id], e) for e_id, e in zip(ids, events.read(ids), strict=True)]


def _joinable(conn: Connection, own: int, clusters: Sequence[int], events: _Events) -> list[int]:
    """The linked clusters (in id order) that can join this event's cluster.

    A cluster joins when it shares no document with the growing group and its merged event is
    compatible with the group's: a vague report (a week, a province) linked to two distinct
    events does not chain them into one.
    """
    taken = _documents(conn, own)
    group = _member_ids(conn, own)
    joined = []
    for cluster in clusters:
        docs, members = _documents(conn, cluster), _member_ids(conn, cluster)
        if docs & taken or not compatible(_folded(events, group), _folded(events, members)):
            continue
        joined.append(cluster)
        taken |= docs
        group += members
    return joined


def _member_ids(conn: Connection, cluster: int) -> list[int]:
    return [r[0] for r in conn.execute(_MEMBERS, (cluster,))]


def _folded(events: _Events, ids: Sequence[int]) -> Event:
    return fold(events.read(sorted(ids)))


def _documents(conn: Connection, cluster: int) -> set[int]:
    sql = (
        "SELECT DISTINCT e.document_id FROM cluster_members AS m JOIN events AS e "
        "ON e.id = m.event WHERE m.cluster = ?"
    )
    return {r[0] for r in conn.execute(sql, (cluster,))}


def write_cluster(conn: Connection, cluster: int) -> None:
    """(Re)write a cluster's row from its members' merged event."""
    members = rows.members_of(conn, [cluster])[cluster]
    merged = fold(members)
    conn.execute("DELETE FROM clusters WHERE id = ?", (cluster,))
    values = [getattr(merged, c) for c in EVENT_COLUMNS]
    conn.execute(_INSERT, [cluster, len(members), merged.outlets or 1, *values])
    rows.insert_point(conn, "cluster_coords", cluster, merged)
    rows.insert_names(conn, merged)


def _dissolve(conn: Connection, clusters: Sequence[int]) -> list[int]:
    """Split clusters into one-report clusters; returns the rowids of their members."""
    members: list[int] = []
    for cluster in clusters:
        ids = _member_ids(conn, cluster)
        conn.execute("DELETE FROM cluster_members WHERE cluster = ?", (cluster,))
        conn.execute("DELETE FROM clusters WHERE id = ?", (cluster,))
        for rowid in ids:
            rows.insert_single_cluster(conn, rowid)
        members += ids
    return members
