"""Those a blast or an ambush met as they arrived or passed are its targets, never its doers.

'A bomb exploded as police arrived at the scene, wounding two officers', 'the mine went off
as an army patrol passed', 'gunmen opened fire when the rangers reached the market': the
side in the clause of time is who came upon the act. With no doer named, the order of
mention would make it the act's doer; it is the side attacked, and the doer stays unnamed.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.arguments import Placed

# Conjunctions of a clause of time: 'as', 'when', 'while', 'just as'.
TIME_MARKS = frozenset({"as", "when", "while", "once"})
# Verbs of coming upon a place: arriving, passing, patrolling there.
ARRIVING = frozenset({
    "arrive", "pass", "reach", "approach", "come", "drive", "patrol", "travel", "enter",
    "return", "rush", "respond", "cross", "move", "walk", "ride", "leave", "gather",
})  # fmt: skip


def arriving_target(doc: Doc, where: Placed, heads: Sequence[int]) -> bool:
    """The mention is the subject of a clause of time, of arriving or passing, on the act."""
    root = doc[where.root]
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in ARRIVING:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return False
    return any(_on_the_act(doc[h], verb.head) for h in heads)


def _on_the_act(head: Token, main: Token) -> bool:
    """The clause hangs on the act's word or on the verb the act's word hangs from."""
    return head.i == main.i or head.head.i == main.i
