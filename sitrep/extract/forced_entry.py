"""Demonstrators who force their way into a building: "stormed the parliament", "broke into
the governor's office", "forced their way into the hall".

ACLED codes a demonstration whose participants storm or break into a building as a violent
demonstration (its codebook: demonstrators engaging in destruction or forced entry). Read only
where the sentence tells a demonstration or names its doers as demonstrators: thieves who
break into a house are no crowd.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.triggers import Trigger

RIOT_CUE = "riot"
STORMING = frozenset({"storm"})
BREAKING = frozenset({"break", "force", "barge"})
ENTRY_NOUNS = frozenset({"way", "entry", "entrance"})
INSIDE = frozenset({"inside", "into", "in"})
DEMONSTRATION_CUES = frozenset({"protest", "protest_weak"})


def forced_entry(sent: SpacySpan) -> Token | None:
    """The verb of a forced entry into a place in the sentence, or None."""
    for token in sent:
        if token.pos_ != "VERB" or not _done(token):
            continue
        lemma = token.lemma_.lower()
        if lemma in STORMING and _into_a_place(token):
            return token
        if lemma in BREAKING and _breaks_in(token):
            return token
    return None


def with_forced_entry(sent: SpacySpan, live: Sequence[Trigger]) -> list[Trigger]:
    """A demonstration's triggers, with its forced entry told as a riot."""
    out = list(live)
    if not {t.cue for t in out} & DEMONSTRATION_CUES or any(t.cue == RIOT_CUE for t in out):
        return out
    verb = forced_entry(sent)
    if verb is None:
        return out
    return [*out, Trigger(cue=RIOT_CUE, start=verb.i, end=verb.i + 1, head=verb.i)]


def _done(verb: Token) -> bool:
    """A finite act, not an aim ('with an aim of storming the CBD', 'tried to storm')."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "VBG") and verb.dep_ not in ("pcomp", "xcomp", "acl")


def _into_a_place(verb: Token) -> bool:
    """'stormed the parliament', 'stormed inside the Sindh House'."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    inside = [c for c in verb.children if c.dep_ in ("prep", "advmod") and c.lower_ in INSIDE]
    return bool(objects or inside)


def _breaks_in(verb: Token) -> bool:
    """'broke into the office', 'forced their way into the hall', 'forced entry'."""
    into = any(c.lower_ in ("into", "in") for c in verb.children if c.dep_ in ("prep", "prt"))
    if verb.lemma_.lower() == "break":
        return into
    entry = any(c.dep_ == "dobj" and c.lemma_.lower() in ENTRY_NOUNS for c in verb.children)
    return entry or (verb.lemma_.lower() == "barge" and into)
