"""Tolls that sources give differently ("Police said three people were killed, while residents
said seven died"; "according to residents, though police put the toll at 4"): ACLED codes the
lowest figure reported, never their sum.

A sentence's tolls are read clause by clause, each clause under its own source (a speech verb
with a subject, or "according to"). Two tolls from different sources are alternatives when they
count the same people: unnamed people, the same kind of victim, or a bare toll. Tolls of
different victims ("10 militants", "two civilians") stay apart, and the reader sums them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sitrep.extract.numbers import Count, phrase_value
from sitrep.extract.quantities import fatalities
from sitrep.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.events import Draft

SPEECH_VERBS = frozenset(
    {
        "say",
        "report",
        "claim",
        "state",
        "tell",
        "announce",
        "confirm",
        "estimate",
        "put",
        "give",
        "indicate",
    }
)
# victims counted as people in general: two tolls of them count the same dead
UNNAMED_DEAD = frozenset(
    {"people", "person", "civilian", "villager", "resident", "dead", "body", "victim", "toll"}
)
# Quantity nouns whose 'of' phrase names the victims ('dozens of militiamen').
QUANTITY_WORDS = frozenset({"dozens", "dozen", "scores", "hundreds", "thousands", "tens"})
FURTHER_DEAD = re.compile(r"\b(?:more|another|other|additional|further|also)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourcedToll:
    """A toll one source gives: who gives it (the subject's lemma) and the figure."""

    source: str
    count: Count
    victims: str


def lowest_toll(sent: SpacySpan) -> Count | None:
    """The lowest of the tolls different sources give for the same dead in a sentence, or
    None when the sentence gives no such alternatives."""
    return _lowest(sourced_tolls(sent))


def sourced_figure(sent: SpacySpan, count: Count) -> tuple[Count, str | None]:
    """A sentence's figure read against its sources, the sentence's tolls read once: the
    lowest of alternative tolls when sources differ, and the tag of the source that gives
    the figure (`toll_tag`)."""
    tolls = sourced_tolls(sent)
    figure = _lowest(tolls) or count
    return figure, _tag(sent, tolls, figure)


def with_sourced_toll(draft: Draft, sent: SpacySpan) -> Draft:
    """A draft whose sentence gives alternative tolls takes the lowest; one whose figure a
    source gives carries that source."""
    if draft.fatalities is None:
        return draft
    figure, tag = sourced_figure(sent, draft.fatalities)
    if figure is not draft.fatalities:
        words = sent.doc[figure.start : figure.end]
        counted = Span(
            start=words.start_char, end=words.end_char, text=words.text, label="fatalities"
        )
        draft = replace(draft, fatalities=figure, fatality_span=counted)
    return draft if tag is None else replace(draft, tags=(*draft.tags, tag))


def _lowest(tolls: list[SourcedToll]) -> Count | None:
    if len({t.source for t in tolls}) < 2 or not _same_dead({t.victims for t in tolls}):
        return None
    return min((t.count for t in tolls), key=lambda c: c.value)


def sourced_tolls(sent: SpacySpan) -> list[SourcedToll]:
    """Each attributed clause's toll, in text order."""
    speakers = [t for t in sent if _attribution(t) is not None]
    found = []
    for speaker in speakers:
        region = _region(sent, speaker, speakers)
        count = None if region is None else _toll(region)
        if count is not None:
            found.append(SourcedToll(str(_attribution(speaker)), count, _victims(sent, count)))
    return found


def _attribution(token: Token) -> str | None:
    """Who a speech verb or an 'according to' names as the source."""
    if token.lemma_.lower() == "accord" and token.i + 1 < len(token.doc):
        to = token.doc[token.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        return source.lemma_.lower() if to.lower_ == "to" and source is not None else None
    if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.lemma_.lower() if subject is not None else None


def _region(sent: SpacySpan, speaker: Token, speakers: list[Token]) -> SpacySpan | None:
    """The words a source vouches for: its clause without the clauses of other sources
    inside it; for 'according to' and for a source told aside ('..., Amnesty said, ...'),
    the clause it qualifies. None when that is not one run
    (punctuation aside)."""
    head = speaker.head if speaker.lemma_.lower() == "accord" else speaker
    inside = {t.i for t in head.subtree}
    if speaker.dep_ == "parataxis":  # "X killed 66, Amnesty said, ...": the clause it is set in
        head = speaker.head
        inside = {t.i for t in head.subtree} - inside
    for other in speakers:
        if other is not speaker and other.i in inside and other is not head:
            inside -= {t.i for t in other.subtree}
    words = sorted(i for i in inside if not (sent.doc[i].is_punct or sent.doc[i].is_space))
    if not words:
        return None
    first, last = words[0], words[-1]
    run = {i for i in range(first, last + 1) if not (sent.doc[i].is_punct or sent.doc[i].is_space)}
    if run - inside or first < sent.start or last >= sent.end:
        return None
    return sent.doc[first : last + 1]


def _toll(region: SpacySpan) -> Count | None:
    """The dead a clause counts, or the figure it puts the toll at ('put the toll at 4',
    'the toll was 11')."""
    told = fatalities(region)
    if told is not None and told.value > 0:
        return told
    for token in region:
        if token.lemma_.lower() != "toll":
            continue
        figure = _toll_figure(token)
        if figure is not None:
            return Count(value=figure[0], start=figure[1], end=figure[1] + 1, total=True)
    return None


def _toll_figure(toll: Token) -> tuple[int, int] | None:
    """'put the toll at 4' (the number after 'at' on the verb), 'the toll was 11'."""
    verb = toll.head
    for child in verb.children:
        number = None
        if child.dep_ == "prep" and child.lower_ in ("at", "to"):
            number = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ in ("attr", "acomp"):
            number = child
        value = phrase_value(number) if number is not None else None
        if value is not None and number is not None:
            return value, number.i
    return None


def _victims(sent: SpacySpan, count: Count) -> str:
    """The lemma of the noun a count counts ('three people' -> 'people'), or 'toll'."""
    words = sent.doc[count.start : count.end]
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    quantity = [o for n in nouns[-1:] for p in n.children if p.lower_ == "of" for o in p.children]
    if nouns and nouns[-1].lower_ in QUANTITY_WORDS and quantity:
        return quantity[0].lemma_.lower()  # 'dozens of militiamen'
    if nouns:
        return nouns[-1].lemma_.lower()
    after = sent.doc[count.end] if count.end < len(sent.doc) else None
    if after is not None and after.lower_ == "of":  # 'five of their fighters'
        counted = next((c for c in after.children if c.dep_ == "pobj"), None)
        if counted is not None:
            return counted.lemma_.lower()
    return "toll"


def _same_dead(kinds: set[str]) -> bool:
    """Whether tolls of these kinds of victim count the same dead: a bare toll ('more than 40
    had died') counts those the other source names ('27 soldiers')."""
    named = kinds - {"toll"}
    return len(named) <= 1 or named <= UNNAMED_DEAD


# Marks the figure an event took from one source's words ("sitrep:toll:police|people"), so a
# later sentence giving another source's figure for the same dead is read as an alternative.
TOLL_TAG = "sitrep:toll:"


def toll_tag(sent: SpacySpan, count: Count) -> str | None:
    """The tag naming the source of a sentence's figure, when one source vouches for it and
    it is no count of further dead ("another three people died")."""
    return _tag(sent, sourced_tolls(sent), count)


def _tag(sent: SpacySpan, tolls: list[SourcedToll], count: Count) -> str | None:
    if FURTHER_DEAD.search(sent.text):
        return None
    for toll in tolls:
        if toll.count.start <= count.start:
            return f"{TOLL_TAG}{toll.source}|{toll.victims}"
    return None


def source_tag(tags: Sequence[str]) -> str | None:
    """The source tag among an event's tags, if its figure came from a source's words."""
    return next((t for t in tags if t.startswith(TOLL_TAG)), None)


def alternative_figures(tags: Sequence[str], other: str | None) -> bool:
    """Whether a figure tagged `other` gives another source's toll of the dead an event's
    tagged figure counts."""
    mine = source_tag(tags)
    if mine is None or other is None:
        return False
    source, victims = mine[len(TOLL_TAG) :].split("|", 1)
    source2, victims2 = other[len(TOLL_TAG) :].split("|", 1)
    return source != source2 and _same_dead({victims, victims2})
