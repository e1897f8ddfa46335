"""Revised tolls: a toll told as risen or corrected replaces the figure told before.

"Gunmen killed at least 7 people ...; the toll was later revised to 11", "The toll later rose
to 11", "the number of fighters killed on the road rose to 5", "killing five (later confirmed
to be seven) officers": ACLED codes the latest count of the same dead, neither the first
figure nor the two added up. A toll that rises beside further dead ("two more died, and the
death toll rose to 40") sums up earlier acts too, and is no revision of this one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitrep.extract.numbers import Count, phrase_value
from sitrep.extract.retold_tolls import ACT_NOUNS
from sitrep.model import Event, Evidence

# Verbs that tell a toll as grown or corrected.
REVISION_VERBS = frozenset({
    "rise", "climb", "increase", "jump", "mount", "reach", "revise", "raise", "update", "grow",
    "swell", "soar",
})  # fmt: skip
# Nouns for the toll itself; a bare 'toll' in conflict reporting is the death toll.
TOLL_HEADS = frozenset({"toll", "number", "count", "tally", "figure"})
DEATH_MODIFIERS = frozenset({"death", "fatality", "casualty"})
# What 'the number of ...' must count to be a toll of the dead.
DEAD_WORDS = frozenset({
    "dead", "death", "fatality", "victim", "body", "kill", "die", "assassinate", "murder",
})  # fmt: skip
FURTHER_DEAD = re.compile(r"\b(?:more|another|additional|further)\b", re.IGNORECASE)
# Stretches of time a toll may be summed over ("the week's attacks").
STRETCHES = frozenset({"week", "month", "year", "day", "weekend", "war", "conflict"})
# How far a parenthesis may stand from the count it corrects ("five (later ... seven)").
PARENTHESIS_REACH = 8


def revised_toll(word: Token) -> Count | None:
    """The figure a toll noun is raised or corrected to ('the toll rose to 11'), or None."""
    if word.lemma_.lower() not in TOLL_HEADS or word.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = word.head
    if verb.lemma_.lower() not in REVISION_VERBS or not _of_the_dead(word):
        return None
    if FURTHER_DEAD.search(word.doc[verb.sent.start : word.i].text):
        return None  # "two more died, and the toll rose to 40": a running toll
    if _of_several_acts(word):
        return None  # "the toll from the two attacks rose to 12": no one act's
    inside = {t.i for t in word.subtree}
    raised = [
        t
        for t in verb.subtree
        if t.i not in inside and t.pos_ == "NUM" and t.head.lower_ == "to" and t.i > verb.i
    ]
    if not raised and verb.lemma_.lower() == "reach":
        raised = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NUM"]
    for number in raised[-1:]:
        value = phrase_value(number)
        if value is not None:
            return Count(value=value, start=number.i, end=number.i + 1, total=True, revised=True)
    return None


def _of_several_acts(word: Token) -> bool:
    """'the toll from the two attacks', 'the toll of the week's violence': a toll over
    several acts or a stretch of time."""
    told = [o for p in word.children if p.dep_ == "prep" for o in p.subtree if o.i != p.i]
    return any(
        (o.tag_ == "NNS" and o.lemma_.lower() in ACT_NOUNS) or o.lemma_.lower() in STRETCHES
        for o in told
    )


def _of_the_dead(word: Token) -> bool:
    """'the toll', 'the death toll', 'the number of people killed', 'the number of
    fighters who were assassinated': a count of the dead, not of the displaced or the hurt."""
    modifiers = [c for c in word.children if c.dep_ in ("compound", "amod")]
    if any(m.lemma_.lower() in DEATH_MODIFIERS for m in modifiers):
        return True
    if word.lemma_.lower() == "toll":
        return not modifiers
    counted = [t for t in word.subtree if t.i != word.i]
    return any(t.lemma_.lower() in DEAD_WORDS for t in counted)


def corrected_in_parenthesis(sent: Span) -> list[Count]:
    """'killing five (later confirmed to be seven) officers', 'At least 7 people, later 11,
    were killed': a later figure set in brackets or commas right after the count it
    corrects."""
    found: list[Count] = []
    for i, token in enumerate(sent):
        if token.text not in ("(", ",") or i == 0 or not _count_before(sent, i):
            continue
        inside = _bracketed(sent, i, ")" if token.text == "(" else ",")
        if not inside or not any(t.lower_ == "later" for t in inside[:2]):
            continue
        numbers = [t for t in inside if t.pos_ == "NUM" and phrase_value(t) is not None]
        if numbers:
            value = phrase_value(numbers[-1]) or 0
            at = numbers[-1].i
            found.append(Count(value=value, start=at, end=at + 1, total=True, revised=True))
    return found


def _count_before(sent: Span, at: int) -> bool:
    """A number, or a noun it counts ('7 people, later 11,'), right before the bracket."""
    before = sent[at - 1]
    counted = any(c.dep_ == "nummod" for c in before.children) and before.pos_ == "NOUN"
    return before.pos_ == "NUM" or before.like_num or counted


def _bracketed(sent: Span, at: int, closing: str) -> list[Token]:
    """The words between a bracket (or comma) at `at` and its closing one, when it closes
    nearby."""
    words: list[Token] = []
    for token in sent[at + 1 : at + 1 + PARENTHESIS_REACH]:
        if token.text == closing:
            return words
        words.append(token)
    return []


def headline_revision(headline: Sequence[Span]) -> Count | None:
    """A toll the headline gives as risen for an act ('Death toll in Kasai attack rises to
    23'), which a body told before the rise may not have."""
    from sitrep.extract.quantities import fatalities  # it reads this module's rules

    for sent in headline:
        if not any(t.lemma_.lower() in ACT_NOUNS for t in sent):
            continue  # "Death toll from floods rises to 23": no act of the report's
        count = fatalities(sent)
        if count is not None and count.revised:
            return count
    return None


def with_headline_revision(events: list[Event], revision: Count | None, doc: Doc) -> list[Event]:
    """The report's lead event takes the headline's risen toll when it is higher than the
    body's figure (the body told the act before the toll rose)."""
    if revision is None or not events or (events[0].fatalities or 0) >= revision.value:
        return events
    words = doc[revision.start : revision.end]
    counted = Evidence(
        start=words.start_char, end=words.end_char, text=words.text, role="fatalities"
    )
    lead = replace(events[0], fatalities=revision.value, evidence=(*events[0].evidence, counted))
    return [lead, *events[1:]]
