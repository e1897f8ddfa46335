"""'Two civilians were killed in Russian shelling': the parser often reads the nationality as
the preposition's object and the gerund as a verb of its own ("in Russian" + "shelling",
whose subject is then taken to be the civilians: a crowd shelling). A nationality right
after a preposition and right before a gerund of violence is the gerund's modifier, and the
gerund the preposition's object: the phrase is repaired in the parsed Doc before events are
read ("in Russian shelling" = by Russian forces)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Gerunds that name an act of war as a noun after a nationality ('Israeli bombing').
VIOLENT_GERUNDS = frozenset({
    "shelling", "bombing", "bombardment", "firing", "strikes", "shootings", "raids",
})  # fmt: skip
PREPOSITIONS = frozenset({"in", "by", "from", "during", "after", "amid"})


def repair_nationality_gerunds(doc: Doc) -> None:
    """Rehang each misread 'in <nationality> <gerund>' phrase in place."""
    for token in doc[:-1]:
        gerund = doc[token.i + 1]
        if _misread(token, gerund):
            gerund.head = token.head
            gerund.dep_ = "pobj"
            gerund.pos_ = "NOUN"
            gerund.tag_ = "NN"
            token.head = gerund
            token.dep_ = "amod"
            token.pos_ = "ADJ"
            token.tag_ = "JJ"


def _misread(nationality: Token, gerund: Token) -> bool:
    return (
        nationality.ent_type_ == "NORP"
        and nationality.dep_ == "pobj"
        and nationality.head.lower_ in PREPOSITIONS
        and gerund.lower_ in VIOLENT_GERUNDS
        and gerund.head != nationality
        and not any(c.dep_ in ("dobj", "nsubj") for c in gerund.children)
    )
