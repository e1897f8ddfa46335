"""Acts named only as what an operation sought or as a reason given, not as acts done:

- the aim of an arrest operation: 'raids targeting suspected Islamic State members',
  'an operation targeting alleged smugglers': whom the police sought, not a fight;
- a reason cited: 'extended the state of emergency, citing continued attacks by
  terrorists', 'closed the border, citing attacks on its posts': the acts are why a
  decision was taken, told as a kind, with no day or place of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

SOUGHT = frozenset({"suspected", "alleged", "wanted", "presumed", "suspect"})
CITING = frozenset({"cite", "invoke"})


def aim_or_reason(doc: Doc, trigger: Trigger) -> bool:
    """The trigger names whom an operation sought or a reason cited for a decision."""
    word = doc[trigger.head]
    return _targeting_suspects(word) or _cited_reason(word)


def _targeting_suspects(word: Token) -> bool:
    if word.lemma_.lower() != "target" or word.tag_ != "VBG":
        return False
    objects = [c for c in word.children if c.dep_ == "dobj"]
    return any(
        m.lower_ in SOUGHT for o in objects for m in o.children if m.dep_ in ("amod", "compound")
    )


def _cited_reason(word: Token) -> bool:
    if word.pos_ != "NOUN" or word.dep_ != "dobj" or word.tag_ != "NNS":
        return False
    verb = word.head
    if verb.lemma_.lower() not in CITING:
        return False
    return not any(c.dep_ == "det" for c in word.children)  # 'citing the attack on ...' is one
