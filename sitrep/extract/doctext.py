"""A parsed document's text, built once: spaCy's `doc.text` joins every token on each access."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

TEXT_KEY = "sitrep_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the Doc's user data after the first call."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
