"""A crowd's violence tried and foiled ('tried to vandalise vehicles, but failed') is no act
of its own; an attempt told with no word of its failure is left as the act."""

import pytest

PROTEST = "On 3 April 2023, hawkers protested in Nyeri, Kenya, against evictions. "


@pytest.mark.parametrize(
    "foiled",
    [
        "The protesters attempted to storm the county offices, but were barred by police.",
        "The protesters tried to vandalise vehicles, but failed.",
    ],
)
def test_a_foiled_attempt_leaves_the_protest_peaceful(coded, foiled):
    assert coded(PROTEST + foiled) == [("Peaceful protest", "Protesters (Kenya)", None)]


def test_an_attempt_told_without_its_failure_stays_the_act(coded):
    assert coded(PROTEST + "The protesters tried to vandalise vehicles.") == [
        ("Violent demonstration", "Rioters (Kenya)", None)
    ]


def test_violence_done_stays_the_act(coded):
    assert coded(PROTEST + "The protesters vandalised vehicles but were stopped by police.") == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")
    ]
