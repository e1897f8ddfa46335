"""SQLite's SQL, as the store writes it, rewritten for PostgreSQL: pure functions.

Only what the store's SQL uses is rewritten, outside string literals and quoted names:
- `?` placeholders become `%s`, and every `%` (in literals too) becomes `%%`;
- `INSERT OR IGNORE` becomes `INSERT ... ON CONFLICT DO NOTHING`;
- `x IS ?` (SQLite's NULL-safe equality) becomes `x IS NOT DISTINCT FROM %s`;
- SQLite's unary `+` (it only tells SQLite's planner not to use an index) is dropped;
- `(x) IS NULL = 0` becomes `(x) IS NOT NULL`;
- an empty list, `IN ()`, becomes `IN (NULL)` (true of no row);
- `ASC` and `DESC` say where NULLs go as SQLite puts them: first when ascending, last when
  descending (PostgreSQL does the opposite).
`COLLATE NOCASE` needs no rewriting: the PostgreSQL schema defines a case-insensitive collation
of that name.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_IS_PARAM = re.compile(r"\bIS\s+(NOT\s+)?\?", re.IGNORECASE)
_UNARY_PLUS = re.compile(r"(?<=[\s(,])\+(?=[A-Za-z_(])")
_NULL_IS_FALSE = re.compile(r"\)\s+IS\s+NULL\s*=\s*0\b", re.IGNORECASE)
_EMPTY_LIST = re.compile(r"\bIN\s*\(\s*\)", re.IGNORECASE)
_DIRECTION = re.compile(r"\b(ASC|DESC)\b(?!\s+NULLS\b)", re.IGNORECASE)
_NULLS = {"ASC": "ASC NULLS FIRST", "DESC": "DESC NULLS LAST"}
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)


def translate(sql: str) -> str:
    """The PostgreSQL form of one statement of the store's SQLite SQL."""
    ignore = bool(_OR_IGNORE.search(sql))
    parts = []
    last = 0
    for quoted in _QUOTED.finditer(sql):
        parts.append(_code(sql[last : quoted.start()]))
        parts.append(quoted.group().replace("%", "%%"))
        last = quoted.end()
    parts.append(_code(sql[last:]))
    out = "".join(parts)
    if ignore:
        out = _on_conflict(out)
    return out


def _code(text: str) -> str:
    """Rewrite a stretch of SQL that holds no literal or quoted name."""
    text = text.replace("%", "%%")
    text = _OR_IGNORE.sub("INSERT INTO", text)
    text = _NULL_IS_FALSE.sub(") IS NOT NULL", text)
    text = _IS_PARAM.sub(_null_safe, text)
    text = _UNARY_PLUS.sub("", text)
    text = _EMPTY_LIST.sub("IN (NULL)", text)
    text = _DIRECTION.sub(lambda m: _NULLS[m.group(1).upper()], text)
    return text.replace("?", "%s")


def _null_safe(match: re.Match[str]) -> str:
    return "IS DISTINCT FROM ?" if match.group(1) else "IS NOT DISTINCT FROM ?"


def _on_conflict(sql: str) -> str:
    returning = _RETURNING.search(sql)
    if returning is None:
        return sql.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    head, tail = sql[: returning.start()], sql[returning.start() :]
    return head.rstrip() + " ON CONFLICT DO NOTHING " + tail


def inserts_into(sql: str) -> str | None:
    """The table a plain INSERT statement writes to, or None for any other statement."""
    found = re.match(r"\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)", sql, re.IGNORECASE)
    return found.group(1).lower() if found else None
