"""HTML pages: main text, title, date and canonical URL via trafilatura (imported lazily).

The text is trafilatura's main text with its paragraphs separated by blank lines; offsets
point into that text, not into the HTML. The page's own date (htmldate, without its
extensive search) is the document's date when found.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.model import Document
from sitrep.read.decode import check_bytes
from sitrep.read.published import choose_published, parse_published


def read_html_file(path: Path, *, doc_id: str, shown: str, published: date | None) -> Document:
    """One .html/.htm file."""
    data = path.read_bytes()
    check_bytes(data, name=shown)
    return html_document(data, doc_id=doc_id, path=shown, published=published)


def html_document(
    html: bytes | str, *, doc_id: str, path: str | None, published: date | None
) -> Document:
    """A Document from an HTML page."""
    import trafilatura

    result: Any = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    paragraphs = [line.strip() for line in (result.text or "").splitlines()] if result else []
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise InputError(
            "no article text found in this HTML; save the article page itself, or give its text"
            " as a .txt file"
        )
    own = _own_date(result.date)
    day = choose_published(own, text=text, default=published)
    return Document(
        doc_id=doc_id, text=text, title=result.title or None, published=day,
        url=result.url or None, path=path,
    )  # fmt: skip


def _own_date(value: str | None) -> date | None:
    try:
        return parse_published(value)
    except InputError:
        return None
