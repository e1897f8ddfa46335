"""Acts the report tells as history: an act dated long before the report's own day ("Japanese
forces captured the town in 1942", "the 2015 massacre at the market") is background, not
news, and makes no event (ACLED codes an event from the reports of its own days); so is an act
dated only by a past year ("In 2024, jihadists killed hundreds"). The report's
day is its publication date, else the latest day it names. A date inside a clause on a noun
("to replace the deal that was reached in 2014") dates that noun, not the act, unless the noun
is the act's own word ("A truce brokered by the UN in April 2022 has largely held")."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from sitrep.extract.modality import verbal_anchor
from sitrep.extract.ordinary import year_modifying
from sitrep.model import DateRange, Event, Evidence

HISTORY = timedelta(days=365)  # an act over a year before the report's day is its background
YEAR_DEPS = frozenset({"nummod", "amod", "compound", "npadvmod", "nmod"})
TIME_PREPS = frozenset({"during", "in", "amid"})


def told_as_history(event: Event, today: date | None, doc: Doc) -> bool:
    """The event ended over a year before the report's day, by a date that dates the act, or
    its word names a year long past ('the murder of two protesters during the 2023 unrest')."""
    if today is None:
        return False
    year = _year_on_the_act(event, doc)
    if year is not None and date(year, 12, 31) < today - HISTORY:
        return True
    if not event.date_end:
        return False
    try:
        ended = date.fromisoformat(event.date_end)
    except ValueError:
        return False
    long_ago = ended < today - HISTORY or _a_past_year(event, today)
    return long_ago and _dates_the_act(event, doc)


def _a_past_year(event: Event, today: date) -> bool:
    """'In 2024, jihadists killed hundreds of people at Barsalogho', in a report of 2025: an
    act dated only by a year gone by is the report's background, however near its end."""
    start, end = event.date_start or "", event.date_end or ""
    whole_year = start[4:] == "-01-01" and end[4:] == "-12-31" and start[:4] == end[:4]
    return whole_year and int(end[:4]) < today.year


def report_day(published: date | None, present: DateRange | None) -> date | None:
    """The report's own day: its publication date, else the latest day it names."""
    if published is not None:
        return published
    return present.end if present is not None else None


def _dates_the_act(event: Event, doc: Doc) -> bool:
    """The date is not inside a clause on a noun that leaves the act's word out."""
    dated = evidence_of(event, "date")
    act = evidence_of(event, "trigger")
    if dated is None or act is None:
        return True
    words = doc.char_span(dated.start, dated.end, alignment_mode="expand")
    trigger = doc.char_span(act.start, act.end, alignment_mode="expand")
    if words is None or trigger is None or not len(words) or not len(trigger):
        return True
    token, aim = words[0], trigger[0]
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl") and aim not in token.subtree and token.head != aim:
            return False
        token = token.head
    return True


def _year_on_the_act(event: Event, doc: Doc) -> int | None:
    """A year that modifies the act's noun or the noun of the time it is told in: 'the 2015
    attacks', 'the murder of two protesters during the 2023 unrest'."""
    act = evidence_of(event, "trigger")
    words = doc.char_span(act.start, act.end, alignment_mode="expand") if act else None
    if words is None or not len(words):
        return None
    nouns = [words.root]
    if words.root.dep_ == "relcl":  # 'the 2015 attacks on a hall, in which 90 were killed'
        noun = words.root.head
        for _ in range(3):
            nouns.append(noun)
            if noun.dep_ != "pobj":
                break
            noun = noun.head.head
    if words.root.dep_ == "pobj" and words.root.head.lower_ == "of":
        nouns.append(words.root.head.head)  # 'the murder of two protesters'
    nouns.append(verbal_anchor(nouns[-1]))  # 'charged ... during the 2023 unrest'
    nouns += [o for n in list(nouns) for p in n.children if p.lower_ in TIME_PREPS
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    years = (year_modifying(noun, YEAR_DEPS) for noun in nouns)
    return next((y for y in years if y is not None), None)


def evidence_of(event: Event, role: str) -> Evidence | None:
    """The event's first evidence span in a role ("trigger", "date")."""
    return next((e for e in event.evidence if e.role == role), None)
