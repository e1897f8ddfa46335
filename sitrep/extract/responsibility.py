"""Who claims an act by taking responsibility for it.

"JNIM claimed responsibility for an ambush on an army convoy", "the group took credit for the
attack": a militant group's claim is the claimant's word on the act, as a statement quoted
is its speaker's; the event is `claimed_by` the group (who is also, as a rule, its doer).
"""

from __future__ import annotations

from spacy.tokens import Token

CLAIM_NOUNS = frozenset({"responsibility", "credit"})
CLAIM_VERBS = frozenset({"claim", "take", "accept", "assume", "admit"})


def claimant(token: Token) -> str | None:
    """The subject of 'claimed responsibility for' when the act's word is what it is for, or
    of 'claimed' when the act's word is its object ('ISWAP claimed an attack on a base')."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "claim":
        return _subject_phrase(token.head)
    word = token
    while word.dep_ != "pobj" and word.head.i != word.i:
        if word.dep_ not in ("compound", "amod", "nmod"):
            return None
        word = word.head
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "for":
        return None
    noun = prep.head
    verb = noun.head
    if noun.lemma_.lower() not in CLAIM_NOUNS or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    return _subject_phrase(verb)


def _subject_phrase(verb: Token) -> str | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if not subjects:
        return None
    return _phrase(subjects[0])


def _phrase(head: Token) -> str:
    """The claimant's words up to its head, a determiner lower-cased ('the group')."""
    kept = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("appos", "relcl")]
    words = "".join((t.lower_ if t.pos_ == "DET" else t.text) + t.whitespace_ for t in kept)
    return words.strip(" ,(")
