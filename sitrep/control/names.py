"""Place names the recogniser missed: the proper-noun object of a control word ("recaptured
Palmyra", "the siege of Douma") is looked up in the gazetteer, or kept as an unresolved name."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.control.scene import Scene
from sitrep.model import Span, Toponym

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "npadvmod", "attr", "nsubj"})
PLACE_PREPS = frozenset({"of", "from", "in"})


def object_places(scene: Scene, head: Token) -> list[Toponym]:
    """Places named as the object of `head` (or after its 'of'/'from'/'in')."""
    found = []
    for token in _candidates(head):
        place = named_place(scene, token)
        if place is not None:
            found.append(place)
    return found


def _candidates(head: Token) -> list[Token]:
    out = []
    for child in head.children:
        if child.dep_ in OBJECT_DEPS:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    out += [c for token in list(out) for c in token.children if c.dep_ == "conj"]
    return out


def named_place(scene: Scene, token: Token) -> Toponym | None:
    """The proper name this token heads, as a place (resolved when the gazetteer knows it);
    None when it is an actor, a date or no proper name."""
    if token.pos_ != "PROPN":
        return None
    left = min([token, *(c for c in token.children if c.dep_ == "compound")], key=lambda t: t.i)
    start, end = left.idx, token.idx + len(token.text)
    if _taken(scene, start, end):
        return None
    text = scene.text[start:end]
    if scene.gazetteer is not None:
        from sitrep.geocode.geoparse import geoparse

        entity = Span(start=start, end=end, text=text, label="GPE")
        for toponym in geoparse(scene.text, [entity], scene.gazetteer):
            if toponym.start == start:
                return toponym
    return Toponym(start=start, end=end, text=text, sentence=token.sent.text)


def _taken(scene: Scene, start: int, end: int) -> bool:
    spans = [
        *((m.span.start, m.span.end) for m in scene.actors),
        *((t.span.start, t.span.end) for t in scene.times),
        *((t.start, t.end) for t in scene.places),
    ]
    return any(a < end and start < b for a, b in spans)
