"""Standing positions: a distance between the sides' positions ("300 meters from IS positions",
"only 300 metres away from each other") puts each side named at a town: both contest it.

Only towns (or unresolved names) count: a front line "in Deir ez-Zor province" places nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan

from sitrep.control.build import make_fact
from sitrep.control.model import ControlFact, Status
from sitrep.control.scene import (
    Scene,
    anaphoric_place,
    claimant,
    evidence,
    mention_evidence,
    parties_in,
    towns_in,
    when,
)

CONFIDENCE = 0.5
_AMOUNT = r"(?:\d[\d,.]*|a\s+few(?:\s+hundred)?|(?:a\s+)?few\s+hundred|several\s+hundred|\w+)"


def position_facts(scene: Scene, sent: SpacySpan) -> Iterator[ControlFact]:
    """Each side of a standing front line contests the town it is at."""
    found = _distance(scene, sent)
    if found is None:
        return
    start, end = found
    sides = {m.actor.name: m for m in parties_in(scene, sent.start_char, sent.end_char)}
    places = towns_in(scene, sent.start_char, sent.end_char)
    if not places:
        previous = anaphoric_place(scene, sent)
        places = [previous] if previous is not None else []
    trail = [evidence(scene.text, start, end, "trigger")]
    claimed = claimant(scene, sent[0])
    for place in places:
        for name, mention in sides.items():
            yield make_fact(
                scene,
                where=place,
                status=Status.CONTESTS,
                actor=name,
                dates=when(scene, sent),
                evidence=[
                    *trail,
                    *mention_evidence([mention], "actor"),
                    *mention_evidence([place], "place"),
                ],
                confidence=CONFIDENCE,
                claimed_by=claimed,
                tags=("positions",),
            )


def _distance(scene: Scene, sent: SpacySpan) -> tuple[int, int] | None:
    """Offsets of a distance between positions in the sentence, or None."""
    units = "|".join(re.escape(u) for u in sorted(scene.cues["distance_units"], key=len)[::-1])
    lowered = sent.text.lower()
    if not any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in scene.cues["position_words"]):
        return None
    match = re.search(rf"(?i)\b{_AMOUNT}\s*(?:{units})\b(?:\s+(?:away|from|between))?", sent.text)
    if match is None or not re.search(r"(?i)(?:away|from|between)", sent.text[match.start() :]):
        return None
    return sent.start_char + match.start(), sent.start_char + match.end()
