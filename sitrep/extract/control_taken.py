"""Control taken, told with the bare verb: "HTS controlled the village of Kafr Ein after
clashes", "the army controlled Otaya town", "forces advanced to control the airport".

Reports translated from Arabic (and monitors writing in their style) use "controlled" for
"took control of" (سيطر). Read as a change only where it cannot be a state: the verb is the
sentence's main verb (the parse may take "army controlled Otaya town" for a modifier, but then
nothing else in the sentence is a verb), its subject is a noun just before it ("IS-controlled",
"controlled by" and "rebel controlled areas were shelled" are states), a place comes right
after it, and nothing gives it a duration ("for two years", "since 2015", "still", "as of
July 2012"). "To
control" counts after a verb of moving forward ("advanced to control Kawkabah village").
Crowds, fires and prices controlled are not places, so they take nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

PLACE_NOUNS = frozenset(
    {
        "village", "town", "city", "area", "airport", "airbase", "base", "hill", "hilltop",
        "neighborhood", "neighbourhood", "district", "region", "countryside", "front",
        "position", "checkpoint", "crossing", "plateau", "mountain", "farm", "camp", "outskirt",
        "suburb", "quarter", "locality", "valley", "bridge", "oilfield", "dam", "road",
        "highway", "barrack", "outpost",
    }
)  # fmt: skip
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
MOVING_ON = frozenset({"advance", "move", "push", "manage", "succeed", "progress", "proceed"})
FULLY = frozenset({"completely", "fully", "totally", "entirely", "reportedly", "then", "later"})
LASTING = frozenset({"since", "until", "still", "long", "already", "previously", "formerly"})
PLACE_WINDOW = 8  # tokens after the verb in which the place must come


def control_taken(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """Every "controlled"/"to control" between tokens `start` and `end` that tells of
    control taken of a place."""
    for token in doc[start:end]:
        if token.lemma_.lower() != "control" or token.pos_ not in ("VERB", "ADJ"):
            continue
        told = _moving_on_to(token) or (token.tag_ in ("VBD", "VBN") and _as_main_verb(token))
        if told and _place_after(token) and not _lasting(token):
            yield token


def _moving_on_to(token: Token) -> bool:
    """'advanced against YPG fighters to control Kawkabah village'."""
    return (
        token.tag_ == "VB"
        and token.dep_ in ("advcl", "xcomp")
        and token.head.lemma_.lower() in MOVING_ON
        and any(c.lower_ == "to" for c in token.children)
    )


def _as_main_verb(token: Token) -> bool:
    doc, sent = token.doc, token.sent
    if token.i == sent.start or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ == "by":
        return False
    before = doc[token.i - 1]
    if before.lower_ in FULLY and before.i > sent.start:
        before = doc[before.i - 1]
    named = before.pos_ in ("NOUN", "PROPN") or (before.text.isupper() and len(before.text) > 1)
    if not named or _joined(before, token):  # "IS" may be parsed as a verb
        return False
    return sent.root == token or sent.root.pos_ not in ("VERB", "AUX")


def _joined(before: Token, token: Token) -> bool:
    """'IS-controlled': the words are written as one."""
    return before.idx + len(before.text) == token.idx or before.text == "-"


def _place_after(token: Token) -> bool:
    sent: Span = token.sent
    for word in token.doc[token.i + 1 : min(token.i + 1 + PLACE_WINDOW, sent.end)]:
        if (word.is_punct and word.text != "-") or word.pos_ == "ADP":
            return False  # the place is what was controlled, not where ("traffic on the road")
        if word.lemma_.lower() in PLACE_NOUNS or word.ent_type_ in PLACE_ENTITIES:
            return True
    return False


def _lasting(token: Token) -> bool:
    """'for two years', 'since 2015', 'still', 'as of July': control held, not taken."""
    after = token.doc[token.i + 1 : token.sent.end]
    if any(w.lower_ in LASTING or _as_of(w) for w in token.sent):
        return True
    return any(w.lower_ == "for" and w.i + 1 < len(w.doc) and _duration(w) for w in after)


def _as_of(word: Token) -> bool:
    return word.lower_ == "as" and word.i + 1 < len(word.doc) and word.nbor().lower_ == "of"


def _duration(for_word: Token) -> bool:
    nxt = for_word.doc[for_word.i + 1 : for_word.i + 4]
    return any(w.ent_type_ in ("DATE", "TIME") for w in nxt)


def control_of(objects: list[Token]) -> list[Token]:
    """When control is what was taken, its objects are what control is of: 'regained control
    of the village from Ahrar al-Sham fighters' (the fighters, which the parse may take for a
    second object, are whom the village was taken from)."""
    held = [o for o in objects if o.lemma_.lower() == "control"]
    return held or objects
