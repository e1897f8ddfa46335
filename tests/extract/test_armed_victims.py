"""Killing or attacking someone who bears arms is a clash; an off-duty or former member of the
forces is a civilian."""

import pytest

from sitrep.extract.classify import Situation, classify
from sitrep.taxonomy import SubEventType as S

GUNMEN = "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a ranger near Garissa.", ("Armed clash", GUNMEN, None)),
        ("Gunmen killed commander Ali Omar in Garissa.", ("Armed clash", GUNMEN, None)),
        ("Two bodyguards were shot dead by gunmen in Garissa.", ("Armed clash", GUNMEN, None)),
        ("Gunmen shot dead a teacher in Garissa.", ("Attack", GUNMEN, "Civilians (Kenya)")),
        (
            "Gunmen shot dead a former police officer in Garissa.",
            ("Attack", GUNMEN, "Civilians (Kenya)"),
        ),
    ],
)
def test_the_targets_arms_decide_clash_or_attack(coded, text, expected):
    assert coded(text) == [expected]


def test_an_armed_victim_makes_a_one_sided_attack_a_clash():
    attack = Situation(cues=frozenset({"attack"}), inter1=2)
    assert classify(attack) == S.ATTACK
    assert classify(Situation(cues=frozenset({"attack"}), inter1=2, armed_victim=True)) == (
        S.ARMED_CLASH
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a police officer (off-duty) in Garissa, Kenya.",
        "Gunmen fired at an off-duty Administration Police officer in Garissa, Kenya.",
    ],
)
def test_a_force_said_off_duty_anywhere_in_its_phrase_is_a_civilian(coded, text):
    assert [(c[0], c[2]) for c in coded(text)] == [("Attack", "Civilians (Kenya)")]


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead two NDS members in Herat, Afghanistan.",
        "Gunmen killed three 4th Armored Division members near Daraa, Syria.",
    ],
)
def test_members_of_a_force_unit_bear_arms(coded, text):
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_people_taken_hostage_do_not_make_the_killed_captives(coded):
    text = (
        "Two soldiers were killed and four were taken as hostages after Taliban militants "
        "attacked a checkpoint in Uruzgan, Afghanistan."
    )
    assert [c[0] for c in coded(text)][:1] == ["Armed clash"]


def test_hostages_killed_are_attacked(coded):
    text = "Islamic State militants executed two hostages near Raqqa, Syria."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_a_side_fought_that_bears_arms_makes_a_clash(coded):
    text = "Soldiers battled Pokot warriors after an attack against Luhya farmers in Kenya."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_a_verb_of_posting_is_no_armed_post(coded):
    text = (
        "Four council employees attacked a whistleblower at his house in Nagpur over posting "
        "on Facebook."
    )
    assert "Armed clash" not in [c[0] for c in coded(text)]


def test_armed_men_among_the_victims_make_a_clash(coded):
    text = (
        "On 8 March 2021, a civilian and his two bodyguards were killed in an attack by "
        "unknown gunmen in Kabul city."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_armed_men_hurt_beside_the_dead_make_a_clash(coded):
    text = (
        "On 9 June 2023, a trader was killed and two soldiers wounded when militants attacked "
        "a checkpoint near Garissa, Kenya."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_civilians_hurt_beside_the_dead_stay_an_attack(coded):
    text = (
        "On 9 June 2023, a trader was killed and two farmers wounded when gunmen attacked a "
        "market near Garissa, Kenya."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]
