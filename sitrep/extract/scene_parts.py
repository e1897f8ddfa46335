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
NEAR_PREPS = frozenset({"near", "on", "around", "outside"})


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
            if _own_subject(second):
                # "Hezbollah fired rockets at northern Israel, and Israeli jets struck sites
                # near Nabatieh": two clauses, each with its subject and place (town or area)
                if not (_own_subject(first) and _different_towns(first, second, places, True)):
                    continue  # "police fired tear gas and protesters threw stones": one scene
            elif not (_own_object(first) and _own_object(second)):
                continue  # "was shot and killed in X": one act told by two verbs
            elif not _different_towns(first, second, places):
                continue
            cut = _conjunction_before(first, second)
            return [sent.doc[sent.start : cut], sent.doc[second.left_edge.i : sent.end]]
    return [sent]


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _own_object(verb: Token) -> bool:
    """The verb acts on a thing of its own ('looted the home', 'burned a building')."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _different_towns(
    first: Token, second: Token, places: Sequence[Toponym], areas: bool = False
) -> bool:
    """Each verb placed at a town of its own (or, with `areas`, at a town or an area), the
    two different."""
    one = _town_of(first, second.left_edge.i, places, areas=areas)
    two = _town_of(second, None, places, areas=areas)
    return one is not None and two is not None and one != two


def _town_of(
    verb: Token, stop: int | None, places: Sequence[Toponym], *, areas: bool = False
) -> int | None:
    """The town (or, with `areas`, the area) named in a phrase of place of the verb's own
    words (before `stop`), by its id ('looted the home of a lawmaker in A': the phrase may
    hang on the object)."""
    preps = SCENE_PREPS | NEAR_PREPS if areas else SCENE_PREPS
    for prep in verb.subtree:
        targeted = areas and prep.dep_ == "dobj" and prep.head.i == verb.i  # "shelled Goma"
        if not targeted and (prep.dep_ != "prep" or prep.lower_ not in preps):
            continue
        if stop is not None and prep.i >= stop:
            continue
        start, end = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)
        for place in places:
            if not start <= place.start < end or place.place is None:
                continue
            if areas or not place.place.is_area:
                return place.place.geonameid
    return None


def _conjunction_before(first: Token, second: Token) -> int:
    """Where the first part ends: at the 'and' joining the verbs, else the second's phrase."""
    for c in first.children:
        if c.dep_ == "cc" and c.i < second.i:
            return c.i
    return second.left_edge.i
