"""A forced entry whose only acts are destruction or looting is property destruction; harm
told with it keeps the attack."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, gunmen stormed a radio station in Zawiya, Libya, smashing equipment "
        "and setting part of the building on fire. No one was hurt.",
        "On 4 March 2026, armed men raided the offices of an aid group in Gao, Mali, looting "
        "computers and vehicles.",
    ],
)
def test_an_entry_to_destroy_is_property_destruction(coded, text):
    assert [c[0] for c in coded(text)] == ["Looting/property destruction"]


def test_an_entry_that_kills_stays_an_attack(coded):
    text = (
        "On 4 March 2026, gunmen stormed a village in Djugu, Ituri, killing three people and "
        "burning houses."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]
