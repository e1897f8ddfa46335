"""Acts named only as what an operation sought or as a reason given, not as acts done:

- the aim of an arrest operation: 'raids targeting suspected Islamic State members',
  'an operation targeting alleged smugglers': whom the police sought, not a fight;
- a reason cited: 'extended the state of emergency, citing continued attacks by
  terrorists', 'closed the border, citing attacks on its posts': the acts are why a
  decision was taken, told as a kind, with no day or place of their own;
- the purpose of a presence: 'troops have been deployed in the province since 2021 to fight
  the insurgency', 'soldiers were sent to the area to combat bandits': an infinitive of
  purpose under a verb of deployment, or under a perfect state since a past day, tells
  what the forces are there for, not a fight.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.prevented_acts import prevented_act
from sitrep.extract.triggers import Trigger

SOUGHT = frozenset({"suspected", "alleged", "wanted", "presumed", "suspect"})
CITING = frozenset({"cite", "invoke"})
# Verbs of placing forces somewhere: an infinitive of purpose under them is their mission.
DEPLOYING = frozenset({
    "deploy", "redeploy", "station", "send", "dispatch", "post", "base", "position", "stay",
    "remain", "bring",
})  # fmt: skip
# A crowd's purpose is its act ('gathered to protest the killing'): only forces' fights are aims.
CROWD_CUES = frozenset({"protest", "protest_weak", "riot"})


def aim_or_reason(doc: Doc, trigger: Trigger) -> bool:
    """The trigger names whom an operation sought or a reason cited for a decision."""
    word = doc[trigger.head]
    if prevented_act(word):  # "moved in to prevent further clashes"
        return True
    return _targeting_suspects(word) or _cited_reason(word) or _purposed_fight(word, trigger)


def _targeting_suspects(word: Token) -> bool:
    if word.lemma_.lower() != "target" or word.tag_ != "VBG":
        return False
    objects = [c for c in word.children if c.dep_ == "dobj"]
    return any(
        m.lower_ in SOUGHT for o in objects for m in o.children if m.dep_ in ("amod", "compound")
    )


def _cited_reason(word: Token) -> bool:
    if word.pos_ != "NOUN" or word.dep_ != "dobj" or word.tag_ != "NNS":
        return False
    verb = word.head
    if verb.lemma_.lower() not in CITING:
        return False
    return not any(c.dep_ == "det" for c in word.children)  # 'citing the attack on ...' is one


def _purposed_fight(word: Token, trigger: Trigger) -> bool:
    return trigger.cue not in CROWD_CUES and _purpose_of_presence(word)


def _purpose_of_presence(word: Token) -> bool:
    """'deployed in the province since 2021 to fight the insurgency': an infinitive of purpose
    ('to' and no subject of its own) under a verb of deployment, or under a perfect telling
    a state since a past day ('have been operating there since 2022 to fight JNIM')."""
    if word.dep_ != "advcl" or word.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
        return False
    verb = word.head
    return verb.lemma_.lower() in DEPLOYING or _perfect_since(verb)


def _perfect_since(verb: Token) -> bool:
    """'have been operating in the area since 2022': a perfect with 'since' on the verb."""
    aux = {c.lemma_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "have" in aux and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
