"""Schema step for merged events: clusters of reports of one event, and query indexes.

The events table keeps one row per report. `cluster_members` says which cluster each event row
is in; `clusters` holds one row per cluster with the merged event's columns (what queries filter
and sort on by default; the records read back are folded from the members). A cluster's id is
the rowid of its first stored member. `known_names` lists the actor and source names in use, so
an actor or source filter looks names up there and then uses the column indexes.

Existing events become one-report clusters; `Store.recluster()` merges them.
"""

from __future__ import annotations

_COLUMNS = """
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        source TEXT,
        source_url TEXT,
        event_date TEXT,
        date_start TEXT,
        date_end TEXT,
        time_precision INTEGER,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        actor1 TEXT,
        assoc_actor_1 TEXT,
        inter1 INTEGER,
        actor2 TEXT,
        assoc_actor_2 TEXT,
        inter2 INTEGER,
        country TEXT,
        iso3 TEXT,
        admin1 TEXT,
        admin2 TEXT,
        location TEXT,
        latitude REAL,
        longitude REAL,
        geonameid INTEGER,
        geo_precision INTEGER,
        fatalities INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        confidence REAL NOT NULL,
        claimed_by TEXT,
        plover TEXT,
        cameo TEXT"""

_COPY = (
    "event_id, doc_id, source, source_url, event_date, date_start, date_end, time_precision, "
    "event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, "
    "country, iso3, admin1, admin2, location, latitude, longitude, geonameid, geo_precision, "
    "fatalities, notes, confidence, claimed_by, plover, cameo"
)

MERGED_COLUMNS = _COPY  # the event columns a cluster row copies (the PostgreSQL triggers too)

# What both tables index: the SQL in queries.py writes these expressions exactly.
DAY = "COALESCE(event_date, date_start)"
FIRST_DAY = "COALESCE(date_start, event_date, date_end)"
LAST_DAY = "COALESCE(date_end, event_date, date_start)"
# How many days the sort day lies from the first or last day, at most (the store reads its max).
REACH = (
    f"max(abs(julianday({DAY}) - julianday({FIRST_DAY})), "
    f"abs(julianday({LAST_DAY}) - julianday({DAY})))"
)


_CHECKED = f"{LAST_DAY}, {FIRST_DAY}, country, iso3, event_type, sub_event_type"


def _indexes(table: str) -> tuple[str, ...]:
    columns = {
        "admin1": "admin1 COLLATE NOCASE",
        "actor1": "actor1",
        "actor2": "actor2",
        "assoc1": "assoc_actor_1",
        "assoc2": "assoc_actor_2",
        "source": "source",
        # sorting by day; the usual filters are checked inside these indexes, without
        # reading the rows they reject
        "day_asc": f"({DAY}) IS NULL, {DAY}, {_CHECKED}",
        "day_desc": f"{DAY}, {_CHECKED}",
        "first_day": f"{FIRST_DAY}, {LAST_DAY}",
        "reach": REACH,
        "last_day": LAST_DAY,
        "fatalities_asc": "(fatalities) IS NULL, fatalities",
        "fatalities_desc": "fatalities",
        "confidence": "confidence",
    }
    return tuple(f"CREATE INDEX {table}_{n} ON {table}({c})" for n, c in columns.items())


_CLUSTER_OF_OLD = "(SELECT cluster FROM cluster_members WHERE event = old.id)"

# An event deleted by any code: the other reports of its cluster become one-report clusters
# (sitrep.store.clusters.refresh merges them again), so no cluster row is ever left stale.
_LEAVE_CLUSTER = f"""CREATE TRIGGER events_leave_cluster BEFORE DELETE ON events BEGIN
        DELETE FROM clusters WHERE id = {_CLUSTER_OF_OLD};
        INSERT INTO clusters (id, size, outlets, {_COPY})
            SELECT e.id, 1, 1, {", ".join("e." + c.strip() for c in _COPY.split(","))}
            FROM cluster_members AS m JOIN events AS e ON e.id = m.event
            WHERE m.cluster = {_CLUSTER_OF_OLD} AND e.id != old.id;
        INSERT INTO cluster_coords SELECT c.id, c.min_lon, c.max_lon, c.min_lat, c.max_lat
            FROM event_coords AS c JOIN cluster_members AS m ON m.event = c.id
            WHERE m.cluster = {_CLUSTER_OF_OLD} AND c.id != old.id;
        UPDATE cluster_members SET cluster = event WHERE cluster = {_CLUSTER_OF_OLD};
        DELETE FROM cluster_members WHERE event = old.id;
    END"""

# An event edited by any code: a one-report cluster follows it (larger ones are folded again
# by sitrep.store.clusters.refresh).
_SYNC_SINGLE = f"""CREATE TRIGGER events_sync_single AFTER UPDATE ON events
    WHEN EXISTS (SELECT 1 FROM clusters WHERE id = new.id AND size = 1) BEGIN
        UPDATE clusters SET ({_COPY}) = ({", ".join("new." + c.strip() for c in _COPY.split(","))})
        WHERE id = new.id;
        DELETE FROM cluster_coords WHERE id = new.id;
        INSERT INTO cluster_coords SELECT new.id, new.longitude, new.longitude, new.latitude,
            new.latitude WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
    END"""

STATEMENTS: tuple[str, ...] = (
    f"CREATE TABLE clusters (id INTEGER PRIMARY KEY, size INTEGER NOT NULL, "
    f"outlets INTEGER NOT NULL,{_COLUMNS}\n    )",
    """CREATE TABLE cluster_members (
        event INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        cluster INTEGER NOT NULL
    )""",
    "CREATE INDEX cluster_members_cluster ON cluster_members(cluster)",
    "CREATE VIRTUAL TABLE cluster_coords USING rtree(id, min_lon, max_lon, min_lat, max_lat)",
    """CREATE TRIGGER cluster_coords_delete AFTER DELETE ON clusters BEGIN
        DELETE FROM cluster_coords WHERE id = old.id;
    END""",
    """CREATE TABLE known_names (
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (kind, name)
    ) WITHOUT ROWID""",
    _LEAVE_CLUSTER,
    _SYNC_SINGLE,
    "CREATE INDEX clusters_event_id ON clusters(event_id)",
    "CREATE INDEX clusters_type ON clusters(event_type COLLATE NOCASE, "
    "sub_event_type COLLATE NOCASE)",
    "CREATE INDEX clusters_country ON clusters(country COLLATE NOCASE)",
    "CREATE INDEX clusters_iso3 ON clusters(iso3 COLLATE NOCASE)",
    *_indexes("clusters"),
    *_indexes("events"),
    f"CREATE INDEX events_candidates ON events(event_type, {FIRST_DAY})",
    # what was stored before this step: every event its own cluster
    "INSERT INTO cluster_members (event, cluster) SELECT id, id FROM events",
    f"INSERT INTO clusters (id, size, outlets, {_COPY}) SELECT id, 1, 1, {_COPY} FROM events",
    "INSERT INTO cluster_coords SELECT id, min_lon, max_lon, min_lat, max_lat FROM event_coords",
    "INSERT OR IGNORE INTO known_names SELECT 'actor', actor1 FROM events WHERE actor1 IS NOT NULL",
    "INSERT OR IGNORE INTO known_names SELECT 'actor', actor2 FROM events WHERE actor2 IS NOT NULL",
    "INSERT OR IGNORE INTO known_names SELECT 'actor', assoc_actor_1 FROM events "
    "WHERE assoc_actor_1 IS NOT NULL",
    "INSERT OR IGNORE INTO known_names SELECT 'actor', assoc_actor_2 FROM events "
    "WHERE assoc_actor_2 IS NOT NULL",
    "INSERT OR IGNORE INTO known_names SELECT 'source', source FROM events "
    "WHERE source IS NOT NULL",
)
