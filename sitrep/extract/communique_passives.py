"""The speaking state's forces as the agent of its communiqué's passive.

A defence ministry or an army tells its own kills in the passive, naming only the enemy:
"The Turkish Defence Ministry said six PKK terrorists were neutralised in an air operation",
"Nigeria's army said 12 terrorists were neutralised in Gwoza", "Russia's Defence Ministry said
a Ukrainian sabotage group was destroyed". The state's forces did it (ACLED codes the
ministry's claim with the state's military as actor1); left alone, the sentence names no agent
and the event would go to an unidentified group. Only the verbs of a communiqué's tally
(neutralise, eliminate, liquidate, destroy), only armed men of another side as their object,
and only when the speaker is a state's military body; a passive with its agent named ("by
Turkish forces") already has it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.events import Draft

# The tally verbs of an army's communiqué, said of the enemy's men or units.
TALLY_VERBS = frozenset({"neutralize", "neutralise", "eliminate", "liquidate", "destroy"})
# Armed sides the state fights: rebels, militias, and other states' forces.
ENEMY_INTERS = frozenset({1, 2, 3, 4, 8})
# A state's military body that speaks ("the Turkish Defence Ministry", "Nigeria's army").
MILITARY_BODY = re.compile(
    r"\b(?:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e|army|military|"
    r"armed\s+forces|general\s+staff|defen[cs]e\s+headquarters|high\s+command)\b",
    re.IGNORECASE,
)


def communique_agent(
    draft: Draft,
    sent: SpacySpan,
    *,
    actors: ActorDictionary,
    country: str | None,
    on: date | None,
) -> Draft:
    """The draft with actor1 the speaking state's military, when a state's military body
    tells an enemy's men or unit 'were neutralised' (no agent named)."""
    if draft.actor1 is not None or draft.actor2 is None or not draft.claimed_by:
        return draft
    if draft.actor2.actor.inter not in ENEMY_INTERS:
        return draft
    if not any(_agentless_passive(tok) for tok in sent):  # the trigger may be 'air operation'
        return draft
    forces = _speaking_forces(draft.claimed_by, actors=actors, country=country, on=on)
    if forces is None or forces.actor.name == draft.actor2.actor.name:
        return draft  # "two soldiers were killed, the army said": its own losses
    span = draft.trigger
    actor = replace(forces.actor, mention=None)
    agent = ActorMention(span=span, actor=actor, kind=forces.kind, generic=True)
    return replace(draft, actor1=agent, actor1_inferred=True)


def _agentless_passive(verb: Token) -> bool:
    if verb.lemma_.casefold() not in TALLY_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps


def _speaking_forces(
    speaker: str, *, actors: ActorDictionary, country: str | None, on: date | None
) -> ActorMention | None:
    """The military of the state whose body speaks: a named state military ("the IDF"),
    else a country named with a military body ("Russia's Defence Ministry")."""
    if not military_speaker(speaker, actors):
        return None
    named = [
        m
        for m in actors.find(speaker, country=country, on=on)
        if not m.generic and m.kind == "military"
    ]
    if len(named) == 1:
        return named[0]
    state = actors.country_named(speaker)
    if state is None:
        return None
    found = actors.find("troops", country=state, on=on)
    if len(found) != 1 or state not in found[0].actor.name:
        return None
    mention = found[0]
    if mention.actor.inter == 1 and country and country != state:
        return replace(mention, actor=replace(mention.actor, inter=8))  # abroad: external
    return mention


def military_speaker(
    speaker: str, actors: ActorDictionary, country: str | None = None, on: date | None = None
) -> bool:
    """'the ISPR', 'the army', 'Russia's Defence Ministry': a state's military body speaks,
    by its words or by a state force's name (`country`, `on`: as `ActorDictionary.find`)."""
    if MILITARY_BODY.search(speaker):
        return True
    found = actors.find(speaker, country=country, on=on)
    return any(not m.generic and m.kind == "military" for m in found)
