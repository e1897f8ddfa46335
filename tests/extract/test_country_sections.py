"""A roundup's items each tell of their own country (`sitrep.extract.country_sections`)."""

from collections.abc import Callable
from datetime import date

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.country_sections import country_sections, section_at
from sitrep.model import Document, Event
from sitrep.pipeline import Extractor, Result, run_extraction

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
Extracted = Callable[[str], list[Event]]

ROUNDUP = (
    "Sahel weekly roundup\n\n"
    "Burkina Faso: On 12 March, JNIM militants attacked a gendarmerie post in Titao, "
    "killing four gendarmes.\n\n"
    "Mali: On 14 March, the army arrested ten suspects in Bandiagara.\n\n"
    "Niger: On 13 March, gunmen killed two herders near Banibangou."
)


def test_items_led_by_a_country_heading(dictionary: ActorDictionary) -> None:
    sections = country_sections(ROUNDUP, dictionary.country_called)
    assert [s.country for s in sections] == ["Burkina Faso", "Mali", "Niger"]
    mali = sections[1]
    assert ROUNDUP[mali.start : mali.end] == (
        "Mali: On 14 March, the army arrested ten suspects in Bandiagara."
    )


def test_bullets_lead_ins_and_lines_of_their_own(dictionary: ActorDictionary) -> None:
    text = (
        "- Kenya: Police dispersed traders in Eldoret.\n"
        "- DRC: Rebels attacked a camp.\n\n"
        "Sudan\n\n"
        "Fighting went on in El Fasher. In Chad, soldiers clashed with rebels."
    )
    sections = country_sections(text, dictionary.country_called)
    assert [s.country for s in sections] == [
        "Kenya", "Democratic Republic of Congo", "Sudan", "Chad",
    ]  # fmt: skip
    assert section_at(sections, text.index("Fighting")) == sections[2]
    assert text[sections[3].start :].startswith("In Chad,")


def test_no_section_without_a_country_lead(dictionary: ActorDictionary) -> None:
    text = (
        "Syrian Observatory: shelling hit the town.\n\n"
        "Police: two men were arrested.\n\n"
        "In March, gunmen attacked a bus."
    )
    assert country_sections(text, dictionary.country_called) == ()
    one_country = "Local news\n\nIn Georgia, police arrested two men after a shooting in Macon."
    assert country_sections(one_country, dictionary.country_called) == ()


def test_generic_actors_take_their_items_country(coded: Coded) -> None:
    assert coded(ROUNDUP) == [
        (
            "Armed clash",
            "JNIM: Group for Support of Islam and Muslims",
            "Military Forces of Burkina Faso (2022-)",
        ),
        ("Arrests", "Military Forces of Mali (2021-)", "Civilians (Mali)"),
        ("Attack", "Unidentified Armed Group (Niger)", "Civilians (Niger)"),
    ]


def test_an_items_unplaced_event_stays_in_its_country(extracted: Extracted) -> None:
    text = (
        "Weekly brief\n\n"
        "Cameroon: On 26 October, separatist fighters abducted a teacher in Kumbo.\n\n"
        "Nigeria: On 28 October, police arrested two suspects."
    )
    arrest = extracted(text)[-1]
    assert (arrest.actor1, arrest.country, arrest.location) == (
        "Police Forces of Nigeria (2023-)", "Nigeria", "Nigeria",
    )  # fmt: skip


def test_a_report_on_one_country_is_read_as_before(coded: Coded) -> None:
    text = "On 12 March, the army arrested ten suspects in Bandiagara. Mali is at war."
    assert coded(text) == [("Arrests", "Military Forces of Mali (2021-)", "Civilians (Mali)")]


def test_one_items_events_never_merge_with_anothers(coded: Coded) -> None:
    text = (
        "Live updates\n\n"
        "09:15 - Kenya: Police fired tear gas at protesters in Kisumu.\n"
        "10:02 - Uganda: Police arrested 14 opposition supporters in Masaka."
    )
    assert coded(text) == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)"),
        ("Arrests", "Police Forces of Uganda (1986-)", "Civilians (Uganda)"),
    ]


def test_a_country_line_heads_the_lines_below_it(coded: Coded) -> None:
    text = (
        "Weekly digest\n\n"
        "DRC\n"
        "On 6 October, ADF fighters killed nine civilians in Beni.\n\n"
        "Burundi\n"
        "On 7 October, police arrested a journalist in Bujumbura."
    )
    assert coded(text)[-1] == ("Arrests", "Police Forces of Burundi (2005-)", "Civilians (Burundi)")


def test_one_items_protest_is_no_setting_for_anothers_attack(coded: Coded) -> None:
    attack = (
        "Kenya: On 14 April, the army repelled an attack on its camp in Mandera. "
        "Twelve assailants were killed."
    )
    protest = "Uganda: On 15 April, traders protested in Masaka against new taxes."
    assert coded(f"Weekly brief\n\n{attack}\n\n{protest}") == [
        ("Armed clash", "Unidentified Armed Group (Kenya)", "Military Forces of Kenya (2022-)"),
        ("Peaceful protest", "Protesters (Uganda)", None),
    ]
    # the same protest told in the attack's own item is still its setting
    assert coded(f"{attack} Traders protested in Mandera.")[0][0] != "Armed clash"


def test_leads_with_a_region_a_full_stop_or_a_side(dictionary: ActorDictionary) -> None:
    text = (
        "- Ethiopia (Amhara): Fano fighters entered Debre Tabor.\n"
        "- Sudan - Darfur: RSF fighters looted Kutum.\n\n"
        "Cameroon. On 19 January, separatists burned a school.\n\n"
        "Gunmen attacked a bus. In neighbouring Chad, soldiers clashed with rebels. "
        "In Niger's Dosso region, gunmen abducted a councillor."
    )
    sections = country_sections(text, dictionary.country_called)
    assert [s.country for s in sections] == ["Ethiopia", "Sudan", "Cameroon", "Chad", "Niger"]
    assert text[sections[1].start : sections[1].lead_end] == "- Sudan - Darfur: "


def test_an_incident_logs_datelines_are_its_items_places(extracted: Extracted) -> None:
    log = (
        "Security incidents log\n\n"
        "MOGADISHU, 5 May - A roadside bomb struck an army truck in the Hawl Wadag district, "
        "killing two soldiers.\n\n"
        "KISMAYO, 8 May - Police arrested three men suspected of planning an attack."
    )
    assert [e.admin1 for e in extracted(log)] == ["Banaadir", "Lower Juba"]
    # one dateline is a story's, not a log's: no section
    assert country_sections(log.split("\n\n", 2)[1], lambda _: None, lambda _: "Somalia") == ()


def test_a_leads_country_is_no_scene(extracted: Extracted) -> None:
    text = (
        "Weekly roundup\n\n"
        "In Nigeria, bandits abducted 25 villagers in Kaduna State on 27 January.\n\n"
        "In Niger, on 29 January, gunmen killed three herders."
    )
    assert [(e.country, e.location, e.geo_precision) for e in extracted(text)] == [
        ("Nigeria", "Kaduna", 3),
        ("Niger", "Niger", 3),
    ]


def test_a_roundups_overview_is_no_event(coded: Coded) -> None:
    items = (
        "In Mali, gunmen killed four villagers in the Segou region on 15 September. "
        "In Niger, gunmen abducted a councillor in the Dosso region on 17 September."
    )
    overview = "Militants kept up attacks across the region. "
    assert coded(overview + items) == [
        ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
        ("Abduction/forced disappearance", "Unidentified Armed Group (Niger)", "Civilians (Niger)"),
    ]
    # an opening act with its own day is an event, before the items or not
    dated = "On 14 September, militants attacked a bus near Mopti. "
    assert len(coded(dated + items)) == 3


def test_an_items_day_stays_in_its_item() -> None:
    text = (
        "Weekly brief\n\n"
        "Mali: On 12 March, gunmen killed three villagers near Bandiagara.\n\n"
        "Niger: Soldiers clashed with militants near Ayorou.\n\n"
        "Chad: Two days later, soldiers clashed with rebels near Faya."
    )
    document = Document(doc_id="t", text=text, published=date(2026, 3, 20))
    extractor = Extractor.load()
    try:
        (result,) = list(run_extraction(extractor, [document]))
    finally:
        extractor.close()
    assert isinstance(result, Result)
    assert [(e.date_start, e.date_end) for e in result.events] == [
        ("2026-03-12", "2026-03-12"),
        ("2026-03-14", "2026-03-20"),  # the report's week: Mali's day does not carry over
        ("2026-03-14", "2026-03-14"),  # counted on from the last day told
    ]
