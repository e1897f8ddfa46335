"""A side's own forces as its statement names them ('the IDF said its troops ...') and the
speaking state's forces as the agent of its communiqué's passive ('six PKK terrorists were
neutralised', the ministry said): sitrep/extract/own_forces.py, communique_passives.py."""

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]

ISRAEL = "Military Forces of Israel (2022-)"
LEBANON = "Military Forces of Lebanon"
TURKEY = "Military Forces of Turkey (2016-)"
NIGERIA = "Military Forces of Nigeria (2023-)"
PKK = "PKK: Kurdistan Workers Party"


def test_its_troops_after_the_speaker_are_the_speakers(coded: Coded) -> None:
    told = coded(
        "The IDF said its troops killed three Hezbollah operatives near the village of "
        "Aitaroun in southern Lebanon on Sunday."
    )
    assert [(a1, a2) for _, a1, a2 in told] == [(ISRAEL, "Hezbollah")]


def test_troops_without_a_speaker_stay_the_countrys(coded: Coded) -> None:
    told = coded(
        "Troops clashed with Hezbollah fighters near the village of Aitaroun in southern "
        "Lebanon on Sunday, killing three."
    )
    assert [a1 for _, a1, _ in told] == [LEBANON]


def test_a_ministrys_passive_tally_is_its_forces_act(coded: Coded) -> None:
    told = coded(
        "The Turkish Defence Ministry said on Tuesday that six PKK terrorists were "
        "neutralised in the Zap region of northern Iraq."
    )
    assert [(a1, a2) for _, a1, a2 in told] == [(TURKEY, PKK)]


def test_an_armys_passive_tally_in_its_own_country(coded: Coded) -> None:
    told = coded("Nigeria's army said 12 terrorists were neutralised in Gwoza, Borno State.")
    assert [a1 for _, a1, _ in told] == [NIGERIA]


def test_a_passive_with_its_agent_named_keeps_it(coded: Coded) -> None:
    told = coded(
        "Four PKK terrorists were neutralised by Turkish forces in the Zap region of northern "
        "Iraq, the Turkish Defence Ministry said."
    )
    assert [(a1, a2) for _, a1, a2 in told] == [(TURKEY, PKK)]


def test_a_passive_told_by_a_civil_body_names_no_agent(coded: Coded) -> None:
    told = coded(
        "Six PKK militants were neutralised in the Zap region of northern Iraq, the "
        "Kurdistan regional health directorate said."
    )
    assert [a1 for _, a1, _ in told] != [TURKEY]


def test_military_after_a_named_group_is_the_groups(coded: Coded) -> None:
    told = coded(
        "The Israeli army said its aircraft struck a Hezbollah military structure in the "
        "area of Khiam in southern Lebanon overnight."
    )
    assert [(a1, a2) for _, a1, a2 in told] == [(ISRAEL, "Hezbollah")]


def test_military_after_a_nationality_stays_the_states(coded: Coded) -> None:
    told = coded("The Lebanese military said it shelled a smuggling route near Hermel.")
    assert [a1 for _, a1, _ in told] == [LEBANON]
