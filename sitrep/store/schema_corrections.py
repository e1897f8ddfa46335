"""Schema step for analysts' corrections of events (sitrep edit) and their log.

SQL statements only; schema.py runs them as one named migration. One row per corrected column
(or one row with field "deleted"); values are JSON. A correction is keyed by its document id and
the offsets of the event's trigger evidence, which survive a recode; event_id is the fallback.
"""

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS corrections (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        trigger_start INTEGER,
        trigger_end INTEGER,
        trigger_text TEXT,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        editor TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX IF NOT EXISTS corrections_doc ON corrections(doc_id)",
    "CREATE INDEX IF NOT EXISTS corrections_event ON corrections(event_id)",
)
