"""The dead of an operation told before, named again definitely ("12 militants were
neutralised in the operation"), count with that operation's event (retelling.py)."""


def test_the_operations_dead_join_its_strike(extracted):
    text = (
        "Turkish air strikes hit 17 PKK targets in the Zap region of northern Iraq on Friday,"
        " Turkey's Defence Ministry said. The ministry said 12 PKK militants were neutralised"
        " in the operation."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 12)]


def test_dead_in_another_operation_stay_apart(extracted):
    text = (
        "Turkish air strikes hit 17 PKK targets in the Zap region of northern Iraq on Friday,"
        " Turkey's Defence Ministry said. Separately, 12 PKK militants were neutralised in an"
        " operation in the Metina region on Thursday."
    )
    assert len(extracted(text)) == 2
