"""A match report: a document that tells a game's result ('beat Chelsea 3-1', 'a 2-0 win',
'drew 1-1 with'). Every word of war in it is sport ('killed on the counter-attack', 'a late
strike', 'stormed back'), not only those in a sentence that names the game; an armed actor
named in it still makes its sentence literal (events._figurative)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.extract.doctext import doc_text

MATCH_REPORT_KEY = "sitrep.match_report"
RESULT = r"(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|"
RESULT += r"draws|victory|defeat|defeated|thrashed|edged|routed|stunned)"
# What follows a score: punctuation or a word of the game ('3-1 on Sunday'), never the thing
# counted ('lost 10-15 soldiers').
AFTER_SCORE = r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|at|in|after|against|with|to|thanks|away|at)\b)"
SCORE = re.compile(
    rf"\b{RESULT}\b(?:\s+[\w'.-]+){{0,4}}?\s+\d{{1,2}}[-–]\d{{1,2}}{AFTER_SCORE}"
    rf"|\b\d{{1,2}}[-–]\d{{1,2}}\s+(?:win|victory|defeat|draw|loss|home win|away win|"
    rf"triumph|thrashing)\b",
    re.IGNORECASE,
)


def match_report(doc: Doc) -> bool:
    """Whether the document tells a game's score, read once per document."""
    if MATCH_REPORT_KEY not in doc.user_data:
        doc.user_data[MATCH_REPORT_KEY] = SCORE.search(doc_text(doc)) is not None
    return bool(doc.user_data[MATCH_REPORT_KEY])
