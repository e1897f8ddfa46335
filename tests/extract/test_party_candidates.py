"""A party's candidate harmed is a civilian whose party still tells the report's country."""


def test_the_party_s_country_still_votes(coded):
    text = (
        "On 25 October 2016, two children were injured when a lone gunman attacked the home of "
        "ODM candidate John Doe."
    )
    assert coded(text) == [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]
