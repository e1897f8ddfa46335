"""Strikes told with the bare verb (sitrep/extract/armed_strikes.py): a state's forces that
"struck" a target of war with no weapon named made an air or drone strike."""

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]

ISRAEL = "Military Forces of Israel (2022-)"


def test_forces_striking_a_target_is_an_air_strike(coded: Coded) -> None:
    told = coded("The IDF struck a Hamas weapons depot in Khan Younis overnight, the army said.")
    assert told == [("Air/drone strike", ISRAEL, "Hamas Movement")]


def test_the_weapon_named_types_the_strike(coded: Coded) -> None:
    told = coded("The IDF struck Hezbollah positions with artillery near Khiam on Tuesday.")
    assert told == [("Shelling/artillery/missile attack", ISRAEL, "Hezbollah")]


def test_struck_of_no_force_or_no_target_is_no_strike(coded: Coded) -> None:
    assert coded("The two parties struck a deal in Khan Younis on Tuesday.") == []
    assert coded("A heavy storm struck the coast near Khan Younis on Tuesday.") == []
    assert coded("The army struck a balance between training and rest, the minister said.") == []
