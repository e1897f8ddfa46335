"""Headings that name what a report tells ("Defusal: police removed an IED near the market.").

Incident logs, situation reports and coders' notes often open a report or a paragraph with
the kind of development it records. When that kind is a strategic development (a defusal, a
movement of forces, property destruction, a mass grave), the heading decides the event's type:
its sentences may tell of fire, blasts or destruction, yet the writer filed them as no battle
and no attack. A heading reaches to the next heading or blank line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from sitrep.errors import ModelError
from sitrep.model import Span
from sitrep.taxonomy import SubEventType

if TYPE_CHECKING:
    from sitrep.extract.actors import ActorMention
    from sitrep.extract.events import Draft

HEADING_TAG = "heading"
# a line's opening words, then a colon: "Movement of forces: ...", "Mass Graves: on 20 ..."
HEADING = re.compile(r"^[ \t]*([A-Z][A-Za-z/-]*(?:[ \t]+[A-Za-z/-]+){0,4}):[ \t]+\S", re.MULTILINE)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
MISTYPED_LENGTH = 8  # headings this long may carry a mistyped letter or two
CLOSE_ENOUGH = 0.9
# developments that can kill: a bomb that went off early killed its carriers
DEADLY = frozenset({SubEventType.DISRUPTED_WEAPONS_USE})


@dataclass(frozen=True, slots=True, kw_only=True)
class Heading:
    """A heading naming a kind of development, and how far its text reaches."""

    span: Span
    sub_event_type: SubEventType
    reach_end: int


@dataclass(frozen=True, slots=True)
class HeadingWords:
    """The headings of `headings.yaml`, folded, each with the sub-event type it names."""

    kinds: Mapping[str, SubEventType]

    @classmethod
    def load(cls, text: str | None = None) -> HeadingWords:
        """The shipped list, or a list in the same format given as `text`."""
        if text is None:
            text = resources.files("sitrep.data").joinpath("headings.yaml").read_text("utf-8")
        raw = yaml.safe_load(text) or {}
        if not isinstance(raw, dict):
            raise ModelError("headings.yaml must map sub-event types to lists of headings")
        kinds: dict[str, SubEventType] = {}
        for sub, words in raw.items():
            kind = _sub_event_type(str(sub))
            kinds.update((_fold(str(w)), kind) for w in words or ())
        return cls(kinds)

    def kind(self, label: str) -> SubEventType | None:
        """The development a heading names, allowing a mistyped letter in a long one."""
        folded = _fold(label)
        if folded in self.kinds:
            return self.kinds[folded]
        if len(folded) < MISTYPED_LENGTH:
            return None
        close = [
            (SequenceMatcher(None, folded, known).ratio(), known)
            for known in self.kinds
            if abs(len(known) - len(folded)) <= 2
        ]
        best = max(close, default=(0.0, ""))
        return self.kinds[best[1]] if best[0] >= CLOSE_ENOUGH else None


def find_headings(text: str, words: HeadingWords) -> tuple[Heading, ...]:
    """The headings of a text that name a kind of development, each with its reach."""
    found = []
    for match in HEADING.finditer(text):
        kind = words.kind(match.group(1))
        if kind is not None:
            start, end = match.span(1)
            found.append((Span(start=start, end=end, text=match.group(1), label="heading"), kind))
    return tuple(
        Heading(span=span, sub_event_type=kind, reach_end=_reach_end(text, span.end, found))
        for span, kind in found
    )


def heading_over(headings: Sequence[Heading], start: int, end: int) -> Heading | None:
    """The heading whose text holds some of the characters from `start` to `end` (a sentence
    that opens with the heading, or one of the sentences after it)."""
    return next((h for h in headings if h.span.start < end and start < h.reach_end), None)


def silences_the_dead(heading: Heading | None) -> bool:
    """Whether the heading's development is coded without fatalities."""
    return heading is not None and heading.sub_event_type not in DEADLY


def headed(draft: Draft, heading: Heading) -> Draft:
    """A draft retyped as the development its heading names; only a deadly kind keeps a count
    of the dead (other developments are coded without fatalities)."""
    deadly = heading.sub_event_type in DEADLY
    return replace(
        draft,
        sub_event_type=heading.sub_event_type,
        fatalities=draft.fatalities if deadly else None,
        fatality_span=draft.fatality_span if deadly else None,
        casualty_report=False,
        retelling=False,
        tags=(*draft.tags, HEADING_TAG),
    )


def heading_draft(heading: Heading, sentence: Span, actors: Sequence[ActorMention]) -> Draft | None:
    """The development a heading names, when its first sentence tells no event of its own:
    the heading is its trigger, the first two actors named after it are its sides. A heading
    of one word names a development only beside an actor ("Other: 3 percent", "Deployment:
    the app ..." are none); one of several words is a term of the trade ("Movement of forces:
    Russia and Belarus deployed ...")."""
    from sitrep.extract.events import Draft

    after = [m for m in actors if m.span.start >= heading.span.end]
    if not after and len(heading.span.text.split()) < 2:
        return None
    first = after[0] if after else None
    second = next((m for m in after[1:] if first and m.actor.name != first.actor.name), None)
    trigger = replace(heading.span, label="trigger")
    return Draft(
        sub_event_type=heading.sub_event_type,
        trigger=trigger,
        sentence=sentence,
        actor1=first,
        actor2=second,
        tags=(HEADING_TAG,),
    )


def _reach_end(text: str, start: int, found: Sequence[tuple[Span, SubEventType]]) -> int:
    later = [span.start for span, _ in found if span.start > start]
    brk = PARAGRAPH_BREAK.search(text, start)
    return min([*later, brk.start() if brk else len(text)])


def _fold(label: str) -> str:
    return " ".join(label.lower().split())


def _sub_event_type(name: str) -> SubEventType:
    try:
        return SubEventType(name)
    except ValueError:
        raise ModelError(
            f"headings.yaml: '{name}' is no ACLED sub-event type; use one of "
            + ", ".join(s.value for s in SubEventType)
        ) from None
