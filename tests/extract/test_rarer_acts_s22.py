"""Acts and parties that short wire reports tell in passing: a base set up with words
between the verb and its noun, a capture told as a time reference months past, fighting
named only as what people fled, onlookers beside two fighting sides, a group's men named
by their group, a suicide bomber described as a person, a tactic told as a habit, drones
counted with a pronoun, and a state named as the launcher of drones."""

import pytest

FOUNDED = [
    (
        "On 5 May 2026, the Arakan Army said it had set up a new regional command "
        "headquarters in Kyauktaw township, months after capturing the town from the military.",
        [("Headquarters or base established", "AA: Arakan Army", None)],
    ),
    (
        "On 5 May 2026, JNIM militants established two new bases in the forest near "
        "Tenenkou in central Mali, residents said.",
        [
            (
                "Headquarters or base established",
                "JNIM: Group for Support of Islam and Muslims",
                None,
            )
        ],
    ),
]

NO_EVENT = [
    # a camp of displaced families is no base, and fighting they fled is no fight told
    "On 5 May 2026, displaced families set up a camp outside Goma after fleeing the fighting.",
    "On 5 May 2026, thousands of people fled the fighting around Rutshuru, aid workers said.",
    # a tactic told as the group's habit
    "Boko Haram has used female suicide bombers in the markets of Borno.",
    # an act told as a time reference long past
    "On 5 May 2026, two years after the massacre in Kauri, the governor opened a school there.",
]


@pytest.mark.parametrize(("text", "expected"), FOUNDED)
def test_a_base_set_up_is_coded_with_its_founder_only(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text", NO_EVENT)
def test_references_and_habits_make_no_event(extracted, text):
    assert extracted(text) == []


def test_fighting_fled_from_with_its_sides_named_stays_a_battle(coded):
    text = "On 5 May 2026, residents fled as M23 rebels and Congolese troops fought in Rutshuru."
    assert coded(text) == [
        (
            "Armed clash",
            "Military Forces of the Democratic Republic of Congo (2019-)",
            "M23: March 23 Movement",
        )
    ]


def test_a_capture_days_before_stays_an_event(coded):
    text = "On 5 May 2026, two days after seizing Kalemie, M23 rebels executed six men there."
    assert "Non-state actor overtakes territory" in [sub for sub, _, _ in coded(text)]


def test_men_of_a_named_group_are_the_group(coded):
    text = (
        "On 5 May 2026, soldiers of the Sudanese Rapid Support Forces shot dead three farmers "
        "near Bara in North Kordofan."
    )
    assert coded(text) == [("Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)")]


def test_a_party_leader_harmed_is_a_civilian(coded):
    text = (
        "On 5 May 2026, a local leader of the Awami League was hacked to death by unidentified "
        "assailants in Raipura upazila of Narsingdi district."
    )
    assert coded(text) == [
        ("Attack", "Unidentified Armed Group (Bangladesh)", "Civilians (Bangladesh)")
    ]


def test_a_suicide_bomber_described_as_a_person_is_an_armed_group(extracted):
    text = (
        "On 5 May 2026, a woman wearing an explosives vest blew herself up at a checkpoint "
        "outside Gwoza in Borno state, killing four members of the Civilian Joint Task Force."
    )
    (event,) = extracted(text)
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == (
        "Suicide bomb",
        "Unidentified Armed Group (Nigeria)",
        "CJTF: Civilian Joint Task Force",
        4,
    )


def test_drones_counted_with_a_pronoun_are_no_dead(extracted):
    text = (
        "On 5 May 2026, Russia launched 55 drones at Ukraine, and air defences shot down 42 "
        "of them over Poltava, the Ukrainian air force said."
    )
    assert [e.fatalities for e in extracted(text)] == [None]


def test_a_state_named_as_the_launcher_is_no_place(extracted):
    text = (
        "On 5 May 2026, Ukrainian air defences shot down 30 drones launched by Russia, the "
        "air force said. Falling debris damaged a house in the Poltava region."
    )
    assert [(e.sub_event_type, e.country) for e in extracted(text)] == [
        ("Disrupted weapons use", "Ukraine")
    ]


def test_bodies_dumped_tell_a_killing(coded):
    text = "On 5 May 2026, police found the bodies of four men dumped on a road near Irapuato."
    assert coded(text) == [("Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)")]


def test_bodies_found_with_no_sign_of_violence_make_no_event(extracted):
    text = "On 5 May 2026, police found the bodies of four men on a road near Irapuato."
    assert extracted(text) == []


def test_fighters_from_a_named_group_are_the_group(coded):
    text = (
        "On 5 May 2026, fighters from the Kachin Independence Army seized a military outpost "
        "near Myitkyina after three days of fighting."
    )
    assert coded(text) == [
        (
            "Non-state actor overtakes territory",
            "KIA: Kachin Independence Army",
            "Military Forces of Myanmar (2021-)",
        )
    ]


def test_a_proper_name_alias_written_small_is_a_common_word(coded):
    text = (
        "On 5 May 2026, traders in Nyeri blocked a road to protest against new market levies, "
        "and police dispersed them."
    )
    assert coded(text) == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")
    ]
