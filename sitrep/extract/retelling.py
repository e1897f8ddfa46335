"""Sentences that tell again an act already told: a definite re-mention ("the strike hit a
market", "the fighting lasted hours"), the harm it did, or a reaction to it ("rights groups
condemned the arrests"). Such a sentence completes the earlier event instead of opening one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.attribution import SAY_VERBS
from sitrep.model import Span

DEATH_LEMMAS = frozenset({
    "kill", "die", "dead", "death", "perish", "body", "neutralise", "neutralize", "eliminate",
})  # fmt: skip
# Words of harm that a sentence counting the casualties of a told event uses beside the dead
# ("1 person was killed and another was injured", "13 were shot, one of whom died").
CASUALTY_LEMMAS = DEATH_LEMMAS | {"injure", "wound", "shoot", "fatality", "casualty"}
# Verbs of reaction: what they govern was told before, or is reported, not newly told.
REACTION_LEMMAS = frozenset({
    "condemn", "denounce", "deplore", "decry", "criticise", "criticize", "mourn", "slam",
    "lament", "regret",
})  # fmt: skip
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Verbs by which a party accounts for a strike it made ("said it targeted a command centre",
# "said it struck militants"): its aim or justification, not a second strike.
ACCOUNT_LEMMAS = frozenset({"target", "strike", "hit", "aim"})


def retells(doc: Doc, triggers: Sequence[tuple[int, bool]]) -> bool:
    """Whether every act a sentence names (its triggers as (head token, weak cue) pairs) is a
    definite re-mention of an act told before, something that re-mention did ('the strike
    hit'), or the harm it caused; or all are the object of a reaction ('condemned the killing
    of')."""
    strong = [head for head, weak in triggers if not weak]
    if strong and all(reacted_to(doc[head]) for head in strong):
        return True
    if triggers and all(own_account(doc[head]) for head, _ in triggers):
        return True
    from sitrep.extract.claimed_again import claim_told_again  # they read anaphora from here
    from sitrep.extract.means_again import means_again

    if claim_told_again(doc, [head for head, _ in triggers]):
        return True  # "JNIM claimed the attack, saying its fighters had seized weapons"
    if triggers and all(means_again(doc[head]) for head, _ in triggers):
        return True  # "The attackers used explosive devices": the act told before, its means
    if strong and all(harm_told_again(doc[head]) for head in strong):
        return True
    from sitrep.extract.doers_again import doers_again  # it reads anaphora from here

    if strong and all(doers_again(doc[head]) for head in strong):
        return True  # "The insurgents stormed the area and took the women away"
    every = [head for head, _ in triggers]  # 'injured in the clashes' names its act: not again
    fended = [head for head in strong if fended_again(doc[head])]
    if fended and all(head in fended or _fended_act(doc[head]) for head in strong):
        return True
    if every and all(dead_in_told_operation(doc[head]) for head in every):
        return True
    hurt = [head for head in every if hurt_counted(doc[head])]
    if hurt and all(head in hurt or held_counted(doc[head]) for head in every):
        return True
    mentions = {head for head in strong if anaphoric(doc[head])}
    if not mentions:
        return False
    return all(
        head in mentions
        or doc[head].lemma_.lower() in CASUALTY_LEMMAS
        or any(c.dep_ == "nsubj" and c.i in mentions for c in doc[head].children)
        or _done_during(doc[head], mentions)
        for head, _ in triggers
    )


def _done_during(verb: Token, mentions: set[int]) -> bool:
    """'Two rifles were seized during the arrest': an act done in the course of the act
    re-mentioned is a part of it."""
    for _ in range(3):  # "Two rifles and a grenade were seized": from the thing to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    # 'in' only after a passive ('100 were detained in the clash'): 'intervened in the
    # protest' names what the police acted on, not when
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    preps = ("during", "in") if passive else ("during",)
    return any(
        c.dep_ == "prep" and c.lower_ in preps and o.i in mentions
        for c in verb.children
        for o in c.children
        if o.dep_ == "pobj"
    )


def harm_told_again(verb: Token) -> bool:
    """'officers arrived after the man had been beaten to death': harm done before, in the
    pluperfect passive, to a victim named definitely in a subordinate clause, is the harm of
    an act told already."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "pcomp"):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not {"had", "been"} <= auxes:
        return False
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(
        any(d.dep_ == "det" and d.lower_ in DEFINITE for d in v.children) or v.pos_ == "PRON"
        for v in victims
    )


HURT_LEMMAS = frozenset({"injure", "wound", "hurt"})


# Nouns of a military operation as a whole, named again as the setting of its dead
OPERATION_NOUNS = frozenset({"operation", "offensive", "campaign", "raid", "sweep"})


def dead_in_told_operation(verb: Token) -> bool:
    """'12 PKK militants were neutralised in the operation': the dead of an operation told
    before, named again definitely, in the passive with no one named as killing them."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEATH_LEMMAS:
        return False
    if not agentless_passive(verb):
        return False
    settings = (
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "during")
        for o in p.children
        if o.dep_ == "pobj"
    )
    return any(o.lemma_.lower() in OPERATION_NOUNS and anaphoric(o) for o in settings)


def hurt_counted(verb: Token) -> bool:
    """'113 police officers had been injured over the four nights': people counted as hurt,
    in the passive with no one named as hurting them, tell the harm of an act told before
    (a sentence alone, with no act before it, still makes its event)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HURT_LEMMAS:
        return False
    return agentless_passive(verb)


# Verbs of fending off an act: with the act told definitely as their object, the act again.
FENDING = frozenset({"repel", "repulse", "foil", "thwart", "fend", "rebuff", "counter"})


def fended_again(verb: Token) -> bool:
    """'ISWAP fighters attacked a base. The troops repelled the attack.': fending off an act
    named definitely ('the attack', 'the assault') tells that act's outcome, not a new one."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FENDING:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(anaphoric(o) for o in objects)


def _fended_act(noun: Token) -> bool:
    """'the attack' in 'repelled the attack': the act fended off, named again."""
    return noun.dep_ in ("dobj", "nsubjpass") and fended_again(noun.head)


HELD_LEMMAS = frozenset({"detain", "arrest"})


def held_counted(verb: Token) -> bool:
    """'... and 224 people had been detained': the arrests counted beside the hurt."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HELD_LEMMAS:
        return False
    return agentless_passive(verb)


def agentless_passive(verb: Token) -> bool:
    """'were injured', 'had been detained': a passive with no 'by' agent."""
    deps = {c.dep_ for c in verb.children}
    by_agent = any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in verb.children)
    return "auxpass" in deps and not by_agent


def own_account(token: Token) -> bool:
    """A party's account of its own strike: 'the military said it targeted a Hamas command
    centre', 'the army said it struck the militants': the verb is what the speaker says it
    did, with the speaker as its pronoun subject."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in SAY_VERBS:
        return False
    if _own_side_had_been_harmed(token):
        return True
    if token.lemma_.lower() not in ACCOUNT_LEMMAS or token.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and _speakers_own(c) for c in token.children)


def _own_side_had_been_harmed(token: Token) -> bool:
    """'The army said its troops had been attacked': the speaker's account, in the past
    perfect, of what was done to its own side before the act told, not an act of its own."""
    children = list(token.children)
    before = any(c.dep_ == "aux" and c.lower_ == "had" for c in children)
    passive = any(c.dep_ == "auxpass" for c in children)
    return before and passive and any(c.dep_ == "nsubjpass" and _speakers_own(c) for c in children)


def _speakers_own(subject: Token) -> bool:
    """'it', or a force the speaker calls its own ('its forces', 'their units')."""
    if subject.pos_ == "PRON":
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subject.children)


def reacted_to(token: Token) -> bool:
    """The act is what someone reacts to ('denounced the arrests', 'mourned those killed')."""
    current = token
    for _ in range(3):
        if current.head.i == current.i or current.dep_ in ("nsubj", "nsubjpass"):
            return False
        current = current.head
        if current.lemma_.lower() in REACTION_LEMMAS and current.pos_ == "VERB":
            return True
    return False


# Prepositions by which an act told again is only the time of another clause's act.
TIME_OF = frozenset({"after", "following", "since", "before"})


def only_a_time(doc: Doc, trigger: Span) -> bool:
    """'residents fled towards Macomia after the attack': the act told again (its trigger's
    words) only dates another clause's act, whose places are that act's, not its own."""
    words = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if words is None:
        return False
    token = words.root
    return token.dep_ == "pobj" and token.head.lower_ in TIME_OF and anaphoric(token)


def anaphoric(token: Token) -> bool:
    """'in the clash', 'during this attack': a definite noun pointing back at a told event."""
    if token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children
    ):
        return True
    return _definite_hyphenated(token)


def _definite_hyphenated(token: Token) -> bool:
    """'in the counter-offensive', 'the follow-up attack': the parser splits a hyphenated
    word and loses its determiner; the word before its first part tells."""
    first = token
    while (
        first.i >= 2
        and first.doc[first.i - 1].text == "-"
        and not first.doc[first.i - 1].whitespace_
    ):
        if first.doc[first.i - 2].whitespace_:
            break
        first = first.doc[first.i - 2]
    if first.i == token.i or first.i == 0:
        return False
    return first.doc[first.i - 1].lower_ in DEFINITE
