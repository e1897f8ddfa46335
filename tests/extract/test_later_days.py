"""An act dated by the one told before it ('the next day', 'two days later')."""


def _dated(extracted, text):
    return [(e.sub_event_type, e.actor1, e.event_date, e.fatalities) for e in extracted(text)]


def test_the_next_day_is_a_day_and_an_act_of_its_own(extracted):
    assert _dated(
        extracted,
        "Gunmen attacked the market in Dori on 7 March 2025. The next day, soldiers shot dead "
        "nine herders in Dori.",
    ) == [
        ("Attack", "Unidentified Armed Group (Burkina Faso)", "2025-03-07", None),
        ("Attack", "Military Forces of Burkina Faso (2022-)", "2025-03-08", 9),
    ]


def test_days_later_and_the_previous_day(extracted):
    events = extracted(
        "Rebels shelled Kiwanja on 12 April 2025, killing two women. Three days later, rebels "
        "abducted a priest in Kiwanja. Police in Goma had arrested two rebel couriers the "
        "previous day."
    )
    assert [e.event_date for e in events] == ["2025-04-12", "2025-04-15", "2025-04-14"]


def test_with_no_dated_act_before_the_phrase_dates_nothing(extracted):
    (event,) = extracted("The next day, soldiers shot dead nine herders in Dori.")
    assert not any(e.role == "date" for e in event.evidence)


def test_an_act_with_a_date_of_its_own_keeps_it(extracted):
    events = extracted(
        "Gunmen attacked the market in Dori on 7 March 2025. On 10 March 2025, soldiers who "
        "had arrived the next day shot dead nine herders in Dori."
    )
    assert [e.event_date for e in events] == ["2025-03-07", "2025-03-10"]


def test_days_counted_back_date_an_act_of_its_own(extracted):
    events = extracted(
        "Bandits raided a village near Tsafe on 9 June 2025, killing six farmers. Two days "
        "earlier, troops killed four bandits near Bungudu. A week before that, police arrested "
        "three suspected informants in Gusau."
    )
    assert [e.event_date for e in events] == ["2025-06-09", "2025-06-07", "2025-05-31"]


def test_days_before_an_occasion_count_nothing_back(extracted):
    events = extracted(
        "Bandits raided a village near Tsafe on 9 June 2025, killing six farmers. Troops killed "
        "four bandits near Bungudu two days before the festival."
    )
    assert [e.event_date for e in events] == ["2025-06-09", "2025-06-09"]
