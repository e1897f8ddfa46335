"""A nationality on the bare word 'forces' names that state's military ("Azerbaijani forces
opened fire"), as the states' own aliases do where they have them; 'forces' alone or after a
word that is no nationality names no one."""

import pytest

from sitrep.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Azerbaijani forces opened fire on the village.", "Military Forces of Azerbaijan"),
        ("Armenian forces returned fire.", "Military Forces of Armenia"),
    ],
)
def test_a_nationality_on_forces_names_its_military(actors, text, name):
    (mention,) = actors.find(text, country=None)
    assert mention.actor.name.startswith(name)
    assert mention.kind == "military"
    assert text[mention.span.start : mention.span.end].endswith("forces")


@pytest.mark.parametrize(
    "text",
    ["The forces opened fire on the village.", "Rebel forces opened fire on the village."],
)
def test_forces_without_a_nationality_name_no_military(actors, text):
    assert all(m.kind != "military" for m in actors.find(text, country=None))


def test_a_states_own_alias_still_wins(actors):
    (mention,) = actors.find("Turkish forces shelled the village.", country=None)
    assert mention.actor.name.startswith("Military Forces of Turkey")


def test_a_nationality_on_units_names_its_military(actors):
    (mention,) = actors.find("Russian units withdrew from the village.", country=None)
    assert mention.actor.name.startswith("Military Forces of Russia")


def test_a_nationality_serving_under_another_army_is_not_that_army(actors):
    mentions = actors.find("Palestinian forces fired at the checkpoint.", country=None)
    assert all("Israel" not in m.actor.name for m in mentions)


def test_its_forces_after_a_country_are_its_military(actors):
    text = "Russia's Defence Ministry said its forces had taken the village."
    (mention,) = actors.find(text, country=None)
    assert mention.actor.name.startswith("Military Forces of Russia")


def test_its_forces_after_no_country_stay_a_group(actors):
    (mention,) = actors.find("The ministry said its forces had taken the village.", country=None)
    assert not mention.actor.name.startswith("Military Forces")


def test_a_nations_forces_abroad_are_external_forces(actors):
    (mention,) = actors.find("Azerbaijani forces opened fire.", country="Armenia")
    assert mention.actor.inter == 8
    (mention,) = actors.find("Azerbaijani forces opened fire.", country="Azerbaijan")
    assert mention.actor.inter == 1
