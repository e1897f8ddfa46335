"""Words for people who speak for a body or tell what happened: a name they carry or are
told beside says who reports an event, not who takes part in it."""

from __future__ import annotations

# Those who speak for a body ("a police spokesman", "military sources", "an army statement").
SPOKESPEOPLE = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "official",
    "officials", "source", "sources", "statement",
})  # fmt: skip
