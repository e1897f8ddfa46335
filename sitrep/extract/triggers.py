"""Find event triggers: lexicon phrases matched over a parsed sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.lexicon import Lexicon


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A lexicon cue found in the text: token range and the syntactic head token index."""

    cue: str
    start: int
    end: int
    head: int

    def span(self, doc: Doc) -> SpacySpan:
        return doc[self.start : self.end]


class TriggerFinder:
    """Matches every cue phrase of a lexicon; one instance per loaded pipeline."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.matcher = Matcher(nlp.vocab)
        for cue, patterns in lexicon.patterns().items():
            self.matcher.add(cue, patterns)
        self.strings = nlp.vocab.strings

    def find(self, sent: SpacySpan) -> list[Trigger]:
        """Longest non-overlapping cue matches in a sentence, in text order."""
        found = [
            _trigger(sent.doc, self.strings[match_id], sent.start + s, sent.start + e)
            for match_id, s, e in self.matcher(sent)
        ]
        return _longest_first(found)


def _trigger(doc: Doc, cue: str, start: int, end: int) -> Trigger:
    return Trigger(cue=cue, start=start, end=end, head=_head_of(doc[start:end]).i)


def _head_of(span: SpacySpan) -> Token:
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head == token:
            return token
    return span[0]


def _longest_first(triggers: list[Trigger]) -> list[Trigger]:
    taken: set[int] = set()
    kept: list[Trigger] = []
    for t in sorted(triggers, key=lambda t: (-(t.end - t.start), t.start)):
        tokens = set(range(t.start, t.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(t)
    return sorted(kept, key=lambda t: t.start)
