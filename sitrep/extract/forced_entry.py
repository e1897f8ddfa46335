"""Demonstrators who force their way into a building: "stormed the parliament", "broke into
the governor's office", "forced their way into the hall".

ACLED codes a demonstration whose participants storm or break into a building as a violent
demonstration (its codebook: demonstrators engaging in destruction or forced entry), and a
crowd that storms a home or an office as a riot. Read only where the sentence tells a
demonstration or names the doers as an unarmed crowd (youths, villagers, supporters): thieves
or gunmen who break into a house are no crowd.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.crowds import ARMED_WORDS, CROWD_NOUNS, GROUP_WORDS
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
    """A demonstration's triggers, with its forced entry told as a riot; and a crowd's
    forced entry with no demonstration told ("youths stormed the candidate's home")."""
    out = list(live)
    if any(t.cue == RIOT_CUE for t in out):
        return out
    verb = forced_entry(sent)
    if verb is None:
        return out
    if not {t.cue for t in out} & DEMONSTRATION_CUES and not _crowd_entered(verb):
        return out
    return [*out, Trigger(cue=RIOT_CUE, start=verb.i, end=verb.i + 1, head=verb.i)]


def _crowd_entered(verb: Token) -> bool:
    """'Youths stormed the home of the candidate', 'angry villagers broke into the office':
    the ones who forced their way in are an unarmed crowd (not 'armed youths', 'gunmen')."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "the youths did not break into the hall"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_a_crowd(s) for s in subjects)


def _a_crowd(noun: Token) -> bool:
    if any(c.lower_ in ARMED_WORDS for c in noun.subtree):
        return False
    if noun.lemma_.lower() in GROUP_WORDS:  # "a group of youths"
        members = [o for p in noun.children if p.lower_ == "of" for o in p.children]
        return any(_a_crowd(m) for m in members)
    return noun.lemma_.lower() in CROWD_NOUNS or noun.lower_ in CROWD_NOUNS


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
