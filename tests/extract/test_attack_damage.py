"""Property destroyed by the attackers there and then is part of their attack; 'local
government area' names a place, not the government; farmers and herders fighting are
communal militias."""


def test_houses_burnt_by_the_attackers_are_the_clash(extracted):
    (event,) = extracted(
        "Farmers and herders clashed in Plateau State, Nigeria, on Sunday, leaving 11 people "
        "dead. Residents said the attackers, suspected Fulani herdsmen, burnt houses in two "
        "villages in Bokkos local government area."
    )
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == (
        "Armed clash",
        "Unidentified Communal Militia (Nigeria)",
        "Fulani Ethnic Militia (Nigeria)",
        11,
    )
    assert event.location == "Bokkos"
    assert "Government of Nigeria" not in (event.actor1, event.actor2)


def test_destruction_by_another_actor_stays_apart(coded):
    assert coded(
        "Gunmen attacked a police post in Bokkos, Plateau State, Nigeria, on Sunday. "
        "On Tuesday, protesters burnt a market in Jos, Nigeria."
    ) == [
        ("Armed clash", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria (2023-)"),
        ("Violent demonstration", "Rioters (Nigeria)", None),
    ]
