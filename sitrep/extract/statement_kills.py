"""Killing as military and police statements word it.

Army and police communiqués name killing with verbs of removal ("troops eliminated 30
militants", "liquidated a sabotage group", "more than 30 Khawarij were eliminated") and
with harm that proved fatal ("three suspects were fatally wounded in an exchange of fire"),
formations of fighters as "destroyed" ("destroyed a sabotage group": fought, not damage), and
idioms of death ("eight khawarij were sent to hell", "two soldiers embraced martyrdom").
The verbs of removal are a killing only when what they remove is people and the removal is
told as done, outside a contest: "eliminate the backlog", "liquidated the company's assets",
"an operation to eliminate the militants" and "eliminated the Falcons after a 54-43 victory"
tell no killing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Verbs of removal that communiqués use for killing combatants.
REMOVAL_VERBS = frozenset({"eliminate", "liquidate"})
# Verbs of harm that an adverb of death makes a killing ("fatally wounded", "mortally hit").
HARM_VERBS = frozenset({"wound", "injure", "stab", "hit", "shoot", "hurt"})
FATAL_ADVERBS = frozenset({"fatally", "mortally"})
# Nouns for people, fighters and their formations, as statements count them.
PEOPLE = frozenset({
    "terrorist", "militant", "fighter", "insurgent", "khawarij", "khwarij", "kharijite", "bandit",
    "gunman", "member", "commander", "leader", "soldier", "serviceman", "servicemen",
    "militiaman", "militiamen", "element", "operative", "jihadist", "rebel", "man", "men",
    "people", "person", "attacker", "assailant", "suspect", "criminal", "kidnapper",
    "group", "cell", "unit", "personnel", "crew", "mercenary", "sniper",
    "enemy", "infiltrator", "extremist", "combatant", "troops", "officer", "chief",
    "emir", "kingpin", "bomber", "pirate", "smuggler", "trafficker",
})  # fmt: skip
# Words of contests, where removal is defeat ("eliminated the Falcons after a 54-43 victory").
CONTEST_WORDS = frozenset({
    "victory", "win", "game", "match", "tournament", "championship", "semifinal",
    "quarterfinal", "playoff", "playoffs", "league", "cup", "season", "round", "contest",
    "race", "election", "primary", "competition", "title", "team", "squad", "coach",
})  # fmt: skip
# Formations of fighters that communiqués say were "destroyed" (killed or routed, not damaged).
FORMATIONS = frozenset({
    "group", "unit", "squad", "cell", "detachment", "platoon", "militant", "fighter",
    "terrorist", "manpower", "personnel", "servicemen", "serviceman", "soldier", "infantry",
    "saboteur", "mercenary", "gunman", "insurgent", "crew", "team",
})  # fmt: skip
DESTROYING = frozenset({"destroy", "annihilate", "wipe"})
# What a soldier who died is said to have embraced.
MARTYRDOM = frozenset({"martyrdom", "shahadat", "shahadah"})
IDIOM_VERBS = frozenset({"send", "embrace", "lose"})
# What a side loses when its men die: "lost four soldiers", "the unit lost 12 men"
LOST_MEN = frozenset({
    "soldier", "troops", "man", "men", "fighter", "officer", "policeman", "policemen",
    "serviceman", "servicemen", "personnel", "member", "militiaman", "militiamen", "comrade",
})  # fmt: skip
# Entity labels that name people or their organisations.
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})


def removes_no_one(doc: Doc, trigger: Trigger) -> bool:
    """A verb of removal ('eliminated') whose object is no person, fighter or group of them,
    or told as an aim ('an operation to eliminate the militants'): no killing; the other
    cues are left alone."""
    verb = doc[trigger.head]
    if verb.lemma_.lower() in IDIOM_VERBS:
        return fatal_idiom(verb) is None  # "was sent to Hell's Kitchen for a show"
    if verb.lemma_.lower() not in REMOVAL_VERBS or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    if any(w.lemma_.lower() in CONTEST_WORDS for w in verb.sent):
        return True
    removed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not any(_people(word) for word in removed)


def fighters_destroyed(doc: Doc, trigger: Trigger) -> Trigger:
    """'destroyed a sabotage and reconnaissance group', 'annihilated a terrorist cell': what is
    destroyed is a formation of fighters, so the act is a fight with them, not damage to
    property."""
    verb = doc[trigger.head]
    if trigger.cue != "looting" or verb.lemma_.lower() not in DESTROYING:
        return trigger
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]  # 'a sabotage and reconnaissance group'
    if any(o.lemma_.lower() in FORMATIONS and not _of_things(o) for o in objects):
        return replace(trigger, cue="fight")
    return trigger


def _of_things(noun: Token) -> bool:
    """'a group of buildings', 'a unit of the power plant': a formation of no people."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return not any(_people(o) for o in prep.children if o.dep_ == "pobj")
    return False


def fatally_harmed(verb: Token) -> bool:
    """'three suspects were fatally wounded', 'mortally injured': harm told as fatal."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_VERBS:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in FATAL_ADVERBS for c in verb.children)


def fatal_idiom(verb: Token) -> str | None:
    """Deaths told in a communiqué's idiom: 'eight khawarij were sent to hell' (the dead are
    the verb's object), 'two soldiers embraced martyrdom' (its subject); None otherwise."""
    lemma = verb.lemma_.lower()
    if lemma == "send" and any(_to_hell(p) for p in verb.children):
        return "object"
    if lemma == "embrace" and any(
        c.dep_ == "dobj" and c.lower_ in MARTYRDOM for c in verb.children
    ):
        return "subject"
    if lemma == "lose":
        return _lost(verb)
    return None


def _lost(verb: Token) -> str | None:
    """'five soldiers lost their lives' (the dead are the subject); 'the army lost four
    soldiers' (a counted object of the side's men: no 'lost contact', 'lost two vehicles')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() == "life" or o.lower_ == "lives" for o in objects):
        return "subject"
    counted = [o for o in objects if any(c.dep_ == "nummod" for c in o.children)]
    if any(o.lemma_.lower() in LOST_MEN or o.lower_ in LOST_MEN for o in counted):
        return "object"
    return None


def _to_hell(prep: Token) -> bool:
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(o.lower_ == "hell" for o in prep.children)
    )


def _people(word: Token) -> bool:
    """Persons, fighters or their formations: a noun for them ('23 terrorists'), a named
    person or group ('al-Shabaab', '30 Khawarij'), a bare count ('eliminated 12'), or a
    pronoun."""
    if word.pos_ == "PRON" and word.lower_ not in ("it", "this", "that", "which", "what"):
        return True
    if word.lemma_.lower() in PEOPLE or word.lower_ in PEOPLE:
        return True
    if word.ent_type_ in PEOPLE_ENTITIES:
        return True
    return word.pos_ in ("NUM", "PROPN")
