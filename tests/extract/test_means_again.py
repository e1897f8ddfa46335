"""The weapons the doers of an act told before used are its means, not another act."""


def _told(extracted, text):
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in extracted(text)]


AMBUSH = (
    "On 4 February 2026, ten soldiers were killed when their convoy was ambushed near "
    "Kourmadi in the Tillaberi region of Niger. "
)


def test_weapons_the_attackers_used_are_the_ambush_s_means(extracted):
    assert _told(
        extracted,
        AMBUSH + "The attackers used explosive devices and heavy weapons, the ministry said. "
        "Around 30 assailants were killed in the fighting.",
    ) == [
        ("Armed clash", "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)", 40)
    ]


def test_weapons_used_for_an_act_told_with_them_make_that_act(coded):
    assert coded(
        AMBUSH + "On 6 February 2026, militants used explosive devices to destroy a bridge near "
        "Ayorou."
    ) == [
        ("Armed clash", "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)"),
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Niger)", None),
    ]
