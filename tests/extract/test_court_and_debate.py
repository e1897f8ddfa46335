"""Unrest words that tell no event: demonstrators named as a court's defendants
(defendants.py) and a politician attacking the government in a debate (verbal_attacks.py)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A court in Nairobi, Kenya, on Monday adjourned the hearing of 12 protesters charged "
        "with unlawful assembly.",
        "A judge in Harare, Zimbabwe, sentenced 14 demonstrators to a year in prison on Monday.",
        "During a televised debate on Tuesday, the opposition leader in Lima, Peru, attacked "
        "the government over rising food prices, accusing ministers of incompetence.",
        "In a speech in Lagos, Nigeria, on Tuesday, the senator attacked the ruling party.",
    ],
)
def test_no_event(coded, text):
    assert coded(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters marched in Harare, Zimbabwe, on Monday to demand the release of "
            "activists charged with treason.",
            [("Peaceful protest", "Protesters (Zimbabwe)", None)],
        ),
        (
            "Police arrested 14 demonstrators in Harare, Zimbabwe, on Monday and charged them "
            "with public violence.",
            [("Protest with intervention", "Protesters (Zimbabwe)", "Police Forces of Zimbabwe")],
        ),
        (
            "Gunmen attacked the ruling party's office in Lagos, Nigeria, on Tuesday.",
            [("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")],
        ),
    ],
)
def test_acts_beside_them_stay(coded, text, expected):
    assert coded(text) == expected
