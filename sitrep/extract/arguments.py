"""Who acted on whom: roles of actor mentions relative to a trigger, from the parse.

Active voice ("X attacked Y"), passive ("Y was attacked by X"), nominal triggers ("X's attack on
Y", "clashes between X and Y", "clashes with Y"), and "Y came under fire from X".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Doc, Token

from sitrep.extract.attribution import SAY_VERBS
from sitrep.extract.gerund_subjects import controlled_gerund, one_sided_gerund_of_time
from sitrep.extract.mines_struck import came_upon_it
from sitrep.extract.telegraphic_passives import (
    doer_of_a_passive,
    headline_passive,
    headline_role,
    passive_gerund_of_time,
    reduced_relative_victim,
)

AGENT_PREPS = frozenset({"by", "from"})
PATIENT_PREPS = frozenset({"on", "against", "at", "targeting", "upon", "of", "into"})
PARTNER_PREPS = frozenset({"with"})
# Verbs of setting or firing a weapon: their subject is who used it.
PLACING_VERBS = frozenset({
    "plant", "lay", "place", "set", "fire", "launch", "detonate", "throw", "hurl", "drop",
})  # fmt: skip
# Verbs whose subject is the target of the act they govern: "Y repelled an attack by X".
FENDING_VERBS = frozenset({"repel", "repulse", "foil", "thwart", "fend", "resist", "withstand"})


# Nouns naming an act that a weapon's word can modify ("an IED explosion", "a mortar attack").
ACT_NOUNS = frozenset({
    "explosion", "blast", "attack", "strike", "detonation", "bombing", "shelling", "raid",
    "ambush", "assault", "fire", "airstrike", "bombardment",
})  # fmt: skip


BACKGROUND_PREPS = frozenset({"following", "after", "before", "since", "amid", "despite"})


# Acts with no object (a participle of them is never passive): "workers of a factory clashed".
INTRANSITIVE_ACTS = frozenset({
    "clash", "fight", "riot", "protest", "demonstrate", "march", "rally", "skirmish", "battle",
})  # fmt: skip


class Role(Enum):
    AGENT = "actor1"
    PATIENT = "actor2"
    PARTNER = "partner"
    PAIR = "pair"
    BYSTANDER = "bystander"  # who acts in the clause the act is subordinate to
    NONE = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class Placed:
    """A character range resolved to its syntactic root token."""

    start: int
    end: int
    root: int


def place_span(doc: Doc, start: int, end: int) -> Placed | None:
    """Align a character span to tokens and find its root (the token heading it)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return Placed(start=span.start, end=span.end, root=span.root.i)


RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom", "whose"})


def role_of(doc: Doc, mention: Placed, trigger_head: int) -> Role:
    """The role of a mention towards the trigger, read off the dependency path."""
    token = doc[mention.root]
    anchor = doc[trigger_head]
    if anchor.i in range(mention.start, mention.end):
        if token.i == anchor.i:  # "pounded by Iraqi warplanes": the doer's word names the act
            return Role.AGENT if doer_of_a_passive(anchor) else Role.NONE
        return Role.AGENT
    if anchor.dep_ == "relcl" and anchor.head.i == token.i:
        # "a group of people that attacked police": the noun a relative clause hangs on.
        own_subject = any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in anchor.children
        )  # "policemen they had kidnapped": the noun is the clause's object
        return Role.PATIENT if _is_passive(anchor) or own_subject else Role.AGENT
    if reduced_relative_victim(token, anchor):
        return Role.PATIENT  # "KANU aspirant stabbed near a church"
    if came_upon_it(token, anchor):
        return Role.PATIENT  # "a military convoy struck an IED" (mines_struck.py)
    headline = headline_role(token, anchor)  # "Fishermen with MRC attack police"
    if headline is not None:
        return Role.AGENT if headline == "agent" else Role.PATIENT
    if _fronted_subject(token, anchor):
        return Role.PATIENT if _fends_off(anchor) or _undergoes(anchor) else Role.AGENT
    if _misparsed_main_verb(anchor) and token.i == _phrase_top(anchor.head).i:
        return Role.AGENT
    path = _path_to(token, anchor)
    if path is None and _names_the_act(anchor):
        # "an IED explosion by IS militants": the weapon's word modifies the act's noun,
        # whose arguments are the weapon's
        via = _path_to(token, anchor.head)
        if via is not None:
            return _role_from_edge(via)
    if path is None:
        return _role_via_clause(token, anchor)
    if _described_participant(path):
        return Role.NONE
    if _fends_off(anchor):
        return _fended_role(path)
    return _role_from_edge(path)


def _described_participant(path: list[Token]) -> bool:
    """'killed by bombs that fell on a camp for displaced people': a mention inside a clause
    that describes another participant (a relative clause, or a participle's) only tells who
    or what that one is, not a side of the act."""
    return any(
        t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and t.head in path
        for t in path[:-1]
    )


def _names_the_act(anchor: Token) -> bool:
    """A trigger word that only modifies the noun naming the act ('IED' in 'an IED
    explosion', 'mortar' in 'a mortar attack')."""
    head = anchor.head
    if anchor.dep_ != "compound" or head.i < anchor.i or head.lemma_.lower() not in ACT_NOUNS:
        return False
    # an act told as the background of another ("clashed following an Al Shabaab grenade
    # attack") lends the weapon no sides
    return not (head.dep_ == "pobj" and head.head.lower_ in BACKGROUND_PREPS)


def _misparsed_main_verb(anchor: Token) -> bool:
    """'Garment workers of a factory clashed with police': the parser hangs the sentence's verb
    on the last noun ('factory') as a reduced relative and makes the first noun the root; an
    active act there (one with an object, or one that takes none) is the main verb, and its
    subject is the noun phrase the sentence starts with."""
    if anchor.dep_ != "acl" or anchor.tag_ not in ("VBD", "VBN"):
        return False
    deps = {c.dep_ for c in anchor.children}
    if deps & {"nsubj", "nsubjpass", "agent", "auxpass"}:
        return False  # "a man killed by a mob": a passive participle, rightly hung
    active = "dobj" in deps or anchor.lemma_.lower() in INTRANSITIVE_ACTS
    return active and _phrase_top(anchor.head).dep_ == "ROOT"


def _phrase_top(noun: Token) -> Token:
    """The noun heading the phrase a noun sits in ('workers' for 'factory' in 'workers of a
    factory')."""
    current = noun
    while current.dep_ in ("pobj", "prep", "compound", "conj") and current.head.i != current.i:
        current = current.head
    return current


def _fronted_subject(token: Token, anchor: Token) -> bool:
    """'Following clashes with rebels, regime forces took control': the parser hangs the
    subject after the comma on the fronted phrase as a conjunct; the verb has no subject of
    its own, so that conjunct is it."""
    first = token
    while first.dep_ == "conj" and first.head.dep_ == "conj":
        first = first.head
    if first.dep_ != "conj" or first.head.dep_ != "pobj" or anchor.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return False
    before = first.left_edge.i - 1
    if before < 0 or first.doc[before].text != ",":
        return False
    top = first.head
    while top.head.i != top.i and top.head.i != anchor.i:
        top = top.head
    return top.head.i == anchor.i and top.dep_ == "prep" and top.i < token.i


def _fended_role(path: list[Token]) -> Role:
    """ "Y repelled an attack by X": Y (the subject) was attacked, X (the act's own agent)
    attacked; told in the passive ("X were repelled by Y"), the other way round."""
    edge = path[-1]
    if edge.dep_ == "nsubj":
        return Role.PATIENT
    if edge.dep_ == "nsubjpass":
        return Role.AGENT  # "the fighters were repelled by troops": the repelled attacked
    if edge.dep_ == "agent":
        return Role.PATIENT  # ... and the troops were attacked
    if edge.dep_ == "dobj" and any(
        t.dep_ in ("agent", "poss", "compound") or (t.dep_ == "prep" and t.lower_ in AGENT_PREPS)
        for t in path[:-1]
    ):
        return Role.AGENT
    return _role_from_edge(path)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _path_to(token: Token, target: Token) -> list[Token] | None:
    """Tokens from `token` up to (not including) `target`, or None if not a descendant."""
    path = [token]
    current = token
    while current.head.i != current.i:
        if current.head.i == target.i:
            return path
        current = current.head
        path.append(current)
    return None


def _role_from_edge(path: list[Token]) -> Role:
    """Decide from the edge that joins the path to the trigger (the last element)."""
    if _placed_weapon(path):
        return Role.AGENT
    edge = path[-1]
    dep = edge.dep_
    if dep == "nsubj" and (gapped_passive(edge.head) or headline_passive(edge.head)):
        return Role.PATIENT
    if dep in ("nsubj", "poss", "compound", "amod", "nmod"):
        return Role.AGENT
    if dep in ("agent",):
        return Role.AGENT
    if dep in ("dobj", "nsubjpass", "attr", "pobj", "dative"):
        return Role.PATIENT
    if dep == "prep":
        return _prep_role(edge, path)
    return Role.NONE


# Verbs of harm that take an object when active: without one, joined to a passive, they
# are passive too ("and several policemen wounded").
TAKES_AN_OBJECT = frozenset({
    "kill", "wound", "injure", "hurt", "shoot", "abduct", "kidnap", "arrest", "detain",
    "beat", "torture", "capture", "displace", "maim", "stab",
})  # fmt: skip


def gapped_passive(verb: Token) -> bool:
    """'A civilian was killed and several policemen wounded': a participle joined to a passive
    verb, with no object or auxiliary of its own, shares its voice; its subject was hurt."""
    if verb.dep_ != "conj" or not _is_passive(verb.head):
        return False
    if verb.tag_ != "VBN" and verb.lemma_.lower() not in TAKES_AN_OBJECT:
        return False  # the parser may tag it a past tense: only a verb that needs an object
    return not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)


def _placed_weapon(path: list[Token]) -> bool:
    """ "the explosion of a mine planted by IS", "a bomb that the rebels had laid": the mention
    is who placed or fired the weapon, in a clause on a noun between it and the trigger."""
    for inner, clause in zip(path, path[1:], strict=False):
        if clause.dep_ not in ("relcl", "acl"):
            continue
        if inner.dep_ in ("agent", "nsubj") and clause.lemma_ in PLACING_VERBS:
            return True
    return False


def _prep_role(prep: Token, path: Sequence[Token] = ()) -> Role:
    word = prep.lower_
    if word == "from" and _nested_under_a_place(path):
        return Role.NONE  # "kidnapped from a camp for displaced people": where from, not who
    if word in AGENT_PREPS:
        return Role.AGENT
    if word in PATIENT_PREPS:
        return Role.PATIENT
    if word in PARTNER_PREPS:
        return Role.PARTNER
    if word == "between":
        return _between_role(prep, path)
    return Role.NONE


def _nested_under_a_place(path: Sequence[Token]) -> bool:
    """The mention hangs on the noun 'from' takes ('a camp for displaced people', 'the home
    of a farmer'), not on 'from' itself ('fire from the rebels')."""
    return len(path) > 2 and path[-2].lemma_.lower() in SOURCE_PLACES and path[-2] is not path[0]


# Places people are taken or driven from ("abducted from a camp for displaced people")
SOURCE_PLACES = frozenset({
    "camp", "home", "house", "village", "town", "area", "school", "church", "mosque",
    "market", "prison", "hospital", "farm", "compound", "residence", "site", "shelter",
    "settlement", "neighbourhood", "neighborhood", "community", "dormitory", "hostel",
})  # fmt: skip


def _between_role(prep: Token, path: Sequence[Token]) -> Role:
    """ "clashes between Turkish forces and allied factions against YPG fighters": the pair
    joined by 'between' is one side, the one after 'against' the other."""
    if any(t.lower_ == "against" for t in path):
        return Role.PATIENT
    if any(t.lower_ == "against" and t.dep_ == "prep" for t in prep.subtree):
        return Role.AGENT
    return Role.PAIR


def _subordinate_act(anchor: Token, verb: Token) -> bool:
    """'Officers arrived at the scene after the man had been beaten to death': an act told in
    an adverbial clause with a subject of its own (or passive) is not done by the main
    clause's subject, who only arrived, responded or fled around it."""
    if anchor.dep_ != "advcl" or anchor.head.i != verb.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)


def _role_via_clause(token: Token, anchor: Token) -> Role:
    """The trigger hangs from a verb ("clashes erupted", "came under fire"): use that verb."""
    verb = governing_verb(anchor)
    if verb is None or verb.lemma_ in SAY_VERBS:
        return Role.NONE
    path = _path_to(token, verb)
    if path is None:
        return Role.NONE
    edge = path[-1]
    if edge.dep_ == "nsubj" and _subordinate_act(anchor, verb):
        return Role.BYSTANDER
    if edge.dep_ == "nsubj" and passive_gerund_of_time(anchor, verb):
        return Role.PATIENT  # "police escaped after being ambushed by the militants"
    if edge.dep_ == "nsubj" and anchor.dep_ == "conj":
        # "protesters blocked roads and threw stones": conjoined verbs share the subject.
        return Role.AGENT
    if edge.dep_ == "nsubj" and one_sided_gerund_of_time(anchor, verb):
        return Role.AGENT  # "soldiers burned the houses after raiding the village"
    if edge.dep_ == "nsubj" and anchor.dep_ in ("dobj", "pobj", "prep", "npadvmod", "attr"):
        # "X launched an attack on Y" / "Y came under attack": subject of the light verb;
        # "Y repelled an attack by X": the one who fends the act off is its target.
        return Role.PATIENT if _undergoes(verb) or _fends_off(verb) else Role.AGENT
    if edge.dep_ == "nsubjpass":
        # "a policeman was arrested after shooting dead a politician": the gerund's subject
        return Role.AGENT if controlled_gerund(anchor, verb) else Role.PATIENT
    if edge.dep_ == "dobj" and anchor.dep_ == "nsubj" and anchor.head.i == verb.i:
        # "a roadside bomb struck an army convoy": the act is the subject, its object the target.
        return Role.PATIENT
    if edge.dep_ == "prep":
        return _prep_role(edge, path)
    if edge.dep_ == "agent":
        return Role.AGENT
    return Role.NONE


def _undergoes(verb: Token) -> bool:
    """Light verbs whose subject suffers the act: 'came under fire', 'faced attacks'."""
    return verb.lemma_ in ("come", "face", "suffer", "sustain", "endure", "be", "remain")


def _fends_off(verb: Token) -> bool:
    return verb.lemma_ in FENDING_VERBS


def governing_verb(anchor: Token) -> Token | None:
    """The nearest verb above a nominal trigger ("came under fire" -> came)."""
    current = anchor
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None
