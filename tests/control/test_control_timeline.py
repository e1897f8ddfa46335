"""Timeline resolution on hand-built facts (no parsing)."""

from __future__ import annotations

from datetime import date

from sitrep.control.model import ControlFact, Status
from sitrep.control.timeline import resolve


def fact(n: int, status: Status, actor: str | None, day: date | None, **more) -> ControlFact:
    values = {"doc_id": f"d{n}", "place": "Aldoria", "geonameid": 7, "source": f"s{n}"}
    values.update({"precision": 1, **more})
    return ControlFact(fact_id=f"f{n}", status=status, actor=actor, valid_from=day, **values)


def test_a_withdrawal_with_nobody_taking_over_leaves_the_place_withdrawn():
    (line,) = resolve(
        [
            fact(1, Status.CONTROLS, "A", date(2020, 1, 1)),
            fact(2, Status.WITHDREW, "A", date(2020, 2, 1)),
        ]
    )
    assert [(p.start, p.end, p.status, p.controller) for p in line.periods] == [
        (date(2020, 1, 1), date(2020, 1, 31), "controlled", "A"),
        (date(2020, 2, 1), None, "withdrawn", None),
    ]


def test_a_hand_over_names_the_new_holder():
    (line,) = resolve(
        [
            fact(1, Status.CONTROLS, "A", date(2020, 1, 1)),
            fact(2, Status.WITHDREW, "A", date(2020, 2, 1), counterpart="B"),
        ]
    )
    assert [p.controller for p in line.periods] == ["A", "B"]


def test_restating_the_same_state_joins_periods_and_counts_sources():
    (line,) = resolve(
        [
            fact(1, Status.CONTROLS, "A", date(2020, 1, 1), confidence=0.5),
            fact(2, Status.CONTROLS, "A", date(2020, 3, 1), confidence=0.5),
        ]
    )
    (period,) = line.periods
    assert (period.start, period.end, period.sources, period.confidence) == (
        date(2020, 1, 1),
        None,
        2,
        0.75,
    )


def test_one_document_never_contradicts_itself():
    month = {"precision": 3}
    facts = [
        ControlFact(fact_id="x", doc_id="d", place="Aldoria", status=Status.CONTROLS,
                    actor="A", valid_from=date(2020, 5, 1), **month),
        ControlFact(fact_id="y", doc_id="d", place="Aldoria", status=Status.CONTROLS,
                    actor="B", valid_from=date(2020, 5, 1), **month),
    ]  # fmt: skip
    (line,) = resolve(facts)
    (period,) = line.periods
    assert (period.controller, period.disputed) == ("B", ())


def test_a_withdrawal_contradicting_a_hold_is_settled_by_precision():
    (line,) = resolve(
        [
            fact(1, Status.CONTROLS, "A", date(2020, 5, 1), precision=2),
            fact(2, Status.WITHDREW, "A", date(2020, 5, 3)),
        ]
    )
    (period,) = line.periods
    assert (period.status, [f.fact_id for f in period.disputed]) == ("withdrawn", ["f1"])


def test_contest_and_siege_by_unnamed_forces():
    (line,) = resolve(
        [
            fact(1, Status.CONTESTS, "A", date(2020, 1, 1)),
            fact(2, Status.CONTESTS, "B", date(2020, 1, 1)),
            fact(3, Status.BESIEGES, None, date(2020, 3, 1)),
            fact(4, Status.BESIEGES, None, None, valid_until=date(2020, 4, 1)),
        ]
    )
    assert [(p.status, p.besieger, p.contested_by) for p in line.periods] == [
        ("contested", None, ("A", "B")),
        ("besieged", "(unnamed)", ("A", "B")),
        ("contested", None, ("A", "B")),
    ]
    assert line.periods[1].end == date(2020, 4, 1)


def test_unresolved_names_meet_across_spellings():
    lines = resolve(
        [
            fact(1, Status.CONTROLS, "A", date(2020, 1, 1), geonameid=None, place="Xiranice"),
            fact(2, Status.CONTROLS, "A", date(2020, 2, 1), geonameid=None, place="XIRANICE"),
        ]
    )
    assert [(line.place.name, line.place.resolved, len(line.periods)) for line in lines] == [
        ("Xiranice", False, 1)
    ]


def test_a_later_report_of_an_unnamed_siege_keeps_the_named_besieger():
    (line,) = resolve(
        [
            fact(1, Status.BESIEGES, "A", date(2020, 1, 1), counterpart="B"),
            fact(2, Status.BESIEGES, None, date(2020, 3, 1)),
        ]
    )
    (period,) = line.periods
    assert (period.besieger, period.besieged, period.sources) == ("A", "B", 2)
