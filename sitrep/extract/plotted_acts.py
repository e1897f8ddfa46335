"""An act named as what a plot was for: 'foiled a plot to attack a polio team', 'uncovered a
plan to kidnap a minister', 'a conspiracy to bomb the embassy'. The infinitive after a noun
of plotting tells the plan, not an act done. The parse may hang the infinitive on the verb
before the noun ('foiled ... to attack'), so the noun right before 'to' tells too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

PLOT_NOUNS = frozenset({"plot", "plan", "conspiracy", "scheme"})


def plotted_act(doc: Doc, trigger: Trigger) -> bool:
    """The trigger is an infinitive naming what a plot or a plan was for."""
    verb = doc[trigger.head]
    if verb.pos_ != "VERB" or verb.dep_ not in ("acl", "xcomp", "advcl", "relcl"):
        return False
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if not to:
        return False
    if verb.dep_ == "acl" and _plot(verb.head):
        return True
    before = to[0].i - 1
    return before >= 0 and _plot(doc[before])


def _plot(word: Token) -> bool:
    return word.pos_ == "NOUN" and word.lemma_.lower() in PLOT_NOUNS
