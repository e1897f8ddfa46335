"""Two names that are organisations, not peoples (communal.py): acronyms ('ABVP and SFI') and
names whose followers are told ('supporters of A and B clashed') are no ethnic militias."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Supporters of Senator Wanjiru and Governor Kamau clashed at a market in Meru, "
            "Kenya, on Friday, throwing chairs at each other.",
            [("Mob violence", "Rioters (Kenya)", "Rioters (Kenya)")],
        ),
        # peoples named alone still fight as their militias
        (
            "The Pokot and Turkana clashed in Baringo, Kenya, on Wednesday, leaving four dead.",
            [
                (
                    "Armed clash",
                    "Pokot Ethnic Militia (Kenya)",
                    "Turkana Ethnic Militia (Kenya)",
                )
            ],
        ),
    ],
)
def test_sides(coded, text, expected):
    assert coded(text) == expected


def test_acronyms_are_no_peoples(coded):
    """Student wings named by acronyms fight as a crowd (which side, ACLED's second Rioters,
    is left open here), never as ethnic militias."""
    ((sub, actor1, actor2),) = coded(
        "ABVP and SFI activists clashed on the campus of a university in "
        "Thiruvananthapuram, India, on Wednesday."
    )
    assert actor1 == "Rioters (India)"
    assert "Militia" not in (actor2 or "")
