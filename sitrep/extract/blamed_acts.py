"""What a demonstration's crowd blames someone for is its grievance, not an act of the report.

ACLED notes often tell a demonstration and then, in the next sentence, whom its crowd holds
to account and for what: 'Students blocked the school gates. They held the authorities
responsible after a detainee was choked by a cellmate', 'They blamed the management for the
death of a student who was beaten by guards'. The choking and the beating are the
grievance: told after a demonstration, in a clause or phrase hung on the crowd's own words of
blame (a pronoun subject: 'they'), they make no event of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.crowd_scene import DEMONSTRATION_TACTICS, DEMONSTRATION_WORDS
from sitrep.extract.doctext import doc_text
from sitrep.extract.triggers import Trigger

BLAMING = frozenset({"blame", "accuse"})
RESPONSIBLE = frozenset({"responsible", "accountable"})
# The links of a clause or phrase told as the ground of the blame.
GROUND_LINKS = frozenset({
    "conj", "advcl", "pobj", "prep", "relcl", "acl", "amod", "compound", "nmod", "pcomp",
})  # fmt: skip
CROWD_PRONOUNS = frozenset({"they"})


def without_blamed_acts(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less the acts a demonstration's crowd, told before, blames someone for."""
    kept = [t for t in triggers if not _blamed_for(doc[t.head])]
    if len(kept) == len(triggers):
        return list(triggers)
    before = doc_text(doc)[: doc[triggers[0].head].sent.start_char]
    if not (DEMONSTRATION_WORDS.search(before) or DEMONSTRATION_TACTICS.search(before)):
        return list(triggers)  # no demonstration, road block or blockade told before
    return kept


def _blamed_for(head: Token) -> bool:
    """The act hangs, through a clause or a phrase, on the crowd's word of blame."""
    token = head
    for _ in range(8):
        parent = token.head
        if parent.i == token.i or token.dep_ not in GROUND_LINKS:
            return False
        if parent.pos_ in ("VERB", "AUX") and token.dep_ != "conj":
            return _crowd_blames(parent)  # ('strangled and injured': the first act's verb)
        token = parent
    return False


def _crowd_blames(verb: Token) -> bool:
    """'They blamed the management', 'they accused the police', 'They held the government
    responsible'."""
    if not any(c.dep_ == "nsubj" and c.lower_ in CROWD_PRONOUNS for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in BLAMING:
        return True
    return lemma == "hold" and any(c.lemma_.lower() in RESPONSIBLE for c in verb.children)
