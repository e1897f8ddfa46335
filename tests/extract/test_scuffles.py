"""Demonstrators who scuffle or tussle with the police make a protest with intervention
(ACLED), not a violent demonstration; a scuffle with no demonstration told makes none."""

import pytest

POLICE = "Police Forces of Bangladesh (2009-2024)"


@pytest.mark.parametrize(
    "text",
    [
        "On 21 June 2023, members of BNP scuffled with police during their demonstration in "
        "Feni, Bangladesh.",
        "On 21 June 2023, teachers demonstrated in Feni, Bangladesh. Tussles between the "
        "demonstrators and police were reported.",
    ],
)
def test_a_scuffle_with_police_is_an_intervention(coded, text):
    assert coded(text) == [("Protest with intervention", "Protesters (Bangladesh)", POLICE)]


def test_a_scuffle_with_no_demonstration_is_no_event(coded):
    assert coded("On 21 June 2023, a trader scuffled with a customer in Feni, Bangladesh.") == []
