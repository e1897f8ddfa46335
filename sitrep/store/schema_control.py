"""Schema step for control facts: who holds, besieges or left which place, over time.

SQL statements only; schema.py runs them as one named migration. Evidence and tags are JSON
arrays (they are read back whole with their fact, never queried inside).
"""

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE control_facts (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        fact_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        source TEXT,
        place TEXT NOT NULL,
        place_key TEXT NOT NULL,
        name_key TEXT NOT NULL,
        location TEXT,
        geonameid INTEGER,
        latitude REAL,
        longitude REAL,
        country TEXT,
        iso3 TEXT,
        admin1 TEXT,
        actor TEXT,
        status TEXT NOT NULL,
        counterpart TEXT,
        valid_from TEXT,
        valid_until TEXT,
        precision INTEGER,
        observed TEXT,
        confidence REAL NOT NULL,
        claimed_by TEXT,
        operation TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        evidence TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX control_facts_document ON control_facts(document_id)",
    "CREATE INDEX control_facts_place ON control_facts(place_key)",
    "CREATE INDEX control_facts_name ON control_facts(name_key)",
    "CREATE INDEX control_facts_country ON control_facts(country COLLATE NOCASE)",
    "CREATE INDEX control_facts_coords ON control_facts(latitude, longitude)",
    """CREATE TABLE control_operations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        operation_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        source TEXT,
        name TEXT NOT NULL,
        actor TEXT,
        launched TEXT,
        precision INTEGER,
        fronts INTEGER,
        claimed_by TEXT,
        evidence TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX control_operations_name ON control_operations(name COLLATE NOCASE)",
    "CREATE INDEX control_operations_document ON control_operations(document_id)",
)
