"""Words of remote violence that tell no strike: a workers' strike ("strike action", "the
teachers' strike"), a weapon that was stopped before it struck ("shot down a drone",
"intercepted a missile": ACLED's disrupted weapons use, not an air strike or shelling), and
"blew up" said of no thing blown up ("talks blew up").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

REMOTE = frozenset({"air_strike", "shelling", "explosive"})
# Words that make a strike a workers' one: who strikes, or what kind of strike it is.
LABOUR = frozenset({
    "labour", "labor", "general", "hunger", "worker", "teacher", "doctor", "nurse", "staff",
    "employee", "union", "transport", "nationwide", "national", "indefinite", "wildcat",
    "warning", "rail", "railway", "bus", "taxi", "truck", "trucker", "driver", "lecturer",
    "student", "miner", "pilot", "port", "dock", "factory", "sit-down", "day", "week",
    "action", "picket", "pay", "wage", "salary", "pension", "strikers",
})  # fmt: skip
# People on a labour strike, anywhere in the report.
STRIKERS = re.compile(
    r"\b((went|go|goes|going|are|is|were|was|been|remain(ed)?|stay(ed)?) on (a )?strike|"
    r"strikers|striking (workers|teachers|doctors|nurses|staff|employees|miners|drivers))\b",
    re.IGNORECASE,
)
# Words of those who strike from the air or with weapons.
FORCES_NEAR = re.compile(
    r"\b(air|aerial|warplanes?|aircraft|jets?|drones?|coalition|forces|army|military|troops|"
    r"missiles?|bomb\w*|killed|killing)\b",
    re.IGNORECASE,
)
STOPPING = frozenset({"intercept", "defuse", "dismantle", "thwart", "foil", "jam", "destroy"})


def labour_strike(doc: Doc, trigger: Trigger) -> bool:
    """'strike action', 'a teachers' strike', 'the strike over pay': a strike that names its
    strikers or its kind, or a labour dispute, is a demonstration."""
    head = doc[trigger.head]
    if trigger.cue != "air_strike" or head.lemma_.lower() != "strike" or head.pos_ != "NOUN":
        return False
    words = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod", "poss")}
    words |= {o.lemma_.lower() for p in head.children if p.lower_ in ("by", "over", "for")
              for o in p.children if o.dep_ == "pobj"}  # fmt: skip
    if head.dep_ == "compound":
        words.add(head.head.lemma_.lower())  # "strike action", "strike day"
    return bool(words & LABOUR) or _strikers_told(head)


def _strikers_told(strike: Token) -> bool:
    """'... gathered as part of the Acme Steel strike. Striking workers have been on strike
    since October': people on strike told in the strike's sentence or the next, with no force
    or aircraft named beside the strike, make it a labour strike."""
    sent = strike.sent
    if FORCES_NEAR.search(sent.text):
        return False
    doc = strike.doc
    after = doc[sent.end].sent.text if sent.end < len(doc) else ""
    return STRIKERS.search(sent.text + " " + after) is not None


def stopped_weapon(doc: Doc, trigger: Trigger) -> bool:
    """'shot down a Houthi drone', 'a missile was intercepted': the weapon named is what was
    stopped (the stopping is told by its own trigger)."""
    if trigger.cue not in REMOTE:
        return False
    noun = doc[trigger.head]
    while noun.dep_ in ("compound", "amod", "npadvmod") and noun.head.i != noun.i:
        noun = noun.head  # "a bomb-laden drone", "a Houthi drone"
    return noun.dep_ in ("dobj", "nsubjpass") and _stops(noun.head)


def _stops(verb: Token) -> bool:
    if verb.lemma_.lower() in STOPPING:
        return True
    return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) and (
        verb.lemma_.lower() in ("shoot", "bring", "take")
    )


def no_blast(doc: Doc, trigger: Trigger) -> bool:
    """'talks blew up', 'the row blew up': blowing up tells a blast only of something blown
    up ('blew up a vehicle', 'the bridge was blown up')."""
    head = doc[trigger.head]
    if trigger.cue != "explosive" or head.lemma_.lower() != "blow":
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)
