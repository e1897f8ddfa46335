"""State forces holding a demonstration's crowd in check ('tried to control the crowd',
'contained the protesters') intervene in it; containing a fire is no event."""

import pytest

CASES = [
    (
        "Residents marched in San Pedro, Paraguay, to demand the resignation of the mayor. "
        "Police officers tried to control the crowd.",
        [("Protest with intervention", "Protesters (Paraguay)", "Police Forces of Paraguay")],
    ),
    ("Police contained the fire at the market in Embu, Kenya, on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_control(coded, text, expected):
    assert coded(text) == expected
