"""An act told again by its doers and its targets named again is the act told before.

'Boko Haram fighters abducted 23 women near Gwoizaru on Tuesday. The insurgents stormed the
bush area and took the women away.': the second sentence tells how the first act went, with
the doers and the women both named again ('the insurgents', 'the women', 'them'); ACLED
codes one event for the place and day, not an attack beside the abduction. Doers named again
acting on someone named anew ('The gunmen then killed a farmer') or told as acting later,
again or further, are another act.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.retelling import anaphoric

PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "it"})
# Words that tell another act by the same doers ('then', 'later', 'also').
ANOTHER = frozenset({"then", "later", "afterwards", "again", "also", "subsequently", "further"})


def doers_again(verb: Token) -> bool:
    """The verb's doers and what it acts on are all named again (a definite noun or a
    pronoun), and nothing tells it as a further act."""
    if verb.pos_ != "VERB":
        return False
    subjects = _subjects(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not subjects or not objects:
        return False
    if any(c.lower_ in ANOTHER for v in (verb, verb.head) for c in v.children):
        return False
    return all(_again(n) for n in (*subjects, *objects))


def _subjects(verb: Token) -> list[Token]:
    """The verb's own subject, or for a verb joined to another ('stormed ... and took'), the
    subject they share."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _again(noun: Token) -> bool:
    if noun.lower_ in PRONOUNS:
        return True
    return noun.pos_ == "NOUN" and anaphoric(noun)
