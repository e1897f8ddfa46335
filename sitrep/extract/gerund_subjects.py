"""The unstated subject of an adverbial gerund is the subject of the clause it hangs on.

'A policeman has been arrested after shooting dead a politician', 'a soldier was detained
after killing two civilians': the gerund has no subject of its own, so the main clause's
subject (here the passive one, who was arrested) is who shot or killed (subject control), and
the arrest is what followed the act, not the act told. A passive gerund ('after being shot')
keeps its subject as the one the act befell.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Prepositions and subordinators that take a gerund clause of time.
TIME_WORDS = frozenset({"after", "before", "while", "upon", "on", "following", "when"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Acts done between two sides, with no one doer.
MUTUAL_ACTS = frozenset({"exchange", "clash", "fight", "battle", "skirmish"})
# A doer named on the gerund itself ("regime targeting", "its shelling").
OWN_DOER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})


def controlled_gerund(act: Token, verb: Token) -> bool:
    """The act is an active gerund with no subject of its own, hung on the verb as a clause of
    time ('after shooting', 'while fleeing')."""
    if act.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in act.children):
        return False
    if any(c.dep_ == "auxpass" for c in act.children):
        return False  # "after being shot": the subject is whom it befell
    if act.dep_ == "pcomp" and act.head.lower_ in TIME_WORDS:
        return act.head.head.i == verb.i
    if act.dep_ == "advcl" and act.head.i == verb.i:
        return any(c.dep_ in ("mark", "prep") and c.lower_ in TIME_WORDS for c in act.children)
    return False


def one_sided_gerund_of_time(act: Token, verb: Token) -> bool:
    """'Troops torched the houses after raiding the village', 'while fleeing': an act in a
    gerund of time ('after', 'while' ... + gerund) with no doer of its own ('regime
    targeting') was done by the verb's subject; a mutual act ('while exchanging fire') has no
    one doer to give."""
    if not controlled_gerund(act, verb) or act.lemma_.lower() in MUTUAL_ACTS:
        return False
    if act.dep_ != "pcomp" and not any(c.dep_ == "mark" for c in act.children):
        return False  # "shelling, on the countryside": a place, not a time
    return not any(c.dep_ in OWN_DOER_DEPS for c in act.children)


def controls_a_gerund(subject: Token) -> bool:
    """The word is the subject of a verb that a gerund clause of time hangs on: the gerund's
    agent too."""
    if subject.dep_ not in SUBJECTS:
        return False
    return any(controlled_gerund(g, subject.head) for g in _gerunds(subject.head))


def without_consequent_arrests(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less an arrest whose clause holds the act as a gerund of time ('was
    arrested after shooting dead a man'): the act is told, the arrest followed it."""
    heads = {t.head for t in triggers if t.cue != "arrest"}
    return [t for t in triggers if not (t.cue == "arrest" and _follows_an_act(doc[t.head], heads))]


def _follows_an_act(verb: Token, heads: set[int]) -> bool:
    return any(g.i in heads and controlled_gerund(g, verb) for g in _gerunds(verb))


def _gerunds(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == "advcl"]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in TIME_WORDS]
    return found + [g for p in preps for g in p.children if g.dep_ == "pcomp"]
