"""One side named twice: a bracket right after a mention says who it is.

'a group of three armed men (presumably dahalo militia)', 'gunmen (suspected Al Shabaab)': the
bracket names the same side, not another one; the sentence keeps the one name that says more
(a named actor in the bracket, else the first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.extract.actors import ActorMention

# Between the outer mention and the bracketed one: an opening bracket and a few hedge words.
OPENING = re.compile(r"^\s*\(\s*([\w-]+\s+){0,3}$")
CLOSING = re.compile(r"^[^()]{0,40}\)")


def without_bracketed_twins(text: str, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions less the one of each 'X (Y)' pair that says less about the side."""
    ordered = sorted(actors, key=lambda m: m.span.start)
    dropped: set[int] = set()
    for outer, inner in zip(ordered, ordered[1:], strict=False):
        if _bracketed(text, outer, inner):
            dropped.add(id(inner) if inner.generic else id(outer))
    return [m for m in actors if id(m) not in dropped]


def _bracketed(text: str, outer: ActorMention, inner: ActorMention) -> bool:
    between = text[outer.span.end : inner.span.start]
    after = text[inner.span.end : inner.span.end + 41]
    return OPENING.match(between) is not None and CLOSING.match(after) is not None
