"""Pasted text and uploaded files -> the pipeline on the server -> events, documents, failures.

Files are written to a private temporary folder under cleaned names and read by the same
readers as `sitrep run`, so .txt, .html and .jsonl behave as on the command line.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import IO, Any

from sitrep.errors import InputError
from sitrep.model import Document, Failure
from sitrep.web.context import WebContext

PASTED = "pasted.txt"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class TooLarge(InputError):
    """The upload passes the server's size limit."""


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file: the name the browser gave and its bytes."""

    name: str
    data: bytes


def read_limited(stream: IO[bytes], *, name: str, budget: int) -> Upload:
    """The bytes of one uploaded file, or TooLarge once the budget is spent."""
    data = stream.read(budget + 1)
    if len(data) > budget:
        raise TooLarge(limit_message(budget))
    return Upload(name=name, data=data)


def limit_message(budget: int) -> str:
    return (
        f"the upload is larger than the limit of {_size(budget)} of text per upload: split it "
        "into smaller files, or run `sitrep run` on it from the command line"
    )


def _size(count: int) -> str:
    return f"{count / 1024:.0f} KB" if count < 1024 * 1024 else f"{count / 1024 / 1024:.1f} MB"


def safe_name(name: str, *, taken: set[str], number: int) -> str:
    """The file's own base name, cleaned; made unique among `taken`."""
    base = _UNSAFE.sub("_", Path(name or "").name).strip("._") or f"upload-{number}.txt"
    candidate, copy = base, 1
    while candidate.lower() in taken:
        stem, dot, suffix = base.rpartition(".")
        candidate = f"{stem}-{copy}.{suffix}" if dot else f"{base}-{copy}"
        copy += 1
    taken.add(candidate.lower())
    return candidate


def extract_uploads(
    ctx: WebContext,
    uploads: Sequence[Upload],
    *,
    published: date | None,
    store: bool,
    country: str | None = None,
) -> dict[str, Any]:
    """Run the pipeline over the uploads; store the results when asked (edit mode only).
    `country` fills the documents that name none (an unknown one is refused)."""
    from sitrep.geocode.places import country_code
    from sitrep.pipeline import Result, run_extraction
    from sitrep.read import read_paths

    if not uploads:
        raise InputError("nothing to read: paste a report or choose at least one file")
    with tempfile.TemporaryDirectory(prefix="sitrep-upload-") as folder:
        paths = _write(Path(folder), uploads)
        with ctx.extractor() as extractor:
            country_code(extractor.gazetteer, country)
            documents = read_paths(paths, published=published, country=country)
            items = list(run_extraction(extractor, documents))
    results = [i for i in items if isinstance(i, Result)]
    failures = [i for i in items if isinstance(i, Failure)]
    stored = _store(ctx, results) if store else None
    return {
        "documents": [_document(r) for r in results],
        "events": [e.to_dict() for r in results for e in r.events],
        "control": [f.to_dict() for r in results for f in r.control],
        "operations": [o.to_dict() for r in results for o in r.operations],
        "failures": [{"doc_id": f.doc_id, "stage": f.stage, "reason": f.reason,
                      "file": Path(f.path).name if f.path else None} for f in failures],
        "stored": stored,
    }  # fmt: skip


def _write(folder: Path, uploads: Sequence[Upload]) -> list[str]:
    taken: set[str] = set()
    paths = []
    for number, upload in enumerate(uploads, start=1):
        path = folder / safe_name(upload.name, taken=taken, number=number)
        path.write_bytes(upload.data)
        paths.append(str(path))
    return paths


def _document(result: Any) -> dict[str, Any]:
    document = result.document
    return {
        "doc_id": document.doc_id,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "country": document.country,
        "text": document.text,
        "events": len(result.events),
        "unresolved": sorted({t.text for t in result.unresolved}),
    }


def _store(ctx: WebContext, results: Sequence[Any]) -> int:
    """Ingest the results with their control facts and operations (as `sitrep run` does);
    returns how many documents were new."""
    from sitrep.control.storage import after_ingest

    with ctx.writing() as store:
        added = [
            store.ingest(
                _uploaded(r.document),
                r.events,
                r.unresolved,
                after=[after_ingest(r.control, r.operations)],
            )
            for r in results
        ]
    return sum(added)


def _uploaded(document: Document) -> Document:
    """The document as stored: its path names the upload, not the server's temporary folder."""
    where = Path(document.path).name if document.path else PASTED
    return replace(document, path=f"upload:{where}")
