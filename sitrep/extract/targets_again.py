"""A side's unit or thing named again as the target of an agentless act.

"Jihadists ambushed an army convoy near Gao. The convoy was hit by a roadside bomb": the
second sentence names no side, but "the convoy" is the army convoy told before, and what was
hit is the army's. Read as the act's target, it keeps the army from being taken for the
unnamed bomber (the report's most named actor otherwise stands in for a missing doer), and
the sentence tells the ambush again rather than a bombing by the army.

Only the subject of a passive verb ("was hit", "came under fire" has an active subject and is
left alone), only a definite noun ("the convoy", "that patrol"), and only when an earlier
mention of a side ends in the same noun ("army convoy", "police patrol").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from sitrep.extract.actors import ActorMention
from sitrep.extract.modality import verbal_anchor
from sitrep.extract.triggers import Trigger
from sitrep.model import Span

DEFINITE = frozenset({"the", "that", "this"})


def target_named_again(
    doc: Doc, main: Trigger, document_actors: Sequence[ActorMention]
) -> ActorMention | None:
    """The side whose unit the act's passive subject names again, as a mention at that
    subject, or None."""
    anchor = verbal_anchor(doc[main.head])
    subjects = [c for c in anchor.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].pos_ != "NOUN":
        return None
    noun = subjects[0]
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return None
    before = noun.sent.start_char
    for mention in reversed(document_actors):
        words = mention.span.text.lower().split()
        if mention.span.end <= before and len(words) > 1 and words[-1] == noun.lower_:
            span = Span(start=noun.idx, end=noun.idx + len(noun.text), text=noun.text)
            return replace(mention, span=span)
    return None
