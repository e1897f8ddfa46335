"""A force named only as whose kin the victim is ('the wife of a soldier') is no side."""


def test_the_force_a_victim_is_kin_of_is_no_side(coded):
    text = "On 3 March 2015, the wife of a KDF soldier was stabbed to death in Isiolo (Kenya)."
    assert coded(text) == [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_a_possessor_of_the_victim_is_no_side(coded):
    text = "On 3 March 2015, a police reservist's son shot dead in Isiolo (Kenya)."
    assert coded(text) == [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_a_member_of_a_force_is_the_force(coded):
    text = "On 3 March 2015, two members of the KDF were shot dead by al-Shabaab in Lamu (Kenya)."
    assert [c[1:] for c in coded(text)] == [("Al Shabaab", "Military Forces of Kenya (2013-2022)")]
