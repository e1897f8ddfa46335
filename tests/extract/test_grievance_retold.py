"""An arrest that a protest is about, retold after the protest with a pronoun for the one
arrested, is the protesters' grievance: no new event and no intervention in the protest.
Protesters arrested at the protest are its intervention."""


def test_the_arrest_a_protest_is_about_is_no_intervention(coded):
    text = (
        "On 9 May 2026, reporters rallied in Multan, Pakistan, against the detention of their "
        "editor and called for her to be freed. She was detained last week over a tax case; "
        "her detention is seen as an attack on press freedom."
    )
    assert coded(text) == [("Peaceful protest", "Protesters (Pakistan)", None)]


def test_protesters_arrested_at_the_protest_are_its_intervention(coded):
    text = (
        "On 9 May 2026, journalists held a protest in Multan, Pakistan, against the arrest of "
        "a newspaper editor. Police arrested six of the protesters."
    )
    assert [c[0] for c in coded(text)] == ["Protest with intervention"]
