"""Forces on the state's side (state_ally: in actors.yaml) are its associates, not the other
side of its fight."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes took place between regime forces, supported by pro-government militias, "
            "and Hayat Tahrir al-Sham near Yarmouk Camp.",
            [("Armed clash", "Military Forces of Syria (2024-)", "HTS: Hayat Tahrir al-Sham")],
        ),
        # no other side named: the unnamed side of a territory change
        (
            "Regime forces and loyalist militia captured the village of Tal Tuqan.",
            [
                (
                    "Government regains territory",
                    "Military Forces of Syria (2024-)",
                    "Unidentified Armed Group (Syria)",
                )
            ],
        ),
    ],
)
def test_state_allies_are_not_the_other_side(coded, text, expected):
    assert coded(text) == expected


def test_the_ally_is_the_states_associate(extracted):
    (event,) = extracted(
        "Clashes took place between regime forces, supported by pro-government militias, "
        "and Hayat Tahrir al-Sham near Yarmouk Camp."
    )
    assert event.assoc_actor_1 == "Militia (Pro-Government)"


def test_state_ally_is_read_from_the_dictionary(dictionary):
    assert dictionary.state_ally("Militia (Pro-Government)")
    assert not dictionary.state_ally("HTS: Hayat Tahrir al-Sham")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed group the sentence calls the state's ally is not the other side
        (
            "Clashes took place between regime forces and allied Syrian and non-Syrian militias "
            "against Hayat Tahrir al-Sham in southern Idleb.",
            [("Armed clash", "Military Forces of Syria (2024-)", "HTS: Hayat Tahrir al-Sham")],
        ),
        (
            "Clashes took place between the Syrian army supported by its loyal gunmen and "
            "Jaysh al-Islam in Douma.",
            [("Armed clash", "Military Forces of Syria (2024-)", "Jaysh al-Islam")],
        ),
    ],
)
def test_unnamed_groups_called_allied(coded, text, expected):
    assert coded(text) == expected
