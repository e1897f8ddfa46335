"""Acts named only as whom an operation sought ('raids targeting suspected Islamic State
members') or as a reason cited for a decision ('citing continued attacks') are no acts of
their own; the arrests of the raids are, and an attack cited with its own article is told."""


def test_raids_targeting_suspects_are_arrests(coded):
    text = (
        "On 4 May 2026, Turkish police detained 45 people in raids across Izmir province "
        "targeting suspected Islamic State members, state media said."
    )
    assert [c[0] for c in coded(text)] == ["Arrests"]


def test_attacks_cited_as_a_reason_make_no_event(extracted):
    text = (
        "On 4 May 2026, the military government said it had extended a state of emergency in "
        "Sagaing by six months, citing continued attacks by what it called terrorists."
    )
    assert extracted(text) == []


def test_an_attack_that_targets_people_not_sought_is_an_attack(coded):
    text = (
        "On 4 May 2026, gunmen opened fire on a bus targeting Hazara passengers near Quetta, "
        "Pakistan, killing four."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_what_forces_are_deployed_to_fight_is_no_fight(coded):
    text = (
        "Rwandan and Mozambican soldiers have been stationed in Cabo Delgado province since "
        "2021 to combat the insurgency."
    )
    assert coded(text) == []


def test_forces_sent_to_an_area_to_fight_bandits_fight_no_one(coded):
    text = "Soldiers were sent to Zamfara State, Nigeria, to fight bandits."
    assert coded(text) == []


def test_forces_sent_somewhere_who_then_fought_did_fight(coded):
    text = (
        "Soldiers were sent to Zamfara State, Nigeria, and clashed with bandits near Gusau "
        "on 3 May 2026."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]
