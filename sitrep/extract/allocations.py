"""A coder's allocation table: how a toll is shared out between places or events.

ACLED notes that split a toll say how much each place gets ("split between the 3 locations,
with Ayla allocated 4 and Bora and Cana 3 each", "14 fatalities each coded to fighting at ...").
One record of the split gets one of those shares; which one depends on the record's place, so
the share most places get stands for the record (the lower one on a tie: the conservative
figure).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_NUM = r"(\d+|" + "|".join(_WORDS) + r")"
# What 'each' may mean besides a share: "each day", "each other".
_NOT_A_SHARE = r"(?!\s+(?:day|week|month|year|time|other|side|night)\b)"
# A share every place of a list gets: "3 each", "each allocated 7", "1 fatality each",
# "allocated 2 each", "14 fatalities each coded to", "1 additional fatality allocated to each".
_EACH = [
    re.compile(_NUM + r"(?:\s+[\w-]+){0,2}?\s+each\b" + _NOT_A_SHARE, re.IGNORECASE),
    re.compile(r"\beach\s+(?:location\s+|event\s+|area\s+)?allocated\s+" + _NUM, re.IGNORECASE),
    re.compile(_NUM + r"(?:\s+[\w-]+){0,2}?\s+(?:allocated|coded)\s+to\s+each\b", re.IGNORECASE),
    re.compile(_NUM + r"(?:\s+fatalit(?:y|ies))?\s+per\s+(?:event|location|place|area)\b", re.I),
]
# A share told with the place or places it goes to: "4 at Ayla, Bora and Cana and 3 at Dara",
# "Ayla (12), Bora (13)", "Ayla 4, Bora 3, and Cana 3", "as follows: 2 Ayla, 2 Bora, 1 Cana".
_ARTICLE = r"(?:al-|el-|ad-|as-|ar-|al\s+)?"
_NAME = _ARTICLE + r"[A-Z][\w'/-]*(?:\s+" + _ARTICLE + r"[A-Z][\w'/-]*){0,3}"
_LIST_END = r"(?=\s*(?:,|\.|;|\band\b|$))"
_MONTHS = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)"
)
_PLACED = [
    re.compile(_NUM + r"(?:\s+fatalit(?:y|ies))?\s+at\s+(?=[A-Z])", re.IGNORECASE),
    re.compile(r"\b" + _NAME + r"(?:\s+[a-z][\w-]*)?\s+\((\d+)\)"),
    re.compile(r"\b" + _MONTHS + _NAME + r"\s+(\d{1,3})" + _LIST_END),
    re.compile(r"(?:[:,]\s*|\band\s+)(\d{1,3})\s+" + _NAME + _LIST_END),
]
# A share one named place gets: "4 allocated to Ayla", "Ayla allocated 4", "3 for Al-Midan",
# "Two fatalities coded to Bora".
_ONE = [
    re.compile(
        _NUM
        + r"(?:\s+(?!events?\b|locations?\b)[\w-]+){0,2}?\s+(?:allocated|coded)\s+(?:to|at|for)"
        + r"\s+(?=[A-Z])",
        re.IGNORECASE,
    ),
    re.compile(r"\ballocated\s+" + _NUM + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _NUM + r"\s+for\s+(?=[A-Z])", re.IGNORECASE),
]
_LIST_SPLIT = re.compile(r",\s*|\s+and\s+")
# Where each pattern's places are named ('listed': before or after, as the words go on).
_EACH_SIDES = ("listed", "before", "all", "all")
_ONE_SIDES = ("after", "before", "after")


@dataclass(frozen=True, slots=True)
class Share:
    """A figure one or more places get (`places`: how many), at `start` in the text."""

    value: int
    places: int
    start: int
    end: int
    side: str = "all"  # where its places are named: after, before, inside it, or all places


def allocated_share(text: str) -> int | None:
    """The share most places get in an allocation table the text states ('with Ayla allocated
    4 and Bora and Cana allocated 3 each' -> 3); None when the text states no table (a single
    figure for one place is a coded figure, not a table)."""
    shares = allocation_shares(text)
    if not shares or (len(shares) < 2 and shares[0].places < 2):
        return None
    weights: Counter[int] = Counter()
    for share in shares:
        weights[share.value] += share.places
    return min(weights, key=lambda v: (-weights[v], v))


def allocation_shares(text: str) -> list[Share]:
    """Every share the text allocates, each once, in text order."""
    found: list[Share] = []
    for pattern, side in zip(_EACH, _EACH_SIDES, strict=True):
        found += [_share(m, text, each=True, side=side) for m in pattern.finditer(text)]
    taken = [(s.start, s.end) for s in found]
    for pattern, side in zip(_ONE, _ONE_SIDES, strict=True):
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(_share(m, text, each=False, side=side))
                taken.append((m.start(), m.end()))
    if len(found) < 2 and sum(s.places for s in found) < 2:
        found = _placed_shares(text) or found
    return sorted(found, key=lambda s: s.start)


def _placed_shares(text: str) -> list[Share]:
    """Shares told beside their places, by the first way of telling them the text uses at
    least twice ('4 at Ayla and Bora and 3 at Cana', 'Ayla (12), Bora (13)')."""
    for i, pattern in enumerate(_PLACED):
        matches = list(pattern.finditer(text))
        if len(matches) >= 2:
            return [_placed(m, text, first=i == 0) for m in matches]
    return []


def _placed(match: re.Match[str], text: str, *, first: bool) -> Share:
    word = match.group(1).lower()
    value = int(word) if word.isdigit() else _WORDS[word]
    places = _places_after(text[match.end() :]) if first else 1
    side = "after" if first else "inside"
    return Share(value=value, places=places, start=match.start(), end=match.end(), side=side)


def _places_after(rest: str) -> int:
    """'Ayla, Bora and Cana and three at Dara' -> 3: the names up to the next share."""
    window = re.split(r"\b" + _NUM + r"\b|;|\.\s|\(", rest, flags=re.IGNORECASE)[0]
    names = [p for p in _LIST_SPLIT.split(window) if re.search(r"\b[A-Z]", p)]
    return max(1, len(names))


def _share(match: re.Match[str], text: str, *, each: bool, side: str) -> Share:
    word = match.group(1).lower()
    value = int(word) if word.isdigit() else _WORDS[word]
    places = _listed_places(text, match) if each else 1
    if side == "listed":
        side = "after" if _places_follow(text, match) else "before"
    return Share(value=value, places=places, start=match.start(), end=match.end(), side=side)


def _places_follow(text: str, match: re.Match[str]) -> bool:
    rest = re.sub(r"^\s*allocated\b", "", text[match.end() :])
    return bool(re.match(r"\s*(?:allocated\s+)?(?:to|for|between|at|in)\b", rest))


def _listed_places(text: str, match: re.Match[str]) -> int:
    """How many places an 'each' share covers: the names listed just before it ('Ayla and
    Bora each allocated 3') or just after it ('3 each to Ayla and Bora'); 2 when none is
    named ('split, 5 each, between the 2 locations')."""
    before = re.split(r"\bwith\b|\ballocated\b|\d|;|:|\(", text[: match.start()])[-1]
    rest = re.sub(r"^\s*allocated\b", "", text[match.end() :])
    after = re.split(r"\ballocated\b|\d|;|\.|\(|\bwhich\b", rest)[0]
    places_follow = re.match(r"\s*(?:allocated\s+)?(?:to|for|between|at|in)\b", after)
    for window in (after, before) if places_follow else (before, after):
        names = [p for p in _LIST_SPLIT.split(window) if re.search(r"\b[A-Z]", p)]
        if len(names) >= 2:
            return len(names)
    return 2


# "split evenly between Ayla and Bora areas", "distributed across the 3 locations": the list a
# figure is split over, up to the end of the clause.
_SPLIT = re.compile(
    r"\b(?:split|divided|distributed|spread)\b(?:\s+\w+)?\s+(?:between|across|among|over|into)"
    r"\s+(.*?)(?:[.;(]|\bwith\b|$)",
    re.IGNORECASE,
)
_COUNTED_PLACES = re.compile(
    _NUM + r"\s+(?:locations|events|places|areas|sites|towns|villages)\b", re.IGNORECASE
)


def split_ways(text: str) -> int:
    """How many places a figure is split between, read from the words: 'split evenly between
    Ayla and Bora areas' -> 2, 'across the 3 locations' -> 3, 'between activities in Ayla and
    in Bora and its southern outskirts' -> 2 (a part of a place named is that place); 1 when no
    split is told."""
    found = _SPLIT.search(text)
    if found is None:
        return 1
    window = found.group(1)
    counted = _COUNTED_PLACES.search(window)
    if counted is not None:
        word = counted.group(1).lower()
        return int(word) if word.isdigit() else _WORDS[word]
    if re.match(r"\s*both\b", window, re.IGNORECASE):
        return 2
    parts = [p for p in _LIST_SPLIT.split(window) if re.search(r"\b[A-Z]", p)]
    return len([p for p in parts if not re.match(r"\s*(?:its|their)\b", p)]) or 1


_CLAUSE = re.compile(r"\b(?:with|allocated|split|divided|distributed|spread|coded)\b", re.I)


def share_reaches(text: str, place: str) -> bool:
    """Whether a share of further dead told in `text` goes to `place`: the allocation clause
    names no place ('with 1 additional fatality allocated to each location') or names it
    ('with fatalities split, 1 each, between Ayla and Bora' reaches Ayla, not Cana)."""
    found = _CLAUSE.search(text)
    clause = text[found.end() :] if found else ""
    if not re.search(r"\b[A-Z]", clause):
        return True
    return place.lower() in clause.lower()


def share_for(text: str, place: str) -> int | None:
    """The share an allocation table gives a named place ('with Ayla allocated 3 and all
    other locations allocated 2 each' -> 3 for Ayla), read at the place's last mention that a
    share covers; None when the table does not name it."""
    shares = allocation_shares(text)
    if not shares or not place.strip():
        return None
    mentions = [m.start() for m in re.finditer(r"\b" + re.escape(place) + r"\b", text, re.I)]
    for at in reversed(mentions):
        covering = [s for i, s in enumerate(shares) if _covers(shares, i, at)]
        if covering:
            return covering[0].value
    return None


def _covers(shares: list[Share], i: int, at: int) -> bool:
    share = shares[i]
    if share.side == "inside":
        return share.start <= at < share.end
    if share.side == "after":
        later = shares[i + 1].start if i + 1 < len(shares) else 10**9
        return share.end <= at < later
    if share.side == "before":
        earlier = shares[i - 1].end if i > 0 else 0
        return earlier <= at < share.start
    return False
