"""'Without' before a gerund denies it as before a noun: 'entered the town without firing a
shot' tells no fire."""


def test_a_withdrawal_and_an_entry_without_fire_is_a_transfer(coded):
    text = (
        "On 4 March 2026, Congolese soldiers withdrew from the town of Kabunga in North Kivu, "
        "and M23 rebels entered the town without firing a shot."
    )
    assert [c[0] for c in coded(text)] == ["Non-violent transfer of territory"]


def test_fire_told_as_done_stays(coded):
    text = "On 4 March 2026, M23 rebels entered the town of Kabunga in North Kivu, firing shots."
    assert "Non-violent transfer of territory" not in [c[0] for c in coded(text)]
