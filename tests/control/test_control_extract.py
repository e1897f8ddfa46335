"""Control facts the real pipeline derives from short reports written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.control.model import Status

DAY = date(2019, 6, 10)  # a Monday
ARMY = "Military Forces of Syria (2000-2024)"
REBELS = "Opposition Rebels (Syria)"
SDF, IS = "QSD: Syrian Democratic Forces", "Islamic State (Syria)"


def facts(extract, text: str) -> list[tuple[object, ...]]:
    result = extract(text, published=DAY)
    for fact in result.control:
        for ev in fact.evidence:
            assert text[ev.start : ev.end] == ev.text
    return [(f.place, f.status, f.actor, f.counterpart, f.valid_from) for f in result.control]


def test_a_statement_of_control_with_its_claimant(extract):
    text = "Kobani is under the control of the YPG, a commander said on Monday."
    result = extract(text, published=DAY)
    (fact,) = result.control
    assert (fact.place, fact.location, fact.status, fact.actor) == (
        "Kobani",
        "‘Ayn al ‘Arab",
        Status.CONTROLS,
        "YPG: Peoples Protection Units",
    )
    assert (fact.valid_from, fact.precision, fact.claimed_by) == (DAY, 1, "a commander")


def test_no_longer_under_the_control_of_is_a_withdrawal(extract):
    assert facts(extract, "Manbij is no longer under the control of the Islamic State.") == [
        ("Manbij", Status.WITHDREW, "Islamic State", None, date(2019, 6, 4))
    ]


def test_a_held_town_that_is_encircled(extract):
    assert facts(extract, "The IS-held town of Raqqa was encircled by the SDF on 6 June 2017.") == [
        ("Raqqa", Status.CONTROLS, IS, None, date(2017, 6, 6)),
        ("Raqqa", Status.BESIEGES, SDF, None, date(2017, 6, 6)),
    ]


def test_a_siege_told_in_two_sentences_names_both_sides(extract):
    text = (
        "Government troops have encircled Aleppo since July. "
        "Rebel fighters in the city are besieged."
    )
    assert facts(extract, text) == [
        ("Aleppo", Status.BESIEGES, ARMY, REBELS, date(2018, 7, 1)),
        ("Aleppo", Status.BESIEGED_IN, REBELS, ARMY, date(2019, 6, 4)),
    ]


def test_a_withdrawal_event(extract):
    assert facts(extract, "Taliban fighters withdrew from Kunduz on Thursday.") == [
        ("Kunduz", Status.WITHDREW, "Taliban", None, date(2019, 6, 6))
    ]


def test_a_named_range_keeps_its_unresolved_end(extract):
    result = extract(
        "The army cleared all villages from Kafr Zita to Latamna of rebels on 2 May 2019.",
        published=DAY,
    )
    assert [(f.place, f.resolved, f.actor, f.counterpart, f.tags) for f in result.control] == [
        ("Kafr Zita", True, ARMY, REBELS, ("territory", "range:Kafr Zita..Latamna")),
        ("Latamna", False, ARMY, REBELS, ("territory", "range:Kafr Zita..Latamna")),
    ]
    assert result.control[1].country == "Syria"


def test_standing_positions_put_both_sides_at_the_town(extract):
    text = "Islamic State fighters attacked army positions 500 metres from the town of Tadmur."
    assert facts(extract, text) == [
        ("Tadmur", Status.CONTESTS, IS, None, date(2019, 6, 4)),
        ("Tadmur", Status.CONTESTS, ARMY, None, date(2019, 6, 4)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army denied that Saraqib had fallen to the rebels.",
        "Rebels are trying to break the siege of Douma.",
        "Rebels will besiege Douma next week.",
        "Stocks rose in London on Monday.",
        "Police dispersed a protest in Nairobi.",
    ],
)
def test_denials_plans_attempts_and_other_news_state_no_control(extract, text):
    result = extract(text, published=DAY)
    assert (result.control, result.operations) == ((), ())


def test_an_operation_with_its_launcher(extract):
    result = extract(
        "The Turkish army launched Operation Olive Branch on 20 January 2018 against the YPG "
        "in Afrin.",
        published=date(2018, 1, 22),
    )
    assert [(o.name, o.launched, o.fronts) for o in result.operations] == [
        ("Operation Olive Branch", date(2018, 1, 20), None)
    ]
    assert result.operations[0].actor is not None
    assert "Turkey" in result.operations[0].actor


def test_a_text_without_cue_words_is_not_read_again():
    from sitrep.control.extract import default_cues

    gate = default_cues().gate
    assert gate.search("Police dispersed a protest in Nairobi. Two people were hurt.") is None
    assert gate.search("Rebels have besieged the town.") is not None


def test_a_held_village_in_a_named_province_is_the_village(extract):
    text = "Rebels shelled the regime-controlled village of Jaba in central Quneitra province."
    result = extract(text, published=DAY)
    assert [(f.place, f.location, f.status, f.actor) for f in result.control] == [
        ("Jaba", "Jabā", Status.CONTROLS, ARMY)
    ]


def test_imposing_control_over_a_place_is_holding_it(extract):
    text = "Ahrar al-Sham fighters imposed their control over the village of Karsaa on Sunday."
    assert facts(extract, text) == [
        ("Karsaa", Status.CONTROLS, "AAS: Ahrar al-Sham", None, date(2019, 6, 9))
    ]


def test_a_reference_point_is_not_the_place_taken(extract):
    text = (
        "The Syrian army captured the village of Tell Ferzat in the vicinity of Nashabiyeh "
        "from Jaysh al-Islam fighters on 1 March 2018."
    )
    assert [f.place for f in extract(text, published=DAY).control] == ["Tell Ferzat"]


def test_a_transfer_is_read_from_the_side_its_trigger_names():
    from sitrep.control.territory import _roles
    from sitrep.model import Event

    transfer = Event(
        event_id="t",
        doc_id="d",
        event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory",
        actor1=ARMY,
        actor2=REBELS,
    )
    # "withdrew", "handed over": the first actor left and the other holds the place
    assert _roles(transfer) == [
        (Status.WITHDREW, ARMY, REBELS),
        (Status.CONTROLS, REBELS, ARMY),
    ]
    # "took control of", "established control over": the first actor holds it
    assert _roles(transfer, acquires=True) == [
        (Status.CONTROLS, ARMY, REBELS),
        (Status.WITHDREW, REBELS, ARMY),
    ]


def test_a_taker_named_beside_a_withdrawal_holds_the_place(extract):
    text = "The Syrian army took control of Saraqib on Sunday after rebels withdrew."
    assert facts(extract, text) == [
        ("Saraqib", Status.CONTROLS, ARMY, REBELS, date(2019, 6, 9)),
        ("Saraqib", Status.WITHDREW, REBELS, ARMY, date(2019, 6, 9)),
    ]


def test_a_capture_told_as_history_makes_no_event_but_tells_who_took_the_place(extract):
    text = (
        "The Syrian army captured the village of Tell Ferzat from Jaysh al-Islam fighters on "
        "1 March 2018."
    )
    result = extract(text, published=DAY)
    assert result.events == ()
    assert [(f.place, f.status) for f in result.control] == [("Tell Ferzat", Status.CONTROLS)]
