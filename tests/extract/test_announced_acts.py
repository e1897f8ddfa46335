"""An act announced by its noun, then told as a fight on the same day, is one event: the
battle, with the announcement's day and side (announced_acts.py); a fight told to last
hours keeps the scene's day (scene_days.lasted)."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def published(published_on):
    """(sub-event type, actor1, actor2, first day, last day) for a text of Saturday 12 April
    2025."""

    def run(text):
        events = published_on(text, date(2025, 4, 12))
        return [(e.sub_event_type, e.actor1, e.actor2, e.date_start, e.date_end) for e in events]

    return run


def test_the_latest_attack_is_the_fight_told_after_it(published):
    assert published(
        "The latest attack came on Sunday night. Around 200 JNIM fighters on motorbikes "
        "attacked the army camp at Sokoura and fought soldiers for nearly three hours, a "
        "local official said."
    ) == [
        ("Armed clash", "JNIM: Group for Support of Islam and Muslims",
         "Military Forces of Mali (2021-)", "2025-04-06", "2025-04-06"),
    ]  # fmt: skip


def test_an_assault_launched_names_the_unnamed_fighters(published):
    assert published(
        "On Tuesday the RSF launched its latest assault on the eastern front of El Fasher. "
        "Fighters in pickup trucks stormed the Daraja neighbourhood at dawn and fought "
        "soldiers for six hours before they were pushed back, officers said."
    ) == [
        ("Armed clash", "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)",
         "2025-04-08", "2025-04-08"),
    ]  # fmt: skip


def test_an_attack_on_a_target_of_its_own_is_no_announcement(published):
    assert published(
        "On Tuesday, RSF fighters attacked a village near El Fasher, killing five civilians. "
        "Soldiers fought the RSF near El Fasher on Tuesday, officers said."
    ) == [
        ("Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", "2025-04-08", "2025-04-08"),
        ("Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces",
         "2025-04-08", "2025-04-08"),
    ]  # fmt: skip
