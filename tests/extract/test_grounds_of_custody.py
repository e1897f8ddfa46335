"""The act an arrest, a sentence or a sanction is 'for', 'over' or 'in connection with' is
the grounds held against the people, an earlier act, not one of the report's; and a group
named in what the arrested were accused of takes no part in the arrest."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, Somali police arrested 14 people in the Hodan district of Mogadishu "
        "in connection with a suicide bombing at a restaurant last week.",
        "On 4 March 2026, Kenyan police arrested two men in Garissa over the killing of a teacher.",
    ],
)
def test_the_act_held_against_the_arrested_is_no_event(coded, text):
    assert [c[0] for c in coded(text)] == ["Arrests"]


def test_the_act_a_sanction_is_for_is_no_event(coded):
    text = (
        "On 4 March 2026, the United States imposed sanctions on three Houthi leaders for "
        "their role in attacks on shipping in the Red Sea."
    )
    assert coded(text) == []


def test_an_act_told_beside_an_arrest_stays(coded):
    text = (
        "On 4 March 2026, gunmen attacked a police station in Garissa, Kenya, and police later "
        "arrested two suspects."
    )
    assert "Armed clash" in [c[0] for c in coded(text)]


def test_the_group_of_an_accusation_is_no_side(coded):
    text = (
        "On 4 March 2026, soldiers arrested a local imam in the town of Djibo, Burkina Faso, "
        "accusing him of links to JNIM."
    )
    assert [c[2] for c in coded(text)] == ["Civilians (Burkina Faso)"]


def test_people_arrested_unnamed_as_a_group_are_civilians(coded):
    text = "On 4 March 2026, police detained a journalist in Addis Ababa, Ethiopia."
    assert coded(text) == [("Arrests", "Police Forces of Ethiopia (2018-)", "Civilians (Ethiopia)")]


def test_members_of_a_named_group_arrested_stay_the_group(coded):
    text = "On 4 March 2026, Iraqi police arrested four Islamic State members in Kirkuk, Iraq."
    assert [c[2] for c in coded(text)] == ["Islamic State (Iraq)"]
