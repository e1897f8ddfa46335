"""Sieges: who besieges a place, who is besieged in it, since when, and when it was lifted.

"A besieged X", "X was encircled by A", "the siege of X", "IS fighters are besieged in X",
"under siege for 30 days"; "the siege was lifted/broken on <date>" ends it. A siege word in
a clause that is denied, planned or only attempted ("trying to break the siege") says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.control.build import make_fact
from sitrep.control.model import ControlFact, Status
from sitrep.control.names import object_places
from sitrep.control.scene import (
    Scene,
    anaphoric_place,
    claimant,
    evidence,
    is_party,
    mention_evidence,
    parties_in,
    places_in,
    when,
)
from sitrep.extract.actors import ActorMention
from sitrep.extract.arguments import Role, place_span, role_of
from sitrep.extract.modality import blocking_reason
from sitrep.model import Toponym

CONFIDENCE = 0.7
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "aim", "struggle", "fail"})


def siege_facts(scene: Scene, sent: SpacySpan) -> Iterator[ControlFact]:
    """Facts of every siege word of a sentence."""
    for token in sent:
        if _is_siege_word(scene, token):
            yield from _facts_of(scene, sent, token)


def _is_siege_word(scene: Scene, token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "ADJ") and lemma in scene.cues["siege_verbs"]:
        return not (lemma == "surround" and token.dep_ == "amod")  # "surrounding villages"
    return token.pos_ == "NOUN" and lemma in scene.cues["siege_nouns"]


def _facts_of(scene: Scene, sent: SpacySpan, token: Token) -> Iterator[ControlFact]:
    ender = _ending_verb(scene, token)
    head = ender or token
    reason = blocking_reason(head, scene.irrealis)
    if (reason and reason != "background") or _attempted(head):
        return
    besiegers, besieged = _sides(scene, sent, token)
    places = _places(scene, sent, token)
    if not places:
        return
    dates = when(scene, sent)
    claimed = claimant(scene, token)
    trail = [evidence(scene.text, token.idx, token.idx + len(token.text), "trigger")]
    trail += mention_evidence([*besiegers, *besieged], "actor")
    outside = besiegers[0].actor.name if besiegers else None
    inside = besieged[0].actor.name if besieged else None
    tags: tuple[str, ...]
    for place in places:
        proof = [*trail, *mention_evidence([place], "place")]
        if ender is not None:
            status, actor, other, tags = Status.BESIEGES, outside, inside, ("siege", "siege_lifted")
        elif outside is None and inside is not None:
            status, actor, other, tags = Status.BESIEGED_IN, inside, None, ("siege",)
        else:
            status, actor, other, tags = Status.BESIEGES, outside, inside, ("siege",)
        yield make_fact(
            scene,
            where=place,
            status=status,
            actor=actor,
            counterpart=other,
            dates=None if ender is not None else dates,
            until=(dates.end if dates else None) if ender is not None else None,
            evidence=proof,
            confidence=CONFIDENCE,
            claimed_by=claimed,
            tags=tags,
        )


def _ending_verb(scene: Scene, token: Token) -> Token | None:
    """The verb or noun that ends the siege: 'lifted the siege', 'the lifting of the siege'."""
    if token.pos_ != "NOUN":
        return None
    head = token.head
    if head.lemma_.lower() in scene.cues["siege_end_verbs"] and token.dep_ in ("dobj", "nsubjpass"):
        return head
    if head.dep_ == "prep" and head.lower_ == "of":
        noun = head.head
        if noun.lemma_.lower() in scene.cues["siege_end_nouns"] and noun.pos_ == "NOUN":
            return noun
    return None


def _attempted(head: Token) -> bool:
    """'attacking to break the siege', 'tried to lift it': an aim, not a result."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return True
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in ATTEMPT_VERBS


def _sides(
    scene: Scene, sent: SpacySpan, token: Token
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(besiegers, besieged) among the sentence's parties, by their role towards the word."""
    antecedent = _relative_antecedent(scene, token) or _perfect_subject(scene, token)
    outside = [antecedent] if antecedent is not None else []
    modified = _modified(scene, token)
    inside = [modified] if modified is not None else []
    for mention in parties_in(scene, sent.start_char, sent.end_char):
        if mention is antecedent or mention is modified:
            continue
        placed = place_span(scene.doc, mention.span.start, mention.span.end)
        if placed is None:
            continue
        role = role_of(scene.doc, placed, token.i)
        if role is Role.AGENT:
            outside.append(mention)
        elif role is Role.PATIENT:
            inside.append(mention)
    return _distinct(outside), _distinct(inside)


def _relative_antecedent(scene: Scene, token: Token) -> ActorMention | None:
    """'the SDF forces in Hajin town, who have besieged ...': the actor a relative pronoun
    stands for, climbing past a place the clause attached to."""
    pronoun = any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in token.children)
    if token.dep_ != "relcl" or not pronoun:
        return None
    noun = token.head
    for _ in range(3):
        found = _mention_at(scene, noun)
        if found is not None:
            return found
        if noun.dep_ != "pobj":
            return None
        noun = noun.head.head
    return None


def _modified(scene: Scene, token: Token) -> ActorMention | None:
    """'besieged rebels': the actor a siege participle describes is the besieged side."""
    if token.dep_ not in ("amod", "acl"):
        return None
    return _mention_at(scene, token.head)


def _perfect_subject(scene: Scene, token: Token) -> ActorMention | None:
    """'troops have besieged rebels' parsed as 'have' + adjective: a participle right after
    'have' is a perfect verb, and the subject of 'have' besieges."""
    if token.dep_ != "amod" or token.i == 0 or token.doc[token.i - 1].lemma_ != "have":
        return None
    have = token.doc[token.i - 1]
    subject = next((c for c in have.children if c.dep_ == "nsubj"), None)
    return _mention_at(scene, subject) if subject is not None else None


def _mention_at(scene: Scene, token: Token) -> ActorMention | None:
    for mention in scene.actors:
        if mention.span.start <= token.idx < mention.span.end:
            return mention if is_party(mention) else None
    return None


def _distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    seen: dict[str, ActorMention] = {}
    for m in mentions:
        seen.setdefault(m.actor.name, m)
    return list(seen.values())


def _places(scene: Scene, sent: SpacySpan, token: Token) -> list[Toponym]:
    """Places the siege is at: those named in the sentence, else the town it refers back to."""
    found = places_in(scene, sent.start_char, sent.end_char)
    if found:
        return found
    named = object_places(scene, token) or object_places(scene, token.head)
    if named:
        return named
    previous = anaphoric_place(scene, sent)
    return [previous] if previous is not None else []
