"""Paths -> documents: files by suffix, folders recursively (sorted), `-` for stdin.

doc_id is the JSONL `id`, else the file name without its suffix; when two files share that
name, their paths without suffix (as given or found under the folder) tell them apart, and
the full paths when even those collide. Problems become Failure records; nothing raises for
one bad document.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePath
from typing import TextIO

from sitrep.errors import InputError
from sitrep.model import Document, Failure
from sitrep.read.html import read_html_file
from sitrep.read.jsonl import read_jsonl_file
from sitrep.read.text import read_stdin, read_text_file

Reader = Callable[..., Document | Iterator[Document | Failure]]
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
}
STDIN = "-"
STDIN_ID = "stdin"
KINDS = ".txt, .html, .htm or .jsonl"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One thing to read: a file, stdin, or a path already known to be a problem.

    Files found in folders have a known suffix; an explicitly named file with another suffix
    becomes a Failure when read.
    """

    shown: str
    problem: str | None = None


def read_paths(
    paths: Sequence[str],
    *,
    published: date | None = None,
    country: str | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Document | Failure]:
    """Documents and failures from files, folders and `-` (stdin, read as text).

    `published` is the default publication date: it fills only documents whose input
    (JSONL `published`, HTML date) and dateline give none. `country` is the default country
    the reports are about: it fills only documents whose input (JSONL `country`) gives none.
    """
    entries = list(_unique(_expand(paths)))
    ids = _doc_ids(entries)
    for entry in entries:
        found = _read(entry, ids[entry.shown], published=published, stdin=stdin or sys.stdin)
        yield from (_with_country(item, country) for item in found)


def _with_country(item: Document | Failure, country: str | None) -> Document | Failure:
    if country is None or not isinstance(item, Document) or item.country is not None:
        return item
    return replace(item, country=country)


def _expand(paths: Iterable[str]) -> Iterator[Entry]:
    for given in paths:
        path = Path(given)
        if given == STDIN:
            yield Entry(shown=STDIN)
        elif path.is_dir():
            yield from _folder(given)
        elif path.exists():
            yield Entry(shown=given)
        else:
            yield Entry(shown=given, problem="no such file or folder; check the path")


def _folder(given: str) -> Iterator[Entry]:
    found = sorted(_walk(Path(given)), key=lambda p: p.relative_to(given).as_posix())
    if not found:
        reason = f"folder has no {KINDS} files; give a folder of reports"
        yield Entry(shown=given, problem=reason)
    for path in found:
        yield Entry(shown=path.as_posix())


def _walk(root: Path) -> Iterator[Path]:
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and PurePath(name).suffix.lower() in READERS:
                yield Path(folder, name)


def _unique(entries: Iterable[Entry]) -> Iterator[Entry]:
    seen: set[str] = set()
    for entry in entries:
        key = entry.shown if entry.problem or entry.shown == STDIN else _real(entry.shown)
        if key not in seen:
            seen.add(key)
            yield entry


def _real(shown: str) -> str:
    return str(Path(shown).resolve())


def _doc_ids(entries: Sequence[Entry]) -> dict[str, str]:
    stems = Counter(PurePath(e.shown).stem for e in entries)
    bare = Counter(_without_suffix(e.shown) for e in entries)
    ids = {}
    for entry in entries:
        stem, base = PurePath(entry.shown).stem, _without_suffix(entry.shown)
        ids[entry.shown] = stem if stems[stem] == 1 else base if bare[base] == 1 else entry.shown
    ids[STDIN] = STDIN_ID
    return ids


def _without_suffix(shown: str) -> str:
    path = PurePath(shown)
    return path.with_suffix("").as_posix() if path.suffix else path.as_posix()


def _read(
    entry: Entry, doc_id: str, *, published: date | None, stdin: TextIO
) -> Iterator[Document | Failure]:
    try:
        if entry.problem:
            raise InputError(entry.problem)
        if entry.shown == STDIN:
            yield read_stdin(stdin, doc_id=doc_id, published=published)
            return
        result = _reader(entry)(
            Path(entry.shown), doc_id=doc_id, shown=entry.shown, published=published
        )
        if isinstance(result, Document):
            yield result
        else:
            yield from result
    except InputError as exc:
        yield Failure(doc_id=doc_id, stage="read", reason=str(exc), path=_where(entry))
    except OSError as exc:
        reason = f"cannot read it ({exc.strerror or exc}); check that it exists and is readable"
        yield Failure(doc_id=doc_id, stage="read", reason=reason, path=_where(entry))


def _reader(entry: Entry) -> Reader:
    suffix = PurePath(entry.shown).suffix.lower()
    if suffix not in READERS:
        what = f"unsupported file type '{suffix}'" if suffix else "no file suffix"
        raise InputError(f"{what}; give a {KINDS} file (convert other formats to text first)")
    return READERS[suffix]


def _where(entry: Entry) -> str | None:
    return None if entry.shown == STDIN else entry.shown
