"""A group's or a place's standing record is background, not an act of a day.

'The ADF have killed thousands of civilians in eastern Congo', 'The region has been hit by
repeated attacks for years', 'Militants have killed hundreds of people in the province over
the past year': a record told in the perfect, counted over years or in the thousands, is the
background a wire report closes on ("the area has been plagued by ..."); ACLED codes the acts
of the report's own days. A sentence that names a day keeps its act ('Gunmen have killed 40
villagers in Zamfara on Sunday'), and so does a perfect with neither a stretch of years nor
thousands dead ('Jihadists have killed 40 civilians in Burkina Faso', a wire lead).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sitrep.extract.ordinary import YEAR
from sitrep.extract.triggers import Trigger
from sitrep.extract.war_toll import counted_words, figure

# A stretch of years: 'for years', 'over the past year', 'in recent years', 'for two decades'.
YEARS = re.compile(
    r"\b(?:for|over|in|during|throughout)\s+(?:the\s+)?"
    r"(?:(?:past|last|recent|many|several|few|more\s+than|over|nearly|almost|some)\s+)*"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:years?|decades?)\b",
    re.IGNORECASE,
)
TACTIC_VERBS = frozenset({"use", "employ", "deploy"})
THOUSANDS = re.compile(r"^(?:thousands|millions|tens)$", re.IGNORECASE)
THOUSAND = 1000
# A day told in the sentence: the act is news of that day.
DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight"
    r"|last\s+night|this\s+(?:morning|afternoon|evening|week))\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b",
)


def standing_record(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's clause tells a standing record (a perfect counted over years or in the
    thousands, in a sentence that names no day, or of acts of a kind: 'such attacks'), or
    describes the group whose record it is
    ('The ADF, which have pledged allegiance to IS, have killed thousands')."""
    word = doc[trigger.head]
    verb = _clause_verb(word)
    if verb is not None and _record(verb):
        return True
    if verb is not None and _perfect(verb) and _acts_of_a_kind(word):
        return True  # 'has carried out dozens of such attacks this year'
    if verb is not None and _tactic_used(verb, word):
        return True  # 'Boko Haram has used female suicide bombers in the area'
    return record_dead(word.sent, word.i)


def _acts_of_a_kind(noun: Token) -> bool:
    """'such attacks', 'dozens of similar raids': acts counted as a kind, none of a day."""
    kinds = [c for c in noun.children if c.dep_ in ("amod", "det", "predet")]
    return noun.tag_ == "NNS" and any(c.lower_ in ("such", "similar") for c in kinds)


def _tactic_used(verb: Token, noun: Token) -> bool:
    """'has used female suicide bombers', 'have deployed drones against ships': a means
    named in the plural, with no count, as the object of a perfect of using, in a sentence
    that names no day, is the group's way of fighting, not an act."""
    if verb.lemma_.lower() not in TACTIC_VERBS or not _perfect(verb) or DAY.search(verb.sent.text):
        return False
    if noun.dep_ != "dobj" or noun.head.i != verb.i or noun.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("nummod", "det") for c in noun.children)


def record_dead(sent: Span, counted: int) -> bool:
    """The count at token `counted` is the dead of a standing record the sentence tells."""
    word = sent.doc[counted]
    return any(word in verb.subtree for verb in sent if verb.pos_ == "VERB" and _record(verb))


def _record(verb: Token) -> bool:
    if not _perfect(verb) or DAY.search(verb.sent.text):
        return False
    told = "".join(t.text_with_ws for t in verb.subtree)
    return bool(YEARS.search(told)) or _thousands(verb)


def _clause_verb(word: Token) -> Token | None:
    """The word itself when a verb, else the nearest verb above it ('hit' over 'attacks')."""
    current = word
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "amod":
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _perfect(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)


def _thousands(verb: Token) -> bool:
    """The verb's object or passive subject counts thousands ('thousands of civilians')."""
    for token in counted_words(verb):
        after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        if THOUSANDS.match(token.text) and after in ("of", "thousands"):
            return True
        # 'in 2024 attacks' names a year, not a count
        if token.like_num and not YEAR.match(token.text) and figure(token.text) >= THOUSAND:
            return True
    return False
