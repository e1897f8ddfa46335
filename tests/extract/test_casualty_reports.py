"""A sentence that only counts the dead completes the event told before it."""


def test_a_named_victim_with_no_agent_counts_for_the_event_before(extracted):
    text = (
        "Clashes took place between regime forces and rebel factions near Saraqib in Idlib. "
        "The Tiger Forces field commander, Ali Hamad, was killed."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Armed clash", "Military Forces of Syria (2024-)", 1)
    ]


def test_a_coders_figure_replaces_the_counts_told(extracted):
    text = (
        "Kenyan soldiers clashed with al-Shabaab fighters near the village, killing nine "
        "fighters. Fatalities coded as 4."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 4)]


def test_the_other_sides_dead_told_apart_add_to_the_event(extracted):
    text = (
        "On 3 May 2024, 2 soldiers were killed in an attack by al-Shabaab militants on a base "
        "in Lamu. Also 4 al-Shabaab militants were killed and 3 were wounded."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 6)]


def test_a_split_divides_the_figure_told_before():
    from sitrep.extract.assemble import DeathCount, add_casualty_reports
    from sitrep.model import Event

    event = Event(
        event_id="e", doc_id="d", event_type="Battles", sub_event_type="Armed clash", fatalities=9
    )
    out = add_casualty_reports([event, DeathCount(fatalities=0, evidence=(), divisor=2)])
    assert [e.fatalities for e in out] == [4]


def test_the_same_act_told_again_with_its_dead_completes_the_first_telling(extracted):
    text = (
        "Rebel fighters clashed with the army near Kafr Nabl in Idlib. Clashes in Kafr Nabl "
        "between the Syrian army and Hayat Tahrir al-Sham left 7 dead."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 7)]


def test_a_count_after_two_tellings_of_one_act_goes_to_the_first(extracted):
    text = (
        "Regime forces and allied militias clashed with Rahman Corps in Harasta. The clashes "
        "were accompanied by rebel rocket fire on regime positions. At least 14 fighters were "
        "killed."
    )
    events = extracted(text)
    assert (events[0].sub_event_type, events[0].fatalities) == ("Armed clash", 14)
    assert [e.fatalities for e in events[1:]] == [None] * (len(events) - 1)


def test_damage_told_beside_the_count_belongs_to_the_event(extracted):
    text = (
        "Clashes between two clans were reported near Kainuk, Kenya. One person was killed, "
        "and more houses were torched."
    )
    assert [(e.sub_event_type, e.fatalities) for e in extracted(text)] == [("Armed clash", 1)]
