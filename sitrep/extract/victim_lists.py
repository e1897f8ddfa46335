"""Who a killing's victims are, as lists and agreement tell it.

- Companions listed after a victim's 'of' phrase: "killed the chairman of a vigilante group,
  his wife and two guests" is four dead; the parser joins "his wife" to "group".
- One person under two titles: "A prominent cleric and community leader was shot dead", "The
  councillor, Amos Kibet, was killed": a singular verb makes the joined nouns one victim.
- "both": "the two gunmen were pursued and both were shot dead" counts two.
- A range of the dead: "Between 10 and 15 villagers were killed" is a count (the lower
  figure), though the tagger may read "between 10 and 15" as a date.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.numbers import Count

# Possessives that introduce someone close to a victim told before ("his wife").
KIN_POSSESSIVES = frozenset({"his", "her", "their"})
# How many words a listed person's noun may stand after the comma ("his two young sons").
LIST_REACH = 4
# Auxiliaries of a verb whose subject is one person.
SINGULAR_AUX = frozenset({"was", "is", "has"})
# 'both sides', 'both camps': the sides of a fight, not two victims.
SIDE_NOUNS = frozenset({"side", "party", "camp", "country", "community", "group", "direction"})
# Words of a range of numbers that a tagger may take for a date.
RANGE_WORDS = frozenset({"between", "and", "to", "-", "from"})
# Beyond this a bare number may well be a year.
YEAR_LIKE = 1000


def companions_listed(victim: Token) -> list[Token]:
    """'the chairman of a vigilante group, his wife and two guests', 'killing him, his nephew
    and three visitors': the first person listed after the victim, however the parser joined
    it (the rest are its conjuncts, counted with it)."""
    after = _listed_next(victim)
    if after is not None:
        return [after]
    for prep in victim.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for owner in (c for c in prep.children if c.dep_ == "pobj"):
            joined = [c for c in owner.conjuncts if c.i > owner.i and _a_companion(c)]
            if joined:
                return joined[:1]
    return []


def _listed_next(victim: Token) -> Token | None:
    """The person named right after the victim's phrase and a comma or 'and' ('him, his son'),
    when it is no one's subject ('killed a man, his brother said')."""
    end = max(t.i for t in victim.subtree) + 1
    doc = victim.doc
    if end >= len(doc) or doc[end].text not in (",", "and"):
        return None
    for token in doc[end + 1 : min(end + 1 + LIST_REACH, victim.sent.end)]:
        if token.pos_ == "NOUN":
            fits = _a_companion(token) and token.dep_ not in ("nsubj", "nsubjpass")
            return token if fits else None
        if token.pos_ not in ("DET", "PRON", "NUM", "ADJ") and token.text != "and":
            return None
    return None


def _a_companion(noun: Token) -> bool:
    """A person joined to a list: 'his wife', 'two guests', 'a neighbour'."""
    if noun.pos_ != "NOUN":
        return False
    kin = any(c.dep_ == "poss" and c.lower_ in KIN_POSSESSIVES for c in noun.children)
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return kin or counted


def one_person(noun: Token) -> bool:
    """A singular subject joined to other singular nouns under a singular verb ('A cleric and
    community leader was shot dead'): one victim under several titles or names."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ not in ("NN", "NNP"):
        return False
    joined = [c for c in noun.conjuncts if c.i > noun.i]
    if not joined or any(c.tag_ not in ("NN", "NNP") for c in joined):
        return False
    verb = noun.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > noun.i]
    return bool(auxes) and auxes[0].lower_ in SINGULAR_AUX


def both_counted(noun: Token) -> Count | None:
    """'both were shot dead', 'killing both men': two."""
    if noun.lower_ == "both" and noun.pos_ in ("PRON", "DET") and noun.dep_ != "preconj":
        return Count(value=2, start=noun.i, end=noun.i + 1)
    det = [c for c in noun.children if c.lower_ == "both" and c.dep_ in ("det", "predet")]
    if det and noun.tag_ == "NNS" and noun.lemma_.lower() not in SIDE_NOUNS:
        return Count(value=2, start=det[0].i, end=noun.i + 1)
    return None


def a_range_of_people(number: Token) -> bool:
    """'Between 10 and 15 villagers': a number counting a plural, in a run of numbers only,
    is no date even when tagged one."""
    if number.dep_ != "nummod" or number.head.tag_ != "NNS" or not number.like_num:
        return False
    entity = next((e for e in number.doc.ents if e.start <= number.i < e.end), None)
    if entity is None:
        return False
    for token in entity:
        if token.like_num:
            if token.text.isdigit() and int(token.text) >= YEAR_LIKE:
                return False
        elif token.lower_ not in RANGE_WORDS:
            return False
    return True
