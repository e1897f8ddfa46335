"""Rank gazetteer candidates for each mention with the whole document as context.

The scoring is a set of pure functions over candidates and a `Context` (countries and
admin areas the document names, local "X, Y" / "X in Y" containers, places already resolved).
`resolve_document` runs them in two passes: the second adds distance to first-pass places.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from sitrep.geocode.area_named import area_readings, area_worded
from sitrep.geocode.arealists import ADMIN_WORDS, listed_area
from sitrep.geocode.capitals import capital_over_area
from sitrep.geocode.civic import civic_use, resident_use
from sitrep.geocode.closespell import CLOSE, allowed_by, close_penalties, close_spellings
from sitrep.geocode.counties import home_county
from sitrep.geocode.currency import currency_lean
from sitrep.geocode.fold import exact_key
from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.generic_names import generic_in, romanised_rivals
from sitrep.geocode.home import Home, Tally, home_bonus, home_lean
from sitrep.geocode.reach import local_quarters, within_reach
from sitrep.geocode.recognize import Mention, dateline_at
from sitrep.geocode.seats import COUNTY_PAIR_BONUS, county_pairs
from sitrep.geocode.spelling import own_spelling
from sitrep.geocode.strangers import (
    TOWN_UNDER_OWN_NAME,
    beyond_reach,
    home_country,
    minor_or_misspelled,
    stranger,
    stranger_to_all,
)
from sitrep.geocode.stray_hamlets import astray, named_provinces
from sitrep.geocode.support import near, square_km, support_counts
from sitrep.geocode.usage import merged, usage_lean
from sitrep.model import Place, Toponym

MATCH_BASE = {"exact": 1.0, "alias": 0.85, "folded": 0.45}
FEATURE_BONUS = {"PCLI": 0.35, "ADM1": 0.25, "CONT": 0.3, "PPLC": 0.15, "ADM2": 0.05}
MIN_SCORE = 0.9
POPULATION_WEIGHT = 0.21
NEAR_KM = 161.0
ANCHOR_KM = 500.0  # an anchor this near still counts a little
K = TypeVar("K", str, tuple[str, str])
_CONTAINER_AFTER = re.compile(
    r"^(?:,\s*(?:the\s+)?|\s*\(|\s+(?:in|near|outside|of)\s+(?:the\s+)?"
    r"|\s+(?:town|city|village|district|area|areas|countryside|suburb)\s+of\s+(?:the\s+)?)$"
)
_CONTAINER_BEFORE = re.compile(
    r"^\s+(?:province|governorate|region|district|county|state)(?:'s)?\s+"
    r"(?:town|city|village|capital)s?\s+(?:of\s+)?$"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What the rest of the document says about where it is."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[tuple[str, str], float] = field(default_factory=dict)
    anchors: tuple[tuple[float, float], ...] = ()
    support: dict[int, float] = field(default_factory=dict)
    home: Home = field(default_factory=Home)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def usable(cand: Candidate, mention: Mention) -> bool:
    """Whether a candidate fits the mention's kind and surface (abbreviations are exact but
    for dots and spaces)."""
    if cand.kind == "abbreviation" and cand.name != mention.text:
        return cand.match == "alias" and _letters(cand.name) == _letters(mention.text)
    if (cand.kind == "demonym") != (mention.kind == "demonym"):
        return False
    if _initials(mention.text) and cand.kind == "alternate" and cand.name != mention.text:
        return False  # "ST" is no town's lowercase alternate name "st"
    return cand.place.latitude is not None


def _initials(surface: str) -> bool:
    """A short all-capitals token without dots ("ST", "MP"): initials, not a name."""
    return surface.isalpha() and surface.isupper() and len(surface) <= 3


def _letters(abbreviation: str) -> str:
    """An abbreviation without its dots and spaces ("W. Va." and "W.Va." alike)."""
    return re.sub(r"[.\s]", "", abbreviation)


def container_of(text: str, mention: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The mention the text says contains this one: "X, Y", "X in Y", "Y province town of X"."""
    for other in mentions:
        after = 0 <= other.start - mention.end <= 30
        if after and _CONTAINER_AFTER.match(text[mention.end : other.start]):
            return other
        before = 0 <= mention.start - other.end <= 40
        if before and _CONTAINER_BEFORE.match(text[other.end : mention.start]):
            return other
    return None


def listed(text: str, mention: Mention, outer: Mention) -> bool:
    """ "Cleveland, Columbus, Dayton and Cincinnati": names in a list joined by commas are
    siblings, so a town after a comma does not hold the one before it (an area still may:
    "Columbus, Ohio")."""
    if not 0 <= outer.start - mention.end <= 3 or "," not in text[mention.end : outer.start]:
        return False
    before = text[max(0, mention.start - 2) : mention.start]
    after = text[outer.end : outer.end + 6]
    return before == ", " or bool(re.match(r",? (?:and|or) [A-Z]|, [A-Z]", after))


def contains(outer: Place, inner: Place) -> bool:
    """Whether `outer` (a country, area or town) plausibly contains or neighbours `inner`."""
    if outer.country_code != inner.country_code or outer.country_code is None:
        return False
    code = outer.feature_code
    if code.startswith("PCL"):
        return True
    if code == "ADM1" or code == "ADMD":
        return inner.admin1 == outer.name or inner.admin1 == outer.admin1
    if code == "ADM2" and inner.admin2 == outer.name:
        return True
    return _near(outer, inner, 100.0)


def _km(a: Place, b: Place) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.0
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def _near(a: Place, b: Place, km: float) -> bool:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) < km  # type: ignore[arg-type]


def _voter(cand: Candidate) -> bool:
    """Whether a candidate may vote for the document's country and areas: a hamlet with no
    recorded people that shares a name with a company or a person ("Titan") may not."""
    place = cand.place
    if cand.match == "folded" or cand.kind == CLOSE:  # a spelling guess vouches for nothing
        return False
    return place.population > 0 or place.feature_class != "P"


def named_area(cands: Sequence[Candidate]) -> Candidate | None:
    """A first-level area named by its own name or abbreviation and larger than every
    namesake ("Texas", "Tenn."): the mention names the state, whatever hamlets share the
    name, so it votes for that state and its country alone. A capital of the same name
    ("Washington") leaves the name ambiguous."""
    exact = [c for c in cands if c.match != "folded" and c.kind not in ("demonym", CLOSE)]
    areas = [c for c in exact if c.place.feature_code == "ADM1" and c.place.population > 0]
    if not areas or any(c.place.feature_code in ("PPLC", "PCLI") for c in exact):
        return None
    top = max(areas, key=lambda c: c.place.population)
    if all(c.place.population <= top.place.population for c in exact):
        return top
    return None


def named_district(cands: Sequence[Candidate]) -> Candidate | None:
    """A second-level area (county, parish, district) that only one first-level area holds
    ("Rapides Parish"): naming it says which state and country the report is in as surely as
    naming the state would."""
    exact = [c for c in cands if c.match != "folded" and c.kind not in ("demonym", CLOSE)]
    if not exact or any(c.place.feature_code != "ADM2" for c in exact):
        return None
    keys = {(c.place.country_code, c.place.admin1) for c in exact}
    if len(keys) != 1 or None in next(iter(keys)):
        return None
    return exact[0]


def country_votes(cands: Sequence[Candidate]) -> Counter[str]:
    """One mention's vote for the countries it may be in (a named country gets all of it)."""
    exact = [c for c in cands if _voter(c) and c.place.country_code]
    if not exact:
        return Counter()
    named = [c for c in exact if c.place.feature_code.startswith("PCL") or c.kind == "demonym"]
    if named:
        return Counter({named[0].place.country_code or "": 1.0})
    area = named_area(cands) or named_district(cands)
    if area is not None:
        return Counter({area.place.country_code or "": 1.0})
    codes = {c.place.country_code or "" for c in exact}
    return Counter({code: 0.5 / len(codes) for code in codes})


def admin1_votes(cands: Sequence[Candidate]) -> Counter[tuple[str, str]]:
    """One mention's vote for the first-level areas it names or may lie in."""
    exact = [c for c in cands if _voter(c) and c.place.admin1 and c.place.country_code]
    area = named_area(cands) or named_district(cands)
    if area is not None:
        return Counter({(area.place.country_code or "", area.place.admin1 or ""): 1.0})
    keys = {(c.place.country_code or "", c.place.admin1 or "") for c in exact}
    areas = [c for c in exact if c.place.feature_code == "ADM1"]
    weight = 1.0 if areas and len(keys) == 1 else 0.5
    return Counter({k: weight / len(keys) for k in keys}) if keys else Counter()


Votes = tuple[Counter[str], Counter[tuple[str, str]]]


def votes_of(cands: Sequence[Candidate]) -> Votes:
    """One mention's country and first-level area votes."""
    return country_votes(cands), admin1_votes(cands)


def actor_votes(countries: Collection[str], theatres: Collection[tuple[str, str]] = ()) -> Votes:
    """The votes of the report's actors' home countries: one named country's worth in all;
    and of the provinces they fight in (`theatres.actor_theatres`), each a named province's."""
    codes = sorted(countries)
    return Counter({c: 1.0 / len(codes) for c in codes}), Counter(dict.fromkeys(theatres, 1.0))


def build_context(
    cands_by_mention: Sequence[Sequence[Candidate]],
    anchors: Sequence[tuple[float, float]] = (),
) -> Context:
    """Sum the mentions' votes into a document context."""
    return summed([votes_of(cands) for cands in cands_by_mention], anchors)


def summed(votes: Sequence[Votes], anchors: Sequence[tuple[float, float]] = ()) -> Context:
    """`build_context` from votes already counted."""
    countries: Counter[str] = Counter()
    admin1: Counter[tuple[str, str]] = Counter()
    for country_vote, admin1_vote in votes:
        countries.update(country_vote)
        admin1.update(admin1_vote)
    return Context(countries=dict(countries), admin1=dict(admin1), anchors=tuple(anchors))


def without(context: Context, cands: Sequence[Candidate], *, times: int = 1) -> Context:
    """The context minus this name's own votes, from each of its `times` occurrences (a name
    cannot vouch for itself by being repeated)."""
    return without_votes(context, votes_of(cands), times=times)


def without_votes(context: Context, votes: Votes, *, times: int = 1) -> Context:
    """`without` from the name's votes already counted."""
    return replace(
        context,
        countries=_minus(context.countries, votes[0], times),
        admin1=_minus(context.admin1, votes[1], times),
    )


def _minus(counts: Mapping[K, float], votes: Mapping[K, float], times: int) -> dict[K, float]:
    """The positive counts left when `times` each vote is taken away (what a Counter's
    `subtract` then unary plus give, in the same order)."""
    out = dict(counts)
    for key, vote in votes.items():
        out[key] = out.get(key, 0) - vote * times
    return {key: n for key, n in out.items() if n > 0}


def hint_penalty(place: Place, hint: str | None) -> float:
    """Penalty when a head word contradicts the feature ("Euphrates river" is no town); "M"
    is a town by its use ("the Berea Police Department"), surer than a head word."""
    if hint in ("H", "T", "R") and place.feature_class in ("P", "A"):
        return math.inf
    if hint == "M" and place.feature_class == "A":
        return MUNICIPAL_PENALTY
    if hint == "P" and place.feature_class == "A":
        return 0.5 if place.feature_code.startswith("PCL") else 0.3
    if hint == "A" and place.feature_class == "P":
        return 0.2
    return 0.0


MUNICIPAL_PENALTY = 1.0
COUNTRY_WEIGHT = 0.8
SUPPORT_WEIGHT = 0.3
MAX_SUPPORT = 3
# votes that make a country the document's own: one named country or demonym is enough
FULL_COUNTRY_VOTES = 1.0


def country_share(context: Context, code: str | None) -> float:
    """How much the document is about this country, 0-1: its votes over the leading
    country's, scaled down when even the leader has only weak votes (a few ambiguous
    names spread over many countries say little about any of them)."""
    return _share(context.countries, _top(context), code)


def _top(context: Context) -> float:
    return max(context.countries.values(), default=0.0)


def _share(countries: dict[str, float], top: float, code: str | None) -> float:
    if top <= 0 or not code:
        return 0.0
    return countries.get(code, 0.0) / max(top, FULL_COUNTRY_VOTES)


def score_candidate(
    cand: Candidate, *, context: Context, contained: bool = False, hint: str | None = None
) -> float:
    """Score one candidate: match quality, feature, population, document context."""
    return completed_score(partial_score(cand, context, contained), cand, context, hint)


def partial_score(
    cand: Candidate, context: Context, contained: bool, top: float | None = None
) -> float:
    """The score's terms that nearness does not change (`top`: the context's leading country
    votes, when already known); `completed_score` adds the others, in the same order."""
    place = cand.place
    score = MATCH_BASE[cand.match] + FEATURE_BONUS.get(place.feature_code, 0.0)
    score += POPULATION_WEIGHT * math.log10(place.population + 1)
    top = _top(context) if top is None else top
    score += COUNTRY_WEIGHT * _share(context.countries, top, place.country_code)
    key = (place.country_code or "", place.admin1 or "")
    score += 0.4 * min(1.0, context.admin1.get(key, 0.0))
    score += 1.2 if contained else 0.0
    return score


def completed_score(partial: float, cand: Candidate, context: Context, hint: str | None) -> float:
    """The partial score plus nearness to anchors and support, minus a contradicting hint."""
    return _completed(partial, cand, context, hint, _anchor_bonus(cand.place, context.anchors))


def _completed(
    partial: float, cand: Candidate, context: Context, hint: str | None, anchor: float
) -> float:
    """`completed_score` with the anchor bonus already worked out."""
    place = cand.place
    score = partial + anchor
    score += SUPPORT_WEIGHT * min(context.support.get(cand.place_id, 0), MAX_SUPPORT)
    home = context.home
    if home.countries or home.admin1:  # no home adds nothing (0.0)
        score += home_bonus(place, home)
    return score - hint_penalty(place, hint) if hint is not None else score


def _anchor_bonus(place: Place, anchors: Sequence[tuple[float, float]]) -> float:
    if place.latitude is None or place.longitude is None or not anchors:
        return 0.0
    point = (place.latitude, place.longitude)
    nearby = [a for a in anchors if near(point, a, ANCHOR_KM)]
    if any(near(point, a, NEAR_KM) for a in nearby):
        return 0.4
    return 0.15 if nearby else 0.0


# more degrees of latitude than ANCHOR_KM spans (a degree is 111.2 km to `near`)
_ANCHOR_DEGREES = ANCHOR_KM / 111.0 + 0.1


def _lat(point: tuple[float, float]) -> float:
    return point[0]


class AnchorIndex:
    """A pass's anchors and, per place, those within 500 km and within NEAR_KM, worked out
    once: `bonus` is `_anchor_bonus` over the anchors less the one left out."""

    __slots__ = ("anchors", "_near", "_by_latitude", "_latitudes")

    def __init__(self, anchors: Sequence[tuple[float, float]]) -> None:
        self.anchors = tuple(anchors)
        self._near: dict[tuple[float, float], tuple[list[tuple[float, float]], ...]] = {}
        # a NaN latitude is near nothing
        self._by_latitude = sorted((a for a in self.anchors if not math.isnan(a[0])), key=_lat)
        self._latitudes = [a[0] for a in self._by_latitude]

    def bonus(
        self,
        place: Place,
        *,
        leaving_out: tuple[float | None, float | None] | None,
        also: Collection[tuple[float, float]] = (),
    ) -> float:
        """The anchor bonus of a place, not counting the anchor at `leaving_out` nor those
        in `also` (where the name's other mentions were read)."""
        if place.latitude is None or place.longitude is None or not self.anchors:
            return 0.0
        point = (place.latitude, place.longitude)
        found = self._near.get(point)
        if found is None:
            nearby, close = [], []
            lo = bisect_left(self._latitudes, point[0] - _ANCHOR_DEGREES)
            hi = bisect_right(self._latitudes, point[0] + _ANCHOR_DEGREES, lo=lo)
            for a in self._by_latitude[lo:hi]:
                square = square_km(point, a, within=ANCHOR_KM)
                if square < ANCHOR_KM * ANCHOR_KM:
                    nearby.append(a)
                    if square < NEAR_KM * NEAR_KM:
                        close.append(a)
            found = self._near[point] = (nearby, close)
        nearby, close = found
        if not nearby:  # close anchors are nearby ones too
            return 0.0
        if close and any(a != leaving_out and a not in also for a in close):
            return 0.4
        return 0.15 if any(a != leaving_out and a not in also for a in nearby) else 0.0


ALIAS_PENALTY = 0.5
FOLDED_PENALTY = 1.0


def _wide_by_name(cand: Candidate) -> bool:
    """A country's or first-level area's own name: nearness to the document's other places
    says nothing for its namesake towns ("California", Missouri), so support is not counted."""
    code = cand.place.feature_code
    return cand.match == "exact" and (code.startswith("PCL") or code == "ADM1")


def rival_penalty(
    cand: Candidate, *, own_named: bool, spelled: bool = False, local: bool = False
) -> float:
    """Own name over another's alias: when some place bears the name as its own, a town that
    only has it as an alternate name ("Chicago" for Willard, Ohio) is a weak reading, and one
    that only matches by a looser spelling ("France" for Franca) weaker still. A looser
    spelling loses as much to a place that bears the name as one of its recorded spellings
    (`spelled`, see `spelled_over_folded`) unless it lies among the report's other places
    (`local`)."""
    if own_named and cand.match == "alias" and cand.kind == "alternate":
        return ALIAS_PENALTY
    if cand.match == "folded" and (own_named or (spelled and not local)):
        return FOLDED_PENALTY
    return 0.0


def spelled_over_folded(cands: Sequence[Candidate], countries: Mapping[str, float]) -> bool:
    """Whether some place bears the mention's name by a recorded spelling (its own, an
    alternate or an abbreviation; a demonym or a close spelling is no recorded one): then a
    reading matched only by a looser spelling needs the report's other places around it
    (`among_the_reports_places`). "Israeli aircraft struck Nuseirat" is An Nusayrat, whose
    alternate name it is, not Nazareth, whose "Nasaret" merely folds to the same consonants;
    "Naushera sector (Rajouri district)" is still the Kashmiri town spelled Naoshera, not
    the Pakistani Nowshera also written Naushera. Only the recorded spelling of a town
    (TOWN_UNDER_OWN_NAME people) or of a place in a country the report points to
    (`countries`, its votes) counts: a foreign hamlet's alternate name ("Kibaki" for a
    Ukrainian village of 600, in a report from Kenya) is as much a chance likeness as the
    looser spelling."""
    return any(
        c.match != "folded"
        and c.kind not in ("demonym", CLOSE)
        and (
            c.place.population >= TOWN_UNDER_OWN_NAME
            or countries.get(c.place.country_code or "", 0.0) > 0
        )
        for c in cands
    )


def among_the_reports_places(
    cand: Candidate, context: Context, *, held: bool, anchor: float
) -> bool:
    """Whether a reading lies among the report's other places: in the container the text
    names, near one of its places, or in a first-level area its names vote for."""
    place = cand.place
    key = (place.country_code or "", place.admin1 or "")
    return held or anchor >= NEAR_ANCHOR_BONUS or context.admin1.get(key, 0.0) > 0


NEAR_ANCHOR_BONUS = 0.4  # what `_anchor_bonus` gives a place within NEAR_KM of an anchor


def acceptable(cand: Candidate, score: float, *, context: Context, contained: bool) -> bool:
    """A folded (transliteration) match needs support from context; all need a minimum score."""
    if score < MIN_SCORE:
        return False
    if cand.kind == CLOSE:
        return contained or agrees(context, cand)
    if cand.match != "folded":
        return True
    return contained or context.countries.get(cand.place.country_code or "", 0.0) >= 0.5


def agrees(context: Context, cand: Candidate) -> bool:
    """Whether the report's countries point to this reading's country (`allowed_by`)."""
    return allowed_by(context.countries, cand)


def choose(
    cands: Sequence[Candidate],
    *,
    context: Context,
    container: Sequence[Candidate] = (),
    hint: str | None = None,
) -> tuple[Candidate | None, float]:
    """The best acceptable candidate and a 0-1 confidence, or (None, 0.0)."""
    context = supported(context, cands)
    insides = [inside(cand, container) for cand in cands]
    top = _top(context)
    partial = [partial_score(c, context, i, top) for c, i in zip(cands, insides, strict=True)]
    return best_of(cands, context=context, insides=insides, partial=partial, hint=hint)


def supported(context: Context, cands: Sequence[Candidate]) -> Context:
    """The context whose support counts for these candidates (none for a wide area's name)."""
    return replace(context, support={}) if any(_wide_by_name(c) for c in cands) else context


def inside(cand: Candidate, container: Sequence[Candidate]) -> bool:
    """Whether a candidate of the named container holds this candidate."""
    return any(contains(o.place, cand.place) for o in container if o.place_id != cand.place_id)


def best_of(
    cands: Sequence[Candidate],
    *,
    context: Context,
    insides: Sequence[bool],
    partial: Sequence[float],
    hint: str | None,
) -> tuple[Candidate | None, float]:
    """`choose` from each candidate's containment and partial score (`supported` context)."""
    bonuses = [_anchor_bonus(c.place, context.anchors) for c in cands]
    return _best_scored(cands, context, insides, partial, hint, bonuses)


def _best_scored(
    cands: Sequence[Candidate],
    context: Context,
    insides: Sequence[bool],
    partial: Sequence[float],
    hint: str | None,
    bonuses: Sequence[float],
) -> tuple[Candidate | None, float]:
    """`best_of` with each candidate's anchor bonus already worked out."""
    scored = []
    own_named = any(c.match == "exact" for c in cands)
    spelled = spelled_over_folded(cands, context.countries)
    for cand, held, part, anchor in zip(cands, insides, partial, bonuses, strict=True):
        score = _completed(part, cand, context, hint, anchor)
        local = spelled and among_the_reports_places(cand, context, held=held, anchor=anchor)
        score -= rival_penalty(cand, own_named=own_named, spelled=spelled, local=local)
        scored.append((score, held, cand))
    scored.sort(key=lambda t: -t[0])
    if not scored or not acceptable(
        scored[0][2], scored[0][0], context=context, contained=scored[0][1]
    ):
        return None, 0.0
    best = scored[0][0]
    runner = scored[1][0] if len(scored) > 1 and scored[1][0] > 0 else 0.0
    confidence = best / (best + runner) if runner else min(1.0, best / 1.5)
    return scored[0][2], round(confidence, 3)


ADMIN_CODES = frozenset({"ADM1", "ADM2", "ADM3", "ADM4", "ADM5", "ADMD"})
NAMESAKE_KM = 60.0
# "central" is left out: "central Nairobi" is the city centre, not the county.
_AREA_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?ern|\brural"
    r"|\b(?:region|oblast|province|state|county|governorate|district|countryside) of)"
    r"\s+(?:the\s+)?$"
)


def admin_context(text: str, mention: Mention) -> bool:
    """Whether the text makes the mention an admin area: an area word inside it ("Kharkiv
    Region") or just after it ("Kisumu county"), or "southern Idleb", "province of Idlib"."""
    last = mention.text.rsplit(" ", 1)[-1].lower()
    after = re.match(
        r"\s*(?:[a-z]+-?[a-z]*ern\s+)?([A-Za-z]+)", text[mention.end : mention.end + 30]
    )
    before = text[max(0, mention.start - 30) : mention.start]
    return (
        (" " in mention.text and last in ADMIN_WORDS)
        or bool(after and after.group(1).lower() in ADMIN_WORDS)
        or bool(_AREA_BEFORE.search(before))
        or listed_area(text, mention.end) is not None
    )


AREA_SUFFIXES = (
    *("Oblast", "Region", "Province", "Governorate", "State", "County", "District"),
    "Parish",
)


def _with_areas(
    gazetteer: Gazetteer, mention: Mention, cands: list[Candidate], text: str
) -> list[Candidate]:
    """Named as an area ("the Kharkiv region") when the gazetteer knows the area only by a
    longer name ("Kharkiv Oblast"): add those areas as candidates. A name listed before a
    plural ("Clay and Douglas counties") adds the areas of that kind, unless it names a
    country or state ("Ohio counties" are Ohio's)."""
    if mention.kind != "toponym" or not admin_context(text, mention):
        return cands
    cands = _vouched_areas(cands)
    singular = listed_area(text, mention.end)
    if singular is not None and named_area(cands) is None and not _names_country(cands):
        suffixes: Sequence[str] = (singular,)  # "Clay and Douglas counties"
    elif any(c.place.feature_code in ADMIN_CODES and c.match != "folded" for c in cands):
        return cands
    else:
        suffixes = AREA_SUFFIXES
    head, _, last = mention.key.rpartition(" ")
    base = head if head and last.lower() in ADMIN_WORDS else mention.key
    seen = {c.place_id for c in cands}
    for suffix in suffixes:
        for cand in gazetteer.exact(f"{base} {suffix}"):
            fits = cand.match != "folded" and cand.place.feature_code in ADMIN_CODES
            if fits and cand.place_id not in seen:
                seen.add(cand.place_id)
                cands.append(cand)
    return cands


def _names_country(cands: Sequence[Candidate]) -> bool:
    return any(c.match == "exact" and c.place.feature_code.startswith("PCL") for c in cands)


def _vouched_areas(cands: list[Candidate]) -> list[Candidate]:
    """'southern Idleb': the area matches only by a looser spelling ("Idlib"), but a town of
    that spelling ("Idleb", an alternate name of Idlib) lies in it: the town vouches for it."""
    towns = [c.place for c in cands if c.place.feature_class == "P" and c.match != "folded"]
    return [
        replace(c, match="alias")
        if c.match == "folded"
        and c.place.feature_code in ADMIN_CODES
        and any(_namesake(t, c.place) for t in towns)
        else c
        for c in cands
    ]


def settle_namesake(best: Candidate, cands: Sequence[Candidate], *, admin: bool) -> Place:
    """A town and the admin area named after it and holding it (Mombasa, Kharkiv): the town,
    unless the text makes the mention an area (then the area). The choice among places is
    made before; this only sets the granularity."""
    if best.match == "folded":
        return best.place
    if best.place.feature_code in ADMIN_CODES and not admin:
        seat_named = best.match == "exact"  # the district by the text's own spelling
        towns = [
            c
            for c in cands
            if c.place.feature_class == "P"
            and (c.match == "exact" or (seat_named and district_seat(c.place, best.place)))
        ]
        found = [t for t in towns if _namesake(t.place, best.place)]
        found.sort(key=lambda t: not district_seat(t.place, best.place))
    elif best.place.feature_class == "P" and admin:
        areas = [c for c in cands if c.match != "folded" and c.place.feature_code in ADMIN_CODES]
        found = [a for a in areas if _namesake(best.place, a.place)]
    elif best.place.feature_class == "P":
        found = _seat_of_the_district(best, cands)
    else:
        found = []
    return found[0].place if found else best.place


def _seat_of_the_district(best: Candidate, cands: Sequence[Candidate]) -> list[Candidate]:
    """A town read bare ("Kupwara town") is the seat of the district the text spells exactly
    so, in the same province, rather than a namesake outside that district."""
    districts = [
        c.place
        for c in cands
        if c.match == "exact"
        and c.place.feature_code == "ADM2"
        and c.place.admin1 == best.place.admin1
        and c.place.country_code == best.place.country_code
    ]
    if not districts or any(district_seat(best.place, d) for d in districts):
        return []
    return [
        c
        for c in cands
        if c.place.feature_class == "P"
        and c.match != "folded"
        and any(district_seat(c.place, d) for d in districts)
    ]


def district_seat(town: Place, area: Place) -> bool:
    """A town the district of its name holds: "Kupwara" is the town in Kupwara district
    (recorded under another spelling), not a namesake hamlet in the next district. Only a
    district the text spells exactly so lends its seat a spelling the town was not found by."""
    return (
        area.feature_code == "ADM2"
        and town.country_code == area.country_code
        and town.admin1 == area.admin1
        and exact_key(town.admin2 or "") == exact_key(area.name)
    )


def _namesake(town: Place, area: Place) -> bool:
    if town.country_code != area.country_code or town.country_code is None:
        return False
    if area.feature_code == "ADM1" and town.admin1 and town.admin1 == area.admin1:
        return True
    return _near(town, area, NAMESAKE_KM)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) a mention stands in."""
    left = max(text.rfind(sep, 0, start) for sep in (". ", "! ", "? ", "\n"))
    right = [i for i in (text.find(sep, end) for sep in (". ", "! ", "? ", "\n")) if i >= 0]
    stop = min(right) + 1 if right else len(text)
    return text[left + 1 if left >= 0 else 0 : stop].strip()


def resolve_document(
    text: str,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    *,
    source: frozenset[str] = frozenset(),
    lean: frozenset[str] = frozenset(),
    actors: frozenset[str] | None = None,
    theatres: frozenset[tuple[str, str]] = frozenset(),
) -> list[Toponym]:
    """Resolve every mention (place=None when no candidate is confident); `source`: the
    countries (ISO alpha-2) the report's source says it is about, named as if in the text;
    `lean`: the home countries of the report's actors ("QSD forces": Syria) and its
    outlet, each counted as a vote of one named country shared among them; `actors`: those
    of them that are the actors' (all of `lean` when not given), whose reach bounds the
    readings (`strangers.beyond_reach`); `theatres`: the provinces its actors fight in
    (`theatres.actor_theatres`), each a vote of a named province."""
    containers = [container_of(text, m, mentions) for m in mentions]
    cands: list[list[Candidate]] = [
        _with_areas(
            gazetteer,
            m,
            close_spellings(
                romanised_rivals(
                    [own_spelling(c, m.key) for c in gazetteer.lookup(m.key) if usable(c, m)]
                ),
                m.key,
            ),
            text,
        )
        for m in mentions
    ]
    readings = _readings(text, mentions, cands, containers, actor_votes(lean, theatres))
    first = _pass(mentions, cands, readings, ())
    anchors = [
        (p.latitude, p.longitude)
        for p, _ in first
        if p is not None
        and p.latitude is not None
        and p.longitude is not None
        and not p.feature_code.startswith(("PCL", "CONT"))
    ]
    # nearness to anchors counts any anchor once: repeats change nothing
    homes = homes_of(mentions, first, money=merged(currency_lean(text), usage_lean(text)))
    cands, readings = _with_home_counties(gazetteer, mentions, cands, readings, homes)
    named = [*_named_countries(gazetteer, mentions, first, text), ("", source)]
    anchors_kept = tuple(dict.fromkeys(anchors))
    named_codes = {code for _, codes in named for code in codes} | lean
    leaning = _Lean(
        lean,
        tuple(_country_points(gazetteer, lean)),
        _points_by_country(gazetteer, named_codes) if lean else {},
        lean if actors is None else actors,
    )
    filed = filed_province(text, mentions, cands, first)
    second = _pass(mentions, cands, readings, anchors_kept, first, homes, named, leaning, filed)
    reached = within_reach(
        text, [(m.start, m.end) for m in mentions], [p for p, _ in second], contains, _km
    )
    reached = local_quarters(
        text,
        [(m.start, m.end) for m in mentions],
        reached,
        [m.kind == "toponym" for m in mentions],
    )
    second = [(p, s if p is not None else 0.0) for p, (_, s) in zip(reached, second, strict=True)]
    return [
        Toponym(
            start=m.start,
            end=m.end,
            text=m.text,
            place=place,
            score=score,
            sentence=sentence_around(text, m.start, m.end),
        )
        for m, (place, score) in zip(mentions, second, strict=True)
    ]


def homes_of(
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[Place | None, float]],
    *,
    money: Mapping[str, float] | None = None,
) -> list[Home]:
    """Each mention's home region: where the document's other names were resolved, and
    where its money amounts are counted (`money`, from `currency_lean`)."""
    keys = [exact_key(m.key) for m in mentions]
    tally = Tally.of(
        [
            (k, p, s)
            for k, m, (p, s) in zip(keys, mentions, resolved, strict=True)
            if m.kind == "toponym"
        ]
    )
    cache: dict[str, Home] = {}
    for key in keys:
        if key not in cache:
            cache[key] = tally.home(leaving_out=key, money=money)
    return [cache[k] for k in keys]


def _with_home_counties(
    gazetteer: Gazetteer,
    mentions: Sequence[Mention],
    cands: list[list[Candidate]],
    readings: list[_Reading],
    homes: Sequence[Home],
) -> tuple[list[list[Candidate]], list[_Reading]]:
    """Add each bare name's home-state county ("DeKalb" for DeKalb County in a report from
    Georgia), with its partial score, to the mention's candidates."""
    out_cands, out_readings = list(cands), list(readings)
    found: dict[str, list[Candidate]] = {}
    for i, mention in enumerate(mentions):
        key = exact_key(mention.key)
        if key not in found:
            found[key] = home_county(gazetteer, mention, cands[i], homes[i])
        extra = found[key]
        if not extra:
            continue
        reading = readings[i]
        partial = [partial_score(c, reading.context, False) for c in extra]
        out_cands[i] = [*cands[i], *extra]
        out_readings[i] = replace(
            reading,
            insides=[*reading.insides, *(False for _ in extra)],
            partial=[*reading.partial, *partial],
        )
    return out_cands, out_readings


def _country_not_state(cands: Sequence[Candidate]) -> bool:
    """A name that is a country's own and no state's: "a Jordan man" is a townsman, while
    "a Georgia man" stays the state's."""
    own = [c.place.feature_code for c in cands if c.match == "exact" and c.kind == "name"]
    return any(code.startswith("PCL") for code in own) and "ADM1" not in own


@dataclass(frozen=True, slots=True)
class _Reading:
    """What both passes share for one mention: its context without its own votes (support
    set, no anchors), whether the named container holds each candidate, each candidate's
    partial score, and whether the text makes the mention an area."""

    context: Context
    insides: list[bool]
    partial: list[float]
    admin: bool
    listed: bool = False
    civic: bool = False
    container: int | None = None  # the mention the text puts this one in ("X in Y region")
    worded: bool = False  # an area word names it an area ("the Donetsk region")
    beside: int | None = None  # the mention after its comma ("Raipura, Narsingdi")


def _readings(
    text: str,
    mentions: Sequence[Mention],
    cands: Sequence[Sequence[Candidate]],
    containers: Sequence[Mention | None],
    lean: Votes = (Counter(), Counter()),
) -> list[_Reading]:
    votes = [votes_of(c) for c in cands]
    context = summed([*votes, lean])
    supports = support_counts([m.key for m in mentions], cands)
    pairs = county_pairs([m.key for m in mentions], cands)
    repeats = Counter(exact_key(m.key) for m in mentions)
    index = {id(m): i for i, m in enumerate(mentions)}
    # a name holding a town or an area is an area ("Springfield, Illinois"), and so is a
    # parenthesised one ("Kapkwen (Mombasa)"); one holding only a site the gazetteer lacks
    # ("Baraza Park in Kwale") is as likely the town
    holders = {
        id(c)
        for m, c, held in zip(mentions, containers, cands, strict=True)
        if c is not None
        and (any(h.place.feature_class in ("P", "A") for h in held) or "(" in text[m.end : c.start])
    }
    # one sense per report: a name used once as a municipality is one throughout
    towns = {
        exact_key(m.key)
        for m, c in zip(mentions, cands, strict=True)
        if civic_use(text, m.start, m.end)
        or (resident_use(text, m.start, m.end) and _country_not_state(c))
    }
    out = []
    for i, mention in enumerate(mentions):
        own = without_votes(context, votes[i], times=repeats[exact_key(mention.key)])
        own = supported(replace(own, support=supports[i]), cands[i])
        outer = containers[i]
        container = cands[index[id(outer)]] if outer is not None else ()
        if outer is not None and listed(text, mention, outer):
            container = [c for c in container if c.place.feature_class == "A"]
        insides = [inside(c, container) for c in cands[i]]
        top = _top(own)
        sole = sole_reading(mention, cands[i])
        sole = sole if sole is not None and agrees(own, sole) else None
        close = close_penalties(cands[i], own.countries)
        partial = [
            partial_score(c, own, h, top)
            + (COUNTY_PAIR_BONUS if paired else 0.0)
            + (SOLE_BONUS if c is sole else 0.0)
            + lost
            for c, h, paired, lost in zip(cands[i], insides, pairs[i], close, strict=True)
        ]
        admin = id(mention) in holders or admin_context(text, mention)
        area_list = listed_area(text, mention.end) is not None
        town = exact_key(mention.key) in towns
        held_in = named_area_container(text, mention, outer, index)
        out.append(
            _Reading(
                context=own,
                insides=insides,
                partial=partial,
                admin=admin,
                listed=area_list,
                civic=town,
                container=held_in,
                worded=area_worded(text, mention.start, mention.end),
                beside=comma_container(text, mention, outer, index),
            )
        )
    return out


SOLE_BONUS = 0.1


def sole_reading(mention: Mention, cands: Sequence[Candidate]) -> Candidate | None:
    """The one place a toponym can name when the gazetteer holds the name (by its own,
    an alternate or a close spelling) for a single town or area: "Makhmur" is Mexmur, a
    village with no recorded people, and no other place is so called (a bonus the reading
    gets only where the report's countries agree, `agrees`)."""
    if mention.kind != "toponym":
        return None
    named = [c for c in cands if c.match != "folded"]
    if len(named) != 1 or named[0].kind not in ("name", "alternate", CLOSE):
        return None
    return named[0] if named[0].place.feature_class in ("P", "A") else None


def _pass(
    mentions: Sequence[Mention],
    cands: Sequence[Sequence[Candidate]],
    readings: Sequence[_Reading],
    anchors: tuple[tuple[float, float], ...],
    previous: Sequence[tuple[Place | None, float]] = (),
    homes: Sequence[Home] = (),
    named: Sequence[tuple[str, frozenset[str]]] = (),
    lean: _Lean | None = None,
    filed: tuple[str, str] | None = None,
) -> list[tuple[Place | None, float]]:
    out: list[tuple[Place | None, float]] = []
    index = AnchorIndex(anchors)
    # a name's mentions are no anchors for one another ("Alexandria" read as Egypt's
    # province once does not pull its other mentions there)
    keys = [exact_key(m.key) for m in mentions]
    same_name: dict[str, set[tuple[float, float]]] = {}
    for key, (p, _) in zip(keys, previous, strict=False):
        if p is not None and p.latitude is not None and p.longitude is not None:
            same_name.setdefault(key, set()).add((p.latitude, p.longitude))
    before_all = [p for p, _ in previous]
    sure = lean is not None and bool(lean.actors)  # a conflict report: its actors known
    for i, reading in enumerate(readings):
        # the reading's context has no anchors: `index` stands for them
        context = reading.context
        places = [c.place for c in cands[i]]
        votes = reading.context.countries
        if homes:
            context = replace(context, home=home_lean(places, homes[i], votes, town=reading.civic))
        before = previous[i][0] if previous else None
        # a place is no anchor for itself
        own = (before.latitude, before.longitude) if before is not None else None
        kept = (
            _at_home_leaning(cands[i], homes[i], votes, _named_by_others(named, i), lean)
            if homes
            else range(len(cands[i]))
        )
        held = reading.container
        outer = previous[held][0] if previous and held is not None else None
        kept = [k for k in kept if not outside_named_container(cands[i][k].place, outer)]
        if previous and reading.beside is not None:
            after = previous[reading.beside][0]
            kept = [k for k in kept if not spelled_abroad(cands[i][k], after)]
        if reading.worded:  # "the Donetsk region" is no town of Rostov oblast
            areas = set(area_readings(cands[i], _namesake))
            kept = [k for k in kept if k in areas]
        also = same_name.get(keys[i], set())
        bonuses = {
            k: filed_bonus(cands[i][k].place, filed)
            + (index.bonus(cands[i][k].place, leaving_out=own, also=also) if index.anchors else 0.0)
            for k in kept
        }
        # a conflict report's countries: its other places' and its actors' lands
        acting = lean is not None and bool(lean.countries)
        elsewhere = _countries_of_others(mentions, previous, keys, keys[i]) if acting else set()
        elsewhere |= lean.countries if lean is not None and elsewhere else frozenset()
        hint = mentions[i].hint or _implied_hint(reading)
        local = {k: reading.insides[k] or bonuses[k] >= NEAR_ANCHOR_BONUS for k in kept}
        # "bombed Nyaung Pin Thar" in Sagaing Region is no Yangon hamlet; in any report, a
        # spelling guess is no town of a province other than the one it names
        provinces = named_provinces(before_all, keys, keys[i])
        if provinces:
            # a guess held only by the country ("in Nigeria's Borno state") must lie near
            near = {k: bonuses[k] >= NEAR_ANCHOR_BONUS if not sure else local[k] for k in kept}
            kept = [
                k
                for k in kept
                if not astray(cands[i][k], provinces, local=near[k], guesses_only=not sure)
            ]
        scoring = _Scoring(cands[i], context, reading, hint, bonuses)
        best, score = scoring.best(kept)
        if best is not None and loose_abroad(
            best, held=local[_index_of(best, cands[i])], near=False, others=elsewhere
        ):  # the guess abroad yields only to a reading among the report's places
            kept = [k for k in kept if local[k] or cands[i][k].match != "folded"]
            best, score = scoring.best(kept)
        place = settle_namesake(best, cands[i], admin=reading.admin) if best else None
        if place is not None:
            place = capital_over_area(place, cands[i], admin=reading.admin)
        out.append((place, score))
    return out


def _index_of(best: Candidate, cands: Sequence[Candidate]) -> int:
    """The index of the chosen candidate among the mention's candidates."""
    return next(k for k, c in enumerate(cands) if c is best)


@dataclass(frozen=True, slots=True)
class _Scoring:
    """One mention's candidates and what scores them in a pass."""

    cands: Sequence[Candidate]
    context: Context
    reading: _Reading
    hint: str | None
    bonuses: Mapping[int, float]

    def best(self, kept: Sequence[int]) -> tuple[Candidate | None, float]:
        """`_best_scored` over the candidates of these indexes."""
        return _best_scored(
            [self.cands[k] for k in kept],
            self.context,
            [self.reading.insides[k] for k in kept],
            [self.reading.partial[k] for k in kept],
            self.hint,
            [self.bonuses[k] for k in kept],
        )


def loose_abroad(cand: Candidate, *, held: bool, near: bool, others: Collection[str]) -> bool:
    """A reading matched only by a looser spelling (`fold.loose_key`: the consonants alike)
    in a country where none of the report's other places lie and no actor of it comes from
    (`others`: those countries), far (NEAR_KM) from all of them and outside the container
    the text names: a guess no place supports ("Russian jets pounded the town of Tamanaah,
    a day after strikes on Ariha" is no Siberian Tyumen). When it is the best reading, only
    a reading among the report's places (held or near) or by a recorded spelling may stand
    instead, else the name stays unresolved: dropping one guess must not promote the next.
    A report with no other place, or no actor whose land is known, leaves the guess to the
    country votes (`acceptable`)."""
    if not others or cand.match != "folded" or held or near:
        return False
    return (cand.place.country_code or "") not in others


def _countries_of_others(
    mentions: Sequence[Mention],
    previous: Sequence[tuple[Place | None, float]],
    keys: Sequence[str],
    own: str,
) -> frozenset[str]:
    """The countries the first pass placed the report's other place names in (a demonym,
    "Russian warplanes", or a country's name, "a mosque in Sweden", names a nation, no
    place a village lies near)."""
    return frozenset(
        p.country_code
        for m, key, (p, _) in zip(mentions, keys, previous, strict=False)
        if m.kind == "toponym"
        and key != own
        and p is not None
        and p.country_code
        and not p.feature_code.startswith(("PCL", "CONT"))
    )


def named_area_container(
    text: str, mention: Mention, outer: Mention | None, index: Mapping[int, int]
) -> int | None:
    """The index of the mention the text puts this one in when it names it as a province or
    district ("Orlivka in Donetsk region", "Kafr Musa, Idlib province"); None for a town as
    container, a country, or a list of siblings ("Greece, Bulgaria and Italy")."""
    if outer is None or listed(text, mention, outer) or listed_area(text, outer.end):
        return None  # "in Hajjah, Marib, and Sadah governorates": siblings
    if "," in text[mention.end : outer.start] and not _AREA_WORD_AFTER.match(text, outer.end):
        return None  # "X, Y" holds only with its area word: "Orlivka, Donetsk region"
    return index[id(outer)] if admin_context(text, outer) else None


def comma_container(
    text: str, mention: Mention, outer: Mention | None, index: Mapping[int, int]
) -> int | None:
    """The index of the mention right after this one's comma ("Raipura, Narsingdi"), which
    the text names as where it lies; None when the two are siblings of a list."""
    if outer is None or listed(text, mention, outer) or listed_area(text, outer.end):
        return None
    return index[id(outer)] if text[mention.end : outer.start].strip() == "," else None


def spelled_abroad(cand: Candidate, after: Place | None) -> bool:
    """A reading matched by another spelling than the text's own (an alternate or looser
    one: "Raipura" for Raipur of India) in another country than the place the text names
    after its comma (Narsingdi of Bangladesh): the container the text gives outweighs a
    spelling's likeness, and the name stays unresolved there rather than go abroad."""
    if after is None or after.country_code is None or cand.match == "exact":
        return False
    return cand.place.country_code != after.country_code


_AREA_WORD_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(ADMIN_WORDS)) + r")\b", re.IGNORECASE)


def outside_named_container(place: Place, outer: Place | None) -> bool:
    """Whether a reading lies outside the province or district the text puts the name in
    (`named_area_container`), as the area was read ("Orlivka in Donetsk region": an Orlivka
    of Crimea or Odesa is not the one meant; with none in Donetsk region the name stays
    unresolved, and its event is placed in the region)."""
    if outer is None or outer.feature_code not in ("ADM1", "ADM2") or not outer.country_code:
        return False
    return not contains(outer, place) and outer.geonameid != place.geonameid


@dataclass(frozen=True, slots=True)
class _Lean:
    """The actors' home countries and their points."""

    countries: frozenset[str]
    points: tuple[tuple[float, float], ...]
    # the point of each country the report names or its actors come from
    at: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    actors: frozenset[str] = frozenset()  # the actors' lands among `countries`

    def km_from(self, place: Place) -> Callable[[str], float | None]:
        """The place's distance from a country's point (None for a country of no point)."""

        def distance(code: str) -> float | None:
            point = self.at.get(code)
            if point is None or place.latitude is None or place.longitude is None:
                return None
            return haversine_km(place.latitude, place.longitude, point[0], point[1])

        return distance


NEIGHBOUR_KM = 2000.0


def _country_points(gazetteer: Gazetteer, codes: Collection[str]) -> list[tuple[float, float]]:
    places = [gazetteer.country(code) for code in sorted(codes)]
    return [
        (p.latitude, p.longitude)
        for p in places
        if p is not None and p.latitude is not None and p.longitude is not None
    ]


def _at_home_leaning(
    cands: Sequence[Candidate],
    home: Home,
    votes: Mapping[str, float],
    named: set[str],
    lean: _Lean | None,
) -> list[int]:
    """`_at_home` with the actors' home countries named too, each of them and each country
    the report names a home (`stranger_to_all`), and no reading beyond their reach
    (`beyond_reach`); when no reading is at home, its readings in neighbouring lands ("Al
    Shabaab attacked El Wak": a Kenyan town), none farther ("QSD forces shelled Mare'" is
    no island of the Pacific), nor one of a common village name there ("Chhatra League
    activists attacked a rally in Rampura" is no Indian Rampura)."""
    if lean is None or not lean.countries:
        return _at_home(cands, home, votes, named)
    homes = named | lean.countries
    generic = generic_in(cands)
    kept = [
        k
        for k, c in enumerate(cands)
        if not stranger_to_all(c, homes=homes, votes=votes, generic=generic)
    ]
    if kept:  # what lies beyond the actors' reach goes, even if nothing is left
        reach = named | lean.actors if lean.actors else set()
        return [k for k in kept if not _beyond(cands[k], reach, votes, lean)]
    return [
        k
        for k in _at_home(cands, home, votes, named)
        if any(_within(cands[k].place, point, NEIGHBOUR_KM) for point in lean.points)
        and not (
            cands[k].place.country_code in generic and minor_or_misspelled(cands[k], generic=True)
        )
    ]


def _points_by_country(
    gazetteer: Gazetteer, codes: Collection[str]
) -> dict[str, tuple[float, float]]:
    out = {}
    for code in sorted(codes):
        p = gazetteer.country(code)
        if p is not None and p.latitude is not None and p.longitude is not None:
            out[code] = (p.latitude, p.longitude)
    return out


def _within(place: Place, point: tuple[float, float], km: float) -> bool:
    if place.latitude is None or place.longitude is None:
        return False
    return haversine_km(place.latitude, place.longitude, point[0], point[1]) < km


def _beyond(cand: Candidate, homes: set[str], votes: Mapping[str, float], lean: _Lean) -> bool:
    return beyond_reach(cand, homes=homes, distance_km=lean.km_from(cand.place), votes=votes)


def _at_home(
    cands: Sequence[Candidate], home: Home, votes: Mapping[str, float], named: set[str]
) -> list[int]:
    """The indexes of the readings that are no strangers to the report's clear home country."""
    country = home_country(home, named)
    generic = generic_in(cands)
    return [
        k
        for k, c in enumerate(cands)
        if not stranger(c, home=country, votes=votes, generic=generic)
    ]


def _named_countries(
    gazetteer: Gazetteer,
    mentions: Sequence[Mention],
    first: Sequence[tuple[Place | None, float]],
    text: str = "",
) -> list[tuple[str, frozenset[str]]]:
    """Each mention's name and the countries it names: the country of a demonym ("Somali
    army troops" names Somalia, not Ethiopia's Somali Region), else the country whose name,
    or one of whose provinces or capitals, the first pass read it as, or the country of the
    town the report was filed from (its dateline: "DHAKA - " names Bangladesh)."""
    out: list[tuple[str, frozenset[str]]] = []
    for m, (p, _) in zip(mentions, first, strict=True):
        key = exact_key(m.key)
        if m.kind != "toponym":
            out.append((key, frozenset()))
            continue
        demonyms = {c.place.country_code for c in gazetteer.exact(m.key) if c.kind == "demonym"}
        if not demonyms and p is not None and _names_its_country(p, text, m):
            demonyms = {p.country_code}
        out.append((key, frozenset(code for code in demonyms if code)))
    return out


# a dateline names one town when it is this many times larger than any namesake
DOMINANT = 10


def filed_province(
    text: str,
    mentions: Sequence[Mention],
    cands: Sequence[Sequence[Candidate]],
    first: Sequence[tuple[Place | None, float]],
) -> tuple[str, str] | None:
    """The (country, first-level area) of the town the report was filed from, its dateline,
    when the first pass read it as a town far larger than any namesake ("RAIPUR - ":
    Chhattisgarh; "MIDDLETOWN -" names no one state), or None."""
    for m, found, (p, _) in zip(mentions, cands, first, strict=True):
        if p is None or p.feature_class != "P" or not p.country_code or not p.admin1:
            continue
        if not dateline_at(text, m.start, m.end):
            continue
        others = [
            c.place.population
            for c in found
            if c.match == "exact" and c.place.feature_class == "P" and c.place.admin1 != p.admin1
        ]
        if p.population >= DOMINANT * max(others, default=0):
            return (p.country_code, p.admin1)
    return None


FILED_BONUS = NEAR_ANCHOR_BONUS


def filed_bonus(place: Place, filed: tuple[str, str] | None) -> float:
    """FILED_BONUS for a town or area in the province the report was filed from."""
    if filed is None or place.feature_code.startswith(("PCL", "CONT")):
        return 0.0
    return FILED_BONUS if (place.country_code, place.admin1) == filed else 0.0


def _names_its_country(place: Place, text: str, mention: Mention) -> bool:
    """A country, a province or a capital names its country, and so does a dateline's town."""
    if place.feature_code.startswith(("PCL", "ADM1", "PPLC")):
        return True
    return place.feature_class == "P" and dateline_at(text, mention.start, mention.end)


def _named_by_others(named: Sequence[tuple[str, frozenset[str]]], i: int) -> set[str]:
    """The countries the report's names other than mention i's name."""
    own = named[i][0]
    return {code for key, codes in named if key != own for code in codes}


def _implied_hint(reading: _Reading) -> str | None:
    """An area listed before a plural ("Clay and Douglas counties") or a town by its use
    ("the Athens City Council")."""
    if reading.listed:
        return "A"
    return "M" if reading.civic else None
