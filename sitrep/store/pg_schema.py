"""The store's schema on PostgreSQL: the same named migrations as SQLite, in PostgreSQL's DDL.

Each SQLite statement of `schema.MIGRATIONS` is rewritten by `pg_statements`: tables keep their
columns (REAL becomes DOUBLE PRECISION, INTEGER BIGINT, and an `id INTEGER PRIMARY KEY` an
identity column); SQLite's R*Tree tables become plain tables with range indexes; the FTS5 table
becomes a GIN index over the documents' words; triggers are written out in PL/pgSQL below.
The connection then translates each statement as it does any other (sitrep.store.pg_sql:
`INSERT OR IGNORE` and the rest).
The first step also creates what the store's SQL calls: the `nocase` collation and the
functions `sitrep_icontains`, `sitrep_km`, `julianday` and the two-argument `max`.
"""

from __future__ import annotations

import re

from sitrep.store.schema_merge import MERGED_COLUMNS

# SQLite's scalar functions and collation that the store's SQL uses, defined for PostgreSQL.
FUNCTIONS: tuple[str, ...] = (
    "CREATE COLLATION IF NOT EXISTS nocase "
    "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    """CREATE OR REPLACE FUNCTION sitrep_icontains(haystack text, needle text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS
    $$ SELECT COALESCE(strpos(lower(haystack), lower(needle)) > 0, false) $$""",
    """CREATE OR REPLACE FUNCTION sitrep_km(
        lat1 double precision, lon1 double precision, lat2 double precision,
        lon2 double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS
    $$ SELECT 2 * 6371.0088 * asin(least(1.0, sqrt(
        sin(radians(lat2 - lat1) / 2) ^ 2
        + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2))) $$""",
    # as SQLite's: NULL for anything that is not a YYYY-MM-DD date
    """CREATE OR REPLACE FUNCTION julianday(day text) RETURNS double precision
    LANGUAGE plpgsql IMMUTABLE STRICT AS $$
    BEGIN
        IF day !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
            RETURN NULL;
        END IF;
        RETURN (CAST(day AS date) - DATE '2000-01-01') + 2451544.5;
    EXCEPTION WHEN others THEN
        RETURN NULL;
    END $$""",
    """CREATE OR REPLACE FUNCTION max(a double precision, b double precision)
    RETURNS double precision LANGUAGE sql IMMUTABLE AS
    $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest(a, b) END $$""",
    """CREATE OR REPLACE FUNCTION sitrep_document_words(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE AS
    $$ SELECT to_tsvector('simple', COALESCE(title, '') || ' ' || COALESCE(body, '')) $$""",
)

_COPY = [c.strip() for c in MERGED_COLUMNS.split(",")]


def _trigger(
    name: str, when: str, table: str, body: str, returns: str, declare: str = ""
) -> tuple[str, ...]:
    function = f"sitrep_{name}"
    return (
        f"""CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
        {declare}
        BEGIN
        {body}
        RETURN {returns};
        END $$""",
        f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()",
    )


_LEAVE_CLUSTER = f"""
        DELETE FROM clusters WHERE id = own;
        INSERT INTO clusters (id, size, outlets, {MERGED_COLUMNS})
            SELECT e.id, 1, 1, {", ".join("e." + c for c in _COPY)}
            FROM cluster_members AS m JOIN events AS e ON e.id = m.event
            WHERE m.cluster = own AND e.id != OLD.id;
        INSERT INTO cluster_coords SELECT c.id, c.min_lon, c.max_lon, c.min_lat, c.max_lat
            FROM event_coords AS c JOIN cluster_members AS m ON m.event = c.id
            WHERE m.cluster = own AND c.id != OLD.id;
        UPDATE cluster_members SET cluster = event WHERE cluster = own;
        DELETE FROM cluster_members WHERE event = OLD.id;"""

_SYNC_SINGLE = f"""
        IF EXISTS (SELECT 1 FROM clusters WHERE id = NEW.id AND size = 1) THEN
            UPDATE clusters SET ({MERGED_COLUMNS}) = ({", ".join("NEW." + c for c in _COPY)})
            WHERE id = NEW.id;
            DELETE FROM cluster_coords WHERE id = NEW.id;
            IF NEW.latitude IS NOT NULL AND NEW.longitude IS NOT NULL THEN
                INSERT INTO cluster_coords
                VALUES (NEW.id, NEW.longitude, NEW.longitude, NEW.latitude, NEW.latitude);
            END IF;
        END IF;"""

# SQLite trigger name -> its PostgreSQL statements (none: the FTS5 triggers, which the
# expression index replaces).
TRIGGERS: dict[str, tuple[str, ...]] = {
    "documents_fts_insert": (),
    "documents_fts_delete": (),
    "documents_fts_update": (),
    "event_coords_delete": _trigger(
        "event_coords_delete",
        "AFTER DELETE",
        "events",
        "DELETE FROM event_coords WHERE id = OLD.id;",
        "NULL",
    ),
    "cluster_coords_delete": _trigger(
        "cluster_coords_delete",
        "AFTER DELETE",
        "clusters",
        "DELETE FROM cluster_coords WHERE id = OLD.id;",
        "NULL",
    ),
    "events_leave_cluster": _trigger(
        "events_leave_cluster",
        "BEFORE DELETE",
        "events",
        "SELECT cluster INTO own FROM cluster_members WHERE event = OLD.id;" + _LEAVE_CLUSTER,
        "OLD",
        declare="DECLARE own bigint;",
    ),
    "events_sync_single": _trigger(
        "events_sync_single", "AFTER UPDATE", "events", _SYNC_SINGLE, "NULL"
    ),
}

# Views whose SQLite text PostgreSQL does not accept as is.
VIEWS: dict[str, str] = {
    "actors": """CREATE VIEW actors AS
    SELECT name, MAX(inter) AS inter, COUNT(*) AS reports FROM (
        SELECT actor1 AS name, inter1 AS inter FROM events WHERE actor1 IS NOT NULL
        UNION ALL SELECT actor2, inter2 FROM events WHERE actor2 IS NOT NULL
        UNION ALL SELECT assoc_actor_1, NULL FROM events WHERE assoc_actor_1 IS NOT NULL
        UNION ALL SELECT assoc_actor_2, NULL FROM events WHERE assoc_actor_2 IS NOT NULL
    ) AS named GROUP BY name""",
}

_TRIGGER = re.compile(r"CREATE\s+TRIGGER\s+(\w+)", re.IGNORECASE)
_VIEW = re.compile(r"CREATE\s+VIEW\s+(\w+)", re.IGNORECASE)
_RTREE = re.compile(r"CREATE\s+VIRTUAL\s+TABLE\s+(\w+)\s+USING\s+rtree\(([^)]*)\)", re.IGNORECASE)
_FTS = re.compile(r"CREATE\s+VIRTUAL\s+TABLE\s+(\w+)\s+USING\s+fts5", re.IGNORECASE)
_INDEX = re.compile(
    r"(CREATE\s+INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?\w+\s+ON\s+\w+\s*)\((.*)\)\s*$", re.S
)
_PLAIN_COLUMN = re.compile(r"\w+(\s+COLLATE\s+\w+)?", re.IGNORECASE)


def pg_statements(statement: str) -> tuple[str, ...]:
    """The PostgreSQL statements that do what one SQLite schema statement does."""
    if trigger := _TRIGGER.match(statement):
        return TRIGGERS[trigger.group(1)]
    if (view := _VIEW.match(statement)) and view.group(1) in VIEWS:
        return (VIEWS[view.group(1)],)
    if rtree := _RTREE.match(statement):
        return _range_table(rtree.group(1), [c.strip() for c in rtree.group(2).split(",")])
    if index := _INDEX.match(statement):
        elements = ", ".join(_index_element(e) for e in _top_level(index.group(2)))
        return (f"{index.group(1)}({elements})",)
    if _FTS.match(statement):
        return (
            "CREATE INDEX documents_words ON documents "
            "USING gin (sitrep_document_words(title, text))",
        )
    return (_column_types(statement),)


def _top_level(columns: str) -> list[str]:
    """Split an index's column list at the commas outside parentheses."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(columns):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(columns[start:i].strip())
            start = i + 1
    parts.append(columns[start:].strip())
    return parts


def _index_element(element: str) -> str:
    """A column as is; any other expression in parentheses, as PostgreSQL requires."""
    return element if _PLAIN_COLUMN.fullmatch(element) else f"({element})"


def _range_table(name: str, columns: list[str]) -> tuple[str, ...]:
    key, *bounds = columns
    body = ", ".join([f"{key} BIGINT PRIMARY KEY", *(f"{c} DOUBLE PRECISION" for c in bounds)])
    return (
        f"CREATE TABLE {name} ({body})",
        f"CREATE INDEX {name}_lat ON {name} ({bounds[2]}, {bounds[3]})",
        f"CREATE INDEX {name}_lon ON {name} ({bounds[0]}, {bounds[1]})",
    )


def _column_types(statement: str) -> str:
    out = re.sub(
        r"\bid INTEGER PRIMARY KEY\b",
        "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        statement,
    )
    out = re.sub(r"\bINTEGER\b", "BIGINT", out)
    out = re.sub(r"\bREAL\b", "DOUBLE PRECISION", out)
    out = re.sub(r"\)\s*WITHOUT ROWID\s*$", ")", out)
    return out
