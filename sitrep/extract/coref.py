"""Actor coreference inside one report.

Two phenomena: definite descriptions of an armed group ("the group", "the militants") refer to
the named armed group last mentioned before them (forces told as "its forces" or "their
units" to the armed actor, state or not, named last before them); subject pronouns ("they
attacked") refer to the named actor last mentioned before the sentence. Indefinite generic
mentions ("gunmen", "a group of fighters") stay generic: the text does not say who they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorMention

ARMED_NON_STATE = frozenset({2, 3, 4, 8})
DEFINITE = re.compile(r"\b(the|these|those|its|their)\s+$", re.IGNORECASE)


HEDGE = re.compile(
    r"(?:\s+(?:and/or|or|and)\s+\w+)?"  # "warplanes and/or helicopters, likely ..."
    r"\s*,?\s*(?:most\s+)?(?:(?:linked|affiliated|loyal|belonging|tied|associated)\s+"
    r"(?:to|with)|"  # "insurgents linked to the Islamic State" are the group's
    r"(?:likely|probably|possibly|reportedly|allegedly|apparently)"
    r"(?:\s+to\s+be)?|(?:suspected|believed|thought|said) to be(?:\s+from)?|"
    r"suspected(?: of being)?|"
    r"whose\s+identity\s+(?:is|was)\s+(?:not\s+known|unknown|unclear),?\s+(?:if|whether)\s+"
    r"(?:they|it)\s+(?:were|was))"
    r"\s*(?:the\s+)?(?:(?:members?|fighters?|militants?|elements?|supporters?)\s+of\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def resolve_hedges(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """'Warplanes, likely regime or Russian' / 'gunmen suspected to be Boko Haram' / 'armed men
    believed to be members of al-Shabaab' / 'an armed group likely to be IS militants' /
    'insurgents linked to the Islamic State': the hedged identification, or the group's
    affiliation, names the actor; the generic word before it takes that actor."""
    out: list[ActorMention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and m.generic and not nxt.generic and _hedged(text, m, nxt):
            out.append(replace(m, actor=nxt.actor, generic=False))
            skip.add(i + 1)
            continue
        out.append(m)
    return out


def _hedged(text: str, first: ActorMention, second: ActorMention) -> bool:
    between = text[first.span.end : second.span.start]
    return HEDGE.fullmatch(between) is not None


def _owner(before: Sequence[ActorMention]) -> ActorMention | None:
    """'The RSF said its forces attacked ...', 'the army said its units ...': the forces are
    the armed actor named last before them, a state's or not."""
    for prior in reversed(before):
        if prior.actor.inter in ARMED and (not prior.generic or prior.actor.inter == 1):
            return prior  # a state's forces named generically ('the army') are still its
    return None


# Words for the doers of one act: told again definitely, they are the same doers
DOERS = frozenset({
    "kidnapper", "kidnappers", "abductor", "abductors", "attacker", "attackers", "assailant",
    "assailants", "gunman", "gunmen", "perpetrator", "perpetrators", "raider", "raiders",
})  # fmt: skip


def _told_unnamed_before(mention: ActorMention, before: Sequence[ActorMention]) -> bool:
    """'Gunmen abducted 287 pupils ... The kidnappers arrived on motorcycles ... (Boko Haram and
    ISWAP are active in the north) ... a shootout with the kidnappers': doers of an act told
    by the same word, left unnamed before, are still the same unnamed doers; a group named
    in between is not who they are."""
    word = mention.span.text.split()[-1].lower()
    if word not in DOERS:
        return False
    return any(p.generic and p.span.text.split()[-1].lower() == word for p in before)


def resolve_definites(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Definite generic armed-group mentions take the actor of their antecedent."""
    out: list[ActorMention] = []
    for m in mentions:
        antecedent = _definite_antecedent(text, m, out)
        out.append(replace(m, actor=antecedent.actor, generic=False) if antecedent else m)
    return out


ARMED = frozenset({1, 2, 3, 4, 8})
POSSESSIVE = re.compile(r"(?:its|their)\s", re.IGNORECASE)
# "the group's fighters", "the outfit's cadres": the men of the group named before them
GROUP_POSSESSIVE = re.compile(
    r"\bthe\s+(?:group|organi[sz]ation|movement|outfit|insurgency)['’]s\s+$", re.IGNORECASE
)


def _group_owner(before: Sequence[ActorMention]) -> ActorMention | None:
    """'The BLA claimed the attack ... the group's fighters used a bomb': the armed group
    (never a state's forces) named last before them."""
    for prior in reversed(before):
        if not prior.generic and prior.actor.inter in ARMED_NON_STATE:
            return prior
    return None


def _definite_antecedent(
    text: str, mention: ActorMention, before: Sequence[ActorMention]
) -> ActorMention | None:
    if not mention.generic or mention.kind != "armed_group":
        return None
    if POSSESSIVE.match(mention.span.text):
        return _owner(before)
    if GROUP_POSSESSIVE.search(text[max(0, mention.span.start - 20) : mention.span.start]):
        return _group_owner(before)
    if not DEFINITE.search(text[max(0, mention.span.start - 8) : mention.span.start]):
        return None
    if _told_unnamed_before(mention, before):
        return None  # "Gunmen abducted 280 pupils ... the kidnappers": the same unknown men
    hostile = _hostile_label(mention)
    for i in range(len(before) - 1, -1, -1):
        prior = before[i]
        if prior.generic or prior.actor.inter not in ARMED_NON_STATE:
            continue
        if hostile and (prior.actor.inter == FOREIGN_INTER or _beside_a_state(text, before, i)):
            continue  # 'the insurgents' are not the foreign troops or militias fighting them
        return prior
    return None


# Labels for those who fight the state or attack ('the militants', 'the attackers'): never
# foreign forces or the militias named with the state's forces as one side.
HOSTILE_LABELS = frozenset({
    "militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "jihadist",
    "jihadists", "terrorist", "terrorists", "extremist", "extremists", "attacker", "attackers",
    "assailant", "assailants", "gunman", "gunmen", "bandit", "bandits", "islamist", "islamists",
})  # fmt: skip
FOREIGN_INTER = 8
STATE_FORCES_INTER = 1
TOGETHER = re.compile(r"\s*(?:,|and|,\s*and|as well as|alongside|with)\s*", re.IGNORECASE)


def _hostile_label(mention: ActorMention) -> bool:
    return mention.span.text.split()[-1].lower() in HOSTILE_LABELS


def _beside_a_state(text: str, mentions: Sequence[ActorMention], i: int) -> bool:
    """'Nigerian troops and CJTF members', 'the army, alongside Wazalendo fighters': a group
    named in one phrase with a state's forces fights beside them."""
    here = mentions[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions):
            continue
        other = mentions[j]
        if other.actor.inter not in (STATE_FORCES_INTER, FOREIGN_INTER):
            continue
        first, second = (other, here) if j < i else (here, other)
        if TOGETHER.fullmatch(text[first.span.end : second.span.start]):
            return True
    return False


def last_named_before(
    mentions: Sequence[ActorMention], position: int, *, unlike: ActorMention | None
) -> ActorMention | None:
    """The named actor mentioned last before `position`, other than `unlike`'s actor."""
    for m in reversed(mentions):
        if m.span.start >= position or m.generic:
            continue
        if unlike is None or m.actor.name != unlike.actor.name:
            return m
    return None


def protagonist(
    mentions: Sequence[ActorMention], *, unlike: ActorMention | None
) -> ActorMention | None:
    """The named armed actor the report mentions most, other than `unlike`'s actor."""
    counts: dict[str, int] = {}
    first: dict[str, ActorMention] = {}
    for m in mentions:
        if m.generic or m.actor.inter not in (1, 2, 3, 4, 8):
            continue
        if unlike is not None and m.actor.name == unlike.actor.name:
            continue
        counts[m.actor.name] = counts.get(m.actor.name, 0) + 1
        first.setdefault(m.actor.name, m)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return first[ranked[0][0]]


# Words before a named group that hold it responsible: "blamed on X", "claimed by X",
# "believed to be linked to X".
BLAME_BEFORE = re.compile(
    r"\b(?:blamed\s+(?:it\s+|the\s+\w+\s+)?on|attributed\s+(?:it\s+|the\s+\w+\s+)?to|"
    r"claimed\s+by|carried\s+out\s+by|perpetrated\s+by|"
    r"(?:planted|placed|laid|detonated|set\s+off|triggered)\s+by|"
    r"(?:affiliated|linked|allied)\s+(?:with|to)|"
    r"(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words after a named group that hold it responsible: "X claimed responsibility", "X claimed
# the bombing", "X are
# suspected", "X was behind the attack", "X planted the bomb"; the group's short form in
# brackets may come between ("the Tehreek-i-Taliban Pakistan (TTP) claimed responsibility").
BLAME_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:\w+\s+){0,2}?(?:(?:has|have|had)\s+)?(?:"
    r"(?:claimed|claims|took|takes|taken|admitted|accepted)\s+(?:the\s+)?"
    r"(?:responsibility|credit)|"
    r"(?:claimed|claims)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|killings?|assaults?|raids?)\b|"
    r"(?:is|are|was|were|been)\s+(?:widely\s+|also\s+)?(?:suspected|blamed|believed|behind)|"
    r"(?:planted|detonated|placed|laid|set\s+off|triggered)\s+the\s+"
    r"(?:bombs?|devices?|explosives?|mines?|IEDs?)\b|"
    # "X said its fighters carried out the attack": a group's word on its own men's act
    r"(?:said|says|claimed|announced)\s+(?:that\s+)?(?:its|their)\s+(?:\w+\s+){1,2}?"
    r"(?:had\s+)?(?:carried\s+out|conducted|launched|staged|mounted)\s+the\s+"
    r"(?:attacks?|ambush(?:es)?|raids?|bombings?|assaults?|operations?)\b)",
    re.IGNORECASE,
)
BLAME_WINDOW = 60


def held_responsible(text: str, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The named armed group a report holds responsible for what it tells ('the attack was
    blamed on al-Shabaab', 'IS claimed responsibility', 'Boko Haram fighters are suspected'):
    the first such group, when the report blames only one."""
    blamed: list[ActorMention] = []
    for m in mentions:
        if m.generic or m.actor.inter not in ARMED_NON_STATE:
            continue
        before = text[max(0, m.span.start - BLAME_WINDOW) : m.span.start]
        after = text[m.span.end : m.span.end + BLAME_WINDOW]
        if BLAME_BEFORE.search(before) or BLAME_AFTER.search(after):
            blamed.append(m)
    names = {m.actor.name for m in blamed}
    return blamed[0] if len(names) == 1 else None
