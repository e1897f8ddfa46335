"""A place taken without a fight, in the report's words, is a non-violent transfer of territory;
a capture after fighting or after the other side withdrew stays a battle's territorial change."""


def test_a_place_taken_peacefully_changes_hands_without_a_battle(coded):
    text = (
        "On 2 January 2024, tribal forces peacefully took control of the military camp near "
        "Ataq, Yemen, from government troops."
    )
    assert coded(text) == [
        (
            "Non-violent transfer of territory",
            "Unidentified Tribal Militia (Yemen)",
            "Military Forces of Yemen (2012-)",
        )
    ]


def test_no_clashes_told_in_the_next_sentence_counts(coded):
    text = (
        "On 4 May 2024, the army took control of Wad Madani, Sudan. No clashes were reported as "
        "the rebels had left the town."
    )
    assert [c[0] for c in coded(text)] == ["Non-violent transfer of territory"]


def test_a_capture_after_fighting_stays_a_battle(coded):
    text = (
        "On 4 May 2024, the army took control of Wad Madani, Sudan, after heavy fighting with "
        "the RSF."
    )
    assert coded(text) == [
        (
            "Government regains territory",
            "Military Forces of Sudan (2019-)",
            "RSF: Rapid Support Forces",
        )
    ]


def test_a_capture_after_a_withdrawal_stays_a_battle(coded):
    text = (
        "On 4 May 2024, the army took control of Wad Madani, Sudan, after the withdrawal of the "
        "RSF from the town."
    )
    assert [c[0] for c in coded(text)] == ["Government regains territory"]


def test_a_capture_whose_losers_left_before_the_troops_came_is_peaceful(coded):
    text = (
        "On 4 May 2024, Somali troops recaptured the town of Bulo Mererta from al-Shabaab. "
        "The militants had pulled out before the troops arrived, elders said."
    )
    assert coded(text) == [
        (
            "Non-violent transfer of territory",
            "Military Forces of Somalia (2022-)",
            "Al Shabaab",
        )
    ]


def test_a_withdrawal_on_a_day_of_its_own_is_its_own_transfer(coded):
    text = (
        "On 4 May 2024, Somali troops recaptured the town of Bulo Mererta from al-Shabaab. "
        "On 9 May 2024, the militants withdrew from Awdheegle, residents said."
    )
    assert [c[0] for c in coded(text)] == [
        "Government regains territory",
        "Non-violent transfer of territory",
    ]
