"""Words of violence in ordinary news that tell no act of violence (`harmless.py` asks here):

- a game's result ("Petrojet beat Ismaili 1-0", "beating Misri 2-0");
- an act named only as a legal or civic thing ("a murder charge", "an arrest warrant", "a
  detention hearing", "rape and assault cases", "a burn ban", "prevention programs"), or as
  what a court hears ("pleaded guilty to first-degree murder", "convicted of assault");
- victims of a kind of crime, told in general ("support for victims of sexual violence");
- an accident on the road ("killed in a fiery crash", "struck and killed by a car");
- firefighting ("firefighters battled the blaze", "an attack on the flames");
- things taken, cleared or seized that are no ground ("clear a hurdle", "capture carbon
  dioxide", "take over the store", "seized bank statements", "fell to 18th");
- verbs of violence used for other doings: to demonstrate a technique, to execute a warrant,
  to engage parents, to block a ban, to burn coal, to make a quick kill, to nod in agreement;
- buildings pulled down to build ("demolish the dilapidated complexes to make way for homes");
- shells of the sea ("mussel shells"), chlorine in water, appeals for information that
  "leads to the arrest" of someone, weapons named as what a thing protects from.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from sitrep.annotate.words import span_words
from sitrep.extract.triggers import Trigger

# A game's score: "4-1", "2 - 0" (a range of people killed is followed by its noun).
SCORE = re.compile(r"^\d{1,2}$")
WINNING = frozenset({
    "beat", "defeat", "crush", "thrash", "rout", "hammer", "down", "edge", "stun", "upset",
    "strike", "attack", "fight", "battle", "clear", "overcome", "overpower", "destroy", "kill",
    "humiliate", "shoot",
})  # fmt: skip
# Words told only of games ("seven clear of the relegation zone").
SPORT_WORDS = frozenset({
    "relegation", "deadlock", "brace", "hat-trick", "halftime", "half-time", "playoff",
    "playoffs", "standings", "goalkeeper", "midfielder", "touchdown", "quarterfinal",
    "semifinal",
})  # fmt: skip
# Nouns an act's word may name a kind for: legal, civic and institutional things.
LEGAL_HEADS = frozenset({
    "charge", "count", "warrant", "hearing", "trial", "case", "conviction", "indictment",
    "facility", "ban", "law", "statute", "penalty", "sentence", "prevention", "awareness",
    "education", "program", "programme", "unit", "investigator", "detective", "reserve",
    "training", "suspect", "allegation", "statistics", "rate", "insurance", "policy",
    "drill", "simulation", "exercise", "lawsuit", "suit", "prosecutor", "prosecution",
    "point", "replica", "exhibit", "collection", "sheet", "website", "report", "statement",
    "tower", "range", "manual",
})  # fmt: skip
# What a suspect faces: "20 cases of robbery and murder", "three counts of assault".
CHARGES = frozenset({"case", "charge", "count"})
# What a court or a prosecutor does about an act: the act is the charge's ground, not news.
COURT_WORDS = frozenset({
    "charge", "plead", "guilty", "convict", "sentence", "indict", "acquit", "arraign",
    "prosecute", "try", "jail", "imprison", "innocent", "conviction", "acquittal",
})  # fmt: skip
NOUNS = ("NOUN", "PROPN")
MODIFIER = ("compound", "amod", "nmod")
# Cues whose words still tell a crowd's acts or their handling when they name a thing ("a
# baton charge", "the blockade programme" of protests called by a party).
CROWD_CONTROL = frozenset({
    "intervention", "intervention_weak", "live_fire", "protest", "protest_weak",
})  # fmt: skip
VICTIM_WORDS = frozenset({"victim", "survivor"})
DEFINITE = frozenset({"the", "this", "these", "those", "that"})
ACCIDENTS = frozenset({
    "crash", "wreck", "accident", "collision", "derailment", "pileup", "pile-up", "rollover",
})  # fmt: skip
VEHICLES = frozenset({
    "car", "truck", "vehicle", "train", "bus", "motorcycle", "suv", "van", "pickup", "tractor",
    "driver", "motorist", "lorry", "tram", "trailer", "minivan", "sedan", "taxi", "cab",
})  # fmt: skip
# Acts done with weapons: never a road accident, whatever vehicle the sentence names.
WEAPON_ACTS = frozenset({"shoot", "shot", "stab", "hack", "behead", "gun", "machete", "execute"})
# A vehicle driven at people on purpose: then it is an attack.
RAMMING = frozenset({
    "ram", "plough", "plow", "mow", "deliberately", "intentionally", "attacker", "terrorist",
    "militant", "protester", "protest", "demonstrator", "bomb", "explosive", "gunman", "crowd",
    "mob", "rioter",
})  # fmt: skip
# A vehicle of the forces: its running over people may be their violence.
FORCES_WORDS = frozenset({
    "military", "army", "police", "security", "armoured", "armored", "convoy", "troop",
    "soldier", "officer", "patrol", "official", "government",
})  # fmt: skip
FIREFIGHTERS = frozenset({"firefighter", "fireman", "firemen", "firefighting", "crew"})
FLAMES = frozenset({"fire", "blaze", "flame", "inferno", "wildfire", "bushfire", "fires"})
# Things that are no ground: what is taken, cleared, captured or seized in ordinary news.
NOT_GROUND = frozenset({
    "hurdle", "obstacle", "warrant", "airway", "debris", "backlog", "snow", "ice", "doubt",
    "dioxide", "carbon", "co2", "sulfur", "sulphur", "emission", "methane", "item", "statement",
    "document", "record", "lab", "laboratory", "drug", "cocaine", "marijuana", "heroin",
    "meth", "methamphetamine", "store", "shop", "business",
    "company", "firm", "restaurant", "title", "trophy", "championship", "crown", "medal",
    "award", "lead", "seat", "share", "stake", "attention", "imagination", "heart", "market",
    "headline", "moment", "image", "photo", "picture", "footage", "data", "energy", "water",
    "rainwater", "light", "sunlight", "essence", "spirit", "mood", "name", "scene", "bill",
    "hurdles", "franchise", "account", "brand", "contract", "evidence", "sample",
    # power seized is a coup or a party's win, no ground ("since the military seized power")
    "power", "presidency", "throne", "initiative", "momentum", "opportunity",
})  # fmt: skip
# Words that measure or group a thing ("tons of", "a set of").
AMOUNTS = frozenset({
    "ton", "tonne", "kilogram", "kilo", "pound", "gallon", "barrel", "amount", "percent",
    "set", "lot", "series", "list", "number", "quantity", "bag", "load", "pile",
})  # fmt: skip
# What falls "to" when a figure drops: "fell to 18th", "fell to 3 percent".
FIGURE_ENTS = frozenset({"ORDINAL", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
FIGURE_WORDS = frozenset({"low", "level", "percent", "place", "rank", "spot", "point", "high"})
# What protesters demonstrate: their feeling about a cause ("demonstrated their anger").
FEELINGS = frozenset({
    "anger", "opposition", "solidarity", "support", "discontent", "displeasure", "frustration",
    "rejection", "outrage", "dissatisfaction", "grievance", "protest", "disapproval", "fury",
    "resentment", "rage", "unity", "resistance", "objection", "disagreement", "condemnation",
})  # fmt: skip
# What a contest is fought in when it is no fighting.
CONTESTS = frozenset({
    "legal", "court", "courtroom", "political", "custody", "budget", "uphill", "verbal",
    "bidding", "price", "zoning", "tax", "election", "electoral", "media", "public-relations",
    "ratings", "trade", "tariff", "patent", "copyright", "lawsuit", "procedural",
    "bureaucratic", "boardroom",
})  # fmt: skip
PAST_WORDS = frozenset({"prior", "previous", "past", "earlier", "former"})
YEAR = re.compile(r"^(?:19|20)\d\d$")
EVADING = frozenset({"evade", "avoid", "escape", "elude", "dodge", "flee", "resist"})
# What guards against a weapon.
GUARDING = frozenset({
    "protect", "shield", "guard", "safe", "proof", "resistant", "immune", "protection",
    "insulate", "armor", "armour", "secure", "safeguard",
})  # fmt: skip
PROTEST_PREPS = frozenset({"against", "outside", "over", "for", "near", "in", "at", "before"})
# Things deployed that are no force.
EQUIPMENT = frozenset({
    "system", "wall", "barrier", "sandbag", "pump", "equipment", "resource", "technology",
    "app", "tool", "software", "network", "airbag", "sensor", "camera", "boom", "plow",
    "snowplow", "ambulance", "generator", "tent", "fund", "money", "staff", "volunteer",
    "crew", "nurse", "doctor", "worker", "team",
})  # fmt: skip
# Objects of "execute" that are carried out, not killed.
PLANS = frozenset({
    "warrant", "search", "order", "plan", "strategy", "contract", "program", "programme",
    "task", "mission", "deal", "agreement", "policy", "will", "project", "trade", "play",
    "transaction", "maneuver", "manoeuvre", "move", "command", "instruction", "decision",
    "document", "operation", "idea", "vision", "design", "step", "routine", "turn", "pass",
})  # fmt: skip
# Objects of "engage" that take part, not fight.
PARTAKERS = frozenset({
    "parent", "community", "student", "resident", "public", "voter", "citizen", "youth",
    "stakeholder", "customer", "audience", "reader", "member", "family", "people", "child",
    "teacher", "employee", "worker", "volunteer", "fan", "user", "client", "partner",
})  # fmt: skip
# Objects of "block" in politics and business.
MEASURES = frozenset({
    "ban", "bill", "measure", "plan", "proposal", "law", "legislation", "resolution", "deal",
    "move", "nomination", "vote", "merger", "sale", "appointment", "amendment", "reform",
    "budget", "rule", "regulation", "motion", "takeover", "acquisition", "shot", "pass",
})  # fmt: skip
FUELS = frozenset({
    "coal", "gas", "fuel", "oil", "wood", "calorie", "fat", "diesel", "gasoline", "charcoal",
    "biomass", "pellet", "methane", "propane", "kerosene", "candle", "incense", "acre",
    "hectare", "energy", "cd", "dvd", "disc", "rubber", "midnight",
})  # fmt: skip
DEMOLISHERS = frozenset({
    "developer", "company", "owner", "crew", "contractor", "landlord", "university", "church",
    "firm", "builder",
})  # fmt: skip
DECAY = frozenset({
    "dilapidated", "abandoned", "vacant", "condemned", "derelict", "unused", "unsafe",
    "decaying", "disused", "rundown", "run-down", "blighted",
})  # fmt: skip
# Those whose demolitions ACLED codes: an occupying power's, a militia's.
OCCUPIERS = frozenset({
    "authority", "israeli", "occupation", "settler", "militia", "rebel", "bulldozer", "force",
    "municipality", "demolition",
})  # fmt: skip
SEA_THINGS = frozenset({
    "ocean", "sea", "marine", "mussel", "oyster", "clam", "snail", "egg", "turtle", "nut",
    "peanut", "walnut", "coconut", "crab", "seed", "cowrie", "conch", "scallop", "tortoise",
    "shellfish", "beach", "river", "freshwater", "lobster", "shrimp", "pistachio", "taco",
    "pasta", "pie", "hard", "empty", "conical", "shaped",
})  # fmt: skip
WEAPON_CONTEXT = frozenset({
    "attack", "bomb", "barrel", "canister", "shell", "rocket", "missile", "weapon", "strike",
    "drop", "helicopter", "regime", "suffocation", "suffocate", "choke", "gas", "shelling",
    "projectile", "munition", "force", "militant", "fighter", "army", "troop",
})  # fmt: skip


def ordinary(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's word tells something other than violence in ordinary news."""
    head = doc[trigger.head]
    return (
        _game_result(head)
        or _names_a_legal_thing(trigger, head)
        or _before_a_court(trigger, head)
        or _victims_in_general(head)
        or _road_accident(trigger, head)
        or _firefighting(trigger, head)
        or _no_ground_taken(trigger, head)
        or _other_doing(trigger, head)
        or _demolished_to_build(trigger, head)
        or _sea_shell(trigger, head)
        or _chlorine_in_use(trigger, head)
        or _appeal_for_information(trigger, head)
        or _protected_against(head)
        or _things_deployed(trigger, head)
        or _past_record(head)
        or _battle_of_words(head)
        or _arrest_evaded(trigger, head)
    )


def _game_result(head: Token) -> bool:
    """'beat Ittihad 4-1', 'beating Misri 2-0', 'a 90th minute strike ... sealed the win
    2-0': a score (two small numbers joined by a dash, followed by no noun) beside a word of
    winning."""
    if _lemma(head) not in WINNING:
        return False
    sent = head.sent
    told = span_words(sent)
    if any(lower in SPORT_WORDS for lower in told.lowers):
        return True
    doc = head.doc
    for i, lower in enumerate(told.lowers, start=told.start):
        if not any(c.isdigit() for c in lower):
            continue  # a score starts with a number
        last = _score_end(doc, i, sent.end)
        if last is None:
            continue
        after = doc[last + 1] if last + 1 < sent.end else None
        if after is None or after.pos_ not in ("NOUN", "PROPN"):
            return True
    return False


def _score_end(doc: Doc, i: int, end: int) -> int | None:
    """The last token of a score that starts at token i ('4-1', or '4', '-', '1')."""
    parts = re.split(r"[-–]", doc[i].text)
    if len(parts) == 2 and all(SCORE.match(p) for p in parts):
        return i
    if i + 2 < end and SCORE.match(doc[i].text) and doc[i + 1].text in ("-", "–"):
        return i + 2 if SCORE.match(doc[i + 2].text) else None
    return None


def _names_a_legal_thing(trigger: Trigger, head: Token) -> bool:
    """'an aggravated murder charge', 'the ICC arrest warrant', 'a juvenile detention
    facility', 'rape and assault cases', 'County lifts burn ban': the act's word only names
    a kind of charge, case or institution."""
    if trigger.cue in CROWD_CONTROL or (head.pos_ not in NOUNS and head.dep_ not in MODIFIER):
        return False
    token = head
    while token.dep_ in ("compound", "amod", "nmod", "conj") and token.head.i != token.i:
        token = token.head
        if token.pos_ not in NOUNS:
            return False
        if _lemma(token) in LEGAL_HEADS:
            return True
    return False


def _before_a_court(trigger: Trigger, head: Token) -> bool:
    """'pleaded guilty to first-degree murder', 'convicted of assault', 'charged with
    kidnapping', 'faces cases of murder': a noun of an act that a court or a prosecutor holds
    against someone."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("pobj", "conj"):
        return False
    token = head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("to", "of", "with", "for", "on", "including"):
        return False
    if prep.lower_ == "of" and _lemma(prep.head) in CHARGES:
        return True  # "faces 20 cases of robbery and murder", "three counts of assault"
    return _lemma(prep.head) in COURT_WORDS


def _victims_in_general(head: Token) -> bool:
    """'a walk for victims of sexual violence', 'sex-assault victims': victims of a kind of
    crime, not of one act ('the victims of the attack' stay)."""
    if head.pos_ not in NOUNS:
        return False
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return False
    holder = head.head
    if head.dep_ == "pobj" and holder.lower_ == "of":
        holder = holder.head
    elif head.dep_ not in ("compound", "amod", "nmod"):
        return False
    if _lemma(holder) not in VICTIM_WORDS and holder.lower_.rstrip("s") not in VICTIM_WORDS:
        return False
    return not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in holder.children)


def _road_accident(trigger: Trigger, head: Token) -> bool:
    """'killed in a fiery crash', 'a motorcycle wreck killed a passenger', 'struck, killed by
    car', 'the car that hit Johnson': a road accident, unless a vehicle is driven at people
    or is the forces' own."""
    if trigger.cue not in ("attack", "attack_weak", "beating"):
        return False
    if _lemma(head) in WEAPON_ACTS or any(w in RAMMING for w in span_words(head.sent).lemmas):
        return False  # "armed men on a motorcycle shot three drivers"
    crashes = [o for p in head.children if p.lower_ == "in" for o in p.children]
    if any(_lemma(c) in ACCIDENTS for c in crashes):
        return True  # "killed in a crash" ("found in a parked vehicle" is a place)
    causes = [o for p in head.children if p.lower_ == "by" for o in p.children]
    causes += [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "relcl":
        causes.append(head.head)  # "the car that hit Johnson"
    if head.dep_ == "conj" and head.head.i != head.i:
        causes += [o for p in head.head.children if p.lower_ == "by" for o in p.children]
        causes += [o for c in head.children if c.dep_ == "agent" for o in c.children]
    for cause in causes:
        words = {_lemma(t) for t in cause.subtree}
        if words & FORCES_WORDS:
            continue
        if _lemma(cause) in ACCIDENTS | VEHICLES:
            return True
    return False


def _firefighting(trigger: Trigger, head: Token) -> bool:
    """'Firefighters battled the blaze', 'launched an initial attack on the flames',
    'firefighters cleared the scene': fire is what is fought."""
    if trigger.cue not in ("fight", "attack", "capture", "attack_weak"):
        return False
    verb = head.head if head.dep_ in ("dobj", "attr") else head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_lemma(s) in FIREFIGHTERS for s in subjects):
        return True
    if _lemma(head) not in ("fight", "battle", "combat", "attack", "fighting", "tackle"):
        return False
    fought = [c for c in head.children if c.dep_ == "dobj"]
    fought += [o for p in head.children if p.lower_ in ("on", "against") for o in p.children]
    return bool(fought) and all(_lemma(o) in FLAMES for o in fought)


def _no_ground_taken(trigger: Trigger, head: Token) -> bool:
    """'clear any hurdles', 'capture carbon dioxide', 'take over the store', 'items seized',
    'fell to 18th in population growth': what is taken is no ground or position."""
    if trigger.cue != "capture":
        return False
    if head.pos_ in NOUNS and _lemma(head) == "overrun":
        return True  # "a cost overrun"
    if head.lower_ == "fell" or _lemma(head) == "fall":
        reached = [o for p in head.children if p.lower_ == "to" for o in p.children]
        return bool(reached) and all(
            r.ent_type_ in FIGURE_ENTS or _lemma(r) in FIGURE_WORDS for r in reached
        )
    taken = [_antecedent(c) for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not taken and head.tag_ == "VBN":  # "after mobile meth lab seized"
        taken = [c for c in head.children if c.dep_ == "nsubj"]
    if not taken and head.dep_ in ("acl", "amod", "relcl") and head.head.i != head.i:
        taken = [head.head]
    return bool(taken) and all(_lemma(_measured(t)) in NOT_GROUND for t in taken)


def _measured(noun: Token) -> Token:
    """'100,000 metric tons of carbon dioxide', 'a set of hurdles': the thing measured."""
    if _lemma(noun) not in AMOUNTS:
        return noun
    objects = [o for p in noun.children if p.lower_ == "of" for o in p.children]
    return objects[0] if objects else noun


def _other_doing(trigger: Trigger, head: Token) -> bool:
    """'demonstrating a belief', 'to demonstrate that ...', 'executed a search warrant',
    'to engage parents', 'blocking a ban', 'burn natural gas', 'make a quick kill', 'nodded in
    agreement': the word's other sense."""
    lemma = _lemma(head)
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "demonstrate" and head.pos_ == "VERB":
        if any(c.dep_ == "prep" and c.lower_ in PROTEST_PREPS for c in head.children):
            return False  # "residents demonstrate against the officers"
        shown = [o for o in objects if _lemma(o) not in FEELINGS]
        return bool(shown) or any(c.dep_ == "ccomp" for c in head.children)
    if lemma == "execute" and objects:
        return all(_lemma(o) in PLANS for o in objects)
    if lemma == "engage" and objects:
        return all(_lemma(o) in PARTAKERS for o in objects)
    if lemma == "block" and objects:
        return all(_lemma(o) in MEASURES for o in objects)
    if lemma == "burn" and trigger.cue == "riot" and objects:
        return all(_lemma(o) in FUELS for o in objects)
    if lemma in ("kill", "killing") and head.dep_ == "dobj" and _lemma(head.head) == "make":
        return True
    if lemma == "agreement" and head.dep_ == "pobj" and head.head.lower_ == "in":
        agreed_on = any(p.lower_ in ("on", "over", "to") for p in head.children)
        verb = head.head.head  # "nodded in agreement"; "were in agreement on a road map" agrees
        return (
            not agreed_on
            and _lemma(verb) != "be"
            and not any(c.dep_ in ("det", "poss") for c in head.children)
        )
    return False


def _demolished_to_build(trigger: Trigger, head: Token) -> bool:
    """'acquire and demolish the dilapidated complexes to make way for homes', 'the city razed
    the vacant building': works on a building, by its owner or to build anew."""
    if trigger.cue != "looting" or _lemma(head) not in ("demolish", "raze", "bulldoze", "tear"):
        return False
    told = span_words(head.sent)
    if any(w in FORCES_WORDS | OCCUPIERS for w in told.lemmas):
        return False
    text = told.text.lower()
    if "make way" in text or "make room" in text or "redevelop" in text:
        return True
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(_lemma(m) in DECAY for o in objects for m in o.children):
        return True
    agents = [c for c in head.children if c.dep_ == "nsubj"]
    agents += [o for c in head.children if c.dep_ == "agent" for o in c.children]
    return bool(agents) and all(_lemma(a) in DEMOLISHERS for a in agents)


def _sea_shell(trigger: Trigger, head: Token) -> bool:
    """'ocean shells', 'mussel shells', 'a conical-shaped shell': a shell that is a thing."""
    if trigger.cue != "shelling" or _lemma(head) != "shell" or head.pos_ != "NOUN":
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod") and _lemma(c) in SEA_THINGS for c in head.children
    )


def _chlorine_in_use(trigger: Trigger, head: Token) -> bool:
    """'its resistance to normal levels of chlorine': chlorine as a chemical in use, with no
    word of a weapon or an attack in its sentence."""
    if trigger.cue != "chemical" or _lemma(head) != "chlorine":
        return False
    return not any(w in WEAPON_CONTEXT for w in span_words(head.sent).lemmas)


def _appeal_for_information(trigger: Trigger, head: Token) -> bool:
    """'information that leads to the arrest of the vandals', 'a reward for the arrest of':
    an appeal, not an arrest."""
    if trigger.cue != "arrest" or head.dep_ != "pobj":
        return False
    prep = head.head
    governor = prep.head
    told = set(span_words(head.sent).lemmas)
    if prep.lower_ == "to" and _lemma(governor) in ("lead", "leading"):
        return bool(told & {"information", "tip", "anyone", "anybody"})
    return prep.lower_ == "for" and _lemma(governor) in ("reward", "bounty")


def _protected_against(head: Token) -> bool:
    """'a wall used to protect soldiers from bullets and grenades', 'bomb-proof': a weapon
    named as what something guards against."""
    token = head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("from", "against"):
        return False
    return _lemma(prep.head) in GUARDING


def _things_deployed(trigger: Trigger, head: Token) -> bool:
    """'deploying a portable wall system', 'deployed sandbags': things put in place, not
    forces moved."""
    if trigger.cue != "forces_move" or _lemma(head) not in ("deploy", "redeploy"):
        return False
    placed = [_antecedent(c) for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(placed) and all(_lemma(p) in EQUIPMENT for p in placed)


def _past_record(head: Token) -> bool:
    """'prior arrests for trespassing', 'the 1946 lynching', 'the 2005 murder': an act
    named as one of the past, by a word or a year that qualifies it (ACLED codes it on its
    own day, from the reports of that day)."""
    if head.pos_ not in NOUNS:
        return False
    if any(c.dep_ == "amod" and _lemma(c) in PAST_WORDS for c in head.children):
        return True
    return year_modifying(head, ("nummod", "compound", "amod")) is not None


def year_modifying(noun: Token, deps: Collection[str]) -> int | None:
    """The year a modifier of the noun in one of `deps` names ('the 2015 attacks'), else
    None."""
    for child in noun.children:
        if child.dep_ in deps and YEAR.match(child.text):
            return int(child.text)
    return None


def _battle_of_words(head: Token) -> bool:
    """'a legal battle', 'the custody fight', 'an uphill battle': a contest in courts, votes
    or words."""
    if head.pos_ not in NOUNS or _lemma(head) not in ("battle", "fight", "war", "combat"):
        return False
    return any(c.dep_ in MODIFIER and _lemma(c) in CONTESTS for c in head.children)


def _arrest_evaded(trigger: Trigger, head: Token) -> bool:
    """'took a route to evade arrest', 'escaped arrest': no arrest was made."""
    if trigger.cue != "arrest" or head.dep_ != "dobj":
        return False
    return _lemma(head.head) in EVADING


def _antecedent(noun: Token) -> Token:
    """'the carbon dioxide that is captured': the noun a relative pronoun stands for."""
    if noun.lower_ in ("that", "which", "who") and noun.head.dep_ == "relcl":
        return noun.head.head
    return noun


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
