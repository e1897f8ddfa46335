"""When people who act together are armed men, not a crowd.

ACLED's mob violence is a spontaneous crowd's; an attack is an organised armed group's. Unnamed
people who shoot and then burn ('a group of people shot at a checkpoint and burned four
vehicles') are an armed group, and men the report calls by an armed trade ('paramilitaries
beat a civilian', 'soldiers assaulted traders') beat as a force, not as a mob.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from sitrep.extract.actors import ActorMention
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


def armed_doer(head: Token, *, mentions: Sequence[ActorMention] = ()) -> bool:
    """The act's subject (or the subject of the verb it is chained to) names men by an armed
    trade: 'LDU paramilitaries beat a civilian', 'soldiers stormed the market to beat
    traders'; or is a pronoun for a force that the report's last subject before it named
    ('The police searched the estate. They forced their way into homes to beat people')."""
    verb = verbal_anchor(head)
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return any(_armed_word(s) or _armed_antecedent(s, mentions) for s in subjects)
        if verb.dep_ not in CHAINED or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# Pronouns for the men who act, read back to the subject named before them.
PRONOUNS = frozenset({"they", "he"})
# Organised forces: state forces, rebels, foreign or private forces.
FORCE_INTERS = frozenset({1, 2, 8})


def _armed_antecedent(subject: Token, mentions: Sequence[ActorMention]) -> bool:
    """The pronoun's antecedent, the last actor named as a subject before its sentence, is
    an organised force."""
    if subject.lower_ not in PRONOUNS:
        return False
    doc = subject.doc
    before = [m for m in mentions if m.span.end <= subject.sent.start_char]
    for mention in reversed(before):
        named = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if named is not None and named.root.dep_ in ("nsubj", "nsubjpass"):
            return mention.actor.inter in FORCE_INTERS
    return False


def _armed_word(noun: Token) -> bool:
    return noun.lemma_.lower() in ARMED_DOERS or noun.lower_ in ARMED_DOERS
