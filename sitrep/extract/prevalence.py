"""A kind of act told by how common it is is background, not an act.

'Kidnapping for ransom is rampant in northwest Nigeria', 'Attacks on aid workers are common
in the region', 'Clashes between herders and farmers are a regular occurrence in Benue',
'Such abductions have become frequent', 'Attacks on the road have increased in recent
months': the act's noun, bare or plural, is the subject of a predicate of prevalence or of
trend; no act of a day and place is told. An act told with its own determiner ('The attack
was rare for the area') or doing something ('Attacks on the road killed five') is not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Predicates of how common a kind of act is.
PREVALENT = frozenset({
    "rampant", "common", "widespread", "endemic", "frequent", "rife", "commonplace",
    "routine", "prevalent", "rare", "regular", "recurrent", "everyday", "uncommon", "usual",
})  # fmt: skip
OCCURRENCE = frozenset({"occurrence", "phenomenon", "feature", "problem", "scourge"})
COPULAS = frozenset({"be", "become", "remain", "grow"})
# Verbs of a trend in a kind of act: 'have increased', 'are on the rise'.
# Only counts of a kind of act ('attacks have increased'): 'shells fell', 'fighting
# intensified' and 'protests continued' tell acts.
TREND = frozenset({"increase", "rise", "surge", "soar", "decline", "decrease", "multiply"})
# Verbs of a change that tell a trend only with its measure: 'murders fell 15 percent',
# 'kidnappings dropped by half', 'attacks doubled to 40 a month' ('shells fell' tells acts).
MEASURED_TREND = frozenset({
    "fall", "drop", "dip", "climb", "jump", "plunge", "plummet", "double", "triple", "halve",
    "grow",
})  # fmt: skip
MEASURES = frozenset({"percent", "per", "%", "half", "third", "quarter", "fold", "times"})
KIND_DETERMINERS = frozenset({"such", "these", "those"})


# How often acts recur: 'near-daily strikes', 'nightly raids', 'repeated attacks'
RECURRING = frozenset({
    "daily", "nightly", "weekly", "regular", "frequent", "repeated", "routine", "constant",
    "continual", "incessant", "sporadic", "periodic", "intermittent",
})  # fmt: skip


def told_as_prevalent(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's noun is a kind of act (bare, plural, or 'such') subject of a predicate
    of prevalence or trend, or acts told by how often they recur ('Israel has kept up
    near-daily strikes in Lebanon'): no act of a day and place."""
    noun = doc[trigger.head]
    if _recurring(noun):
        return True
    gerund = noun.tag_ == "VBG" and not any(c.dep_ == "det" for c in noun.children)
    if noun.dep_ != "nsubj" or not (gerund or noun.pos_ == "NOUN" and _a_kind(noun)):
        return False  # 'Kidnapping for ransom is rampant': a gerund names the kind of act
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in TREND:  # 'Attacks on the road have increased'
        return noun.tag_ == "NNS" and not any(c.dep_ == "dobj" for c in verb.children)
    if lemma in MEASURED_TREND and noun.tag_ == "NNS" and _measured(verb):
        return True  # 'murders fell 15 percent in the first quarter'
    if lemma not in COPULAS:
        return False
    return any(_prevalence(c) for c in verb.children if c.dep_ in ("acomp", "attr"))


def _a_kind(noun: Token) -> bool:
    """'Kidnapping', 'attacks', 'such abductions': no article or demonstrative of one act."""
    dets = [c for c in noun.children if c.dep_ in ("det", "amod", "poss")]
    if any(c.dep_ == "poss" for c in dets):
        return False
    told = {c.lower_ for c in dets if c.dep_ == "det"}
    if told - KIND_DETERMINERS:
        return False
    return noun.tag_ in ("NNS", "NN") and (noun.tag_ == "NNS" or not told or "such" in told)


def _prevalence(word: Token) -> bool:
    if word.lemma_.lower() in PREVALENT:
        return True
    if word.lemma_.lower() in OCCURRENCE:
        return True  # 'a regular occurrence', 'a daily phenomenon'
    return word.lower_ == "on" and any(c.lower_ == "rise" for c in word.subtree)


def _measured(verb: Token) -> bool:
    """A change told with its size: a share ('15 percent', 'by half', 'twofold') among the
    verb's own words (not those of a clause below it)."""
    own = [
        t
        for c in verb.children
        if c.dep_ in ("npadvmod", "dobj", "prep", "advmod")
        for t in c.subtree
    ]
    return any(t.lower_ in MEASURES or t.lower_.endswith("fold") for t in own)


def _recurring(noun: Token) -> bool:
    """A plural act noun with no article whose modifier tells how often the acts recur."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "det", "nummod", "poss")]
    if any(c.dep_ in ("det", "nummod", "poss") for c in mods):
        return False  # 'the daily strikes on the town', 'two repeated attacks'
    return any(c.lower_ in RECURRING for c in mods)
