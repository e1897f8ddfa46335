"""ACLED's regional names for an unnamed armed perpetrator (`unnamed_perpetrators:` in
actors.yaml): Brazil's executions, Mexico's acts with the marks of organised crime."""

import pytest

from sitrep.errors import ModelError
from sitrep.extract.actors import ActorDictionary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2023, in Culiacan, Sinaloa, armed men on a motorcycle shot dead a "
            "shopkeeper in a drive-by attack.",
            [("Attack", "Unidentified Gang (Mexico)", "Civilians (Mexico)")],
        ),
        (
            "On 5 March 2023, in Morelia, Michoacan, a man was killed and his body was found "
            "with his hands tied near the highway.",
            [("Attack", "Unidentified Gang (Mexico)", "Civilians (Mexico)")],
        ),
        # no mark of organised crime: the group stays unidentified
        (
            "On 3 March 2023, in Culiacan, Sinaloa, armed men shot dead a shopkeeper outside "
            "his house.",
            [("Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)")],
        ),
        (
            "On 4 March 2023, in Recife, Pernambuco, a bus driver was killed in a drive-by "
            "shooting by two armed men on a motorcycle.",
            [("Attack", "Unidentified Gang and/or Police Militia", "Civilians (Brazil)")],
        ),
        # a plain shooting by unknown men: no mark of an execution
        (
            "On 4 March 2023, in Recife, Pernambuco, two armed men on a motorcycle shot and "
            "killed a bus driver.",
            [("Attack", "Unidentified Armed Group (Brazil)", "Civilians (Brazil)")],
        ),
        # a named kind of gang keeps its own name
        (
            "On 4 March 2023, in Recife, Pernambuco, a drug trafficker exchanged fire with "
            "military police officers.",
            [
                (
                    "Armed clash",
                    "Unidentified Gang (Brazil)",
                    "Military Forces of Brazil (2023-) Military Police",
                )
            ],
        ),
        # a country without such a convention
        (
            "On 4 March 2023, in San Miguel, El Salvador, a man was killed in a drive-by shooting.",
            [("Attack", "Unidentified Armed Group (El Salvador)", "Civilians (El Salvador)")],
        ),
    ],
)
def test_regional_names_of_unnamed_perpetrators(coded, text, expected):
    assert coded(text) == expected


def test_a_convention_needs_its_countries(tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text(
        "unnamed_perpetrators:\n  - name: Unidentified Gang ({country})\n    inter: 3\n"
        "    hallmarks: [cartel]\n",
        encoding="utf-8",
    )
    with pytest.raises(ModelError, match="mine.yaml:2: 'Unidentified Gang"):
        ActorDictionary.load([bad])


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March 2023, in Morelia, Michoacan, a man was found dead. The victim was shot and "
        "his hands were tied.",
        "On 5 March 2023, in Ciudad Juarez, Chihuahua, a male head was found inside a plastic "
        "bag. 1 fatality.",
    ],
)
def test_bodies_bound_or_beheaded_bear_organised_crime_s_marks(coded, text):
    assert coded(text) == [("Attack", "Unidentified Gang (Mexico)", "Civilians (Mexico)")]
