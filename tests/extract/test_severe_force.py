"""Force against demonstrators that causes serious injuries is excessive force (ACLED's
codebook); injuries not called serious, or serious injuries denied, stay an intervention."""

import pytest

from sitrep.extract.severe_force import serious_injuries

MARCH = "On 3 April 2023, teachers marched in Nakuru, Kenya, over delayed promotions. "
POLICE = "Police Forces of Kenya (2022-)"


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Police dispersed the protesters with batons, seriously injuring four of them.",
            "Excessive force against protesters",
        ),
        (
            "Police dispersed the protesters with batons, injuring four of them.",
            "Protest with intervention",
        ),
        (
            "Police dispersed the protesters with batons. No serious injuries were reported.",
            "Protest with intervention",
        ),
    ],
)
def test_serious_injuries_make_excessive_force(coded, told, expected):
    assert coded(MARCH + told) == [(expected, "Protesters (Kenya)", POLICE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least five people were seriously injured.", True),
        ("One man suffered severe bullet wounds.", True),
        ("Two were critically wounded.", True),
        ("No serious injuries were reported.", False),
        ("The officer was not seriously hurt.", False),
        ("Several people were injured.", False),
        ("Police charged the crowd, injuring at least 12, including two seriously.", True),
        ("Four were injured, two of them critically.", True),
        ("Twelve were injured, including two children.", False),
        ("Three were taken to hospital in a critical condition.", True),
        ("The patient was in stable condition.", False),
    ],
)
def test_serious_injuries_told(text, expected):
    assert serious_injuries(text) is expected
