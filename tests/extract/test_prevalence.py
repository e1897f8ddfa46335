"""A kind of act told by how common it is makes no event; the act itself still does."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Kidnapping for ransom is rampant in northwest Nigeria.",
        "Attacks on aid workers are common in Ituri province, DR Congo.",
        "Clashes between herders and farmers are a regular occurrence in Benue state, Nigeria.",
        "Such abductions have become frequent in Zamfara state, Nigeria.",
        "Attacks on the Gao road have increased in recent months, Mali.",
    ],
)
def test_a_kind_of_act_told_as_common_makes_no_event(coded, text):
    assert coded(text) == []


def test_acts_that_do_something_are_events(coded):
    assert coded("On 18 April 2026, attacks on the Gao road in Mali killed five drivers.") == [
        ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)")
    ]


def test_acts_told_with_verbs_of_motion_or_going_on_are_events(coded):
    assert coded("On 3 May 2026, several shells fell on Kalma camp in South Darfur, Sudan.") != []
    assert coded("On 3 May 2026, protests continued in Bamako, Mali.") != []
