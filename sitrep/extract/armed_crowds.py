"""When people who act together are armed men, not a crowd.

ACLED's mob violence is a spontaneous crowd's; an attack is an organised armed group's. Unnamed
people who shoot and then burn ('a group of people shot at a checkpoint and burned four
vehicles') are an armed group, and men the report calls by an armed trade ('paramilitaries
beat a civilian', 'soldiers assaulted traders') beat as a force, not as a mob.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from sitrep.extract.modality import verbal_anchor

# People who bear arms by their trade: when they beat someone, a force does.
ARMED_DOERS = frozenset({
    "soldier", "troop", "troops", "paramilitary", "paramilitaries", "policeman", "policemen",
    "police", "cop", "gendarme", "militiaman", "militiamen", "militant", "fighter", "rebel",
    "insurgent", "gunman", "gunmen", "commando", "ranger", "guard", "officer", "serviceman",
    "servicemen", "jihadist",
})  # fmt: skip
# Links from a verb to the verb whose subject also does it ('forced their way in to beat').
CHAINED = frozenset({"xcomp", "advcl", "conj"})


def armed_raid(cues: Collection[str], *, unnamed: bool, armed: bool, stones: bool) -> bool:
    """Unnamed people (`unnamed`) who attack with weapons of war (`armed`) and burn or smash,
    with none of a crowd's weapons (`stones`: stones, bricks, petrol bombs), are an armed
    group, not a mob."""
    return unnamed and armed and "attack" in cues and not stones


def armed_doer(head: Token) -> bool:
    """The act's subject (or the subject of the verb it is chained to) names men by an armed
    trade: 'LDU paramilitaries beat a civilian', 'soldiers stormed the market to beat
    traders'."""
    verb = verbal_anchor(head)
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return any(_armed_word(s) for s in subjects)
        if verb.dep_ not in CHAINED or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _armed_word(noun: Token) -> bool:
    return noun.lemma_.lower() in ARMED_DOERS or noun.lower_ in ARMED_DOERS
