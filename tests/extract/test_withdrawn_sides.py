"""A side's withdrawal told right after a place was taken from it is how the capture ended
(withdrawn_sides.py): one territorial change, the side that withdrew as actor 2. Captures by
a foreign state's forces are ACLED's 'Non-state actor overtakes territory'; a state taking
ground back at home regains territory."""


def test_the_withdrawn_side_is_whom_the_village_was_taken_from(coded):
    text = (
        "Ukrainian troops recaptured the village of Kamianka in the Kharkiv region on Sunday"
        " after heavy fighting. Russian units had withdrawn from the village after losing"
        " several armoured vehicles."
    )
    assert coded(text) == [
        (
            "Government regains territory",
            "Military Forces of Ukraine (2019-)",
            "Military Forces of Russia (2000-)",
        )
    ]


def test_a_withdrawal_from_a_place_of_its_own_stays_apart(coded):
    text = (
        "Ukrainian troops recaptured the village of Kamianka in the Kharkiv region on Sunday"
        " after heavy fighting. Russian units withdrew from the town of Oleshky in the Kherson"
        " region."
    )
    assert [c[0] for c in coded(text)] == [
        "Government regains territory",
        "Non-violent transfer of territory",
    ]


def test_foreign_forces_taking_ground_overtake_it(coded):
    text = (
        "Ukrainian troops captured the village of Sverdlikovo in Russia's Kursk region on Monday."
    )
    assert coded(text)[0][:2] == (
        "Non-state actor overtakes territory",
        "Military Forces of Ukraine (2019-)",
    )


def test_a_state_taking_ground_back_at_home_regains_it(coded):
    text = "Russian troops recaptured the village of Sverdlikovo in the Kursk region of Russia."
    assert coded(text)[0][:2] == (
        "Government regains territory",
        "Military Forces of Russia (2000-)",
    )
