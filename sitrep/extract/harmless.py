"""Words of violence that tell no violence by people against people or their property:

- a disease, a disaster or an accident that kills or destroys ("H5N1 killed two women", "homes
  destroyed by the flood", "an epidemic sweeping the country, killing 80", "a gas leak killed
  both men", "Typhoon Kalmaegi battered the coast, killing 12"), and a blast the report puts
  down to an accident ("The blast was caused by a gas leak"); a hazard's word that is a figure
  for fire ("a storm of gunfire") is none;
- animals or crops killed or destroyed, with no raider named ("4,500 birds were destroyed",
  "all pigs are to be slaughtered", "the banana crop was destroyed");
- a fight against an illness or a social problem ("the fight against AIDS", "to combat Ebola",
  "fighting obesity");
- a weapon's word that only names a thing or an office ("the rocket frog", "the Air Force
  Secretary", "the Jet Propulsion Laboratory", "coal-burning plants");
- an air force or an aircraft that does something other than strike ("the Air Force said",
  "a fighter jet crashed", "the Air Force began dropping aid packages");
- criticism ("the minister came under fire over the delays"), growth ("an explosion in
  cases"), people or buildings evacuated for their safety ("800 people were evacuated", "the
  post office was evacuated");
- a thing stopped that is no weapon and no demonstration ("defused the tension",
  "intercepted a shipment of rice");
- stone as a material ("stone tools", "a stone-working industry"): stones tell a riot only when
  thrown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from sitrep.annotate.words import span_words
from sitrep.extract.handed_things import things_handed_over
from sitrep.extract.ordinary import ordinary
from sitrep.extract.triggers import Trigger

# What kills or destroys without a hand behind it: illness, disaster, accident.
HAZARDS = frozenset({
    "virus", "flu", "influenza", "h5n1", "h1n1", "h7n9", "epidemic", "pandemic", "outbreak",
    "disease", "illness", "infection", "cholera", "ebola", "marburg", "malaria", "measles",
    "meningitis", "aids", "hiv", "cancer", "leukemia", "tuberculosis", "covid", "covid-19",
    "coronavirus", "bacteria", "bacterium", "pathogen", "fever", "plague", "polio", "dengue",
    "typhoid", "sars", "mers", "smallpox", "diarrhoea", "diarrhea", "bse",
    "earthquake", "quake", "tremor", "flood", "flooding", "floodwater", "water", "rain",
    "monsoon", "storm", "hurricane", "cyclone", "typhoon", "tornado", "tsunami",
    "landslide", "mudslide", "avalanche", "drought", "heatwave", "blizzard", "lightning",
    "wildfire", "bushfire", "fire", "blaze", "eruption", "volcano", "accident", "crash",
    "collision", "derailment", "leak", "monoxide", "overdose", "famine", "starvation",
    "malnutrition", "hunger", "poisoning", "poison", "snow", "frost", "heat",
})  # fmt: skip
# What a thing does when it kills by accident ("the bus overturned, killing 12").
MISHAPS = frozenset({
    "crash", "collapse", "capsize", "sink", "derail", "overturn", "plunge", "topple",
    "erupt", "flood", "burst",
})  # fmt: skip
# Nouns that kill only as what their modifier says ("the H5N1 strain", "tsunami waves").
CARRIERS = frozenset({
    "strain", "outbreak", "epidemic", "pandemic", "leak", "wave", "surge", "spread", "case",
    "infection", "virus", "disaster", "waters", "rains", "complication", "symptom",
})  # fmt: skip
# Blasts that a bomb or an accident sets off, and the accidents a report may name as cause.
BLASTS = frozenset({"explosion", "blast"})
ACCIDENTAL_BLAST = re.compile(
    r"\b(?:gas leak|leaking gas|leak of gas|boiler|short[- ]circuit|accidental(?:ly)?|"
    r"industrial accident|faulty wiring|electrical fault|transformer)\b",
    re.IGNORECASE,
)
# A fire is a hazard when nothing says whose fire it was ("sniper fire", "fire from the army").
FIRES = frozenset({"fire", "blaze"})
# Problems a society "fights" without fighting anyone.
PROBLEMS = HAZARDS | frozenset({
    "obesity", "poverty", "corruption", "pollution", "illiteracy", "inflation",
    "unemployment", "smoking", "addiction", "climate", "warming", "deforestation", "fraud",
    "desertification", "erosion", "racism", "discrimination", "stigma", "disinformation",
    "misinformation", "crisis", "spread",
})  # fmt: skip
ANIMALS = frozenset({
    "bird", "poultry", "chicken", "hen", "duck", "goose", "swan", "fowl", "teal", "pig", "hog",
    "swine", "cattle", "cow", "calf", "bull", "sheep", "goat", "camel", "livestock", "animal",
    "herd", "flock", "fish", "dog", "cat", "rat", "rodent", "mouse", "insect", "toad", "frog",
    "bat", "pet", "wildlife", "deer", "horse", "donkey", "mink", "crop", "tree", "harvest",
    "carcass", "egg", "meat", "pork", "beef", "crow", "pigeon", "vulture", "eagle",
    "owl", "lion", "elephant", "rhino", "hippo", "monkey", "gorilla", "whale", "dolphin",
    "shark", "turtle", "snake", "crocodile", "wolf", "bear", "fox", "rabbit", "squirrel", "bee",
    "mosquito", "locust", "ox", "oxen", "buffalo", "seal", "seabird", "songbird", "wildfowl",
})  # fmt: skip
# Those who kill animals in a raid: then the killing is told of a raid, not of a cull.
RAIDERS = frozenset({
    "raider", "bandit", "gunman", "attacker", "militia", "militiaman", "rebel", "insurgent",
    "militant", "herder", "rustler", "assailant", "fighter", "terrorist", "jihadist",
})  # fmt: skip
# Heads a weapon's word may modify without telling an act: offices, bodies, things.
THING_HEADS = frozenset({
    "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "chief", "official",
    "laboratory", "lab", "academy", "school", "college", "university", "museum", "ministry",
    "department", "agency", "company", "factory", "plant", "industry", "manufacturer",
    "propulsion", "engine", "fuel", "scientist", "engineer", "station", "band", "club",
    "team", "game", "show", "magazine", "brand", "product", "design", "designer", "pilot",
    "salad", "launcher", "stove", "oven", "squad",
}) | ANIMALS  # fmt: skip
# Those whose fire is words: "came under fire from officials".
CRITICS = frozenset({
    "official", "critic", "lawmaker", "legislator", "politician", "opposition", "activist",
    "campaigner", "union", "party", "minister", "mp", "senator", "expert", "media", "press",
    "parent", "group", "organisation", "organization", "commentator", "observer", "voter",
    "councillor", "councilor", "mayor", "leader", "member", "rival", "lobby", "newspaper",
})  # fmt: skip
# What grows in "an explosion in cases".
MEASURES = frozenset({
    "case", "number", "price", "population", "demand", "growth", "cost", "use", "sale",
    "popularity", "interest", "infection", "rate", "traffic", "debt", "crime", "violence",
})  # fmt: skip
# Who or what is evacuated for safety, not given up to an enemy.
EVACUEES = frozenset({
    "people", "person", "resident", "civilian", "villager", "patient", "child", "family",
    "tourist", "worker", "staff", "student", "passenger", "occupant", "citizen", "national",
    "inhabitant", "household", "pupil", "employee", "guest", "visitor", "evacuee", "thousand",
    "hundred", "building", "school", "hospital", "office", "hotel", "airport", "embassy",
    "home", "house", "factory", "plant", "mall", "station", "stadium", "church", "mosque",
    "tenant", "neighbor", "neighbour", "shopper", "customer", "spectator", "diner",
    "all", "everyone", "everybody",
})  # fmt: skip
# Words that stand for a part of a whole ("thousands of birds", "most of the crop").
PARTITIVES = frozenset({
    "most", "some", "many", "all", "thousand", "million", "hundred", "dozen", "number",
    "rest", "part", "half", "majority", "more", "several", "few", "lot", "flock", "herd",
})  # fmt: skip
THROWING = frozenset({"throw", "hurl", "pelt", "lob", "fling", "rain", "thrower", "pelting"})
FIGHT_WORDS = frozenset({"fight", "combat", "battle", "war", "struggle", "campaign", "fighting"})
KILLING_CUES = frozenset({"attack", "attack_weak", "looting", "beating"})
# What is done to animals in a cull or by a disease (taking them is a raid: "raided cattle").
CULLING = frozenset({
    "kill", "slaughter", "cull", "destroy", "shoot", "find", "poison", "explode", "burn",
    "euthanise", "euthanize", "exterminate", "die", "dead", "incinerate", "dispose",
})  # fmt: skip
STONE_WORDS = frozenset({"stone", "stones"})
# Forces and craft that a strike's cue names: they strike only through what they do.
CRAFT = frozenset({"force", "jet", "warplane", "gunship", "drone", "helicopter", "aircraft"})
STRIKING = frozenset({
    "bomb", "strike", "hit", "target", "pound", "attack", "shell", "raid", "strafe",
    "bombard", "blast", "kill", "destroy", "shoot", "fire", "hammer", "rocket", "struck",
    "wound", "injure", "level", "flatten", "demolish", "obliterate", "engage", "bombed",
    # military statements' words for killing ("its jets neutralised nine terrorists")
    "neutralise", "neutralize", "eliminate", "liquidate",
})  # fmt: skip
# What a craft drops, launches, carries out or causes when it strikes.
ORDNANCE = frozenset({
    "bomb", "strike", "airstrike", "raid", "missile", "rocket", "sortie", "attack", "barrel",
    "munition", "shell", "bombardment", "bombing", "explosive", "projectile", "fire", "round",
    "salvo", "payload", "warhead", "grenade", "mortar", "damage", "destruction", "casualty",
    "loss", "havoc", "devastation", "death", "injury",
})  # fmt: skip
# What security forces stop when they disrupt weapons use: arms, bombs, an attack or its men.
ARMED_THINGS = ORDNANCE | frozenset({
    "ied", "device", "mine", "landmine", "drone", "weapon", "arm", "belt", "vest", "charge",
    "plot", "attempt", "assault", "infiltration", "militant", "fighter", "bomber", "cell",
    "car", "vehicle", "truck", "boat", "uav", "cache", "ammunition", "remnant", "rpg",
})  # fmt: skip
STOPPING_WORDS = frozenset({"dismantle", "intercept", "foil", "defuse"})
GATHERINGS = frozenset({
    "protest", "rally", "march", "demonstration", "gathering", "sit-in", "procession",
    "strike", "blockade", "vigil", "meeting", "convention", "camp", "demonstrator", "protester",
})  # fmt: skip


def harmless(doc: Doc, trigger: Trigger) -> bool:
    """The trigger tells no violence by people against people or their property."""
    head = doc[trigger.head]
    return (
        (trigger.cue in KILLING_CUES and _hazard_did_it(head))
        or _accidental_blast(doc, trigger, head)
        or _only_animals_harmed(trigger, head)
        or _fight_on_a_problem(head)
        or _names_a_thing(head)
        or _stone_not_thrown(trigger, head)
        or _craft_not_striking(trigger, head)
        or _criticised(trigger, head)
        or _growth(trigger, head)
        or _people_moved(trigger, head)
        or _nothing_armed_stopped(trigger, head)
        or things_handed_over(trigger, head)  # "handed over an M14 rifle"
        or ordinary(doc, trigger)
    )


def _hazard_did_it(head: Token) -> bool:
    """'H5N1 killed two women', 'homes destroyed by the waters', 'the quake that killed
    30,000', 'killed in the region from the disease', 'a jet crashed, killing the pilot'."""
    if head.dep_ in ("advcl", "conj") and head.tag_ == "VBG" and _lemma(head.head) in MISHAPS:
        return True  # "the bus overturned, killing 12"
    return any(_is_hazard(agent) for agent in _agents(head))


def _only_animals_harmed(trigger: Trigger, head: Token) -> bool:
    """'4,500 birds were destroyed', 'the pigs to be slaughtered', 'exploding toads': all who
    suffer are animals or crops, and no raider is named as the one who did it."""
    if trigger.cue not in KILLING_CUES and trigger.cue not in ("explosive", "riot"):
        return False
    if _lemma(head) not in CULLING:
        return False
    patients = list(_patients(head))
    if patients and all(_is_hazard(p) or _lemma(p) in HAZARDS for p in patients):
        return True  # "cooking kills the virus"
    if trigger.cue == "explosive":
        patients += [_whole(a) for a in _agents(head) if not _is_hazard(a)]
    if not patients or not all(_lemma(p) in ANIMALS for p in patients):
        return False
    return not any(_lemma(a) in RAIDERS for a in _agents(head))


def _fight_on_a_problem(head: Token) -> bool:
    """'the fight against AIDS', 'to combat Ebola', 'a war on poverty', 'a battle with
    cancer', 'the flood fighting effort': what is fought is an illness or a problem, not a
    party."""
    if _lemma(head) not in FIGHT_WORDS:
        return False
    if head.dep_ == "compound" and _lemma(head.head) == "effort":
        problems = [c for c in head.head.children if c.dep_ == "compound" and c.i < head.i]
        if problems and all(_lemma(c) in PROBLEMS for c in problems):
            return True  # "the flood fighting effort"
    fought = [c for c in head.children if c.dep_ == "dobj"]
    fought += [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("against", "on", "with")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return bool(fought) and all(_words_of(o) & PROBLEMS for o in fought)


def _names_a_thing(head: Token) -> bool:
    """'the rocket frog', 'the Air Force Secretary', 'Jet Propulsion Laboratory',
    'coal-burning power plants', 'the Secretary of the Air Force': the word only qualifies
    a thing or an office (a verb with a subject or an object of its own is an act, however
    parsed)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children):
        return False
    token = _qualified(head)
    if token.i != head.i and _lemma(token) in THING_HEADS:
        return True
    holder = token.head
    return (
        token.dep_ == "pobj"
        and holder.lower_ == "of"
        and holder.head.i != holder.i
        and _lemma(holder.head) in THING_HEADS - ANIMALS
    )


def _stone_not_thrown(trigger: Trigger, head: Token) -> bool:
    """'stone tools', 'houses built of stone', 'semi-precious stones': stone as a material.
    Stones tell a riot when thrown ('threw stones', 'stone-pelting'), when they hit or are
    fought with ('hit by a stone', 'attacked with stones'), or when people are stoned ('they
    stoned the car', 'youths stone a suspect to death')."""
    if trigger.end - trigger.start != 1 or head.lower_ not in STONE_WORDS:
        return False
    if head.pos_ == "VERB" or any(c.dep_ == "dobj" for c in head.children):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ("with", "by"):
        return False
    told = span_words(head.sent)
    if "to death" in told.text.lower():
        return False
    return not any(w in THROWING for w in told.lemmas)


def _craft_not_striking(trigger: Trigger, head: Token) -> bool:
    """'the Air Force said', 'a fighter jet crashed', 'the Air Force began dropping aid': an
    air force or an aircraft that is the subject of a verb strikes only when the verb (or one
    it goes on with: 'continued to bomb') strikes, or drops, fires or carries out ordnance."""
    if trigger.cue != "air_strike" or _lemma(head) not in CRAFT:
        return False
    noun = _qualified(head)  # "Air Force jets", "regime warplanes"
    if noun.dep_ != "nsubj":
        return False
    verbs = [noun.head, *_continued(noun.head)]
    if any(_lemma(v) in STRIKING for v in verbs):
        return False
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "attr")]
    return not any(_words_of(o) & ORDNANCE for o in objects)


def _continued(verb: Token) -> Iterator[Token]:
    """The verbs a verb goes on with: 'began dropping', 'continued to bomb', 'bombed and
    destroyed'."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "conj"):
            yield child
            yield from _continued(child)


def _criticised(trigger: Trigger, head: Token) -> bool:
    """'the government came under fire from officials', 'the minister is under fire over the
    delays': fire that is words."""
    span = head.doc[trigger.start : trigger.end]
    if "under fire" not in span.text.lower():
        return False
    around = [*head.children, *head.head.children]
    if any(t.dep_ == "prep" and t.lower_ in ("over", "for") for t in around):
        return True
    sources = [o for p in around if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    if _forces_fired_on(head):
        return False  # "troops came under fire from members of Boko Haram": shots
    return bool(sources) and all(_lemma(o) in CRITICS for o in sources)


# Who comes under fire from guns, not from words
FORCES = frozenset({
    "troop", "soldier", "police", "policeman", "officer", "army", "convoy", "patrol",
    "force", "unit", "checkpoint", "base", "position", "fighter", "militant", "vehicle",
})  # fmt: skip


def _forces_fired_on(head: Token) -> bool:
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_lemma(s) in FORCES for s in subjects)


def _growth(trigger: Trigger, head: Token) -> bool:
    """'an explosion in HIV cases', 'prices exploded': growth, not a blast."""
    if trigger.cue != "explosive" or _lemma(head) not in ("explosion", "explode", "boom"):
        return False
    grown = [o for p in head.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    grown += [c for c in head.children if c.dep_ == "nsubj"]
    return bool(grown) and all(_lemma(g) in MEASURES for g in grown)


def _people_moved(trigger: Trigger, head: Token) -> bool:
    """'800 people were evacuated', 'authorities evacuated the post office', 'all evacuated
    safely': evacuation for safety; forces that evacuate a position give it up (kept)."""
    if trigger.cue != "withdraw" or _lemma(head) != "evacuate":
        return False
    moved = list(_patients(head))
    if not moved:  # "all evacuated safely", "residents evacuated"
        moved = [_whole(c) for c in head.children if c.dep_ == "nsubj"]
    return bool(moved) and all(_lemma(m) in EVACUEES or m.pos_ == "NUM" for m in moved)


def _nothing_armed_stopped(trigger: Trigger, head: Token) -> bool:
    """'talks defused the tension', 'intercepted a shipment of rice': what was stopped is no
    weapon, no attack, no armed men and no demonstration."""
    if trigger.cue != "disrupted" or _lemma(head) not in STOPPING_WORDS:
        return False
    stopped = list(_patients(head))
    kept = ARMED_THINGS | GATHERINGS  # "police foiled the rally": an intervention
    return bool(stopped) and not any(_words_of(p) & kept for p in stopped)


def _accidental_blast(doc: Doc, trigger: Trigger, head: Token) -> bool:
    """'An explosion at a chemical plant killed seven workers. The blast was caused by a gas
    leak': a blast, or a killing by one, that the sentence or the next puts down to an
    accident."""
    blast: Token | None = None
    if trigger.cue == "explosive":
        blast = head
    elif trigger.cue in KILLING_CUES:
        blast = next((a for a in _agents(head) if _lemma(a) in BLASTS), None)
    if blast is None:
        return False
    told = blast.sent.text
    if blast.sent.end < len(doc):
        told += " " + doc[blast.sent.end].sent.text
    return ACCIDENTAL_BLAST.search(told) is not None


def _agents(verb: Token) -> Iterator[Token]:
    """Who or what did the act: the active subject, the passive agent ('by the flood'), the
    cause ('from the disease'), the antecedent of 'that'/'which', or, for a participle or a
    second verb with no subject of its own, the subject of the verb it hangs on."""
    own = False
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            own = True
            yield _antecedent(child)
        elif child.dep_ in ("agent", "prep") and child.lower_ in ("by", "from", "of"):
            if child.dep_ == "prep" and child.lower_ != "from" and verb.pos_ != "VERB":
                continue
            yield from (o for o in child.children if o.dep_ == "pobj")
    if not own and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        governor = verb.head
        yield from (_antecedent(c) for c in governor.children if c.dep_ == "nsubj")
    if not own and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        yield verb.head  # "an epidemic killing 80 people"


def _patients(verb: Token) -> Iterator[Token]:
    """Who or what suffered the act: the object, the passive subject, the noun a participle
    hangs on ('chickens found dead'), what a noun of the act is of ('the slaughter of pigs')."""
    found = False
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") or (child.dep_ == "nsubj" and _undergoes(verb)):
            found = True
            yield _whole(_antecedent(child))
        elif child.dep_ == "prep" and child.lower_ == "of" and verb.pos_ == "NOUN":
            found = True
            yield from (_whole(o) for o in child.children if o.dep_ == "pobj")
    if not found and verb.dep_ in ("acl", "amod") and verb.head.i != verb.i:
        yield _whole(verb.head)  # "chickens found dead", "exploding toads"
    if not found and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        yield from (_whole(c) for c in verb.head.children if c.dep_ == "dobj")
    if not found:  # "slaughtering, burning and burying 6,500 hogs": the verbs share it
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        yield from (_whole(o) for v in _conj_chain(first) for o in v.children if o.dep_ == "dobj")


def _conj_chain(verb: Token) -> Iterator[Token]:
    yield verb
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        yield from _conj_chain(conj)


def _undergoes(verb: Token) -> bool:
    """The subject undergoes the act: a passive verb, or a bare participle ('had 160,000
    birds killed'); not a perfect tense ('had intercepted')."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return verb.tag_ == "VBN" and not perfect


def _antecedent(noun: Token) -> Token:
    """'the quake that killed': the noun a relative pronoun stands for."""
    if noun.lower_ in ("that", "which", "who") and noun.head.dep_ == "relcl":
        return noun.head.head
    return noun


def _whole(noun: Token) -> Token:
    """'thousands of birds', 'most of the crop': the noun a partitive or a number counts."""
    if _lemma(noun) in PARTITIVES or noun.pos_ == "NUM":
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return noun


def _is_hazard(noun: Token) -> bool:
    """An illness, a disaster or an accident: named by the noun itself ('the quake', 'a
    fire' with no one's fire), or by the modifier of a carrier noun ('the H5N1 strain')."""
    lemma = _lemma(noun)
    if lemma in FIRES:
        return not any(
            c.dep_ in ("compound", "amod", "nmod", "poss")
            or (c.dep_ == "prep" and c.lower_ in ("from", "of", "by"))
            for c in noun.children
        )
    if lemma in HAZARDS:
        return not _figure_for(noun)
    if noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and _lemma(c) in HAZARDS for c in noun.children
    ):
        return True  # a named storm: 'Typhoon Kalmaegi', 'Hurricane Milton'
    return lemma in CARRIERS and bool(_words_of(noun) & HAZARDS)


def _figure_for(noun: Token) -> bool:
    """'a storm of gunfire', 'an eruption of violence': the hazard's word is a figure for
    what it is 'of', which is no hazard."""
    objects = [o for p in noun.children if p.lower_ == "of" for o in p.children]
    return bool(objects) and not any(_lemma(o) in HAZARDS for o in objects)


def _words_of(noun: Token) -> set[str]:
    """A noun's lemma with those of its modifiers and of what it is 'of' ('an outbreak of
    cholera', 'the H5N1 strain', 'a carbon monoxide leak')."""
    words = {_lemma(noun), noun.lower_}
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            words |= {_lemma(child), child.lower_}
        elif child.dep_ == "prep" and child.lower_ == "of":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            words.update(w for o in objects for w in (_lemma(o), o.lower_))
    return words


def _qualified(word: Token) -> Token:
    """The noun a modifier qualifies, through a chain of them ('Jet Propulsion Laboratory')."""
    while word.dep_ in ("compound", "amod", "nmod") and word.head.i != word.i:
        word = word.head
    return word


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
