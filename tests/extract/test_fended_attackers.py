"""The attacker of a fight named by the assaults fended off in its own sentence: "Heavy
fighting is under way near X, where Ukrainian troops repelled nine Russian assaults"
(participants.py, `_national_attacker`)."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]


def test_fighting_where_assaults_were_repelled_names_the_attacker(coded: Coded) -> None:
    text = (
        "Heavy fighting is under way near Hlyboke, where Ukrainian troops repelled nine Russian "
        "assaults on Monday, the General Staff said."
    )
    assert coded(text) == [
        ("Armed clash", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")
    ]


def test_unnamed_assaults_leave_the_attacker_to_other_rules(coded: Coded) -> None:
    text = (
        "Fighting raged around Hlyboke on Tuesday, where Ukrainian defenders repelled five "
        "attacks, the army said."
    )
    assert coded(text) == [
        ("Armed clash", "Unidentified Armed Group (Ukraine)", "Military Forces of Ukraine (2019-)")
    ]
