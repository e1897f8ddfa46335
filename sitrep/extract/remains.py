"""Found remains: a body, a corpse or human remains found, dumped or recovered is a killing
told by its discovery ("the body of a man was found in a field", "police found the bodies of
four men", "human remains were found in plastic bags"). ACLED codes such finds as attacks by
an unidentified armed group. The parse relates the find to what was found however many words
lie between, which a phrase list cannot.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Token

FINDING = frozenset({
    "find", "discover", "recover", "dump", "exhume", "retrieve", "unearth", "pull",
})  # fmt: skip
# Words that name a dead person's body by themselves.
BODIES = frozenset({"body", "corpse", "cadaver"})
# Words that name one only when said to be human: "human remains", "a male head", "the
# remains of two men" (not "the remains of a Roman villa" or "the head of the council").
PARTS = frozenset({"remains", "remain", "head", "skull", "torso", "limb", "skeleton"})
HUMAN_MODIFIERS = frozenset({
    "human", "male", "female", "severed", "decapitated", "dismembered", "charred",
    "decomposed", "mutilated", "skeletal",
})  # fmt: skip
PEOPLE = frozenset({
    "man", "woman", "person", "people", "individual", "girl", "boy", "child", "teenager",
    "youth", "victim", "baby", "infant", "adult", "resident", "farmer", "driver", "student",
    "officer", "soldier", "policeman", "trader", "villager", "civilian", "journalist",
    "activist", "leader", "worker", "migrant", "herder",
})  # fmt: skip
# "a body of water", "a governing body": bodies that are no one's.
NOT_A_CORPSE = frozenset({
    "water", "work", "evidence", "research", "literature", "knowledge", "law", "text",
    "opinion", "data", "thought", "governing", "legislative", "student", "advisory",
    "regulatory", "oversight", "professional", "sovereign", "elected", "judicial", "world",
    "international", "public", "local", "national", "statutory", "celestial", "heavenly",
})  # fmt: skip
DEAD = frozenset({"dead", "murdered", "killed", "slain", "lifeless", "strangled", "stabbed"})
# What tells that the dead were killed, and what tells they died by accident or disaster.
VIOLENCE_SIGNS = frozenset({
    "shoot", "shot", "gunshot", "bullet", "stab", "strangle", "torture", "murder", "kill",
    "behead", "decapitate", "dismember", "dismembered", "mutilate", "execute", "execution",
    "gunman", "gunmen", "slay", "homicide", "hack", "tie", "bind", "fatality", "violence",
    "attack", "militant", "militia", "gang", "cartel", "severed", "decapitated", "mutilated",
})  # fmt: skip
MISADVENTURE = frozenset({
    "tsunami", "earthquake", "flood", "flooding", "hurricane", "cyclone", "typhoon", "storm",
    "drown", "drowned", "drowning", "accident", "crash", "avalanche", "landslide", "mudslide",
    "overdose", "hypothermia", "capsize", "sink", "shipwreck", "collision", "blaze",
    "wildfire", "swim", "swimmer", "hiker", "autopsy", "sunken", "submerge", "submerged",
})  # fmt: skip
FOUND_DEAD_WORDS = BODIES | PARTS | {"dead", "lifeless"}
# "was found guilty", "found alive": a finding about someone, no body.
VERDICTS = frozenset({
    "guilty", "innocent", "liable", "responsible", "alive", "safe", "unharmed", "well",
})  # fmt: skip


def found_remains(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """The remains (the noun: "body", "remains") of every find of human remains between
    tokens `start` and `end`, in a report that tells of violence (finds in a report of an
    accident or a disaster are set aside with every death found: `dead_by_misadventure`).
    The noun, not the verb, stands for the killing, so that whoever found them ("police
    found the bodies") is not taken for the killer."""
    finds = [
        noun
        for token in doc[start:end]
        if token.pos_ == "VERB" and token.lemma_.lower() in FINDING
        for noun in _remains_found(token)
    ]
    if finds and _violence_told(doc):
        yield from finds


def _violence_told(doc: Doc) -> bool:
    """Signs of a killing in the report (a death by misadventure is set aside apart, for
    every death found: `dead_by_misadventure`)."""
    return any(t.lemma_.lower() in VIOLENCE_SIGNS or _dumped(t) for t in doc)


def _dumped(token: Token) -> bool:
    """'bodies dumped on a road', 'blindfolded': the dead were disposed of, or bound, by
    someone (a garbage dump, the noun, is no sign)."""
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "ADJ") and lemma in ("dump", "blindfold", "blindfolded")


def dead_by_misadventure(doc: Doc, words: Iterable[Token]) -> bool:
    """A death found ('found dead', 'a body was found', 'a corpse', human remains) in a report
    of an accident or a disaster: no killing."""
    if not {w.lemma_.lower() for w in words} & FOUND_DEAD_WORDS:
        return False
    return bool({t.lemma_.lower() for t in doc} & MISADVENTURE)


def _remains_found(verb: Token) -> Iterator[Token]:
    if any(c.lower_ in VERDICTS for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")):
        return
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in (n for f in found for n in (f, *f.conjuncts)):
        if _remains(noun):
            yield noun
            return


def _remains(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    owners = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if lemma in BODIES or noun.lower_ in ("bodies", "corpses"):
        named = modifiers | {o.lemma_.lower() for o in owners}
        return not named & NOT_A_CORPSE
    if lemma in PARTS or noun.lower_ == "remains":
        return bool(modifiers & HUMAN_MODIFIERS) or any(_a_person(o) for o in owners)
    return False


def _a_person(noun: Token) -> bool:
    return noun.lemma_.lower() in PEOPLE or noun.ent_type_ == "PERSON"


def found(noun: Token) -> Token | None:
    """The finding verb when `noun` names remains found ("the body was found"), else None."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "conj") else None
    while verb is not None and verb.dep_ == "conj" and verb.pos_ != "VERB":
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in FINDING or not _remains(noun):
        return None
    return verb


def no_parties(doc: Doc, heads: Sequence[int]) -> list[tuple[int, int]]:
    """Character ranges of the people a find of remains names who are no party to the
    killing: whoever found them ("police found the bodies": witnesses) and whose they are
    ("a man's body": the dead, counted as victims)."""
    ranges = []
    for i in heads:
        verb = found(doc[i])
        if verb is not None:
            finders = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
            named = [*finders, *(c for c in doc[i].children if c.dep_ == "poss")]
        else:
            named = _found_dead(doc[i])
        for t in named:
            ranges.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    return ranges


def _found_dead(verb: Token) -> list[Token]:
    """'Two foreigners (were) found dead': who was found dead is the dead."""
    if verb.lemma_.lower() != "find":
        return []
    if not any(c.lower_ in DEAD for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")):
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
