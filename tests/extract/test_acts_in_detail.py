"""An act told again in detail right after it, with nothing new, is the same act."""

from collections.abc import Callable
from datetime import date

from sitrep.model import Event

PublishedOn = Callable[[str, date | None], list[Event]]
DAY = date(2026, 6, 8)


def _coded(published_on: PublishedOn, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in published_on(text, DAY)]


def test_a_burning_told_after_the_killing_is_the_same_attack(published_on):
    text = (
        "Militants linked to the Islamic State killed four farmers in Mocimboa da Praia in "
        "Cabo Delgado province on Saturday. The gunmen came on motorcycles and burned about "
        "30 homes before they fled into the bush."
    )
    assert _coded(published_on, text) == [
        ("Attack", "Islamic State (Mozambique)", "Civilians (Mozambique)")
    ]


def test_a_bomb_told_as_how_an_assault_began_is_the_assault(published_on):
    text = (
        "Al-Shabaab militants attacked a military base in Jowhar in Somalia's Middle "
        "Shabelle region on Friday. The fighters detonated a car bomb at the gate before "
        "storming the base."
    )
    assert [c[0] for c in _coded(published_on, text)] == ["Armed clash"]


def test_an_act_at_a_place_of_its_own_is_another_act(published_on):
    text = (
        "Al-Shabaab militants attacked a military base in Jowhar in Somalia's Middle "
        "Shabelle region on Friday. On Sunday, the fighters detonated a roadside bomb in "
        "Baidoa."
    )
    assert [c[0] for c in _coded(published_on, text)] == [
        "Armed clash",
        "Remote explosive/landmine/IED",
    ]


def test_an_attack_on_another_village_of_the_region_is_another_act(published_on):
    text = (
        "Gunmen killed five villagers in the village of Dankolo in Niger's Tillaberi region "
        "on Monday. The gunmen later attacked the nearby village of Sanam Koira, burning "
        "about 20 homes."
    )
    assert [c[0] for c in _coded(published_on, text)] == ["Attack", "Attack"]


def test_the_killing_told_again_in_detail_is_the_same_attack(published_on):
    text = (
        "Suspected jihadists killed nine civilians in an attack on the village of Tinkoara "
        "in Burkina Faso's Centre-Nord region on Sunday. The assailants arrived on "
        "motorbikes, rounded up the men and shot them. Two days later, soldiers repelled an "
        "attack on the town of Bourzanga."
    )
    assert [c[0] for c in _coded(published_on, text)] == ["Attack", "Armed clash"]


def test_an_act_by_a_side_named_anew_is_its_own(published_on):
    text = (
        "Al-Shabaab militants attacked a military base in Jowhar in Somalia's Middle "
        "Shabelle region on Friday. Al-Shabaab also detonated a car bomb at the gate."
    )
    assert [c[0] for c in _coded(published_on, text)] == [
        "Armed clash",
        "Remote explosive/landmine/IED",
    ]


def test_a_target_named_again_in_a_passive_tells_the_same_ambush(published_on):
    text = (
        "Suspected jihadists killed seven soldiers in an ambush on an army convoy near Douentza "
        "in Mali's Mopti region on Sunday, the army said. The convoy was hit by a roadside bomb "
        "and then came under heavy fire, the statement said."
    )
    assert _coded(published_on, text) == [
        ("Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")
    ]


def test_a_bomb_hitting_an_army_convoy_is_no_act_of_the_army(published_on):
    text = (
        "Jihadists ambushed an army convoy near Douentza in Mali's Mopti region on Sunday. "
        "Two days later the convoy was hit by a roadside bomb near Boni."
    )
    assert _coded(published_on, text) == [
        ("Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)"),
        (
            "Remote explosive/landmine/IED",
            "Unidentified Armed Group (Mali)",
            "Military Forces of Mali (2021-)",
        ),
    ]


def test_a_new_target_hit_after_an_attack_is_another_act(published_on):
    text = (
        "Gunmen attacked a bus near Douentza in Mali's Mopti region on Sunday. A police patrol "
        "was hit by a roadside bomb."
    )
    assert _coded(published_on, text) == [
        ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
        (
            "Remote explosive/landmine/IED",
            "Unidentified Armed Group (Mali)",
            "Police Forces of Mali (2021-)",
        ),
    ]
