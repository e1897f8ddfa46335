"""A toll told as risen or corrected replaces the figure told before (revised_tolls.py): the
latest count of the same dead, neither the first figure nor the two added up."""

from datetime import date

import pytest

MARKET = (
    "Gunmen attacked a market in Kaltumi village, Borno State, on Tuesday, killing at least 7"
    " people."
)


@pytest.mark.parametrize(
    "told",
    [
        " The toll later rose to 11.",
        " The toll later rose to 11, a local official said.",
        " The death toll has since climbed to 11.",
    ],
)
def test_a_risen_toll_replaces_the_first_figure(extracted, told):
    (event,) = extracted(MARKET + told)
    assert event.fatalities == 11


def test_a_toll_revised_in_the_same_sentence_is_the_figure(extracted):
    text = (
        "Suspected bandits killed at least 7 villagers in Kurmi, Kaduna State, on Saturday;"
        " the toll was later revised to 11 after more bodies were recovered."
    )
    assert [e.fatalities for e in extracted(text)] == [11]


def test_a_figure_corrected_in_brackets_is_the_figure(extracted):
    text = (
        "A roadside bomb went off in Mandera on Monday, killing five (later confirmed to be"
        " seven) police officers."
    )
    assert [e.fatalities for e in extracted(text)] == [7]


def test_the_number_of_the_dead_risen_is_a_toll(extracted):
    text = (
        "Gunmen ambushed fighters of a local faction near Busra on Monday. The number of"
        " fighters killed in the ambush rose to 5."
    )
    assert [e.fatalities for e in extracted(text)] == [5]


def test_a_running_toll_beside_further_dead_is_no_revision(extracted):
    text = (
        MARKET
        + " Two more died in hospital, and the death toll from the week's attacks rose to 40."
    )
    (event,) = extracted(text)
    assert event.fatalities == 9


def test_a_risen_number_of_displaced_is_no_toll(extracted):
    text = MARKET + " The number of people displaced rose to 400."
    (event,) = extracted(text)
    assert event.fatalities == 7


BODY = (
    "Suspected militiamen attacked Tshimbulu village in Kasai Central, DR Congo, on Friday,"
    " killing 18 people, a local administrator said."
)


def test_a_headlines_risen_toll_is_the_lead_events(titled):
    text = "Death toll in Kasai attack rises to 23\n\n" + BODY
    assert [e.fatalities for e in titled(text)] == [23]


def test_a_headlines_risen_toll_of_no_act_is_not_the_lead_events(titled):
    text = "Death toll from Kasai floods rises to 23\n\n" + BODY
    assert [e.fatalities for e in titled(text)] == [18]


def test_a_later_figure_set_off_by_commas_is_the_figure(extracted):
    text = (
        "At least 7 people, later 11, were killed when gunmen attacked Kaltumi village in"
        " Borno State on Tuesday."
    )
    assert [e.fatalities for e in extracted(text)] == [11]


def test_a_toll_risen_over_several_attacks_is_no_one_attacks(published_on):
    text = (
        MARKET + " On Thursday, gunmen attacked nearby Dalwa, killing 3. The toll from the two"
        " attacks rose to 12."
    )
    assert [e.fatalities for e in published_on(text, date(2026, 3, 12))] == [7, 3]
