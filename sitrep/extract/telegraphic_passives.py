"""Passives told without their auxiliary, as headlines and terse notes tell them.

'Farmer stabbed in his maize field by unknown attackers', 'bus driver shot at by gunmen',
'two herders gunned down by raiders': with no 'was', the parser reads the participle as a past tense
and the victim as its subject. A verb of harm that needs an object but has none, or that
names its doer with 'by', is passive: its subject is whom the act befell.

Two other forms put the victim where a doer is expected: a noun a passive participle hangs
on ('KANU aspirant stabbed near a church', a reduced relative) is its victim, and so is the
subject of a clause whose passive gerund of time tells the act ('troops withdrew from the
camp after being ambushed': subject control, the troops were ambushed).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Verbs of harm that always take an object when active: one with none is passive.
NEEDS_AN_OBJECT = frozenset({
    "kill", "wound", "injure", "hack", "murder", "behead", "lynch", "abduct", "kidnap",
    "stab", "execute", "torture", "maim", "assassinate", "gun", "slay", "butcher", "rape",
})  # fmt: skip
# Verbs of harm that may stand without an object when active ('gunmen shot', 'rebels
# attacked at dawn'): passive only when 'by' names their doer. ('The militia
# targeted with rockets several farms', 'helicopters hit with rockets': verbs of aim or impact
# whose object the parser often loses are left out.)
HARM_VERBS = NEEDS_AN_OBJECT | frozenset({
    "shoot", "attack", "assault", "beat", "ambush", "stone",
})  # fmt: skip
# Verbs of striking from afar, passive when their doer is named with 'by'.
STRIKING_VERBS = frozenset({
    "strike", "hit", "target", "bomb", "shell", "raid", "destroy", "pound", "bombard",
})  # fmt: skip
OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "dative"})
AUXILIARIES = frozenset({"aux", "auxpass"})
STRANDED = frozenset({"at", "on", "upon"})  # "shot at", "fired on", "set upon"
TIME_WORDS = frozenset({"after", "before", "while", "upon", "on", "following", "when"})


def headline_passive(verb: Token) -> bool:
    """'Two traders shot dead by gunmen': a verb of harm with a subject but no auxiliary and
    no object, that names its doer with 'by' (or needs an object it lacks) or leaves its
    preposition stranded ('shot at by'), is a passive whose subject was harmed. ('Rebels
    attacked by the river' may be active: a locative 'by' the parser leaves a preposition.)"""
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in HARM_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & (AUXILIARIES | OBJECTS):
        return False
    if any(_has_object(c) for c in verb.children if c.dep_ == "conj"):
        return False  # "gunmen shot and killed a trader": the object is shared
    if "agent" in deps:
        return True
    if any(
        c.dep_ == "prep" and c.lower_ in STRANDED and not list(c.children) for c in verb.children
    ):
        return True  # "driver shot at near Voi"
    return verb.lemma_.lower() in NEEDS_AN_OBJECT


def reduced_relative_victim(token: Token, anchor: Token) -> bool:
    """'KANU aspirant stabbed near a church', 'three villagers abducted by gunmen': the
    mention heads (or sits in the head word of) the noun a passive participle of harm hangs
    on, whom the act befell."""
    if anchor.dep_ != "acl" or anchor.tag_ != "VBN" or anchor.lemma_.lower() not in HARM_VERBS:
        return False
    if any(c.dep_ in OBJECTS or c.dep_ == "nsubj" for c in anchor.children):
        return False  # an active verb the parser hung on a noun
    noun = anchor.head
    current = token
    while current.i != noun.i:
        if current.dep_ not in ("compound", "amod", "nmod", "poss", "appos"):
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return True


def passive_gerund_of_time(anchor: Token, verb: Token) -> bool:
    """'Police escaped after being ambushed': the act is a passive gerund with no
    subject of its own, hung on the verb as a clause of time; the verb's subject suffered it."""
    if anchor.tag_ not in ("VBN", "VBG") or not any(c.dep_ == "auxpass" for c in anchor.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return False
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in TIME_WORDS:
        return anchor.head.head.i == verb.i
    if anchor.dep_ == "advcl" and anchor.head.i == verb.i:
        return any(c.dep_ in ("mark", "prep") and c.lower_ in TIME_WORDS for c in anchor.children)
    return False


def doer_of_a_passive(noun: Token) -> bool:
    """'IS tunnels were pounded by Iraqi warplanes': a word naming the doer that is itself
    the trigger is the doer when 'by' hangs it on a passive verb of harm (not 'supported by
    allied warplanes', who helped another's act)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return False
    return noun.head.head.lemma_.lower() in HARM_VERBS | STRIKING_VERBS


def misread_headline_verb(anchor: Token) -> bool:
    """'Fishermen with MRC attack police at Vipingo': a headline's present-tense verb of harm the
    parser took for a noun modifying its object, in a sentence it found no verb in."""
    if anchor.dep_ != "compound" or anchor.lemma_.lower() not in HARM_VERBS | STRIKING_VERBS:
        return False
    if anchor.head.i <= anchor.i or anchor.i == anchor.sent.start:
        return False
    before = anchor.doc[anchor.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return False  # "an attack police said was planned": a noun after its determiner
    return not any(t.pos_ in ("VERB", "AUX") for t in anchor.sent if t.i != anchor.i)


def headline_role(token: Token, anchor: Token) -> str | None:
    """In a misread headline ('Fishermen with MRC attack police'), the words before the verb
    are its doer ('agent'), the noun it was hung on its target ('patient')."""
    if not misread_headline_verb(anchor):
        return None
    if token.i < anchor.i:
        return "agent"
    return "patient" if token.i == anchor.head.i or token.head.i == anchor.head.i else None


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in OBJECTS for c in verb.children)


def without_consequent_withdrawals(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less a withdrawal whose subject was attacked in a passive gerund of time
    ('troops withdrew from the camp after being ambushed'): the ambush is the act told,
    the retreat what followed it."""
    heads = {t.head for t in triggers if t.cue != "withdraw"}
    return [
        t for t in triggers if not (t.cue == "withdraw" and _after_an_attack(doc[t.head], heads))
    ]


def _after_an_attack(verb: Token, heads: set[int]) -> bool:
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in TIME_WORDS]
    clauses += [g for p in preps for g in p.children if g.dep_ == "pcomp"]
    return any(g.i in heads and passive_gerund_of_time(g, verb) for g in clauses)
