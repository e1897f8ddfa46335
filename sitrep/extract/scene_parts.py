"""Two acts told in one sentence at two places: "Rioters looted a lawmaker's home in South
Tangerang and burned a parliament building in Makassar, killing three".

ACLED codes one event per place and day. When a sentence joins two verbs of violence, each
with a town of its own ("... in A and burned ... in B"), each verb and what hangs on it is
read as a sentence of its own: the first part up to the conjunction, the second from its verb
on (the counts told after it are the second act's). Anything less than two acts, each placed
at a different town the gazetteer knows and each acting on a target of its own, stays one
sentence ("a man was shot and killed in X" is one act).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.triggers import Trigger
from sitrep.model import Toponym

SCENE_PREPS = frozenset({"in", "at"})


def scene_parts(
    sent: SpacySpan, triggers: Sequence[Trigger], places: Sequence[Toponym]
) -> list[SpacySpan]:
    """The sentence split where a second act at another town begins, else the sentence."""
    heads = {t.head for t in triggers if sent.start <= t.head < sent.end}
    for head in sorted(heads):
        first = sent.doc[head]
        if first.pos_ != "VERB":
            continue
        for second in (c for c in first.children if c.dep_ == "conj" and c.i in heads):
            if _own_subject(second) or not (_own_object(first) and _own_object(second)):
                continue  # "was shot and killed in X": one act told by two verbs
            if not _different_towns(first, second, places):
                continue
            cut = _conjunction_before(first, second)
            return [sent.doc[sent.start : cut], sent.doc[second.left_edge.i : sent.end]]
    return [sent]


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _own_object(verb: Token) -> bool:
    """The verb acts on a thing of its own ('looted the home', 'burned a building')."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _different_towns(first: Token, second: Token, places: Sequence[Toponym]) -> bool:
    one, two = _town_of(first, second.left_edge.i, places), _town_of(second, None, places)
    return one is not None and two is not None and one != two


def _town_of(verb: Token, stop: int | None, places: Sequence[Toponym]) -> int | None:
    """The town named in an 'in'/'at' phrase of the verb's own words (before `stop`), by its
    id ('looted the home of a lawmaker in A': the phrase may hang on the object)."""
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPS:
            continue
        if stop is not None and prep.i >= stop:
            continue
        start, end = prep.idx, prep.right_edge.idx + len(prep.right_edge)
        for place in places:
            if start <= place.start < end and place.place is not None and not place.place.is_area:
                return place.place.geonameid
    return None


def _conjunction_before(first: Token, second: Token) -> int:
    """Where the first part ends: at the 'and' joining the verbs, else the second's phrase."""
    for c in first.children:
        if c.dep_ == "cc" and c.i < second.i:
            return c.i
    return second.left_edge.i
