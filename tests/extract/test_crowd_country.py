"""A crowd cast from people read in another country's namesake place is the crowd of the
event's country; a crowd named by a nationality or an armed side is left as read."""

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.defaults import _localise
from sitrep.model import Actor, Span


def _mention(text: str, name: str, inter: int, country: str, kind: str) -> ActorMention:
    span = Span(start=0, end=len(text), text=text)
    actor = Actor(name=name, inter=inter, country=country)
    return ActorMention(span=span, actor=actor, kind=kind, generic=True)


def test_workers_cast_as_rioters_take_the_events_country(dictionary: ActorDictionary) -> None:
    rioters = _mention("workers", "Rioters (India)", 5, "India", "rioters")
    out = _localise(rioters, dictionary, "Bangladesh", None)
    assert out is not None and (out.actor.name, out.actor.country) == (
        "Rioters (Bangladesh)",
        "Bangladesh",
    )


def test_a_nationality_or_an_armed_side_stays(dictionary: ActorDictionary) -> None:
    migrants = _mention("Afghan migrants", "Rioters (Afghanistan)", 5, "Afghanistan", "rioters")
    out = _localise(migrants, dictionary, "Iran", None)
    assert out is not None and out.actor.name == "Rioters (Afghanistan)"
    gunmen = _mention("gunmen", "Unidentified Armed Group (India)", 3, "India", "armed_group")
    out = _localise(gunmen, dictionary, "Bangladesh", None)
    assert out is not None and out.actor.name == "Unidentified Armed Group (India)"
