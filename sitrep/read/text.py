"""Plain-text reports (.txt files and stdin).

`Document.text` is the whole file (less a UTF-8 byte order mark), title line included, so
every offset into it is the character offset in the file. The title (a short first line with
no final period, followed by a blank line) is also given as `Document.title`; callers that
want only the body start at `split_title(text)[1]`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TextIO

from sitrep.errors import InputError
from sitrep.model import Document
from sitrep.read.decode import decode_text
from sitrep.read.published import choose_published
from sitrep.read.title import split_title


def text_document(text: str, *, doc_id: str, path: str | None, published: date | None) -> Document:
    """A Document from text: title by the first-line rule, date from a dateline or default."""
    title, _ = split_title(text)
    day = choose_published(None, text=text, default=published)
    return Document(doc_id=doc_id, text=text, title=title, published=day, path=path)


def read_text_file(path: Path, *, doc_id: str, shown: str, published: date | None) -> Document:
    """One .txt file."""
    text = decode_text(path.read_bytes(), name=shown)
    return text_document(text, doc_id=doc_id, path=shown, published=published)


def read_stdin(stream: TextIO, *, doc_id: str, published: date | None) -> Document:
    """Standard input, read as one plain-text report."""
    buffer = getattr(stream, "buffer", None)
    raw: bytes | str = buffer.read() if buffer is not None else stream.read()
    if not raw.strip():
        raise InputError("empty input on stdin; pipe a report into `sitrep extract -`")
    text = decode_text(raw, name="stdin") if isinstance(raw, bytes) else raw
    return text_document(text, doc_id=doc_id, path=None, published=published)
