"""A crowd's violence is a violent demonstration when the report tells a demonstration
(its words or tactics, in any sentence), else mob violence (ACLED's line between the two)."""

import pytest

from sitrep.extract.crowd_scene import demonstration_told

CASES = [
    # the demonstration told in the next sentence makes the destruction a demonstration's
    (
        "Workers blocked the road near Juja, Kenya, and demolished the levy kiosks. They were "
        "protesting the state of the access road.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    # rioting told as a verb is a demonstration
    (
        "Students rioted at a college in Nyeri, Kenya, after their examination results were "
        "posted.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    # a crowd clashing with police with no demonstration told is a mob...
    (
        "Garment workers of a factory clashed with police in Gazipur on Monday over unpaid "
        "salaries.",
        [("Mob violence", "Rioters (Bangladesh)", "Police Forces of Bangladesh (2024-)")],
    ),
    # ...and one that demands something demonstrates
    (
        "Residents clashed with police in Kisumu, Kenya, demanding justice for a rider killed "
        "by a driver.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # ...also when the crowd attacks the security forces there
    (
        "Students stormed the police post in Yala, Kenya, on Monday and pelted the officers "
        "with stones. They were demonstrating against the death of their teacher.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # rival supporters fighting each other stay a mob, whatever protest is told (two crowds:
    # rioters on both sides)
    (
        "Supporters of two rival candidates clashed in Kisii, Kenya, after the protest, "
        "injuring three.",
        [("Mob violence", "Rioters (Kenya)", "Rioters (Kenya)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_demonstration_or_mob(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("They were protesting the fee rise.", True),
        ("Students rioted over fees.", True),
        ("Traders marched to the county offices.", True),
        ("Youths burned tyres on the highway.", True),
        ("On 17 March 2023, two groups clashed.", False),
        ("Riot police dispersed the crowd.", False),
        ("Rioters looted shops.", False),
        ("", False),
    ],
)
def test_demonstration_words(nlp, text, told):
    assert demonstration_told(nlp(text)) is told
