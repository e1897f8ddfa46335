"""An actor listed in several countries (Al Shabaab: Somalia and Kenya) splits its vote for
the report's country: alone it decides nothing, and the report's own clues place it."""

from sitrep.extract.actors import ActorMention
from sitrep.model import Actor, Span
from sitrep.pipeline import document_country


def _mention(name: str, country: str) -> ActorMention:
    actor = Actor(name=name, inter=2, country=country)
    return ActorMention(
        span=Span(start=0, end=3, text=name), actor=actor, kind="armed_group", generic=False
    )


def _homes(name: str) -> frozenset[str]:
    return frozenset({"Somalia", "Kenya"}) if name == "Al Shabaab" else frozenset()


def test_an_actor_of_several_countries_decides_nothing_alone():
    mentions = [_mention("Al Shabaab", "Somalia")]
    assert document_country([], mentions, homes=_homes) is None
    assert document_country([], mentions) == "Somalia"  # without the split: its first home


def test_an_actor_of_one_country_still_votes_whole():
    mentions = [_mention("Al Shabaab", "Somalia"), _mention("Jaysh al-Islam", "Syria")]
    assert document_country([], mentions, homes=_homes) == "Syria"


def test_the_report_s_clues_place_a_shared_actor(coded):
    text = (
        "Al Shabaab militants clashed with police near a chief's camp on Tuesday, the assistant "
        "chief said."
    )
    assert coded(text) == [("Armed clash", "Al Shabaab", "Police Forces of Kenya (2022-)")]
