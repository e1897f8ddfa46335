"""How a war began is background, not news.

Feature reports tell how their war started: 'The war began on October 7, 2023, when militants
attacked southern Israel, killing about 1,200 people', 'The fighting resumed in November 2023,
when the Arakan Army broke a ceasefire', 'a civil war that began after the military seized
power'. The acts of such an origin clause (the begin-verb whose subject is the war, and the
clause telling what set it off) were coded from the reports of their own days; in a report of
a later month they make no event. An act told only as the starting point of a stretch of time
('since Hezbollah began firing on northern Israel', 'since the offensive began on 5 June')
is no event either, whatever its date: the report tells what happened since. So is any act
told in a 'since' clause a month or more before the report's day ('JNIM has grown stronger
since the junta expelled French troops in 2022', 'since the rebels captured Kani in
November'); a recent one ('Fighting has continued since rebels attacked the town on Monday')
is news.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Token

from sitrep.extract.history import evidence_of
from sitrep.model import Event

BEGIN_LEMMAS = frozenset({"begin", "start", "erupt", "resume", "ignite", "break", "flare"})
# What began: a war, or a campaign of fighting that a report dates back to its start.
WAR_SUBJECTS = frozenset({
    "war", "conflict", "insurgency", "rebellion", "uprising", "revolution", "crisis",
    "fighting", "violence", "hostility", "offensive", "blockade", "siege", "unrest",
})  # fmt: skip
# An origin a month or more before the report's day is its background.
SINCE_TOLD = timedelta(days=30)


def told_as_origin(event: Event, today: date | None, doc: Doc) -> bool:
    """The event's act is told as the start of its war (and dated a month or more before the
    report's day), or as the point a stretch of time runs from."""
    trigger = _trigger_token(event, doc)
    if trigger is None:
        return False
    if starts_a_stretch(trigger):
        return True
    if since_clause_act(trigger) and _began_long_before(event, today):
        return True  # 'has grown stronger since the junta expelled French troops in 2022'
    verb = _origin_verb(trigger)
    return verb is not None and _long_before(event, today)


def since_clause_act(word: Token) -> bool:
    """The act is told in a 'since' clause, as the point a stretch runs from ('since the
    government launched its offensive in August 2022', 'since the rebels captured Kani')."""
    verb = word if word.pos_ in ("VERB", "AUX") else word.head
    if verb is not word and word.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in verb.children
    )


def _began_long_before(event: Event, today: date | None) -> bool:
    """The act's days begin a month or more before the report's day (a stretch told with
    'since' runs on to the report's day, so its end is no measure)."""
    return _a_month_before(event.date_start, today)


def _a_month_before(day: str | None, today: date | None) -> bool:
    """The ISO day lies a month or more before the report's day."""
    if today is None or not day:
        return False
    try:
        told = date.fromisoformat(day)
    except ValueError:
        return False
    return told <= today - SINCE_TOLD


def starts_a_stretch(word: Token) -> bool:
    """'since Hezbollah began firing', 'since the offensive began': the act (the begin-verb's
    subject or what it began doing) marks when a stretch of time starts."""
    verb = word.head
    if verb.lemma_.lower() not in BEGIN_LEMMAS or word.dep_ not in ("nsubj", "xcomp"):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def _origin_verb(word: Token) -> Token | None:
    """The begin-verb with a war for subject whose clause holds the word, if any."""
    token = word
    while True:
        if _begins_a_war(token):
            return token
        if token.head.i == token.i:
            return None
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in BEGIN_LEMMAS:
            token = token.head  # 'The fighting resumed in November 2023, when ...'
            continue
        token = token.head


def _begins_a_war(token: Token) -> bool:
    if token.lemma_.lower() not in BEGIN_LEMMAS or token.pos_ not in ("VERB", "AUX"):
        return False
    return any(_a_war(s) for s in _subjects(token))


def _subjects(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":  # 'a civil war that began after ...'
        subjects.append(verb.head)
    return subjects


def _a_war(noun: Token) -> bool:
    return noun.lemma_.lower() in WAR_SUBJECTS and not noun.ent_type_


def _long_before(event: Event, today: date | None) -> bool:
    return _a_month_before(event.date_end, today)


def _trigger_token(event: Event, doc: Doc) -> Token | None:
    act = evidence_of(event, "trigger")
    if act is None:
        return None
    span = doc.char_span(act.start, act.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
