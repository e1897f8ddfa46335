"""Rules for local news: a town named with its county, a capital over a same-named state, US
local usage, and "X City" offices (places and texts made up for these tests)."""

import shutil
from pathlib import Path

from sitrep.geocode.capitals import capital_over_area
from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.recognize import Mention, recognize
from sitrep.geocode.resolve import resolve_document
from sitrep.geocode.seats import county_pairs
from sitrep.geocode.usage import merged, us_usage_lean, usage_score
from sitrep.model import Place, Span


def _gazetteer(mini_path: Path, tmp_path: Path) -> Path:
    copy = Path(shutil.copy(mini_path, tmp_path / "gaz.sqlite"))
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place(
            "Tamworth",
            latitude=39.0,
            longitude=-86.0,
            country_code="US",
            admin1="Indiana",
            admin2="Harlan County",
            population=15_000,
        )
        w.add_place(
            "Tamworth",
            latitude=37.0,
            longitude=-93.0,
            country_code="US",
            admin1="Missouri",
            admin2="Pell County",
            population=45_000,
        )
        # far from its seat, and the other state's county beside the larger Tamworth: nearness
        # alone would pick Missouri
        for state, lat, lon in (("Indiana", 30.0, -70.0), ("Kentucky", 37.1, -93.1)):
            w.add_place(
                "Harlan County",
                latitude=lat,
                longitude=lon,
                country_code="US",
                admin1=state,
                feature_class="A",
                feature_code="ADM2",
                population=30_000,
            )
        w.add_place(
            "Corvin",
            latitude=45.0,
            longitude=20.0,
            country_code="SY",
            admin1="Capital",
            feature_code="PPLC",
            population=400_000,
        )
        w.add_place(
            "Corvin",
            latitude=40.0,
            longitude=-83.0,
            country_code="US",
            admin1="Ohio",
            population=15_000,
        )
        w.add_place(
            "Carlow",
            latitude=52.8,
            longitude=-6.9,
            country_code="SY",
            admin1="Capital",
            population=25_000,
            alternates=["Carlow City"],
        )
    return copy


def _mention(text: str, name: str, start: int = 0) -> Mention:
    at = text.index(name, start)
    return Mention(start=at, end=at + len(name), text=name)


def _resolve(gaz: Gazetteer, text: str, names: list[str]) -> list[tuple[str, str | None]]:
    mentions = [_mention(text, n) for n in names]
    out = []
    for t in resolve_document(text, mentions, gaz):
        assert t.place is not None
        out.append((t.text, t.place.admin1))
    return out


def test_a_town_named_with_its_county_is_that_county_town(mini_path: Path, tmp_path: Path) -> None:
    text = "Tamworth police said the man was held in the Harlan County jail."
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _resolve(gaz, text, ["Tamworth", "Harlan County"]) == [
            ("Tamworth", "Indiana"),
            ("Harlan County", "Indiana"),
        ]


def test_without_its_county_the_larger_town_stays(mini_path: Path, tmp_path: Path) -> None:
    text = "Tamworth police said the man was held overnight."
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _resolve(gaz, text, ["Tamworth"]) == [("Tamworth", "Missouri")]


def test_county_pairs_never_pair_a_name_with_itself() -> None:
    def cand(place: Place, pid: int) -> Candidate:
        return Candidate(place=place, match="exact", kind="name", name=place.name, place_id=pid)

    town = Place(
        geonameid=None, name="Pell", latitude=1.0, longitude=1.0, country_code="US",
        admin1="Iowa", admin2="Pell County",
    )  # fmt: skip
    county = Place(
        geonameid=None, name="Pell County", latitude=1.0, longitude=1.0, country_code="US",
        admin1="Iowa", feature_class="A", feature_code="ADM2",
    )  # fmt: skip
    assert county_pairs(["Pell"], [[cand(town, 1), cand(county, 2)]]) == [[False, False]]
    assert county_pairs(["Pell", "Pell County"], [[cand(town, 1)], [cand(county, 2)]]) == [
        [True],
        [True],
    ]


def test_a_capital_beats_a_same_named_state_unless_the_text_makes_it_an_area() -> None:
    def place(name: str, code: str, cls: str = "P") -> Place:
        return Place(
            geonameid=None, name=name, latitude=1.0, longitude=1.0, country_code="US",
            admin1=name, feature_class=cls, feature_code=code,
        )  # fmt: skip

    state, capital = place("Orlin", "ADM1", "A"), place("Orlin", "PPLC")
    cands = [
        Candidate(place=p, match="exact", kind="name", name="Orlin", place_id=i)
        for i, p in enumerate((state, capital))
    ]
    assert capital_over_area(state, cands, admin=False) is capital
    assert capital_over_area(state, cands, admin=True) is state
    other = place("Brask", "ADM1", "A")
    assert capital_over_area(other, cands, admin=False) is other
    by_alias = [
        Candidate(place=state, match="alias", kind="alternate", name="Mt Orlin", place_id=0)
    ]
    assert capital_over_area(state, [*by_alias, cands[1]], admin=False) is state


def test_us_local_usage_scores_and_leans() -> None:
    assert usage_score("Councilwoman Ann Lee voted no.") == 1.0
    assert us_usage_lean("Councilwoman Ann Lee voted no.") == {"US": 0.7}
    both = "Councilman Bo Hart said the Sheriff's Office was told."
    assert us_usage_lean(both) == {"US": 0.8}
    assert us_usage_lean("The Police Department said so.") == {}  # shared usage: half
    assert us_usage_lean("The Police Department at 120 Elm St. said so.") == {"US": 0.7}
    assert us_usage_lean("Councillors met the gardai on the Quays.") == {}
    assert merged({"US": 0.5, "CA": 0.5}, {"US": 0.7}) == {"US": 0.7, "CA": 0.5}


def test_us_usage_makes_a_bare_name_the_american_town(mini_path: Path, tmp_path: Path) -> None:
    local = "Corvin Councilwoman Ann Lee voted against the plan on Monday."
    plain = "Corvin officials voted against the plan on Monday."
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _resolve(gaz, local, ["Corvin"]) == [("Corvin", "Ohio")]
        assert _resolve(gaz, plain, ["Corvin"]) == [("Corvin", "Capital")]


def test_an_office_of_a_town_known_as_x_city_by_another_name(
    mini_path: Path, tmp_path: Path
) -> None:
    text = "The Carlow City Manager resigned on Friday."
    spans = [Span(start=4, end=15, text="Carlow City", label="GPE")]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert [(m.start, m.end, m.text) for m in recognize(text, spans, gaz)] == [
            (4, 10, "Carlow")
        ]


def test_a_country_named_for_where_a_man_lives_is_the_town(mini_path: Path, tmp_path: Path) -> None:
    copy = _gazetteer(mini_path, tmp_path)
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place(
            "Bahrain", latitude=44.6, longitude=-93.6, country_code="US", admin1="Ohio",
            population=5_000,
        )  # fmt: skip
    local = "A Bahrain man was hurt on Highway 282 in Elm Township on Monday."
    abroad = "Talks in Bahrain ended on Monday."
    with Gazetteer.open(copy) as gaz:
        assert _resolve(gaz, local, ["Bahrain"]) == [("Bahrain", "Ohio")]
        (country,) = resolve_document(abroad, [_mention(abroad, "Bahrain")], gaz)
        assert country.place is not None and country.place.feature_code == "PCLI"


def test_a_foreign_country_named_leaves_the_state_lean() -> None:
    from sitrep.geocode.home import Home, home_lean

    def town(cc: str, admin1: str, code: str = "PPL") -> Place:
        return Place(
            geonameid=None, name="Elmwood", latitude=1.0, longitude=1.0, country_code=cc,
            admin1=admin1, feature_code=code,
        )  # fmt: skip

    home = Home(countries={"US": 0.8}, admin1={("US", "Texas"): 0.7})
    places = [town("US", "Texas"), town("US", "Michigan"), town("CA", "Ontario")]
    assert home_lean(places, home, {"CA": 2.0}) == Home(admin1={("US", "Texas"): 0.7})
    assert home_lean(places, home, {"CA": 0.5}) == home
    assert home_lean([*places, town("XX", "", "PCLI")], home, {}) == Home()


def test_city_schools_belong_to_the_town(mini_path: Path, tmp_path: Path) -> None:
    text = "The Carlow City Schools closed on Friday."
    spans = [Span(start=4, end=15, text="Carlow City", label="GPE")]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert [m.text for m in recognize(text, spans, gaz)] == ["Carlow"]


def test_american_usage_and_commonwealth_spelling() -> None:
    shared = "Call (555) 123-4567 before 7 p.m. to book."
    assert usage_score(shared) == 1.0
    assert us_usage_lean(shared) == {"US": 0.7}
    assert usage_score(shared + " The centre opens at noon.") == 0.0
    assert usage_score("The Parks and Recreation director spoke.") == 1.0
    assert usage_score("An 11th-grade student won.") == 1.0


def test_repeated_mentions_do_not_anchor_one_another(mini_path: Path, tmp_path: Path) -> None:
    copy = _gazetteer(mini_path, tmp_path)
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place(
            "Corvin Province", latitude=45.1, longitude=20.1, country_code="SY",
            admin1="Corvin Province", feature_class="A", feature_code="ADM1",
            population=5_000_000, alternates=["Corvin"],
        )  # fmt: skip
    text = (
        "Corvin Police said so. A man of 12 Elm St., Corvin, was held at 7 p.m. He had"
        " worked in the province of Corvin."
    )
    with Gazetteer.open(copy) as gaz:
        mentions = [_mention(text, "Corvin", at) for at in (0, 40, 90)]
        places = [t.place for t in resolve_document(text, mentions, gaz)]
        # the province read for the third mention is no anchor for the other two
        assert [(p.country_code, p.admin1) for p in places[:2] if p] == [("US", "Ohio")] * 2
