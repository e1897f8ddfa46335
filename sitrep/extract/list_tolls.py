"""The dead of a list of places told as one event per place (`place_lists.py`), by ACLED's
rules: a figure told for a place goes to it ("killing three in A and two in B", "two dead,
one in A and the other in B"); one toll over the list is divided evenly between its events,
the remainder to the lead ("11 killed in five towns": 3 at the lead, 2 at each other), each
such share tagged `aggregate`; a nationwide toll stays whole on the lead, tagged `aggregate`;
a coder's own allocation ("with A allocated 3", "split between 2 locations") gives each place
its share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.allocations import share_for, split_ways
from sitrep.extract.assemble import described
from sitrep.model import Event, Toponym

# The listed places and the figures a toll told out over them gives (a member's start, its
# figure).
ListedTolls = tuple[Sequence[Toponym], Sequence[tuple[int, int]]]
AGGREGATE = "aggregate"

# A toll for a whole country: none of the listed places' share.
NATIONWIDE = re.compile(
    r"\b(?:across|around|throughout) the country\b|\bnationwide\b|\bcountrywide\b",
    re.IGNORECASE,
)
# A figure told for one place: "killing three in A", "two at B".
NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
# A toll told out over the places ("two deaths, one in A and the other in B", "killing five,
# three in A and two in B"): the figure before the first place, and each gap's own figure.
DIST_FIRST = re.compile(
    rf"(?:^|[,;:]\s*|\band\s+)({NUMBER})(?:\s+[\w-]+)?\s+(?:in|at)\s+(?:the\s+\w+\s+of\s+)?$",
    re.IGNORECASE,
)
DIST_GAP = re.compile(
    rf"^\s*(?:,\s*(?:and\s+)?|and\s+)((?:the\s+)?others?|another|the rest|{NUMBER})"
    r"(?:\s+[\w-]+)?\s+(?:in|at)\s+(?:the\s+\w+\s+of\s+)?$",
    re.IGNORECASE,
)
# Some of the dead only: "seven killed, including two in A and one in B".
SOME_OF = re.compile(r"\b(?:including|among them|among whom)\s+[^,;.]{0,25}$", re.IGNORECASE)
# A coder's allocation somewhere in the report: "with A allocated 3", "split evenly".
CODER_ALLOCATION = re.compile(r"\b(?:coded|allocated|split|divided|distributed)\b", re.IGNORECASE)


def told_out(text: str, run: Sequence[Toponym], start: int) -> list[tuple[int, int]] | None:
    """The figures a toll told out over the run gives its places ("one in A and the other in
    B": A's 1, B's the rest); [] for a plain list, None for a run that is neither."""
    gaps = [text[a.end : b.start] for a, b in zip(run, run[1:], strict=False)]
    told = [DIST_GAP.match(g) for g in gaps]
    if not any(told):
        return []
    first = DIST_FIRST.search(text[start : run[0].start])
    if first is None or SOME_OF.search(text[start : run[0].start]):
        return None  # "seven killed, including two in A and one in B": some of the dead
    figures = [(run[0].start, _number(first.group(1)))]
    for mention, found in zip(run[1:], told, strict=True):
        if found is not None and _number(found.group(1)) is not None:
            figures.append((mention.start, _number(found.group(1))))
    return [(at, n) for at, n in figures if n is not None]


def _number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around a character: from after the last full stop before it to the next."""
    before = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    after = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return before + 1, min(after, default=len(text))


def lead_toll(event: Event, listed: ListedTolls, text: str, *, shared: bool) -> Event:
    """The lead alone: its own figure when the sentence gives one ('two in A'), else the
    toll, tagged `aggregate` when it covers listed places no event could be coded at."""
    own = _own_toll(text, event, listed[0])
    if own is not None and event.fatalities and own <= event.fatalities:
        return described(replace(event, fatalities=own))
    if shared and event.fatalities and not CODER_ALLOCATION.search(text):
        return replace(event, tags=tuple(dict.fromkeys((*event.tags, AGGREGATE))))
    return event


def with_tolls(parts: list[Event], listed: ListedTolls, text: str) -> list[Event]:
    """Each place's dead: its own figure, else its share of the toll told over the list."""
    total = parts[0].fatalities
    if not total:
        return [replace(e, fatalities=total) for e in parts]  # none dead, or none told
    if CODER_ALLOCATION.search(text):  # the coder's own table: the lead's figure is its own
        return [parts[0], *(_coded_share(e, parts, text) for e in parts[1:])]
    members, figures = listed
    start, end = sentence_bounds(text, members[0].start)
    if NATIONWIDE.search(text[start:end]):  # the country's dead: the whole holds the count
        whole = replace(parts[0], tags=tuple(dict.fromkeys((*parts[0].tags, AGGREGATE))))
        return [whole, *(replace(e, fatalities=None) for e in parts[1:])]
    told = dict(figures)
    own = [told.get(_placed_at(e), _own_toll(text, e, members)) for e in parts]
    if all(n is not None for n in own):
        return [replace(e, fatalities=n) for e, n in zip(parts, own, strict=True)]
    rest = [i for i, n in enumerate(own) if n is None]
    left = max(0, total - sum(n for n in own if n is not None))
    share, remainder = divmod(left, len(rest))
    out = []
    for i, e in enumerate(parts):
        if own[i] is not None:
            out.append(replace(e, fatalities=own[i]))
            continue
        lead = i == rest[0]
        count = share + (remainder if lead else 0)
        tags = e.tags if len(rest) < 2 else tuple(dict.fromkeys((*e.tags, AGGREGATE)))
        out.append(replace(e, fatalities=count, tags=tags))
    return out


def _coded_share(event: Event, parts: Sequence[Event], text: str) -> Event:
    """A place's figure in the coder's table ('with A allocated 4 and 3 each to B and C'),
    else the lead's when the figure is split evenly over as many places as the list has."""
    names = [e.text for e in event.evidence if e.role == "location"]
    shares = [share_for(text, name) for name in names]
    share = next((s for s in shares if s is not None), None)
    if share is None and split_ways(text) == len(parts):
        share = parts[0].fatalities
    return replace(event, fatalities=share)


def _placed_at(event: Event) -> int:
    return next((e.start for e in event.evidence if e.role == "location"), -1)


def _own_toll(text: str, event: Event, members: Sequence[Toponym]) -> int | None:
    """A figure the sentence gives for this place alone ('three in A and two in B')."""
    where = next((e for e in event.evidence if e.role == "location"), None)
    if where is None:
        return None
    start, end = sentence_bounds(text, where.start)
    after_list = members[-1].end
    sentence = text[after_list:end]
    for name in {where.text, *(m.text for m in members if m.start == where.start)}:
        found = re.search(
            rf"\b({NUMBER})\b(?:\s+[\w-]+){{0,3}}?\s+(?:in|at)\s+(?:the\s+\w+\s+of\s+)?"
            + re.escape(name)
            + r"\b",
            sentence,
            re.IGNORECASE,
        )
        if found is not None:
            word = found.group(1).lower()
            return int(word) if word.isdigit() else NUMBER_WORDS[word]
    return None
