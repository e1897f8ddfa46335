"""A state's forces and the factions fighting beside them, named together as one side: the
state's forces when named first or leading ('Turkish-led'), the operation when a faction is
named as its member or the state only leads it."""

import pytest

from sitrep.errors import ModelError
from sitrep.extract.actors import ActorDictionary

TURKEY = "Military Forces of Turkey (2016-)"
OOB = "Operation Olive Branch"
YPG = "YPG: Peoples Protection Units"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish and Operation Olive Branch forces advanced against YPG fighters towards "
            "the town of Jandairis on 2 February 2018.",
            [("Armed clash", TURKEY, YPG)],
        ),
        (
            "Turkish-led Operation Olive Branch forces clashed with YPG fighters near the "
            "village of Upper Diwan on 5 February 2018.",
            [("Armed clash", TURKEY, YPG)],
        ),
        # a faction named as the operation's member is the operation
        (
            "JSH Olive Branch forces took control of Ba'ay town in northern Aleppo after clashes "
            "with YPG forces on 4 March 2018.",
            [("Non-state actor overtakes territory", OOB, YPG)],
        ),
        # the operation, only led by the state, stays the side
        (
            "Operation Olive Branch forces, led by the Turkish military, captured the village "
            "of Shankal from YPG fighters on 1 March 2018.",
            [("Non-state actor overtakes territory", OOB, YPG)],
        ),
        # Turkey's allies are not the Syrian state's: the regime's target is Turkey's side
        (
            "Regime forces fired missiles at Turkish and Operation Olive Branch positions in "
            "Andan on 6 March 2018.",
            [("Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", TURKEY)],
        ),
        # one operation fighting within itself keeps its name on both sides
        (
            "Olive Branch units fought with one another in Afrin city on 20 March 2018.",
            [("Armed clash", OOB, OOB)],
        ),
    ],
)
def test_state_and_its_allies_are_one_side(coded, text, expected):
    assert coded(text) == expected


def test_the_operation_is_the_states_associate(extracted):
    (event,) = extracted(
        "Turkish and Operation Olive Branch forces advanced against YPG fighters towards the "
        "town of Jandairis on 2 February 2018."
    )
    assert event.assoc_actor_1 == OOB


def test_state_ally_names_the_state_it_backs(dictionary):
    assert dictionary.allied_state(OOB) == "Turkey"
    assert dictionary.state_ally(OOB, state="Turkey")
    assert not dictionary.state_ally(OOB, state="Syria")
    # `state_ally: true` backs any state
    assert dictionary.state_ally("Militia (Pro-Government)", state="Syria")
    assert dictionary.allied_state("Militia (Pro-Government)") is None
    assert dictionary.country_of_demonym("Turkish") == "Turkey"


def test_state_ally_must_be_true_or_a_country(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text('actors:\n  - name: "Some Front"\n    inter: 2\n    state_ally: [Turkey]\n')
    with pytest.raises(ModelError, match="state_ally"):
        ActorDictionary.load([path])


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # both told: the Syrian state's strikes (Russia beside it)
        (
            "Regime and Russian warplanes carried out strikes on Tal Sultan village on 3 March "
            "2018.",
            "Military Forces of Syria (2000-2024) Syrian Arab Air Force",
        ),
        # either-or: ACLED's joint actor
        (
            "Syrian or Russian warplanes bombed the town of Kafr Nabl on 3 March 2018.",
            "Allied Syrian and/or Russian Forces",
        ),
    ],
)
def test_warplanes_told_both_or_either(extracted, text, actor1):
    assert [e.actor1 for e in extracted(text)] == [actor1]
