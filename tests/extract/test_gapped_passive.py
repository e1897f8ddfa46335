"""A participle joined to a passive verb shares its voice: in "a civilian was killed and
several policemen wounded", the policemen were hurt, they hurt no one."""

import spacy

from sitrep.annotate import DEFAULT_MODEL
from sitrep.extract.arguments import gapped_passive


def test_the_subject_of_a_gapped_passive_is_hurt_not_the_attacker(coded):
    text = (
        "On 3 May 2024, a civilian was killed and several policemen wounded when al-Shabaab "
        "militants attacked a police post in Mandera, Kenya."
    )
    assert [c[1] for c in coded(text)] == ["Al Shabaab"]


def test_a_joined_verb_with_its_own_object_is_active():
    nlp = spacy.load(DEFAULT_MODEL)
    gapped = nlp("A civilian was killed and several policemen wounded.")
    active = nlp("Five people were killed and police arrested two suspects.")
    assert [t.text for t in gapped if gapped_passive(t)] == ["wounded"]
    assert [t.text for t in active if gapped_passive(t)] == []
