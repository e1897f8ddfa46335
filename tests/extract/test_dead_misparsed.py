"""Deaths the parser hides (sentences written for these tests): a victim told 'to death' as the
subject of an unknown verb, a killing word parsed as a modifier of its counted victims, a death
caused and owned by a pronoun, victims in an absolute 'with' phrase, numbers that sit on the
modifiers of the victims' noun, and a further group joined to the noun a killing clause is on."""

import pytest

from sitrep.extract.quantities import fatalities


def _count(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    found = fatalities(next(nlp(text).sents))
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("3 farmers macheted to death by raiders.", 3),
        ("The bombardment led to the killing 2 civilians.", 2),
        ("Villagers on lynched three suspected thieves at the market.", 3),
        ("A drone targeted a shepherd near the town, which led to his death.", 1),
        ("Rebels seized the hill with 15 soldiers reported killed.", 15),
        ("The fighting left at least 7 army and 5 militia fighters dead.", 12),
        ("The army carried out a raid that killed a rebel commander and two of his guards.", 3),
    ],
)
def test_deaths_the_parse_hides(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "His death sparked protests in the town.",
        "Police arrested 4 suspects with 2 rifles reported stolen.",
        "The killing spree shocked the town.",
    ],
)
def test_no_death_counted_here(nlp, sentence):  # type: ignore[no-untyped-def]
    assert not _count(nlp, sentence)


def test_a_pronoun_beside_a_named_victim_is_that_victim(nlp):  # type: ignore[no-untyped-def]
    text = "Troops killed one of the rebel leaders, Abu Omar; he was killed near the border."
    assert _count(nlp, text) == 1
