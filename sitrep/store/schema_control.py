"""Schema step for control facts: who holds, besieges or left which place, over time.

SQL statements only; schema.py runs them as one named migration.
"""

STATEMENTS: tuple[str, ...] = ()
