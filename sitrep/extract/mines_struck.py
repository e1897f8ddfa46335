"""A vehicle or a force that strikes a mine is its target, not the one who set it.

'A military convoy struck an IED near Kidal', 'an army vehicle hit a landmine', 'a patrol
ran over a roadside bomb', 'a soldier stepped on a mine': the subject of striking, hitting,
running over or stepping on an explosive laid in its path suffers the blast; whoever laid it
is the act's other side (unnamed unless the report names it). 'Militants detonated an IED'
keeps its doer.
"""

from __future__ import annotations

from spacy.tokens import Token

# Explosives laid in someone's path.
LAID_EXPLOSIVES = frozenset({
    "ied", "mine", "landmine", "bomb", "device", "explosive", "explosives",
})  # fmt: skip
# Verbs of coming upon such an explosive ('struck', 'ran over', 'stepped on').
COMING_UPON = frozenset({"strike", "hit", "run", "step", "drive", "trigger", "roll"})


def struck_by_its_subject(anchor: Token) -> Token | None:
    """The verb whose subject came upon the explosive `anchor` names, if any."""
    while anchor.dep_ in ("amod", "compound") and anchor.head.i > anchor.i:
        anchor = anchor.head  # 'an improvised explosive device': the phrase's noun
    if anchor.lemma_.lower() not in LAID_EXPLOSIVES and anchor.lower_ not in LAID_EXPLOSIVES:
        return None
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ in ("over", "on", "onto", "into"):
        head = head.head  # 'ran over an IED', 'stepped on a mine'
    elif anchor.dep_ != "dobj":
        return None
    return head if head.lemma_.lower() in COMING_UPON and head.pos_ == "VERB" else None


def came_upon_it(token: Token, anchor: Token) -> bool:
    """`token` stands in the subject of the verb that came upon the explosive."""
    verb = struck_by_its_subject(anchor)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(token.i in range(s.left_edge.i, s.right_edge.i + 1) for s in subjects)
