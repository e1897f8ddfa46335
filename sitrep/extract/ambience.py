"""What a reporter hears at a front, and what happens there as a rule, is no act of a day.

Feature reports open on the scene: 'the only sound is the hum of Israeli drones', 'residents
have learned to tell the whistle of a mortar from the thud of artillery', 'The shells come at
dawn, usually, and again after the evening prayer'. A weapon named as the source of a sound
('the hum of drones', 'the crackle of gunfire') tells what is heard there, and an act told in
the simple present with a word of habit ('usually', 'every night') tells what happens there as
a rule, and so do acts named as a bare plural that a side "continues to carry out": neither
is an act of a day and place. Gunfire that was heard ('gunfire was heard in
the town on Monday') or a present headline ('Drones strike Kharkiv') stays an act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

SOUND_NOUNS = frozenset({
    "sound", "noise", "hum", "buzz", "whine", "whistle", "thud", "boom", "roar", "rumble",
    "crack", "crackle", "rattle", "echo", "thunder", "drone", "whir", "whirr", "din",
})  # fmt: skip
HABIT_WORDS = frozenset({
    "usually", "often", "always", "sometimes", "regularly", "routinely", "nightly",
    "frequently", "generally", "typically", "normally", "rarely",
})  # fmt: skip
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def ambience(doc: Doc, trigger: Trigger) -> bool:
    """The trigger names a weapon heard, or an act that happens as a rule."""
    head = doc[trigger.head]
    return heard(head) or habitual(head) or kept_up(head)


def heard(word: Token) -> bool:
    """'the hum of Israeli drones', 'the whistle of a mortar': the weapon is a sound's source."""
    if word.dep_ != "pobj" or word.head.lower_ != "of":
        return False
    return word.head.head.lemma_.lower() in SOUND_NOUNS


def habitual(word: Token) -> bool:
    """'The shells come at dawn, usually': the act's clause is in the simple present with a
    word of habit."""
    verb = word if word.pos_ in ("VERB", "AUX") else word.head
    if word.pos_ not in ("VERB", "AUX") and word.dep_ not in ("nsubj", "dobj"):
        return False
    if verb.tag_ not in PRESENT_TAGS:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_WORDS for c in verb.children)


# Verbs that keep a practice going in the present: "it continues to carry out attacks".
KEEPING_UP = frozenset({"continue", "keep"})
# Verbs that carry out acts named by a noun ("carry out attacks", "launch raids").
DOING = frozenset({"carry", "launch", "stage", "mount", "conduct", "commit", "wage"})


def kept_up(word: Token) -> bool:
    """'the group continues to carry out attacks on religious minorities': acts named as a
    bare plural, kept up in the present, are a practice, not an act of a day."""
    if word.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in word.children):
        return False
    doing = word.head
    if word.dep_ != "dobj" or doing.lemma_.lower() not in DOING or doing.dep_ != "xcomp":
        return False
    keeping = doing.head
    return keeping.lemma_.lower() in KEEPING_UP and keeping.tag_ in PRESENT_TAGS
