"""Who the other side is decides clash or attack: people fought ('clashed with a group of
people') are a side of a clash unless the sentence tells an attack on them; captives taken
during an attack on armed men do not make the killed men captives."""

from sitrep.extract.classify import Situation, classify
from sitrep.taxonomy import SubEventType as S


def test_a_fight_with_people_is_a_clash_unless_they_are_attacked():
    fight = Situation(cues=frozenset({"fight"}), inter1=1, inter2=7)
    assert classify(fight) == S.ARMED_CLASH
    attacked = Situation(cues=frozenset({"fight", "attack"}), inter1=1, inter2=7)
    assert classify(attacked) == S.ATTACK


def test_people_fought_by_police_are_a_side(coded):
    text = "Police clashed with a group of people who had blocked a road near Kisii, Kenya."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_abducting_during_an_attack_on_a_police_post_is_a_clash(coded):
    text = (
        "Raiders attacked a police post near Baringo, Kenya, killing a police officer and "
        "abducting two others."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_hostages_killed_are_attacked(coded):
    text = "Militants killed two hostages near Baringo, Kenya."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_harm_told_in_a_fight_is_no_attack_on_a_side():
    hurt = Situation(cues=frozenset({"fight", "attack"}), inter1=1, inter2=7, attack_told=False)
    assert classify(hurt) == S.ARMED_CLASH


def test_civilians_killed_when_two_named_forces_exchange_fire_are_bystanders(coded):
    text = (
        "On 2 May 2021, military forces of India and Pakistan exchanged fire across the LoC "
        "near Kotli, in which two civilians were killed."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_a_killing_told_as_a_fights_outcome_is_no_attack_of_its_own(coded):
    text = "Local militiamen fought with and killed three herders near Moroto, Uganda."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_an_encounter_with_militants_is_a_clash(coded):
    text = "Police killed two suspects in an encounter in Pulwama, Jammu and Kashmir."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_a_fight_named_by_the_kind_of_its_sides_is_still_a_fight(coded):
    assert [c[0] for c in coded("At least four people were killed in tribal clashes.")] == [
        "Armed clash"
    ]


def test_a_side_named_only_in_an_accusation_takes_no_part(coded):
    text = (
        "Militants shot dead a shopkeeper in Mosul, Iraq, whom they accused of being an "
        "informant for the Iraqi army."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]
