"""Control facts and operations of one parsed document (called at the end of extraction).

Cheap by design: territory events are read as they are; the sentence rules (sieges, control
statements, standing positions, operations) run only when the text has one of their cue words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from sitrep.control.model import ControlFact, Operation, Status
from sitrep.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.control.cues import Cues
    from sitrep.control.scene import Scene
    from sitrep.model import Event, Toponym
    from sitrep.pipeline import Context, Extractor

SIEGE_SIDES = (Status.BESIEGES, Status.BESIEGED_IN)
TERRITORY = frozenset(
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    }
)


def extract_control(
    doc: Doc, *, context: Context, events: Sequence[Event], extractor: Extractor
) -> tuple[tuple[ControlFact, ...], tuple[Operation, ...]]:
    """(control facts, operations) of a document, facts in text order."""
    cues = default_cues()
    territorial = any(e.sub_event_type in TERRITORY for e in events)
    cued = bool(cues.gate.search(context.document.text))
    if not (territorial or cued):
        return (), ()
    scene = _scene(doc, context, extractor, cues)
    operations = _operations(scene, cued=cued)
    facts = _facts(scene, events, cued=cued)
    if len(operations) == 1:  # the one operation a report tells of frames its facts
        facts = tuple(replace(f, operation=operations[0].name) for f in facts)
    return facts, operations


@cache
def default_cues() -> Cues:
    """The shipped cue words, read once (a frozen record: nothing mutable is shared)."""
    from sitrep.control.cues import Cues

    return Cues.load()


def _scene(doc: Doc, context: Context, extractor: Extractor, cues: Cues) -> Scene:
    from sitrep.control.scene import Scene

    return Scene(
        doc=doc,
        document=context.document,
        places=tuple(
            _trimmed(t, cues, extractor, context.document.text)
            for t in context.places
            if t.start >= context.dateline_end and not _held_word(t, cues)
        ),
        actors=context.actors,
        quotes=context.quotes,
        times=context.times,
        present=context.present,
        country=context.country,
        cues=cues,
        dictionary=extractor.actors,
        irrealis=extractor.tools.lexicon.irrealis,
        gazetteer=extractor.gazetteer,
    )


def _held_word(toponym: Toponym, cues: Cues) -> bool:
    """'IS-held' read as a place name."""
    last = toponym.text.rsplit("-", 1)[-1].lower()
    return "-" in toponym.text and last in cues["held_suffixes"]


def _trimmed(toponym: Toponym, cues: Cues, extractor: Extractor, text: str) -> Toponym:
    """'IS-held Hajin' read as one name: the place is what follows '-held ', looked up again."""
    match = re.search(r"-(\w+)\s+", toponym.text)
    if match is None or match.group(1).lower() not in cues["held_suffixes"]:
        return toponym
    from sitrep.geocode.geoparse import geoparse

    start = toponym.start + match.end()
    entity = Span(start=start, end=toponym.end, text=text[start : toponym.end], label="GPE")
    found = [t for t in geoparse(text, [entity], extractor.gazetteer) if t.start == start]
    return found[0] if found else replace(toponym, start=start, text=entity.text, place=None)


def _facts(scene: Scene, events: Sequence[Event], *, cued: bool) -> tuple[ControlFact, ...]:
    from sitrep.control.holding import holding_facts
    from sitrep.control.positions import position_facts
    from sitrep.control.sieges import siege_facts
    from sitrep.control.territory import territory_facts

    found = list(territory_facts(scene, events))
    if cued:
        text = scene.document.text  # the Doc's text: a sentence is a slice of it
        for sent in scene.doc.sents:
            if not scene.cues.gate.search(text, sent.start_char, sent.end_char):
                continue
            for rule in (siege_facts, holding_facts, position_facts):
                found.extend(rule(scene, sent))
    facts = _fill_siege_sides(_merge(found))
    return tuple(sorted(facts, key=_text_order))


def _text_order(fact: ControlFact) -> tuple[int, str]:
    triggers = [e.start for e in fact.evidence if e.role == "trigger"]
    return (min(triggers) if triggers else 0), fact.place


def _operations(scene: Scene, *, cued: bool) -> tuple[Operation, ...]:
    from sitrep.control.operations import find_operations

    return find_operations(scene) if cued else ()


def _merge(facts: Iterable[ControlFact]) -> list[ControlFact]:
    """One fact per place, actor, status and end: evidence joined, the earliest start kept."""
    kept: dict[tuple[object, ...], ControlFact] = {}
    for fact in facts:
        key = (fact.place_key, fact.actor, fact.status, fact.valid_until)
        old = kept.get(key)
        kept[key] = fact if old is None else _join(old, fact)
    return list(kept.values())


def _join(a: ControlFact, b: ControlFact) -> ControlFact:
    first = min((a, b), key=lambda f: (f.valid_from is None, f.valid_from or 0, f.precision or 9))
    evidence = tuple(sorted(set(a.evidence) | set(b.evidence), key=lambda e: (e.start, e.role)))
    tags = tuple(dict.fromkeys((*a.tags, *b.tags)))
    return replace(
        a,
        counterpart=a.counterpart or b.counterpart,
        valid_from=first.valid_from,
        precision=first.precision,
        evidence=evidence,
        confidence=max(a.confidence, b.confidence),
        claimed_by=a.claimed_by if a.claimed_by == b.claimed_by else None,
        tags=tags,
    )


def _fill_siege_sides(facts: list[ControlFact]) -> list[ControlFact]:
    """A siege told in two sentences ("A besieged X"; "B is besieged there"): each side's fact
    names the other side."""
    out = []
    for fact in facts:
        if fact.status in SIEGE_SIDES and fact.counterpart is None and fact.valid_until is None:
            other = _opposite(fact, facts)
            if other is not None:
                fact = replace(fact, counterpart=other.actor)
        out.append(fact)
    return out


def _opposite(fact: ControlFact, facts: list[ControlFact]) -> ControlFact | None:
    want = Status.BESIEGED_IN if fact.status == Status.BESIEGES else Status.BESIEGES
    for other in facts:
        same_place = other.place_key == fact.place_key and other.valid_until is None
        if same_place and other.status == want and other.actor not in (None, fact.actor):
            return other
    return None
