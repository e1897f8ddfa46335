"""'The group' as subject refers back to the actor named before it, as a pronoun does."""

BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_the_group_refers_back(coded):
    text = (
        "Boko Haram fighters crossed into Gwoza, Nigeria, on 3 May 2019. "
        "The group then stormed a police station there."
    )
    assert coded(text) == [("Armed clash", BOKO, "Police Forces of Nigeria (2015-2023)")]
