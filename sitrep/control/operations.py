"""Named operations: "Operation <Name>" (or a quoted name after "operation"), when it was
launched ("since the launch of the campaign on September 9, 2017", "launched on ..."), how many
fronts it has ("two fronts in Operation X") and who launched it when the text says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from sitrep.control.model import Operation, stable_id
from sitrep.control.scene import Scene, claimant, evidence, parties_in
from sitrep.extract.numbers import number_value
from sitrep.model import DateRange, Evidence
from sitrep.time import Kind, find_time_expressions

_WORD = r"[A-Z][\w’'-]*"
NAME = re.compile(
    rf"\b[Oo]peration\s+(?:[“\"](?P<q>[^”\"]{{2,60}})[”\"]|"
    rf"(?P<n>{_WORD}(?:\s+(?:(?:of|the|for|al|el|de)\s+)?{_WORD}){{0,4}}))"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mention:
    name: str
    start: int
    end: int
    sent: SpacySpan


def find_operations(scene: Scene) -> tuple[Operation, ...]:
    """One Operation per name the document gives, with what its sentences tell of it."""
    mentions = list(_mentions(scene))
    names = dict.fromkeys(m.name for m in mentions)
    return tuple(_operation(scene, name, [m for m in mentions if m.name == name]) for name in names)


def _mentions(scene: Scene) -> Iterator[_Mention]:
    text = scene.text
    for m in NAME.finditer(text):
        words = m.group("q") or m.group("n")
        span = scene.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        name = f"Operation {words.strip()}"
        yield _Mention(name=name, start=m.start(), end=m.end(), sent=span.sent)


def _operation(scene: Scene, name: str, mentions: list[_Mention]) -> Operation:
    text = scene.text
    proof = [evidence(text, m.start, m.end, "name") for m in mentions]
    launched, actor, fronts = None, None, None
    for sent in _sentences_about(scene, mentions):
        launched = launched or _launch(scene, sent)
        actor = actor or _launcher(scene, sent)
        fronts = fronts or _fronts(scene, sent)
    for found in (launched, actor, fronts):
        if found is not None:
            proof.append(found[1])
    return Operation(
        operation_id=stable_id(scene.document.doc_id, name),
        doc_id=scene.document.doc_id,
        name=name,
        actor=actor[0] if actor else None,
        launched=launched[0].start if launched else None,
        precision=launched[0].precision if launched else None,
        fronts=fronts[0] if fronts else None,
        evidence=tuple(sorted(proof, key=lambda e: (e.start, e.role))),
        claimed_by=claimant(scene, mentions[0].sent[0]),
        source=scene.document.source,
    )


def _sentences_about(scene: Scene, mentions: list[_Mention]) -> list[SpacySpan]:
    """Sentences naming the operation, and a following one that calls it 'the campaign'."""
    seen: dict[int, SpacySpan] = {}
    anaphors = scene.cues["operation_anaphors"]
    for m in mentions:
        seen.setdefault(m.sent.start, m.sent)
        following = scene.doc[m.sent.end : m.sent.end + 1]
        if len(following) and any(t.lower_ in anaphors for t in following[0].sent):
            seen.setdefault(following[0].sent.start, following[0].sent)
    return [seen[k] for k in sorted(seen)]


def _launch(scene: Scene, sent: SpacySpan) -> tuple[DateRange, Evidence] | None:
    """The calendar date after a launch word ('the launch of the campaign on 9 September')."""
    for token in sent:
        if token.lemma_.lower() not in scene.cues["operation_launch"]:
            continue
        rest = scene.text[token.idx : sent.end_char]
        for found in find_time_expressions(rest, published=scene.document.published):
            if found.kind == Kind.ABSOLUTE and found.range is not None:
                start = token.idx + found.span.start
                ev = evidence(scene.text, start, token.idx + found.span.end, "launched")
                return found.range, ev
    return None


def _launcher(scene: Scene, sent: SpacySpan) -> tuple[str, Evidence] | None:
    """The subject of a launch verb ('the SDF launched Operation X')."""
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in scene.cues["operation_launch"]:
            continue
        for child in token.children:
            if child.dep_ != "nsubj":
                continue
            left, right = child.left_edge.idx, child.idx + len(child.text)
            for mention in parties_in(scene, left, right):
                s = mention.span
                return mention.actor.name, evidence(scene.text, s.start, s.end, "actor")
    return None


def _fronts(scene: Scene, sent: SpacySpan) -> tuple[int, Evidence] | None:
    """'two fronts': the number before a front noun."""
    for token in sent:
        if token.lower_ not in scene.cues["operation_front_nouns"] or token.i == sent.start:
            continue
        count = number_value(scene.doc[token.i - 1])
        if count is not None and count > 0:
            start = scene.doc[token.i - 1].idx
            return count, evidence(scene.text, start, token.idx + len(token.text), "fronts")
    return None
