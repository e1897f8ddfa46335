"""Attacks in words: 'launched a blistering attack on the budget', 'attacked the government's
security policy in a speech', 'the president fired back in a late-night post'.

An attack whose target is a policy, a text or a reputation, or that is made in a medium of
speech (a post, a statement, an interview), is criticism, not violence. The target is the
object of the attacking verb or of 'on'/'against' after the attacking noun; the medium is the
object of 'in'/'on' beside the verb. A target of flesh or of stone ('an attack on the
budget office', 'fired on protesters') is not in these lists and stays an act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

ATTACKING_CUES = frozenset({"attack", "attack_weak", "fight"})
# Targets no weapon reaches: what is said, decided, planned or believed.
ABSTRACT_TARGETS = frozenset({
    "budget", "policy", "plan", "bill", "law", "legislation", "proposal", "decision",
    "ruling", "verdict", "remark", "comment", "statement", "speech", "record", "reform",
    "agenda", "strategy", "report", "idea", "claim", "narrative", "reputation", "credibility",
    "integrity", "character", "leadership", "handling", "approach", "programme", "program",
    "deal", "constitution", "democracy", "freedom", "independence", "rights", "judiciary",
    "election", "result", "mandate", "manifesto", "candidacy", "nomination", "appointment",
    "tax", "tariff", "spending", "economy", "inflation", "corruption",
})  # fmt: skip
# Media in which words, not weapons, are fired.
SPEECH_MEDIA = frozenset({
    "post", "tweet", "statement", "interview", "speech", "letter", "op-ed", "editorial",
    "column", "broadcast", "podcast", "message", "remarks", "debate", "address", "briefing",
    "conference", "sermon",
})  # fmt: skip
# Who is attacked in words when the attack is made in speech ('attacked the government in a
# televised debate'); 'fired rockets at the town in a dawn attack' keeps its object.
CRITICISED = frozenset({"government", "opposition", "minister", "ministry", "party", "rival"})
MEDIUM_PREPS = frozenset({"in", "during", "on", "via", "through"})


def attacked_in_words(doc: Doc, trigger: Trigger) -> bool:
    """The trigger is an attack on a policy, a text or a reputation, or one made in speech."""
    if trigger.cue not in ATTACKING_CUES:
        return False
    word = doc[trigger.head]
    return _abstract_target(word) or _made_in_speech(word)


def _abstract_target(word: Token) -> bool:
    if word.pos_ == "VERB":
        targets = [c for c in word.children if c.dep_ == "dobj"]
    else:
        preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
        targets = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return bool(targets) and all(_abstract(t) for t in targets)


def _abstract(noun: Token) -> bool:
    return noun.lemma_.lower() in ABSTRACT_TARGETS or noun.lower_ in ABSTRACT_TARGETS


def _made_in_speech(word: Token) -> bool:
    verb = word if word.pos_ == "VERB" else word.head
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" and not _criticised(c) for c in verb.children):
        return False  # 'fired rockets at the town in a dawn attack'
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in MEDIUM_PREPS]
    media = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in SPEECH_MEDIA for g in media)


def _criticised(noun: Token) -> bool:
    return _abstract(noun) or noun.lemma_.lower() in CRITICISED
