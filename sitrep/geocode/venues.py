"""A place named as where talks, visits or flights happen is not where violence happened.

Conflict reports name the capitals where a war is talked about as background: mediators
meet "in Doha", "a delegation flew to Kigali", "negotiators gathered in Cairo for ceasefire
talks", the president was "on a visit to Nairobi". Such a venue is still a place (the
geoparser's evaluation counts it), but it is no place of the report's acts, and it says
nothing of the country the report is about: the event pipeline leaves it out
(`geoparse(..., keep_venues=False)`), so that "clashes in Masisi" stay in Congo.
"""

from __future__ import annotations

import re

# words that may stand between "talks" and the venue's "in": "talks between the two sides in"
_TALK_FILLER = (
    r"(?:\s+(?:between|among|with|of|on|the|two|both|all|rival|warring|parties|sides|hosted"
    r"|held|mediated|brokered|sponsored|led|by|and|government|rebels?|delegations?"
    r"|[A-Z][\w'’-]*)){0,6}"
)
# not "meeting", "conference" or "summit": gunmen attack community meetings ("a meeting in
# Baga"), crowds protest outside summits and delegates riot at conferences
_TALK_NOUNS = r"(?:talks|negotiations|mediation|consultations)"
# the venue after the talk: "talks in Doha", "peace talks hosted by Qatar in Doha"
_TALKS_BEFORE = re.compile(
    rf"\b{_TALK_NOUNS}{_TALK_FILLER}\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE
)
# a journey's end: "flew to Kigali", "a visit to Nairobi" (not "a convoy travelling to Gao":
# convoys are attacked on their way)
_JOURNEY_BEFORE = re.compile(
    r"\b(?:flew|flown|jetted|(?:a|an|his|her|their|official|state)\s+visits?|trip"
    r"|summoned|invited)(?:\s+(?:back|abroad|on|a|the|an|official|state))*"
    r"\s+(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# talkers meeting there: "as mediators met in Doha", "envoys gathered in Addis Ababa"
_TALKERS_BEFORE = re.compile(
    r"\b(?:mediators|negotiators|envoys|delegations?|diplomats|foreign\s+ministers)"
    r"\s+(?:(?:have|had|will|were|are)\s+)?(?:met|meet|meeting|gathered|gather|convened"
    r"|convene|arrived)\s+(?:again\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a host of talks: "Qatar hosted talks between the parties"
_HOST_AFTER = re.compile(
    rf"^\s+(?:has\s+|had\s+|will\s+)?(?:hosted|hosts|hosting|host)\s+(?:the\s+|new\s+"
    rf"|peace\s+|indirect\s+|direct\s+)*{_TALK_NOUNS}\b",
    re.IGNORECASE,
)
# the talks after the venue: "gathered in Cairo for ceasefire talks", "the Doha talks"
_TALKS_AFTER = re.compile(
    rf"^(?:\s+(?:for|to\s+(?:hold|attend|join|discuss))(?:\s+(?:a|the|new|fresh|ceasefire"
    rf"|peace|truce|indirect|direct|further|more|another|round\s+of))*\s+{_TALK_NOUNS}\b"
    rf"|\s+(?:peace\s+)?(?:talks|negotiations|peace\s+process)\b)",
    re.IGNORECASE,
)
# a crowd at the talks is there: "protesters rallied outside the talks in Geneva"
_CROWD = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies)|march\w*|sit-in|riot\w*)")
_WINDOW = 90


def venue_only(text: str, start: int, end: int) -> bool:
    """Whether the place named at text[start:end] is only where talks, visits or flights
    happen ("mediators met in Doha", "a delegation flew to Kigali", "in Cairo for talks")."""
    before = text[max(0, start - _WINDOW) : start]
    before = before[_clause_start(before) :]
    if _TALKS_BEFORE.search(before) and not _CROWD.search(before):
        return True
    if _JOURNEY_BEFORE.search(before) or _TALKERS_BEFORE.search(before):
        return True
    after = text[end : end + _WINDOW]
    return bool(_TALKS_AFTER.match(after) or _HOST_AFTER.match(after))


def _clause_start(before: str) -> int:
    """Where the sentence holding the mention starts within `before` (0: not inside it)."""
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind("\n"))
    return cut + 1 if cut >= 0 else 0
