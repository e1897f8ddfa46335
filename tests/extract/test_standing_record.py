"""A group's or a place's standing record (a perfect counted over years or in the thousands)
is background; a perfect that names a day, or counts no more than one act's dead, is news."""


def _told(extracted, text):
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in extracted(text)]


def test_a_group_s_record_in_the_thousands_makes_no_event(extracted):
    assert _told(
        extracted,
        "Suspected ADF rebels killed 35 villagers in Kasinga, Ituri province, on 6 July 2026. "
        "The ADF, which have pledged allegiance to the Islamic State group, have killed "
        "thousands of civilians in eastern Congo.",
    ) == [
        (
            "Attack",
            "ADF: Allied Democratic Forces",
            "Civilians (Democratic Republic of Congo)",
            35,
        )
    ]


def test_a_record_over_years_lends_no_dead_and_makes_no_event(extracted):
    told = _told(
        extracted,
        "On 4 February 2026, gunmen ambushed an army convoy near Kourmadi in the Tillaberi "
        "region of Niger, killing ten soldiers. Militants have killed hundreds of people in "
        "the region over the past year, and it has been hit by repeated attacks for years.",
    )
    assert told == [
        ("Armed clash", "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)", 10)
    ]


def test_a_perfect_with_a_day_or_one_act_s_dead_is_news(coded):
    assert coded("Jihadists have killed 40 civilians in Yatenga province, Burkina Faso.") == [
        ("Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")
    ]
    assert coded("Boko Haram fighters have killed 23 farmers near Gwoza, Borno, on Sunday.") == [
        (
            "Attack",
            "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
            "Civilians (Nigeria)",
        )
    ]


def test_acts_of_a_kind_in_the_perfect_make_no_event(coded):
    text = (
        "On 9 June 2026, FARC dissidents attacked a police station in Jamundi, Colombia, with "
        "drones. The front has carried out dozens of such attacks this year."
    )
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]
