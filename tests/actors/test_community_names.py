"""A community's militia named by the community and a word for its armed men (`group_words:`
in actors.yaml); a canonical name shorn of its qualifier names no actor when that leaves a
generic word ("Militia (Pro-Government)" is not every militia)."""

import pytest

from sitrep.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _found(actors: ActorDictionary, text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.actor.name) for m in actors.find(text, country="Kenya")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two were killed in attacks by armed Pokot militants.",
            [("Pokot militants", "Pokot Ethnic Militia (Kenya)")],
        ),
        ("The Pokot tribe raided a village.", [("Pokot tribe", "Pokot Ethnic Militia (Kenya)")]),
        (
            "Suspected Samburu pastoral militia attacked a homestead.",
            [("Samburu pastoral militia", "Samburu Ethnic Militia (Kenya)")],
        ),
        (
            "Members of a Kipsigis militia killed two men.",
            [("Kipsigis militia", "Kipsigi Ethnic Militia (Kenya)"), ("men", "Civilians (Kenya)")],
        ),
        # aliases listed by hand still name it once
        ("Pokot raiders stole cattle.", [("Pokot raiders", "Pokot Ethnic Militia (Kenya)")]),
    ],
)
def test_a_community_and_a_word_for_its_armed_men(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed militia is no pro-government militia
        ("A militia attacked the village.", [("militia", "Unidentified Armed Group (Kenya)")]),
        (
            "Somali militia shot a trader.",
            [
                ("Somali militia", "Unidentified Armed Group (Somalia)"),
                ("trader", "Civilians (Kenya)"),
            ],
        ),
        # its own aliases still name it
        (
            "Pro-government militia fighters clashed with rebels.",
            [
                ("Pro-government militia fighters", "Militia (Pro-Government)"),
                ("rebels", "Unidentified Armed Group (Kenya)"),
            ],
        ),
    ],
)
def test_a_generic_word_left_of_a_name_is_no_alias(actors, text, expected):
    assert _found(actors, text) == expected
