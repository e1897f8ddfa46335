"""An act told again by its doers and its targets named again is the act told before; the
same doers acting on someone new, or later, act again."""


def _told(extracted, text):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in extracted(text)]


TAKEN = (
    "On 31 March 2026, Boko Haram fighters abducted 23 women who were collecting firewood "
    "near Gwoizaru in Borno state, Nigeria. "
)
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_the_doers_acting_on_the_taken_again_tell_the_abduction(extracted):
    told = _told(extracted, TAKEN + "The insurgents stormed the bush area and took the women away.")
    assert told == [("Abduction/forced disappearance", BOKO_HARAM, "Civilians (Nigeria)")]


def test_the_doers_acting_on_something_new_act_again(extracted):
    told = _told(extracted, TAKEN + "The insurgents attacked a military post in Ngoshe.")
    assert told == [
        ("Abduction/forced disappearance", BOKO_HARAM, "Civilians (Nigeria)"),
        ("Armed clash", BOKO_HARAM, "Military Forces of Nigeria (2023-)"),
    ]
