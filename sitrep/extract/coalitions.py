"""A state's forces and the factions fighting beside them, named together as one side.

ACLED codes a side made of a state's forces and the local factions they lead to the state's
forces, the factions as their associates: "Turkish and Operation Olive Branch forces",
"Turkish-led Olive Branch forces", "Turkish along with rebel factions" are Military Forces of
Turkey. A faction named as a member of an operation ("JSH Olive Branch forces") is the
operation; an operation only led by the state ("Olive Branch forces, led by the Turkish
military") stays the operation, the state its associate. Which operations back which state is
data (`state_ally: COUNTRY` in actors.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.cue_kinds import CIVILIAN_INTER
from sitrep.extract.events import Draft
from sitrep.model import Span

ARMED_GROUP_INTERS = frozenset({2, 3})
STATE_INTER = 1
STATE_KINDS = frozenset({"military", "police", "government"})  # a state's forces, abroad too
# "<demonym> and ", "<demonym>-led ", "<demonym> along with ", "<demonym>, " right before a side.
STATE_FIRST = re.compile(
    r"\b([A-Z][\w]+)(?:\s*-\s*led|\s+and(?:\s+(?:their|allied))?|\s+along\s+with|\s*,)\s+"
    r"(?:the\s+)?$"
)
LED_BY = re.compile(r"^\s*(?:forces|fighters|factions)?\s*,?\s*led\s+by\s+(?:the\s+)?$", re.I)


def states_lead_their_allies(
    draft: Draft,
    *,
    actors: ActorDictionary,
    mentions: Sequence[ActorMention],
    text: str | None,
    on: date | None,
) -> Draft:
    """The draft with each side read as the coalition ACLED codes it to."""
    if text is None:
        return draft
    inside = [m for m in mentions if draft.sentence.start <= m.span.start < draft.sentence.end]
    one, assoc = _coded(draft.actor1, actors, inside, text, on)
    two, _ = _coded(draft.actor2, actors, inside, text, on)
    if one is draft.actor1 and two is draft.actor2:
        return draft
    assoc1 = draft.assoc1 or (assoc if one is not draft.actor1 else None)
    return _apart(replace(draft, actor1=one, actor2=two, assoc1=assoc1), actors, inside)


def _coded(
    side: ActorMention | None,
    actors: ActorDictionary,
    inside: Sequence[ActorMention],
    text: str,
    on: date | None,
) -> tuple[ActorMention | None, ActorMention | None]:
    """The side as ACLED codes it, and the associate it leaves (or None)."""
    if side is None or all(m.span != side.span for m in inside):
        return side, None
    member = _operation_of_member(side, actors, inside)
    leader = _state_leading(member, actors, inside, text, on)
    if leader is not None:
        return leader, member
    operation = _led_by_state(member, actors, inside, text)
    if operation is not None:
        return operation, member
    return member, None


def _operation_of_member(
    side: ActorMention, actors: ActorDictionary, inside: Sequence[ActorMention]
) -> ActorMention:
    """ "JSH Olive Branch forces": a faction named right before an operation is its member."""
    if side.actor.inter not in ARMED_GROUP_INTERS:
        return side
    after = next((m for m in inside if m.span.start > side.span.end), None)
    if after is None or after.span.start - side.span.end > 1:
        return side
    if actors.allied_state(after.actor.name) is None:
        return side
    return after


def _state_leading(
    side: ActorMention,
    actors: ActorDictionary,
    inside: Sequence[ActorMention],
    text: str,
    on: date | None,
) -> ActorMention | None:
    """The state's forces when the side is named right after the state's demonym and 'and',
    '-led', 'along with' or a comma, and is a faction that backs that state or fights abroad
    beside it."""
    if side.actor.inter not in ARMED_GROUP_INTERS:
        return None
    start = _chain_start(side, inside)
    line_start = max(text.rfind(".", 0, start) + 1, start - 80)
    m = STATE_FIRST.search(text[line_start:start])
    if m is None:
        return None
    country = actors.country_of_demonym(m.group(1))
    backs = actors.allied_state(side.actor.name)
    if country is None or (backs is not None and backs != country):
        return None
    if backs is None and side.actor.country in (None, country):
        return None
    state = actors.resolve(f"{m.group(1)} forces", country=country, on=on)
    if state is None or state.inter != STATE_INTER:
        return None
    begin = line_start + m.start(1)
    span = Span(start=begin, end=line_start + m.end(1), text=m.group(1))
    return ActorMention(span=span, actor=state, kind="military", generic=True)


def _chain_start(side: ActorMention, inside: Sequence[ActorMention]) -> int:
    """Where a run of names read as one ("JSH Olive Branch forces") begins."""
    start = side.span.start
    for m in sorted(inside, key=lambda m: -m.span.start):
        if m.span.end < start and start - m.span.end <= 1:
            start = m.span.start
    return start


def _led_by_state(
    side: ActorMention, actors: ActorDictionary, inside: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """ "Olive Branch forces, led by the Turkish military": the state named as leader of an
    operation told first is not the side; the operation is."""
    if not _state(side) or side.actor.country is None:
        return None
    for m in inside:
        if m.span.end > side.span.start:
            break
        if actors.allied_state(m.actor.name) != side.actor.country:
            continue
        if LED_BY.match(text[m.span.end : side.span.start]):
            return m
    return None


def _apart(draft: Draft, actors: ActorDictionary, inside: Sequence[ActorMention]) -> Draft:
    """A coalition is one side: when both sides came out as it, the other side is the next
    armed actor the sentence names outside it (or none, for the stand-in rules)."""
    one, two = draft.actor1, draft.actor2
    if one is None or two is None or one.actor.name != two.actor.name:
        return draft
    home = one.actor.country
    enemy = next(
        (
            m
            for m in inside
            if not _state(m)
            and m.actor.inter != CIVILIAN_INTER
            and not actors.state_ally(m.actor.name, state=home)
            and m.actor.name != one.actor.name
        ),
        None,
    )
    return replace(draft, actor2=enemy, actor2_inferred=False)


def _state(mention: ActorMention) -> bool:
    """A state's forces, at home (inter 1) or abroad (inter 8, kind military or police)."""
    return mention.actor.inter == STATE_INTER or mention.kind in STATE_KINDS
