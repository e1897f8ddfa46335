"""Sequences of short reports written for the project: the timeline a store gives back."""

from __future__ import annotations

from datetime import date

from sitrep.control.queries import state_at, timeline

ARMY = "Military Forces of Syria (2000-2024)"
IS = "Islamic State (Syria)"
REBELS = "Opposition Rebels (Syria)"


def _rows(lines):
    return [
        (p.start, p.end, p.status, p.controller, p.besieger, p.besieged)
        for line in lines
        for p in line.periods
    ]


def test_a_town_that_changes_hands_twice(report, store):
    report(
        "Islamic State fighters captured the Syrian town of Palmyra on May 20, 2015, after "
        "days of fighting with government forces.",
        doc_id="palmyra-1",
        published=date(2015, 5, 22),
        source="Wire One",
    )
    report(
        "The Syrian army recaptured Palmyra from the Islamic State on March 27, 2016.",
        doc_id="palmyra-2",
        published=date(2016, 3, 28),
        source="Wire Two",
    )
    (line,) = timeline(store, "Palmyra")
    assert (line.place.name, line.place.location, line.place.resolved) == (
        "Palmyra",
        "Tadmur",
        True,
    )
    assert _rows([line]) == [
        (date(2015, 5, 20), date(2016, 3, 26), "controlled", IS, None, None),
        (date(2016, 3, 27), None, "controlled", ARMY, None, None),
    ]
    assert [s.period.controller for s in state_at(store, date(2015, 12, 1))] == [IS]
    assert [s.period.controller for s in state_at(store, date(2016, 4, 1))] == [ARMY]
    assert state_at(store, date(2015, 1, 1)) == []


def test_a_siege_that_starts_and_is_lifted(report, store):
    report(
        "Government troops have besieged rebels in the town of Douma since 5 June 2019, "
        "residents said.",
        doc_id="douma-1",
        published=date(2019, 6, 10),
        source="Wire One",
    )
    report(
        "The siege of Douma was lifted on 2 August 2019.",
        doc_id="douma-2",
        published=date(2019, 8, 3),
        source="Wire Two",
    )
    assert _rows(timeline(store, "Douma")) == [
        (date(2019, 6, 5), date(2019, 8, 2), "besieged", REBELS, ARMY, REBELS),
        (date(2019, 8, 3), None, "controlled", REBELS, None, None),
    ]
    (during,) = state_at(store, date(2019, 7, 1), actor="military forces of syria")
    assert (during.period.status, during.last_seen) == ("besieged", date(2019, 6, 10))
    assert during.period.facts[0].claimed_by == "residents"


def test_two_sources_that_contradict_each_other(report, store):
    report(
        "The Syrian army took control of Saraqib on April 1, 2019.",
        doc_id="saraqib-army",
        published=date(2019, 4, 2),
        source="Wire One",
    )
    report(
        "Saraqib remains under the control of the rebels, a local council member said.",
        doc_id="saraqib-rebels",
        published=date(2019, 4, 2),
        source="Wire Two",
    )
    (line,) = timeline(store, "Saraqib")
    (period,) = line.periods
    # The dated report (day precision) wins over the undated one (a week): both are shown.
    assert (period.start, period.status, period.controller) == (
        date(2019, 4, 1),
        "controlled",
        ARMY,
    )
    assert [(f.doc_id, f.actor, f.claimed_by) for f in period.disputed] == [
        ("saraqib-rebels", REBELS, "a local council member")
    ]


def test_more_independent_sources_win_at_the_same_precision(report, store):
    day = date(2019, 4, 2)
    report("The Syrian army has taken control of Saraqib.", doc_id="a", published=day, source="One")
    for doc_id, source in (("b", "Two"), ("c", "Three")):
        report(
            f"Saraqib is under the control of the rebels, {source} reported.",
            doc_id=doc_id,
            published=day,
            source=source,
        )
    (period,) = timeline(store, "Saraqib")[0].periods
    assert (period.controller, period.sources) == (REBELS, 2)
    assert [f.doc_id for f in period.disputed] == ["a"]


def test_a_name_nobody_states_control_of_has_no_timeline(report, store):
    report("Protesters marched in Homs.", doc_id="x", published=date(2019, 1, 1), source="A")
    assert timeline(store, "Homs") == []
