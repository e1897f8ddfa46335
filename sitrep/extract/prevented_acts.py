"""Acts named as what a move seeks to prevent are not acts told.

'Central forces moved into the area to prevent further clashes', 'the curfew was imposed to
avert fresh violence', 'troops were deployed to deter any attacks': the clashes, violence
and attacks are what the move is for, not fighting that happened. A prevented act told as
one that came ('police prevented an attack on the church by arresting two men') stays: only
an infinitive of purpose, or an act the words make future ('further', 'fresh', 'any'),
is kept from the events.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of keeping an act from happening.
PREVENTING = frozenset({"prevent", "avert", "avoid", "forestall", "deter", "preempt", "stave"})
# Words that make the prevented act one yet to come ('further clashes', 'fresh violence').
TO_COME = frozenset({
    "further", "more", "fresh", "renewed", "new", "any", "future", "possible", "potential",
    "retaliatory", "repeat",
})  # fmt: skip


def prevented_act(word: Token) -> bool:
    """The act's noun is the object of a verb of preventing, in an infinitive of purpose ('to
    prevent clashes') or with a word that makes it yet to come ('averted further violence')."""
    if word.pos_ != "NOUN" or word.dep_ != "dobj":
        return False
    verb = word.head
    if verb.lemma_.lower() not in PREVENTING:
        return False
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    to_come = any(c.lower_ in TO_COME for c in word.children if c.dep_ in ("amod", "det"))
    return purpose or to_come
