"""Where an event happened: pick one place mention for it and say how precise it is.

geo_precision follows ACLED: 1 = the named town or village, 2 = near it or part of a named area,
3 = only a province or larger was resolved. An unresolved village falls back to the smallest
enclosing area the text names, never silently to a country centroid: the name is kept in a tag.
An event placed only in a province or district named after its main town ("Hama countryside",
"Wajir county") is coded at that town, as ACLED codes a province-level report at the
province's town (precision 3): the area's centroid is a point nobody named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sitrep.extract.place_roles import roles
from sitrep.geocode.fold import exact_key
from sitrep.model import Place, Toponym
from sitrep.read.dateline import dateline_end

NEAR_WORDS = re.compile(
    r"\b(near|outside|outskirts|around|close to|vicinity|countryside|km|kilometres|kilometers|"
    r"miles|north of|south of|east of|west of|areas? of|environs)\s*(of\s+)?(the\s+)?$",
    re.IGNORECASE,
)

AREA_WORD = re.compile(
    r"\s+(?:county|province|district|governorate|state|region|prefecture|department)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """The place an event is coded at, with the mention it came from."""

    place: Place | None
    precision: int | None
    mention: Toponym | None
    unresolved: tuple[str, ...] = ()
    inherited: bool = False


NOWHERE = Location(place=None, precision=None, mention=None)


def locate(
    text: str,
    in_sentence: Sequence[Toponym],
    *,
    context: Sequence[Toponym],
    trigger_start: int,
    enclosing: Callable[[Place], Place | None] = lambda _: None,
    namesake: Callable[[Toponym], Place | None] = lambda _: None,
    country_of: Callable[[Place], Place | None] = lambda _: None,
) -> Location:
    """The event's location from the sentence's toponyms, else from the document's.
    The sentence's mentions are taken by role (see `place_roles`): the scene first, then the
    wholes of nested places, neighbourhoods, and last the places named in other roles.
    `enclosing` gives the province a town lies in (for an unresolved village's fallback);
    `namesake` the town an area mention is named after, inside that area; `country_of` the
    country a place is in."""
    mentions = sorted(in_sentence, key=lambda t: t.start)
    ranks = roles(text, mentions, trigger_start=trigger_start, context=context)
    chosen: list[Toponym] = []
    for rank in sorted(set(ranks)):
        chosen = [t for t, r in zip(mentions, ranks, strict=True) if r <= rank]
        if any(t.resolved for t in chosen):
            break
    where = _locate_among(
        text,
        chosen,
        context=context,
        trigger_start=trigger_start,
        enclosing=enclosing,
        namesake=namesake,
        country_of=country_of,
    )
    return _town_of_a_country(text, where, context=context, trigger_start=trigger_start)


def _town_of_a_country(
    text: str, where: Location, *, context: Sequence[Toponym], trigger_start: int
) -> Location:
    """A sentence that places its event only in a country ("riots across Kenya") is coded at
    the town the report names there, as ACLED codes the most specific place named."""
    place = where.place
    if place is None or not place.feature_code.startswith("PCL") or where.unresolved:
        return where
    there = [t for t in context if t.place and t.place.country_code == place.country_code]
    town = _inherited(text, there, trigger_start)
    if town.place is None or town.place.is_area:
        return where
    return town


def _locate_among(
    text: str,
    in_sentence: Sequence[Toponym],
    *,
    context: Sequence[Toponym],
    trigger_start: int,
    enclosing: Callable[[Place], Place | None],
    namesake: Callable[[Toponym], Place | None],
    country_of: Callable[[Place], Place | None],
) -> Location:
    towns = [t for t in in_sentence if not _is_area(t)]
    areas = [t for t in in_sentence if _is_area(t) and t.resolved]
    best = _closest(towns, trigger_start)
    if best is not None and best.resolved:
        return Location(place=best.place, precision=_precision(text, best), mention=best)
    unresolved = tuple(t.text for t in towns if not t.resolved)
    if best is not None:
        filed = dateline_end(text) if _a_settlement(text, best) else 0
        area = _enclosing_area(areas, context, enclosing, country_of, filed_before=filed)
    elif areas:
        area = _smallest_area(areas)
    else:
        return _at_namesake(_inherited(text, context, trigger_start), namesake)
    return _at_namesake(_area_location(area, unresolved), namesake)


def _at_namesake(location: Location, namesake: Callable[[Toponym], Place | None]) -> Location:
    """A location in an area named after its main town is coded at that town."""
    if location.mention is None or location.place is None or not location.place.is_area:
        return location
    mention = location.mention
    bare = AREA_WORD.sub("", mention.text)  # "Mandera County" is named after Mandera
    town = namesake(replace(mention, text=bare) if bare else mention)
    if town is None or _shortened_name(town, location.place, bare or mention.text):
        return location
    return replace(location, place=town)


# words a town's own name adds to its area's without making it another name: "New York
# City", "Al Qunaytirah"
_NAME_FILLERS = frozenset({"city", "town", "al", "el", "ad", "an", "ar", "as", "ash", "at", "the"})
# a seat holds more of its area's people than this; Bihar Sharif holds 2% of Bihar's
MINOR_SHARE = 0.1


def _shortened_name(town: Place, area: Place, words: str) -> bool:
    """The area's words name the town only by a shortening of its longer own name ("Bihar"
    for Bihar Sharif, "Antioquia" for Santa Fe de Antioquia) and the town holds a small share
    of the area's people: the area bears the name, and its seat is another town. A seat
    named so ("San Salvador de Jujuy", a third of Jujuy's people) stays."""
    own, its = exact_key(words).split(), exact_key(town.name).split()
    extra = set(its) - set(own) - _NAME_FILLERS
    longer = len(its) > len(own) and bool(extra)
    return longer and town.population < MINOR_SHARE * area.population


def _enclosing_area(
    areas: Sequence[Toponym],
    context: Sequence[Toponym],
    enclosing: Callable[[Place], Place | None],
    country_of: Callable[[Place], Place | None],
    *,
    filed_before: int = 0,
) -> Toponym | None:
    """The smallest area the text puts an unresolved village in: an area named in its
    sentence, a province named in the report, the province of a town the report names (not
    of a capital the dateline names, for a town or village: 'KINSHASA - M23 rebels seized
    the town of Walikale' does not put Walikale in Kinshasa, but in the country `country_of`
    gives), and only then a country."""
    local = _smallest_area(areas)
    if local is not None:
        return local
    provinces = [t for t in context if _is_area(t) and _area_rank(t) < 2]
    if provinces:
        return _smallest_area(provinces)
    capital: Toponym | None = None
    for town in reversed([t for t in context if t.resolved and not _is_area(t)]):
        if _filed_from_a_capital(town, filed_before):
            capital = capital or town  # where reports are filed from, not where villages lie
            continue
        area = enclosing(town.place) if town.place else None
        if area is not None:
            return replace(town, place=area)
    named = _smallest_area([t for t in context if _is_area(t)])
    if named is None and capital is not None and capital.place is not None:
        country = country_of(capital.place)
        return replace(capital, place=country) if country is not None else None
    return named


def _filed_from_a_capital(town: Toponym, filed_before: int) -> bool:
    """The town is a capital named in the dateline (which ends at `filed_before`)."""
    return (
        town.place is not None and town.place.feature_code == "PPLC" and (town.start < filed_before)
    )


SETTLEMENT_BEFORE = re.compile(r"\b(?:town|village|city|settlement) of (?:the )?$", re.I)
SETTLEMENT_AFTER = re.compile(r"^\s*(?:town|village|city)\b", re.IGNORECASE)


def _a_settlement(text: str, mention: Toponym) -> bool:
    """'the town of Walikale', 'Walikale town', 'the village of Kimoka': a place of its own,
    not a quarter of the town the report was filed from."""
    before, after = text[max(0, mention.start - 30) : mention.start], text[mention.end :]
    return bool(SETTLEMENT_BEFORE.search(before) or SETTLEMENT_AFTER.match(after[:20]))


def _province_named_after(
    context: Sequence[Toponym], town: Toponym, trigger_start: int
) -> Toponym | None:
    """'KHARTOUM - RSF fighters stormed a village in Al Jazirah state ... The RSF said ...':
    a province of the same country named after the last town, and not holding it, is where
    the report went on (the town it named there was not found); the latest such province
    before the trigger."""
    if town.place is None:
        return None
    place = town.place
    provinces = [
        t
        for t in context
        if town.start < t.start < trigger_start
        and t.place is not None
        and t.place.feature_code in ("ADM1", "ADM2")
        and t.place.country_code == place.country_code
        and not _holds(t.place, place)
    ]
    return max(provinces, key=lambda t: t.start) if provinces else None


def _holds(area: Place, town: Place) -> bool:
    """The province (or district: 'PESHAWAR - ... in the Kurram district') holds the town."""
    if area.admin1 != town.admin1:
        return False
    return area.feature_code == "ADM1" or area.admin2 is None or area.admin2 == town.admin2


def _is_area(t: Toponym) -> bool:
    return t.place is not None and t.place.is_area


def _closest(towns: Sequence[Toponym], trigger_start: int) -> Toponym | None:
    """Prefer a resolved town, then the one nearest the trigger."""
    if not towns:
        return None
    return min(towns, key=lambda t: (not t.resolved, abs(t.start - trigger_start)))


def _precision(text: str, mention: Toponym) -> int:
    if mention.place is not None and mention.place.is_area:
        return 3
    before = text[max(0, mention.start - 40) : mention.start]
    return 2 if NEAR_WORDS.search(before) else 1


def _smallest_area(areas: Sequence[Toponym]) -> Toponym | None:
    """An admin-1 or smaller area beats a country."""
    if not areas:
        return None
    return min(areas, key=lambda t: (_area_rank(t), t.start))


def _area_rank(t: Toponym) -> int:
    code = t.place.feature_code if t.place else ""
    if code.startswith("ADM2"):
        return 0
    if code.startswith("ADM1"):
        return 1
    if not (t.place and t.place.is_area):
        return 0
    return 2


def _area_location(area: Toponym | None, unresolved: tuple[str, ...]) -> Location:
    if area is None:
        return Location(place=None, precision=None, mention=None, unresolved=unresolved)
    return Location(place=area.place, precision=3, mention=area, unresolved=unresolved)


def _inherited(text: str, context: Sequence[Toponym], trigger_start: int) -> Location:
    """No place in the sentence: the last resolved town named before it in the document,
    among those named as a scene rather than in another role (see `place_roles`)."""
    mentions = sorted(context, key=lambda t: t.start)
    ranks = roles(text, mentions, trigger_start=len(text), context=context)
    towns = [(r, t) for r, t in zip(ranks, mentions, strict=True) if t.resolved and not _is_area(t)]
    before = [(r, t) for r, t in towns if t.start < trigger_start]
    if before:
        best = min(r for r, _ in before)
        last = [t for r, t in before if r == best][-1]
        later = _province_named_after(context, last, trigger_start)
        if later is not None:
            return Location(place=later.place, precision=3, mention=later, inherited=True)
        return Location(place=last.place, precision=1, mention=last, inherited=True)
    if towns:
        first = min(towns, key=lambda rt: rt[0])[1]
        return Location(place=first.place, precision=1, mention=first, inherited=True)
    areas = [t for t in context if t.resolved]
    if areas:
        area = _smallest_area(areas)
        return Location(
            place=area.place if area else None, precision=3, mention=area, inherited=True
        )
    return NOWHERE
