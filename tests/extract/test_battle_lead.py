"""Session 17 armed typing: the battle a report is about leads, and remote fire inside a
fight (told with it, answered in kind, or stopped before it went off) is the fight."""


def test_a_battle_told_after_the_shelling_it_was_part_of_leads(extracted):
    text = (
        "On 3 March 2018, regime forces shelled Kafr Batna in Rural Damascus. "
        "Clashes also took place on the outskirts of the town between Jaysh al-Islam "
        "fighters and regime forces."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Military Forces of Syria (2000-2024)", "Jaysh al-Islam")
    ]
    assert [e.role for e in events[0].evidence if e.role.startswith("actor")] == [
        "actor2",
        "actor1",
        "actor1",
    ]


def test_shelling_by_a_side_the_later_clash_does_not_name_stays_first(extracted):
    text = (
        "On 3 March 2018, unidentified gunmen shelled Kafr Batna in Rural Damascus. "
        "Clashes took place on the outskirts of the town between Jaysh al-Islam "
        "fighters and regime forces."
    )
    assert [e.sub_event_type for e in extracted(text)] == [
        "Shelling/artillery/missile attack",
        "Armed clash",
    ]


def test_a_fight_told_with_remote_fire_is_the_battle_with_one_side_named(coded):
    text = (
        "Turkish forces advanced towards the town of Jandairis, Syria. The clash was "
        "accompanied by heavy mutual shelling and Turkish airstrikes."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_fire_answered_in_response_by_the_country_fired_on_is_a_battle(coded):
    text = (
        "Iranian militias fired artillery at Turkish forces near the village of Tallat "
        "al-Jerdi, Syria. In response, Turkey fired 12 missiles at the militia positions."
    )
    assert coded(text)[0] == (
        "Armed clash",
        "Hezbollah",
        "Military Forces of Turkey (2016-)",
    )


def test_suicide_bombers_gunned_down_by_forces_are_fought_not_a_bombing(coded):
    text = "On 3 May 2018, Iraqi forces gunned down two suicide bombers near Kirkuk, Iraq."
    assert [c[:2] for c in coded(text)] == [("Armed clash", "Military Forces of Iraq (2014-2018)")]


def test_suicide_bombers_arrested_before_blowing_up_is_a_disrupted_attack(coded):
    text = (
        "On 3 May 2018, two suicide bombers were arrested near Kirkuk, Iraq, before they "
        "could blow themselves up."
    )
    assert [c[0] for c in coded(text)] == ["Disrupted weapons use"]


def test_a_bomber_shot_after_his_vest_went_off_is_still_a_suicide_bombing(coded):
    text = (
        "On 3 May 2018, police shot dead a suicide bomber who detonated his vest at a "
        "checkpoint in Kirkuk, Iraq."
    )
    assert [c[0] for c in coded(text)] == ["Suicide bomb"]


def test_a_battle_leads_many_strikes_told_before_it_which_stay_apart(coded):
    text = (
        "On 3 March 2018, regime forces fired over 30 rocket shells on Kafr Batna in Rural "
        "Damascus as warplanes carried out about 15 raids on the town. Clashes also took place "
        "on the outskirts of the town between regime forces and Jaysh al-Islam fighters."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash", "Air/drone strike"]
