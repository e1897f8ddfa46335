"""Sentence-level event drafts: trigger, modality, actors and their roles, type, counts.

A draft keeps token-free facts (character offsets, resolved actors and places) so that the
assembly step (sitrep/extract/assemble.py) never needs the spaCy Doc.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.annotate.words import span_words
from sitrep.extract.accused import held_against, without_accused_acts
from sitrep.extract.actors import ActorDictionary, ActorMention, actor_key
from sitrep.extract.agreements_in_force import agreement_in_force
from sitrep.extract.aims_and_reasons import aim_or_reason
from sitrep.extract.ambience import ambience
from sitrep.extract.answered_fire import without_answered_fire
from sitrep.extract.arguments import Role, place_span, role_of
from sitrep.extract.armed_acts import retyped
from sitrep.extract.armed_crowds import armed_doer
from sitrep.extract.attacked_demonstrators import others_set_upon
from sitrep.extract.attribution import Quote, claimed_by
from sitrep.extract.background_series import without_background_series
from sitrep.extract.blamed_acts import without_blamed_acts
from sitrep.extract.bracketed import without_bracketed_twins
from sitrep.extract.captives_harmed import harmed_next, without_tried_takings
from sitrep.extract.classify import Situation, classify, evidence_trigger
from sitrep.extract.cleared_crowds import as_dispersal
from sitrep.extract.communal import communal_sides, herders_as_militia
from sitrep.extract.control_taken import control_of
from sitrep.extract.counted_again import counted_again
from sitrep.extract.crowd_fights import riot_setting, rioting_in
from sitrep.extract.crowd_scene import (
    demonstration_in,
    demonstration_scene,
    demonstration_told,
    set_apart,
    told_acts,
)
from sitrep.extract.crowd_takeovers import person_taken
from sitrep.extract.crowds import (
    cast_crowd,
    crowd_acts,
    crowd_followers,
    crowds_between,
    mob_named,
)
from sitrep.extract.cue_kinds import (
    ARMED_INTERS,
    CIVILIAN_INTER,
    CROWD_CUES,
    CROWD_WORDS,
    VIOLENT_CUES,
)
from sitrep.extract.custody import custody_fate
from sitrep.extract.custody_harm import harmed_in_custody
from sitrep.extract.day_tolls import day_toll
from sitrep.extract.defendants import named_as_defendants
from sitrep.extract.demonstration_targets import as_demonstrators
from sitrep.extract.demonstrations import (
    about_the_grievance,
    barricaded,
    blocked_with_a_purpose,
    demonstration_held,
    describes_the_crowd,
    idle_engagement,
    in_the_grievance,
    stopped_by_the_state,
    symbolic_burning,
)
from sitrep.extract.direct_fire import direct_fire_told
from sitrep.extract.doctext import doc_text
from sitrep.extract.downed_in_flight import destroyed_in_flight
from sitrep.extract.dress import worn_name
from sitrep.extract.entries_to_destroy import without_entries_to_destroy
from sitrep.extract.fled_violence import fled_violence
from sitrep.extract.foiled_attempts import without_foiled_attempts
from sitrep.extract.forced_entry import with_forced_entry
from sitrep.extract.former_members import former_affiliation
from sitrep.extract.gerund_subjects import controls_a_gerund, without_consequent_arrests
from sitrep.extract.grievance_retold import grievance_retold
from sitrep.extract.harmed_as_people import harmed_as_people
from sitrep.extract.harmless import harmless
from sitrep.extract.idle_words import idle_word
from sitrep.extract.inflicted_wounds import wound_inflicted
from sitrep.extract.interception_tallies import downed_barrage
from sitrep.extract.kin_of import kin_named, whose_kin
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.long_before import long_before
from sitrep.extract.match_reports import match_report
from sitrep.extract.means_told import without_means
from sitrep.extract.modality import blocking_reason
from sitrep.extract.participants import participants, victims_named
from sitrep.extract.past_grievances import past_harm_described
from sitrep.extract.plotted_acts import plotted_act
from sitrep.extract.prevalence import told_as_prevalent
from sitrep.extract.quantities import Count, fatalities
from sitrep.extract.quarrels import quarrel_told
from sitrep.extract.quoted_habits import said_as_habit
from sitrep.extract.raid_settings import without_raid_settings
from sitrep.extract.raid_takings import taking_raid
from sitrep.extract.referring import refers_back
from sitrep.extract.released_captives import handed_no_ground, taken_from_the_freed
from sitrep.extract.remains import dead_by_misadventure, found, no_parties
from sitrep.extract.remote_background import without_remote_background
from sitrep.extract.retelling import CASUALTY_LEMMAS, agentless_passive, anaphoric, retells
from sitrep.extract.returned_fire import attack_answered, fire_returned
from sitrep.extract.secondary_blasts import without_set_off_blasts
from sitrep.extract.severe_force import serious_injuries
from sitrep.extract.small_arms import gunfire_told
from sitrep.extract.sought_outcomes import without_sought_outcomes
from sitrep.extract.standing_record import standing_record
from sitrep.extract.state_agents import states_named_as_agents
from sitrep.extract.statement_kills import fighters_destroyed, removes_no_one
from sitrep.extract.stopped_bombers import bombers_stopped
from sitrep.extract.strike_fires import without_strike_fires
from sitrep.extract.support_fire import remote_alongside
from sitrep.extract.telegraphic_passives import without_consequent_withdrawals
from sitrep.extract.triggers import Trigger, TriggerFinder
from sitrep.extract.verbal_attacks import attacked_in_words
from sitrep.extract.war_toll import war_toll
from sitrep.extract.weapons_carried import carried_weapon
from sitrep.extract.weapons_found import as_weapon_found, downing_told
from sitrep.extract.weapons_tests import fired_in_a_test
from sitrep.extract.weapons_told import labour_strike, no_blast, stopped_weapon
from sitrep.model import Span
from sitrep.taxonomy import SubEventType

# Cue priority when a sentence holds several: the most telling act names the event.
CUE_PRIORITY = (
    "chemical", "suicide_bomb", "air_strike", "shelling", "grenade", "explosive", "capture",
    "withdraw", "sexual_violence", "abduction", "fight", "live_fire", "attack", "riot",
    "intervention", "protest", "arrest", "looting", "disrupted", "agreement", "base",
    "group_change", "forces_move", "attack_weak", "protest_weak", "siege",
)  # fmt: skip
# Sub-types ACLED codes with one actor: what a side does on its own.
ONE_SIDED = frozenset({SubEventType.HEADQUARTERS_ESTABLISHED})
WEAK_CUES = frozenset({"attack_weak", "siege", "protest_weak"})
# Cues that an actor's name may contain without signalling the act ("riot police").
# ...except a crowd named by what it does ("protesters", "rioters"): that is the act.
CROWD_KINDS = frozenset({"protesters", "rioters"})
NAME_WORD_CUES = frozenset({"riot", "protest", "intervention", "attack_weak", "siege", "fight"})
# Targets that are armed even when no actor is named ("attacked a checkpoint").
ARMED_TARGET_WORDS = frozenset({
    "checkpoint", "base", "position", "positions", "post", "outpost", "barracks", "convoy",
    "patrol", "soldier", "troops", "fighter", "militant", "policeman", "garrison",
})  # fmt: skip
# People who bear arms: attacking or killing one of them is a clash, not violence against
# civilians ("gunmen shot dead a ranger", "killed two NDS members").
ARMED_PERSON_WORDS = frozenset({
    "policeman", "policemen", "police", "cop", "gendarme", "soldier", "trooper", "troops",
    "guard", "bodyguard", "ranger", "commander", "commando", "reservist", "militiaman",
    "militant", "fighter", "rebel", "insurgent", "gunman", "jihadist", "pirate", "trafficker",
    "attacker", "assailant", "sniper", "warrior", "serviceman", "paramilitary",
})  # fmt: skip
# Words that make an officer or personnel armed ("police officer", "security personnel").
ARMED_MODIFIERS = frozenset({
    "police", "army", "military", "security", "intelligence", "prison", "traffic", "border",
    "navy", "naval", "defence", "defense",
})  # fmt: skip
# Units of the forces (and services known by their initials) whose members bear arms.
FORCE_UNITS = frozenset({
    "Division", "Brigade", "Battalion", "Regiment", "Corps", "Squadron", "Company", "NDS",
})  # fmt: skip
# ...and that make one a civilian ("an off-duty officer", "a former soldier").
UNARMED_MODIFIERS = frozenset({"off-duty", "former", "retired", "ex", "ex-", "off"})
KILLER_INTERS = ARMED_INTERS | {4}  # who may have killed a man said to have died
# Victims out of combat: killing them is violence against civilians, not a battle.
CAPTIVE_WORDS = frozenset({
    "prisoner", "captive", "detainee", "hostage", "execute", "execution",
})  # fmt: skip
ELECTORAL_WORDS = frozenset({"election", "electoral"})
# An unarmed crowd entering a place by force with a demand makes a demonstration.
CROWD_ENTRY = frozenset({"storm", "invade"})
DAMAGE_VERBS = frozenset({
    "torch", "burn", "destroy", "loot", "raze", "vandalise", "vandalize", "set", "ransack",
    "demolish", "plunder", "damage",
})  # fmt: skip
# Civilians named by what makes them no fighters: fought, they are attacked.
NONCOMBATANT_WORDS = frozenset({
    "civilian", "villager", "resident", "passenger", "worshipper", "student", "pupil",
    "child", "woman", "patient", "refugee", "pilgrim", "journalist", "teacher", "shopper",
    "family", "motorist", "commuter", "tourist", "displace",
})  # fmt: skip
# Taking captives: the killed were the captives, unless the taking was an act of its own.
TAKING_CAPTIVES = frozenset({"kidnap", "abduct"})
TAKING_HOSTAGE = frozenset({"take", "hold", "keep"})
# What turns a gathering or a road block into a protest: a stated demand or grievance.
CLAIM_WORDS = frozenset({
    "demand", "denounce", "against", "protest", "condemn", "solidarity", "oppose", "call",
    "claim", "grievance", "reject", "rejection", "decry", "criticize", "criticise", "over",
    "boo", "chant", "slogan", "placard", "banner", "dissatisfaction", "displeasure", "outrage",
    "defend", "request", "complain", "urge", "appeal", "awareness", "petition", "lament",
    "support",
})  # fmt: skip
# What violence is named as when it is a topic, not an act told ('a meeting on', 'to end').
TOPIC_PREPS = frozenset({"on", "about", "against", "regarding"})
TOPIC_VERBS = frozenset({
    "end", "stop", "prevent", "condemn", "denounce", "combat", "curb", "address", "discuss",
    "fight", "tackle", "quell", "investigate", "study", "resolve", "reduce", "oppose",
})  # fmt: skip
# Crowd acts whose grievance phrases name no side: a protest's, and a riot's.
GRIEVANCE_HOLDERS = frozenset({"protest", "riot"})
# Words of blame that tell a gathering's grievance ('They held the government responsible').
BLAME_WORDS = frozenset({"blame", "responsible", "accuse"})
# Weapons of war: violence with them is an armed attack, never a mob's beating.
WEAPONS = re.compile(
    r"\b(shot|shoot\w*|gun\w*|firearms?|rifles?|pistols?|bullets?|"
    r"(?<!crude )(?<!cocktail )(?<!petrol )bombs?|explosives?|grenades?|machetes?|opened fire)\b",
    re.IGNORECASE,
)
# Firearms in use, and people the text does not identify ("two men", "unknown persons").
FIREARMS = re.compile(
    r"\b(shot|shoot\w*|gunfire|gunshots?|firearms?|rifles?|pistols?|bullets?|open(ed)? fire|"
    r"execut(e|ed|es|ing|ions?))\b",
    re.IGNORECASE,
)
ANONYMOUS_PEOPLE = frozenset({"men", "people", "persons", "individuals"})
# Off-duty, former and retired members of the forces are civilians when attacked.
OFF_DUTY = re.compile(r"\b(off[- ]duty|former|retired|ex-)\s*$")
OFF_DUTY_WORD = re.compile(r"\boff[- ]duty\b", re.IGNORECASE)
# Words that make a community's name its fighters ("Pokot raiders", "Garre militia").
COMMUNITY_FIGHTERS = frozenset({
    "militia", "militias", "militiamen", "raiders", "raider", "warriors", "fighters", "gunmen",
    "attackers", "bandits", "rustlers", "youths", "youth", "morans", "vigilantes",
})  # fmt: skip
# A community's militia names its people too: "a Degodia herdsman", "Pokot villages".
COMMUNITY_MILITIA = re.compile(r"\b(Ethnic|Communal|Clan|Tribal) Militia\b")
COMMUNITY_CIVILIANS = frozenset({
    "herdsman", "herder", "pastoralist", "farmer", "villager", "village", "resident", "civilian",
    "man", "woman", "child", "boy", "girl", "family", "home", "house", "trader", "elder",
    "teacher", "student", "worker", "driver", "rider", "people", "homestead",
})  # fmt: skip
# Fighting inside one kind of actor: both sides carry one name ("clashes between two Taliban
# groups", "a shoot-out between unknown armed individuals", "fought one another").
WITHIN_ONE_SIDE = re.compile(
    r"\b(each other|one another|among themselves|infighting|in-fighting|intra-\w+)\b|"
    r"\bbetween (two|2|rival|unknown|unidentified)\b|\brival \w*\s?(groups|clans|tribes|factions|"
    r"communities|gangs|supporters|camps)\b",
    re.IGNORECASE,
)
# A counter-demonstration makes protesters the other side of a protest.
COUNTER_PROTEST = re.compile(r"\bcounter[- ]?(demonstrat|protest|rall)\w*", re.IGNORECASE)
# Political gatherings that a sentence may name only as the setting of violence.
GATHERINGS = frozenset({"procession", "rally", "motorcade", "meeting", "campaign"})
SETTING_PREPS = frozenset({
    "during", "at", "in", "ahead", "before", "after", "following", "amid", "amidst", "to",
    "for", "from",
})  # fmt: skip
SETTING_VIOLENCE = frozenset({"fight", "attack", "live_fire", "riot", "beating"})
# Weapons that make a weak word of attack ('targeted') one: what they struck is a target.
STRIKING_WEAPONS = frozenset({"suicide_bomb", "explosive", "grenade", "shelling", "air_strike"})
# Prepositions that place a named act before the one told.
BEFORE_PREPS = frozenset({"after", "following", "since"})
# What a capture takes when it is a seizure of property, not of territory.
GOODS_NOUNS = frozenset({
    "drug", "marijuana", "cannabis", "cocaine", "heroin", "narcotic", "weapon", "arm",
    "ammunition", "cigarette", "explosive", "cash", "money", "vehicle", "truck", "car", "cattle",
    "livestock", "goods", "contraband", "fuel", "gold", "timber", "ton", "tonne", "kg", "kilo",
    "kilogram", "gram", "pound", "litre", "liter",
    "bomb", "cache", "tank", "firearm", "rifle", "ied", "device", "mine", "rocket", "launcher",
    "munition", "pistol", "gun", "motorcycle", "motorbike",
})  # fmt: skip
# ...of which the weapons, whose seizure ACLED codes as disrupted weapons use.
WEAPON_NOUNS = frozenset({
    "weapon", "arm", "ammunition", "explosive", "bomb", "cache", "firearm", "rifle", "ied",
    "device", "mine", "rocket", "launcher", "munition", "pistol", "gun", "grenade",
    "mortar", "missile", "shell", "howitzer", "rpg", "artillery", "landmine", "ordnance",
})  # fmt: skip
# ...and the people it takes when it is an arrest.
PEOPLE_NOUNS = frozenset({
    "migrant", "refugee", "suspect", "man", "woman", "people", "person", "member", "youth",
    "fighter", "militant", "soldier", "officer", "civilian", "activist", "protester", "student",
    "worker", "trafficker", "smuggler", "journalist", "leader", "commander", "individual",
    "child", "boy", "girl", "resident", "villager", "teenager", "citizen", "national", "rebel",
    "insurgent", "terrorist", "gunman", "prisoner", "policeman", "guard", "hostage", "driver",
    "tourist", "companion", "passenger", "trader", "farmer", "herder", "official", "employee",
    "diplomat", "ambassador", "envoy", "staff",
})  # fmt: skip
# ...of which the armed, whose capture (not arrest) ACLED codes as a battle with their side.
COMBATANT_NOUNS = frozenset({
    "fighter", "militant", "soldier", "rebel", "insurgent", "combatant", "troop", "militiaman",
    "jihadist",
})  # fmt: skip
CAPTURING = frozenset({"capture", "seize"})
# Words that hold what was taken in an 'of' after them ('control of', 'packs of').
HOLDING_WORDS = frozenset({
    "control", "pack", "packet", "total", "number", "quantity", "amount", "batch", "consignment",
    "shipment", "load", "haul", "lot", "bag", "box", "crate",
})  # fmt: skip
# Verbs of sending people away, which take no one into custody; and the cue they then tell.
EXPELLING = frozenset({"expel"})
EXPULSION = "expulsion"
# What a crowd fights over when it is no demand: a dispute, a rivalry, an altercation.
DISPUTES = frozenset({
    "dispute", "rivalry", "feud", "altercation", "quarrel", "argument", "enmity", "reason",
    "row", "squabble", "grudge",
})  # fmt: skip
GANG_WORDS = re.compile(r"\b(gang|cartel|militia|gunm[ae]n|bandit)", re.IGNORECASE)
# How a demonstration or its crowd is called when it turns violent.
VIOLENT_MANNER = frozenset({"violent", "violently", "rowdy", "unruly", "riotous"})
VIOLENT_CROWD = re.compile(
    r"(?<!non-)(?<!non )\b(violently|rowdy|unruly|riotous)\b|(?<!non-)(?<!non )\bviolent "
    r"(protest|demonstrat|residents|youths?|crowds?|mobs?|students|traders|supporters|"
    r"confrontation|clash)",
    re.IGNORECASE,
)
# Security forces: a crowd fighting them over a grievance makes a violent demonstration.
SECURITY_KINDS = frozenset({"police", "military"})
# Acts of damage that take a crowd (vandalism, stoning), unlike arson, which a few can do.
CROWD_DAMAGE = frozenset({
    "vandalise", "vandalize", "vandalism", "vandalised", "vandalized", "pelt", "stone",
    "stone-pelting", "brickbat", "brick", "ransack", "crude", "cocktail", "molotov", "petrol",
})  # fmt: skip
# Home-made bombs a crowd throws ('exploded crude bombs'): the explosion is the riot's.
CROWD_BOMBS = frozenset({"crude", "cocktail", "molotov", "petrol"})
EXPLODING = frozenset({"explode", "detonate", "blast", "explosion", "hurl", "throw"})
# Verbs of foiling: with a demonstration as what is foiled, an intervention in it.
FOILING = frozenset({"foil", "thwart"})
# Cues naming a weapon or a force that uses it: a name holding them still tells the act.
WEAPON_CUES = frozenset({
    "air_strike", "shelling", "explosive", "grenade", "suicide_bomb", "chemical",
})  # fmt: skip
# Entities whose names may hold an act's word ("National Torch Movement").
NAME_ENTITIES = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"})
# Verbs of protest whose infinitive is what the protesters want, not what they did.
PURPOSE_GOVERNORS = frozenset({
    "complain", "protest", "demonstrate", "rally", "march", "gather", "campaign", "mobilize",
    "mobilise", "petition", "call", "urge", "demand", "vow", "pledge",
})  # fmt: skip
# What a protest is about: "against the killing", "over the arrests", "condemning the attack",
# "following the death of a shopkeeper after police beating", "calling for the arrest".
GRIEVANCE_PREPS = frozenset({"against", "over", "after", "following", "for", "about"})
GRIEVANCE_VERBS = frozenset({
    "protest", "condemn", "denounce", "decry", "oppose", "criticize", "criticise", "demand",
    "mourn", "commemorate", "reject",
})  # fmt: skip
# Singular nouns that name many people ("youth attacked officials").
COLLECTIVE_NOUNS = frozenset({
    "youth", "people", "family", "crowd", "public", "community", "group", "couple", "staff",
    "mob", "gang", "population",
})  # fmt: skip
# A lynching always has a victim, named or not ("a suspected thief was lynched").
LYNCHING = re.compile(r"\blynch\w*", re.IGNORECASE)
MOB_WORDS = re.compile(r"\b((?<!flash )mob|lynch\w*|crowd|vigilante\w*)\b", re.IGNORECASE)
# Several acts told as one: "attacked us six times", "three attacks", "a series of raids".
AGGREGATE = re.compile(
    r"\b(\w+ times|repeated(ly)?|series of|wave of|"
    r"(two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|numerous|dozens of)"
    r"( [A-Z][a-z]+)? (attacks|strikes|raids|assaults|airstrikes|ambushes))\b",
    re.IGNORECASE,
)
# A toll told for a whole country ("at least 19 people were killed across the country as the
# protests turned violent"): the dead of many acts, not of the one the sentence tells.
NATIONWIDE_TOLL = re.compile(
    r"\b(?:killed|dead|died|deaths|death toll)\b[^.;]{0,60}?\b(?:across|around|throughout) the "
    r"country\b|\b(?:killed|dead|died|deaths)\b[^.;]{0,60}?\bnationwide\b"
    r"|\b(?:across|throughout) the country,[^.;]{0,40}?\b(?:killed|died)\b",  # "Across the ..."
    re.IGNORECASE,
)

# A day told only by reference to the event before ("the same day", "that night", "later
# that day"). A fallback: the date readers (sitrep.time.sequels) date "later that day" on the
# last day told, and an event they dated keeps its date (assemble._same_day_dates).
SAME_DAY = re.compile(r"\b(the same|that) (day|night|morning|afternoon|evening)\b", re.I)
SAME_DAY_TAG = "same_day"

COUNTRY_HINT = "sitrep.country_hint"


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """One event as found in one sentence, before places, dates and ids are attached."""

    sub_event_type: SubEventType
    trigger: Span
    sentence: Span
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc1: ActorMention | None = None
    actor1_inferred: bool = False
    actor2_inferred: bool = False
    victims: bool = False
    within_one_side: bool = False
    counter_protest: bool = False
    country_hint: str | None = None
    casualty_report: bool = False
    retelling: bool = False
    fatalities: Count | None = None
    fatality_span: Span | None = None
    claimed_by: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True, kw_only=True)
class Tools:
    """What sentence extraction needs, loaded once per pipeline."""

    lexicon: Lexicon
    triggers: TriggerFinder
    actors: ActorDictionary | None = None


def sentence_draft(
    sent: SpacySpan,
    *,
    tools: Tools,
    actors: Sequence[ActorMention],
    quotes: Sequence[Quote],
    document_actors: Sequence[ActorMention] = (),
    triggers: Sequence[Trigger] | None = None,
) -> Draft | None:
    """The event a sentence reports, or None (no trigger, irrealis, figurative, no type).
    `triggers` are the sentence's triggers when the caller matched the whole document."""
    doc = sent.doc
    candidates = tools.triggers.find(sent) if triggers is None else triggers
    found = [t for t in candidates if not _inside_actor_name(doc, t, actors)]
    found = [t for t in found if not _inside_a_name(doc, t) and not _aim_of_a_noun(doc, t)]
    found = _without_grievances(doc, found)
    found = [t for t in found if not past_harm_described(doc, t, found)]  # 'shot last month'
    found = [t for t in found if not idle_engagement(doc, t) and not _qualifier(doc, t)]
    found = [t for t in found if not _freed_captives(doc, t)]
    found = [t for t in found if not taken_from_the_freed(doc, t)]  # "released those it seized"
    found = [t for t in found if not handed_no_ground(doc, t)]  # "handing over 12 rifles"
    found = [t for t in found if not harmed_as_people(doc, t)]  # "treated the injured"
    found = [t for t in found if not carried_weapon(doc, t)]  # "carrying hand grenades"
    found = [t for t in found if not plotted_act(doc, t)]  # "foiled a plot to attack"
    found = [t for t in found if not harmed_in_custody(doc, t)]  # "were beaten in custody"
    found = [replace(t, cue="protest") if symbolic_burning(doc, t) else t for t in found]
    found = _named_violence(doc, found)
    found = _crowd_bombs(doc, found)
    found = [_what_was_seized(doc, t) for t in found]
    found = [fighters_destroyed(doc, t) for t in found]  # 'destroyed a sabotage group'
    found = [as_weapon_found(doc, t) for t in found]  # 'found an unexploded bomb'
    found = [as_dispersal(doc, t) for t in found]  # 'cleared the protesters from the square'
    found = [destroyed_in_flight(doc, t) for t in found]  # 'destroyed a drone over the sea'
    found = downed_barrage(doc, found, tools.actors)  # 'launched 55, downed 42'
    found = without_raid_settings(doc, found)  # "arrested five suspects in a raid"
    found = without_entries_to_destroy(doc, found)  # "stormed a station, smashing equipment"
    found = [replace(t, cue="protest") if labour_strike(doc, t) else t for t in found]
    found = [t for t in found if not stopped_weapon(doc, t) and not no_blast(doc, t)]
    found = [t for t in found if not dead_by_misadventure(doc, t.span(doc))]
    found = [t for t in found if not harmless(doc, t) and not idle_word(doc, t)]
    found = [t for t in found if not war_toll(doc, t) and not removes_no_one(doc, t)]
    found = [t for t in found if not standing_record(doc, t)]  # "have killed thousands"
    found = [t for t in found if not counted_again(doc, t)]  # "It was the third attack"
    found = [t for t in found if not told_as_prevalent(doc, t)]  # "kidnapping is rampant"
    found = [t for t in found if not attacked_in_words(doc, t)]  # "an attack on the budget"
    found = [t for t in found if not named_as_defendants(doc, t)]  # "the trial of protesters"
    found = [t for t in found if not aim_or_reason(doc, t)]  # "raids targeting suspected ..."
    found = [t for t in found if not fired_in_a_test(doc, t)]  # "fired missiles into the sea"
    found = [t for t in found if not grievance_retold(doc, t)]  # "He was arrested in ..."
    found = [t for t in found if not agreement_in_force(doc, t)]  # "as part of the truce"
    found = [t for t in found if not long_before(doc, t)]  # "months after capturing the town"
    found = [t for t in found if not fled_violence(doc, t)]  # "thousands fled the fighting"
    found = [t for t in found if not ambience(doc, t) and not said_as_habit(doc, t, quotes)]
    found = [t for t in found if not _earlier_crowd_act(doc, t)]
    found = [t for t in found if t.cue not in CROWD_CUES or not set_apart(doc[t.head])]
    found = _without_gathering_settings(doc, found)
    found = retyped(doc, found, actors)
    found = without_accused_acts(doc, found)
    found = without_background_series(doc, found)  # "after a series of attacks on villages"
    found = without_tried_takings(doc, found)
    found = without_consequent_arrests(doc, found)  # "was arrested after shooting dead a man"
    found = without_consequent_withdrawals(doc, found)  # "withdrew after being ambushed"
    found = without_foiled_attempts(doc, found)  # "tried to vandalise vehicles, but failed"
    found = without_blamed_acts(doc, found)  # "They held the government responsible after ..."
    found = without_answered_fire(doc, found)
    found = without_remote_background(doc, found)  # "shelled them after they set off an IED"
    found = without_sought_outcomes(doc, found)  # "trying to reach a ceasefire"
    found = without_strike_fires(doc, found)  # "shelled the town, setting fields ablaze"
    live = _asserted(doc, found, tools.lexicon)
    if tools.actors is not None:  # "Russia launched 93 missiles": the state's forces
        actors = [*actors, *states_named_as_agents(doc, live, tools.actors, actors)]
    if live and _figurative(sent, actors, tools.lexicon):
        live = [t for t in live if _protest_word(doc, t) or _crowd_act_told(sent, t, actors)]
    live = with_forced_entry(sent, live)  # "protesters stormed the parliament"
    if not live:
        return None
    blockade = any(barricaded(doc, t) for t in live)
    live = [replace(t, cue="riot") if barricaded(doc, t) else t for t in live]
    # before weak words are confirmed; a killing told as a fight's outcome ('fought with and
    # killed three herders') is no attack of its own
    told_attack = any(t.cue == "attack" and not _fights_outcome(doc, t, live) for t in live)
    live = _confirmed(sent, live, actors)
    if not {t.cue for t in live} - WEAK_CUES:
        return None
    by_hand = any(t.cue == "beating" for t in live)
    live = [replace(t, cue="attack") if t.cue == "beating" else t for t in live]
    live = without_opening_bombs(doc, live)  # "a car bomb at the gate before storming it"
    main = _main_trigger(doc, live)
    cues = frozenset(t.cue for t in live)
    actors = _outside_protest_names(doc, actors, live)
    if cues & GRIEVANCE_HOLDERS:  # a riot's demand names no side ("demanded X's resignation")
        preps = "protest" in cues  # a riot 'over police efforts to remove them' faces police
        actors = [m for m in actors if not _named_in_the_grievance(doc, m, preps=preps)]
    if "protest" not in cues and doc[main.head].lemma_.lower() in CROWD_WORDS:
        actors = [m for m in actors if not _armed_in_the_grievance(doc, m)]  # police still face it
    actors = [m for m in actors if not kin_named(doc, m)]  # "the wife of a KDF soldier"
    actors = [m for m in actors if not worn_name(doc_text(doc), m)]  # "men in RSF uniforms"
    actors = [m for m in actors if not former_affiliation(doc_text(doc), m)]  # "a former SDF"
    document_actors = [
        m for m in document_actors if not kin_named(doc, m) and not worn_name(doc_text(doc), m)
    ]
    heads = [main.head, *(t.head for t in live if t is not main)]
    witnesses = no_parties(doc, heads)
    named = actors  # the dead and the finders of remains still tell whether victims bore arms
    actors = [m for m in actors if not any(a <= m.span.start < b for a, b in witnesses)]
    actors = [m for m in actors if not _named_in_an_accusation(doc, m)]
    actors = without_means(doc, actors)
    actors = without_bracketed_twins(doc_text(doc), actors)
    actor1, actor2, inferred = participants(
        sent, main, heads, tools.actors, cues, actors, document_actors
    )
    if _died(doc, actor1) and actor2 is not None and actor2.actor.inter in KILLER_INTERS:
        actor1, actor2 = actor2, actor1  # "a man died of torture in the regime's prison"
    actor2 = _as_civilian_target(doc, actor2, tools.actors, fight="fight" in cues)
    actor2 = as_demonstrators(doc, live, actor2)  # "attacked a procession of students"
    shooters = _anonymous_shooters(sent, actor1)
    if shooters:
        actor1 = None  # ACLED's stand-in names them: an unidentified armed group
    fights = [doc[t.head].idx for t in live if t.cue == "fight" and "protest" not in cues]
    sides = communal_sides(sent, fights=fights, actors=tools.actors, mentions=document_actors)
    if sides is not None:
        actor1, actor2 = sides  # communities fighting: their militias clash
    actor1 = herders_as_militia(actor1, cues, mentions=document_actors)
    if "fight" not in cues and _allies(actor1, actor2):
        actor2 = next((m for m in actors if m.actor.inter == CIVILIAN_INTER), None)
    if "riot" in cues and _state_bystander(doc, actor1, main.head) and actor2 is None:
        actor1, actor2 = None, actor1
    count = fatalities(sent)
    text = span_words(sent).text  # spaCy rebuilds sent.text from its tokens at each access
    armed_victim = any(_armed_victim(doc[h], named) for h in heads)
    situation = Situation(
        cues=cues,
        inter1=actor1.actor.inter if actor1 else None,
        inter2=actor2.actor.inter if actor2 else None,
        fatal=bool(count and count.value > 0),
        mob=bool(MOB_WORDS.search(text)),
        crowd_actor=not shooters
        and not witnesses
        and (crowd_acts(doc, main.head, actor1) or crowds_between(doc, main.head)),
        armed_target=_armed_target_named(sent, actor1),
        armed_victim=armed_victim,
        bystanders=_bystanders(doc, live, actor2),
        captive_victims=_captives_named(sent) or _captives_killed(sent, armed_victim),
        by_hand=by_hand
        and not WEAPONS.search(text)
        and not armed_doer(doc[main.head], mentions=document_actors),
        weapons=bool(WEAPONS.search(text)),
        lynching=bool(LYNCHING.search(text)),
        forces_target=actor2 is not None and actor2.kind in SECURITY_KINDS,
        unnamed_group=_unnamed_people(actor1),
        crowd_weapons=any(w.lemma_.lower() in CROWD_DAMAGE for t in live for w in t.span(doc)),
        demonstration_words="protest" in cues or demonstration_scene(sent),
        grievance=_stated_grievance(sent),
        lone_agent=_lone(doc, actor1),
        party=actor1 is not None and actor1.kind == "party",
        unnamed_agent=actor1 is None or (actor1.generic and actor1.kind == "armed_group"),
        noncombatants=_noncombatants(doc, actor2),
        demonstration_told=demonstration_told(doc, at=sent.start_char),
        attack_told=told_attack,
        armed_partner=any(_armed_partner(doc[t.head], named) for t in live if t.cue == "fight"),
        remote_alongside=remote_alongside(doc, live),
        fire_returned=fire_returned(sent),
        attack_answered=attack_answered(sent),
        civil_state_target=actor2 is not None and actor2.kind == "government",
        rioting=rioting_in(sent),
        riot_scene=riot_setting(sent),
        person_taken=person_taken(doc, live),
        quarrel=quarrel_told(sent),
        demonstrators_set_upon=others_set_upon(doc, live),
        serious_injuries=serious_injuries(text),
        blockade=blockade,
        captives_harmed="abduction" in cues and harmed_next(sent),
        bombers_stopped=bombers_stopped(doc, live),
        custody=custody_fate(sent) if "arrest" in cues else None,
        gunfire="grenade" in cues and gunfire_told(sent),
        direct_fire=bool(cues & {"shelling", "explosive"}) and direct_fire_told(sent),
        raid_taking=taking_raid(doc, live),
    )
    sub = classify(situation)
    if sub is None:
        return None
    sub = mob_named(sub, cues, actor1, actor2, demonstrating=demonstration_in(sent))
    cast = cast_crowd(sub, actor1, actor2)
    if sub in ONE_SIDED:  # a base set up has its founder only
        cast = replace(cast, actor2=None)
    if sub == SubEventType.SUICIDE_BOMB and _a_civilian(cast.actor1):
        cast = replace(cast, actor1=None)  # "a woman blew herself up": an armed group's bomber
    if sub == SubEventType.PEACEFUL_PROTEST and count and not _dead_at(doc, count, live):
        count = None  # no one dies at a peaceful protest: its dead are its grievance's
    shown = evidence_trigger(sub, live) or main
    return Draft(
        sub_event_type=sub,
        trigger=_char_span(doc, shown.start, shown.end, "trigger"),
        sentence=Span(start=sent.start_char, end=sent.end_char, text=text, label="sentence"),
        actor1=cast.actor1,
        actor2=cast.actor2,
        assoc1=cast.assoc1,
        actor1_inferred=inferred and cast.assoc1 is None,
        victims=victims_named(sent) or bool(LYNCHING.search(text)),
        within_one_side=bool(WITHIN_ONE_SIDE.search(text)),
        counter_protest=bool(COUNTER_PROTEST.search(text)),
        country_hint=_country_hint(doc, tools.actors),
        fatalities=count,
        fatality_span=_char_span(doc, count.start, count.end, "fatalities") if count else None,
        claimed_by=claimed_by(doc[main.head], list(quotes)),
        tags=_tags(sent, live, actors),
        casualty_report=_only_counts_the_dead(doc, live, actors, count),
        retelling=not downing_told(doc, live)
        and retells(doc, [(t.head, t.cue in WEAK_CUES) for t in told_acts(doc, live)]),
    )


def _armed_target_named(sent: SpacySpan, agent: ActorMention | None = None) -> bool:
    """A target that is armed though no actor is named ('attacked a checkpoint'): a noun, not
    a verb's form ('over posting on social media'), and not the attacker's own word ('armed
    militants attacked a village')."""
    told = span_words(sent)
    read = zip(told.pos, told.lemmas, told.lowers, strict=True)
    return any(
        pos in ("NOUN", "PROPN")
        and (lemma in ARMED_TARGET_WORDS or lower in ARMED_TARGET_WORDS)
        and not _inside(sent.doc[i], agent)
        and not whose_kin(sent.doc[i])  # "the wife of a soldier"
        for i, (pos, lemma, lower) in enumerate(read, start=told.start)
    )


def _inside(token: Token, mention: ActorMention | None) -> bool:
    """Within the agent's words, unless the parse took the armed dead for the agent ('12
    fighters were reported killed')."""
    if token.dep_ == "nsubjpass" and not controls_a_gerund(token):
        return False
    return mention is not None and mention.span.start <= token.idx < mention.span.end


def _captives_named(sent: SpacySpan) -> bool:
    """Prisoners, hostages or an execution told, except people taken captive in the act ('six
    were taken as hostages' after soldiers were killed: the killed were no captives)."""
    return any(not _being_taken(sent.doc[i]) for i in span_words(sent).having(CAPTIVE_WORDS))


def _being_taken(word: Token) -> bool:
    """'taken hostage', 'taken as hostages', 'held captive'."""
    head = word.head.head if word.head.lower_ == "as" else word.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in TAKING_HOSTAGE


def _captives_killed(sent: SpacySpan, armed_victim: bool) -> bool:
    """Those killed had been taken captive ('killed three policemen they had kidnapped',
    'abducted and killed two men'), unless the taking is an act of its own, on others,
    beside an attack on armed men ('killing an officer and abducting two others')."""
    takings = [sent.doc[i] for i in span_words(sent).having(TAKING_CAPTIVES)]
    takings = [t for t in takings if not _said_of_the_freed(t)]  # "rescued kidnapped villagers"
    own_captives = [t for t in takings if any(c.dep_ == "dobj" for c in t.children)]
    return bool(takings) and (len(own_captives) < len(takings) or not armed_victim)


def _stated_grievance(sent: SpacySpan) -> bool:
    """A stated demand or grievance ('against', 'demanding'), or a disputed election: rioting
    over an election ('post-election violence') is a demonstration's violence."""
    if _mentions(sent, ELECTORAL_WORDS):
        return True
    return _mentions(sent, CLAIM_WORDS - {"claim"}) and not _mentions(sent, DISPUTES)


def _dead_at(doc: Doc, count: Count, live: Sequence[Trigger]) -> bool:
    """The dead were killed at the gathering: 'two people were shot dead during protests'."""
    verb = doc[count.start]
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    for trigger in live:
        word = doc[trigger.head]
        prep = word.head
        if word.dep_ == "pobj" and prep.lower_ in ("during", "at", "in") and prep.head == verb:
            return True
    return False


def _a_civilian(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.inter == CIVILIAN_INTER


def _noncombatants(doc: Doc, mention: ActorMention | None) -> bool:
    """People named by what makes them no fighters ('villagers', 'passengers', 'students'),
    not by a group word that may hide a side ('a group of people', 'herders', 'youths')."""
    if mention is None or mention.actor.inter != CIVILIAN_INTER:
        return False
    where = place_span(doc, mention.span.start, mention.span.end)
    return where is not None and doc[where.root].lemma_.lower() in NONCOMBATANT_WORDS


def _died(doc: Doc, mention: ActorMention | None) -> bool:
    """People named as the subject of dying ('a man died as a result of torture') are the
    victims, never the ones who acted."""
    root = _civilian_root(doc, mention)
    return (
        root is not None
        and root.dep_ == "nsubj"
        and root.head.lemma_.lower() in ("die", "perish", "succumb")
    )


def _civilian_root(doc: Doc, mention: ActorMention | None) -> Token | None:
    """The head word of a civilian mention in the parse, or None for others."""
    if mention is None or mention.actor.inter != CIVILIAN_INTER:
        return None
    where = place_span(doc, mention.span.start, mention.span.end)
    return doc[where.root] if where is not None else None


def _unnamed_people(mention: ActorMention | None) -> bool:
    """'unidentified persons', 'assailants': people not named, in no gang or force."""
    if mention is None or not mention.generic or mention.kind != "armed_group":
        return False
    return not GANG_WORDS.search(mention.span.text)


def _lone(doc: Doc, mention: ActorMention | None) -> bool:
    """One unnamed person acting ('a man shot dead his neighbour'): no crowd."""
    if mention is None or not mention.generic or mention.actor.inter != CIVILIAN_INTER:
        return False
    where = place_span(doc, mention.span.start, mention.span.end)
    if where is None:
        return False
    root = doc[where.root]
    return root.tag_ == "NN" and root.lemma_.lower() not in COLLECTIVE_NOUNS


def _allies(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Two state forces of one country ('regime forces shelled the town as Syrian or Russian
    warplanes struck it') act together: neither is the other's target. Forces of rival
    authorities of one country are named for different periods ('Military Forces of Yemen
    (2012-)' against the Houthis' '(2016-) Supreme Political Council'): they fight."""
    if a is None or b is None or a.actor.inter != 1 or b.actor.inter != 1:
        return False
    if a.actor.country is None or a.actor.country != b.actor.country:
        return False
    since_a, since_b = actor_key(a.actor.name)[1], actor_key(b.actor.name)[1]
    return since_a is None or since_b is None or since_a == since_b


def _state_bystander(doc: Doc, actor1: ActorMention | None, head: int) -> bool:
    """A state force named in a riot sentence but not as the one who riots ("vendors riot over
    police efforts to remove them"): the force is the other side, the crowd is unnamed."""
    if actor1 is None or actor1.actor.inter not in (1, 8):
        return False
    where = place_span(doc, actor1.span.start, actor1.span.end)
    return where is not None and role_of(doc, where, head) is not Role.AGENT


def _as_civilian_target(
    doc: Doc, target: ActorMention | None, actors: ActorDictionary | None, *, fight: bool = False
) -> ActorMention | None:
    """Targets who are civilians though a force's or a community's name is on them: 'an
    off-duty police officer' (ACLED: off-duty forces are civilians), 'a Degodia herdsman',
    'Pokot villages' (people of a community, not its militia), and, outside a fight, a
    community named bare ('Orma attacked Pokomo', 'killed two Maasai'): its people."""
    if target is None or actors is None:
        return target
    text = doc_text(doc)[max(0, target.span.start - 12) : target.span.start].lower()
    off_duty = target.actor.inter == 1 and (
        OFF_DUTY.search(text) is not None or _said_off_duty(doc, target)
    )
    after = doc.char_span(target.span.end, target.span.end, alignment_mode="expand")
    nxt = doc[after.start] if after is not None and after.start < len(doc) else None
    community = COMMUNITY_MILITIA.search(target.actor.name) is not None
    of_community = (
        community
        and nxt is not None
        and nxt.idx >= target.span.end
        and nxt.lemma_.lower() in COMMUNITY_CIVILIANS
    )
    bare = community and not fight and _named_bare(target)
    if not (off_duty or of_community or bare):
        return target
    civilians = actors.resolve("civilians", country=target.actor.country)
    if civilians is None:
        return target
    return ActorMention(span=target.span, actor=civilians, kind="civilians", generic=True)


def _said_off_duty(doc: Doc, mention: ActorMention) -> bool:
    """'an off-duty Frontier Police officer', 'a police officer (off-duty)': the words of the
    mention's noun phrase, and a bracket right after it, say the force was off duty."""
    where = place_span(doc, mention.span.start, mention.span.end)
    if where is None:
        return False
    root = doc[where.root]
    start = root.left_edge.idx
    end = root.right_edge.idx + len(root.right_edge) + 12
    return OFF_DUTY_WORD.search(doc_text(doc)[start:end]) is not None


def _named_bare(mention: ActorMention) -> bool:
    """A community's name with no word of its fighters ('Pokomo', not 'Pokomo raiders')."""
    last = mention.span.text.split()[-1].lower()
    return last not in COMMUNITY_FIGHTERS


def _country_hint(doc: Doc, actors: ActorDictionary | None) -> str | None:
    """The country the report's own words name (once per document: kept in the Doc)."""
    if actors is None:
        return None
    if COUNTRY_HINT not in doc.user_data:
        doc.user_data[COUNTRY_HINT] = actors.country_named(doc_text(doc))
    hint = doc.user_data[COUNTRY_HINT]
    return hint if isinstance(hint, str) else None


def _confirmed(
    sent: SpacySpan, live: list[Trigger], actors: Sequence[ActorMention]
) -> list[Trigger]:
    """Weak cues count only with support: a hit or a target by an armed actor is an attack;
    a gathering, a road block or a storming by an unarmed crowd with a demand is a protest."""
    armed = _armed_present(actors)
    claim = _mentions(sent, CLAIM_WORDS) or _claim_told_next(sent)
    out = []
    for t in live:
        if t.cue == "attack_weak":
            if armed or wound_inflicted(sent.doc, t.head):
                t = replace(t, cue="attack")
            elif claim and sent.doc[t.head].lemma_.lower() in CROWD_ENTRY:
                t = replace(t, cue="protest")  # "farmers stormed the offices to demand ..."
        elif t.cue == "intervention_weak":
            if not _demonstration_told(sent, actors):
                continue
            t = replace(t, cue="intervention")
        elif t.cue == "obstruction_weak" or _foiled(sent.doc, t, live):
            if not _state_stops_a_demonstration(sent, t, actors, live, claim):
                continue
            t = replace(t, cue="intervention")
        elif t.cue == "protest_weak":
            if not (claim or blocked_with_a_purpose(sent.doc, t, actors)):
                continue
            t = replace(t, cue="protest")
        out.append(t)
    return out


def _foiled(doc: Doc, trigger: Trigger, live: Sequence[Trigger]) -> bool:
    """'Police foiled the march': foiling, with a demonstration in the sentence, stops it."""
    if trigger.cue != "disrupted" or doc[trigger.head].lemma_.lower() not in FOILING:
        return False
    return any(t.cue in ("protest", "protest_weak") for t in live)


def _state_stops_a_demonstration(
    sent: SpacySpan,
    trigger: Trigger,
    actors: Sequence[ActorMention],
    live: Sequence[Trigger],
    claim: bool,
) -> bool:
    """State forces stopping, removing or holding back people where a demonstration is told
    intervene in it ('Police obstructed the rally', 'police removed the protesters', 'police
    used force against locals who had gathered and shouted slogans')."""
    gathering = any(t.cue == "protest" or (t.cue == "protest_weak" and claim) for t in live)
    told = gathering or _demonstration_told(sent, actors)
    return told and stopped_by_the_state(sent.doc, trigger, actors)


def _claim_told_next(sent: SpacySpan) -> bool:
    """'Members held a press conference with a banner. They urged the court to ...': a
    gathering's demand told in the next sentence, by its participants (a pronoun subject, or
    'the group' naming again a noun of the gathering's sentence), also as blame ('They held
    the government responsible', 'They blamed the management')."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    after = doc[sent.end].sent
    if not any(t.dep_ == "nsubj" and refers_back(t, sent) for t in after):
        return False
    return _mentions(after, (CLAIM_WORDS - {"over", "against", "support"}) | BLAME_WORDS)


def _demonstration_told(sent: SpacySpan, actors: Sequence[ActorMention]) -> bool:
    """A demonstration in this sentence or before it: crowds named, or words of protest."""
    if any(m.kind in CROWD_KINDS for m in actors):
        return True
    return demonstration_told(sent.doc, until=sent.end_char, plainly=True)


def _only_counts_the_dead(
    doc: Doc, live: list[Trigger], actors: Sequence[ActorMention], count: Count | None
) -> bool:
    """'Two people were killed.': deaths counted, nobody named as acting, no other act. A
    named victim with no agent ('The Tigers' field commander was killed') is still a count of
    an event told before."""
    if count is None or not count.value:
        return False
    if any(not m.generic for m in actors):
        return all(_agentless_death(doc[t.head]) for t in live)
    counts = [t for t in live if doc[t.head].lemma_.lower() in CASUALTY_LEMMAS]
    others = [t for t in live if t not in counts and not anaphoric(doc[t.head])]
    # "One person was killed, and more houses were torched": the damage told beside the
    # count belongs to the same event
    return not others or (bool(counts) and all(_property_damage(doc, t) for t in others))


def _property_damage(doc: Doc, trigger: Trigger) -> bool:
    return trigger.cue in ("riot", "looting") and doc[trigger.head].lemma_.lower() in DAMAGE_VERBS


def _agentless_death(verb: Token) -> bool:
    """'was killed', 'died', 'were wounded': harm told with no one named as doing it."""
    lemma = verb.lemma_.lower()
    if lemma in ("die", "perish", "succumb"):
        return True
    if lemma not in ("kill", "shoot", "wound", "injure") or verb.pos_ != "VERB":
        return False
    return agentless_passive(verb)


def _anonymous_shooters(sent: SpacySpan, actor1: ActorMention | None) -> bool:
    """'Two men on a motorcycle shot dead a trader', 'he was shot by people who knocked on
    his door': unknown people who use firearms, with no mob or crowd told, are an armed
    group, not civilians (nor a mob). One man doing it is a civilian's act."""
    text = span_words(sent).text
    if not FIREARMS.search(text) or MOB_WORDS.search(text):
        return False
    if actor1 is None:
        return not crowd_followers(text)  # "members of the party opened fire": a crowd
    if not actor1.generic or actor1.actor.inter != CIVILIAN_INTER:
        return False
    where = place_span(sent.doc, actor1.span.start, actor1.span.end)
    return where is not None and sent.doc[where.root].lower_ in ANONYMOUS_PEOPLE


def _bystanders(doc: Doc, live: Sequence[Trigger], target: ActorMention | None) -> bool:
    """Civilians counted as the dead or hurt of a fight whose sides are named apart from them:
    'three people were killed in clashes between the Borana and the Gabra' (but in 'clashed
    with villagers' the villagers are a side)."""
    victim = _civilian_root(doc, target)
    if victim is None:
        return False
    counted = victim.dep_ in ("nsubjpass", "nsubj", "dobj") and (
        victim.head.lemma_.lower() in CASUALTY_LEMMAS
    )
    fights = [doc[t.head] for t in live if t.cue == "fight"]
    return counted and any(_sides_named_apart(f, victim) for f in fights)


def _sides_named_apart(fight: Token, victim: Token) -> bool:
    sides = [
        o
        for p in fight.children
        if p.dep_ == "prep" and p.lower_ in ("between", "with", "against")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    sides += [c for c in fight.children if c.dep_ == "nsubj" and _two_sides(c)]
    # "killed in tribal clashes": the fight's word names its sides by their kind
    sides += [
        c for c in fight.children if c.dep_ in ("amod", "compound") and c.lower_ in SIDE_KINDS
    ]
    return bool(sides) and all(victim not in o.subtree for o in sides)


# Words of blame whose clause names what someone was accused of, not who took part.
ACCUSING = frozenset({"accuse", "accusation", "allegation", "allege", "suspicion"})
SIDE_KINDS = frozenset({
    "tribal", "ethnic", "communal", "clan", "inter-clan", "interclan", "intercommunal",
    "inter-communal", "inter-tribal", "intertribal", "sectarian", "factional", "inter-ethnic",
})  # fmt: skip


def _two_sides(subject: Token) -> bool:
    """'Indian and Pakistani troops', 'military forces of India and Pakistan' (exchanged
    fire): a subject that names both sides of a fight."""
    if subject.conjuncts:
        return True
    of = [p for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"]
    return any(o.conjuncts for p in of for o in p.children if o.dep_ == "pobj")


def _armed_victim(trigger: Token, actors: Sequence[ActorMention]) -> bool:
    """The act's target bears arms: 'shot dead a ranger', 'two NDS members were killed', 'an
    attack on a police officer' (an off-duty or former one is a civilian)."""
    return any(_bears_arms(v, actors) for v in _targets(trigger))


def _named_in_an_accusation(doc: Doc, mention: ActorMention) -> bool:
    """'killed a young man under accusations that he belonged to the PKK', 'a civilian they
    accused of being an informant for the Iraqi government': a side named only in what the
    victim was accused of takes no part."""
    where = place_span(doc, mention.span.start, mention.span.end)
    if where is None:
        return False
    token, through = doc[where.root], False
    for _ in range(8):
        if token.head.i == token.i:
            return False
        if held_against(token):
            return True  # "detained over the bombing of a party office": no side of the arrest
        through = through or token.dep_ in ("ccomp", "acl", "pcomp", "relcl")
        through = through or (token.dep_ == "prep" and token.lower_ == "of")  # "accusing him of"
        token = token.head
        if token.lemma_.lower() in ACCUSING and through:
            return True
    return False


def _fights_outcome(doc: Doc, trigger: Trigger, live: Sequence[Trigger]) -> bool:
    """'fought with and killed', 'clashed with and killed': the act is a conjunct of a
    fight word."""
    head = doc[trigger.head]
    fights = {t.head for t in live if t.cue == "fight"}
    return head.dep_ == "conj" and head.head.i in fights


def _armed_partner(fight: Token, actors: Sequence[ActorMention]) -> bool:
    """The side a fight is with bears arms: 'soldiers battle Pokot warriors following an
    attack against farmers' (the farmers are the earlier attack's victims, not this side)."""
    partners = [c for c in fight.children if c.dep_ == "dobj"]
    preps = [c for c in fight.children if c.dep_ == "prep" and c.lower_ in ("with", "against")]
    partners += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    if fight.dep_ == "compound":
        partners.append(fight.head)  # a headline misparsed: "Soldiers battle Pokot warriors"
    return any(_bears_arms(g, actors) for p in partners for g in (p, *p.conjuncts))


# Verbs of harm told beside the act's own: their victims are the act's too.
CONJOINED_HARM = frozenset({"kill", "wound", "injure", "hurt"})


def _targets(trigger: Token) -> list[Token]:
    if trigger.pos_ == "NOUN":
        preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
        found = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    else:
        found = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if not found and trigger.dep_ == "conj":
            found = [c for c in trigger.head.children if c.dep_ in ("dobj", "nsubjpass")]
        found += [v for c in trigger.conjuncts for v in _harmed_beside(c)]
    return [g for t in found for g in (t, *t.conjuncts)]


def _harmed_beside(verb: Token) -> list[Token]:
    """'a civilian was killed and several policemen wounded': the ones harmed in the same
    telling by a conjoined verb of harm (its gapped passive parsed with a subject)."""
    if verb.lemma_.lower() not in CONJOINED_HARM:
        return []
    gapped = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    roles = ("dobj", "nsubjpass", "nsubj") if gapped else ("dobj", "nsubjpass")
    return [c for c in verb.children if c.dep_ in roles]


def _bears_arms(noun: Token, actors: Sequence[ActorMention]) -> bool:
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "advmod")}
    phrase = doc_text(noun.doc)[noun.left_edge.idx : noun.right_edge.idx + 20]
    if modifiers & UNARMED_MODIFIERS or OFF_DUTY_WORD.search(phrase):
        return False
    lemma = noun.lemma_.lower()
    if lemma in ARMED_PERSON_WORDS or noun.lower_ in ARMED_PERSON_WORDS:
        return True
    if noun.pos_ == "PROPN":  # "commander Yusuf al Awni", "Ali Omar, a militia commander"
        titles = [c for c in noun.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
        return any(_bears_arms(t, actors) for t in titles)
    if lemma in ("officer", "personnel", "agent") and modifiers & ARMED_MODIFIERS:
        return True
    if lemma not in ("member", "officer", "personnel", "agent"):
        return False
    if _of_a_force_unit(noun):
        return True
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return any(
        start <= m.span.start < end and m.actor.inter in ARMED_INTERS and m.kind != "party"
        for m in actors
    )


def _of_a_force_unit(noun: Token) -> bool:
    """'two 5th Armored Division members', 'members of the 4th Brigade', 'an NDS member':
    a unit of the forces named on a member makes them armed."""
    words = [c for c in noun.subtree if c.i != noun.i]
    return any(w.text in FORCE_UNITS for w in words)


def _mentions(sent: SpacySpan, words: frozenset[str]) -> bool:
    told = span_words(sent)
    read = zip(told.lemmas, told.lowers, strict=True)
    return any(lemma in words or lower in words for lemma, lower in read)


def _inside_actor_name(doc: Doc, trigger: Trigger, actors: Sequence[ActorMention]) -> bool:
    """'riot police', 'Rapid Support Forces': words of an actor's name are not triggers."""
    if trigger.cue not in NAME_WORD_CUES:
        return False
    start = doc[trigger.start].idx
    return any(
        m.span.start <= start < m.span.end
        and m.kind not in CROWD_KINDS
        and not _fight_named_by_its_sides(doc, trigger, m)
        for m in actors
    )


def _fight_named_by_its_sides(doc: Doc, trigger: Trigger, mention: ActorMention) -> bool:
    """'tribal clashes', 'ethnic clashes': a mention that ends on a fight word (lower case, no
    name's) names the fight by the kind of its sides; the fight is still told."""
    end = doc[trigger.end - 1].idx + len(doc[trigger.end - 1])
    return trigger.cue == "fight" and doc[trigger.head].is_lower and end == mention.span.end


def _crowd_bombs(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """'exploded three crude bombs', 'hurled cocktail bombs at police': home-made bombs are
    a crowd's weapons (ACLED: mob violence or a violent demonstration); the explosion told
    with them is no remote explosive of its own."""
    if not any(_crowd_bomb(doc, t) for t in triggers):
        return triggers
    return [
        t
        for t in triggers
        if not (t.cue == "explosive" and doc[t.head].lemma_.lower() in EXPLODING | {"bomb"})
    ]


def _crowd_bomb(doc: Doc, trigger: Trigger) -> bool:
    return trigger.cue == "riot" and any(w.lemma_.lower() in CROWD_BOMBS for w in trigger.span(doc))


def _named_violence(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """'a violent protest': a demonstration called violent is a violent demonstration (a riot
    told beside the protest); 'post-election violence' is a riot, and 'ethnic violence' an
    attack, only when no other act is told ('women were raped during post-election violence':
    the violence is the setting)."""
    out: list[Trigger] = []
    others = any(t.cue in VIOLENT_CUES and not _violence_word(doc, t) for t in triggers)
    for t in triggers:
        if t.cue in ("riot", "attack") and others and _violence_word(doc, t):
            continue
        if t.cue == "attack" and _violence_word(doc, t) and _violence_as_topic(doc[t.head]):
            continue  # "a conference on ending ethnic violence"
        out.append(t)
        if t.cue == "protest" and _called_violent(doc[t.head]):
            out.append(replace(t, cue="riot"))
    return out


def _violence_word(doc: Doc, trigger: Trigger) -> bool:
    return doc[trigger.head].lemma_.lower() == "violence"


def _violence_as_topic(word: Token) -> bool:
    """'a conference on ethnic violence', 'to end clan violence': violence talked about or
    fought against, not told as happening."""
    if word.dep_ == "pobj" and word.head.lower_ in TOPIC_PREPS:
        return True
    return word.dep_ in ("dobj", "pobj") and word.head.lemma_.lower() in TOPIC_VERBS


def _called_violent(head: Token) -> bool:
    """'a violent protest', 'protested violently', 'disperse violent residents who were
    protesting', 'a rowdy crowd'."""
    manners = [c for c in head.children if c.dep_ in ("amod", "advmod")]
    if any(c.lower_ in VIOLENT_MANNER and not _negated_word(c) for c in manners):
        return True
    return VIOLENT_CROWD.search(span_words(head.sent).text) is not None


def _negated_word(token: Token) -> bool:
    """'non-violent': the word comes with 'non'."""
    before = [t.lower_ for t in token.doc[max(0, token.i - 2) : token.i]]
    return "non" in before or "non-" in before


def _qualifier(doc: Doc, trigger: Trigger) -> bool:
    """'a teacher's offensive remarks': a word of fighting that only qualifies a noun."""
    head = doc[trigger.head]
    before_its_noun = head.dep_ == "amod" and head.i < head.head.i
    return trigger.cue == "fight" and head.pos_ == "ADJ" and before_its_noun


FREEING_VERBS = frozenset({"rescue", "free", "release", "liberate", "reunite", "evacuate"})


def _freed_captives(doc: Doc, trigger: Trigger) -> bool:
    """'rescued 22 kidnapped victims': the taking told on the captives freed is an earlier
    event's, not one of this sentence."""
    return trigger.cue == "abduction" and _said_of_the_freed(doc[trigger.head])


def _said_of_the_freed(word: Token) -> bool:
    """A word of taking that describes captives freed ('rescued 22 kidnapped victims', 'two
    kidnapped victims were rescued')."""
    if word.dep_ not in ("amod", "acl"):
        return False
    captives = word.head
    freed = captives.dep_ in ("dobj", "nsubjpass")
    return freed and captives.head.lemma_.lower() in FREEING_VERBS


def _named_in_the_grievance(doc: Doc, mention: ActorMention, *, preps: bool = True) -> bool:
    """'students protested against police killings': who the grievance names is no party to
    the demonstration (without `preps`, who its demand names: 'demanded X's resignation')."""
    where = place_span(doc, mention.span.start, mention.span.end)
    return where is not None and in_the_grievance(doc[where.root], preps=preps)


def _armed_in_the_grievance(doc: Doc, mention: ActorMention) -> bool:
    """'riots in response to the beheading of a militia leader's wife': an armed group the
    grievance names is not the crowd that riots."""
    return mention.actor.inter in (2, 3, 4) and _named_in_the_grievance(doc, mention)


def _outside_protest_names(
    doc: Doc, actors: Sequence[ActorMention], live: Sequence[Trigger]
) -> list[ActorMention]:
    """'a flash mob protest': a crowd's word inside the name of a form of protest names no
    actor (the protesters are whoever held it), also when the mention takes in a quote mark
    beside it ("a 'flash mob' protest")."""
    names = [t.span(doc) for t in live if t.cue == "protest" and t.end - t.start > 1]
    return [m for m in actors if not any(n.start_char <= m.span.start < n.end_char for n in names)]


def _without_gathering_settings(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """'supporters clashed during a victory procession', 'stones were thrown at the rally': a
    political gathering named as where violence happened is its setting, not a demonstration
    (ACLED: violence at rallies between supporters is mob violence); so is a gathering a bomb
    'targeted' ('a car bomb targeted the convoy of the mayor')."""
    armed = any(t.cue in STRIKING_WEAPONS for t in triggers)
    violent = [
        t for t in triggers if t.cue in SETTING_VIOLENCE or (armed and t.cue == "attack_weak")
    ]
    if not violent:
        return triggers
    heads = {t.head for t in violent}
    return [t for t in triggers if not _gathering_setting(doc, t, heads)]


def _gathering_setting(doc: Doc, trigger: Trigger, violent_heads: set[int]) -> bool:
    """The gathering is where or when violence happened, or what it struck ('assaulted the
    victory procession': a mob's target, not a demonstration)."""
    head = doc[trigger.head]
    if trigger.cue != "protest" or head.lemma_.lower() not in GATHERINGS:
        return False
    if head.dep_ in ("dobj", "nsubjpass") and head.head.i in violent_heads:
        return True
    prep = head.head
    if prep.lower_ == "of" and prep.head.lower_ in ("ahead", "way"):
        prep = prep.head  # "ahead of a rally", "on their way to a rally"
    return head.dep_ == "pobj" and prep.lower_ in SETTING_PREPS


def _earlier_crowd_act(doc: Doc, trigger: Trigger) -> bool:
    """'after the intense protests and riots in the prisons last week': a demonstration named
    as what came before is background, not this sentence's act."""
    if trigger.cue not in ("protest", "riot"):
        return False
    head = doc[trigger.head]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return (
        head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ in BEFORE_PREPS
    )


def _what_was_seized(doc: Doc, trigger: Trigger) -> Trigger:
    """A capture is of a place: seizing people is an arrest ('captured and detained 118
    migrants'), seizing goods is a seizure of property ('seized a ton of marijuana'). Only a
    word of people or goods changes the act; anything else stays a capture."""
    if trigger.cue != "capture":
        return trigger
    head = doc[trigger.head]
    if head.pos_ != "VERB":
        return trigger
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:  # "5 militants were killed, injured or captured"
        listed = _listed_before(head)
        objects = [c for v in listed for c in v.children if c.dep_ == "nsubjpass"]
    if not objects:
        return _seized_by_words(doc, trigger)
    words = {o.lemma_.lower() for o in _controlled(control_of(objects))}
    if words & PEOPLE_NOUNS and head.lemma_.lower() in EXPELLING:
        return replace(trigger, cue=EXPULSION)  # "expelled two diplomats": no act of force
    if words & COMBATANT_NOUNS and head.lemma_.lower() in CAPTURING:
        return replace(trigger, cue="fight")  # "captured 25 soldiers": ACLED codes a battle
    if words & PEOPLE_NOUNS:
        return replace(trigger, cue="arrest")
    if words & WEAPON_NOUNS:
        return replace(trigger, cue="disrupted")  # "seized explosives": weapons taken out of use
    if words & GOODS_NOUNS:
        return replace(trigger, cue="looting")
    return trigger  # a place, or a word that does not say: a capture as told


def _listed_before(verb: Token) -> list[Token]:
    """'5 militants were killed, injured or captured': the verbs the capture is listed after,
    whose subject it shares."""
    out: list[Token] = []
    while verb.dep_ in ("conj", "advcl") and verb.head.pos_ == "VERB" and len(out) < 2:
        verb = verb.head
        out.append(verb)
    return out


def _controlled(objects: list[Token]) -> list[Token]:
    """'took control of their truck', '685,000 packs of cigarettes', 'a total of 43 migrants':
    what control was taken of, what an amount counts."""
    held = [o for o in objects if o.lemma_.lower() in HOLDING_WORDS]
    preps = [p for o in held for p in (*o.children, *o.head.children) if p.lower_ == "of"]
    return objects + [w for p in preps for w in p.children if w.dep_ == "pobj"]


def _seized_by_words(doc: Doc, trigger: Trigger) -> Trigger:
    """With no object parsed: goods or people named just after the verb (a place there may be
    where the seizure happened: 'seized on the highway a ton of marijuana')."""
    after = doc[trigger.end : min(trigger.end + 12, trigger.span(doc).sent.end)]
    for token in after:
        word = token.lemma_.lower()
        if word in WEAPON_NOUNS:
            return replace(trigger, cue="disrupted")
        if word in GOODS_NOUNS:
            return replace(trigger, cue="looting")
        if word in PEOPLE_NOUNS:
            return replace(trigger, cue="arrest")
    return trigger


def _inside_a_name(doc: Doc, trigger: Trigger) -> bool:
    """'the National Torch Movement', 'Fight Club': a capitalised word inside a named
    organisation, place or work is part of its name, not an act."""
    if trigger.cue in WEAPON_CUES or _crowd_bomb(doc, trigger):
        return False  # "struck by Iraq's Air Force", "threw Molotov Cocktails": weapons named
    if demonstration_held(doc, trigger):
        return False  # "carried out an LGBT Pride March": the name tells the march
    tokens = doc[trigger.start : trigger.end]
    return all(t.ent_type_ in NAME_ENTITIES and t.is_title and not t.is_sent_start for t in tokens)


def _aim_of_a_noun(doc: Doc, trigger: Trigger) -> bool:
    """'the inaction to fight pollution', 'a plan to attack', 'protested to fight against
    pollution': an infinitive on a noun or on a verb of protest is an aim, not an act."""
    head = doc[trigger.head]
    if trigger.cue in ("protest", "protest_weak"):
        return False  # "gathered to protest": protesting is what they did
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    if head.dep_ == "acl":
        return True
    return head.dep_ in ("xcomp", "advcl") and head.head.lemma_.lower() in PURPOSE_GOVERNORS


def _without_grievances(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """In a protest, the acts it is about are its grievance, not acts of its own: 'a protest
    against the vandalism', 'demonstrated over the killing of a student', 'to condemn the
    attack'."""
    if not any(t.cue in ("protest", "protest_weak") for t in triggers):
        return triggers
    return [
        t
        for t in triggers
        if t.cue in ("protest", "protest_weak")
        or _tactic_told_after(doc, t)
        or not (_grievance(doc, t) or _describes_people(doc, t) or describes_the_crowd(doc, t))
    ]


def _tactic_told_after(doc: Doc, trigger: Trigger) -> bool:
    """'protested against the killing of a rider by police, burning tyres and blocking the
    road': a crowd's tactic opened by a participle after a comma is what the crowd did, though
    the parser may join it to the grievance's noun."""
    first = doc[trigger.start]
    return (
        trigger.cue == "riot"
        and first.tag_ == "VBG"
        and first.i > 0
        and doc[first.i - 1].text == ","
    )


def _describes_people(doc: Doc, trigger: Trigger) -> bool:
    """'relatives of detained members', 'migrants detained in Spain': an arrest participle that
    says who the protesters are or speak for tells no arrest at this protest."""
    head = doc[trigger.head]
    participle = head.dep_ in ("amod", "acl") and head.tag_ in ("VBN", "JJ")
    return trigger.cue == "arrest" and participle


def _grievance(doc: Doc, trigger: Trigger) -> bool:
    head = doc[trigger.head]
    if head.pos_ not in ("NOUN", "PROPN"):
        return about_the_grievance(doc, trigger)
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # 'against the burning of a market, the looting of shops and ...'
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in GRIEVANCE_PREPS:
        return True
    if head.dep_ == "dobj" and governor.lemma_.lower() in GRIEVANCE_VERBS:
        return True
    return about_the_grievance(doc, trigger)


def _asserted(doc: Doc, triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    return [t for t in triggers if blocking_reason(doc[t.head], lexicon.irrealis) is None]


def _crowd_act_told(sent: SpacySpan, trigger: Trigger, actors: Sequence[ActorMention]) -> bool:
    """Beside the words of markets, a crowd's act stays literal when the crowd is named or the
    demand is told: 'rioters stoned offices over high food prices', 'workers marched in
    rejection of price rises'."""
    if trigger.cue not in ("protest", "protest_weak", "riot"):
        return False
    if any(m.kind in CROWD_KINDS for m in actors):
        return True
    demand = _mentions(sent, CLAIM_WORDS - {"over", "call", "support"})
    return demand and (trigger.cue in ("protest", "protest_weak") or demonstration_in(sent))


def _protest_word(doc: Doc, trigger: Trigger) -> bool:
    """A word of protest stays literal beside the words of markets or sport: people protest
    against prices and inflation ('marched to victory' is a figure of speech)."""
    return trigger.cue == "protest" and doc[trigger.head].lemma_ != "march"


def _figurative(sent: SpacySpan, actors: Sequence[ActorMention], lexicon: Lexicon) -> bool:
    """Sport, market or political language with no armed actor, or any sentence of a match
    report: not an event."""
    told = span_words(sent)
    words = set(told.lowers)
    lowered = told.text.lower()
    hit = any((" " in w and w in lowered) or w in words for w in lexicon.figurative_context)
    return (hit or match_report(sent.doc)) and not _armed_present(actors)


def _armed_present(actors: Sequence[ActorMention]) -> bool:
    return any(m.actor.inter in (1, 2, 3, 4, 8) for m in actors)


def _main_trigger(doc: Doc, triggers: list[Trigger]) -> Trigger:
    """The most telling cue; a killing told as such before one told by its remains found
    ('a body was found ..., killed by gunmen': the killing has the agent)."""
    rank = {cue: i for i, cue in enumerate(CUE_PRIORITY)}
    return min(
        triggers,
        key=lambda t: (rank.get(t.cue, len(rank)), found(doc[t.head]) is not None, t.start),
    )


# A bomb that opens an assault ("set off a car bomb at the gate before storming the base",
# "stormed the base after a car bomb blew open its gate"): ACLED codes the fight, not the
# blast (remote violence inside a battle is the battle's). A fight told beside a blast is
# a clash already; a raid is as often a search for bombs as an assault.
ASSAULT_CUES = frozenset({"attack", "attack_weak"})
STORMING = frozenset({"storm", "overrun", "overran"})


def without_opening_bombs(doc: Doc, live: list[Trigger]) -> list[Trigger]:
    """The triggers less a bomb's, when the same sentence tells the assault it opened."""
    if not any(t.cue == "explosive" for t in live) or not any(_assault(doc, t) for t in live):
        return live
    return [t for t in live if t.cue != "explosive"]


def _assault(doc: Doc, trigger: Trigger) -> bool:
    """A trigger telling a ground assault: the storming of a place."""
    return trigger.cue in ASSAULT_CUES and doc[trigger.head].lemma_.lower() in STORMING


def _tags(sent: SpacySpan, live: list[Trigger], actors: Sequence[ActorMention]) -> tuple[str, ...]:
    tags = [f"framing:{m.actor.framing}" for m in actors if m.actor.framing]
    text = span_words(sent).text
    if (
        AGGREGATE.search(without_set_off_blasts(text))
        or NATIONWIDE_TOLL.search(text)
        or day_toll(text)
    ):
        tags.append("aggregate")  # "41 Russian assaults", "killed in the past 24 hours"
    if any(t.cue == "siege" for t in live):
        tags.append("siege")
    if SAME_DAY.search(text):
        tags.append(SAME_DAY_TAG)
    return tuple(dict.fromkeys(tags))


def _char_span(doc: Doc, start_token: int, end_token: int, label: str) -> Span:
    span = doc[start_token:end_token]
    return Span(start=span.start_char, end=span.end_char, text=span.text, label=label)
