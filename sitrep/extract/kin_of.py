"""A body named only as whose kin or dependant the victim is is no side of the act.

'The wife of a KDF soldier was stabbed to death', 'a police reservist's son shot dead',
'relatives of a chief were abducted': the force or office named tells who the victim is
related to; the victim is a civilian, and the force neither acted nor was attacked.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.actors import ActorMention

KIN_NOUNS = frozenset({
    "wife", "wives", "husband", "son", "sons", "daughter", "daughters", "child", "children",
    "father", "mother", "parent", "parents", "brother", "brothers", "sister", "sisters",
    "relative", "relatives", "family", "families", "widow", "widows", "nephew", "niece",
    "cousin", "uncle", "aunt", "grandson", "granddaughter", "kin", "in-law", "fiancee",
})  # fmt: skip


def kin_named(doc: Doc, mention: ActorMention) -> bool:
    """The mention only names whose kin a person is ('the wife of a KDF soldier', 'a police
    reservist's son')."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return whose_kin(span.root)


def whose_kin(root: Token) -> bool:
    """The word names whose kin a person is: the possessor of a kin noun, or the object of
    its 'of'."""
    if root.lower_ in KIN_NOUNS:
        return False
    if root.dep_ == "poss":
        return root.head.lower_ in KIN_NOUNS and root.head.i > root.i
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in KIN_NOUNS
    return False
