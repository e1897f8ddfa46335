"""Armed men the state's forces fight in Brazil are a gang (ACLED's Brazil methodology); in Rio
de Janeiro, where police militias fight too, "Unidentified Gang and/or Police Militia"; armed
men fighting among themselves with no state side stay unidentified."""

import pytest

from sitrep.errors import ModelError
from sitrep.extract.actors import ActorDictionary

POLICE = "Military Forces of Brazil (2019-2023) Military Police"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 May 2020, in Pedralva, Minas Gerais, five armed men opened fire against a "
            "military police unit during a bank robbery.",
            [("Armed clash", "Unidentified Gang (Brazil)", POLICE)],
        ),
        (
            "On 31 March 2022, in Sao Goncalo, Rio de Janeiro, a group of armed assailants "
            "exchanged fire with military police officers near the highway.",
            [("Armed clash", "Unidentified Gang and/or Police Militia", POLICE)],
        ),
        (
            "On 9 May 2020, in Belford Roxo, Rio de Janeiro, a shoot-out took place in the "
            "Jardim Glaucia neighborhood.",
            [
                (
                    "Armed clash",
                    "Unidentified Armed Group (Brazil)",
                    "Unidentified Armed Group (Brazil)",
                )
            ],
        ),
    ],
)
def test_gangs_facing_the_state(coded, text, expected):
    assert coded(text) == expected


def test_the_convention_reads_facing_state_and_places(dictionary):
    rio, brazil = [c for c in dictionary.conventions if c.facing_state]
    assert (
        rio.places == ("rio de janeiro",) and rio.name == "Unidentified Gang and/or Police Militia"
    )
    assert brazil.name_in("Brazil") == "Unidentified Gang (Brazil)" and not brazil.places


def test_facing_state_must_be_a_boolean(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(
        "unnamed_perpetrators:\n  - name: Gang\n    inter: 3\n    countries: [Brazil]\n"
        "    facing_state: sometimes\n"
    )
    with pytest.raises(ModelError, match="facing_state"):
        ActorDictionary.load([path])
