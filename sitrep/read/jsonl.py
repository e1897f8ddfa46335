"""JSON Lines: one document per line (`id`, `text`; optional `title`, `published`, `source`,
`url`, `country`; a text opening with a headline line, as a .txt report does, takes it as its
`title` when none is given). A bad line becomes a Failure naming file:line; the other lines go on.
`Document.path` is "file:line" so a document can be found again. Other fields (a feed's own
metadata) are ignored, except a misspelling of a known field ("publishd"), which fails its line
rather than silently losing the value."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.model import Document, Failure
from sitrep.read.decode import check_bytes
from sitrep.read.published import choose_published, parse_published
from sitrep.read.title import split_title

HEAD_BYTES = 8192
OPTIONAL = ("title", "source", "url", "country")
KNOWN = ("id", "text", "published", *OPTIONAL)


def read_jsonl_file(
    path: Path, *, doc_id: str, shown: str, published: date | None
) -> Iterator[Document | Failure]:
    """Every line of a .jsonl file; `doc_id` names failures of lines that have no id."""
    with path.open("rb") as stream:
        check_bytes(stream.read(HEAD_BYTES), name=shown)
        stream.seek(0)
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                where = f"{shown}:{number}"
                yield _line(raw, where=where, fallback_id=f"{doc_id}:{number}", published=published)


def _line(
    raw: bytes, *, where: str, fallback_id: str, published: date | None
) -> Document | Failure:
    record: Any = None
    try:
        record = _parse(raw)
        return _document(record, where=where, published=published)
    except InputError as exc:
        known = record.get("id") if isinstance(record, dict) else None
        doc_id = str(known) if isinstance(known, str | int) and known != "" else fallback_id
        return Failure(doc_id=doc_id, stage="read", reason=str(exc), path=where)


def _parse(raw: bytes) -> dict[str, Any]:
    try:
        line = raw.rstrip(b"\r\n").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); re-encode"
            " the file, e.g. `iconv -f latin1 -t utf-8 FILE > out.jsonl`"
        ) from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg} (column {exc.colno}); fix or remove this line"
        ) from None
    if not isinstance(record, dict):
        raise InputError('not a JSON object; each line must be {"id": ..., "text": ...}')
    return record


def _document(record: dict[str, Any], *, where: str, published: date | None) -> Document:
    _check_spelling(record)
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or doc_id == "":
        raise InputError("missing or empty 'id'; give each line a unique \"id\" string")
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing or empty 'text'; give each line the report's \"text\"")
    extra = {key: _optional(record, key) for key in OPTIONAL}
    if extra["title"] is None:  # a text that opens with its headline, as a .txt file does
        extra["title"] = split_title(text)[0]
    _check_no_nul({"id": str(doc_id), "text": text, **extra})
    own = parse_published(record.get("published"))
    day = choose_published(own, text=text, default=published)
    return Document(doc_id=str(doc_id), text=text, published=day, path=where, **extra)


def _check_no_nul(fields: dict[str, str | None]) -> None:
    """A NUL character is not text (and no database stores it in a text column)."""
    for key, value in fields.items():
        at = -1 if value is None else value.find("\x00")
        if at >= 0:
            raise InputError(
                f"'{key}' holds a NUL character (\\u0000 at offset {at}), which is not text; "
                "remove it from the record"
            )


def _optional(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"'{key}' must be a string, not {value!r}")
    return value


def _check_spelling(record: dict[str, Any]) -> None:
    """A field that is not known but looks like a known one is a typo, not metadata."""
    for key in record:
        if key in KNOWN or not isinstance(key, str):
            continue
        close = difflib.get_close_matches(key.lower(), KNOWN, n=1, cutoff=0.8)
        if close and close[0] not in record:
            raise InputError(
                f"unknown field {key!r}: did you mean {close[0]!r}? Rename it "
                f"(known fields: {', '.join(KNOWN)})"
            )
