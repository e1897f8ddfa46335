"""One act told twice is one event; the dead counted in a later sentence belong to the act told
before; a stated toll replaces, a count of more adds (reports written for these tests)."""

from datetime import date

import pytest

DAY = date(2024, 3, 14)


def coded(extract, text):
    return [
        (e.sub_event_type, e.actor1, e.actor2, e.fatalities)
        for e in extract(text, published=DAY).events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Army troops clashed with al-Shabaab fighters near Jowhar on Tuesday. "
            "The fighting lasted several hours.",
            [("Armed clash", "Military Forces of Somalia (2022-)", "Al Shabaab", None)],
        ),
        (
            "Police arrested 12 traders in Bulawayo on Monday. Lawyers condemned the arrests.",
            [("Arrests", "Police Forces of Zimbabwe", "Civilians (Zimbabwe)", None)],
        ),
        (
            "Rival militias clashed in Jowhar on Tuesday. One person was killed and another "
            "was injured.",
            [("Armed clash", "Unidentified Armed Group (Somalia)", None, 1)],
        ),
        (
            "Gunmen attacked a village near Jowhar on Tuesday. A man died. 1 fatality.",
            [("Attack", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)", 1)],
        ),
        (
            "Gunmen attacked a village near Jowhar on Tuesday, killing two farmers. "
            "The attack killed three more people in a nearby market.",
            [("Attack", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)", 5)],
        ),
    ],
)
def test_one_act_told_twice_is_one_event(extract, text, expected):
    assert coded(extract, text) == expected


def test_a_re_mention_with_its_own_place_and_day_is_another_event(extract):
    text = (
        "Army troops clashed with al-Shabaab fighters near Jowhar on Tuesday. "
        "On Wednesday the fighting moved to Afgooye."
    )
    events = extract(text, published=DAY).events
    assert [(e.sub_event_type, e.location, e.date_start) for e in events] == [
        ("Armed clash", "Jawhar", "2024-03-12"),
        ("Armed clash", "Afgooye", "2024-03-13"),
    ]
