"""Two clauses of one sentence, each with a subject of its own and a place of its own, are
two acts ("Hezbollah fired rockets at northern Israel, and Israeli jets struck sites near
Nabatieh"); two sides acting at one scene ("police fired tear gas at protesters in Nairobi
and protesters threw stones") stay one event."""


def test_two_sides_acting_at_two_places_are_two_events(extracted):
    text = (
        "On 5 May 2026, rebels shelled Sake, and government jets struck rebel positions in "
        "Rutshuru."
    )
    assert [(e.sub_event_type, e.actor1, e.location) for e in extracted(text)] == [
        (
            "Shelling/artillery/missile attack",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Sake",
        ),
        (
            "Air/drone strike",
            "Military Forces of the Democratic Republic of Congo (2019-)",
            "Rutshuru",
        ),
    ]


def test_a_launch_and_the_answering_strike_are_two_events(extracted):
    text = (
        "On 5 May 2026, Hezbollah fired rockets at northern Israel, and Israeli jets later "
        "struck launch sites near Nabatieh."
    )
    assert [(e.sub_event_type, e.actor1, e.country) for e in extracted(text)] == [
        ("Shelling/artillery/missile attack", "Hezbollah", "Israel"),
        ("Air/drone strike", "Military Forces of Israel (2022-)", "Lebanon"),
    ]


def test_two_sides_at_one_scene_stay_one_event(extracted):
    text = (
        "On 5 May 2026, police fired tear gas at protesters in Kisumu and the protesters "
        "threw stones at them."
    )
    assert [e.location for e in extracted(text)] == ["Kisumu"]
