"""Who did what to whom: the sides of the act a sentence tells.

actor1 and actor2 from syntax (towards the main trigger first, then the others), then by order
of mention; the sayer of a report is no side ('police said', 'a police spokesman said'); a
nationality on the act or the act fended off names the attacker; a pronoun subject takes the
last named actor, an agentless act the report's protagonist (not when the act is told apart
from the report's main one); an unnamed perpetrator is the group the report blames.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.annotate.words import span_words
from sitrep.extract.actors import ActorDictionary, ActorMention, actor_key
from sitrep.extract.arguments import ACT_NOUNS, Placed, Role, place_span, role_of
from sitrep.extract.arriving_targets import arriving_target
from sitrep.extract.attribution import SAY_VERBS
from sitrep.extract.claimed_acts import claims_own_act
from sitrep.extract.coref import held_responsible, last_named_before, protagonist
from sitrep.extract.cue_kinds import (
    ARMED_INTERS,
    CIVILIAN_INTER,
    CROWD_CUES,
    CROWD_WORDS,
    REMOTE_FIRE_CUES,
    VICTIM_WORDS,
    VIOLENT_CUES,
)
from sitrep.extract.doctext import doc_text
from sitrep.extract.modality import asked_after, verbal_anchor
from sitrep.extract.party_members import without_party_crowds
from sitrep.extract.remains import found
from sitrep.extract.speakers import SPOKESPEOPLE
from sitrep.extract.targets_again import target_named_again
from sitrep.extract.triggers import Trigger
from sitrep.model import Span

# Acts with two armed sides: an unnamed side is the report's protagonist ("the IS attacks").
TWO_SIDED = frozenset({"fight", "attack"})


# Facilities a force's word may modify ("police station"): the word names a place, no agent.
FACILITY_NOUNS = frozenset({
    "station", "base", "checkpoint", "headquarters", "headquarter", "barracks", "post", "outpost",
    "compound", "academy", "hospital", "office", "building", "depot", "facility", "installation",
    "airbase", "airport", "camp", "garrison", "prison", "jail", "school", "college",
})  # fmt: skip


# Verbs whose subject blames another for the act: a source, no party ("police blame X").
BLAMING_VERBS = frozenset({"blame", "accuse"})


# Prepositions that tell whom a side belongs to or where it comes from.
ORIGIN_PREPS = frozenset({"of", "from"})


# Nouns for an organisation that, definite and bare ("the group"), refer back to one named.
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "outfit", "movement", "faction"})


# What a fight leaves its casualties: "leaving 15 people injured", "left two dead".
LEFT_HURT = frozenset({"injured", "injure", "hurt", "wounded", "wound", "dead", "killed", "kill"})


def participants(
    sent: SpacySpan,
    main: Trigger,
    heads: Sequence[int],
    dictionary: ActorDictionary | None,
    cues: frozenset[str],
    actors: Sequence[ActorMention],
    document_actors: Sequence[ActorMention],
) -> tuple[ActorMention | None, ActorMention | None, bool]:
    """actor1, actor2, and whether actor1 was inferred from the rest of the report."""
    doc = sent.doc
    taking_part = [m for m in without_party_crowds(doc, actors) if not _is_source(doc, m, heads)]
    actor1, actor2 = _roles(
        doc, taking_part, heads, crowd_acts=bool(cues & CROWD_CUES), fight="fight" in cues
    )
    actor1, actor2 = _speaker_as_agent(doc, main, actor1, actor2, document_actors)
    asked = asked_after(doc[main.head])
    if asked is not None:  # "police are investigating who carried out the bombing"
        inside = range(asked.left_edge.idx, asked.right_edge.idx + len(asked.right_edge))
        actor1 = actor1 if actor1 is not None and actor1.span.start in inside else None
        actor2 = actor2 if actor2 is not None and actor2.span.start in inside else None
        return actor1, actor2, False
    if actor1 is None and actor2 is None:  # "The convoy was hit by a bomb": the army's
        actor2 = target_named_again(doc, main, document_actors)
    inferred = False
    if actor1 is None and dictionary is not None:
        actor1 = _national_attacker(doc, main, dictionary, actor2, heads)
    if actor1 is None or (actor1.generic and actor1.kind == "armed_group"):
        blamed = _blamed(doc, cues, actor2, document_actors)
        if blamed is not None:
            return blamed, actor2, actor1 is None
    if actor1 is None:
        actor1, inferred = _implicit_agent(doc, main, actor2, document_actors)
        if inferred and actor1 is not None and _crowd_not_force(doc, main, cues, actor1):
            actor1, inferred = None, False  # an unnamed crowd: no rebels or troops protest
    if actor2 is None and main.cue in TWO_SIDED and actor1 is not None and not victims_named(sent):
        actor2 = protagonist(document_actors, unlike=actor1)
        if _who_the_unknown_attackers_may_be(main, actor1, actor2) or _the_sides_own(
            doc, actor2, actor1, actors
        ):
            actor2 = None
    return actor1, actor2, inferred


def _who_the_unknown_attackers_may_be(
    main: Trigger, actor1: ActorMention, other: ActorMention | None
) -> bool:
    """'Unknown gunmen shot at a vehicle ... Possible connection with Al Shabaab': beside
    unidentified attackers, the armed group the report names elsewhere is who they may be,
    not whom they attacked."""
    if other is None or main.cue != "attack" or other.actor.inter not in (2, 3, 4):
        return False
    return actor1.generic and actor1.kind == "armed_group"


def _blamed(
    doc: Doc,
    cues: frozenset[str],
    actor2: ActorMention | None,
    document_actors: Sequence[ActorMention],
) -> ActorMention | None:
    """An unnamed perpetrator of violence is the armed group the report blames for it ('a
    bomb went off ... The attack was blamed on al-Shabaab')."""
    if not cues & VIOLENT_CUES or cues & CROWD_CUES:
        return None
    blamed = held_responsible(doc_text(doc), document_actors)
    if blamed is None or not _differs(blamed, actor2):
        return None
    return blamed


def _organised_force(mention: ActorMention) -> bool:
    return mention.actor.inter in (1, 2, 8)


def _crowd_not_force(doc: Doc, main: Trigger, cues: frozenset[str], actor: ActorMention) -> bool:
    """An armed actor inferred from the report is not the unnamed crowd of a protest, nor of
    an act named by its crowd ('riots broke out ...')."""
    if "protest" in cues:
        return _organised_force(actor)
    return doc[main.head].lemma_.lower() in CROWD_WORDS and actor.actor.inter in ARMED_INTERS


def _national_attacker(
    doc: Doc,
    main: Trigger,
    actors: ActorDictionary,
    actor2: ActorMention | None,
    heads: Sequence[int] = (),
) -> ActorMention | None:
    """'A Russian missile strike', 'Israeli airstrikes': a nationality on the act (or on
    its weapon) names that state's forces as the attacker."""
    head = doc[main.head]
    inside = doc[main.start : main.end]
    weapon_words = [c for t in inside for c in t.children if c.i < main.start]
    fended = [  # "repelled a Russian assault": the act fended off names its attacker, also
        # beside the fighting it was part of ("fighting near X, where they repelled ...")
        c
        for h in dict.fromkeys((main.head, *heads))
        for t in doc[h].children
        if t.dep_ == "dobj" and t.lemma_ in ACT_NOUNS
        for c in t.children
    ]
    for token in (*inside, *head.children, *weapon_words, *fended):
        if token.dep_ not in ("amod", "compound", "nmod") or token.pos_ not in ("ADJ", "PROPN"):
            continue
        actor = actors.resolve(f"{token.text} forces", country=None)
        if actor is not None and actor.inter in (1, 8) and _differs_actor(actor.name, actor2):
            span = Span(start=token.idx, end=token.idx + len(token), text=token.text)
            return ActorMention(span=span, actor=actor, kind="military", generic=True)
    return None


def _differs_actor(name: str, other: ActorMention | None) -> bool:
    return other is None or other.actor.name != name


def _is_source(doc: Doc, mention: ActorMention, heads: Sequence[int] = ()) -> bool:
    """The subject of a verb of saying or blaming is who reports the event, not who takes
    part, unless the event is told in its own relative clause ("police who arrested two men
    said ...")."""
    where = place_span(doc, mention.span.start, mention.span.end)
    if where is None:
        return False
    root = doc[where.root]
    while root.dep_ == "appos" and root.head.i != root.i:
        root = root.head  # "The Rapid Support Forces (RSF) accused ...": the name's short form
    if any(c.dep_ == "relcl" and c.i in heads for c in root.children):
        return False
    if root.dep_ == "nsubj" and claims_own_act(root, heads):
        return False  # "regime forces claimed to have destroyed three IS vehicles"
    return _says(root) or _says(_speaker_named_by(root))


def _says(token: Token | None) -> bool:
    """The subject of a verb of saying or of blaming ('police blame Al Shabaab')."""
    if token is None or token.dep_ != "nsubj":
        return False
    return token.head.lemma_ in SAY_VERBS | BLAMING_VERBS


# People who speak for a body: the body named on them only tells who speaks.
SPEAKER_NOUNS = SPOKESPEOPLE | {
    "wing", "office", "command", "administration", "authority", "authorities",
}  # fmt: skip


def _speaker_named_by(word: Token) -> Token | None:
    """'A police spokesman said', 'Police spokesman Ali Musa said', 'the military's media wing
    said': the speaker the force's word modifies (through the compound or the possessive),
    else None."""
    spoke = False
    while word.dep_ in ("compound", "poss") and word.head.i != word.i:
        word = word.head  # "the military's media wing said": whose wing speaks
        spoke = spoke or word.lemma_.lower() in SPEAKER_NOUNS
    return word if spoke else None


def _implicit_agent(
    doc: Doc, main: Trigger, actor2: ActorMention | None, document_actors: Sequence[ActorMention]
) -> tuple[ActorMention | None, bool]:
    """A pronoun subject takes the last named actor; an agentless act, the report's protagonist."""
    anchor = verbal_anchor(doc[main.head])
    # the act itself as subject ("a shoot-out broke out", "clashes erupted") names no agent,
    # and who found the remains ("police said they had found the bodies") did not kill
    subjects = [c for c in anchor.children if c.dep_ == "nsubj" and c.i != main.head]
    if found(doc[main.head]) is not None:
        subjects = []
    if subjects and subjects[0].pos_ == "PRON":
        speaker = _speaker_of(anchor, document_actors)
        if speaker is not None and _differs(speaker, actor2):
            return speaker, False
    if subjects and (subjects[0].pos_ == "PRON" or _definite_group(subjects[0])):
        position = doc[main.start].sent.start_char
        return last_named_before(document_actors, position, unlike=actor2), False
    if subjects or _told_apart(doc[main.start].sent):
        return None, False
    if main.cue not in TWO_SIDED and doer_unknown(doc_text(doc)):  # a fight has two sides
        return None, False
    return protagonist(_acting(doc, main, document_actors, actor2), unlike=actor2), True


# The report says no one knows who did its acts: "it is not known who fired the shells", "it
# was unclear who was behind the blast", "no group has claimed responsibility".
_DOER_UNKNOWN = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:known|clear)|unknown|unclear)\s+who\s+(?:\w+\s+){0,2}?"
    r"(?:fir|carr|launch|plant|attack|shoot|shot|detonat|behind|responsib)\w*"
    r"|\bno\s+(?:group|one|organi[sz]ation|faction)\s+(?:has|had|have)\s+(?:yet\s+)?"
    r"(?:claimed|taken|accepted)\s+(?:responsibility|credit)",
    re.IGNORECASE,
)


def doer_unknown(text: str) -> bool:
    """Whether the report says its acts' doer is unknown: then an act told with no doer is
    not the report's most named side's (`protagonist`), whoever the report names most."""
    return _DOER_UNKNOWN.search(text) is not None


def _acting(
    doc: Doc,
    main: Trigger,
    document_actors: Sequence[ActorMention],
    actor2: ActorMention | None,
) -> Sequence[ActorMention]:
    """'A driver was shot dead ..., the National Civil Police said': a force named only as
    who reports a killing of civilians is its source, not its unnamed perpetrator (a report
    of militants killed, told by the army, still makes the army their adversary). So is a
    state force that reports fire coming in at no named side ('Rockets were fired at Sderot,
    the military said'); fire on a side it names ('air strikes hit rebel positions, the army
    said') is told by the side that fires, and an armed group telling of fire claims it."""
    if actor2 is None and _incoming_fire(doc, main):
        return [m for m in document_actors if not (_is_source(doc, m) and _a_state(m))]
    if actor2 is None or actor2.actor.inter != CIVILIAN_INTER:
        return document_actors
    return [m for m in document_actors if not _is_source(doc, m)]


def _a_state(mention: ActorMention) -> bool:
    """A state's forces, at home or abroad (an armed group that tells of fire claims it)."""
    return mention.actor.inter in (1, 8)


# Verbs that tell remote fire arriving with the weapon as subject.
ARRIVING_VERBS = frozenset({
    "fire", "launch", "land", "fall", "hit", "strike", "slam", "rain", "crash", "target",
})  # fmt: skip


def _incoming_fire(doc: Doc, main: Trigger) -> bool:
    """'Rockets were fired at Ashkelon', 'Shells fell on the market', 'A missile hit Kyiv':
    the weapon is the subject of its own firing or landing and no one is named firing it."""
    weapon = doc[main.head]
    if main.cue not in REMOTE_FIRE_CUES or weapon.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = weapon.head
    agents = [c for c in verb.children if c.dep_ == "agent"]
    return verb.lemma_.lower() in ARRIVING_VERBS and not agents


# Words that open the telling of another incident than the report's main one.
TOLD_APART = re.compile(
    r"^\W*(separately|elsewhere|in (a|another) (separate )?(incident|attack|development)|"
    r"in an(other)? (unrelated|separate) (incident|attack))\b",
    re.IGNORECASE,
)


def _told_apart(sent: SpacySpan) -> bool:
    """'Separately, a bomb struck a bus near Kaya': an act told apart from the report's main
    one is not its protagonist's unless the sentence says so."""
    return TOLD_APART.search(sent.text) is not None


def _speaker_of(verb: Token, document_actors: Sequence[ActorMention]) -> ActorMention | None:
    """'The army said it repelled the assault': the pronoun subject of what a party says it
    did is that party."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAY_VERBS:
        return None
    said_by = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if not said_by:
        return None
    start, end = said_by[0].left_edge.idx, said_by[0].idx + len(said_by[0])
    return next((m for m in document_actors if start <= m.span.start and m.span.end <= end), None)


def _speaker_as_agent(
    doc: Doc,
    main: Trigger,
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    document_actors: Sequence[ActorMention],
) -> tuple[ActorMention | None, ActorMention | None]:
    """'The militants said they took control of the town after the troops fled': the pronoun
    subject of the act a party says it did is that party, before any side another clause of
    the sentence names (which then is the other side, unless it is the party itself)."""
    if actor1 is None:
        return actor1, actor2  # the agentless case is read later (_implicit_agent)
    anchor = verbal_anchor(doc[main.head])
    subjects = [c for c in anchor.children if c.dep_ == "nsubj" and c.i != main.head]
    if not subjects or subjects[0].pos_ != "PRON" or subjects[0].lower_ not in ("they", "it"):
        return actor1, actor2
    speaker = _speaker_of(anchor, document_actors)
    if speaker is None or not _differs(speaker, actor1):
        return actor1, actor2
    other = actor1 if actor2 is None or not _differs(speaker, actor2) else actor2
    return speaker, other if _differs(speaker, other) else None


def _definite_group(noun: Token) -> bool:
    """'The group then attacked': a definite bare noun for an organisation refers back."""
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    extra = [c for c in noun.children if c.dep_ not in ("det", "punct")]
    return noun.lemma_.lower() in GROUP_NOUNS and dets in (["the"], ["this"]) and not extra


def victims_named(sent: SpacySpan) -> bool:
    """The sentence names unarmed victims or property: the other side is not an armed actor."""
    return any(lemma in VICTIM_WORDS for lemma in span_words(sent).lemmas)


# Phrases naming whom an act is for, not who takes part in it: 'in support of the students',
# 'in solidarity with the strikers', 'on behalf of the families', 'in memory of the victims'.
FOR_WHOM = frozenset({"support", "solidarity", "behalf", "memory", "honour", "honor"})


def _beneficiary(doc: Doc, where: Placed) -> bool:
    """A mention inside an 'in support of' phrase: whom the act is for."""
    token = doc[where.root]
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB":
            return False
        if ancestor.lemma_.lower() in FOR_WHOM and ancestor.head.lower_ in ("in", "on"):
            return True
    return False


def _roles(
    doc: Doc,
    actors: Sequence[ActorMention],
    heads: Sequence[int],
    *,
    crowd_acts: bool,
    fight: bool = False,
) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1 and actor2 from syntax (towards the main trigger first, then the others: the
    soldiers 'killed' when a bomb went off are its victims), then by order of mention."""
    placed = [(m, place_span(doc, m.span.start, m.span.end)) for m in actors]
    placed = [(m, where) for m, where in placed if not (where and _beneficiary(doc, where))]
    if fight:  # "clashed ..., leaving 15 people injured": the hurt are no side
        placed = [(m, where) for m, where in placed if not (where and _left_hurt(doc, where))]
    facilities = [m for m, where in placed if where is not None and _names_a_facility(doc, where)]
    by_role: dict[Role, list[ActorMention]] = {}
    rank: dict[int, tuple[int, int, int]] = {}
    for mention, where in placed:
        if where is not None:
            role, order = _first_role(doc, where, heads)
            by_role.setdefault(role, []).append(mention)
            rank[id(mention)] = (order, _indirect(doc, where), _allied_rank(mention))
    pairs = by_role.get(Role.PAIR, [])
    agents = [m for m in by_role.get(Role.AGENT, []) + pairs[:1] if m not in facilities]
    patients = by_role.get(Role.PATIENT, []) + by_role.get(Role.PARTNER, []) + pairs[1:]
    agents.sort(key=lambda m: rank[id(m)])
    patients.sort(key=lambda m: (rank[id(m)][0], rank[id(m)][2]))  # subjects rank agents only
    actor1 = _first_distinct(agents, None)
    actor2 = _first_distinct(patients, actor1)
    rest = [m for m, _ in placed if m is not actor1 and m is not actor2]
    # A mention that syntax made the object of a one-sided act never becomes the actor by
    # order of mention; in a fight the side that lost men is still a side ("two soldiers were
    # killed during clashes with militants"), and so is a partner ("clashes with").
    targets = [] if fight else by_role.get(Role.PATIENT, [])
    targets = targets + by_role.get(Role.BYSTANDER, [])
    targets += [m for m, where in placed if where and arriving_target(doc, where, heads)]
    agents_left = [
        m
        for m in rest
        if (crowd_acts or m.actor.inter != CIVILIAN_INTER)
        and m not in targets
        and m not in facilities
        and (not fight or _differs(m, actor2))  # no side fights itself ("FAMa repelled an
        # attack on the military camp"); a bomb may hurt its own side's men
    ]
    if actor1 is None and agents_left:
        actor1 = agents_left[0]
        rest.remove(actor1)
    if actor2 is None:
        if fight:  # "tribesmen from two families clashed": no side fights where it comes from
            rest = [m for m in rest if not _part_of_the_side(doc, m, actor1)]
            # "Residents fled as rebels and troops fought": an armed side before onlookers
            rest.sort(key=lambda m: m.actor.inter == CIVILIAN_INTER)
        actor2 = _first_distinct(rest, actor1)
    return actor1, actor2


def _left_hurt(doc: Doc, where: Placed) -> bool:
    """A fight's casualties, 'leaving 15 people injured' / 'left three people dead': the
    people the fight left hurt are no side of it."""
    root = doc[where.root]
    if root.dep_ != "dobj" or root.head.lemma_.lower() != "leave":
        return False
    return any(c.lemma_.lower() in LEFT_HURT for c in (*root.children, *root.head.children))


def _the_sides_own(
    doc: Doc, other: ActorMention | None, side: ActorMention, actors: Sequence[ActorMention]
) -> bool:
    """'fighters of al-Shabaab attacked a base': the group named inside the side's words is
    the side's own, never the one it fought."""
    if other is None:
        return False
    return any(m.actor.name == other.actor.name and _part_of_the_side(doc, m, side) for m in actors)


def _part_of_the_side(doc: Doc, mention: ActorMention, side: ActorMention | None) -> bool:
    """'tribesmen from two families clashed', 'fighters of al-Shabaab attacked': a mention
    inside the side's own words (or the words the side is named inside) tells who the side
    is or where it comes from, not who it acted on."""
    if side is None:
        return False
    where, own = (place_span(doc, m.span.start, m.span.end) for m in (mention, side))
    if where is None or own is None or where.root == own.root:
        return False
    return _nested(doc[where.root], own.root) or _nested(doc[own.root], where.root)


def _nested(token: Token, outer: int) -> bool:
    """The token is the object of 'of' or 'from' told of the noun at `outer` ('fighters of
    al-Shabaab', 'tribesmen from two families', 'members of a clan from Galgaduud')."""
    if token.dep_ != "pobj" or token.head.lower_ not in ORIGIN_PREPS:
        return False
    noun = token.head.head
    while noun.i != outer and noun.dep_ == "pobj" and noun.head.lower_ in ORIGIN_PREPS:
        noun = noun.head.head
    return noun.i == outer


def _names_a_facility(doc: Doc, where: Placed) -> bool:
    """A force's word that only modifies a facility ('a police station', 'an army base', 'a
    military checkpoint') names a place or a target, never the one who acts."""
    root = doc[where.root]
    span = doc.char_span(where.start, where.end, alignment_mode="expand")
    if span is not None and root.lemma_.lower() in FACILITY_NOUNS and root.i > span.start:
        return True  # the name reaches over the facility ("police station")
    head = root.head
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and head.i > root.i
        and head.lemma_.lower() in FACILITY_NOUNS
    )


def _indirect(doc: Doc, where: Placed) -> int:
    """0 for a clause's subject (or a conjunct of it), 1 for an agent told otherwise ('from
    the army'): 'Jihadists executed two prisoners from the army' - the subject acted."""
    token = doc[where.root]
    while token.head.i != token.i:
        if token.dep_ in ("conj", "compound", "nmod", "appos", "poss"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head  # "the fighters of the Olive Branch operation"
        else:
            break
    return 0 if token.dep_ in ("nsubj", "agent") or token.head.dep_ == "agent" else 1


def _allied_rank(mention: ActorMention) -> int:
    """Among sides in one role, state forces lead ('regime forces and loyalist militias':
    ACLED's actor1 is the state, its militia an ally), then named actors, then generic ones."""
    if mention.actor.inter in (1, 8):
        return 0
    return 2 if mention.generic else 1


def _first_role(doc: Doc, where: Placed, heads: Sequence[int]) -> tuple[Role, int]:
    """The role towards the first trigger (main first) that gives one, and its rank."""
    for rank, head in enumerate(heads):
        role = role_of(doc, where, head)
        if role is not Role.NONE:
            return role, rank
    return Role.NONE, len(heads)


def _first_distinct(
    mentions: Sequence[ActorMention], other: ActorMention | None
) -> ActorMention | None:
    for m in mentions:
        if _differs(m, other):
            return m
    return None


def _differs(a: ActorMention, b: ActorMention | None) -> bool:
    """Another actor: another name, or another crowd of people ('youths attacked traders':
    both are civilians until the crowd is cast as rioters)."""
    if b is None:
        return True
    if a.actor.name != b.actor.name:
        # a force's sub-unit is that force ("regime forces, including the Tiger Forces")
        return actor_key(a.actor.name) != actor_key(b.actor.name) or a.actor.inter != 1
    people = a.actor.inter == CIVILIAN_INTER and a.generic and b.generic
    return people and a.span.start != b.span.start
