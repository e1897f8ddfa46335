"""State forces' units ACLED names after the force ("Police Forces of Afghanistan (2014-2021)
National Directorate of Security"), and singular words for soldiers."""

from datetime import date

import pytest

from sitrep.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("text", "country", "on", "name"),
    [
        (
            "2 NDS members were shot",
            "Afghanistan",
            date(2020, 5, 3),
            "Police Forces of Afghanistan (2014-2021) National Directorate of Security",
        ),
        (
            "an IED against a Syrian Republican Guard vehicle",
            "Syria",
            date(2022, 4, 21),
            "Military Forces of Syria (2000-2024) Syrian Republican Guard",
        ),
        (
            "members of the Rapid Reaction Force",
            "Iraq",
            date(2018, 2, 10),
            "Police Forces of Iraq (2014-2018) Rapid Reaction Force",
        ),
        (
            "the counterterrorism forces responded",
            "Iraq",
            date(2018, 3, 10),
            "Military Forces of Iraq (2014-2018) Counter-Terrorism Service",
        ),
        (
            "1 commando was killed",
            "Afghanistan",
            date(2020, 3, 2),
            "Military Forces of Afghanistan (2014-2021)",
        ),
    ],
)
def test_state_units_are_named_after_their_force(actors, text, country, on, name):
    assert [m.actor.name for m in actors.find(text, country=country, on=on)] == [name]
