"""A common noun a named actor is called by in its own country's news ("settlers" are Israel's
settlers, "joint forces" Yemen's National Resistance Forces) names it only in a report about
that country, or one whose country is unknown; written with capitals or not."""

import pytest

from sitrep.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _names(actors: ActorDictionary, text: str, country: str | None) -> list[str]:
    return [m.actor.name for m in actors.find(text, country=country)]


def test_settlers_are_israel_s_only_in_its_news(actors):
    text = "Settlers burned the homes of herders."
    assert _names(actors, text, "Palestine") == ["Settlers (Israel)", "Civilians (Palestine)"]
    assert _names(actors, text, "Kenya") == ["Civilians (Kenya)"]


@pytest.mark.parametrize("words", ["joint forces", "Joint Forces", "Joint forces"])
def test_joint_forces_are_yemen_s_only_in_its_news(actors, words):
    text = f"{words} killed ten bandits."
    assert _names(actors, text, "Yemen")[0] == "National Resistance Forces"
    assert "National Resistance Forces" not in _names(actors, text, "Nigeria")


def test_a_proper_name_is_the_actor_everywhere(actors):
    text = "Houthi fighters attacked a ship."
    houthis = "Military Forces of Yemen (2016-) Supreme Political Council"
    assert _names(actors, text, "Eritrea") == [houthis]
