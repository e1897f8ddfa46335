"""A strike whose report denies harm ("No one was hurt") has no civilian target; one that
tells people hurt does (defaults.py, NO_HARM)."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
STRIKE = (
    "Ukrainian drones struck a fuel depot in Russia's Oryol region overnight, causing a large "
    "fire, the governor said."
)


def test_no_one_hurt_is_no_civilian_target(coded: Coded) -> None:
    assert coded(f"{STRIKE} No one was hurt.") == [
        ("Air/drone strike", "Military Forces of Ukraine (2019-)", None)
    ]


def test_people_hurt_are_the_civilian_target(coded: Coded) -> None:
    assert coded(f"{STRIKE} Two workers were hurt.") == [
        ("Air/drone strike", "Military Forces of Ukraine (2019-)", "Civilians (Russia)")
    ]
