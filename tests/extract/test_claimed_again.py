"""A claim of an act told before is dated by the claim: the act named again there is the act
told first, not another one on the claim's day."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def published(published_on):
    """The pipeline's events for a text published on Thursday 25 June 2026."""

    def run(text):
        return [
            (e.sub_event_type, e.actor1, e.event_date, e.fatalities)
            for e in published_on(text, date(2026, 6, 25))
        ]

    return run


BEHEADED = (
    "Insurgents beheaded four villagers in Nangololo-Sede, in Mozambique's Cabo Delgado "
    "province, on Tuesday, local sources said. "
)


def test_a_claim_told_with_its_own_day_is_the_act_told_before(published):
    assert published(BEHEADED + "The Islamic State claimed the attack on Wednesday.") == [
        ("Attack", "Islamic State (Mozambique)", "2026-06-23", 4)
    ]
    assert published(
        BEHEADED + "The Islamic State claimed responsibility for the attack on Wednesday."
    ) == [("Attack", "Islamic State (Mozambique)", "2026-06-23", 4)]


def test_a_claim_of_another_act_keeps_its_day(published):
    assert published(
        BEHEADED + "The Islamic State also claimed an attack on the village of Mbau on Wednesday."
    ) == [
        ("Attack", "Islamic State (Mozambique)", "2026-06-23", 4),
        ("Attack", "Islamic State (Mozambique)", "2026-06-24", None),
    ]


def test_the_claimant_s_account_of_the_act_is_part_of_the_claim(published):
    assert published(
        BEHEADED + "The Islamic State claimed the attack on Wednesday, saying its fighters had "
        "seized weapons and burned a church."
    ) == [("Attack", "Islamic State (Mozambique)", "2026-06-23", 4)]
