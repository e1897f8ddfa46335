"""Captives exchanged and fighters surrendering are agreements (ACLED); fire exchanged is a
fight, and a surrender called for or refused is no act."""

import pytest


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "On 4 March 2026, Houthi forces and government troops exchanged 48 prisoners in "
            "Marib, Yemen.",
            (
                "Military Forces of Yemen (2016-) Supreme Political Council",
                "Military Forces of Yemen (2012-)",
            ),
        ),
        (
            "On 4 March 2026, twelve members of the New People's Army surrendered to the army in "
            "Butuan City, Philippines.",
            ("NPA: New People's Army", "Military Forces of the Philippines (2022-)"),
        ),
    ],
)
def test_an_exchange_or_a_surrender_is_an_agreement(coded, text, sides):
    assert coded(text) == [("Agreement", *sides)]


def test_arms_laid_down_are_an_agreement(coded):
    text = "On 4 March 2026, forty Fano fighters laid down their arms in Woldia, Ethiopia."
    assert [c[0] for c in coded(text)] == ["Agreement"]


def test_fire_exchanged_is_a_fight(coded):
    text = "On 4 March 2026, Houthi forces and government troops exchanged fire near Marib, Yemen."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, the army urged the rebels to surrender in Butuan City, Philippines.",
        "On 4 March 2026, the rebels refused to surrender in Butuan City, Philippines.",
    ],
)
def test_a_surrender_called_for_is_no_act(coded, text):
    assert coded(text) == []


def test_an_exchange_agreed_is_an_agreement(coded):
    text = (
        "On 4 March 2026, the Kachin Independence Army and the junta agreed to exchange "
        "prisoners in Myitkyina, Myanmar."
    )
    assert [c[0] for c in coded(text)] == ["Agreement"]
