"""Sides and kinds of acts that must hold in any region: a force's word on a facility is no
perpetrator, the group that claims an act is its actor, a bombing told as a noun, an armed
clash never has civilians as a side, a party's account of its own strike is no second event,
'neutralised' fighters are dead, and 'the same day' takes the date of the event told before."""

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Document, Event
from sitrep.pipeline import Extractor, Result, run_extraction

Extracted = Callable[[str], list[Event]]
Coded = Callable[[str], list[tuple[str, str | None, str | None]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's word modifying a facility names a place, not the perpetrator
        (
            "A bombing near an army base in Kandahar on Monday killed four people.",
            [
                (
                    "Remote explosive/landmine/IED",
                    "Unidentified Armed Group (Afghanistan)",
                    "Civilians (Afghanistan)",
                )
            ],
        ),
        # ...and is the target when attacked
        (
            "Gunmen stormed a police station in Zamfara State on Tuesday, killing three officers.",
            [
                (
                    "Armed clash",
                    "Unidentified Armed Group (Nigeria)",
                    "Police Forces of Nigeria (2023-)",
                )
            ],
        ),
        # a suicide bombing told as a noun
        (
            "Al-Shabaab claimed a suicide bombing at a hotel in Kismayo on Friday that killed "
            "seven people.",
            [("Suicide bomb", "Al Shabaab", "Civilians (Somalia)")],
        ),
    ],
)
def test_facilities_and_bombings(coded: Coded, text: str, expected: list[tuple[str, ...]]) -> None:
    assert coded(text) == expected


def test_claimed_responsibility_names_the_actor(coded: Coded) -> None:
    text = (
        "Al-Shabaab claimed responsibility for a car bombing outside a police station in "
        "Baidoa on Thursday that killed nine people."
    )
    assert coded(text) == [("Remote explosive/landmine/IED", "Al Shabaab", "Civilians (Somalia)")]


def test_armed_clash_has_no_civilian_side(coded: Coded) -> None:
    text = "Gunmen killed four men in a shootout with rivals in Tijuana, Mexico on Sunday night."
    assert coded(text) == [
        ("Armed clash", "Unidentified Armed Group (Mexico)", "Unidentified Armed Group (Mexico)")
    ]


def test_own_account_of_a_strike_is_no_new_event(extracted: Extracted) -> None:
    text = (
        "An Israeli airstrike on a clinic in Khan Younis killed 12 people on Sunday, medics "
        "said. The Israeli military said it targeted militants hiding inside the clinic."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", 12)
    ]


def test_lower_case_civil_defence_is_no_syrian_actor(coded: Coded) -> None:
    text = "Shelling hit a market in Kharkiv, Ukraine on Monday, the civil defence agency said."
    assert all("Syria" not in str(actor) for _, a1, a2 in coded(text) for actor in (a1, a2))


def test_nationality_on_the_weapon_names_the_attacker(coded: Coded) -> None:
    text = "A Russian missile struck a school in Sumy, Ukraine on Friday, killing 6 people."
    assert coded(text) == [
        (
            "Shelling/artillery/missile attack",
            "Military Forces of Russia (2000-)",
            "Civilians (Ukraine)",
        )
    ]


def test_neutralised_fighters_are_dead(extracted: Extracted) -> None:
    text = (
        "Militants ambushed an army patrol near Djibo, Burkina Faso on Sunday, killing 7 "
        "soldiers. The army said 15 attackers were neutralised in the fighting."
    )
    assert [e.fatalities for e in extracted(text)] == [22]


def test_same_day_takes_the_date_before() -> None:
    text = (
        "The Rapid Support Forces shelled a camp near Nyala, Sudan on Monday, killing 9 people. "
        "The Sudanese army said it repelled an RSF assault on the town the same day."
    )
    extractor = Extractor.load()
    try:
        doc = Document(doc_id="t", text=text, published=date(2025, 3, 5))
        (result,) = list(run_extraction(extractor, [doc]))
    finally:
        extractor.close()
    assert isinstance(result, Result)
    assert [(e.sub_event_type, e.event_date) for e in result.events] == [
        ("Shelling/artillery/missile attack", "2025-03-03"),
        ("Armed clash", "2025-03-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject after a fronted phrase and a comma, that the parser hangs on the phrase
        (
            "After fighting with rebels, army and allied militia forces took control of Kidal, "
            "Mali on Monday.",
            [
                (
                    "Government regains territory",
                    "Military Forces of Mali (2021-)",
                    "Unidentified Armed Group (Mali)",
                )
            ],
        ),
        # the state regains territory from a side the text leaves unnamed
        (
            "Government troops recaptured the town of Kidal, Mali on Monday.",
            [
                (
                    "Government regains territory",
                    "Military Forces of Mali (2021-)",
                    "Unidentified Armed Group (Mali)",
                )
            ],
        ),
    ],
)
def test_territory_sides(coded: Coded, text: str, expected: list[tuple[str, ...]]) -> None:
    assert coded(text) == expected


def test_hyphenated_definite_retells_the_battle(extracted: Extracted) -> None:
    text = (
        "Jihadists attacked an army base in Djibo, Burkina Faso on Sunday. The army said it "
        "killed 30 assailants in the counter-offensive."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 30)]


def test_armed_men_torching_houses_destroy_property(coded: Coded) -> None:
    text = "Junta troops torched dozens of houses in a village in Magway, Myanmar on Tuesday."
    assert coded(text) == [
        ("Looting/property destruction", "Military Forces of Myanmar (2021-)", None)
    ]


def test_machines_shot_down_are_no_dead(extracted: Extracted) -> None:
    text = "Ukrainian forces shot down 25 Russian drones over Kharkiv, Ukraine overnight."
    assert [e.fatalities for e in extracted(text)] == [None]


def test_violence_against_civilians_targets_civilians(coded: Coded) -> None:
    text = "Islamic State militants executed four captured soldiers near Palmyra, Syria on Monday."
    assert coded(text) == [("Attack", "Islamic State (Syria)", "Civilians (Syria)")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun a relative clause with its own subject hangs on is that clause's object
        (
            "IS militants killed 3 border policemen they had kidnapped near Kirkuk, Iraq.",
            [("Attack", "Islamic State (Iraq)", "Civilians (Iraq)")],
        ),
        # a clause's subject acts before an agent told by a preposition ('from the army')
        (
            "Jihadists executed two prisoners from the army in Menaka, Mali on Monday.",
            [("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)")],
        ),
    ],
)
def test_subjects_act(coded: Coded, text: str, expected: list[tuple[str, ...]]) -> None:
    assert coded(text) == expected


def test_a_subject_ranks_agents_only(coded: Coded) -> None:
    text = (
        "A man's body was found on a road near Daraa, Syria on Monday, killed by unknown "
        "gunmen, after he went missing."
    )
    assert coded(text) == [("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)")]


def test_unidentified_arsonists_destroy_property(coded: Coded) -> None:
    text = "Unidentified persons set fire to a polling station in Oyem, Gabon on Monday."
    assert coded(text) == [
        ("Looting/property destruction", "Unidentified Armed Group (Gabon)", None)
    ]
