"""The police who met a crowd, told in the lines after the crowd's act, are the riot's other
side (police_response.py); police who only investigate or speak are not."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 2019, youths smashed the windows of a bus in Nakuru, Kenya. Police moved "
            "in and restored order.",
            [("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")],
        ),
        (
            "On 3 May 2019, students barricaded the main road with burning tyres in Nakuru, "
            "Kenya, over fees. Police later lobbed teargas canisters at them.",
            [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")],
        ),
        # the crowd named twice or the people around it are no other side when police met it
        (
            "On 3 May 2019, groups of students of Moi University clashed violently over student "
            "elections in Eldoret, Kenya, destroying property. Police engaged the rioters and "
            "made several arrests.",
            [
                ("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2013-2022)"),
                ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2013-2022)"),
            ],
        ),
    ],
)
def test_the_force_that_met_the_crowd_is_its_other_side(coded, text, expected):
    assert coded(text) == expected


def test_police_who_investigate_are_no_side(coded):
    text = (
        "On 3 May 2019, youths smashed the windows of a bus in Nakuru, Kenya. Police are "
        "investigating the incident."
    )
    assert coded(text) == [("Mob violence", "Rioters (Kenya)", None)]
