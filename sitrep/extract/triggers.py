"""Find event triggers: lexicon phrases matched over a parsed sentence, and what the parse
relates across words: finds of human remains (`remains.py`), hostages taken
(`hostages.py`), control taken told with the bare verb (`control_taken.py`), and forces that
"struck" a target (`armed_strikes.py`), and bases set up (`bases_established.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.agreements_made import agreements_made
from sitrep.extract.armed_strikes import struck_targets
from sitrep.extract.bases_established import bases_established
from sitrep.extract.control_taken import control_taken
from sitrep.extract.hostages import taken_hostage
from sitrep.extract.leaders_named import leaders_named
from sitrep.extract.lexicon import Lexicon, Word
from sitrep.extract.remains import found_remains

REMAINS_CUE = "attack"  # a body found tells of a killing
HOSTAGE_CUE = "abduction"
CAPTURE_CUE = "capture"
BASE_CUE = "base"
AGREEMENT_CUE = "agreement"
GROUP_CHANGE_CUE = "group_change"
STRIKE_CUE = "air_strike"  # forces that "struck" a target with no weapon named


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
    """Matches every cue phrase of a lexicon on lemmas or lower-case forms. A dictionary keyed
    by a phrase's first word makes this one pass over the tokens."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.by_first: dict[str, list[tuple[str, tuple[Word, ...]]]] = {}
        for cue, words in lexicon.phrases():
            self.by_first.setdefault(words[0].text, []).append((cue, words))

    def find(self, sent: SpacySpan) -> list[Trigger]:
        """Longest non-overlapping cue matches in a sentence, in text order."""
        return _longest_first(self._scan(sent.doc, sent.start, sent.end))

    def find_all(self, doc: Doc) -> list[Trigger]:
        """Every sentence's triggers in one pass (a match never crosses a sentence start)."""
        return _longest_first(self._scan(doc, 0, len(doc)))

    def _scan(self, doc: Doc, start: int, end: int) -> list[Trigger]:
        found = {_trigger(doc, REMAINS_CUE, t.i, t.i + 1) for t in found_remains(doc, start, end)}
        found |= {_trigger(doc, HOSTAGE_CUE, t.i, t.i + 1) for t in taken_hostage(doc, start, end)}
        found |= {_trigger(doc, CAPTURE_CUE, t.i, t.i + 1) for t in control_taken(doc, start, end)}
        found |= {_trigger(doc, BASE_CUE, t.i, t.i + 1) for t in bases_established(doc, start, end)}
        agreed = agreements_made(doc, start, end)
        found |= {_trigger(doc, AGREEMENT_CUE, t.i, t.i + 1) for t in agreed}
        led = leaders_named(doc, start, end)
        found |= {_trigger(doc, GROUP_CHANGE_CUE, t.i, t.i + 1) for t in led}
        strikes = {t.i for t in struck_targets(doc, start, end)}
        found |= {_trigger(doc, STRIKE_CUE, i, i + 1) for i in strikes}
        for i in range(start, end):
            token = doc[i]
            for key in _forms(token):
                for cue, words in self.by_first.get(key, ()):
                    stop = i + len(words)
                    if stop <= end and _fits(doc, i, words):
                        found.add(_trigger(doc, cue, i, stop))
        # a strike on a target of war is the strike, not the weak "struck" of the lexicon
        return [t for t in found if t.cue == STRIKE_CUE or t.head not in strikes]


def _fits(doc: Doc, start: int, words: tuple[Word, ...]) -> bool:
    for k, word in enumerate(words):
        token = doc[start + k]
        if k and token.is_sent_start:
            return False
        if word.text not in _forms(token):
            return False
        if word.pos is not None and token.pos_ not in word.pos and not _verb_as_noun(token, word):
            return False
    return True


def _forms(token: Token) -> set[str]:
    """The forms a cue may match: the word, its lemma, and the singular of a capitalised
    plural the tagger read as a name ('Rockets were fired at ...': NNPS, lemma 'Rockets')."""
    forms = {token.lower_, token.lemma_.lower()}
    if _plural_read_as_name(token):
        forms.add(token.lower_[:-1])
    return forms


def _plural_read_as_name(token: Token) -> bool:
    """A sentence's first word, a capitalised plural outside any entity, tagged as a
    plural proper noun: the capital is the sentence's, not a name's."""
    return (
        token.tag_ == "NNPS"
        and bool(token.is_sent_start)
        and not token.ent_type_
        and token.lower_.endswith("s")
        and not token.lower_.endswith("ss")
    )


def _verb_as_noun(token: Token, word: Word) -> bool:
    """A headline's verb the parser took for a noun ('Attackers shoot KDF soldier', 'Maasai
    spear Kikuyu man'): a noun with a subject and a direct object of its own acts as a verb."""
    if word.pos is None or "VERB" not in word.pos or token.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in token.children}
    return "dobj" in deps and ("nsubj" in deps or token.dep_ == "ROOT")


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
