"""A document's home region: the country, and within it the first-level area, that most of
its confidently resolved places lie in.

Local news names its own towns bare ("the Mansfield council", "Athens residents"); a name
shared with a foreign capital or a town in another state leans to the home region's namesake.
The lean grows with the share of the document's other places in the region and with their
number: one other place does not move it, five of six nearly settle it. A mention never counts
towards its own home (its name is left out), and a place named with its container
("Paris, France") still wins through its container, which outweighs the lean.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sitrep.model import Place

# how many places in the region make half the lean: (n - 1) / (n - 1 + HALF_AT), so one
# other place in the region does not lean at all
HALF_AT = 1.0
HOME_COUNTRY_WEIGHT = 1.0
HOME_ADMIN1_WEIGHT = 0.6
NAMED_AREAS = ("PCL", "ADM1")
# how far a report's money leans it to the currency's countries, relative to its places
MONEY_WEIGHT = 1.0
# first-pass confidence below which a resolved place does not vote for the home region
MIN_CONFIDENCE = 0.55


@dataclass(frozen=True, slots=True)
class Home:
    """How strongly (0-1) the document is at home in each country and first-level area."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[tuple[str, str], float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Tally:
    """The places of a document's distinct names: one (country, admin1) per name."""

    regions: dict[str, tuple[str, str | None]]

    @classmethod
    def of(cls, named: Sequence[tuple[str, Place | None, float]]) -> Tally:
        """From (name key, resolved place or None, confidence) of every mention; a name's
        first confident reading stands for all its mentions."""
        regions: dict[str, tuple[str, str | None]] = {}
        for key, place, confidence in named:
            if key in regions or not _votes(place, confidence):
                continue
            assert place is not None and place.country_code
            regions[key] = (place.country_code, _admin1(place))
        return cls(regions)

    def home(self, *, leaving_out: str = "", money: Mapping[str, float] | None = None) -> Home:
        """The home region of every name but `leaving_out` (a name cannot vote for itself),
        the countries leaning at least as far as the report's money puts them (`money`,
        from `currency_lean`)."""
        regions = [r for key, r in self.regions.items() if key != leaving_out]
        return with_money(home_of(regions), money or {})


def _votes(place: Place | None, confidence: float) -> bool:
    if place is None or not place.country_code:
        return False
    return confidence >= MIN_CONFIDENCE or place.feature_code.startswith(("PCL", "ADM1"))


def _admin1(place: Place) -> str | None:
    if place.feature_code.startswith("PCL"):
        return None
    return place.admin1 or None


def home_of(regions: Sequence[tuple[str, str | None]]) -> Home:
    """The home strengths from one (country, admin1) per distinct name: the region's share
    of all names times (n - 1) / (n - 1 + HALF_AT), n the names in it."""
    if not regions:
        return Home()
    total = len(regions)
    countries = Counter(country for country, _ in regions)
    areas = Counter((country, admin1) for country, admin1 in regions if admin1)
    return Home(
        countries={c: lean(n, total) for c, n in countries.items()},
        admin1={a: lean(n, total) for a, n in areas.items()},
    )


def with_money(home: Home, money: Mapping[str, float]) -> Home:
    """The home whose country leans are at least the money's (`currency_lean`)."""
    if not money:
        return home
    countries = dict(home.countries)
    for code, weight in money.items():
        countries[code] = max(countries.get(code, 0.0), MONEY_WEIGHT * weight)
    return Home(countries=countries, admin1=home.admin1)


def lean(count: int, total: int) -> float:
    """How far `count` of `total` names in one region lean a bare name to it, 0-1."""
    if total <= 0 or count <= 0:
        return 0.0
    return (count / total) * ((count - 1) / (count - 1 + HALF_AT))


def home_applies(
    places: Sequence[Place], home: Home, votes: Mapping[str, float], *, town: bool = False
) -> bool:
    """Whether the home region may lean a mention with these readings: not when one reading
    is a country or a first-level area ("Norway" in a report from Maine, "Kansas" in one
    from Illinois), for the name names the area whatever towns share it, unless the text
    uses it as a town (`town`: "the Jordan city council"). Nor when a reading lies in a
    foreign country that the document's other names attest (`abroad_attested`)."""
    if not town and any(p.feature_code.startswith(NAMED_AREAS) for p in places):
        return False
    return not abroad_attested(places, home, votes)


def home_lean(
    places: Sequence[Place], home: Home, votes: Mapping[str, float], *, town: bool = False
) -> Home:
    """The part of the home region that may lean a mention: all of it when `home_applies`;
    only its first-level areas when a reading lies in a foreign country the document
    attests (a report from Texas that names Canada still reads its bare "Mount Pleasant" as
    the Texas town rather than the Michigan one); nothing when a reading is a country or a
    first-level area named so."""
    if not town and any(p.feature_code.startswith(NAMED_AREAS) for p in places):
        return Home()
    if abroad_attested(places, home, votes):
        return Home(admin1=home.admin1)
    return home


def abroad_attested(
    places: Sequence[Place], home: Home, votes: Mapping[str, float], *, enough: float = 1.0
) -> bool:
    """Whether one of a mention's readings lies in a foreign country that the document's
    other names attest (`votes` of at least `enough`, one named country's worth): "Damascus"
    in a report that also names Syria, "Glasgow" in one that names Scotland."""
    top = max(home.countries, key=lambda c: (home.countries[c], votes.get(c, 0.0)), default=None)
    return any(
        p.country_code != top and votes.get(p.country_code or "", 0.0) >= enough for p in places
    )


def home_bonus(place: Place, home: Home) -> float:
    """The score a candidate gains for lying in the document's home country and area."""
    code = place.country_code or ""
    bonus = HOME_COUNTRY_WEIGHT * home.countries.get(code, 0.0)
    if place.admin1 and not place.feature_code.startswith("PCL"):
        bonus += HOME_ADMIN1_WEIGHT * home.admin1.get((code, place.admin1), 0.0)
    return bonus
