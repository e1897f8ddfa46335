"""Men named only by a pronoun who beat people are a mob unless the pronoun stands for a
force the report named as the subject before ('The police searched the estate. They beat
people'): a force's beating is an attack."""

import pytest

CASES = [
    (
        "The police conducted a search for opposition supporters in Nyalenda, Kenya, on "
        "Monday. They forced their way into homes to beat people.",
        [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")],
    ),
    (
        "A mob gathered at the market in Kisumu, Kenya, on Monday. They beat a suspected thief.",
        [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pronoun_doers(coded, text, expected):
    assert coded(text) == expected
