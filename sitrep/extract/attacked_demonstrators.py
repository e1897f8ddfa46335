"""Demonstrators attacked by others: the demonstration suffers violence, it does none.

ACLED codes violence against a demonstration by people who are not its crowd as an
intervention in it, not as the demonstration turning violent: "unknown people attacked the
demonstrators", "counter-demonstrators beat people marching in the parade",
"a gang of youths pelted the marchers with stones" are a protest with intervention, and
when the attack kills or is made with guns or other weapons ("snipers opened fire on
protesters, killing one") it is excessive force against protesters, whoever the attackers are
(ACLED's codebook names non-state actors, rebels and counter-demonstrators among them).
The state's forces are left to the general rules (their force is an intervention unless the
crowd fights back), and so is an attack told beside the police's means (tear gas, batons),
unless the attackers are rioters; a fight between the two sides is a violent demonstration.
Who did the violence is read from the parse: its doers must be named, and none of them the
demonstrators ("student demonstrators set fire to the hall") or a pronoun that may stand for
them.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from spacy.tokens import Doc, Token

from sitrep.extract.crowds import group_members
from sitrep.extract.demonstrations import BLOCKING
from sitrep.extract.modality import verbal_anchor
from sitrep.extract.triggers import Trigger
from sitrep.taxonomy import SubEventType as S

RIOTERS, PROTESTERS = 5, 6
# The state's forces and foreign forces: their force on a crowd is read elsewhere.
STATE_INTERS = frozenset({1, 8})
# Acts of violence done to the crowd: an attack, or stones and missiles thrown at it.
VIOLENCE_CUES = frozenset({"attack", "riot"})
# The police's means against a crowd (tear gas, batons, rubber bullets): weapons told beside
# them (a tear-gas grenade) may be the police's.
CROWD_CONTROL = frozenset({"intervention"})
# Words for the demonstrators themselves, and pronouns that may stand for them.
DEMONSTRATORS = frozenset({
    "protester", "protestor", "demonstrator", "marcher", "striker", "picketer", "participant",
    "agitator",
})  # fmt: skip
GROUP_WORDS = frozenset({"group", "band", "number", "crowd", "section"})


def demonstrators_attacked(
    cues: Set[str],
    *,
    inter1: int | None,
    inter2: int | None,
    fatal: bool,
    weapons: bool,
    set_upon: bool,
) -> S | None:
    """The sub-event type when someone other than the crowd or the state (`inter1`) attacks
    the demonstrators (`inter2`), doers other than them named (`set_upon`): excessive force
    when the attack kills or is armed, intervention otherwise; None when the sentence tells
    no such attack."""
    if not set_upon or inter2 != PROTESTERS or inter1 is None or inter1 == PROTESTERS:
        return None
    if inter1 in STATE_INTERS or "fight" in cues or not cues & VIOLENCE_CUES:
        return None
    if cues & CROWD_CONTROL and inter1 != RIOTERS:
        return None  # the police's means told: the general rules read their intervention
    armed = weapons and not cues & CROWD_CONTROL
    return S.EXCESSIVE_FORCE if fatal or armed else S.PROTEST_WITH_INTERVENTION


def others_set_upon(doc: Doc, triggers: Sequence[Trigger]) -> bool:
    """The sentence's violence (an attack, stones thrown) names its doers, and none of them
    is a demonstrator or a pronoun (acts told without doers count neither way): 'unknown
    people attacked the demonstrators', 'the protesters were beaten by residents', 'a gang of
    youths who pelted them with stones'."""
    doers = [
        _doers(verbal_anchor(doc[t.head]))
        for t in triggers
        if t.cue in VIOLENCE_CUES and not _blockade(doc[t.head])
    ]  # a participle's act ('killing one', 'wounding 20') names none: it says nothing
    if any(_may_be_demonstrators(d) for named in doers for d in named):
        return False
    return any(doers)


def _blockade(verb: Token) -> bool:
    """'farmers blocked the highway with tractors': a road blocked is the demonstrators' own
    act, whoever the report names as doing it, not violence against demonstrators."""
    return verb.lemma_.lower() in BLOCKING


def _doers(verb: Token) -> list[Token]:
    """The subjects (a relative pronoun's noun) and the 'by' agent of a passive, with their
    conjuncts."""
    found = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            found.append(_antecedent(child))
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            found += [o for o in child.children if o.dep_ == "pobj"]
    return [group_members(c, GROUP_WORDS) for d in found for c in (d, *d.conjuncts)]


def _antecedent(subject: Token) -> Token:
    if subject.tag_ == "WP" and subject.head.dep_ == "relcl":
        return subject.head.head  # "a gang of youths who pelted them": the gang
    return subject


def _may_be_demonstrators(noun: Token) -> bool:
    return noun.pos_ == "PRON" or noun.lemma_.lower() in DEMONSTRATORS
