"""The weapons the doers of an act told before used are how they did it, not another act.

'Ten soldiers were killed when their convoy was ambushed near Kourmadi. The attackers used
explosive devices and heavy weapons.': the devices are the ambush's means, told of its doers
named again ('the attackers', 'they'); ACLED codes the ambush once, not a bombing beside it.
Weapons used by doers named anew ('Jihadists used a car bomb to attack the base') make the
act themselves.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.retelling import anaphoric

USE_LEMMAS = frozenset({"use", "employ", "deploy", "wield"})
PRONOUNS = frozenset({"they", "he", "she", "it"})


def means_again(word: Token) -> bool:
    """The weapon at `word` is what doers named again used ('the attackers used explosive
    devices'): the object of a verb of using whose subject points back."""
    noun = word
    while noun.dep_ in ("compound", "amod", "conj") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in USE_LEMMAS:
        return False
    use = noun.head
    if any(c.dep_ in ("xcomp", "advcl") for c in use.children):
        return False  # 'used drones to strike the camp': the act is told here
    subjects = [c for c in use.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_named_again(s) for s in subjects)


def _named_again(subject: Token) -> bool:
    return subject.lower_ in PRONOUNS or anaphoric(subject)
