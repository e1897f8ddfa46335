"""A roundup of demonstrations in several towns, one paragraph each: a stage naming no place
of its own (tear gas, arrests) is a stage of its own paragraph's demonstration, not of the
first one the report told (assemble._fold_stages); in one paragraph it stays the first's."""

ROUNDUP = (
    "Two protesters were shot dead in Naivasha, Kenya, on Thursday when police fired live "
    "bullets at crowds who had blocked the highway with burning tyres.\n"
    "In Kisii, traders marched to the county headquarters. Police used tear gas to disperse "
    "them.\n"
    "In Eldoret, youths looted supermarkets and set a police vehicle on fire."
)


def test_each_paragraph_keeps_its_stages(extracted):
    events = extracted(ROUNDUP)
    assert [(e.location, e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Naivasha", "Violent demonstration", "Police Forces of Kenya (2022-)", 2),
        ("Kisii", "Protest with intervention", "Police Forces of Kenya (2022-)", None),
        ("Eldoret", "Violent demonstration", "Police Forces of Kenya (2022-)", None),
    ]


def test_one_paragraph_keeps_the_first_demonstration(extracted):
    events = extracted(
        "Farmers blocked the highway near La Oroya, Peru, on Monday to protest against "
        "fertiliser prices. Police intervened at Amachay to clear the highway with tear gas. "
        "Nine farmers were arrested."
    )
    assert [(e.location, e.sub_event_type) for e in events][0] == (
        "La Oroya",
        "Protest with intervention",
    )
