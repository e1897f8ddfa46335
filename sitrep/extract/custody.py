"""What became of people arrested, told in the sentence or the two after it.

'2 former policemen were arrested by the Taliban. Their whereabouts are unknown.': an arrest
whose captives vanish is a forced disappearance; 'police arrested a man ... The police
allegedly tortured the man whilst in their custody': an arrest whose captive is tortured is
an attack (ACLED codes both as violence against civilians, not as arrests).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

DISAPPEARED = re.compile(
    r"\b(whereabouts\s+(are|is|were|was|remain\w*)\s+(still\s+)?unknown|held\s+incommunicado|"
    r"forcibly\s+disappeared|(have|has|had)\s+(since\s+)?disappeared)\b",
    re.IGNORECASE,
)
TORTURED = re.compile(
    r"\btortur\w*|\b(beaten|ill-treated|abused)\s+(up\s+)?(in|while in)\s+(custody|detention)\b",
    re.IGNORECASE,
)
AFTER = 2  # sentences read after the arrest


def custody_fate(sent: SpacySpan) -> str | None:
    """'disappeared' or 'tortured' when the sentence or the two after it tell it, else None."""
    told = sent.text + " " + _next_text(sent)
    if DISAPPEARED.search(told):
        return "disappeared"
    if TORTURED.search(told):
        return "tortured"
    return None


def _next_text(sent: SpacySpan) -> str:
    """The next two sentences (the parser splits off fragments: '[coded to Pana], Ghazni.')."""
    doc, told = sent.doc, list[str]()
    for _ in range(AFTER):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        told.append(sent.text)
    return " ".join(told)
