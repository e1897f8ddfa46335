"""'The insurgents', 'the attackers': the armed group the report named, never the foreign
forces or the militias named with the state's forces as one side."""

from collections.abc import Callable
from datetime import date

from sitrep.model import Event

PublishedOn = Callable[[str, date | None], list[Event]]
DAY = date(2026, 3, 4)


def _sides(published_on: PublishedOn, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in published_on(text, DAY)]


def test_the_militants_are_not_the_militia_named_beside_the_troops(published_on):
    text = (
        "Boko Haram fighters abducted 14 women from a village near Bama in Borno State on "
        "Monday. Nigerian troops and Civilian Joint Task Force members patrol the area. On "
        "Wednesday, soldiers clashed with the militants near Bama, killing five of them."
    )
    sides = _sides(published_on, text)
    assert sides[-1][1] is not None and sides[-1][1].startswith("Boko Haram")


def test_the_attackers_are_not_the_foreign_troops(published_on):
    text = (
        "Al-Shabaab militants attacked a base held by African Union troops in Jowhar, Somalia, "
        "on Friday. On Saturday, Somali soldiers clashed with the attackers near Jowhar."
    )
    assert _sides(published_on, text)[-1] == ("Military Forces of Somalia (2022-)", "Al Shabaab")


def test_a_group_named_last_is_still_who_the_label_means(published_on):
    text = (
        "Wazalendo fighters attacked positions of the M23 near Sake in North Kivu on Monday. "
        "On Tuesday, Congolese troops clashed with the rebels near Sake."
    )
    assert _sides(published_on, text)[-1][1] == "M23: March 23 Movement"
