"""News that borrows the words of war makes no event: a match report ('beat Chelsea 3-1 ...
killed on the counter-attack'), an attack in words ('a blistering attack on the budget',
'fired back in a late-night post'), a crime rate ('murders fell 15 percent'), and a force's
future task told through a modal governor ('the force would help fight gangs'). The same
words in a report of violence still make their events."""

import pytest

NO_EVENT = [
    # a match report: the score makes every sentence of it sport
    "LEEDS - Leeds beat Millwall 3-1 on Saturday after trailing at the break. The coach said "
    "his defenders had been 'slaughtered on the counter-attack' in the first half.",
    # attacks in words
    "On 5 May 2026, opposition senators launched a fierce attack on the finance minister's "
    "budget, saying it would hurt farmers.",
    "On 5 May 2026, the governor attacked the new security policy in a speech in Kano.",
    "On 5 May 2026, the prime minister fired back at his critics in a late-night post.",
    # a crime rate
    "On 5 May 2026, the interior ministry said murders fell 12 percent in Guerrero in the "
    "first quarter.",
    "Kidnappings dropped by half in Zamfara last year, the state police said.",
    # a force's task told through the governor's modal
    "On 5 May 2026, the minister said the new unit would help fight bandits in Katsina.",
    "On 5 May 2026, officials said troops will try to retake the town of Kalaw.",
]

STILL_EVENTS = [
    (
        "On 5 May 2026, gunmen attacked the budget office in Jos, Nigeria, killing a clerk.",
        ["Attack"],
    ),
    (
        "On 5 May 2026, shells fell on the market in Horlivka, Ukraine, killing three people.",
        ["Shelling/artillery/missile attack"],
    ),
    (
        "On 5 May 2026, police fired on protesters in a square in Nairobi, Kenya.",
        ["Protest with intervention"],
    ),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_words_of_war_in_other_news_make_no_event(extracted, text):
    assert extracted(text) == []


@pytest.mark.parametrize(("text", "expected"), STILL_EVENTS)
def test_the_same_words_in_reports_of_violence_still_make_events(extracted, text, expected):
    assert [e.sub_event_type for e in extracted(text)] == expected
