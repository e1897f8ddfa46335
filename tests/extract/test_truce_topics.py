"""A truce that talks are about, or that someone calls for, is no agreement
(sought_outcomes.py); a truce dated years back by the clause on its own word is history
(history.py); a ceasefire signed or taking effect is one."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def published(published_on):
    """(sub-event type, first day) for a text published on Saturday 18 January 2025."""

    def run(text):
        return [(e.sub_event_type, e.date_start) for e in published_on(text, date(2025, 1, 18))]

    return run


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Cairo and Doha on a ceasefire and the release of the hostages have "
        "dragged on for months.",
        '"They talk about a truce," she said.',
        "Mediators called for a ceasefire on Tuesday.",
    ],
)
def test_a_truce_talked_about_or_called_for_is_no_agreement(published, text):
    assert published(text) == []


def test_a_truce_brokered_years_ago_is_history(published):
    assert (
        published(
            "A truce brokered by the UN in April 2022 has largely held along the front lines "
            "at Marib."
        )
        == []
    )


def test_a_ceasefire_that_took_effect_is_an_agreement(published):
    assert published("A ceasefire agreed in talks in Doha took effect on Tuesday.") == [
        ("Agreement", "2025-01-14")
    ]
