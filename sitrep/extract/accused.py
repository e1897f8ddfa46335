"""Acts that someone is accused of, charged with or took part in earlier are the background of
the act told, not acts of their own: 'punched him over allegations of his participation in the
abduction', 'tortured him in connection with his participation in mass protests', 'relatives of
two sisters detained for their involvement in the kidnapping protested'.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Words whose 'of', 'in', 'with' or 'for' names what someone did before (or is said to have).
BLAME_NOUNS = frozenset({
    "participation", "involvement", "allegation", "accusation", "charge", "suspicion", "role",
    "complicity", "connection",
})  # fmt: skip
BLAME_VERBS = frozenset({"accuse", "involve", "suspect", "charge", "implicate"})
LINKS = frozenset({"of", "in", "with", "for"})
# Verbs of holding someone to account, whose 'for' or 'over' names the act held against them
# ('arrested over the bombing', 'sentenced for the rape of a girl'): grounds_of_custody.
HOLDING_VERBS = frozenset({
    "arrest", "detain", "hold", "jail", "imprison", "sentence", "convict", "charge", "try",
    "prosecute", "punish", "sanction", "fine",
})  # fmt: skip
GROUNDS_LINKS = frozenset({"for", "over"})
WEAK = frozenset({"attack_weak", "protest_weak", "siege"})


def without_accused_acts(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less those naming what someone is accused of or took part in, when another
    act is told beside them or a court rules on them ('acquitted officers accused of killing
    a lawyer')."""
    background = [t for t in triggers if _accused_of(doc[t.head])]
    kept = [t for t in triggers if t not in background]
    if not any(t.cue not in WEAK for t in kept) and not _before_a_court(doc, background):
        # "the terrorists were involved in attacks on security forces": acts of a kind
        return [t for t in triggers if t not in background or not _a_kind(doc[t.head])]
    return kept


def _a_kind(word: Token) -> bool:
    """A plural act's noun with no article or number: acts of a kind, not one act told."""
    return word.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod", "poss") for c in word.children
    )


# What a court does to those accused: the act they are accused of is the case, not news.
JUDICIAL_VERBS = frozenset({
    "acquit", "convict", "sentence", "indict", "arraign", "prosecute", "exonerate", "jail",
    "remand", "try",
})  # fmt: skip
# Measures a government takes against those it holds responsible, told as verb or noun
# ('imposed sanctions on three leaders for their role in attacks').
MEASURES = frozenset({"sanction", "blacklist", "extradite", "designate"})


def _before_a_court(doc: Doc, background: Sequence[Trigger]) -> bool:
    """'A court acquitted five officers accused of killing a lawyer': the accused act told
    only in a court's ruling on it."""
    return any(
        (t.lemma_.lower() in JUDICIAL_VERBS and t.pos_ == "VERB") or t.lemma_.lower() in MEASURES
        for b in background
        for t in doc[b.head].sent
    )


def _accused_of(head: Token) -> bool:
    """'his participation in the abduction', 'accused of killing', 'involved in the kidnapping':
    the act hangs from a word of blame or taking part through 'of', 'in', 'with' or 'for'."""
    token = head
    for _ in range(4):
        link = token.head
        if token.dep_ not in ("pobj", "pcomp", "conj") or link.i == token.i:
            return False
        if token.dep_ == "conj":
            token = link
            continue
        if held_against(token):
            return True  # "arrested over the bombing"
        if link.lower_ not in LINKS:
            return False
        word = link.head
        if word.lemma_.lower() in BLAME_NOUNS and word.pos_ == "NOUN":
            return True
        return word.lemma_.lower() in BLAME_VERBS and word.pos_ in ("VERB", "ADJ")
    return False


def held_against(word: Token) -> bool:
    """'over the bombing' after 'arrested', 'for the rape' after 'sentenced': the act a
    holding verb's 'for' or 'over' names as its grounds."""
    link = word.head
    return (
        word.dep_ == "pobj"
        and link.lower_ in GROUNDS_LINKS
        and link.head.lemma_.lower() in HOLDING_VERBS
        and link.head.pos_ == "VERB"
    )
