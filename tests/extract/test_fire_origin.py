"""Fire told by where it came from ("rockets were fired from Lebanon") is an armed side of
that country's, not the state that counted it or whose ground it fell on; a side of the
origin named as the firer, or a state's own aircraft firing from somewhere, stay the actor."""

import pytest

CASES = [
    (
        "Some 40 rockets were fired from Lebanon at the town of Metula in northern Israel on "
        "Tuesday, the Israeli army said.",
        [("Shelling/artillery/missile attack", "Unidentified Armed Group (Lebanon)", None)],
    ),
    (
        "On 5 March 2024, three projectiles crossed from Lebanon into the area of Margaliot in "
        "Israel, the Israeli military said.",
        [("Shelling/artillery/missile attack", "Unidentified Armed Group (Lebanon)", None)],
    ),
    # the report's protagonist, a state's forces abroad, did not fire what came from Gaza
    (
        "On 10 November 2023, Israeli tanks fought Hamas fighters in Gaza City. Sirens sounded "
        "in Ashkelon, Israel, as rockets were fired from Gaza.",
        [
            ("Armed clash", "Military Forces of Israel (2022-)", "Hamas Movement"),
            ("Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)", None),
        ],
    ),
    # a side of the origin named as the firer stays
    (
        "On 5 March 2024, Hezbollah said rockets were fired from southern Lebanon at an Israeli "
        "base in Metula.",
        [("Shelling/artillery/missile attack", "Hezbollah", None)],
    ),
    # a state's aircraft firing from another country's sky is no fire from that country
    (
        "On 5 March 2024, Israeli jets fired missiles from Lebanese airspace at a depot near "
        "Homs, Syria.",
        [("Air/drone strike", "Military Forces of Israel (2022-)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fire_origin(coded, text, expected):
    assert coded(text) == expected
