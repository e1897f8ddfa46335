"""A report's sum of the dead over the events it told is no event and no more dead
(`sitrep.extract.summaries`)."""

from collections.abc import Callable

from sitrep.model import Event

Extracted = Callable[[str], list[Event]]

TWO_ITEMS = (
    "Weekly roundup\n\n"
    "In Niger, on 29 January, gunmen killed three herders near Ouallam.\n\n"
    "In Burkina Faso, on 30 January, gunmen attacked a convoy near Djibo, killing six people.\n\n"
)


def _tolls(extracted: Extracted, text: str) -> list[tuple[str | None, int | None]]:
    return [(e.country, e.fatalities) for e in extracted(text)]


def test_a_sum_over_the_week_adds_no_dead(extracted: Extracted) -> None:
    text = TWO_ITEMS + "In total, 9 civilians were killed in the region this week."
    assert _tolls(extracted, text) == [("Niger", 3), ("Burkina Faso", 6)]


def test_a_sum_over_incidents_is_no_event(extracted: Extracted) -> None:
    text = TWO_ITEMS + "Between 24 and 30 January, at least 9 people were killed in two attacks."
    assert _tolls(extracted, text) == [("Niger", 3), ("Burkina Faso", 6)]


def test_a_count_after_one_event_still_completes_it(extracted: Extracted) -> None:
    text = (
        "On 30 January, gunmen attacked a convoy near Djibo. "
        "In total, 9 people were killed in the attack."
    )
    assert _tolls(extracted, text) == [("Burkina Faso", 9)]


def test_a_sum_that_names_its_perpetrator_stays(extracted: Extracted) -> None:
    text = TWO_ITEMS + "JNIM militants killed 12 soldiers in two attacks near Arbinda."
    assert len(extracted(text)) == 3


def test_a_sum_over_a_stretch_of_days_is_no_event(extracted: Extracted) -> None:
    text = TWO_ITEMS + "Between 24 and 30 January, at least 9 civilians were killed in the region."
    assert _tolls(extracted, text) == [("Niger", 3), ("Burkina Faso", 6)]
