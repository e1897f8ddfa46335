"""An act told in a 'since' clause a month or more before the report's day is the point a
stretch runs from, background (war_origin.since_clause_act); a recent one is news."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def published(published_on):
    """(sub-event type, actor1, actor2, first day) for a text published on 14 March 2025."""

    def run(text):
        events = published_on(text, date(2025, 3, 14))
        return [(e.sub_event_type, e.actor1, e.actor2, e.date_start) for e in events]

    return run


def test_an_expulsion_years_before_is_no_event(published):
    assert published(
        "JNIM has grown stronger since the junta expelled French troops from Mali in 2022. "
        "On Sunday, JNIM fighters attacked the army camp at Sokoura, a local official said."
    ) == [
        ("Armed clash", "JNIM: Group for Support of Islam and Muslims",
         "Military Forces of Mali (2021-)", "2025-03-09"),
    ]  # fmt: skip


def test_an_offensive_launched_years_before_is_no_event(published):
    assert published(
        "Since the government launched its offensive against al-Shabaab in August 2022, clan "
        "militias have fought beside the army. On Tuesday, soldiers ambushed an al-Shabaab "
        "convoy near Bulo Burde, killing nine militants."
    ) == [("Armed clash", "Military Forces of Somalia (2022-)", "Al Shabaab", "2025-03-11")]


def test_a_recent_act_in_a_since_clause_is_news(published):
    assert published("Fighting has continued since rebels attacked the town on Monday.") == [
        ("Attack", "Unidentified Armed Group", "Civilians", "2025-03-10")
    ]
