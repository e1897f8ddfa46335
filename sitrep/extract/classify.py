"""ACLED sub-event type from the cues of a sentence and the actors' types.

Actors are resolved first, then typed, because most typing decisions are about who acts on whom:
a crowd killing a man is mob violence, an armed group doing it is an attack, killing a police
officer is a clash; violence by protesters is a violent demonstration, violence against them is
intervention or excessive force.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sitrep.extract.armed_crowds import armed_raid
from sitrep.extract.attacked_demonstrators import demonstrators_attacked
from sitrep.extract.crowd_fights import state_fights_a_crowd
from sitrep.extract.crowd_takeovers import crowd_takeover
from sitrep.taxonomy import SubEventType as S

T = TypeVar("T")
ARMED = frozenset({1, 2, 3, 4, 8})
NON_STATE_ARMED = frozenset({2, 3, 4})
STATE, RIOTERS, PROTESTERS, CIVILIANS = 1, 5, 6, 7
# Remote-violence cues, most specific first.
REMOTE_CUES: tuple[tuple[str, S], ...] = (
    ("chemical", S.CHEMICAL_WEAPON),
    ("suicide_bomb", S.SUICIDE_BOMB),
    ("air_strike", S.AIR_DRONE_STRIKE),
    ("grenade", S.GRENADE),
    ("explosive", S.REMOTE_EXPLOSIVE),
    ("shelling", S.SHELLING),
)
# What shows that people named as protesters were demonstrating when force met them.
DEMONSTRATION_FORCE = frozenset({"intervention", "riot", "fight", "attack", "live_fire"})
VIOLENT_CUES = frozenset({"fight", "attack", "riot", "looting", "live_fire"})
STRATEGIC_CUES: tuple[tuple[str, S], ...] = (
    ("arrest", S.ARRESTS),
    ("looting", S.LOOTING),
    ("disrupted", S.DISRUPTED_WEAPONS_USE),
    ("agreement", S.AGREEMENT),
    ("base", S.HEADQUARTERS_ESTABLISHED),
    ("group_change", S.CHANGE_TO_GROUP),
    ("forces_move", S.CHANGE_TO_GROUP),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Situation:
    """What classification looks at: the sentence's cues and the two actors' inter codes."""

    cues: frozenset[str]
    inter1: int | None = None
    inter2: int | None = None
    fatal: bool = False
    mob: bool = False
    crowd_actor: bool = False
    armed_target: bool = False
    armed_victim: bool = False
    bystanders: bool = False
    captive_victims: bool = False
    by_hand: bool = False
    unnamed_agent: bool = False
    grievance: bool = False
    party: bool = False
    lone_agent: bool = False
    weapons: bool = False
    lynching: bool = False
    forces_target: bool = False
    unnamed_group: bool = False
    crowd_weapons: bool = False
    demonstration_words: bool = True
    noncombatants: bool = False
    demonstration_told: bool = False
    attack_told: bool = True  # an attack word, not only harm ("injured") read as one
    armed_partner: bool = False  # the side fought bears arms ("battled Pokot warriors")
    remote_alongside: bool = False  # remote fire told as a ground act's support
    fire_returned: bool = False  # the next sentence tells the fire answered or a fight
    captives_harmed: bool = False  # the next sentence counts dead or tells torture
    attack_answered: bool = False  # the next sentence tells a fight or a lethal response
    civil_state_target: bool = False  # the target is a government, not its forces
    bombers_stopped: str | None = None  # 'killed' or 'held' before they blew up
    custody: str | None = None  # what became of those arrested: 'disappeared', 'tortured'
    gunfire: bool = False  # gunfire told in the sentence or the next, there and then
    direct_fire: bool = False  # machine-gun, sniper or small-arms fire told in the sentence
    raid_taking: bool = False  # people taken in a raid whose only attack word is the entry
    rioting: bool = False  # rioting told in the sentence, not only riot police
    riot_scene: bool = False  # the act set in a riot ('during a riot') or on rioters
    person_taken: bool = False  # a capture of a person ('captured a thief'), not of a place
    quarrel: bool = False  # an altercation or a quarrel told ('following an altercation')
    demonstrators_set_upon: bool = False  # others named as doing the violence to a crowd
    serious_injuries: bool = False  # injuries told as serious ('seriously injured'), not denied
    blockade: bool = False  # a road blocked with barricades, tyres or vehicles


def classify(s: Situation) -> S | None:
    """The sub-event type, or None when the cues make no event (a siege word alone)."""
    for rule in (
        _territory,
        _demonstration,
        _crowd_violence,
        _remote,
        _violence,
        _armed_destruction,
    ):
        found = rule(s)
        if found is not None:
            return found
    found = _strategic(s.cues)
    if found is S.CHANGE_TO_GROUP and s.inter1 not in ARMED:
        return None  # "students were recruited", "the airbags deployed": no force changed
    return found


def _territory(s: Situation) -> S | None:
    """A withdrawal with no fighting is a non-violent transfer, even when the other side
    takes control; a capture after fighting is a territory change."""
    peaceful = not s.cues & (VIOLENT_CUES | _remote_cues())
    if "withdraw" in s.cues and peaceful:
        return S.NON_VIOLENT_TRANSFER
    if "capture" in s.cues and not _no_territory(s):
        return (
            S.GOVERNMENT_REGAINS_TERRITORY if s.inter1 == STATE else S.NON_STATE_OVERTAKES_TERRITORY
        )
    return None


def _no_territory(s: Situation) -> bool:
    """'Residents captured a robber', 'workers took over the tax office': a person taken, or
    a crowd's taking (crowd_takeovers.py)."""
    armed = s.armed_target or s.armed_victim or s.inter2 in ARMED
    return crowd_takeover(
        s.cues, inter1=s.inter1, crowd=s.crowd_actor, person=s.person_taken, armed=armed
    )


def _demonstration(s: Situation) -> S | None:
    if not ("protest" in s.cues or PROTESTERS in (s.inter1, s.inter2)):
        return None
    if "protest" not in s.cues and "arrest" in s.cues and not s.cues & DEMONSTRATION_FORCE:
        return None  # "police arrested activists": an arrest, with no protest told
    attacked = demonstrators_attacked(
        s.cues,
        inter1=s.inter1,
        inter2=s.inter2,
        fatal=s.fatal,
        weapons=s.weapons,
        set_upon=s.demonstrators_set_upon,
    )
    if attacked is not None:
        return attacked  # "unknown people attacked the demonstrators"
    # Demonstrators who clash (with police or anyone) make the demonstration violent, whoever
    # the sentence names first ("police clashed with traders protesting the arrests").
    crowd_violence = (
        s.cues & {"riot", "looting", "fight"}
        or RIOTERS in (s.inter1, s.inter2)
        or (s.inter1 == PROTESTERS and "attack" in s.cues)
    )
    if crowd_violence:
        return S.VIOLENT_DEMONSTRATION
    # Only the state arrests: "one protester was arrested" tells an intervention.
    state_force = (
        s.inter1 == STATE or s.inter2 == STATE or bool(s.cues & {"intervention", "arrest"})
    )
    if "live_fire" in s.cues or ((s.fatal or s.serious_injuries) and state_force):
        return S.EXCESSIVE_FORCE
    if s.fatal and "attack" in s.cues and s.inter2 == PROTESTERS and s.inter1 is None:
        return S.EXCESSIVE_FORCE  # "three protesters were killed": demonstrators' deaths
    if state_force and s.cues & {"intervention", "arrest", "attack"}:
        return S.PROTEST_WITH_INTERVENTION
    if s.party and "attack" in s.cues:
        return S.PROTEST_WITH_INTERVENTION  # a party's members assault the demonstrators
    return S.PEACEFUL_PROTEST


def _crowd_violence(s: Situation) -> S | None:
    """A crowd attacking people is mob violence (armed actors excepted, but not a party's
    supporters fighting as a crowd)."""
    if _unnamed_crowd_damage(s):
        return S.MOB_VIOLENCE
    if s.lynching and s.unnamed_agent and "attack" in s.cues:
        return S.MOB_VIOLENCE  # "boda boda operators lynched two robbers": a crowd's killing
    if _rioting_over_something(s):
        return S.VIOLENT_DEMONSTRATION  # "students riot over a fee hike": a demonstration
    if _crowd_against_the_state(s) or _state_against_rioters(s):
        return S.VIOLENT_DEMONSTRATION
    if _demonstration_turned_violent(s):
        return S.VIOLENT_DEMONSTRATION
    if s.crowd_actor and s.cues & {"attack", "fight", "riot", "looting"}:
        return S.MOB_VIOLENCE
    if s.by_hand and s.unnamed_agent and "attack" in s.cues:
        return S.MOB_VIOLENCE  # "assailants beat up a trader": a mob, not an armed group
    if s.quarrel and s.unnamed_agent and not s.weapons and s.cues & {"attack", "fight"}:
        return S.MOB_VIOLENCE  # "assailants stabbed a leader following an altercation"
    if _state_fights_a_crowd(s):
        return S.VIOLENT_DEMONSTRATION  # "police clashed with rioting youths"
    if s.inter1 in ARMED:
        return None
    if _rioters_at_a_demonstration(s) or _crowd_blockade(s):
        return S.VIOLENT_DEMONSTRATION
    crowd = (s.inter1 in (RIOTERS, CIVILIANS) and not s.lone_agent) or s.mob
    if crowd and s.cues & {"attack", "fight", "riot", "looting"}:
        return S.MOB_VIOLENCE
    if armed_raid(s.cues, unnamed=s.unnamed_agent, armed=s.weapons, stones=s.crowd_weapons):
        return None  # "a group of people shot at a checkpoint and burned vehicles": armed men
    if "riot" in s.cues:
        # Destruction and barricades are a violent demonstration; violence against people by
        # a crowd outside a demonstration is mob violence.
        # With no demonstration told (no protest, march, strike or riot word), a crowd's
        # destruction is mob violence.
        demonstration = s.demonstration_words and s.inter2 != CIVILIANS
        return S.VIOLENT_DEMONSTRATION if demonstration else S.MOB_VIOLENCE
    return None


def _state_fights_a_crowd(s: Situation) -> bool:
    return (
        state_fights_a_crowd(
            s.cues,
            inter1=s.inter1,
            inter2=s.inter2,
            rioting=s.rioting,
            riot_scene=s.riot_scene,
            demonstration=s.demonstration_told,
        )
        and not s.lynching
    )


def _crowd_blockade(s: Situation) -> bool:
    """'Residents blocked the highway with tractors': a crowd's road blockade is a form of
    demonstration (violent, for the barricades), not a mob's violence, unless the crowd also
    turns on people."""
    return s.blockade and s.inter2 in (STATE, None) and not s.cues & {"attack", "fight"}


def _rioters_at_a_demonstration(s: Situation) -> bool:
    """Rioters stoning police or burning tyres are a violent demonstration; rioters turning
    on officials ('attack election officials') or on people with no demonstration told ('a
    candidate was injured by rioters') are a mob."""
    if s.inter1 != RIOTERS or "riot" not in s.cues or s.mob or s.civil_state_target:
        return False
    if s.inter2 is None and s.cues & {"attack", "attack_weak"}:
        return s.demonstration_told
    return s.inter2 in (STATE, None)


def _crowd_against_the_state(s: Situation) -> bool:
    """A crowd (a party's members, workers, residents, rioters) that clashes with or stones
    state forces over a stated grievance, at a demonstration the report tells, makes a violent
    demonstration (ACLED's most frequent coding of rioters against police); with no
    demonstration told ('lawyers clashed with police during the bar election'), attacking
    officers, or a lynching, it is mob violence."""
    if s.lynching or "attack" in s.cues or not s.cues & {"fight", "riot"}:
        return False  # a crowd attacking or beating officers is a mob
    crowd = s.crowd_actor or (s.inter1 in (RIOTERS, CIVILIANS) and not s.lone_agent)
    return crowd and s.forces_target and s.grievance and s.demonstration_told


def _demonstration_turned_violent(s: Situation) -> bool:
    """A crowd's riot, fight or looting at a demonstration the report tells (crowd_scene.py)
    is a violent demonstration, also when it attacks the security forces there ('stormed the
    police post, pelting the officers'); a crowd attacking people, or a lynching, stays a mob's."""
    if not s.demonstration_told or s.lynching or not s.cues & {"riot", "fight", "looting"}:
        return False
    if "fight" in s.cues and not s.forces_target and s.inter2 != STATE:
        return False  # rival crowds fighting each other: a mob's fight
    if "attack" in s.cues and not s.forces_target:
        return False
    crowd = s.crowd_actor or s.inter1 in (None, RIOTERS, CIVILIANS, PROTESTERS)
    return crowd and s.inter2 != CIVILIANS


def _state_against_rioters(s: Situation) -> bool:
    """'Police intervened when the rioters attempted to damage vehicles', 'police clashed with
    rioters': state forces facing people named as rioters is a violent demonstration."""
    return s.inter1 == STATE and s.inter2 == RIOTERS and not s.lynching


def _unnamed_crowd_damage(s: Situation) -> bool:
    """Unnamed people who vandalise or stone, with no weapon of war ('unidentified persons
    vandalised houses'), act as a mob, not as an armed group (arson alone may be a few
    arsonists' property destruction)."""
    return s.unnamed_group and s.crowd_weapons and not s.weapons


def _rioting_over_something(s: Situation) -> bool:
    """A crowd's riot with a stated grievance, fighting nobody in particular, is a violent
    demonstration; parties' and rivals' fights and attacks on people stay mob violence."""
    if "riot" not in s.cues or not s.grievance or s.party or s.by_hand:
        return False
    if s.inter1 in ARMED:
        return False  # "Maoists torched vehicles and left banners warning contractors"
    return not s.cues & {"fight", "attack"} and s.inter2 != CIVILIANS


def _remote(s: Situation) -> S | None:
    if s.bombers_stopped == "killed" and s.inter1 in ARMED:
        return S.ARMED_CLASH  # "forces gunned down two suicide bombers": no bombing, a fight
    if s.bombers_stopped == "held":
        return S.DISRUPTED_WEAPONS_USE  # "the bombers were arrested before blowing up"
    if s.remote_alongside and s.inter1 in ARMED and s.inter2 in ARMED:
        return S.ARMED_CLASH  # "attacked soldiers, in conjunction with airstrikes": a battle
    if _answered_by_its_target(s):
        return S.ARMED_CLASH  # "fired rockets at a police post. Police retaliated": a battle
    if "grenade" in s.cues and s.gunfire and (s.inter2 in ARMED or s.armed_target):
        return S.ARMED_CLASH  # "hurled a grenade at police, then small arms fire": a clash
    if _direct_fire_on_an_armed_side(s):
        return S.ARMED_CLASH  # "targeted the town with machine guns and rockets, killing a fighter"
    for cue, sub in REMOTE_CUES:
        if cue in s.cues:
            if _fight_with_remote_fire(s):
                return S.ARMED_CLASH
            return sub
    return None


def _fight_with_remote_fire(s: Situation) -> bool:
    """'The clash was accompanied by mutual shelling and airstrikes': a fight told with the
    remote fire is the battle the fire was part of, the other side named or not (not when
    civilians are the ones hit)."""
    return "fight" in s.cues and s.inter1 in ARMED and (s.inter2 in ARMED or s.inter2 is None)


def _direct_fire_on_an_armed_side(s: Situation) -> bool:
    """Shelling, missiles or roadside bombs told with machine-gun, sniper or direct fire that
    hit armed men are part of a battle (direct_fire.py); fire on their areas or positions with
    no fighter hit stays remote, and air strikes stay strikes."""
    if not s.direct_fire or not s.cues & {"shelling", "explosive"} or "air_strike" in s.cues:
        return False
    return s.inter1 in ARMED and s.armed_victim


def _answered_by_its_target(s: Situation) -> bool:
    """Ground-launched fire or a bomb on armed men, answered in the next sentence; air strikes
    stay strikes (no target fires back at them in ACLED's coding)."""
    if not s.fire_returned or "air_strike" in s.cues or s.inter1 not in ARMED:
        return False
    return s.inter2 in ARMED or (s.inter2 is None and s.armed_target)


def _armed_taken(s: Situation) -> bool:
    """ "attacked an army post and took 20 soldiers prisoner": armed men taken in an attack
    on them are its outcome, and the attack an armed clash (armed_men_taken)."""
    return (
        "attack" in s.cues
        and s.attack_told
        and s.inter1 in ARMED
        and s.inter2 in ARMED
        and not s.captive_victims
    )


def _violence(s: Situation) -> S | None:
    if "sexual_violence" in s.cues:
        return S.SEXUAL_VIOLENCE
    if "abduction" in s.cues and not (s.fatal and "attack" in s.cues) and not _armed_taken(s):
        return S.ATTACK if s.captives_harmed and s.inter1 in ARMED else S.ABDUCTION
    if "arrest" in s.cues and s.custody and s.inter2 in (CIVILIANS, None):
        # "arrested by the Taliban. Their whereabouts are unknown": a forced disappearance;
        # "arrested a man ... tortured him whilst in their custody": an attack
        return S.ABDUCTION if s.custody == "disappeared" else S.ATTACK
    if "arrest" in s.cues and s.inter1 in NON_STATE_ARMED and _no_harm_but_taking(s):
        return S.ABDUCTION  # only the state arrests: an armed group "arresting" abducts
    if s.captive_victims and s.cues & {"attack", "fight"}:
        return S.ATTACK  # prisoners and hostages killed are not combatants
    if "fight" in s.cues:
        # civilians fought are attacked when the sentence tells an attack on them (not only
        # that someone was hurt) or names them as those who do not fight ("villagers"); "a
        # group of people" or herders who clashed with police were a side; civilians killed in
        # others' fighting are bystanders
        one_sided = s.inter2 == CIVILIANS and s.inter1 in ARMED and not s.bystanders
        one_sided = one_sided and not s.armed_partner
        one_sided = one_sided and (("attack" in s.cues and s.attack_told) or s.noncombatants)
        return S.ATTACK if one_sided else S.ARMED_CLASH
    if "attack" in s.cues or "live_fire" in s.cues:
        return _attack(s)
    return None


def _no_harm_but_taking(s: Situation) -> bool:
    """No fight or attack told, or only the raid in which people were taken (raid_takings.py),
    with no one killed."""
    return not s.cues & {"fight", "attack"} or (s.raid_taking and not s.fatal)


def _armed_destruction(s: Situation) -> S | None:
    """Armed men who torch or smash property ('troops torched houses') destroy it: no
    riot, which only a crowd makes."""
    return S.LOOTING if s.inter1 in ARMED and "riot" in s.cues else None


def _attack(s: Situation) -> S:
    if s.inter1 in (RIOTERS, CIVILIANS) and not s.lone_agent:
        return S.MOB_VIOLENCE
    massacre = s.inter2 == CIVILIANS and s.fatal  # civilians killed stay an attack, answered
    if s.attack_answered and s.inter1 in NON_STATE_ARMED and s.inter2 != STATE and not massacre:
        return S.ARMED_CLASH  # "Raiders attacked a farm. Police responded ... in the clash"
    if s.civil_state_target and not (s.armed_victim or s.armed_target):
        return S.ATTACK  # "an MP of the government was killed": officials bear no arms
    if s.inter2 in ARMED or (s.inter2 is None and (s.armed_target or s.armed_victim)):
        return S.ARMED_CLASH
    if s.inter2 == CIVILIANS and s.armed_victim:
        return S.ARMED_CLASH  # "a civilian and his two bodyguards were killed": armed men hit
    return S.ATTACK


def _strategic(cues: Collection[str]) -> S | None:
    for cue, sub in STRATEGIC_CUES:
        if cue in cues:
            return sub
    if "intervention" in cues:
        return S.PROTEST_WITH_INTERVENTION
    return None


def _remote_cues() -> frozenset[str]:
    return frozenset(cue for cue, _ in REMOTE_CUES)


# Which cues show each sub-event type, best first, for the trigger shown as evidence.
EVIDENCE_CUES: dict[S, tuple[str, ...]] = {
    S.ARMED_CLASH: ("fight", "attack", "attack_weak"),
    S.ATTACK: ("attack", "live_fire", "attack_weak"),
    S.MOB_VIOLENCE: ("attack", "riot", "fight", "looting", "attack_weak"),
    S.VIOLENT_DEMONSTRATION: ("riot", "fight", "attack", "looting", "protest"),
    S.EXCESSIVE_FORCE: ("live_fire", "attack", "attack_weak"),
    S.PROTEST_WITH_INTERVENTION: ("intervention", "arrest", "attack", "fight"),
    S.PEACEFUL_PROTEST: ("protest",),
    S.GOVERNMENT_REGAINS_TERRITORY: ("capture",),
    S.NON_STATE_OVERTAKES_TERRITORY: ("capture",),
    S.NON_VIOLENT_TRANSFER: ("withdraw",),
    S.SEXUAL_VIOLENCE: ("sexual_violence",),
    S.ABDUCTION: ("abduction",),
    **{sub: (cue,) for cue, sub in REMOTE_CUES},
    **{sub: (cue,) for cue, sub in STRATEGIC_CUES},
}


def evidence_trigger(sub: S, triggers: Sequence[T]) -> T | None:
    """The first trigger whose cue shows this sub-event type."""
    for cue in EVIDENCE_CUES.get(sub, ()):
        for t in triggers:
            if getattr(t, "cue", None) == cue:
                return t
    return None
