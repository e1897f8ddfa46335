"""Tolls that sources give differently: ACLED codes the lowest figure, never their sum; tolls
of different victims, or of further dead, still add up."""

import pytest

from sitrep.extract.other_sources import lowest_toll, sourced_tolls

VILLAGE = "On 3 May 2024, gunmen attacked a village near Jos, Nigeria. "


def _fatalities(extracted, text: str) -> list[int | None]:
    return [e.fatalities for e in extracted(text)]


def test_two_sources_in_one_sentence_give_the_lowest(extracted):
    text = VILLAGE + "Police said three people were killed, while residents said seven died."
    assert _fatalities(extracted, text) == [3]


def test_two_sources_in_two_sentences_give_the_lowest(extracted):
    text = VILLAGE + "Police said three people were killed. Residents said seven people died."
    assert _fatalities(extracted, text) == [3]


def test_a_toll_put_by_another_source_is_an_alternative(extracted):
    text = (
        "On 3 May 2024, gunmen killed 12 villagers near Jos, Nigeria, according to residents, "
        "though police put the toll at 4."
    )
    assert _fatalities(extracted, text) == [4]


def test_further_dead_told_by_another_source_add_up(extracted):
    text = (
        "On 3 May 2024, gunmen killed four people near Jos, Nigeria, police said. Residents said "
        "another three people died in a nearby village."
    )
    assert _fatalities(extracted, text) == [7]


def test_dead_of_the_other_side_add_up(extracted):
    text = (
        "On 3 May 2024, gunmen attacked an army base near Jos, Nigeria, killing four soldiers. "
        "The army said six attackers were killed."
    )
    assert _fatalities(extracted, text) == [10]


def test_rival_tolls_after_the_act_count_its_dead_again(extracted):
    text = (
        "On 17 May 2026, jihadists killed dozens of soldiers at an army post in Bankoulga, "
        "Burkina Faso. One security source put the toll at 27 soldiers killed, while another "
        "said more than 40 had died.\n"
    )
    assert _fatalities(extracted, text) == [12]


@pytest.mark.parametrize(
    ("text", "tolls", "lowest"),
    [
        (
            "A security source put the toll at 27 soldiers killed, while another said more "
            "than 40 had died.\n",
            [("source", 27, "soldier"), ("another", 40, "toll")],
            27,
        ),
        (
            "Officials said five people died in the attack but local leaders said the toll was 11.",
            [("official", 5, "people"), ("leader", 11, "toll")],
            5,
        ),
        (
            "The ministry said 20 soldiers were killed, while the rebels claimed to have killed "
            "45 soldiers.",
            [("ministry", 20, "soldier"), ("rebel", 45, "soldier")],
            20,
        ),
        (
            "The army said 10 militants were killed and residents said two civilians died.",
            [("army", 10, "militant"), ("resident", 2, "civilian")],
            None,
        ),
        ("Gunmen killed seven people, police said.", [("police", 7, "people")], None),
    ],
)
def test_tolls_are_read_source_by_source(nlp, text, tolls, lowest):
    sent = next(nlp(text).sents)
    assert [(t.source, t.count.value, t.victims) for t in sourced_tolls(sent)] == tolls
    found = lowest_toll(sent)
    assert (found.value if found else None) == lowest
