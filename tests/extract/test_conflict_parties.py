"""Acts ACLED codes only within a conflict (arrests, changes of territory, agreements) make no
event in ordinary news that ties them to none."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A retired teacher, 64, was arrested on Thursday in Dayton, Ohio, for possession of "
        "stolen goods.",
        "Police arrested a 16-year-old girl while conducting bar checks in Oxford, Ohio, over "
        "the weekend.",
        "They can seize the trailer or seize your house, but not a motel room, said the director.",
        "The university's vice president will be recommended to take over temporarily.",
        "The poodle posed for her photo after capturing the Best in Show award yesterday.",
        "The delays in drafting purchase agreements are caused by the need to update reports.",
    ],
)
def test_ordinary_news_makes_no_event(coded, text):
    assert coded(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 2024, police arrested 25 people in Nakuru, Kenya.",
            ("Arrests", "Police Forces of Kenya (2022-)", "Civilians (Kenya)"),
        ),
        (
            "On 3 May 2024, police arrested two men suspected of planning attacks in Garissa, "
            "Kenya.",
            ("Arrests", "Police Forces of Kenya (2022-)", "Civilians (Kenya)"),
        ),
        (
            "On 24 May 2024, police arrested the former president in Chisinau, Moldova.",
            ("Arrests", "Police Forces of Moldova", "Civilians (Moldova)"),
        ),
        (
            "On 4 May 2024, police arrested three residents of a camp near Hasakah, Syria, "
            "accusing them of working with IS.",
            ("Arrests", "Police Forces of Syria (2000-2024)", "Civilians (Syria)"),
        ),
    ],
)
def test_arrests_the_conflict_knows_stay(coded, text, expected):
    assert coded(text) == [expected]


def test_an_armed_side_taking_a_place_needs_no_ground_word(coded):
    text = "On 4 May 2024, army troops captured Qadi Rayhalan from rebel fighters."
    assert [c[0] for c in coded(text)] == ["Government regains territory"]


def test_a_report_of_an_arrest_alone_is_police_news(coded):
    assert coded("Two arrested after a mobile meth lab seized near Lufkin, Texas.") == []


def test_an_arrest_after_a_killing_belongs_to_that_story(coded):
    text = (
        "On 3 May 2024, a man shot dead a trader near Grand Avenue in Kisumu, Kenya. Police "
        "arrested him on 4 May."
    )
    assert [c[0] for c in coded(text)] == ["Attack", "Arrests"]
