"""Schema step for analysts' corrections of events (sitrep edit) and their log.

SQL statements only; schema.py runs them as one named migration.
"""

STATEMENTS: tuple[str, ...] = ()
