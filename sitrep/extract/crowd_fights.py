"""State forces fighting a crowd at a riot or a demonstration.

ACLED codes the crowd that fights police at a demonstration or a riot as rioters, and the event
as a violent demonstration, whichever side the report names first: 'Police clash with rioting
youth', 'running battles between police and residents (who were protesting)', 'a student was
shot dead by police during a student-led riot'. With no riot or demonstration told, police
fighting villagers stay an armed clash or an attack.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from spacy.tokens import Span, Token

from sitrep.annotate.words import span_words

STATE = 1
# The people a crowd is made of, as the actors' inter codes tell them: rioters, protesters,
# civilians.
CROWD_INTERS = frozenset({5, 6, 7})
# Rioting told as the crowd's act or name, not the name of a police unit ('riot police',
# 'anti-riot squad') nor a charge ('inciting a riot' is still rioting told).
RIOTING = re.compile(
    r"(?<!anti-)(?<!anti )\b(riot(s|ed|ing|ers?)?|rampage|rampaging)\b"
    r"(?! (police|polices|squad|squads|unit|units|gear|control|act|officers?|forces?))",
    re.IGNORECASE,
)


# Prepositions that set an act in a riot ('shot during a student-led riot').
SETTINGS = frozenset({"during", "in", "amid", "amidst", "at"})


def rioting_in(sent: Span) -> bool:
    """Whether the sentence tells rioting ('rioting youths', 'during a riot', 'rioters'),
    not only riot police."""
    return any(True for _ in _riot_words(sent))


def riot_setting(sent: Span) -> bool:
    """Whether the sentence sets its act in a riot ('shot by police during a riot') or names
    the crowd by its rioting ('rioting youths', 'rioters'), not a riot someone else was busy
    with ('journalists assaulted while covering riots')."""
    return any(_sets_the_scene(t) for t in _riot_words(sent))


def _riot_words(sent: Span) -> Iterator[Token]:
    offset = sent.start_char
    for match in RIOTING.finditer(span_words(sent).text):
        span = sent.doc.char_span(offset + match.start(), offset + match.end(), "expand")
        if span is not None:
            yield span.root


def _sets_the_scene(word: Token) -> bool:
    if word.dep_ == "pobj":
        return word.head.lower_ in SETTINGS
    return word.dep_ in ("amod", "nsubj", "nsubjpass", "compound", "conj", "ROOT")


def state_fights_a_crowd(
    cues: Collection[str],
    *,
    inter1: int | None,
    inter2: int | None,
    rioting: bool,
    riot_scene: bool,
    demonstration: bool,
) -> bool:
    """State forces (`inter1`) fighting a crowd (`inter2`) where a riot is told in the sentence
    (`rioting`) or a demonstration in the report (`demonstration`), or firing on the crowd of
    a riot the sentence sets the act in (`riot_scene`): a violent demonstration."""
    if inter1 != STATE or inter2 not in CROWD_INTERS:
        return False
    if "fight" in cues:
        return rioting or demonstration
    return riot_scene and bool(set(cues) & {"attack", "live_fire"})
