"""Acronyms that spell an English word: 'IS' (the Islamic State) is no verb.

'Iraqi forces killed three IS suicide bombers', 'IS militants mortar shelled an army unit':
the model reads 'IS' as the verb 'is' and builds the parse around it. The word's norm, which
the model's embedding reads, is set to the group's other name before the parse, so 'IS' is
parsed as the name it is; in text written in capitals ('WHAT IS HAPPENING') it stays a verb.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# Acronyms in capitals that the model takes for an English word, and the norm they get.
ACRONYM_NORMS = {"IS": "isis"}


@Language.component("sitrep_acronyms")
def acronyms(doc: Doc) -> Doc:
    """Give acronyms that spell a word the norm of the name they stand for."""
    for token in doc:
        norm = ACRONYM_NORMS.get(token.text)
        if norm is not None and not _among_capitals(token):
            token.norm_ = norm
    return doc


def _among_capitals(token: Token) -> bool:
    """A neighbouring word is written in capitals too ('THIS IS WAR'): a shouted sentence."""
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(n.is_alpha and n.is_upper and len(n) > 1 for n in neighbours)
