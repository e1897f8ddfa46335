"""Sentence-level event drafts: trigger, modality, actors and their roles, type, counts.

A draft keeps token-free facts (character offsets, resolved actors and places) so that the
assembly step (sitrep/extract/assemble.py) never needs the spaCy Doc.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitrep.extract.actors import ActorMention
from sitrep.extract.arguments import Placed, Role, place_span, role_of
from sitrep.extract.attribution import Quote, claimed_by
from sitrep.extract.classify import Situation, classify
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.modality import blocking_reason
from sitrep.extract.quantities import Count, fatalities
from sitrep.extract.triggers import Trigger, TriggerFinder
from sitrep.model import Span
from sitrep.taxonomy import SubEventType

# Cue priority when a sentence holds several: the most telling act names the event.
CUE_PRIORITY = (
    "chemical", "suicide_bomb", "air_strike", "shelling", "grenade", "explosive", "capture",
    "withdraw", "sexual_violence", "abduction", "fight", "live_fire", "attack", "riot",
    "intervention", "protest", "arrest", "looting", "disrupted", "agreement", "base",
    "group_change", "attack_weak", "siege",
)  # fmt: skip
WEAK_CUES = frozenset({"attack_weak", "siege"})
MOB_WORDS = re.compile(r"\b(mob|lynch\w*|crowd|vigilante\w*)\b", re.IGNORECASE)
AGGREGATE = re.compile(
    r"\b(\w+ times|repeated(ly)?|several (attacks|times)|series of|wave of|multiple attacks)\b",
    re.IGNORECASE,
)
PRONOUN_SUBJECTS = frozenset(
    {"they", "he", "she", "it", "we", "them", "the group", "the militants"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """One event as found in one sentence, before places, dates and ids are attached."""

    sub_event_type: SubEventType
    trigger: Span
    sentence: Span
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    actor1_inferred: bool = False
    fatalities: Count | None = None
    fatality_span: Span | None = None
    claimed_by: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True, kw_only=True)
class Tools:
    """What sentence extraction needs, loaded once per pipeline."""

    lexicon: Lexicon
    triggers: TriggerFinder


def sentence_draft(
    sent: SpacySpan,
    *,
    tools: Tools,
    actors: Sequence[ActorMention],
    quotes: Sequence[Quote],
    protagonist: ActorMention | None,
) -> Draft | None:
    """The event a sentence reports, or None (no trigger, irrealis, figurative, no type)."""
    doc = sent.doc
    live = _asserted(doc, tools.triggers.find(sent), tools.lexicon)
    if not live or _figurative(sent, actors, tools.lexicon):
        return None
    if not {t.cue for t in live} - WEAK_CUES and not _armed_present(actors):
        return None
    main = _main_trigger(live)
    actor1, actor2 = _roles(doc, actors, main, tools)
    inferred = False
    if actor1 is None and protagonist is not None and _differs(protagonist, actor2):
        actor1, inferred = protagonist, True
    count = fatalities(sent)
    situation = Situation(
        cues=frozenset(t.cue for t in live),
        inter1=actor1.actor.inter if actor1 else None,
        inter2=actor2.actor.inter if actor2 else None,
        fatal=bool(count and count.value > 0),
        mob=bool(MOB_WORDS.search(sent.text)),
    )
    sub = classify(situation)
    if sub is None:
        return None
    return Draft(
        sub_event_type=sub,
        trigger=_char_span(doc, main.start, main.end, "trigger"),
        sentence=Span(start=sent.start_char, end=sent.end_char, text=sent.text, label="sentence"),
        actor1=actor1,
        actor2=actor2,
        actor1_inferred=inferred,
        fatalities=count,
        fatality_span=_char_span(doc, count.start, count.end, "fatalities") if count else None,
        claimed_by=claimed_by(doc[main.head], list(quotes)),
        tags=_tags(sent, live, actors),
    )


def _asserted(doc: Doc, triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    return [t for t in triggers if blocking_reason(doc[t.head], lexicon.irrealis) is None]


def _figurative(sent: SpacySpan, actors: Sequence[ActorMention], lexicon: Lexicon) -> bool:
    """Sport, market or political language with no armed actor: not an event."""
    words = {t.lower_ for t in sent}
    lowered = sent.text.lower()
    hit = any((" " in w and w in lowered) or w in words for w in lexicon.figurative_context)
    return hit and not _armed_present(actors)


def _armed_present(actors: Sequence[ActorMention]) -> bool:
    return any(m.actor.inter in (1, 2, 3, 4, 8) for m in actors)


def _main_trigger(triggers: list[Trigger]) -> Trigger:
    rank = {cue: i for i, cue in enumerate(CUE_PRIORITY)}
    return min(triggers, key=lambda t: (rank.get(t.cue, len(rank)), t.start))


def _roles(
    doc: Doc, actors: Sequence[ActorMention], main: Trigger, tools: Tools
) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1 and actor2 from syntax, then by order of mention for what syntax left open."""
    placed = [(m, place_span(doc, m.span.start, m.span.end)) for m in actors]
    by_role: dict[Role, list[ActorMention]] = {}
    for mention, where in placed:
        if where is not None:
            by_role.setdefault(role_of(doc, where, main.head), []).append(mention)
    agents = by_role.get(Role.AGENT, []) + by_role.get(Role.PAIR, [])[:1]
    patients = by_role.get(Role.PATIENT, []) + by_role.get(Role.PARTNER, [])
    patients += by_role.get(Role.PAIR, [])[1:]
    actor1 = _first_distinct(agents, None)
    actor2 = _first_distinct(patients, actor1)
    rest = [m for m, _ in placed if m is not actor1 and m is not actor2]
    if actor1 is None and rest and actor2 is None:
        actor1 = rest.pop(0)
    if actor2 is None:
        actor2 = _first_distinct(rest, actor1)
    return actor1, actor2


def _first_distinct(
    mentions: Sequence[ActorMention], other: ActorMention | None
) -> ActorMention | None:
    for m in mentions:
        if _differs(m, other):
            return m
    return None


def _differs(a: ActorMention, b: ActorMention | None) -> bool:
    return b is None or a.actor.name != b.actor.name


def _tags(sent: SpacySpan, live: list[Trigger], actors: Sequence[ActorMention]) -> tuple[str, ...]:
    tags = [f"framing:{m.actor.framing}" for m in actors if m.actor.framing]
    if AGGREGATE.search(sent.text):
        tags.append("aggregate")
    if any(t.cue == "siege" for t in live):
        tags.append("siege")
    return tuple(dict.fromkeys(tags))


def _char_span(doc: Doc, start_token: int, end_token: int, label: str) -> Span:
    span = doc[start_token:end_token]
    return Span(start=span.start_char, end=span.end_char, text=span.text, label=label)


def placed_of(doc: Doc, mention: ActorMention) -> Placed | None:
    return place_span(doc, mention.span.start, mention.span.end)
