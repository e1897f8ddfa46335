"""Full-text search in each database: the SQL that finds documents, and the query it takes.

SQLite searches its FTS5 table `documents_fts`; PostgreSQL a GIN index over
`sitrep_document_words(title, text)` (sitrep.store.pg_schema). Both match documents holding
every word given; a word ending in `*` matches as a prefix ("strike*" finds "strikes").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sitrep.errors import InputError

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class TextSearch:
    """How one database finds documents by their words."""

    documents: str  # SELECT the ids of documents matching one parameter, the query
    query: Callable[[str], str]  # plain words -> that parameter
    search: str  # {columns}: documents, snippet, score (higher is better) for one parameter


def fts_query(text: str) -> str:
    """Plain words -> an FTS5 query matching documents that contain all of them.

    Each word is quoted, so punctuation and FTS5 keywords are taken literally; a trailing `*`
    keeps its prefix meaning.
    """
    terms = []
    for core, prefix in _words(text):
        terms.append('"' + core.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def tsquery(text: str) -> str:
    """Plain words -> a PostgreSQL tsquery (config 'simple') matching documents holding all.

    A word of several tokens ("al-Shabaab") must match as a phrase, as in FTS5.
    """
    terms = []
    for core, prefix in _words(text):
        tokens = [t.lower() for t in _TOKEN.findall(core)] or ["_"]
        lexemes = [f"'{t}'" for t in tokens]
        if prefix:
            lexemes[-1] += ":*"
        terms.append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(terms)


def _words(text: str) -> list[tuple[str, bool]]:
    words = []
    for word in text.split():
        prefix = word.endswith("*") and len(word) > 1
        words.append((word[:-1] if prefix else word, prefix))
    if not words:
        raise InputError("the search text is empty: give at least one word")
    return words


SQLITE = TextSearch(
    documents="SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?",
    query=fts_query,
    search=(
        "SELECT {columns}, snippet(documents_fts, 1, '[', ']', '…', 12), -bm25(documents_fts) "
        "FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.id LIMIT ?"
    ),
)

_MATCHES = "sitrep_document_words(d.title, d.text) @@ to_tsquery('simple', ?)"

POSTGRES = TextSearch(
    documents=f"SELECT d.id FROM documents AS d WHERE {_MATCHES}",
    query=tsquery,
    search=(
        "SELECT {columns}, ts_headline('simple', d.text, q, "
        "'StartSel=[, StopSel=], MaxWords=24, MinWords=12, ShortWord=0'), "
        "ts_rank(sitrep_document_words(d.title, d.text), q) AS score "
        "FROM documents AS d, to_tsquery('simple', ?) AS q "
        "WHERE sitrep_document_words(d.title, d.text) @@ q ORDER BY score DESC, d.id LIMIT ?"
    ),
)
