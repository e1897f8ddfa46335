"""What a negation or a denial reaches: 'details not specified' negates a detail, 'denied
entry' refuses a thing, and ', which sparked protests' asserts its own act."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 2024, post-election riots in Kisumu, Kenya - DETAILS NOT SPECIFIED",
            ["Violent demonstration"],
        ),
        (
            "On 3 May 2024, a preacher was denied entry to Kenya, which sparked violent "
            "protests in Mombasa.",
            ["Violent demonstration"],
        ),
        ("On 3 May 2024, the army denied that soldiers killed three civilians in Kenya.", []),
        ("On 3 May 2024, rebels denied the report, which said they attacked the town.", []),
    ],
)
def test_negation_and_denial_reach_only_their_own_clause(coded, text, expected):
    assert [c[0] for c in coded(text)] == expected
