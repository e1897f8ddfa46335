"""A run of acts named as what came before the act told ('after a series of attacks on
villages') is its background, not an act of the report."""


def test_a_series_before_a_deployment_is_background(coded):
    text = (
        "On 4 March 2026, the Niger army deployed additional troops to the Tillaberi region "
        "after a series of attacks on villages near the border with Mali."
    )
    assert [c[0] for c in coded(text)] == ["Change to group/activity"]


def test_a_series_alone_is_no_event(coded):
    text = (
        "On 4 March 2026, Niger's junta announced the deployment of 500 soldiers to the Tahoua "
        "region following a spate of attacks on army posts."
    )
    assert coded(text) == []


def test_an_attack_told_as_done_stays(coded):
    text = "On 4 March 2026, gunmen attacked a village near Ouallam in the Tillaberi region, Niger."
    assert [c[0] for c in coded(text)] == ["Attack"]
