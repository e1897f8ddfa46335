"""A crowd's act that was only tried and did not come off is no act of its own.

'Demonstrators tried to vandalise vehicles, but failed', 'the protesters attempted to storm
the offices, but were barred by police', 'youths tried in vain to torch the hall': the
crowd's violence was foiled, and the demonstration stays what else the report tells (a
peaceful protest, or the police's intervention). An attempt told with no word of its
failure ('tried to break into the police station') is left as the act: reports tell such
attempts of crowds that did turn violent.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# The cues of a crowd's violence that an attempt can leave undone.
CROWD_VIOLENCE = frozenset({"riot", "attack", "attack_weak"})
TRYING = frozenset({"try", "attempt"})
# What befalls an attempt that did not come off: 'but failed', 'but were barred by police'.
FOILED = frozenset({
    "fail", "bar", "stop", "prevent", "block", "repulse", "repel", "foil", "thwart", "push",
    "turn", "chase",
})  # fmt: skip
IN_VAIN = frozenset({"unsuccessfully", "vain"})


def without_foiled_attempts(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less a crowd's violence that was tried and foiled."""
    return [t for t in triggers if not (t.cue in CROWD_VIOLENCE and foiled(doc[t.head]))]


def foiled(head: Token) -> bool:
    """The act's word hangs on a verb of trying ('tried to vandalise', also misparsed as 'to
    vandalised vehicles') whose attempt is told as failed or stopped."""
    trying = _trying_verb(head)
    if trying is None:
        return False
    failed = any(
        c.dep_ == "conj" and c.lemma_.lower() in FOILED and _after_but(trying, c)
        for c in trying.children
    )
    return failed or any(t.lower_ in IN_VAIN for t in trying.subtree)


def _trying_verb(head: Token) -> Token | None:
    if head.dep_ in ("nsubj", "nsubjpass"):
        return None  # 'rioters tried to ...': who tried, not what was tried
    token = head
    for _ in range(4):
        parent = token.head
        if parent.i == token.i:
            return None
        if parent.lemma_.lower() in TRYING:
            return parent
        if parent.pos_ in ("VERB", "AUX"):
            return None  # another verb governs the act: not an attempt's
        token = parent
    return None


def _after_but(trying: Token, conj: Token) -> bool:
    """'..., but failed': a 'but' between the attempt and what befell it."""
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in trying.children if c.i < conj.i)
