"""Typing rules: who acts on whom decides the ACLED sub-event type."""

import pytest

from sitrep.extract.classify import Situation, classify
from sitrep.taxonomy import SubEventType as S

STATE, REBEL, MILITIA, RIOTERS, PROTESTERS, CIVILIANS = 1, 2, 3, 5, 6, 7


@pytest.mark.parametrize(
    ("cues", "inter1", "inter2", "fatal", "expected"),
    [
        ({"fight"}, REBEL, STATE, False, S.ARMED_CLASH),
        ({"attack"}, MILITIA, CIVILIANS, True, S.ATTACK),
        ({"attack"}, MILITIA, STATE, True, S.ARMED_CLASH),
        ({"attack"}, RIOTERS, CIVILIANS, True, S.MOB_VIOLENCE),
        ({"air_strike"}, STATE, None, True, S.AIR_DRONE_STRIKE),
        ({"shelling", "fight"}, STATE, REBEL, False, S.ARMED_CLASH),
        ({"explosive"}, None, STATE, True, S.REMOTE_EXPLOSIVE),
        ({"suicide_bomb", "explosive"}, REBEL, None, True, S.SUICIDE_BOMB),
        ({"capture", "fight"}, STATE, REBEL, False, S.GOVERNMENT_REGAINS_TERRITORY),
        ({"capture"}, REBEL, STATE, False, S.NON_STATE_OVERTAKES_TERRITORY),
        ({"withdraw"}, REBEL, None, False, S.NON_VIOLENT_TRANSFER),
        ({"protest"}, PROTESTERS, None, False, S.PEACEFUL_PROTEST),
        ({"protest", "intervention"}, STATE, PROTESTERS, False, S.PROTEST_WITH_INTERVENTION),
        ({"protest", "attack"}, STATE, PROTESTERS, True, S.EXCESSIVE_FORCE),
        ({"protest", "riot"}, PROTESTERS, STATE, False, S.VIOLENT_DEMONSTRATION),
        # demonstrators who clash make the demonstration violent, whoever is named first
        ({"protest", "fight"}, STATE, PROTESTERS, False, S.VIOLENT_DEMONSTRATION),
        ({"protest", "fight", "intervention"}, STATE, None, False, S.VIOLENT_DEMONSTRATION),
        ({"abduction", "attack"}, REBEL, CIVILIANS, False, S.ABDUCTION),
        ({"arrest"}, STATE, CIVILIANS, False, S.ARRESTS),
        ({"arrest"}, REBEL, CIVILIANS, False, S.ABDUCTION),  # only the state arrests
        ({"agreement"}, STATE, REBEL, False, S.AGREEMENT),
        ({"riot"}, RIOTERS, STATE, False, S.VIOLENT_DEMONSTRATION),
        ({"riot"}, RIOTERS, None, False, S.VIOLENT_DEMONSTRATION),
        ({"riot", "attack"}, RIOTERS, CIVILIANS, True, S.MOB_VIOLENCE),
        ({"arrest"}, STATE, PROTESTERS, False, S.ARRESTS),
        ({"arrest", "protest"}, STATE, PROTESTERS, False, S.PROTEST_WITH_INTERVENTION),
    ],
)
def test_classify_by_cues_and_actor_types(cues, inter1, inter2, fatal, expected):
    situation = Situation(cues=frozenset(cues), inter1=inter1, inter2=inter2, fatal=fatal)
    assert classify(situation) == expected


def test_a_siege_word_alone_makes_no_event():
    assert classify(Situation(cues=frozenset({"siege"}))) is None


def test_a_crowd_attacking_a_man_is_mob_violence():
    situation = Situation(cues=frozenset({"attack"}), inter2=CIVILIANS, mob=True)
    assert classify(situation) == S.MOB_VIOLENCE


def test_withdrawal_without_fighting_is_a_non_violent_transfer_even_when_others_take_over():
    situation = Situation(cues=frozenset({"withdraw", "capture"}), inter1=REBEL)
    assert classify(situation) == S.NON_VIOLENT_TRANSFER


def test_killing_captives_is_violence_against_civilians():
    situation = Situation(
        cues=frozenset({"attack"}), inter1=REBEL, inter2=STATE, fatal=True, captive_victims=True
    )
    assert classify(situation) == S.ATTACK


def test_an_attack_on_a_checkpoint_is_a_clash_even_without_a_named_target():
    situation = Situation(cues=frozenset({"attack"}), inter1=REBEL, armed_target=True)
    assert classify(situation) == S.ARMED_CLASH


def test_a_crowd_of_residents_beating_police_is_mob_violence():
    situation = Situation(cues=frozenset({"attack"}), inter1=CIVILIANS, inter2=STATE)
    assert classify(situation) == S.MOB_VIOLENCE


def test_rioters_at_a_demonstration_make_it_violent():
    situation = Situation(cues=frozenset({"protest"}), inter1=RIOTERS)
    assert classify(situation) == S.VIOLENT_DEMONSTRATION


def test_violence_by_hand_from_an_unnamed_group_is_mob_violence() -> None:
    beating = Situation(cues=frozenset({"attack"}), inter1=3, inter2=7, by_hand=True)
    assert classify(beating) == S.ATTACK  # a named armed group beating someone attacks
    unnamed = Situation(
        cues=frozenset({"attack"}), inter1=3, inter2=7, by_hand=True, unnamed_agent=True
    )
    assert classify(unnamed) == S.MOB_VIOLENCE


def test_one_person_attacking_is_no_mob() -> None:
    crowd = Situation(cues=frozenset({"attack"}), inter1=7, inter2=7, fatal=True)
    assert classify(crowd) == S.MOB_VIOLENCE
    lone = Situation(cues=frozenset({"attack"}), inter1=7, inter2=7, fatal=True, lone_agent=True)
    assert classify(lone) == S.ATTACK
