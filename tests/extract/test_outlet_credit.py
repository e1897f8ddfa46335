"""An outlet's credit opening a report ("SANA: ...") is the report's source and the claimant
of what it tells, not a place (sitrep/extract/outlet_credit.py)."""

from collections.abc import Callable

from sitrep.geocode.outlets import OutletDirectory
from sitrep.model import Event

Extracted = Callable[[str], list[Event]]


def test_a_credited_outlet_claims_the_report_and_places_nothing(extracted: Extracted) -> None:
    events = extracted(
        "SANA: Syrian and Russian warplanes targeted arms depots of terrorist organizations "
        "near Ariha in Idlib countryside on Saturday."
    )
    assert [e.claimed_by for e in events] == ["SANA"]
    assert [e.country for e in events] == ["Syria"]


def test_a_claim_in_the_text_wins_over_the_credit(extracted: Extracted) -> None:
    events = extracted(
        "TASS: Ukrainian forces shelled Horlivka on Sunday, killing two civilians, the city's "
        "mayor said."
    )
    assert [e.claimed_by for e in events] == ["the city's mayor"]


def test_only_a_listed_outlet_is_a_credit() -> None:
    from sitrep.extract.outlet_credit import outlet_credit  # collected with any install

    outlets = OutletDirectory.load()
    assert outlet_credit("Amaq: Soldiers of the Caliphate attacked.", outlets) is not None
    assert outlet_credit("Idlib: Regime forces shelled Ariha.", outlets) is None
    assert outlet_credit("Update: Regime forces shelled Ariha.", outlets) is None
    assert outlet_credit("Telegram: Regime forces shelled Ariha.", outlets) is None
