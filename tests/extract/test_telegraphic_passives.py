"""Passives told without their auxiliary ('Farmer stabbed by unknown attackers'), the noun a
passive participle hangs on ('KANU aspirant stabbed near a church') and the subject of a
passive gerund of time ('escaped after being ambushed') are whom the act befell."""

import spacy

from sitrep.annotate import DEFAULT_MODEL
from sitrep.extract.actors import _harmed
from sitrep.extract.telegraphic_passives import (
    doer_of_a_passive,
    headline_passive,
    misread_headline_verb,
)

KENYAN_ATTACK = [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_a_headline_passive_names_its_doer_with_by(coded):
    assert coded("On 4 May 2021, two traders shot dead by gunmen in Kaduna town (Nigeria).") == [
        ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    ]


def test_a_stranded_preposition_makes_it_passive(coded):
    text = "On 4 May 2021, trader shot at by unknown men near Voi (Kenya)."
    assert coded(text) == KENYAN_ATTACK


def test_a_verb_that_needs_an_object_and_has_none_is_passive(coded):
    text = "On 4 May 2021, a boy beheaded near the river in Garsen (Kenya)."
    assert coded(text) == KENYAN_ATTACK


def test_a_party_man_under_a_passive_participle_is_its_civilian_victim(coded):
    text = "On 4 May 2007, KANU aspirant stabbed near a church in Kakamega (Kenya)."
    assert coded(text) == KENYAN_ATTACK


def test_the_subject_of_a_passive_gerund_of_time_was_attacked(coded):
    text = "On 9 August 2019, soldiers fled after being ambushed near Bulo Marer (Somalia)."
    sides = ("Unidentified Armed Group (Somalia)", "Military Forces of Somalia (2017-2022)")
    assert coded(text) == [("Armed clash", *sides)]


def test_an_active_verb_with_its_object_keeps_its_subject(coded):
    assert coded("On 4 May 2021, gunmen shot and killed a trader in Kano (Nigeria).") == [
        ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    ]


def test_only_objectless_harm_verbs_read_as_headline_passives():
    nlp = spacy.load(DEFAULT_MODEL)
    passive = nlp("Farmer stabbed in his maize field by unknown attackers.")
    shared = nlp("Gunmen shot and killed a trader in Kano.")
    aimed = nlp("The militia targeted with rockets several farms east of the river.")
    active = nlp("Rebels attacked at dawn near the river.")
    assert [t.text for t in passive if headline_passive(t)] == ["stabbed"]
    assert [t.text for t in shared if headline_passive(t)] == []
    assert [t.text for t in aimed if headline_passive(t)] == []
    assert [t.text for t in active if headline_passive(t)] == []


def test_a_withdrawal_after_being_ambushed_is_the_ambush(coded):
    text = "On 9 August 2019, troops withdrew from the camp after being ambushed by al-Shabaab."
    assert coded(text) == [("Armed clash", "Al Shabaab", "Military Forces of Somalia (2017-2022)")]


def test_a_withdrawal_after_their_own_ambush_stays_theirs(coded):
    text = "On 9 August 2019, al-Shabaab withdrew from the camp after ambushing troops."
    assert [c[1] for c in coded(text)] == ["Al Shabaab"]


def test_a_headline_verb_read_as_a_noun_still_tells_who_attacked(coded):
    text = "On 3 March 2012, fishermen with MRC attack police at Vipingo (Kenya)."
    assert coded(text) == [
        ("Armed clash", "MRC: Mombasa Republican Council", "Police Forces of Kenya (2002-2013)")
    ]


def test_a_noun_after_its_determiner_is_no_headline_verb():
    nlp = spacy.load(DEFAULT_MODEL)
    doc = nlp("Fishermen with MRC attack police at Vipingo.")
    noun = nlp("An attack police said was planned was foiled in Malindi.")
    assert [t.text for t in doc if misread_headline_verb(t)] == ["attack"]
    assert [t.text for t in noun if misread_headline_verb(t)] == []


def test_the_doer_named_by_the_trigger_word_in_a_by_phrase_acts(coded):
    text = "On 27 February 2017, IS tunnels near Hit were pounded by Iraqi warplanes (Iraq)."
    assert [c[1:] for c in coded(text)] == [
        ("Military Forces of Iraq (2014-2018)", "Islamic State (Iraq)")
    ]


def test_warplanes_that_supported_a_force_are_not_the_doer():
    nlp = spacy.load(DEFAULT_MODEL)
    pounded = nlp("IS tunnels near Hit were pounded by Iraqi warplanes.")
    supported = nlp("Kurdish fighters supported by allied warplanes fought IS.")
    assert [t.text for t in pounded if doer_of_a_passive(t)] == ["warplanes"]
    assert [t.text for t in supported if doer_of_a_passive(t)] == []


def test_a_party_man_who_acts_is_no_victim():
    assert _harmed("KANU aspirant stabbed near a church", 0, 13)
    assert _harmed("a KANU aspirant was shot dead", 2, 15)
    assert not _harmed("KANU aspirants are attacking the board", 0, 14)
    assert not _harmed("KANU aspirants attacked the tallying centre", 0, 14)
