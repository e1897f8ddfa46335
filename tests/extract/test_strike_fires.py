"""Fires a strike sets are its damage; a crowd's fires beside a clash stay a riot's."""


def test_fields_set_ablaze_by_shelling_are_its_damage(coded):
    assert [
        c[0]
        for c in coded("On 3 July 2025, artillery shelled Aitaroun, setting olive groves ablaze.")
    ] == ["Shelling/artillery/missile attack"]


def test_a_depot_a_drone_set_on_fire(coded):
    assert [
        c[0]
        for c in coded("On 3 July 2025, a drone struck a fuel depot in Tyre, setting it on fire.")
    ] == ["Air/drone strike"]


def test_a_crowd_s_fires_beside_a_clash_stay_a_riot(coded):
    assert [
        c[0]
        for c in coded(
            "On 3 July 2025, protesters clashed with police in Kisumu, setting cars ablaze."
        )
    ] == ["Violent demonstration"]


def test_fields_ablaze_named_with_what_burned_them(coded):
    text = (
        "On 3 July 2025, artillery shelled the edge of Aitaroun and Blida, setting fields ablaze "
        "with what witnesses said was white phosphorus."
    )
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]
