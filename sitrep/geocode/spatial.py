"""Names a spatial preposition places: the small model often labels an unfamiliar town a
person or an organisation ("attacked a convoy near Daquq", "rebels fought outside Kumba"),
most of all at the end of a sentence. Right after "in", "near", "outside", "around" or "south
of", a one- or two-word name the gazetteer holds as a town or an area under its own name
(accents aside), or under another recorded name as a town with people or an area ("east of
Al Fashir"), is read as that place, unless it is a possessive ("in Jackson's view")."""

from __future__ import annotations

import re

from sitrep.geocode.gazetteer import Candidate, Gazetteer

# where the name after these words is: "in", "near", "outside", "south of", "the outskirts of"
_SPATIAL_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|nearby"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outskirts\s+of)\s+$",
    re.IGNORECASE,
)
# a name followed by these stands for a person or an owner: "in Jackson's view"
_OWNER_AFTER = re.compile(r"['’]s?\b")
MAX_WORDS = 2
MIN_LETTERS = 4  # "in Ore", "near Ely": a short word is more often something else
MIN_POPULATION_OTHER_NAME = 1000  # a hamlet's other names are often words or nicknames


def placed_by_preposition(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name text[start:end], labelled a person or an organisation, is a place
    by its frame: right after a spatial preposition, short, not possessive, and known to the
    gazetteer as a town or an area of one country only (a name that towns of several
    countries bear, "north of Taji", is left unread: with the label against it, nothing
    in the frame says which)."""
    surface = text[start:end]
    if len(surface) < MIN_LETTERS or len(surface.split()) > MAX_WORDS:
        return False
    if not _SPATIAL_BEFORE.search(text[max(0, start - 24) : start]):
        return False
    if _OWNER_AFTER.match(text[end : end + 3]):
        return False
    cands = [c for c in gazetteer.exact(surface) if c.match != "folded"]
    countries = {c.place.country_code for c in cands if c.place.feature_class in "PA"}
    return len(countries) == 1 and any(_own_or_settled(c) for c in cands)


def _own_or_settled(cand: Candidate) -> bool:
    """A town's or an area's own name (accents aside), or another recorded name of a town
    with people ("Al Fashir" for El Fasher) or of an area."""
    place = cand.place
    if cand.match == "folded" or not cand.name[:1].isupper() or place.feature_class not in "PA":
        return False
    if cand.kind == "name" and cand.match == "exact":
        return True
    settled = place.population >= MIN_POPULATION_OTHER_NAME or place.feature_class == "A"
    return cand.kind == "alternate" and settled
