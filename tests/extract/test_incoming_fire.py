"""Fire told as it came in ('Rockets were fired at Sderot', 'A missile hit Dnipro'), with no
one named firing it: the force that reports it is its source, not its firer. Fire on a side
the sentence names is still the reporting force's own. A capitalised plural opening the
sentence ('Rockets were fired ...') is the weapon, though the tagger read it as a name."""

import pytest

CASES = [
    (
        "On 3 March 2024, rockets were fired at Sderot in southern Israel, the Israeli military "
        "said.",
        [("Shelling/artillery/missile attack", "Unidentified Armed Group (Israel)", None)],
    ),
    (
        "On 3 March 2024, a missile hit an apartment block in Dnipro, Ukraine, the Ukrainian air "
        "force said.",
        [("Shelling/artillery/missile attack", "Unidentified Armed Group (Ukraine)", None)],
    ),
    # the sentence opens on the weapon, which the tagger takes for a name
    (
        "Rockets were fired at Ashkelon, Israel, on 3 March 2024.",
        [("Shelling/artillery/missile attack", "Unidentified Armed Group (Israel)", None)],
    ),
    # fire on a side the sentence names is the reporting force's own
    (
        "On 3 March 2024, air strikes hit rebel positions near Hama, Syria, the Syrian army said.",
        [("Air/drone strike", "Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)")],
    ),
    # a military administration that reports shelling is its source, not a side
    (
        "On 9 June 2026, Russian shelling of a district of Kherson, Ukraine, damaged a school, "
        "the city military administration said.",
        [("Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", None)],
    ),
    # a force that says it fired is the firer
    (
        "On 3 March 2024, the Israeli military said its artillery shelled launch sites near "
        "Khan Younis, Gaza.",
        [("Shelling/artillery/missile attack", "Military Forces of Israel (2022-)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_incoming_fire(coded, text, expected):
    assert coded(text) == expected
