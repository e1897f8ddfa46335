"""Communities fighting each other are a clash of their identity militias (ACLED inter 4),
named after the community when the report names it; a crowd of unnamed villagers, or a fight
with stones alone, stays a crowd's mob violence."""

import pytest

from sitrep.extract.communal import communal_fight, fought_with_stones

CASES = [
    (
        "Farmers and herders clashed in Kilifi, Kenya, on Sunday, leaving two people dead.",
        [
            (
                "Armed clash",
                "Unidentified Communal Militia (Kenya)",
                "Unidentified Communal Militia (Kenya)",
            )
        ],
    ),
    (
        "Pokot and Turkana clashed near Kapedo, Kenya, on Sunday, leaving two herders dead.",
        [("Armed clash", "Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)")],
    ),
    (
        "Five people were killed in fighting between the Abdi and Roble clans in Mandera, "
        "Kenya, on Sunday.",
        [("Armed clash", "Abdi Clan Militia (Kenya)", "Roble Clan Militia (Kenya)")],
    ),
    (
        "One man was speared to death in a clash between farmers and herders in Kilifi, Kenya.",
        [
            (
                "Armed clash",
                "Unidentified Communal Militia (Kenya)",
                "Unidentified Communal Militia (Kenya)",
            )
        ],
    ),
    (
        "Lowa and Manu villagers clashed over a land boundary in Seram, Indonesia; one villager "
        "was shot dead.",
        [("Armed clash", "Lowa Communal Militia (Indonesia)", "Manu Communal Militia (Indonesia)")],
    ),
    # a community the dictionary knows keeps the dictionary's name
    (
        "Pokot herders clashed with Turkana herders in Kapedo, Kenya, and two were killed.",
        [("Armed clash", "Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)")],
    ),
    # the Arab world's tribes are 'Tribal' militias
    (
        "Bani Saad and Al Jaber tribesmen clashed near Marib, Yemen, killing two.",
        [("Armed clash", "Bani Saad Tribal Militia (Yemen)", "Al Jaber Tribal Militia (Yemen)")],
    ),
]

CROWDS = [
    # unnamed villagers are a crowd, not a community's militia
    (
        "Two groups of villagers clashed with sticks over a pond in Tangail, Bangladesh, "
        "injuring ten.",
        [("Mob violence", "Rioters (Bangladesh)")],
    ),
    # a side that is the state is no community
    (
        "Residents clashed with police in Kisumu, Kenya, demanding justice for a rider.",
        [("Violent demonstration", "Rioters (Kenya)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_communities_fighting_are_militias_clashing(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), CROWDS)
def test_crowds_stay_crowds(coded, text, expected):
    assert [e[:2] for e in coded(text)] == expected


def test_a_protest_about_a_clan_fight_is_the_protest(coded):
    events = coded("Residents of Wajir, Kenya, marched against the clashes between rival clans.")
    assert [e[0] for e in events] == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("fighting between the Abdi and Roble clans", (("Abdi", "clans"), ("Roble", "clans"))),
        ("a clash between farmers and herders", ((None, "farmers"), (None, "herders"))),
        ("two groups of Isiolo herders clashed", (("Isiolo", "herders"), ("Isiolo", "herders"))),
        ("Abdi and Roble clans clashed", (("Abdi", "clans"), ("Roble", "clans"))),
        ("fighting broke out between two rival clans", ((None, "clans"), (None, "clans"))),
        (
            "Fighting between the Hawadle and Abgal clans",
            (("Hawadle", "clans"), ("Abgal", "clans")),
        ),
        (
            "Clashes between Fulani herdsmen and farmers",
            (("Fulani", "herdsmen"), (None, "farmers")),
        ),
    ],
)
def test_the_sides_read(text, sides):
    found = communal_fight(text)
    assert found is not None
    assert tuple((s.name, s.noun) for s in found) == sides


@pytest.mark.parametrize(
    "text",
    [
        "two groups of villagers clashed over a pond",
        "two groups clashed at the market",
        "battles between rival communities and police in the town",
        "a clash between police and herders",
        "students clashed with police",
        "",
    ],
)
def test_no_communities_fighting(text):
    assert communal_fight(text) is None


def test_stones_alone_make_a_crowds_fight():
    assert fought_with_stones("The two communities threw stones at each other.")
    assert not fought_with_stones("They threw stones and fired guns; two died.")
    assert not fought_with_stones("Two clans fought with machetes.")
    # a death told (here an earlier one) arms no one
    assert fought_with_stones("After a rider died, the two groups threw rocks at each other.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pastoralists attacked residents of a village in Kitui, Kenya, killing two.",
            [("Attack", "Unidentified Communal Militia (Kenya)", "Civilians (Kenya)")],
        ),
        (
            "Herders assaulted a farmer near Naivasha, Kenya, demanding that he leave the land.",
            [("Attack", "Unidentified Communal Militia (Kenya)", "Civilians (Kenya)")],
        ),
        # herders who protest, or who are attacked, stay civilians
        (
            "Herders protested in Isiolo, Kenya, against the new grazing fees.",
            [("Peaceful protest", "Protesters (Kenya)", None)],
        ),
        (
            "Bandits attacked herders in Isiolo, Kenya, stealing 200 goats.",
            [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")],
        ),
    ],
)
def test_herders_who_attack_are_a_communal_militia(coded, text, expected):
    assert coded(text) == expected


def test_a_community_named_elsewhere_in_the_report_keeps_its_name(coded):
    text = (
        "Nine people died in a fight between pastoralists and farmers in Tana River, Kenya. "
        "The clashes between Orma pastoralists and Pokomo farmers began over water."
    )
    assert coded(text)[0] == (
        "Armed clash",
        "Orma Ethnic Militia (Kenya)",
        "Pokomo Ethnic Militia (Kenya)",
    )


def test_religious_communities_fighting_are_crowds(coded):
    text = "Hindu and Muslim villagers clashed in Nuh, India, over a land dispute; ten were hurt."
    assert [e[:2] for e in coded(text)] == [("Mob violence", "Rioters (India)")]


def test_two_names_alone_are_read_as_sides():
    sides = communal_fight("Hutus and Tutsis clashed in the camp.")
    assert sides is not None
    assert [s.name for s in sides] == ["Hutu", "Tutsi"]


def test_two_states_are_not_read_as_ethnic_militias(coded):
    assert all(
        "Ethnic" not in (a1 or "") + (a2 or "")
        for _, a1, a2 in coded("Russia and Ukraine clashed over the Kerch Strait on Sunday.")
    )
