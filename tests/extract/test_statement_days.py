"""An act first dated by the day of a statement ('said on Tuesday') takes the day its
re-mention tells; an act told anew on its own day stays apart."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def published(published_on):
    """The pipeline's events for a text published on Wednesday 8 July 2026."""

    def run(text):
        return [
            (e.sub_event_type, e.location, e.event_date, e.fatalities)
            for e in published_on(text, date(2026, 7, 8))
        ]

    return run


SAID = (
    "Suspected ADF rebels killed at least 35 civilians in an attack on the town of Bunia "
    "in Ituri province, DR Congo, a local official said on Tuesday. "
)


def test_the_act_s_own_day_told_again_replaces_the_statement_s(published):
    told = published(SAID + "The attack took place on Monday night during a funeral.")
    assert told == [("Attack", "Bunia", "2026-07-06", 35)]


def test_an_act_told_anew_on_its_own_day_stays_apart(published):
    told = published(SAID + "The rebels also attacked the village of Oicha on Monday.")
    assert [(day, dead) for _, _, day, dead in told] == [("2026-07-07", 35), ("2026-07-06", None)]


def test_a_bare_night_is_the_night_before_the_statement(published):
    told = published(
        "Suspected ADF rebels killed 35 civilians in an overnight attack on Bunia in Ituri "
        "province, DR Congo, a local official said on Tuesday."
    )
    assert told == [("Attack", "Bunia", "2026-07-06", 35)]
    told = published(
        "Suspected ADF rebels killed 35 civilians in an overnight attack on Bunia in Ituri "
        "province, DR Congo."
    )
    assert told == [("Attack", "Bunia", "2026-07-07", 35)]
