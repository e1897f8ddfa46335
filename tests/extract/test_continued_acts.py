"""An act told on after its lead (same paragraph, no day of its own) or in a witness's words
is the lead's; a re-mention dated to a day points at that day's act."""

from datetime import date

import pytest

from sitrep.extract.dated_mentions import named_alike, places_named_again
from sitrep.model import Event, Toponym


@pytest.fixture(scope="module")
def published(published_on):
    """The pipeline's events for a text published on 12 May 2025 (undated acts are then
    the days before it, not a date carried from an earlier sentence)."""

    def run(text):
        return published_on(text, date(2025, 5, 12))

    return run


def _told(extracted, text):
    return [
        (e.sub_event_type, e.actor1, e.actor2, e.event_date, e.fatalities) for e in extracted(text)
    ]


def test_the_defence_told_after_the_assault_is_one_clash(published):
    assert _told(
        published,
        "On Friday, RSF fighters attacked army posts in Babanusa. Army troops fought them "
        "for five hours before the attackers withdrew.",
    ) == [
        (
            "Armed clash",
            "RSF: Rapid Support Forces",
            "Military Forces of Sudan (2019-)",
            "2025-05-09",
            None,
        )
    ]


def test_a_witness_quoted_on_the_killing_retells_it(published):
    events = published(
        "On Saturday, soldiers shot dead 14 villagers in Dangila.\n\n"
        '"They dragged the men out of their homes and shot them," a farmer said.'
    )
    assert [(e.actor1, e.fatalities) for e in events] == [
        ("Military Forces of Ethiopia (2018-)", 14)
    ]


def test_another_kind_of_act_in_the_next_paragraph_stands(published):
    events = published(
        "On Friday, RSF fighters stormed the market of Babanusa.\n\n"
        "Army troops arrested two traders in Babanusa."
    )
    assert [e.sub_event_type for e in events] == ["Attack", "Arrests"]


def test_a_re_mention_dated_to_a_day_retells_that_day_s_act(extracted):
    events = extracted(
        "On 9 May 2025, RSF fighters attacked army posts in Babanusa. On 11 May 2025, a drone "
        "struck a clinic in Babanusa, killing four patients. The attack of 9 May 2025 on "
        "Babanusa was the heaviest this year."
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Armed clash", "2025-05-09"),
        ("Air/drone strike", "2025-05-11"),
    ]


def test_fighting_that_died_down_killed_no_one(extracted):
    (event,) = extracted(
        "On 9 May 2025, RSF fighters attacked army posts in Babanusa. By the time the fighting "
        "died down, the school's wall had collapsed."
    )
    assert event.fatalities is None


def _event(sub: str, *, place: str, unresolved: str | None = None) -> Event:
    tags = (f"unresolved_place:{unresolved}",) if unresolved else ()
    return Event(
        event_id=sub,
        doc_id="t",
        event_type="Explosions/Remote violence",
        sub_event_type=sub,
        location=place,
        tags=tags,
    )


def test_a_re_mention_naming_a_quarter_points_at_the_act_there():
    strike = _event("Air/drone strike", place="Khan Yunis", unresolved="Batn al-Sameen")
    rockets = _event("Shelling/artillery/missile attack", place="Khan Yunis")
    again = _event("Air/drone strike", place="Khan Yunis", unresolved="Batn al-Sameen")
    words = lambda e: [t.split(":", 1)[1] for t in e.tags]  # noqa: E731
    assert named_alike([strike, rockets], [0, 1], again, words) == 0
    plain = _event("Air/drone strike", place="Khan Yunis")
    assert named_alike([strike, rockets], [0, 1], plain, words) == 1


def test_a_re_mention_is_tagged_with_the_quarter_it_names_again():
    again = _event("Air/drone strike", place="Khan Yunis")
    places = [
        Toponym(start=0, end=14, text="Batn al-Sameen"),
        Toponym(start=20, end=25, text="Abasan"),
    ]
    tagged = places_named_again(again, "The strike on Batn al-Sameen was the deadliest.", places)
    assert tagged.tags == ("unresolved_place:Batn al-Sameen",)
