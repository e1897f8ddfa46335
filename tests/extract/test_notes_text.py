"""An event's notes tell who did what in the order ACLED codes the sides."""


def test_excessive_force_notes_name_the_force_as_the_one_using_it(extracted):
    (event,) = extracted(
        "On 9 May 2024, security forces opened fire on protesters in Conakry, Guinea, killing "
        "three young men."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Excessive force against protesters",
        "Protesters (Guinea)",
        "Police Forces of Guinea",
    )
    assert event.notes == (
        "Protesters (Guinea) protested and Police Forces of Guinea used excessive force against "
        "them in Conakry, Guinea (2024-05-09); 3 killed."
    )
