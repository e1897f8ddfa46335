"""Where an event is: not at a venue of talks or visits named as background, and, among
same-name places, in the province its actors fight in (own texts, whole pipeline)."""

from collections.abc import Callable

from sitrep.model import Event

Extracted = Callable[[str], list[Event]]


def _where(events: list[Event]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.admin1, e.country) for e in events]


def test_a_visit_abroad_is_no_place_of_the_attack(extracted: Extracted) -> None:
    text = (
        "Al-Shabaab fighters attacked a military base in Lower Shabelle on Monday, killing"
        " five soldiers, while the president was on a visit to Nairobi."
    )
    assert _where(extracted(text)) == [
        ("Armed clash", "Lower Shebelle", "Lower Shebelle", "Somalia")
    ]


def test_an_attack_on_a_meeting_stays_at_the_meeting(extracted: Extracted) -> None:
    text = "Gunmen attacked a community meeting in Kukawa on Tuesday, killing four people."
    assert _where(extracted(text)) == [("Attack", "Kukawa", "Borno", "Nigeria")]


def test_maoists_bijapur_is_chhattisgarhs(extracted: Extracted) -> None:
    text = "Maoists detonated an IED in Bijapur on Sunday, killing two policemen."
    assert _where(extracted(text)) == [
        ("Remote explosive/landmine/IED", "Bījāpur", "Chhattisgarh", "India")
    ]
