"""An outlet's credit opening a report: "SANA: Army units targeted ...", "TASS: ...".

Monitoring services and aggregators pass on state and partisan media's reports under the
outlet's name and a colon. The name is the report's source, not a place in it (SANA is no
Sana'a, Saba no island), and the acts the report tells with no claimant of their own are the
outlet's claims (`claimed_by`). Only a name the outlet directory lists counts: "Update:",
"Breaking:" or a place ("Idlib:") is no credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitrep.geocode.outlets import OutletDirectory, fold
from sitrep.model import Event
from sitrep.read.title import split_title

# A short name and a colon at the start of the body ("SANA:", "Global New Light of Myanmar:").
CREDIT = re.compile(r"[^\S\n]*(?P<name>[A-Z][\w.'’&-]*(?:[^\S\n]+[\w.'’&-]+){0,5}?)[^\S\n]*:\s")
# Sources the directory lists that credit no outlet ("Telegram:", "Local sources:").
NOT_OUTLETS = frozenset({
    "twitter", "facebook", "telegram", "youtube", "whatsapp", "local source", "local sources",
    "media", "other",
})  # fmt: skip
# A word of the medium after an outlet's name ("Al Masirah TV").
MEDIUM = re.compile(r"\s+(?:tv|television|radio|news|online|agency|network)$")


@dataclass(frozen=True, slots=True)
class Credit:
    """The outlet's name and where the credit ends."""

    name: str
    end: int


def outlet_credit(text: str, outlets: OutletDirectory) -> Credit | None:
    """The outlet credited at the start of the report, or None."""
    match = CREDIT.match(text, split_title(text)[1])
    if match is None or not _listed(match["name"], outlets):
        return None
    return Credit(name=match["name"], end=match.end())


def _listed(name: str, outlets: OutletDirectory) -> bool:
    key = fold(name)
    if key in NOT_OUTLETS:
        return False
    known = outlets.homes.keys() | outlets.international
    return key in known or MEDIUM.sub("", key) in known


def credited(event: Event, credit: str | None) -> Event:
    """The event, claimed by the credited outlet when nothing in the text claims it."""
    if credit is None or event.claimed_by is not None:
        return event
    return replace(event, claimed_by=credit)
