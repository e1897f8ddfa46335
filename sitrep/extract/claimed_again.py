"""A claim of an act told before is dated by the claim, not the act.

'Insurgents beheaded four villagers on Tuesday. The Islamic State claimed the attack on
Wednesday.', 'JNIM claimed responsibility for the ambush on Monday': the day in the claim's
sentence is the day of the claim (wire reports tell a claim a day or more after the act), so
the act named again there keeps the day it was told with first. A day told on the act's own
noun ('claimed Sunday's attack', 'claimed the attack of 3 May') still dates the act.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.doctext import doc_text
from sitrep.extract.retelling import anaphoric
from sitrep.model import Span
from sitrep.time.expression import TimeExpression

CLAIM_VERBS = frozenset({"claim"})
ACCOUNT_VERBS = frozenset({"say", "add", "state", "announce"})
CLAIM_NOUNS = frozenset({"responsibility", "credit"})
TAKING_VERBS = frozenset({"claim", "take", "accept", "assume"})


def claimed_act(word: Token) -> bool:
    """The act's noun is what a claim is of: 'claimed the attack', 'claimed responsibility
    for the ambush', 'took credit for the raid'."""
    noun = word
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in CLAIM_NOUNS:
        return False  # 'claimed responsibility': the act is what it is for
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in CLAIM_VERBS
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    owner = noun.head.head
    return owner.lemma_.lower() in CLAIM_NOUNS and owner.head.lemma_.lower() in TAKING_VERBS


def without_claim_days(
    doc: Doc, trigger: Span, times: Sequence[TimeExpression]
) -> tuple[TimeExpression, ...]:
    """The document's time expressions less those that date the claim of the act at
    `trigger` (in its sentence, outside the claimed act's own noun phrase); all of them when
    the sentence claims no act."""
    words = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if words is None or not len(words):
        return tuple(times)
    sent = words.root.sent
    act = next((t for t in sent if claimed_act(t)), None)
    if act is None:
        return tuple(times)
    own = list(act.subtree)
    own_start, own_end = own[0].idx, own[-1].idx + len(own[-1].text)
    return tuple(
        t
        for t in times
        if not (sent.start_char <= t.span.start < sent.end_char)
        or own_start <= t.span.start < own_end
        and not _after_the_noun(act, t)
    )


def _after_the_noun(act: Token, time: TimeExpression) -> bool:
    """'the attack on Wednesday': a day right after the claimed noun is read as the claim's
    (the parser hangs it on either word); 'the attack of 3 May' keeps it."""
    before = doc_text(act.doc)[act.idx + len(act.text) : time.span.start].strip().lower()
    return before in ("on", "")


def claim_told_again(doc: Doc, heads: Sequence[int]) -> bool:
    """'JNIM claimed the attack on Monday, saying its fighters had seized weapons': a claim of
    an act told before (named definitely), whose other acts are the claimant's account of it
    ('saying ...', 'adding ...')."""
    claimed = [h for h in heads if claimed_act(doc[h]) and anaphoric(doc[h])]
    if not claimed:
        return False
    verb = _claim_verb(doc[claimed[0]])
    accounts = [
        c for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "conj") and c.lemma_.lower() in ACCOUNT_VERBS
    ]  # fmt: skip
    return all(h in claimed or any(doc[h] in a.subtree for a in accounts) for h in heads)


def _claim_verb(noun: Token) -> Token:
    """'claimed' in 'claimed the attack' and in 'claimed responsibility for the attack'."""
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" else noun.head.head.head
