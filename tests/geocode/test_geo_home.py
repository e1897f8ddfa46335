"""The home region prior (places and names made up for these tests)."""

from sitrep.geocode.gazetteer import Candidate
from sitrep.geocode.home import (
    Home,
    Tally,
    abroad_attested,
    home_applies,
    home_bonus,
    home_of,
    lean,
)
from sitrep.geocode.resolve import Context, choose
from sitrep.model import Place


def _place(name: str, cc: str, admin1: str | None = None, **kw: object) -> Place:
    return Place(
        geonameid=None,
        name=name,
        latitude=10.0,
        longitude=10.0,
        country_code=cc,
        admin1=admin1,
        **kw,  # type: ignore[arg-type]
    )


def _cand(place: Place, pid: int) -> Candidate:
    return Candidate(place=place, match="exact", kind="name", name=place.name, place_id=pid)


def test_lean_grows_with_count_and_share() -> None:
    assert lean(1, 1) == 0.0  # one other place does not lean
    assert lean(2, 2) == 0.5
    assert lean(4, 4) == 0.75
    assert lean(2, 4) == 0.25
    assert lean(0, 3) == 0.0
    assert lean(3, 0) == 0.0


def test_home_of_counts_countries_and_areas() -> None:
    home = home_of([("US", "Ohio"), ("US", "Ohio"), ("US", "Iowa"), ("FR", None)])
    assert home.countries == {"US": 0.75 * (2 / 3), "FR": 0.0}
    assert home.admin1 == {("US", "Ohio"): 0.5 * 0.5, ("US", "Iowa"): 0.0}
    assert home_of([]) == Home()


def test_a_name_does_not_vote_for_its_own_home() -> None:
    ohio = _place("Milbury", "US", "Ohio", feature_code="PPL")
    tally = Tally.of(
        [
            ("milbury", ohio, 0.9),
            ("carden", _place("Carden", "US", "Ohio"), 0.8),
            ("lorne", _place("Lorne", "US", "Ohio"), 0.7),
            ("lorne", _place("Lorne", "CA", "Ontario"), 0.9),  # a repeat: the first stands
            ("weakly", _place("Weakly", "GB", "England"), 0.5),  # too unsure to vote
            ("nowhere", None, 0.0),
        ]
    )
    assert set(tally.regions) == {"milbury", "carden", "lorne"}
    assert tally.home(leaving_out="milbury").admin1 == {("US", "Ohio"): 0.5}
    assert tally.home().admin1 == {("US", "Ohio"): 2 / 3}


def test_bonus_for_the_home_country_and_area() -> None:
    home = Home(countries={"US": 0.5}, admin1={("US", "Ohio"): 0.5})
    assert home_bonus(_place("Milbury", "US", "Ohio"), home) == 0.8
    assert home_bonus(_place("Milbury", "US", "Iowa"), home) == 0.5
    assert home_bonus(_place("Milbury", "GB", "England"), home) == 0.0


def test_countries_and_states_by_name_are_not_leaned() -> None:
    home = Home(countries={"US": 0.8})
    country = _place("Norland", "NL", feature_code="PCLI")
    town = _place("Norland", "US", "Maine")
    assert not home_applies([town, country], home, {})
    assert home_applies([town, _place("Norland", "NL", "Drenthe")], home, {})


def test_a_foreign_country_named_elsewhere_switches_the_lean_off() -> None:
    home = Home(countries={"US": 0.8})
    places = [_place("Kerak", "US", "Ohio"), _place("Kerak", "JO", "Karak")]
    assert abroad_attested(places, home, {"JO": 1.0, "US": 5.0})
    assert not abroad_attested(places, home, {"JO": 0.5, "US": 5.0})
    assert not home_applies(places, home, {"JO": 1.0})


def test_home_lean_picks_the_small_town_over_a_foreign_capital() -> None:
    capital = _cand(_place("Corvin", "XA", "Capital", feature_code="PPLC", population=400_000), 1)
    local = _cand(_place("Corvin", "US", "Ohio", population=15_000), 2)
    bare = choose([capital, local], context=Context())
    assert bare[0] is capital
    home = Home(countries={"US": 0.8}, admin1={("US", "Ohio"): 0.7})
    at_home = choose([capital, local], context=Context(home=home))
    assert at_home[0] is local


def test_a_capital_named_with_its_country_beats_the_home_lean() -> None:
    country = _cand(_place("Xandia", "XA", feature_class="A", feature_code="PCLI"), 9)
    capital = _cand(_place("Corvin", "XA", "Capital", feature_code="PPLC", population=400_000), 1)
    local = _cand(_place("Corvin", "US", "Ohio", population=15_000), 2)
    home = Home(countries={"US": 0.8}, admin1={("US", "Ohio"): 0.7})
    best, _ = choose([capital, local], context=Context(home=home), container=[country])
    assert best is capital
