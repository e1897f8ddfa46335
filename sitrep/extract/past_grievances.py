"""A harm the report names a protest's people by is the protest's grievance, told with a day
of its own.

'Relatives of a student, a 19-year-old shot dead by police last month, marched on Sunday',
'a funeral procession for a trader killed by police last week turned into a demonstration on
Monday', 'a vigil on Wednesday for three men killed in a raid in May': the killing is told as
a description of people (a participle, a relative clause or an apposition hung on a noun), on
an earlier day, to say whom the demonstrators mourn or speak for. ACLED codes no event of the
protest's day for it: it is no intervention in the protest, and the day told inside it is not
the protest's day.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger
from sitrep.model import Span
from sitrep.time.expression import TimeExpression

# Cues of harm done to people, which a grievance names.
HARM_CUES = frozenset({
    "attack", "attack_weak", "beating", "live_fire", "abduction", "arrest", "sexual_violence",
})  # fmt: skip
PROTEST_CUES = frozenset({"protest", "protest_weak"})
# How a participle or clause hangs on the noun it describes ('a trader killed by police').
DESCRIBING = frozenset({"acl", "relcl", "appos", "amod"})
# Words that put a time before the report's days: 'last month', 'two weeks ago', 'in May'.
PAST_PERIOD_WORDS = frozenset({"ago", "earlier", "previous", "last"})
PERIOD_NOUNS = frozenset({"week", "month", "year", "weeks", "months", "years"})
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip


def _describing(doc: Doc, trigger: Trigger) -> Token | None:
    """The trigger's word when it describes a noun ('a trader killed by police', 'a man who
    was shot', 'X, a youth shot dead by police'), else None."""
    word = doc[trigger.head]
    if trigger.cue not in HARM_CUES:
        return None
    if word.dep_ not in DESCRIBING and not _misread_participle(word):
        return None
    if word.dep_ == "acl" and word.tag_ == "VBD":
        return None  # a past tense hung on a noun is a main clause misparsed
    return word


def _misread_participle(word: Token) -> bool:
    """'a youth shot dead by police', parsed as the noun 'shot': a participle all the same."""
    after = word.nbor() if word.i + 1 < len(word.doc) else None
    misread = word.pos_ == "NOUN" and word.dep_ != "ROOT"
    return misread and after is not None and after.lower_ in ("dead", "by")


def _extent(word: Token) -> tuple[int, int]:
    """The description's words: the participle's subtree, and what follows it up to the next
    verb or the sentence's end ('shot dead by police in Bello, Colombia, last month, marched'
    takes in 'last month', which the parser may hang elsewhere)."""
    tokens = list(word.subtree)
    start, end = tokens[0].i, tokens[-1].i + 1
    sent_end = word.sent.end
    while end < sent_end and word.doc[end].pos_ not in ("VERB", "AUX"):
        if word.doc[end].is_punct and word.doc[end].text != ",":
            break
        end += 1
    return start, end


def _past_period(words: Sequence[Token]) -> bool:
    """'last month', 'two weeks ago', 'earlier this year', 'in May'."""
    lowers = [t.lower_ for t in words]
    for i, low in enumerate(lowers):
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        if low == "ago" or (low in PAST_PERIOD_WORDS and nxt in PERIOD_NOUNS):
            return True
        if low in ("in", "since") and nxt in MONTHS:
            return True
    return False


def past_harm_described(doc: Doc, trigger: Trigger, triggers: Sequence[Trigger]) -> bool:
    """A harm told as a description of people, on a past period of its own ('a youth shot dead
    by police last month'), in a sentence that tells a protest outside it."""
    word = _describing(doc, trigger)
    if word is None:
        return False
    start, end = _extent(word)
    if not _past_period(list(doc[start:end])):
        return False
    return any(t.cue in PROTEST_CUES and not start <= t.head < end for t in triggers)


def without_grievance_days(
    doc: Doc, trigger: Span, triggers: Sequence[Trigger], times: Sequence[TimeExpression]
) -> tuple[TimeExpression, ...]:
    """The document's time expressions less those told inside a described harm of the
    protest's sentence ('killed by police in Kisumu last week'), when the protest at `trigger`
    lies outside it and the sentence tells another time."""
    words = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if words is None or not len(words):
        return tuple(times)
    sent = words.root.sent
    own = [t for t in triggers if sent.start <= t.head < sent.end]
    at = [t for t in own if t.start <= words.root.i < t.end]
    if not at or at[0].cue not in PROTEST_CUES:
        return tuple(times)
    extents = []
    for other in own:
        word = _describing(doc, other)
        if word is not None:
            start, end = _extent(word)
            if not start <= words.root.i < end:
                extents.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    inside = [
        t for t in times
        if sent.start_char <= t.span.start < sent.end_char
        and any(a <= t.span.start < b for a, b in extents)
    ]  # fmt: skip
    told = [t for t in times if sent.start_char <= t.span.start < sent.end_char]
    if not inside or len(inside) == len(told):
        return tuple(times)
    return tuple(t for t in times if all(t is not i for i in inside))
