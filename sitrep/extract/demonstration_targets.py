"""Violence whose target is a demonstration: its people are the protesters.

'Party activists attacked a procession of students demanding quota reform', 'gunmen opened
fire on a peaceful protest by health workers', 'counter-protesters attacked the march with
sticks, injuring six students': what the attack strikes is the demonstration itself (a
demonstration noun, or people told as demonstrating), so the people it hurts are the
demonstration's crowd, `Protesters (country)` in ACLED's terms, not civilians; the rules for
demonstrators attacked by others (`attacked_demonstrators.py`) then code an intervention in the
protest, or excessive force when it kills or is armed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.actors import ActorMention
from sitrep.extract.modality import verbal_anchor
from sitrep.extract.triggers import Trigger

PROTESTERS = 6
CIVILIANS = 7
VIOLENCE_CUES = frozenset({"attack", "attack_weak", "live_fire"})
# A demonstration named as what an attack strikes.
DEMONSTRATION_NOUNS = frozenset({
    "protest", "demonstration", "rally", "march", "sit-in", "vigil", "procession", "picket",
    "gathering", "protester", "protestor", "demonstrator", "marcher",
})  # fmt: skip
# Verbs that tell people as demonstrating ('students demanding quota reform').
DEMONSTRATING = frozenset({"protest", "demonstrate", "march", "rally", "demand", "picket"})
# Prepositions an attack reaches its target by ('opened fire on'); 'at' only after a word of
# shooting or throwing ('fired at the marchers', not 'assaulted journalists at a rally').
TARGET_PREPS = frozenset({"on", "upon", "into"})
AIMED_PREPS = frozenset({"at"})
AIMING = frozenset({"fire", "shoot", "throw", "hurl", "pelt", "lob", "stone"})


def _objects(verb: Token) -> Iterator[Token]:
    """What the act strikes: its object, and the object of 'on' or 'at' on the verb or on its
    object ('opened fire on a protest')."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            yield child
            yield from _prep_objects(child)
    yield from _prep_objects(verb)


def _prep_objects(word: Token) -> Iterator[Token]:
    preps = TARGET_PREPS | AIMED_PREPS if word.lemma_.lower() in AIMING else TARGET_PREPS
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (o for o in prep.children if o.dep_ == "pobj")


def _demonstrating(noun: Token) -> bool:
    """A demonstration noun, or people told as demonstrating ('students protesting fees')."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME"):
        return False  # 'on 3 March': a day, not a march
    if noun.lemma_.lower() in DEMONSTRATION_NOUNS or noun.lower_ in DEMONSTRATION_NOUNS:
        return True
    return any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DEMONSTRATING for c in noun.children
    )


# People a demonstration is made of, when the act is set at one ('attacked opposition
# supporters at a rally'; journalists or police at a rally are not its crowd).
CROWD_TARGETS = frozenset({
    "supporter", "member", "activist", "participant", "attendee", "follower", "marcher",
})  # fmt: skip
SETTING_PREPS = frozenset({"at", "during"})


def _crowd_at_a_demonstration(verb: Token, target: Token) -> bool:
    """'attacked opposition supporters with machetes at a rally': the act's target is a
    crowd's people, and the act is set at a demonstration (wherever the parser hangs 'at')."""
    if target.lemma_.lower() not in CROWD_TARGETS:
        return False
    if any(c.dep_ == "poss" or c.lemma_.lower() == "family" for c in target.children):
        return False  # 'assaulted his family members': someone's kin, not a crowd
    doers = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return any(
        t.lower_ in SETTING_PREPS
        and t.i not in doers
        and any(o.dep_ == "pobj" and _demonstrating(o) for o in t.children)
        for t in verb.subtree
    )


def demonstration_struck(doc: Doc, triggers: Sequence[Trigger]) -> bool:
    """An act of violence whose target is a demonstration or its people."""
    for trigger in triggers:
        if trigger.cue not in VIOLENCE_CUES:
            continue
        head = doc[trigger.head]
        verb = verbal_anchor(head)
        own = trigger.start <= verb.i < trigger.end or (head.dep_ == "dobj" and head.head == verb)
        if not own:
            continue  # 'a protest against the assault on journalists': the act is a noun
        if any(_demonstrating(o) or _crowd_at_a_demonstration(verb, o) for o in _objects(verb)):
            return True
    return False


def as_demonstrators(
    doc: Doc, triggers: Sequence[Trigger], target: ActorMention | None
) -> ActorMention | None:
    """The unnamed civilians an attack on a demonstration hurts, recast as its protesters."""
    if target is None or not target.generic or target.actor.inter != CIVILIANS:
        return target
    if not demonstration_struck(doc, triggers):
        return target
    country = target.actor.country
    name = f"Protesters ({country})" if country else "Protesters"
    actor = replace(target.actor, name=name, inter=PROTESTERS)
    return replace(target, actor=actor, kind="protesters")
