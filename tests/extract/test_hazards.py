"""Deaths no one inflicted make no event (harmless.py): a storm or a landslide that kills,
and a blast the report puts down to an accident. A bomb blast and killings by people stay
events."""

import pytest

NO_EVENT = [
    "On 4 May 2026, Typhoon Halong battered the central Philippines, killing at least 12 "
    "people, disaster officials said.",
    "On 4 May 2026, a landslide killed nine people in Rubavu district, Rwanda, officials said.",
    "On 4 May 2026, an explosion at a chemical plant near Chittagong, Bangladesh, killed seven "
    "workers. The blast was caused by a gas leak, fire officials said.",
]
STILL_EVENTS = [
    (
        "On 4 May 2026, a bomb blast killed seven people at a market in Maiduguri, Nigeria.",
        ["Remote explosive/landmine/IED"],
    ),
    (
        "On 4 May 2026, a storm of gunfire from bandits killed nine villagers in Zurmi, Nigeria.",
        ["Attack"],
    ),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_deaths_no_one_inflicted_make_no_event(extracted, text):
    assert extracted(text) == []


@pytest.mark.parametrize(("text", "expected"), STILL_EVENTS)
def test_killings_by_people_stay_events(extracted, text, expected):
    assert [e.sub_event_type for e in extracted(text)] == expected
