"""'The wounded', 'the injured': a participle with 'the' names the people harmed, not a harm
done in the sentence."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, doctors treated the injured at a clinic in Baidoa, Somalia.",
        "On 4 March 2026, Somali troops and Al Shabaab agreed to a truce in Bulo Burte to allow "
        "the evacuation of the wounded.",
    ],
)
def test_the_harmed_named_are_no_act(coded, text):
    assert [c[0] for c in coded(text) if c[0] != "Agreement"] == []


def test_a_harm_told_with_its_verb_stays(coded):
    text = "On 4 March 2026, Al Shabaab militants wounded three traders in Baidoa, Somalia."
    assert coded(text) == [("Attack", "Al Shabaab", "Civilians (Somalia)")]
