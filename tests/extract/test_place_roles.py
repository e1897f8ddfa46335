"""The role each place mention plays in its sentence (reports written for these tests)."""

from sitrep.extract.locate import locate
from sitrep.extract.place_roles import Role, roles
from sitrep.model import Place, Toponym


def town(name: str, lat: float, lon: float, *, cc: str, admin1: str, pop: int = 0) -> Place:
    return Place(
        geonameid=None, name=name, latitude=lat, longitude=lon, country_code=cc,
        admin1=admin1, population=pop,
    )  # fmt: skip


def area(name: str, lat: float, lon: float, *, cc: str, code: str = "ADM1") -> Place:
    return Place(
        geonameid=None, name=name, latitude=lat, longitude=lon, country_code=cc,
        admin1=name, feature_class="A", feature_code=code, population=1_000_000,
    )  # fmt: skip


ELDORET = town("Eldoret", 0.52, 35.27, cc="KE", admin1="Uasin Gishu", pop=475_000)
NAKURU = town("Nakuru", -0.28, 36.07, cc="KE", admin1="Nakuru", pop=570_000)
BURNT_FOREST = town("Burnt Forest", 0.43, 35.43, cc="KE", admin1="Uasin Gishu", pop=4_700)
NYALA = town("Nyala", 12.05, 24.88, cc="SD", admin1="South Darfur", pop=565_000)
SOUTH_DARFUR = area("South Darfur", 11.5, 24.9, cc="SD")
RECIFE = town("Recife", -8.05, -34.88, cc="BR", admin1="Pernambuco", pop=1_650_000)
FAR_NAMESAKE = town("Ibura", -7.1, -36.0, cc="BR", admin1="Paraiba", pop=11_000)
ILOILO = town("Iloilo", 10.7, 122.56, cc="PH", admin1="Western Visayas", pop=470_000)
JARO_ELSEWHERE = town("Jaro", 11.19, 124.78, cc="PH", admin1="Eastern Visayas", pop=8_000)
INDEPENDENCE = town("Independence", 39.09, -94.41, cc="US", admin1="Missouri", pop=117_000)
ROSARIO = town("Rosario", -32.95, -60.64, cc="AR", admin1="Santa Fe", pop=948_000)


def mentions(text: str, *pairs: tuple[str, Place | None]) -> list[Toponym]:
    found, start = [], 0
    for word, place in pairs:
        start = text.index(word, start)
        found.append(Toponym(start=start, end=start + len(word), text=word, place=place))
        start += len(word)
    return found


def placed(text: str, places: list[Toponym], trigger: str) -> Place | None:
    where = locate(text, places, context=places, trigger_start=text.index(trigger))
    return where.place


def test_workers_from_a_town_protest_in_another() -> None:
    text = "Farmers from Nakuru marched to the county offices in Eldoret."
    places = mentions(text, ("Nakuru", NAKURU), ("Eldoret", ELDORET))
    assert roles(text, places, trigger_start=text.index("marched")) == [Role.ASIDE, Role.SCENE]
    assert placed(text, places, "marched") == ELDORET


def test_withdrawing_from_a_town_happens_there() -> None:
    text = "Fighters withdrew, after a long night of shelling, from Nakuru town."
    places = mentions(text, ("Nakuru", NAKURU))
    assert roles(text, places, trigger_start=0) == [Role.SCENE]


def test_the_towns_a_highway_joins_are_not_the_scene() -> None:
    text = "Traders blocked the Eldoret-Nakuru highway at Burnt Forest."
    places = mentions(
        text, ("Eldoret", ELDORET), ("Nakuru", NAKURU), ("Burnt Forest", BURNT_FOREST)
    )
    assert roles(text, places, trigger_start=8) == [Role.THING, Role.THING, Role.SCENE]
    assert placed(text, places, "blocked") == BURNT_FOREST


def test_a_town_in_the_name_of_a_building_is_not_the_scene() -> None:
    text = "In Rosario, nurses protested outside the Independence Hospital."
    places = mentions(text, ("Rosario", ROSARIO), ("Independence", INDEPENDENCE))
    assert placed(text, places, "protested") == ROSARIO


def test_an_apposition_names_the_province_the_town_is_in() -> None:
    text = "A drone strike hit Nyala, the capital of South Darfur, on Monday."
    places = mentions(text, ("Nyala", NYALA), ("South Darfur", SOUTH_DARFUR))
    assert roles(text, places, trigger_start=8) == [Role.SCENE, Role.WHOLE]
    assert placed(text, places, "strike") == NYALA


def test_a_possessor_is_the_whole_of_what_it_owns() -> None:
    text = "Gunmen raided South Darfur's Nyala town."
    places = mentions(text, ("South Darfur", SOUTH_DARFUR), ("Nyala", NYALA))
    assert roles(text, places, trigger_start=7) == [Role.WHOLE, Role.SCENE]


def test_a_neighbourhood_read_as_a_distant_namesake_gives_way_to_its_town() -> None:
    text = "In Recife, police clashed with residents of the Ibura neighborhood."
    places = mentions(text, ("Recife", RECIFE), ("Ibura", FAR_NAMESAKE))
    assert roles(text, places, trigger_start=18)[1] == Role.NEIGHBOURHOOD
    assert placed(text, places, "clashed") == RECIFE


def test_a_part_that_cannot_lie_in_its_whole_was_read_as_a_namesake() -> None:
    text = "Police killed two suspects in Jaro, Iloilo City, on Tuesday."
    places = mentions(text, ("Jaro", JARO_ELSEWHERE), ("Iloilo City", ILOILO))
    assert roles(text, places, trigger_start=7) == [Role.ASIDE, Role.SCENE]
    assert placed(text, places, "killed") == ILOILO


def test_every_place_in_brackets_after_a_town_is_its_whole() -> None:
    text = "Shops burned in Burnt Forest town (Eldoret area, Uasin Gishu)."
    gishu = area("Uasin Gishu", 0.5, 35.3, cc="KE")
    places = mentions(
        text, ("Burnt Forest", BURNT_FOREST), ("Eldoret", ELDORET), ("Uasin Gishu", gishu)
    )
    assert roles(text, places, trigger_start=6) == [Role.SCENE, Role.WHOLE, Role.WHOLE]
    assert placed(text, places, "burned") == BURNT_FOREST


def test_the_place_of_a_stated_grievance_is_not_the_scene() -> None:
    text = "In Rosario, women marched to denounce the killing of a girl in Nakuru."
    places = mentions(text, ("Rosario", ROSARIO), ("Nakuru", NAKURU))
    assert roles(text, places, trigger_start=text.index("marched")) == [Role.SCENE, Role.ASIDE]
    assert placed(text, places, "marched") == ROSARIO


def test_when_every_mention_plays_another_role_the_event_still_takes_one() -> None:
    text = "Farmers from Nakuru marched."
    places = mentions(text, ("Nakuru", NAKURU))
    assert placed(text, places, "marched") == NAKURU


def test_no_mentions_have_no_roles() -> None:
    assert roles("Shells fell.", [], trigger_start=0) == []


LA_PLATA = town("La Plata", -34.92, -57.95, cc="AR", admin1="Buenos Aires", pop=195_000)
BUENOS_AIRES_CITY = town(
    "Buenos Aires", -34.61, -58.38, cc="AR", admin1="Autonomous City of Buenos Aires", pop=2_891_000
)


def test_a_whole_whose_words_name_the_parts_province_is_consistent_with_it() -> None:
    text = "In La Plata (Buenos Aires), teachers marched."
    places = mentions(text, ("La Plata", LA_PLATA), ("Buenos Aires", BUENOS_AIRES_CITY))
    assert roles(text, places, trigger_start=text.index("marched")) == [Role.SCENE, Role.WHOLE]


def test_a_mention_that_is_a_neighbourhood_word_is_a_neighbourhood() -> None:
    text = "In Rosario, two men were shot in Colonia Norte."
    places = mentions(text, ("Rosario", ROSARIO), ("Colonia Norte", FAR_NAMESAKE))
    assert roles(text, places, trigger_start=20) == [Role.SCENE, Role.NEIGHBOURHOOD]


def test_a_mention_that_names_an_organisation_is_a_thing() -> None:
    text = "In Rosario, supporters of the Confederation of Workers marched."
    places = mentions(text, ("Rosario", ROSARIO), ("Confederation", INDEPENDENCE))
    assert roles(text, places, trigger_start=text.index("marched")) == [Role.SCENE, Role.THING]


def test_an_event_with_no_place_of_its_own_inherits_the_scene_before_it() -> None:
    text = "In Recife, police raided the Ibura neighborhood. A suspect was shot."
    places = mentions(text, ("Recife", RECIFE), ("Ibura", FAR_NAMESAKE))
    where = locate(text, [], context=places, trigger_start=text.index("shot"))
    assert (where.place, where.inherited) == (RECIFE, True)


SEOUL = town("Seoul", 37.57, 126.98, cc="KR", admin1="Seoul", pop=10_000_000)
SANTA_FE = area("Santa Fe", -31.0, -61.0, cc="AR")


def test_a_scene_town_abroad_beside_one_in_the_reports_province_is_foreign() -> None:
    text = "In Rosario (Santa Fe), parents protested outside the Sol school."
    places = mentions(text, ("Rosario", ROSARIO), ("Santa Fe", SANTA_FE), ("Sol", SEOUL))
    found = roles(text, places, trigger_start=text.index("protested"), context=places)
    assert found == [Role.SCENE, Role.WHOLE, Role.THING]
    text = "In Rosario (Santa Fe), parents protested beside Sol."
    places = mentions(text, ("Rosario", ROSARIO), ("Santa Fe", SANTA_FE), ("Sol", SEOUL))
    found = roles(text, places, trigger_start=text.index("protested"), context=places)
    assert found == [Role.SCENE, Role.WHOLE, Role.FOREIGN]


def test_towns_of_two_countries_with_no_province_named_stay_scenes() -> None:
    text = "Rival groups from Seoul clashed in Rosario."
    places = mentions(text, ("Seoul", SEOUL), ("Rosario", ROSARIO))
    assert roles(text, places, trigger_start=20, context=places) == [Role.ASIDE, Role.SCENE]
    text = "Rival groups clashed in Seoul and Rosario."
    places = mentions(text, ("Seoul", SEOUL), ("Rosario", ROSARIO))
    assert roles(text, places, trigger_start=13, context=places) == [Role.SCENE, Role.SCENE]


def test_an_event_placed_only_in_a_country_takes_the_town_the_report_names_there() -> None:
    kenya = Place(
        geonameid=None, name="Kenya", latitude=1.0, longitude=38.0, country_code="KE",
        feature_class="A", feature_code="PCLI",
    )  # fmt: skip
    text = "Riots broke out across Kenya. (Eldoret town specifically)"
    places = mentions(text, ("Kenya", kenya), ("Eldoret", ELDORET))
    where = locate(text, places[:1], context=places, trigger_start=0)
    assert (where.place, where.inherited) == (ELDORET, True)


def test_the_seat_of_an_office_holder_is_not_the_scene() -> None:
    text = "Police arrested the governor of Nakuru in Eldoret."
    places = mentions(text, ("Nakuru", NAKURU), ("Eldoret", ELDORET))
    assert roles(text, places, trigger_start=7) == [Role.ASIDE, Role.SCENE]


def test_people_from_across_a_region_are_from_there() -> None:
    text = "Students from across Nakuru gathered in Eldoret."
    places = mentions(text, ("Nakuru", NAKURU), ("Eldoret", ELDORET))
    assert roles(text, places, trigger_start=text.index("gathered")) == [Role.ASIDE, Role.SCENE]


def test_a_place_name_ending_the_name_of_a_body_is_a_thing() -> None:
    text = "Members of the People Committee Nakuru rallied in Eldoret."
    places = mentions(text, ("Nakuru", NAKURU), ("Eldoret", ELDORET))
    assert roles(text, places, trigger_start=text.index("rallied")) == [Role.THING, Role.SCENE]


def test_a_county_named_after_its_town_is_looked_up_by_the_towns_name() -> None:
    county = area("Nakuru", -0.5, 36.0, cc="KE")
    text = "Raiders attacked a farm in Nakuru County."
    places = mentions(text, ("Nakuru County", county))
    asked: list[str] = []

    def namesake(mention: Toponym) -> Place | None:
        asked.append(mention.text)
        return NAKURU if mention.text == "Nakuru" else None

    where = locate(text, places, context=places, trigger_start=8, namesake=namesake)
    assert (where.place, asked) == (NAKURU, ["Nakuru"])


def test_a_road_named_by_where_it_leads_is_a_thing() -> None:
    text = "In Eldoret, traders blocked the highway towards Nakuru."
    places = mentions(text, ("Eldoret", ELDORET), ("Nakuru", NAKURU))
    assert roles(text, places, trigger_start=text.index("blocked")) == [Role.SCENE, Role.THING]
    assert placed(text, places, "blocked") == ELDORET
