"""Who asserts an event: quoted speakers, reported speech and "according to" sources."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.extract.apposed_sayer import apposed_sayer, sayer_left_apposed
from sitrep.extract.doctext import doc_text
from sitrep.extract.responsibility import claimant

SAY_VERBS = frozenset({
    "say", "tell", "add", "state", "claim", "report", "announce", "confirm", "allege",
    "declare", "explain", "recount", "insist", "assert", "write", "post", "joke",
})  # fmt: skip
# Clauses and appositions beside a speaker's words: "the spokesman, Yahya Saree," (the name is
# dropped whole, never in part).
ASIDE = ("relcl", "acl", "appos")
QUOTE_PAIRS = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A live blog's timestamp opening the line ("15:10 - Ukraine's air force said"): the parser
# hangs it on the speaker, but it tells when the entry was posted, not who speaks.
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A quoted passage (character offsets) and who says it, when the text tells."""

    start: int
    end: int
    speaker: str | None


def find_quotes(doc: Doc) -> list[Quote]:
    """Quoted passages with their speakers (the subject of a nearby verb of saying)."""
    quotes = []
    for m in QUOTE_PAIRS.finditer(doc_text(doc)):
        speaker = _speaker_near(doc, m.start(), m.end())
        quotes.append(Quote(start=m.start(), end=m.end(), speaker=speaker))
    return quotes


def claimed_by(token: Token, quotes: list[Quote]) -> str | None:
    """Who claims the act at this token; None for the reporter's own account."""
    for q in quotes:
        if q.start <= token.idx < q.end:
            return q.speaker or "unnamed speaker"
    reported = _reported_speech_source(token) or claimant(token)  # 'claimed responsibility for'
    if reported:
        return reported
    return _according_to(token)


def _speaker_near(doc: Doc, start: int, end: int) -> str | None:
    """The speaker of a quote: a verb of saying just after it or just before it."""
    after = doc.char_span(end, min(len(doc_text(doc)), end + 80), alignment_mode="expand")
    before = doc.char_span(max(0, start - 80), start, alignment_mode="expand")
    for window in (after, before):
        if window is None:
            continue
        for tok in window:
            if tok.lemma_ in SAY_VERBS and tok.pos_ == "VERB":
                speaker = _subject_text(tok)
                if speaker:
                    return speaker
    return None


def _subject_text(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON":
            return _phrase(apposed_sayer(child) or child)  # "nine soldiers, a spokesman said"
    sayer = sayer_left_apposed(verb)
    if sayer is not None:
        return _phrase(sayer)
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_text(verb.head)  # "Al-Shabaab denied losing fighters and said ..."
    return None


def _phrase(head: Token) -> str:
    """The speaker's words, a sentence-initial determiner lower-cased ("another fighter")."""
    aside = {w.i for c in head.children if c.dep_ in ASIDE for w in c.subtree}
    tokens = [
        t
        for t in head.subtree
        if t.i == head.i or (t.dep_ not in ("punct", *ASIDE) and t.i not in aside)
        if not CLOCK.match(t.text)
    ]
    title = _of_phrase(head)
    own = [t for t in tokens if t.i <= head.i or (t.dep_ == "compound" and t.head.i == head.i)]
    kept = [t for t in own if t.i <= head.i or not title]
    kept += title  # "the general staff of the Malian Armed Forces"
    kept = sorted(set(kept), key=lambda t: t.i)
    words = [t.lower_ if t.pos_ == "DET" else t.text for t in kept]
    spaces = [
        t.whitespace_ if n + 1 < len(kept) and kept[n + 1].i == t.i + 1 else " "
        for n, t in enumerate(kept)
    ]
    said = "".join(w + s for w, s in zip(words, spaces, strict=True)).strip()
    others = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    return " and ".join([said, *(_phrase(c) for c in others)])  # "residents and an official"


def _of_phrase(head: Token) -> list[Token]:
    """The 'of' or 'for' phrase that completes a speaker's title ('the spokesman of the army',
    'a spokesman for the group'), up to any bracket or clause inside it."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i == head.i + 1:
            words = [prep]
            for t in prep.doc[prep.i + 1 : prep.right_edge.i + 1]:
                if t.text in ("(", ",") or t.dep_ in ("relcl", "acl"):
                    break
                words.append(t)
            return words
    return []


def _reported_speech_source(token: Token) -> str | None:
    """'The SDF said its fighters repelled the attack' -> 'The SDF'."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in ("ccomp", "parataxis") and current.head.lemma_ in SAY_VERBS:
            return _subject_text(current.head)
        if current.dep_ in ("nsubj", "nsubjpass"):
            current = current.head
            continue
        current = current.head
    return None


def _according_to(token: Token) -> str | None:
    sent = token.sent
    for tok in sent:
        if tok.lower_ == "according" and tok.nbor(1).lower_ == "to":
            objs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0])
    return None
