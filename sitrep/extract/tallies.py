"""A coder's stated figures and tallies: "Unknown fatalities coded as 10", "Fatalities split
between 3 locations", "1 killed 3 injured", "Total 11 fatalities.", and a toll told over
several days. The fatality reader (`quantities.py`) asks these before it counts the dead
in a sentence's clauses."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.annotate.words import span_words
from sitrep.extract.allocations import allocated_share, split_ways
from sitrep.extract.numbers import NUMBER_WORDS, Count, phrase_value

# A coder's stated figure: "Unknown fatalities coded as 10", "split between 3 locations".
STATED_TOPICS = frozenset({"fatality", "fatalities", "death", "deaths", "toll", "casualty"})


CODED_PREPS = frozenset({"as", "at", "to"})


# A tally in a list of tallies: "1 killed 3 injured", "- 6 killed/ 70 houses razed".
LISTED_TALLY = re.compile(
    r"(?:^|[-/;:]\s*)(?:at least\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:people\s+|persons\s+)?(?:killed|dead)\b(?!\s+(?:or|and)\s+(?:injured|wounded))"
    r"(?=\s*(?:[/;,.]|\d|$))",
    re.IGNORECASE,
)


# A closing tally: "1 fatality.", "At least 2 dead.", "Total 11 fatalities."
TALLY_WORDS = frozenset({"fatality", "fatalities", "dead", "deaths", "killed"})


TALLY_FILLERS = frozenset({"at", "least", "total", "in", "a", "of"})


SPLIT_VERBS = frozenset({"split", "divide", "distribute", "spread"})


# A toll told over several days: "over the course of ten days", "across 3 days".
DAYS_TOLD = re.compile(
    r"\b(?:over|across)\s+(?:the\s+course\s+of\s+|a\s+period\s+of\s+|the\s+(?:past|last)\s+)?"
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+days\b",
    re.IGNORECASE,
)


MAX_DAYS = 31


SPLIT_PREPS = frozenset({"between", "across", "among", "over", "into"})


def listed_tally(sent: SpacySpan) -> Count | None:
    """'1 killed 3 injured.', 'Attacks by raiders - 6 killed/ 70 houses razed': a figure of the
    dead in a list of tallies the parser cannot read as a clause."""
    found = LISTED_TALLY.search(span_words(sent).text)
    if found is None:
        return None
    word = found.group(1).lower()
    value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if value is None:
        return None
    start = sent.char_span(found.start(1), found.end(), alignment_mode="expand")
    if start is None:
        return None
    return Count(value=value, start=start.start, end=start.end, total=True)


def stated_figure(sent: SpacySpan) -> Count | None:
    """A coder's stated figure for the record: 'Unknown fatalities coded as 10', 'Fatalities
    coded as 2 (another source reported 7)', '3 fatalities split between the 3 locations'. It
    is the event's whole toll and overrides the counts told; a figure split between K places or
    events gives each its share, rounded down (the conservative figure)."""
    tally = _tally(sent)
    if tally is not None:
        return tally
    told = span_words(sent)
    text = told.text
    topic = any(lemma in STATED_TOPICS for lemma in told.lemmas)
    days = days_told(text)
    if not topic and "allocat" not in text and "coded as" not in text and days < 2:
        return None
    share = allocated_share(text)  # "with Ayla allocated 4 and Bora and Cana 3 each"
    if share is not None:
        return Count(value=share, start=sent.start, end=sent.end, total=True, stated=True)
    figure = _coded_as(sent) or _split_count(sent) or _share_given(sent)
    ways = _split_ways(sent)
    ways = days if ways == 1 and days > 1 else ways  # ACLED spreads a toll over its days
    if figure is None and ways > 1:  # the figure was told before: each place gets its share
        return Count(value=0, start=sent.start, end=sent.end, stated=True, divisor=ways)
    if figure is None:
        return None
    share = figure.value if figure.divisor > 1 else figure.value // ways
    return Count(value=share, start=figure.start, end=figure.end, total=True, stated=True)


def days_told(text: str) -> int:
    """Over how many days a toll is told to have come ('over the course of ten days', 'in the
    searches over 2 days', 'across three days'): ACLED spreads it evenly over them. 1 when
    none is told."""
    found = DAYS_TOLD.search(text)
    if found is None:
        return 1
    word = found.group(1).lower()
    value = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
    return value if 1 < value <= MAX_DAYS else 1


def _tally(sent: SpacySpan) -> Count | None:
    """'1 fatality.', 'At least 2 dead.', 'Total 11 fatalities.': a note's closing tally, a
    sentence of the figure alone, is the coder's figure for the record."""
    told = span_words(sent)
    kept = [
        told.start + i
        for i, (lower, punct) in enumerate(zip(told.lowers, told.punct, strict=True))
        if not punct and lower not in TALLY_FILLERS
    ]
    if len(kept) != 2:
        return None
    number, word = sent.doc[kept[0]], sent.doc[kept[1]]
    if word.lower_ not in TALLY_WORDS or number.pos_ != "NUM":
        return None
    value = phrase_value(number)
    if value is None:
        return None
    return Count(value=value, start=number.i, end=word.i + 1, total=True, stated=True)


def _share_given(sent: SpacySpan) -> Count | None:
    """'Fatalities are split across 2 events (4)': the share itself, in brackets."""
    for i in span_words(sent).having(SPLIT_VERBS):
        for obj in _split_objects(sent.doc[i]):
            for c in obj.children:
                value = phrase_value(c) if c.dep_ == "appos" and c.pos_ == "NUM" else None
                if value is not None:
                    return Count(value=value, start=c.i, end=c.i + 1, divisor=2)
    return None


def _split_objects(split: Token) -> list[Token]:
    """What a figure is split between; for 'Distributed fatalities over ...' the phrase hangs
    on the noun the participle modifies."""
    holders = [split, split.head] if split.dep_ == "amod" else [split]
    holders += [c for c in split.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SPLIT_PREPS]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _coded_as(sent: SpacySpan) -> Count | None:
    """'... coded as 10', '... coded to 10', 'coding fatalities to one': the number right
    after the preposition that follows 'coded' (within a word or two)."""
    told = span_words(sent)
    if "coded" not in told.lowers and "coding" not in told.lowers:
        return None  # both readings start at the word
    tokens = list(sent)
    for i, tok in enumerate(tokens):
        if tok.lower_ not in ("coded", "coding"):
            continue
        near = tokens[i + 1 : i + 4]
        for prep, number in zip(near, near[1:], strict=False):
            if prep.lower_ not in CODED_PREPS or number.pos_ != "NUM":
                continue
            value = phrase_value(number)
            if value is not None and not _counts_things(number):
                return Count(value=value, start=tok.i, end=number.i + 1, total=True)
    for tok in sent:
        if tok.lower_ == "coded" and tok.head.lemma_.lower() in STATED_TOPICS:
            return _own_number(tok.head)  # "1 fatality coded to this event"
        if tok.lower_ == "coded":
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = [_own_number(s) for s in subjects if s.lemma_.lower() in STATED_TOPICS]
            if found and found[0] is not None:
                return found[0]
    return None


def _counts_things(number: Token) -> bool:
    """'coded as 2 events': the number counts a noun, not the dead."""
    return number.dep_ == "nummod" and number.head.lemma_.lower() not in STATED_TOPICS


def _own_number(word: Token) -> Count | None:
    for child in word.children:
        value = phrase_value(child) if child.pos_ == "NUM" and child.i < word.i else None
        if value is not None:
            return Count(value=value, start=child.i, end=word.i + 1, total=True)
    return None


def _split_count(sent: SpacySpan) -> Count | None:
    """'4 fatalities split between two towns': a counted fatality word right before a split."""
    for i in span_words(sent).having(SPLIT_VERBS):
        tok = sent.doc[i]
        if tok.i > sent.start:
            word = tok.doc[tok.i - 1]
            if word.lemma_.lower() in STATED_TOPICS:
                return _own_number(word)
    return None


def _split_ways(sent: SpacySpan) -> int:
    """How many places or events a figure is split between: 'split between 3 locations' -> 3,
    'split evenly between Ayla and Bora' -> 2; 1 when it is not split."""
    told = span_words(sent)
    for i in told.having(SPLIT_VERBS):
        for obj in _split_objects(sent.doc[i]):
            ways = _how_many(obj)
            if ways > 1:
                return ways
    return split_ways(told.text)  # the parse lost the list: read the words


def _how_many(obj: Token) -> int:
    """'3 locations' -> 3, 'both events' -> 2, 'Ayla and Bora' -> 2, 'the activities in Ayla,
    Bora and Cana' -> 3."""
    numbers = [phrase_value(c) for c in obj.children if c.dep_ == "nummod"]
    if numbers and numbers[0] is not None:
        return numbers[0]
    if any(c.lower_ == "both" for c in obj.children):
        return 2
    if obj.pos_ == "PROPN":
        listed = [c for c in obj.subtree if c.pos_ == "PROPN" and c.dep_ in ("conj", "appos")]
        return 1 + len(listed)
    places = [o for p in obj.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return _how_many(places[0]) if places else 1
