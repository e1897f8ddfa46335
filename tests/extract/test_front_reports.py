"""Front-line features (session 21): trimmed paragraphs of long reports written for the
project, each run through the whole pipeline. An assault announced, then fought for hours,
is one battle on the announced day; a drone strike on a hospital the next morning is its own
event, not the battle's support fire (assemble._strike_on_civilians_elsewhere: a day of its
own suffices when the strike names no place)."""

from datetime import date
from pathlib import Path

SIEGE = (
    "On Tuesday the RSF launched its latest assault on the eastern front. Fighters in more "
    "than forty pickup trucks stormed the Daraja Oula neighbourhood at dawn and fought "
    "soldiers and Joint Force fighters for six hours before they were pushed back, according "
    "to Hamid and two other officers. The army said it killed 63 of the attackers and lost 11 "
    'of its own men. The RSF, in a statement on Telegram, said it had "liberated" three '
    'blocks of the neighbourhood and killed "hundreds of Burhan\'s mercenaries". Neither '
    "claim could be verified.\n\n"
    "On Wednesday morning an RSF drone struck the Saudi Hospital, the last functioning "
    "hospital in the city, killing four patients and a nurse, according to a doctor there, "
    'Mohamed Ismail. "They know exactly where we are," he said. "This is the fifth time they '
    'have hit this building since January."'
)


def test_a_siege_s_assault_and_the_next_day_s_drone_strike(published_on):
    events = published_on(SIEGE, date(2025, 6, 21))
    assert [
        (e.sub_event_type, e.actor1, e.actor2, e.date_start, e.fatalities) for e in events
    ] == [
        ("Armed clash", "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)",
         "2025-06-17", 63),
        ("Air/drone strike", "RSF: Rapid Support Forces", "Civilians (Sudan)", "2025-06-18", 5),
    ]  # fmt: skip


REPORTS = Path(__file__).resolve().parent / "fronts"


def test_a_drone_strike_on_a_day_of_its_own_is_no_battle_s_support(published_on):
    """The whole feature (tests/extract/fronts/el-fasher-siege.txt): the hospital struck
    on Wednesday, a place the gazetteer lacks, stays its own event beside the battles."""
    text = (REPORTS / "el-fasher-siege.txt").read_text(encoding="utf-8")
    events = published_on(text, date(2025, 6, 21))
    strikes = [
        (e.actor1, e.actor2, e.date_start, e.fatalities)
        for e in events
        if e.sub_event_type == "Air/drone strike"
    ]
    assert strikes == [("RSF: Rapid Support Forces", "Civilians (Sudan)", "2025-06-18", 5)]
    assert all(e.fatalities != 68 for e in events)  # no battle took the strike's dead
