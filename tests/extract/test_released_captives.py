"""Captives released: the taking told of the people freed is an earlier act, not a new
abduction or capture; a person or a thing handed over is no ground handed over."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, Al Shabaab militants released 11 passengers they had seized from a "
        "bus near Garbahaarey, in the Gedo region of Somalia.",
        "On 4 March 2026, Abu Sayyaf militants released a fisherman they had held captive for "
        "four months in Patikul, Sulu, in the Philippines.",
    ],
)
def test_a_release_is_no_new_taking(coded, text):
    assert coded(text) == []


def test_a_taking_told_on_its_own_stays(coded):
    text = "On 4 March 2026, Al Shabaab militants seized 11 passengers from a bus near Garbahaarey."
    assert coded(text) == [("Abduction/forced disappearance", "Al Shabaab", "Civilians (Somalia)")]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, the freed fisherman was handed over to the mayor of Patikul, Sulu, "
        "in the Philippines.",
        "On 4 March 2026, 17 members of the New People's Army surrendered to troops in Butuan "
        "City, Philippines, handing over 12 rifles.",
    ],
)
def test_a_person_or_a_thing_handed_over_is_no_territory(coded, text):
    assert "Non-violent transfer of territory" not in [c[0] for c in coded(text)]


def test_a_town_handed_over_is_a_transfer(coded):
    text = "On 4 March 2026, Al Shabaab handed over the town of Bulo Burte to clan militias."
    assert [c[0] for c in coded(text)] == ["Non-violent transfer of territory"]


def test_goods_seized_by_the_kilogram_are_no_territory(coded):
    text = (
        "On 4 March 2026, Colombian soldiers seized 300 kilograms of coca paste in Taraza, "
        "Antioquia."
    )
    assert [c[0] for c in coded(text)] == ["Looting/property destruction"]


def test_a_fight_told_of_how_the_freed_were_taken_is_no_event(coded):
    text = (
        "On 4 March 2026, the New People's Army released a soldier it had captured during a "
        "clash in Surigao del Sur last year."
    )
    assert coded(text) == []
