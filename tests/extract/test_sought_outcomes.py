"""An agreement or ground only sought is none; ground tried for is a fight; a threat's
second verb shares its modal."""


def test_a_ceasefire_sought_is_no_agreement(coded):
    assert (
        coded("Mediators in Nairobi have been trying for weeks to reach a truce in Jonglei.") == []
    )


def test_ground_needed_is_not_taken(coded):
    assert (
        coded("Officers say the police lack the armoured cars needed to retake Cité Soleil.") == []
    )


def test_ground_tried_for_is_a_fight(coded):
    assert [
        c[0] for c in coded("Rebels tried to recapture Rutshuru on Monday but were repelled.")
    ] == ["Armed clash"]


def test_a_threat_s_second_verb_is_no_act(coded):
    assert (
        coded(
            "A junta spokesman said the army would crush the rebels and retake every town in Chin "
            "State."
        )
        == []
    )


def test_ground_taken_and_a_truce_signed_stand(coded):
    assert [
        c[0] for c in coded("Rebels recaptured Rutshuru on Monday after a day of fighting.")
    ] == ["Non-state actor overtakes territory"]
    assert [c[0] for c in coded("The army and the rebels signed a truce in Goma on Friday.")] == [
        "Agreement"
    ]
