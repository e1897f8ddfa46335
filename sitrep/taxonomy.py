"""ACLED's event and actor ontology, with PLOVER and CAMEO equivalents (data, not code).

Exact strings follow ACLED's public codebook: 6 event types, 25 sub-event types, 3 disorder
types, 8 actor types (inter codes). The old 2018 scheme (9 event types) maps onto the current
one. PLOVER categories and modes follow the PLOVER manual and its gold standard records (FIGHT
for conventional military force, ASSAULT for one-sided or unconventional violence); CAMEO is
the two-digit root code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class EventType(StrEnum):
    """ACLED's six event types."""

    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    """ACLED's 25 sub-event types."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


class DisorderType(StrEnum):
    """ACLED's disorder types; some sub-types carry two, joined by '; '."""

    POLITICAL_VIOLENCE = "Political violence"
    DEMONSTRATIONS = "Demonstrations"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class Inter(IntEnum):
    """ACLED actor types (inter codes)."""

    STATE_FORCES = 1
    REBEL_GROUPS = 2
    POLITICAL_MILITIAS = 3
    IDENTITY_MILITIAS = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER = 8


INTER_NAMES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


class PloverCategory(StrEnum):
    """The PLOVER event categories that ACLED's sub-types map onto."""

    AGREE = "AGREE"
    RETREAT = "RETREAT"
    PROTEST = "PROTEST"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    FIGHT = "FIGHT"


@dataclass(frozen=True, slots=True, kw_only=True)
class SubTypeInfo:
    """Everything the ontology says about one sub-event type."""

    sub_event_type: SubEventType
    event_type: EventType
    disorder_type: str
    plover: PloverCategory | None
    plover_mode: str | None
    cameo: str | None


_PV = DisorderType.POLITICAL_VIOLENCE.value
_DEMO = DisorderType.DEMONSTRATIONS.value
_SD = DisorderType.STRATEGIC_DEVELOPMENTS.value
_S = SubEventType
_E = EventType
_P = PloverCategory

_Row = tuple[SubEventType, EventType, str, PloverCategory | None, str | None, str | None]
_ROWS: tuple[_Row, ...] = (
    (_S.ARMED_CLASH, _E.BATTLES, _PV, _P.FIGHT, "firearms", "19"),
    (_S.GOVERNMENT_REGAINS_TERRITORY, _E.BATTLES, _PV, _P.FIGHT, None, "19"),
    (_S.NON_STATE_OVERTAKES_TERRITORY, _E.BATTLES, _PV, _P.FIGHT, None, "19"),
    (_S.CHEMICAL_WEAPON, _E.EXPLOSIONS, _PV, _P.ASSAULT, None, "20"),
    (_S.AIR_DRONE_STRIKE, _E.EXPLOSIONS, _PV, _P.FIGHT, "heavy-weapons", "19"),
    (_S.SUICIDE_BOMB, _E.EXPLOSIONS, _PV, _P.ASSAULT, "suicide-attack", "18"),
    (_S.SHELLING, _E.EXPLOSIONS, _PV, _P.FIGHT, "heavy-weapons", "19"),
    (_S.REMOTE_EXPLOSIVE, _E.EXPLOSIONS, _PV, _P.ASSAULT, "explosives", "18"),
    (_S.GRENADE, _E.EXPLOSIONS, _PV, _P.ASSAULT, "explosives", "18"),
    (_S.SEXUAL_VIOLENCE, _E.VIOLENCE_AGAINST_CIVILIANS, _PV, _P.ASSAULT, "sexual", "18"),
    (_S.ATTACK, _E.VIOLENCE_AGAINST_CIVILIANS, _PV, _P.ASSAULT, None, "18"),
    (_S.ABDUCTION, _E.VIOLENCE_AGAINST_CIVILIANS, _PV, _P.ASSAULT, "abduct", "18"),
    (_S.PEACEFUL_PROTEST, _E.PROTESTS, _DEMO, _P.PROTEST, "demo", "14"),
    (_S.PROTEST_WITH_INTERVENTION, _E.PROTESTS, _DEMO, _P.PROTEST, "demo", "14"),
    (_S.EXCESSIVE_FORCE, _E.PROTESTS, f"{_PV}; {_DEMO}", _P.COERCE, None, "17"),
    (_S.VIOLENT_DEMONSTRATION, _E.RIOTS, _DEMO, _P.PROTEST, "riot", "14"),
    (_S.MOB_VIOLENCE, _E.RIOTS, _PV, _P.PROTEST, "riot", "14"),
    (_S.AGREEMENT, _E.STRATEGIC_DEVELOPMENTS, _SD, _P.AGREE, None, "05"),
    (_S.ARRESTS, _E.STRATEGIC_DEVELOPMENTS, _SD, _P.COERCE, "arrest", "17"),
    (_S.CHANGE_TO_GROUP, _E.STRATEGIC_DEVELOPMENTS, _SD, None, None, None),
    (_S.DISRUPTED_WEAPONS_USE, _E.STRATEGIC_DEVELOPMENTS, _SD, _P.COERCE, "confiscate", "17"),
    (_S.HEADQUARTERS_ESTABLISHED, _E.STRATEGIC_DEVELOPMENTS, _SD, _P.MOBILIZE, "troops", "15"),
    (_S.LOOTING, _E.STRATEGIC_DEVELOPMENTS, _SD, _P.ASSAULT, "destroy", "17"),
    (_S.NON_VIOLENT_TRANSFER, _E.STRATEGIC_DEVELOPMENTS, _SD, _P.RETREAT, "withdraw", "08"),
    (_S.OTHER, _E.STRATEGIC_DEVELOPMENTS, _SD, None, None, None),
)

SUB_TYPES: dict[SubEventType, SubTypeInfo] = {
    row[0]: SubTypeInfo(
        sub_event_type=row[0],
        event_type=row[1],
        disorder_type=row[2],
        plover=row[3],
        plover_mode=row[4],
        cameo=row[5],
    )
    for row in _ROWS
}

EVENT_TYPE_OF: dict[SubEventType, EventType] = {s: i.event_type for s, i in SUB_TYPES.items()}

CAMEO_ROOTS: dict[str, str] = {
    "05": "Engage in diplomatic cooperation",
    "08": "Yield",
    "14": "Protest",
    "15": "Exhibit force posture",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

OLD_EVENT_TYPES: dict[str, tuple[EventType, SubEventType | None]] = {
    "Battle-No change of territory": (_E.BATTLES, _S.ARMED_CLASH),
    "Battle-Government regains territory": (_E.BATTLES, _S.GOVERNMENT_REGAINS_TERRITORY),
    "Battle-Non-state actor overtakes territory": (_E.BATTLES, _S.NON_STATE_OVERTAKES_TERRITORY),
    "Remote violence": (_E.EXPLOSIONS, None),
    "Violence against civilians": (_E.VIOLENCE_AGAINST_CIVILIANS, None),
    "Non-violent transfer of territory": (_E.STRATEGIC_DEVELOPMENTS, _S.NON_VIOLENT_TRANSFER),
    "Headquarters or base established": (_E.STRATEGIC_DEVELOPMENTS, _S.HEADQUARTERS_ESTABLISHED),
    "Strategic development": (_E.STRATEGIC_DEVELOPMENTS, None),
}
"""The 2018 scheme's 9 types; "Riots/Protests" is left out: it is Protests or Riots (see
`old_event_types`)."""

OLD_RIOTS_PROTESTS = "Riots/Protests"


def sub_type(name: str) -> SubTypeInfo:
    """The ontology row of a sub-event type given by its exact ACLED string."""
    try:
        return SUB_TYPES[SubEventType(name)]
    except ValueError:
        raise KeyError(f"not an ACLED sub-event type: {name!r}") from None


def event_type_of(sub_event_type: str) -> EventType:
    """The event type a sub-event type belongs to."""
    return sub_type(sub_event_type).event_type


def sub_types_of(event_type: str) -> tuple[SubEventType, ...]:
    """The sub-event types of one event type, in ACLED's order."""
    return tuple(s for s, info in SUB_TYPES.items() if info.event_type == EventType(event_type))


def old_event_types(old: str) -> tuple[EventType, ...]:
    """The current event types a 2018-scheme event type may correspond to."""
    if old == OLD_RIOTS_PROTESTS:
        return (_E.PROTESTS, _E.RIOTS)
    if old not in OLD_EVENT_TYPES:
        raise KeyError(f"not an ACLED 2018 event type: {old!r}")
    return (OLD_EVENT_TYPES[old][0],)


def interaction(inter1: int | None, inter2: int | None = None) -> int | None:
    """ACLED's interaction code: both inter codes, lower first (1, 2 -> 12); alone: 10 * inter."""
    codes = sorted(c for c in (inter1, inter2) if c)
    for code in codes:
        if code not in INTER_NAMES:
            raise ValueError(f"inter code must be 1-8, got {code}")
    if not codes:
        return None
    if len(codes) == 1:
        return 10 * codes[0]
    return 10 * codes[0] + codes[1]


def inter_name(code: int) -> str:
    """The name of an inter code (1-8)."""
    if code not in INTER_NAMES:
        raise ValueError(f"inter code must be 1-8, got {code}")
    return INTER_NAMES[code]


def civilian_targeting(sub_event_type: str, *, inter2: int | None) -> bool:
    """ACLED's civilian_targeting flag: violence whose target (actor2) is civilians."""
    info = sub_type(sub_event_type)
    violent = info.disorder_type.startswith(_PV)
    return violent and inter2 == Inter.CIVILIANS
