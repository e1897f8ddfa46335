"""Whether a crowd's violence happened at a demonstration, told anywhere in the report.

ACLED's line between a violent demonstration and mob violence is the demonstration: a crowd
that protests, marches, strikes, demands or riots and turns violent (stones police, burns tyres,
wrecks an office) makes a violent demonstration; the same acts with no demonstration told
(a crowd storming a hospital, locals stoning officers over a search) are mob violence. The
report often tells the demonstration in another sentence ('Workers blocked the road and burned
kiosks. They were protesting unpaid wages.'), so the whole report is read. A demonstration
named only as the antecedent of the violence ('following anti-government demonstrations',
'ahead of their rally', 'after a protest') is another event: the crowd was not demonstrating.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sitrep.annotate.words import span_words
from sitrep.extract.country_sections import section_bounds
from sitrep.extract.doctext import doc_text
from sitrep.extract.triggers import Trigger

# A demonstration and its tactics: protesting, demonstrating, demanding, a labour strike,
# marching, picketing, a sit-in, barricades and burning tyres, and rioting told as a verb
# ('students rioted'), not the word for the crowd ('rioters'); 'march' in lower case (no month).
DEMONSTRATION_TOLD = re.compile(
    r"\b((?i:protest\w*|demonstrat\w*|demand\w*|strike|strikers|striking|picket\w*|"
    r"sit-ins?|barricad\w*|bonfires?|(burning|burnt|burned|lit|lighting|set fire to) "
    r"(\w+ ){0,2}(tyres|tires)|riot(ed|ing)?)|"
    r"march(ed|es|ing|ers)?)\b(?! police)",
)
# Prepositions that set an event after or before another, told as its antecedent ('amid an
# ongoing strike' is no antecedent: the crowd may be the strike's).
BACKGROUND_PREPS = frozenset({"following", "after", "before", "since"})
# ...and those that take 'of' ('ahead of the rally', 'in the wake of protests').
BACKGROUND_OF = frozenset({"ahead", "wake", "aftermath", "run-up", "eve"})
# The answer of `demonstration_told` for the whole report, kept in the Doc.
TOLD_KEY = "sitrep_demonstration_told"


# Words that name a demonstration, read plainly (set in the background or not).
DEMONSTRATION_WORDS = re.compile(
    r"\b(protest\w*|demonstrat\w*|rall(y|ies|ied)|march\w*|riot\w*|sit-in|strik(e|ers))\b",
    re.IGNORECASE,
)
# Words of rioting and of a demonstration's tactics (barricades, burning tyres, road blocks):
# destruction told with them is a violent demonstration, without them a mob's.
DEMONSTRATION_TACTICS = re.compile(
    r"\b(riot\w*|barricad\w*|tyres?|tires|road ?blocks?|block(ed|ing|ade)?)\b", re.IGNORECASE
)


def demonstration_told(
    doc: Doc, *, until: int | None = None, plainly: bool = False, at: int | None = None
) -> bool:
    """Whether the report tells a demonstration, in its text up to the character offset
    `until` (all of it by default): its words or its tactics, other than as the background
    of what happened; `plainly`, any word that names one, background or not (what confirms
    a weak cue told after it: 'Police intervened', 'The building burned for hours'). In a
    roundup, the report is the country section the offset `until` (else `at`) lies in
    (`country_sections.section_bounds`): one item's protest is no setting for another's."""
    where = until - 1 if until else at
    start, end = section_bounds(doc, where) if where is not None else (0, None)
    if until is None and not plainly:  # the whole report's answer, kept in the Doc
        kept = doc.user_data.setdefault(TOLD_KEY, {})
        if (start, end) not in kept:
            kept[start, end] = _told(doc, doc_text(doc)[start:end], start)
        return bool(kept[start, end])
    text = doc_text(doc)[start:until]
    if plainly:
        return DEMONSTRATION_WORDS.search(text) is not None
    return _told(doc, text, start)


def demonstration_scene(sent: Span) -> bool:
    """Rioting or a demonstration's tactics in the sentence, or a demonstration named before
    it ('Protesters set fire to the town hall. The building burned for hours.')."""
    if DEMONSTRATION_TACTICS.search(span_words(sent).text):
        return True
    return demonstration_told(sent.doc, until=sent.start_char, plainly=True)


def _told(doc: Doc, text: str, offset: int) -> bool:
    for match in DEMONSTRATION_TOLD.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not (in_the_background(span.root) or set_apart(span.root)):
            return True
    return False


def demonstration_in(sent: Span) -> bool:
    """Whether the sentence tells a demonstration (its words or its tactics), other than as
    the antecedent of what happened."""
    return _told(sent.doc, span_words(sent).text, sent.start_char)


def in_the_background(token: Token) -> bool:
    """The token lies in a phrase that sets the event against another, earlier or around it:
    'amid the outbreak of violence following anti-government demonstrations', 'ahead of
    their grand rally demanding ...' (a clause's own verb ends the phrase)."""
    for _ in range(12):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pobj" and (_background_prep(head) or _amid_theirs(token)):
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "relcl", "amod"):
            return False  # "after protesting for hours, they burned ...": their own act
        token = head
    return False


# ACLED's mark for an event told only as the setting of this one: '(coded separately)'.
CODED_APART = re.compile(r"\(\s*coded separately\s*\)", re.IGNORECASE)
# Prepositions that set a phrase's event as the time or place of another.
SETTING_PREPS = frozenset({
    "during", "following", "after", "amid", "amidst", "in", "at", "before", "since", "on",
})  # fmt: skip


def set_apart(token: Token) -> bool:
    """The token names a demonstration that is another event than the act told beside it:
    one ACLED marks '(coded separately)', or one owned by a named side and set around the
    act ('amid ongoing demonstrations of the BNP')."""
    if token.dep_ == "pobj" and _amid_theirs(token):
        return True
    return coded_apart(token) or celebrating(token) or _on_the_way_to(token)


# Gatherings held to celebrate: violence between their crowds is a mob's (ACLED), no
# demonstration's ('a victory procession', 'marching in a victory rally').
CELEBRATIONS = frozenset({"victory", "celebration", "celebratory", "jubilation"})


def celebrating(token: Token) -> bool:
    """The gathering is a celebration: 'a victory procession was being held', 'supporters
    marching in a victory rally'."""
    held = [token]
    if token.pos_ == "VERB":
        held += [o for p in token.children if p.lower_ == "in" for o in p.children]
    words = [c for h in held for c in h.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(w.lemma_.lower() in CELEBRATIONS for w in words)


# 'on their way to join a protest march': the demonstration lies ahead of the act.
ON_THE_WAY = re.compile(r"\bon (?:their |the |its |his |her )?way to\b[^,.;]{0,40}$", re.I)


def _on_the_way_to(token: Token) -> bool:
    before = doc_text(token.doc)[token.sent.start_char : token.idx]
    return ON_THE_WAY.search(before) is not None


def coded_apart(token: Token) -> bool:
    """The token's phrase sets the event in another that ACLED codes apart: 'vandalized
    vehicles, following a clash during their demonstration demanding higher wages earlier in
    the day (coded separately)'. The phrase runs to the mark with no comma between."""
    word = token
    for _ in range(4):
        if token.dep_ not in ("compound", "amod", "nmod", "acl") or token.head.i == token.i:
            break
        token = token.head  # "their demonstration demanding higher wages"
    if token.dep_ != "pobj" or token.head.lower_ not in SETTING_PREPS:
        return False
    rest = doc_text(token.doc)[word.idx : word.sent.end_char]
    mark = CODED_APART.search(rest)
    return mark is not None and not re.search(r"[,;:]", rest[: mark.start()])


AMID = frozenset({"amid", "amidst"})


def _amid_theirs(noun: Token) -> bool:
    """'amid ongoing demonstrations of the BNP': a demonstration set around the act and owned
    by a named side is another event (bare 'amid the protests' may be the crowd's own)."""
    prep = noun.head
    if prep.dep_ == "prep" and prep.head.lower_ in AMID:
        prep = prep.head  # "amid on going demonstrations": a word parsed as a preposition
    if prep.lower_ not in AMID:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children)


def _background_prep(prep: Token) -> bool:
    if prep.lower_ in BACKGROUND_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in BACKGROUND_OF


# Crowds named by what they do: the name is no re-mention of an act told before.
CROWD_NAMES = frozenset({
    "rioter", "protester", "protestor", "demonstrator", "looter", "marcher", "striker",
    "picketer", "agitator",
})  # fmt: skip


def told_acts(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers that tell acts, not the name of the crowd ('The rioters threw stones':
    'threw stones' is a new act, 'rioters' names who did it); all of them when only the
    crowd's name is told."""
    acts = [t for t in triggers if doc[t.head].lemma_.lower() not in CROWD_NAMES]
    return acts or list(triggers)
