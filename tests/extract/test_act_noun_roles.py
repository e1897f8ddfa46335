"""A weapon's word that modifies the noun naming the act ("an IED explosion by IS
militants") shares that noun's arguments: who set it off is its agent."""

from sitrep.extract.arguments import Role, place_span, role_of


def test_the_agent_of_the_act_noun_is_the_weapon_s(nlp):
    doc = nlp("An IED explosion by IS militants killed a policeman near Ramadi.")
    start = doc.text.index("IS militants")
    where = place_span(doc, start, start + len("IS militants"))
    assert where is not None
    ied = next(t for t in doc if t.text == "IED")
    assert ied.dep_ == "compound"
    assert role_of(doc, where, ied.i) is Role.AGENT


def test_the_victims_of_a_bomb_set_off_by_named_militants(coded):
    text = (
        "On 25 February 2018, an IED explosion by IS militants near Ramadi, Iraq, left a "
        "policeman killed."
    )
    assert coded(text) == [
        (
            "Remote explosive/landmine/IED",
            "Islamic State (Iraq)",
            "Police Forces of Iraq (2014-2018)",
        )
    ]


def test_an_act_told_as_background_lends_the_weapon_no_sides(nlp):
    doc = nlp(
        "Kenyan and Somali youth clashed in Eastleigh following an Al Shabaab grenade attack."
    )
    start = doc.text.index("Al Shabaab")
    where = place_span(doc, start, start + len("Al Shabaab"))
    assert where is not None
    grenade = next(t for t in doc if t.text == "grenade")
    assert role_of(doc, where, grenade.i) is Role.NONE
