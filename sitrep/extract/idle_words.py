"""Words of violence in senses that tell no act at all (ordinary news is full of them):

- a cue word that is someone's name ("Lynch said", "Dick Lynch, the director");
- a phrasal verb in its everyday sense ("the ceremony kicks off a day of celebrations");
- "blast" said of words ("Democrats blast the governor's ads"): the object is no thing a bomb
  destroys, and someone who speaks did it;
- burning as a state, not an act ("the burning yacht", "the most burning issue", "brush fires
  were burning", "meteors burn up in the atmosphere"); tyres, barricades, effigies and flags
  burning are a crowd's doing and stay;
- fighting in a war long over ("he fought in World War I", "a veteran of the Korean War");
- an explosion of a living or growing thing ("an explosion of marine life");
- striking what no weapon strikes ("struck a deal", "strikes a balance", "struck a chord");
- "surrounding" said of land ("the surrounding hills", "surrounding villages"): no siege;
- an "armed strike" (a lockdown an armed group imposes on a region, Colombia's "paro
  armado"): no blow struck;
- a strike from work that is only the time of another act ("police beat up pupils during a
  planned strike"): the act is told by its own words;
- firing at a crowd what breaks it up ("fired tear gas", "fired rubber bullets", "fired
  warning shots") in a sentence that tells the crowd: crowd control, told by its own cue,
  not an attack.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

EVERYDAY_PHRASALS = frozenset({("kick", "off"), ("kick", "in"), ("blow", "over")})
# what a bomb can blast; anything else blasted is blasted in words
PHYSICAL = frozenset({
    "bridge", "building", "road", "house", "home", "vehicle", "convoy", "position", "base",
    "wall", "tank", "car", "truck", "checkpoint", "pipeline", "station", "door", "rock",
    "tunnel", "hole", "way", "post", "camp", "office", "target", "area", "village", "town",
})  # fmt: skip
# burnt by a crowd: these burning tell a riot or a protest
CROWD_FUEL = frozenset({
    "tyre", "tire", "tyres", "tires", "barricade", "effigy", "flag", "car", "vehicle", "bus",
})  # fmt: skip
PEOPLE = frozenset({
    "protester", "protestor", "rioter", "demonstrator", "youth", "mob", "crowd", "resident",
    "man", "woman", "people", "supporter", "student", "militant", "gunman", "attacker",
    "assailant", "villager", "fighter", "soldier", "police", "they", "he", "she", "who",
})  # fmt: skip
# wars long over: fighting in one is a life's story, not news
PAST_WAR = re.compile(
    r"\b(?:World War (?:I{1,2}|One|Two|1|2)|(?:First|Second) World War|Great War|"
    r"(?:Korean|Vietnam|Crimean|Boer|Falklands|Spanish-American|Franco-Prussian|Napoleonic|"
    r"Revolutionary) War)\b"
)
LIFE = frozenset({
    "life", "growth", "population", "popularity", "interest", "color", "colour", "flavor",
    "flavour", "creativity", "demand", "activity", "sound", "joy", "energy", "bloom", "plankton",
})  # fmt: skip


def idle_word(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's word tells no act of violence in this sense."""
    head = doc[trigger.head]
    return (
        _a_name(head)
        or _everyday_phrasal(head)
        or _blasted_in_words(head)
        or _burning_as_a_state(head)
        or _past_war(trigger, head)
        or _explosion_of_life(head)
        or _struck_in_words(head)
        or _strike_as_setting(trigger, head)
        or _armed_strike(trigger, head)
        or _surrounding_land(head)
        or _crowd_control_fire(trigger, head)
    )


# What police fire to break up a crowd: "fired tear gas", "fired rubber bullets".
CROWD_CONTROL = frozenset({"gas", "teargas", "canister", "cannon", "pellet", "pellets"})
LESS_LETHAL = frozenset({"rubber", "plastic", "stun", "warning", "blank"})


def _crowd_control_fire(trigger: Trigger, head: Token) -> bool:
    """'Police fired tear gas', 'fired rubber bullets', 'fired warning shots': the weak word
    of firing is crowd control, told by its own cue (tear gas, an intervention), not an
    attack."""
    if trigger.cue != "attack_weak" or head.lemma_.lower() != "fire" or head.pos_ != "VERB":
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not objects or not all(_less_lethal(o) for o in objects):
        return False
    return CROWD_IN_SIGHT.search(head.sent.text) is not None


# A crowd or its acts in the sentence: then what police fire is crowd control ('Youths threw
# stones at police, and police fired tear gas'); with none, fire on people is an attack
# ('police fired tear gas into a nursery school').
CROWD_IN_SIGHT = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies)|march\w*|riot\w*|mobs?|crowds?|"
    r"stones?|stone-pelting|pelt\w*|rocks|bottles|molotov\w*|barricad\w*|tyres?|tires)\b",
    re.IGNORECASE,
)


def _less_lethal(noun: Token) -> bool:
    modifiers = (c.lower_ for c in noun.children if c.dep_ in ("amod", "compound"))
    words = {noun.lemma_.lower(), *modifiers}
    return bool(words & CROWD_CONTROL) or bool(words & LESS_LETHAL)


# what is struck in words, not with weapons
STRUCK_IN_WORDS = frozenset({
    "deal", "agreement", "accord", "pact", "bargain", "balance", "chord", "note", "tone",
    "compromise", "truce", "ceasefire", "alliance", "partnership", "pose", "match", "gold",
    "oil", "blow", "fear", "optimism", "figure", "nerve", "lottery", "jackpot", "sense",
})  # fmt: skip


# who goes on strike from work
WORKERS = frozenset({
    "worker", "teacher", "nurse", "doctor", "employee", "staff", "driver", "miner", "labourer",
    "laborer", "lecturer", "servant", "official", "member", "farmer", "trader",
})  # fmt: skip


def _striking_workers(verb: Token) -> bool:
    """'striking public health workers gathered': the parser may take 'striking' for a verb
    whose object is the workers."""
    if verb.lower_ != "striking":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in WORKERS for c in verb.children)


def _struck_in_words(verb: Token) -> bool:
    """'The army struck a deal with the rebels': a deal, a balance or a chord struck; and
    'striking nurses', on strike from work."""
    if verb.lemma_.lower() != "strike" or verb.pos_ != "VERB":
        return False
    if verb.dep_ == "amod" or _striking_workers(verb):
        return True  # "striking workers gathered": on strike from work
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in STRUCK_IN_WORDS for o in objects)


# What makes a strike the time of another act: "during the strike", "amid a strike".
SETTING_PREPS = frozenset({"during", "amid", "amidst"})
# What strikes from the air or with weapons, or what such a strike is aimed at.
STRIKING_FORCES = frozenset({
    "air", "aerial", "warplane", "aircraft", "jet", "drone", "missile", "rocket", "bomb",
    "army", "military", "troops", "force", "coalition", "artillery",
})  # fmt: skip
TARGET_PREPS = frozenset({"on", "against", "at", "in"})
# What a strike does to people: an act told so is the strike's own.
HARMED = frozenset({"wound", "kill", "injure", "die", "hurt", "damage", "destroy", "hit"})


def _strike_as_setting(trigger: Trigger, head: Token) -> bool:
    """'police beat up pupils during a planned strike': a strike that is only the time of the
    act, with no target and no aircraft or weapon, in a sentence naming people who strike from
    work (workers, pupils, teachers) and no force that strikes from the air, is their strike."""
    if trigger.cue != "air_strike" or head.lemma_.lower() != "strike" or head.pos_ != "NOUN":
        return False
    if head.dep_ != "pobj" or head.head.lower_ not in SETTING_PREPS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS and _a_place(c) for c in head.children):
        return False  # "during the strike on the school", not "during a strike on Tuesday"
    act = head.head.head
    if act.pos_ != "VERB" or act.lemma_.lower() in HARMED or not _has_a_doer(act):
        return False  # "three pupils were wounded during the strike": the strike harmed them
    sent = head.sent
    if any(t.lemma_.lower() in STRIKING_FORCES or t.ent_type_ == "NORP" for t in sent):
        return False
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in STRIKERS for t in sent)


def _surrounding_land(head: Token) -> bool:
    """'search operations in the surrounding hills': the land around, not a siege."""
    return head.lower_ == "surrounding" and head.dep_ == "amod"


def _armed_strike(trigger: Trigger, head: Token) -> bool:
    """'the ELN declared a 72-hour armed strike in Choco': a lockdown ordered, no blow."""
    if trigger.cue != "air_strike" or head.lemma_.lower() != "strike" or head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "amod" and c.lower_ == "armed" for c in head.children)


def _a_place(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in prep.children)


def _has_a_doer(verb: Token) -> bool:
    """'police beat up pupils': the act names who did it."""
    return any(c.dep_ == "nsubj" for c in verb.children) or any(
        c.dep_ == "nsubj" for c in verb.head.children if verb.dep_ == "conj"
    )


# Who strikes from work or school.
STRIKERS = WORKERS | frozenset({"student", "pupil"})


def _a_name(head: Token) -> bool:
    """'Lynch said ...': a capitalised cue word in a person's name, or a proper noun who
    speaks (a headline's capitalised 'Attack' is neither)."""
    if head.pos_ != "PROPN" or not head.is_title:
        return False
    return head.ent_type_ == "PERSON" or head.head.lemma_.lower() == "say"


def _everyday_phrasal(head: Token) -> bool:
    particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
    return any((head.lemma_.lower(), p) in EVERYDAY_PHRASALS for p in particles)


def _blasted_in_words(head: Token) -> bool:
    if head.lemma_.lower() != "blast" or head.pos_ != "VERB":
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not subjects or not objects:
        return False
    return all(o.lemma_.lower() not in PHYSICAL for o in objects)


def _burning_as_a_state(head: Token) -> bool:
    if head.lemma_.lower() not in ("burn", "burning"):
        return False
    if head.dep_ in ("amod", "acomp") and head.tag_ in ("VBG", "JJ") and head.i < head.head.i:
        return head.head.lemma_.lower() not in CROWD_FUEL  # "the burning yacht"
    if head.dep_ in ("acomp", "amod"):
        return False  # "houses burnt": a passive told short
    if head.pos_ != "VERB" or any(c.dep_ in ("dobj", "agent") for c in head.children):
        return False  # "rioters burned cars", "burned by the mob"
    if any(c.dep_ == "auxpass" for c in head.children):
        return False  # "the church was burned"
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lemma_.lower() not in PEOPLE and s.ent_type_ not in ("PERSON", "ORG", "NORP")
        for s in subjects
    )


def _past_war(trigger: Trigger, head: Token) -> bool:
    """'He fought in World War I', 'a veteran who fought in the Korean War'."""
    return trigger.cue == "fight" and bool(PAST_WAR.search(head.sent.text))


def _explosion_of_life(head: Token) -> bool:
    if head.lemma_.lower() != "explosion":
        return False
    grown = [o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return bool(grown) and all(g.lemma_.lower() in LIFE for g in grown)
