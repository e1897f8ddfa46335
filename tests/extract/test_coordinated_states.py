"""A host state named first before a foreign force sharing the noun leads the side."""


def _sides(extracted, text):
    return [(e.actor1, e.assoc_actor_1) for e in extracted(text)]


def test_the_host_named_first_is_the_actor(extracted):
    text = (
        "Malian and Russian forces carried out an air strike on the village of Tessoumbou, "
        "Mopti region, Mali, on 4 March, killing six people."
    )
    assert _sides(extracted, text) == [
        ("Military Forces of Mali (2021-)", "Military Forces of Russia (2000-)")
    ]


def test_a_host_named_second_keeps_the_lead(extracted):
    text = (
        "Russian and Malian forces carried out an air strike on the village of Tessoumbou, "
        "Mopti region, Mali, on 4 March, killing six people."
    )
    assert _sides(extracted, text) == [
        ("Military Forces of Mali (2021-)", "Military Forces of Russia (2000-)")
    ]
