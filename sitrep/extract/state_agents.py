"""A state named by its country as the doer of a military act: "Russia launched 93 missiles at
Kharkiv", "Israel struck targets in southern Lebanon", "Kharkiv was shelled by Russia". News
names the state for its forces; ACLED codes the act to the state's military forces. Only a
country's own name counts (a province or a city that 'launched' something is no state), and
only for acts of force: "Kenya arrested two men" names no soldiers. A launch joined to a
downing ("Russia launched 55 drones, and air defences shot down 42 of them") is one: its
country is the side whose weapons were downed.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.doctext import doc_text
from sitrep.extract.triggers import Trigger
from sitrep.model import Span

MILITARY_CUES = frozenset({
    "attack", "attack_weak", "fight", "air_strike", "shelling", "explosive", "capture",
    "grenade", "chemical", "suicide_bomb",
})  # fmt: skip


def states_named_as_agents(
    doc: Doc,
    triggers: Sequence[Trigger],
    dictionary: ActorDictionary,
    named: Sequence[ActorMention],
) -> list[ActorMention]:
    """The military forces of each country that is the subject (or the passive's agent) of an
    act of force, as generic mentions to be dated and placed like 'the army'; none where
    the actor finder already named someone there."""
    found: list[ActorMention] = []
    for trigger in triggers:
        launch = _launch_downed(doc[trigger.head]) if trigger.cue == "disrupted" else None
        if trigger.cue not in MILITARY_CUES and launch is None:
            continue
        for doer in _doers(launch or _acting_verb(doc[trigger.head])):
            mention = _forces_of(doc, doer, dictionary)
            if mention is None or any(_overlaps(mention, m) for m in (*named, *found)):
                continue
            found.append(mention)
    return found


# Verbs that send off weapons ("Russia launched 55 drones, and air defences shot down 42").
LAUNCHING = frozenset({"launch", "fire", "send", "attack"})


def _launch_downed(verb: Token) -> Token | None:
    """'Russia launched 55 drones at Ukraine, and air defences shot down 42 of them': the
    launch joined to a downing, whose doer is the side whose weapons were downed."""
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    return next((w for w in joined if w.lemma_.lower() in LAUNCHING), None)


def _forces_of(doc: Doc, doer: Token, dictionary: ActorDictionary) -> ActorMention | None:
    country = _country_named(doc, doer, dictionary)
    actor = dictionary.resolve("army", country=country) if country else None
    if actor is None or actor.inter != 1:
        return None
    start, end = doer.left_edge.idx, doer.idx + len(doer)
    span = Span(start=start, end=end, text=doc_text(doc)[start:end])
    return ActorMention(span=span, actor=actor, kind="military", generic=True)


def _overlaps(a: ActorMention, b: ActorMention) -> bool:
    return a.span.start < b.span.end and b.span.start < a.span.end


def _acting_verb(head: Token) -> Token:
    """The trigger's verb, or the verb whose object the trigger's noun is ('launched
    missiles', 'carried out strikes')."""
    if head.pos_ == "VERB":
        return head
    while head.dep_ == "pobj" and head.head.lower_ == "of":  # "dozens of drones"
        head = head.head.head
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head
    prep = head.head  # "struck Kharkiv with missiles"
    if head.dep_ == "pobj" and prep.lower_ in ("with", "using") and prep.head.pos_ == "VERB":
        return prep.head
    return head


def _doers(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    return subjects + [o for o in agents if o.dep_ == "pobj"]


def _country_named(doc: Doc, word: Token, dictionary: ActorDictionary) -> str | None:
    """The country a subject names by its own name ('Russia', 'the United States')."""
    if word.ent_type_ != "GPE" or word.pos_ != "PROPN":
        return None
    words = [t for t in doc[word.left_edge.i : word.i + 1] if t.dep_ != "det"]
    return dictionary.country_of_demonym(" ".join(t.text for t in words))
