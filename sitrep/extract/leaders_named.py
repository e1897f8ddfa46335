"""A new leader named by an armed group: 'Islamic State West Africa Province named a new
leader', 'Al Shabaab appointed a new emir for Lower Shabelle', 'the group named Abu X as its
new commander', 'X was chosen as the new leader of the Arakan Army'. ACLED codes a group's
change of leadership as a change to group/activity.

Read from the parse: a verb of naming whose object, or the 'as' or complement after it, is
a word of a leader qualified as new. A state's appointments are no group's change ('the
president named a new army chief', 'the government appointed a new police commander'), so a
subject or a leader's title that names the state's offices or forces takes nothing; the
group itself must be an armed side for the event to stand (classify.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

NAMING = frozenset({
    "name", "appoint", "elect", "choose", "select", "install", "designate", "pick",
})  # fmt: skip
LEADERS = frozenset({
    "leader", "emir", "amir", "commander", "chief", "head", "spokesman", "spokesperson",
    "governor", "deputy",
})  # fmt: skip
# Words of the state's offices and forces: their appointments are the government's.
STATE_WORDS = frozenset({
    "government", "president", "minister", "ministry", "army", "military", "police", "cabinet",
    "parliament", "king", "junta", "state", "defence", "defense", "staff", "federal", "mayor",
    "prime", "interior", "navy", "force", "forces", "central", "bank", "party", "council",
})  # fmt: skip


def leaders_named(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """Every verb between tokens `start` and `end` that names a new leader of a group."""
    for token in doc[start:end]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in NAMING:
            continue
        if any(_state_word(s) for s in token.children if s.dep_ in ("nsubj", "agent")):
            continue
        if any(_new_leader(n) for n in _named(token)):
            yield token


def _named(verb: Token) -> Iterator[Token]:
    """The verb's object, passive subject, complement, or what comes after its 'as'."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "oprd", "attr", "xcomp"):
            yield child
        if child.dep_ == "prep" and child.lower_ == "as":
            yield from (o for o in child.children if o.dep_ == "pobj")


def _new_leader(noun: Token) -> bool:
    if noun.lemma_.lower() not in LEADERS:
        return False
    modifiers = list(noun.children)
    if not any(m.lower_ == "new" for m in modifiers if m.dep_ == "amod"):
        return False
    return not any(_state_word(m) for m in modifiers if m.dep_ in ("compound", "amod", "poss"))


def _state_word(word: Token) -> bool:
    """A word of the state's offices in the phrase, outside a name ('the Arakan Army',
    'Islamic State West Africa Province' are groups)."""
    return any(
        not t.ent_type_ and (t.lower_ in STATE_WORDS or t.lemma_.lower() in STATE_WORDS)
        for t in word.subtree
    )
