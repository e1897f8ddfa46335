"""Which of a report's places an event is coded at, through the whole pipeline (reports
written for these tests; the registry gazetteer)."""

from __future__ import annotations


def located(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.location for e in extract(text).events]


def test_a_town_in_a_buildings_name_is_not_the_scene(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 March 2021, in Rosario (Santa Fe), about 40 nurses protested outside the "
        "Independence Hospital to demand higher wages."
    )
    assert located(extract, text) == ["Rosario"]


def test_protesters_from_one_town_march_in_another(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farmers from Nakuru marched to the county offices in Eldoret on Monday to protest "
        "land grabs."
    )
    assert located(extract, text) == ["Eldoret"]


def test_a_district_town_is_coded_before_the_division_in_brackets(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Unknown assailants set fire to a shop in Naogaon town (Naogaon Sadar, Rajshahi) on Sunday."
    )
    [event] = extract(text).events
    assert (round(event.latitude, 2), round(event.longitude, 2)) == (24.8, 88.95)


def test_a_part_read_as_a_distant_namesake_gives_way_to_its_city(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Police killed two suspects in a raid in Jaro, Iloilo City, on Tuesday."
    assert located(extract, text) == ["Iloilo"]


def test_a_neighbourhood_is_coded_at_its_city(extract) -> None:  # type: ignore[no-untyped-def]
    text = "In Recife, police clashed with residents of the Ibura neighborhood on Sunday."
    assert located(extract, text) == ["Recife"]


def test_the_place_of_a_protests_grievance_is_not_the_scene(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 May 2021, in Sanremo (Imperia, Liguria), about 50 women protested in a square to "
        "denounce the killing of a woman in Grumo Nevano."
    )
    assert located(extract, text) == ["Sanremo"]


def test_a_road_is_blocked_where_the_report_says_not_at_its_ends(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Traders blocked the Eldoret-Nakuru highway at Burnt Forest on Monday to protest new fees."
    )
    assert located(extract, text) == ["Burnt Forest"]


def test_a_strike_on_a_provincial_capital_is_at_the_capital(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A drone strike hit Nyala, the capital of South Darfur, on Monday, killing four people."
    assert located(extract, text) == ["Nyala"]


def test_a_province_in_brackets_read_as_its_capital_still_encloses_the_town(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 June 2021, in La Plata (Buenos Aires), about 200 teachers marched to the "
        "education ministry to demand higher wages."
    )
    assert located(extract, text) == ["La Plata"]


def test_a_colonia_is_a_neighbourhood_of_the_city(extract) -> None:  # type: ignore[no-untyped-def]
    text = "On 9 July 2021, in Guadalajara, Jalisco, two men were shot dead in Colonia Las Flores."
    assert located(extract, text) == ["Guadalajara"]


def test_an_event_told_after_the_scene_inherits_the_city_not_its_neighbourhood(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 5 June 2021, in Niteroi, Rio de Janeiro, police officers went to the Vila Nova "
        "community in Fonseca neighborhood. A shoot-out broke out and one suspect was killed."
    )
    assert located(extract, text) == ["Niterói"]


def test_a_village_located_in_a_town(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 1 June 2021, about 30 nurses protested in Gaviao located in Vila Nova de Famalicao "
        "to demand better pay."
    )
    assert located(extract, text) == ["Vila Nova de Famalicão"]


def test_a_district_town_before_its_division_in_brackets(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 June 2021, students staged a protest in Kurigram district town (Kurigram Sadar, "
        "Rangpur) over fees."
    )
    [event] = extract(text).events
    assert (event.location, event.admin1) == ("Kurigram", "Rangpur")


def test_an_event_placed_only_in_a_country_is_coded_at_the_town_named(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Riots broke out across Kenya on Monday after the killing of a trader. "
        "(Nyeri town specifically)"
    )
    assert located(extract, text) == ["Nyeri"]


def test_a_town_in_brackets_after_in_lies_in_the_place_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Party supporters held protests in Baringo (in Kabarnet town) on Tuesday over rigged "
        "primaries."
    )
    assert located(extract, text) == ["Kabarnet"]


def test_a_city_with_its_subdivision_before_the_province_in_brackets(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 June 2022, in La Plata - Los Hornos (Buenos Aires), about 50 nurses protested to "
        "demand higher wages."
    )
    assert located(extract, text) == ["La Plata"]


def test_a_word_read_as_a_town_abroad_gives_way_to_the_reports_country(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 6 May 2020, in Asuncion (Asuncion), parents protested outside the Sol de America "
        "school over fees, during the lockdown in Paraguay."
    )
    assert located(extract, text) == ["Asunción"]


def test_a_district_in_brackets_read_as_a_capital_abroad_gives_way(extract) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 April 2022, a sniper shot a woman in Taizz - Usayfarah (Al Qahirah)."
    [event] = extract(text).events
    assert (event.location, event.country) == ("Taiz", "Yemen")


def test_a_state_named_by_a_shortening_of_a_towns_name_is_not_that_town(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Police fired tear gas at protesters in Kalihari, Bihar on Sunday, injuring five."
    [event] = extract(text).events
    assert (event.location, event.admin1, event.geo_precision) == ("Bihar", "Bihar", 3)


def test_a_province_named_after_its_town_is_still_coded_at_the_town(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed a herder in a village of Mandera County on Friday, police said."
    [event] = extract(text).events
    assert (event.location, event.geo_precision) == ("Mandera", 3)


def test_a_province_is_still_coded_at_its_seat_of_a_longer_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Teachers marched in the province of Jujuy on Monday to demand higher wages."
    [event] = extract(text).events
    assert (event.location, event.geo_precision) == ("San Salvador de Jujuy", 3)


def test_a_department_is_not_coded_at_a_small_town_of_a_longer_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Armed men killed a farmer in the department of Antioquia on Saturday, the army said."
    [event] = extract(text).events
    assert (event.location, event.geo_precision) == ("Antioquia", 3)


def test_an_alternate_spelling_abroad_yields_to_the_place_after_the_comma(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Two men were killed in a clash between rival groups in Raipura, Narsingdi on Friday."
    [event] = extract(text).events
    assert (event.location, event.country) == ("Narsingdi", "Bangladesh")
    assert "unresolved_place:Raipura" in event.tags


def test_a_town_by_its_own_name_before_a_comma_is_kept(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Two men were killed in a clash between rival groups in Raipur, Chhattisgarh on Friday."
    [event] = extract(text).events
    assert (event.location, event.country) == ("Raipur", "India")


def test_a_town_that_names_a_gulf_is_not_the_scene(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Houthi forces attacked a merchant vessel in the Gulf of Aden on Wednesday."
    assert located(extract, text) == [None]
    text = "Houthi forces attacked a merchant vessel in the port of Aden on Wednesday."
    assert located(extract, text) == ["Aden"]
