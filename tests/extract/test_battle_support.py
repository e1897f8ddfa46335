"""Air strikes and shelling there and then, told after a battle, are part of it (ACLED)."""


def test_strikes_during_a_battle_add_their_dead_to_it(extracted):
    text = (
        "On 4 March 2024, government forces clashed with al-Shabaab fighters in Jilib. "
        "Warplanes also carried out strikes on the town, killing four fighters."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Armed clash", "Jilib", 4)
    ]


def test_strikes_on_another_day_are_their_own_event(extracted):
    text = (
        "On 4 March 2024, government forces clashed with al-Shabaab fighters in Jilib. "
        "On 8 March 2024, warplanes carried out strikes on the town, killing four fighters."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Armed clash", None),
        ("Air/drone strike", 4),
    ]
