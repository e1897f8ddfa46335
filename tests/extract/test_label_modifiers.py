"""A group's label before the ground it holds ('rebel positions') names the group told with
that label; with none told so, it stays unidentified."""


def _sides(coded, text):
    return [(a1, a2) for _, a1, a2 in coded(text)]


def test_rebel_positions_are_the_named_rebels(coded):
    told = _sides(
        coded,
        "On 15 February 2026, M23 rebels seized the town of Nyabiondo in North Kivu, DR Congo. "
        "On 16 February 2026, Wazalendo fighters attacked rebel positions near Nyabiondo.",
    )
    assert told[-1] == ("Wazalendo", "M23: March 23 Movement")


def test_a_label_no_named_group_bore_stays_unidentified(coded):
    told = _sides(
        coded,
        "On 15 February 2026, ADF militants killed six farmers near Eringeti in North Kivu, "
        "DR Congo. On 16 February 2026, Wazalendo fighters attacked rebel positions near Oicha.",
    )
    assert told[-1] == ("Wazalendo", "Unidentified Armed Group (Democratic Republic of Congo)")
