"""What is not known or told is a detail of the act, not a denial of it; rioting over an
election is a demonstration's violence."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cause of the clashes between police and gunmen in Eldoret, Kenya, is not known.",
            ["Armed clash"],
        ),
        ("Riots in Eldoret, Kenya - details not specified.", ["Violent demonstration"]),
        ("Police said no clashes took place in Eldoret, Kenya.", []),
        ("The clashes in Eldoret, Kenya, did not happen, police said.", []),
    ],
)
def test_an_untold_detail_does_not_deny_the_act(coded, text, expected):
    assert [c[0] for c in coded(text)] == expected


def test_rioting_over_an_election_is_a_violent_demonstration(coded):
    assert coded("Post-election violence broke out in Eldoret, Kenya.") == [
        ("Violent demonstration", "Rioters (Kenya)", None)
    ]
