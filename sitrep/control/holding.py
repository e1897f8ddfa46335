"""Statements that a place is held: "X is under the control of A", "X, held by A", "X remains
in the hands of A", "under A control", "the A-held town of X"; "no longer under the control of
A" says A lost it.

The place must be what the phrase is said of: the subject of its clause or the noun the phrase
modifies ("a meeting in X held by the ministry" says nothing about X).
"""

from __future__ import annotations

import re
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
    parties_in,
    places_in,
    when,
)
from sitrep.extract.modality import blocking_reason
from sitrep.model import Evidence, Toponym

CONFIDENCE = 0.7
LOST = re.compile(r"(?i)\bno\s+longer\s+(?:\w+\s+)?$")
HELD = re.compile(r"((?:[\w’']+[\s-]+){0,2}[\w’']+)-(\w+)\b")
_SUBJECTS = ("nsubj", "nsubjpass")


def holding_facts(scene: Scene, sent: SpacySpan) -> Iterator[ControlFact]:
    """Facts of every control statement in a sentence."""
    for start, end, actor_name in _statements(scene, sent):
        yield from _facts(scene, sent, start, end, actor_name)
    yield from _held(scene, sent)
    yield from _controlling(scene, sent)


def _statements(scene: Scene, sent: SpacySpan) -> Iterator[tuple[int, int, str]]:
    """(start, end, actor) of each phrase naming who holds: the phrase and the actor after it,
    or 'under <actor> control'."""
    text, offset = sent.text, sent.start_char
    taken: list[tuple[int, int]] = []
    for phrase in sorted(scene.cues["control_phrases"], key=len, reverse=True):
        for m in re.finditer(rf"(?i)\b{re.escape(phrase)}\b", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            actor = _party_at(scene, offset + m.end(), offset + m.end() + 6)
            if actor is not None:
                taken.append((m.start(), m.end()))
                yield offset + m.start(), actor[1], actor[0]
    first, last = sorted(scene.cues["control_frame"], key=lambda w: w != "under")
    for m in re.finditer(rf"(?i)\b{first}\s+(?:the\s+)?(.{{2,40}}?)\s+{last}\b", text):
        actor = _party_at(scene, offset + m.start(1), offset + m.start(1) + 1)
        if actor is not None and not any(a <= m.start() < b for a, b in taken):
            yield offset + m.start(), offset + m.end(), actor[0]


def _party_at(scene: Scene, start: int, until: int) -> tuple[str, int] | None:
    for m in parties_in(scene, start, until + 1):
        return m.actor.name, m.span.end
    return None


def _facts(
    scene: Scene, sent: SpacySpan, start: int, end: int, actor: str
) -> Iterator[ControlFact]:
    token = _token_at(sent, start)
    anchor = token.head if token.dep_ == "prep" or token.tag_ == "VBN" else token
    reason = blocking_reason(anchor, scene.irrealis)
    lost = bool(LOST.search(scene.text[sent.start_char : start]))
    if reason and not (reason == "negation" and lost) and reason != "background":
        return
    places = [t for t in places_in(scene, sent.start_char, start) if _said_of(sent, t, token)]
    if not places:
        places = object_places(scene, anchor)
    if not places:
        previous = anaphoric_place(scene, sent)
        places = [previous] if previous is not None else []
    status = Status.WITHDREW if lost else Status.CONTROLS
    trail = [evidence(scene.text, start, end, "trigger")]
    for place in places:
        yield make_fact(
            scene,
            where=place,
            status=status,
            actor=actor,
            dates=when(scene, sent),
            evidence=[*trail, _place_evidence(place)],
            confidence=CONFIDENCE,
            claimed_by=claimant(scene, token),
            tags=("statement",),
        )


def _said_of(sent: SpacySpan, place: Toponym, token: Token) -> bool:
    """The place is the subject of the phrase's clause, or a noun the phrase modifies."""
    span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root in token.ancestors:
        return True
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return any(c.dep_ in _SUBJECTS and root in c.subtree for c in verb.children)


def _held(scene: Scene, sent: SpacySpan) -> Iterator[ControlFact]:
    """'the IS-held town of X': an actor joined by a hyphen to 'held' before a place."""
    text, offset = sent.text, sent.start_char
    for m in HELD.finditer(text):
        if m.group(2).lower() not in scene.cues["held_suffixes"]:
            continue
        actor = _resolve_tail(scene, m.group(1))
        after = [
            t
            for t in places_in(scene, offset + m.end(), offset + m.end() + 40)
            if t.start >= offset + m.end()
        ]
        if actor is None or not after:
            continue
        place = after[0]
        trail = [evidence(scene.text, offset + m.start(), offset + m.end(), "trigger")]
        yield make_fact(
            scene,
            where=place,
            status=Status.CONTROLS,
            actor=actor,
            dates=when(scene, sent),
            evidence=[*trail, _place_evidence(place)],
            confidence=CONFIDENCE,
            claimed_by=claimant(scene, _token_at(sent, offset + m.start())),
            tags=("statement",),
        )


def _controlling(scene: Scene, sent: SpacySpan) -> Iterator[ControlFact]:
    """'HTS controlled the village of X', 'A imposed its control over X'."""
    for token in sent:
        found = _control_act(scene, token)
        if found is None:
            continue
        verb, target = found
        reason = blocking_reason(verb, scene.irrealis)
        actor = _subject_party(scene, verb)
        if (reason and reason != "background") or actor is None:
            continue
        start, end = target.left_edge.idx, target.right_edge.idx + len(target.right_edge.text)
        places = places_in(scene, start, end) or object_places(scene, target.head)
        trail = [evidence(scene.text, token.idx, token.idx + len(token.text), "trigger")]
        for place in places:
            yield make_fact(
                scene,
                where=place,
                status=Status.CONTROLS,
                actor=actor,
                dates=when(scene, sent),
                evidence=[*trail, _place_evidence(place)],
                confidence=CONFIDENCE,
                claimed_by=claimant(scene, token),
                tags=("statement",),
            )


def _control_act(scene: Scene, token: Token) -> tuple[Token, Token] | None:
    """(verb, object) of an active control verb, or of a light verb with 'control over/of'."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in scene.cues["control_verbs"]:
        passive = any(c.dep_ in ("auxpass", "agent") for c in token.children)
        target = next((c for c in token.children if c.dep_ == "dobj"), None)
        if passive or token.dep_ in ("amod", "acl") or target is None:
            return None
        return token, target
    if token.pos_ != "NOUN" or lemma != "control" or token.dep_ != "dobj":
        return None
    if token.head.lemma_.lower() not in scene.cues["control_light_verbs"]:
        return None
    preps = [*token.children, *(c for c in token.head.children if c.lower_ == "over")]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in ("over", "of"):
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if target is not None:
                return token.head, target
    return None


def _subject_party(scene: Scene, verb: Token) -> str | None:
    """The party that is the verb's subject ('managed to control': the subject of 'managed')."""
    current = verb
    for _ in range(3):
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            for token in (subject, *subject.subtree):
                for mention in parties_in(scene, token.idx, token.idx + len(token.text)):
                    return mention.actor.name
            return None
        if current.dep_ not in ("xcomp", "conj"):
            return None
        current = current.head
    return None


def _resolve_tail(scene: Scene, words: str) -> str | None:
    """The actor the last one, two or three words before '-held' name ("the regime", "IS")."""
    parts = re.split(r"[\s-]+", words.strip())
    for k in (3, 2, 1):
        if len(parts) < k:
            continue
        found = scene.dictionary.resolve(
            " ".join(parts[-k:]), country=scene.country, on=scene.document.published
        )
        if found is not None:
            return found.name
    return None


def _token_at(sent: SpacySpan, start: int) -> Token:
    for token in sent:
        if token.idx <= start < token.idx + len(token.text) or token.idx >= start:
            return token
    return sent[-1]


def _place_evidence(place: Toponym) -> Evidence:
    return Evidence(start=place.start, end=place.end, text=place.text, role="place")
