"""A part of the dead told after them is among them, not beside them.

'killing 14 villagers, among them five children', 'killed seven people, among whom three
women', 'killing 12, including four soldiers': the second group is who some of the first
were. The parser often hangs it on the killing verb as a second object; it names no further
dead. Groups joined by 'and' or 'along with' stay further dead.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that open a part of a group told before: 'among them', 'including'.
PART_MARKERS = frozenset({"among", "amongst", "including", "incl"})
PART_PRONOUNS = frozenset({"them", "whom", "those", "which"})


def among_the_dead(first: Token, later: Token) -> bool:
    """`later`, a victim group told after `first`, is opened as a part of it ('among them',
    'including') in the words between them."""
    if later.i <= first.i:
        return False
    words = first.doc[first.i + 1 : later.i]
    for word in words:
        low = word.lower_
        if low == "including":
            return True
        opens = low in PART_MARKERS and word.i + 1 < later.i
        if opens and word.doc[word.i + 1].lower_ in PART_PRONOUNS:
            return True
    return False


def told_as_part(noun: Token) -> bool:
    """'14 villagers, five of them children': the group set beside the first is counted as a
    part of it ('five of them', 'three of whom')."""
    for number in (c for c in noun.children if c.dep_ == "nummod"):
        for prep in (p for p in number.children if p.dep_ == "prep" and p.lower_ == "of"):
            if any(o.lower_ in PART_PRONOUNS for o in prep.children if o.dep_ == "pobj"):
                return True
    return False
