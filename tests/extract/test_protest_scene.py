"""An act named as the place of a protest ('demonstrated at the scene of the shooting attack')
is where it was held, not the crowd's act; the crowd's own violence stays its act."""


def test_an_act_named_as_the_place_of_a_protest_is_no_act(coded):
    text = (
        "On 6 May 2023, residents demonstrated in Hadera, Israel, at the scene of the deadly "
        "shooting attack of the day before, demanding more security."
    )
    assert coded(text) == [("Peaceful protest", "Protesters (Israel)", None)]


def test_the_crowds_own_violence_stays_its_act(coded):
    text = (
        "On 6 May 2023, residents demonstrated in Hadera, Israel, and pelted the town hall "
        "with stones."
    )
    assert coded(text) == [("Violent demonstration", "Rioters (Israel)", None)]
