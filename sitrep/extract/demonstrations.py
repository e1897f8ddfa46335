"""What a demonstration's words tell, read off the parse of one trigger.

ACLED's definitions: burning an effigy or a flag is a peaceful protest, not a riot; the acts a
protest is about (its grievance) are not its own acts; 'engaged in a debate' is no battle; and
state forces who stop, obstruct or remove a demonstration intervene in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.actors import ActorMention
from sitrep.extract.arguments import Role, place_span, role_of
from sitrep.extract.triggers import Trigger

# Things burnt as a symbol of protest (an effigy, a flag, a copy of a law), not as violence.
SYMBOLS = frozenset({
    "effigy", "effigies", "flag", "copy", "copies", "picture", "photo", "photograph",
    "portrait", "poster", "banner", "placard", "uniform", "shirt", "book", "document",
    "letter", "bill", "coffin", "image", "symbol", "mask", "newspaper", "card", "notice",
})  # fmt: skip
BURNING_LEMMAS = frozenset({"burn", "torch", "set", "fire", "ablaze", "on", "bonfire"})
# Prepositions and nouns that introduce what a demonstration is about or what it answers.
GRIEVANCE_PREPS = frozenset({
    "against", "over", "after", "following", "for", "about", "regarding", "concerning",
    "amid", "amidst",
})  # fmt: skip
ANSWER_NOUNS = frozenset({"response", "reaction", "retaliation", "protest", "solidarity"})
GRIEVANCE_VERBS = frozenset({
    "protest", "condemn", "denounce", "decry", "oppose", "criticize", "criticise", "demand",
    "mourn", "commemorate", "reject", "mark", "remember", "honour", "honor",
})  # fmt: skip
# Links a grievance phrase is built from ("the arrest and torture of a member by police").
INSIDE_A_PHRASE = frozenset({
    "pobj", "prep", "conj", "compound", "nmod", "amod", "acl", "relcl", "poss", "appos",
    "dobj", "agent", "nsubjpass", "cc", "npadvmod", "pcomp",
})  # fmt: skip
# What one engages in when it is a fight.
FIGHT_NOUNS = frozenset({
    "battle", "fight", "fighting", "clash", "combat", "skirmish", "gunfight", "firefight",
    "shootout", "exchange", "confrontation", "scuffle", "violence", "hostility", "war",
    "warfare", "fistfight", "brawl", "shoot", "shoot-out", "gunbattle", "fire", "gunfire",
})  # fmt: skip
# Who or what state forces stop when they intervene in a demonstration.
DEMONSTRATION_NOUNS = frozenset({
    "protest", "rally", "march", "demonstration", "procession", "sit-in", "blockade",
    "gathering", "meeting", "program", "programme", "movement", "strike", "picket", "vigil",
    "protester", "protestor", "demonstrator", "marcher", "student", "worker", "activist",
    "crowd", "people", "member", "resident", "participant", "teacher", "farmer", "supporter",
    "youth", "villager", "trader", "driver", "them", "agitator", "employee", "leader",
    "local", "mourner",
})  # fmt: skip
STATE_INTERS = frozenset({1, 8})
# Blocking a road, and what a road is blocked with when the blocking is violent.
BLOCKING = frozenset({"block", "blockade", "barricade", "obstruct", "close"})
BARRICADES = frozenset({
    "log", "trunk", "tree", "stone", "rock", "boulder", "tyre", "tire", "vehicle", "truck",
    "lorry", "bus", "trailer", "tractor", "debris", "branch", "barricade", "bonfire", "sack",
    "drum", "brick", "wood", "timber", "barrel", "pole", "car", "fire",
})  # fmt: skip


def symbolic_burning(doc: Doc, trigger: Trigger) -> bool:
    """'burned an effigy of the minister', 'set the flag on fire': what burns is a symbol."""
    if trigger.cue != "riot":
        return False
    words = {t.lemma_.lower() for t in doc[trigger.start : trigger.end]}
    if not words & BURNING_LEMMAS:
        return False
    burnt = _burnt(doc, trigger)
    return bool(burnt) and all(t.lemma_.lower() in SYMBOLS or t.lower_ in SYMBOLS for t in burnt)


def barricaded(doc: Doc, trigger: Trigger) -> bool:
    """'blocked the road with tree logs', 'used their trucks to block the highway': a road
    blocked with barricades, tyres, vehicles or other material (ACLED: a violent
    demonstration), not with the demonstrators' own bodies (a peaceful one)."""
    if trigger.cue != "protest_weak":
        return False
    verb = doc[trigger.head]
    if verb.lemma_.lower() not in BLOCKING:
        return False
    means = [o for p in verb.children if p.lower_ in ("with", "using") for o in p.children]
    user = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ == "use" else None
    if user is not None:
        means += [c for c in user.children if c.dep_ == "dobj"]
    barricades = any(m.lemma_.lower() in BARRICADES for n in means for m in (n, *n.conjuncts))
    return barricades and not TOLD_PEACEFUL.search(verb.sent.text)


# A blockade the report calls peaceful ('police said the blockades were peaceful') is one.
TOLD_PEACEFUL = re.compile(r"\b(?:peaceful(?:ly)?|without incident|no incidents?)\b", re.I)


# Who blocks a road as a force, not as a crowd: state forces, rebels, militias, foreign forces.
ARMED_INTERS = frozenset({1, 2, 3, 8})


def blocked_with_a_purpose(doc: Doc, trigger: Trigger, actors: Sequence[ActorMention]) -> bool:
    """'residents blocked the roads to prevent trash trucks from dumping waste': people who
    block a road or an entrance to get something done protest (ACLED: a peaceful protest
    when no violence is told); a force blocking a road ('police blocked the road to stop the
    march') does not."""
    if trigger.cue != "protest_weak":
        return False
    verb = doc[trigger.head]
    if verb.lemma_.lower() not in BLOCKING or verb.pos_ != "VERB":
        return False
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    if not any(a.dep_ == "aux" and a.lower_ == "to" for p in purposes for a in p.children):
        return False
    return not any(_agent_of(doc, m, verb) for m in actors if m.actor.inter in ARMED_INTERS)


def _agent_of(doc: Doc, mention: ActorMention, verb: Token) -> bool:
    where = place_span(doc, mention.span.start, mention.span.end)
    return where is not None and role_of(doc, where, verb.i) is Role.AGENT


# Verbs whose object is a demonstration held: its name, however capitalised, tells one.
HOLDING = frozenset({
    "hold", "stage", "carry", "organise", "organize", "join", "attend", "lead", "take",
})  # fmt: skip


def demonstration_held(doc: Doc, trigger: Trigger) -> bool:
    """'carried out an LGBT Pride March', 'took part in the Women's March': a demonstration's
    name that is what people held or joined tells the demonstration."""
    if trigger.cue != "protest":
        return False
    noun = doc[trigger.head]
    governor = noun.head
    if noun.dep_ == "pobj":
        governor = governor.head  # "took part in", "joined in"
        if governor.lemma_.lower() == "part":
            governor = governor.head
    elif noun.dep_ != "dobj":
        return False
    return governor.pos_ == "VERB" and governor.lemma_.lower() in HOLDING


def _burnt(doc: Doc, trigger: Trigger) -> list[Token]:
    head = doc[trigger.head]
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ != "ROOT":
        verb = verb.head  # "set tyres on fire": the verb 'set' holds the object
        if verb.i < trigger.start - 6:
            break
    objects = [c for c in (*head.children, *verb.children) if c.dep_ in ("dobj", "nsubjpass")]
    of = [o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    found = (objects + of) or _burning_named_on(head)
    return [g for t in found for g in (t, *t.conjuncts)]


def _burning_named_on(head: Token) -> list[Token]:
    """With no object told: 'burning effigies of the minister', 'staged an effigy burning'
    (the burning word hangs on what burns), 'a flag burning' (what burns qualifies it)."""
    if head.dep_ in ("amod", "acl"):
        return [head.head]
    return [c for c in head.children if c.dep_ == "compound" and c.i < head.i]


def about_the_grievance(doc: Doc, trigger: Trigger) -> bool:
    """In a protest sentence, the act is what the protest is about or answers: 'against the
    vandalism and burning of a truck', 'calling for justice for a man killed by a mob',
    'in response to clashes between clans', 'amid clashes (coded separately)'."""
    return in_the_grievance(doc[trigger.head]) or _answered_clause(doc[trigger.head])


# Words that open a clause telling what a demonstration answers ('after a man was kicked').
ANSWER_MARKS = frozenset({"after", "following", "because", "since", "wherein"})
PROTEST_VERBS = frozenset({
    "protest", "demonstrate", "march", "rally", "gather", "picket", "strike", "assemble",
    "boycott",
})  # fmt: skip
PROTEST_NOUNS = frozenset({
    "protest", "demonstration", "rally", "march", "sit-in", "strike", "vigil", "procession",
    "picket", "gathering",
})  # fmt: skip


def _answered_clause(token: Token) -> bool:
    """'carried out a protest against police brutality, after a man was kicked by security
    agents', 'a demonstration was staged, wherein a civilian was assaulted by police': a
    clause hung on the demonstration's verb by 'after', 'because' or 'wherein', told in the
    passive or the past perfect ('after police had shot a student'), is what the
    demonstration answers ('marched, burning tyres after police came' stays the crowd's)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "was pinned to the ground and kicked"
    before = any(c.dep_ == "auxpass" or c.lower_ == "had" for c in token.children)
    if token.dep_ != "advcl" or not before:
        return False
    marks = {c.lower_ for c in token.children if c.dep_ in ("mark", "advmod")}
    return bool(marks & ANSWER_MARKS) and _demonstrating(token.head)


def _demonstrating(verb: Token) -> bool:
    if verb.lemma_.lower() in PROTEST_VERBS:
        return True
    if any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in PROTEST_VERBS for c in verb.children
    ):
        return True  # "boycotted work after ...", misparsed as a noun the verb modifies
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(h.lemma_.lower() in PROTEST_NOUNS for h in held)


def in_the_grievance(token: Token, *, preps: bool = True) -> bool:
    """The token lies in the phrase that tells what a protest is about or answers (without
    `preps`, only in what it demands, condemns or rejects: 'demanded the resignation of X')."""
    for _ in range(10):
        head = token.head
        if head.i == token.i or token.dep_ not in INSIDE_A_PHRASE:
            return False
        if token.dep_ == "acl" and token.tag_ == "VBD":
            return False  # a past tense hung on a noun is a main clause misparsed
        if preps and token.dep_ == "pobj" and _grievance_prep(head):
            return True
        if token.dep_ == "dobj" and head.lemma_.lower() in GRIEVANCE_VERBS:
            return True
        if token.dep_ in ("dobj", "conj") and head.pos_ in ("VERB", "AUX"):
            return False  # a clause's own object or a further act: not inside a phrase
        token = head
    return False


# Nouns that name an act as the place of a protest ('demonstrated at the scene of the attack').
SCENE_NOUNS = frozenset({"scene", "site"})


def _grievance_prep(prep: Token) -> bool:
    if prep.lower_ in GRIEVANCE_PREPS:
        return True
    if prep.lower_ == "of" and prep.head.lemma_.lower() in SCENE_NOUNS:
        return True  # "protested at the scene of the attack": the act is where, not theirs
    return prep.lower_ == "to" and prep.head.lemma_.lower() in ANSWER_NOUNS


def idle_engagement(doc: Doc, trigger: Trigger) -> bool:
    """'engaged in a verbal argument', 'were engaged in the protests': to engage in anything
    but a fight is no fight."""
    head = doc[trigger.head]
    if trigger.cue != "fight" or head.lemma_.lower() != "engage":
        return False
    engaged_in = [
        o for p in head.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"
    ]
    fought = any(t.lemma_.lower() in FIGHT_NOUNS for o in engaged_in for t in o.subtree)
    return bool(engaged_in) and not fought


def stopped_by_the_state(doc: Doc, trigger: Trigger, actors: Sequence[ActorMention]) -> bool:
    """'Police obstructed the rally', 'security forces removed the protesters': a state force
    is who stops, removes or holds back (the demonstration must be told elsewhere)."""
    head = doc[trigger.head]
    if not _stops_a_crowd(head):
        return False  # "a lockdown ordered to prevent the spread of the virus"
    for mention in actors:
        if mention.actor.inter not in STATE_INTERS:
            continue
        where = place_span(doc, mention.span.start, mention.span.end)
        if where is None:
            continue
        doer = head.head if head.dep_ == "xcomp" else head  # "used force to stop the march"
        subject = doc[where.root].dep_ == "nsubj" and doc[where.root].head.i in (head.i, doer.i)
        if subject or role_of(doc, where, head.i) is Role.AGENT:
            return True  # ('foiled' is no fending off here: the subject foils)
    return False


def _stops_a_crowd(verb: Token) -> bool:
    """What is stopped is a demonstration or people: 'stopped the rally', 'removed them',
    'used force against locals', 'used force to stop the protest'."""
    stopped = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_.lower() == "use":  # "used force": against whom, or to stop what
        after = verb.doc[verb.i + 1 : min(verb.i + 9, verb.sent.end)]
        stopped = [t for t in after if t.dep_ in ("pobj", "dobj") and t.lower_ != "force"]
    return any(
        t.lemma_.lower() in DEMONSTRATION_NOUNS or t.lower_ in DEMONSTRATION_NOUNS
        for o in stopped
        for t in (o, *o.conjuncts)
    )


# People named by their bond to someone: what was done to that someone is who they are.
KIN = frozenset({
    "relative", "family", "friend", "parent", "mother", "father", "widow", "wife", "husband",
    "son", "daughter", "brother", "sister", "colleague", "classmate", "neighbour", "neighbor",
    "kin", "sibling", "child", "fellow",
})  # fmt: skip
CLAUSES_ON_A_NOUN = frozenset({"relcl", "acl", "amod"})


def describes_the_crowd(doc: Doc, trigger: Trigger) -> bool:
    """'Relatives and friends of a man who was killed by police marched', 'relatives of two
    sisters detained for fraud protested': an act told in a clause on the person whose kin
    protest says who the protesters are, not what happened at the protest."""
    clause = doc[trigger.head]
    if clause.dep_ not in CLAUSES_ON_A_NOUN:
        return False
    person = clause.head
    while person.dep_ == "conj" and person.head.i != person.i:
        person = person.head  # "of a man and a woman killed"
    of = person.head
    if person.dep_ != "pobj" or of.lower_ != "of" or of.i == 0:
        return False
    return doc[of.i - 1].lemma_.lower() in KIN  # parses often hang 'of' elsewhere: read the word
