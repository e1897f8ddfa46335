"""A country named as whose body speaks ("Ukraine's General Staff confirmed ...") is no place
of the act (speaker_places.py); a force that confirms its own strike ("its forces had hit the
refinery") tells the strike told before again (retelling.own_account)."""


def test_the_speakers_country_is_no_place_of_a_retold_strike(coded):
    text = (
        "Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, the"
        " regional governor said on Sunday. Ukraine's General Staff later confirmed that its"
        " forces had hit the refinery."
    )
    assert coded(text) == [("Air/drone strike", "Military Forces of Ukraine (2019-)", None)]


def test_a_strike_on_a_place_of_its_own_stays_apart(coded):
    text = (
        "Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, the"
        " regional governor said on Sunday. Ukraine's General Staff said its forces had also hit"
        " an airfield near the city of Engels, Russia."
    )
    assert len(coded(text)) == 2


def test_a_confirmed_strike_joins_its_sides_strike_not_the_last_event(extracted):
    text = (
        "Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, the"
        " regional governor said on Sunday. Russia's Defence Ministry said air defence systems"
        " had intercepted 30 Ukrainian drones over the region. Ukraine's General Staff later"
        " confirmed that its forces had hit the refinery."
    )
    events = extracted(text)
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Disrupted weapons use"]
    assert "hit" in [x.text for x in events[0].evidence if x.role == "trigger"]
    assert "hit" not in [x.text for x in events[1].evidence if x.role == "trigger"]
