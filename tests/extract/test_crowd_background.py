"""A demonstration named only as the antecedent of a crowd's violence ('after protests',
'ahead of their rally', 'following demonstrations') is another event: the crowd that riots
there is a mob (ACLED's mob violence), not a demonstration turned violent."""

import pytest

from sitrep.extract.crowd_scene import demonstration_told

CASES = [
    (
        "On 3 March 2024, a mob vandalised the offices of the Awami League in Rajbari, "
        "Bangladesh, amid unrest following nationwide demonstrations.",
        [("Mob violence", "Rioters (Bangladesh)", "Rioters (Bangladesh)")],
    ),
    (
        "On 9 June 2023, villagers clashed with police and set fire to a police post in "
        "Kapasia, Bangladesh, amid unrest following a strike by transport workers.",
        [("Mob violence", "Rioters (Bangladesh)", "Police Forces of Bangladesh (2009-2024)")],
    ),
    # the crowd's own demonstration, in the same sentence, still makes it violent
    (
        "Villagers protesting fuel prices clashed with police and set fire to a police post "
        "in Kapasia, Bangladesh.",
        [
            (
                "Violent demonstration",
                "Rioters (Bangladesh)",
                "Police Forces of Bangladesh (2024-)",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_background_demonstration(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Youths looted shops amid the protests.", True),
        ("Youths looted shops following a rally by the opposition.", False),
        ("Youths looted shops ahead of the opposition's rally demanding fresh polls.", False),
        ("Youths looted shops in the aftermath of the demonstrations.", False),
        ("Youths looted shops after protesting for hours.", True),
        ("Youths looted shops after the protests. They were demanding fresh polls.", True),
        ("Youths protesting the polls looted shops amid the unrest.", True),
    ],
)
def test_background_words(nlp, text, told):
    assert demonstration_told(nlp(text)) is told
