"""Acts someone is accused of or took part in earlier are the background of the act told."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 May 2022, police officers punched a man in Soweto, South Africa, over "
            "allegations of his involvement in the abduction of a businessman.",
            "Attack",
        ),
        (
            "On 2 May 2022, when police tried to stop a car allegedly involved in the "
            "kidnapping of a man in Orizaba, Veracruz, an armed clash broke out.",
            "Armed clash",
        ),
    ],
)
def test_an_act_someone_is_accused_of_is_no_act_of_its_own(coded, text, expected):
    assert [c[0] for c in coded(text)][:1] == [expected]


def test_an_arrest_of_men_accused_of_a_killing_is_an_arrest(coded):
    text = "Police arrested two men accused of killing a soldier in Kisumu, Kenya."
    assert [c[0] for c in coded(text)] == ["Arrests"]


@pytest.mark.parametrize("verb", ["punched", "slapped", "kicked"])
def test_blows_by_hand_are_a_beating(coded, verb):
    text = f"On 2 May 2022, police officers {verb} a street vendor in Nairobi, Kenya."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_an_act_a_court_rules_on_is_its_case_not_news(coded):
    text = (
        "On 9 June 2026, a court in Nairobi, Kenya, acquitted five police officers accused of "
        "killing a lawyer and his client."
    )
    assert coded(text) == []
