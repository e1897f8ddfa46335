"""Local-news usage: the words of US county and town government, policing and
schooling ("the Sheriff's Office", "Interstate 75", "third-graders", "Councilwoman Amy Salay",
"the 700 block of Elm Street") say a report is from the United States even when it names no
other place, so a bare "Dublin" or "Athens" in it is the American town. British usage
("4.15am", "PC Jane Roe", a 01524 telephone number) likewise makes "Lancaster" the English one.

Each kind of usage counts once; usages that Canadian and other reports share ("Police
Department", "Highway 1", "Elm Township") count half.
"""

from __future__ import annotations

import re

# usages found in US reports and hardly elsewhere
US_USAGES: dict[str, re.Pattern[str]] = {
    "interstate": re.compile(r"\b(?:Interstate|I-)\s?\d{1,3}\b"),
    "sheriff": re.compile(r"\b[Ss]heriff"),
    "grader": re.compile(r"\b\w+-graders?\b|\b\d{1,2}(?:st|nd|rd|th)-grade\b"),
    "city_office": re.compile(
        r"\bParks\s+and\s+Recreation\b|\bSWAT\b|\b[Bb]oard\s+of\s+[Ee]ducation\b"
    ),
    "council": re.compile(r"\b(?:Council(?:man|woman|men|women)|[Aa]lderm[ae]n|[Ss]electm[ae]n)\b"),
    "county_office": re.compile(
        r"\b(?:County\s+(?:Commission|Attorney|Jail|Coroner|Schools|Sheriff|Deputy|Board|Road"
        r"|Court|Clerk|Prosecutor|Health)|[Bb]oard\s+of\s+[Ss]upervisors|District\s+Attorney)"
    ),
    "block": re.compile(r"\b\d{2,5}\s+block\s+of\b"),
    "party": re.compile(r"\b(?:[DR]-[A-Z][a-z]+|state\s+(?:Sen|Rep)\.)"),
    "units": re.compile(r"\b\d+\s?mph\b|\bZIP\s+code"),
}
# usages US reports share with Canadian and other reports: each counts half
SHARED_USAGES: dict[str, re.Pattern[str]] = {
    "school": re.compile(
        r"\b(?:[Ee]lementary|[Mm]iddle)\s+[Ss]chools?\b|\b[Ss]chool\s+[Dd]istrict"
    ),
    "township": re.compile(r"\b[A-Z]\w+ Township\b"),
    "route": re.compile(r"\b(?:Highway|Route|State Road|County Road|U\.S\.|SR|FM|CR)\s?\d+"),
    "address": re.compile(r"\b\d{2,5}\s+(?:[NSEW]\.\s+)?[A-Z]\w+\s+(?:St|Ave|Rd|Blvd|Dr)\."),
    "department": re.compile(r"\b(?:Police|Fire)\s+Department\b"),
    "phone": re.compile(r"\(\d{3}\)\s?\d{3}-\d{4}\b"),
    "clock": re.compile(r"\b\d{1,2}(?::\d\d)?\s[ap]\.m\."),
}
# Commonwealth spellings: a report written so is no American one, whatever usages it
# shares with American reports
COMMONWEALTH_SPELLING = re.compile(
    r"\b(?:centre|theatre|neighbour|colour|favourite|kilometre|metre|labour|defence|licence"
    r"|programme|organis(?:e|ed|es|ing|ation|ations))s?\b",
    re.IGNORECASE,
)
# usages of British local news ("4.15am", "PC Jane Roe", "01524 63333", "the NHS")
GB_USAGES: dict[str, re.Pattern[str]] = {
    "clock": re.compile(r"\b\d{1,2}(?:\.\d\d)?(?:am|pm)\b"),
    "phone": re.compile(r"\b0\d{3,4}\s\d{6}\b|\b0800\s?\d{3}\s?\d{3,4}\b"),
    "rank": re.compile(r"\b(?:PC|DC|PCSO|Det Sgt|Det Insp|Chief Insp)\s[A-Z]"),
    "nhs": re.compile(r"\bNHS\b"),
    "school": re.compile(r"\bGrammar School\b"),
    "constabulary": re.compile(r"\bConstabulary\b"),
}
SHARED_WEIGHT = 0.5
# the lean to the US from the usage score (kinds of US usage plus half the shared ones)
LEAN_FROM = ((2.0, 0.8), (1.0, 0.7))
# the lean to Britain from its kinds of usage (clocks and ranks are shared more widely)
GB_LEAN_FROM = ((2.0, 0.7), (1.0, 0.6))


def usage_score(text: str) -> float:
    """How many kinds of US local usage the text has (shared usages count half, and not at
    all in a text with Commonwealth spellings)."""
    strong = sum(1 for pattern in US_USAGES.values() if pattern.search(text))
    if COMMONWEALTH_SPELLING.search(text):
        return float(strong)
    shared = sum(1 for pattern in SHARED_USAGES.values() if pattern.search(text))
    return strong + SHARED_WEIGHT * shared


def us_usage_lean(text: str) -> dict[str, float]:
    """{"US": lean} when the text's US local usage scores 1 or more, else {}."""
    return _lean("US", usage_score(text), LEAN_FROM)


def gb_usage_lean(text: str) -> dict[str, float]:
    """{"GB": lean} when the text has some kind of British local usage, else {}."""
    kinds = sum(1 for pattern in GB_USAGES.values() if pattern.search(text))
    return _lean("GB", kinds, GB_LEAN_FROM)


def usage_lean(text: str) -> dict[str, float]:
    """The countries the text's local usage leans it to (US, GB), and how far (0-1)."""
    return merged(us_usage_lean(text), gb_usage_lean(text))


def _lean(code: str, score: float, steps: tuple[tuple[float, float], ...]) -> dict[str, float]:
    for least, lean in steps:
        if score >= least:
            return {code: lean}
    return {}


def merged(*leans: dict[str, float]) -> dict[str, float]:
    """Per country, the largest of several leans."""
    out: dict[str, float] = {}
    for lean in leans:
        for code, weight in lean.items():
            out[code] = max(out.get(code, 0.0), weight)
    return out
