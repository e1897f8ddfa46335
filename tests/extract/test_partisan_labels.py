"""State and partisan media's labels and formulas: the actor a loaded label denotes, kept
as its framing tag; the civil authority of a region under martial law; aircraft that
bombed; an act only planned (actors.yaml, actors.py, armed_strikes.py, modality.py)."""

from collections.abc import Callable

from sitrep.extract.actors import ActorDictionary
from sitrep.model import Event

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
Extracted = Callable[[str], list[Event]]

ISWAP = "Islamic State (West Africa)"
NIGERIA = "Military Forces of Nigeria (2023-)"
SNA = "JWS: Syrian National Army"
SDF = "QSD: Syrian Democratic Forces"
RUSSIA = "Military Forces of Russia (2000-)"
TURKEY = "Military Forces of Turkey (2016-)"


def test_soldiers_of_the_caliphate_are_the_claiming_branch(extracted: Extracted) -> None:
    events = extracted(
        "Soldiers of the Caliphate detonated an explosive device on a patrol of the apostate "
        "Nigerian army near Damasak in Borno on Monday."
    )
    assert [(e.actor1, e.actor2) for e in events] == [(ISWAP, NIGERIA)]
    assert "framing:caliphate" in events[0].tags


def test_turkish_backed_mercenaries_are_the_sna(extracted: Extracted) -> None:
    events = extracted(
        "The SDF said its fighters repelled an attack by Turkish-backed mercenaries on the "
        "village of Tal Shamiram near Tal Tamr on Sunday."
    )
    assert {e.actor1 for e in events} | {e.actor2 for e in events} == {SNA, SDF}
    assert "framing:mercenaries" in events[0].tags


def test_the_american_british_aggression_is_the_us_military(extracted: Extracted) -> None:
    events = extracted(
        "The American-British aggression launched three air strikes on the Ras Issa port in "
        "Hodeidah governorate on Friday, Saba reported."
    )
    assert events
    assert events[0].actor1 is not None
    assert events[0].actor1.startswith("Military Forces of the United States")
    assert "framing:aggression" in events[0].tags


def test_a_regional_military_administration_is_no_side(coded: Coded) -> None:
    told = coded(
        "Russian forces struck the centre of Kupiansk with a guided aerial bomb on Saturday, "
        "killing three residents, the head of the regional military administration said."
    )
    assert told == [("Air/drone strike", RUSSIA, "Civilians (Ukraine)")]


def test_helicopters_that_bombed_struck_from_the_air(coded: Coded) -> None:
    told = coded("Turkish helicopters bombed PKK hideouts in the Zap region of northern Iraq.")
    assert told == [("Air/drone strike", TURKEY, "PKK: Kurdistan Workers Party")]


def test_militants_that_bombed_planted_a_bomb(coded: Coded) -> None:
    told = coded("Militants bombed a police post in Baquba, Diyala province, on Thursday.")
    assert [sub for sub, _, _ in told] == ["Remote explosive/landmine/IED"]


def test_an_air_operation_is_an_air_strike(coded: Coded) -> None:
    told = coded(
        "The Turkish Defence Ministry said on Tuesday that six PKK terrorists were "
        "neutralised in an air operation in the Zap region of northern Iraq."
    )
    assert told == [("Air/drone strike", TURKEY, "PKK: Kurdistan Workers Party")]


def test_a_strike_only_planned_is_no_event(coded: Coded) -> None:
    told = coded("The ministry said an air strike is planned against PKK hideouts in Zap.")
    assert told == []


def test_a_nationality_on_the_aggression_names_no_country(dictionary: ActorDictionary) -> None:
    assert dictionary.country_named("The American-British aggression struck Ras Issa.") is None
    assert dictionary.country_named("The Russian occupiers shelled Kupiansk.") is None
    assert dictionary.country_named("The Russian army shelled Kupiansk.") == "Russia"


def test_unmanned_aerial_vehicles_downed_are_disrupted_weapons(coded: Coded) -> None:
    told = coded(
        "Russian air defence systems intercepted and destroyed 23 Ukrainian unmanned aerial "
        "vehicles over Bryansk region overnight."
    )
    assert told == [("Disrupted weapons use", RUSSIA, "Military Forces of Ukraine (2019-)")]


def test_armoured_vehicles_destroyed_are_no_downed_craft(coded: Coded) -> None:
    told = coded("Troops destroyed two armoured vehicles over the bridge near Bakhmut.")
    assert [sub for sub, _, _ in told] != ["Disrupted weapons use"]


def test_the_subject_raided_before_it_burned(coded: Coded) -> None:
    told = coded(
        "Junta troops torched more than 200 houses in Nyaung Pin village in Sagaing Region "
        "on Tuesday after raiding it. Three villagers were shot dead."
    )
    assert told == [("Attack", "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)")]


def test_a_gerund_with_a_doer_of_its_own_keeps_it(coded: Coded) -> None:
    told = coded(
        "An opposition fighter succumbed to an injury received during regime targeting, "
        "probably shelling, on the western countryside of Idlib."
    )
    assert [sub for sub, _, _ in told] == ["Shelling/artillery/missile attack"]
    assert [(a1 or "").startswith("Military Forces of Syria") for _, a1, _ in told] == [True]
