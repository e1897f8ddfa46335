"""Places that the small model's labels used to lose: a final newline changing the label of
the last name, a town labelled a person or an organisation after a spatial preposition, and
a spelling guess in another province than the one the report names (own texts, the whole
pipeline and the real gazetteer)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import Event

Extracted = Callable[[str], list[Event]]
Placed = tuple[str, str | None, str | None, str | None, tuple[str, ...]]


def _placed(extracted: Extracted, text: str) -> list[Placed]:
    return [
        (e.sub_event_type, e.location, e.admin1, e.country, tuple(e.tags)) for e in extracted(text)
    ]


@pytest.mark.parametrize("ending", ["", "\n", "\n\n", "  \n \n"])
def test_a_final_newline_changes_no_place(extracted: Extracted, ending: str) -> None:
    text = "Militants attacked a police convoy in Daquq." + ending
    assert _placed(extracted, text) == [("Armed clash", "Dāqūq", "Kirkuk", "Iraq", ())]


def test_a_town_after_near_is_a_place_whatever_its_label(extracted: Extracted) -> None:
    # the model labels the last name a person here
    text = "Militants attacked a police convoy near Al Hamrawi village, south of Daquq."
    assert _placed(extracted, text) == [("Armed clash", "Dāqūq", "Kirkuk", "Iraq", ())]


@pytest.mark.parametrize(
    ("town", "placed"),
    [
        ("Daquq", ("Dāqūq", "Kirkuk", "Iraq")),
        # towns of China and Japan bear this name: nothing says which, so none is read
        ("Taji", (None, None, None)),
    ],
)
def test_a_name_after_north_of_is_read_when_one_country_holds_it(
    extracted: Extracted, town: str, placed: tuple[str | None, ...]
) -> None:
    text = f"A roadside bomb wounded two soldiers in farmland north of {town} on Monday."
    assert [(e.location, e.admin1, e.country) for e in extracted(text)] == [placed]


def test_a_town_under_another_recorded_name_is_read(extracted: Extracted) -> None:
    text = (
        "An air strike hit a market in Hillat Sabun, east of Al Fashir, killing at least 20 people."
    )
    assert _placed(extracted, text) == [
        ("Air/drone strike", "El Fasher", "North Darfur", "Sudan", ())
    ]


def test_a_town_labelled_a_product_after_east_of_is_a_place(extracted: Extracted) -> None:
    text = (
        "Fierce clashes renewed on Thursday between the SDF and Turkish-backed factions of the "
        "SNA east of Manbij."
    )
    assert _placed(extracted, text) == [("Armed clash", "Manbij", "Aleppo", "Syria", ())]


def test_a_person_after_in_stays_a_person(extracted: Extracted) -> None:
    text = (
        "Gunmen shot dead two traders in Gwoza on Sunday. Residents said they had lost faith "
        "in Jackson's promises of protection."
    )
    assert _placed(extracted, text) == [("Attack", "Gwoza", "Borno", "Nigeria", ())]


def test_a_spelling_guess_outside_the_named_province_is_dropped(extracted: Extracted) -> None:
    # no town is called Kawuri in the gazetteer; Kari, a town of Bauchi state, is only alike
    text = (
        "Gunmen killed five farmers in the village of Kawuri in Nigeria's Borno state on "
        "Tuesday, a local official said."
    )
    assert _placed(extracted, text) == [
        ("Attack", "Borno", "Borno", "Nigeria", ("unresolved_place:Kawuri",))
    ]


def test_a_headline_on_its_own_line_is_no_second_event(titled: Extracted) -> None:
    text = (
        "Gunmen kill four traders near Kachia\n"
        "KADUNA, Nigeria - Gunmen killed four traders on the road out of Kachia in Kaduna "
        "state on Monday, a police spokesman said, adding that officers had been sent there.\n"
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in titled(text)] == [
        ("Attack", "Kachia", 4)
    ]
