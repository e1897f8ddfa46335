"""Words that show a text may report conflict, for the relevance prefilter.

Most signs come from the project's own data: the trigger lexicon (lexicon.yaml), the generic
actor words and the named armed groups (actors.yaml). This module only says which of those
words are ambiguous outside conflict reporting ("attack" in "heart attack", "shot" in "flu
shot", "fight the virus"), adds words of conflict that name no act (violence, curfew,
reinforcements), and turns lemmas into the surface forms a plain tokenizer sees.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
CAPITALIZED = re.compile(r"\b[A-Z][\w'’]*")

# Trigger cues (lemmas, as in lexicon.yaml) common in other news: a sign only together with
# an agent of force nearby, or with another such word.
AMBIGUOUS_ACTS = frozenset(
    {
        "fight",
        "fighting",
        "battle",
        "combat",
        "engage",
        "repel",
        "repulse",
        "offensive",
        "attack",
        "kill",
        "execute",
        "hack",
        "beat",
        "punch",
        "slap",
        "kick",
        "encounter",
        "found dead",
        "body be find",
        "lifeless body",
        "corpse",
        "under fire",
        "shoot",
        "target",
        "hit",
        "fire",
        "injure",
        "wound",
        "storm",
        "strike",
        "jet",
        "air force",
        "drone",
        "rocket",
        "projectile",
        "explosion",
        "blast",
        "chlorine",
        "capture",
        "advance against",
        "spear",
        "blow up",
        "reinforcements",
        "deploy",
        "redeploy",
        "troop movement",
        "conduct a patrol",
        "conduct a joint patrol",
        "carry out a patrol",
        "carry out a joint patrol",
        "joint patrol",
        "military patrol",
        "fortification",
        "fortify",
        "mobilize",
        "mobilise",
        "seize",
        "take control",
        "took control",
        "take over",
        "took over",
        "gain control",
        "clear",
        "clear of",
        "fall to",
        "fell to",
        "liberate",
        "regain",
        "withdraw",
        "pull out",
        "pulled out",
        "hand over",
        "handed over",
        "evacuate",
        "retreat",
        "encircle",
        "surround",
        "march",
        "boycott",
        "agitation",
        "procession",
        "gather",
        "assemble",
        "block",
        "blockade",
        "road block",
        "roadblock",
        "congregate",
        "stone",
        "torch",
        "burn",
        "pelt",
        "disperse",
        "break up",
        "broke up",
        "pellet",
        "arrest",
        "detain",
        "apprehend",
        "detention",
        "round up",
        "rounded up",
        "take into custody",
        "took into custody",
        "destroy",
        "demolish",
        "raze",
        "bulldoze",
        "agreement",
        "reconciliation",
        "defuse",
        "dismantle",
        "intercept",
        "foil",
        "merge",
        "recruit",
        "recruitment",
        "defect",
        "slaughter",
        "burn down",
        "burnt down",
        "burned down",
        "sit in",
        "stone pelting",
    }
)

# Words of conflict or unrest that are not triggers: strong signs on their own.
CONFLICT_WORDS = (
    "violence",
    "violent",
    "insurgency",
    "insurgent",
    "frontline",
    "front line",
    "frontlines",
    "incursion",
    "reinforcements",
    "reinforcement",
    "curfew",
    "hijack",
    "gunfire",
    "gunshot",
    "gunshots",
    "shelled",
    "armed",
    "rebel",
    "unrest",
    "militia",
    "warfare",
    "hostage",
    "press conference with a banner",
    "banners",
    "banner",
    "motorcade",
    "stronghold",
    "thwarted",
    "thwart",
    "marched",
    "marching",
    "paramilitaries",
    "paramilitary",
)

# Words of conflict that other news uses too ("case fatality rate", "the war on malaria"):
# signs only near an agent of force.
AMBIGUOUS_WORDS = (
    "fatalities",
    "fatality",
    "casualties",
    "war",
    "weapons",
    "displaced",
    "to death",
    # remains found (extract/remains.py): "the body of a man", "human remains"
    "body of",
    "bodies of",
    "human remains",
    "remains of",
)

# Agents of force: an ambiguous act near one of them is a sign ("police fired", "troops
# stormed"). Generic actor words of other kinds (civilians, officials) are not.
FORCE_KINDS = frozenset({"military", "police", "armed_group", "protesters", "rioters"})
AGENT_WORDS = (
    "forces",
    "force",
    "security",
    "guards",
    "patrol",
    "convoy",
    "supporters",
    "crowd",
    "crowds",
    "youths",
    "demanded",
    "demand",
    "demanding",
)
# Generic actor words that are common outside conflict (a sign only near an act).
AMBIGUOUS_AGENTS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "officers",
        "officer",
        "police officer",
        "police officers",
        "law enforcement",
        "army",
        "military",
        "troops",
        "soldiers",
        "soldier",
        "navy",
        "air force",
        "jets",
        "criminals",
        "thieves",
        "robbers",
        "gang",
        "gangs",
        "activists",
        "campaigners",
        "petitioners",
        "strikers",
        "marchers",
        "mob",
        "mobs",
        "vigilantes",
        "sniper",
        "snipers",
        "perpetrators",
        "unknown people",
        "unknown persons",
        "security personnel",
        "security officers",
        "security agents",
        "police station",
        "traffic police",
        "constable",
        "constables",
        "cops",
        "commandos",
        "marines",
        "servicemen",
        "serviceman",
        "raiders",
        "attackers",
        "attacker",
        "fighters",
        "regime",
        "junta",
        "extremists",
        "military aircraft",
        "warplanes",
        "gunships",
    }
)

IRREGULAR = {
    "be": ("is", "was", "were", "been", "being", "are"),
    "find": ("found",),
    "shoot": ("shot",),
    "fight": ("fought",),
    "beat": ("beaten",),
    "strike": ("struck",),
    "blow": ("blew", "blown"),
    "take": ("took", "taken"),
    "overrun": ("overran",),
    "steal": ("stole", "stolen"),
    "flee": ("fled",),
    "hold": ("held",),
    "burn": ("burnt",),
    "throw": ("threw", "thrown"),
    "break": ("broke", "broken"),
    "go": ("went", "gone"),
    "fall": ("fell", "fallen"),
    "retake": ("retook", "retaken"),
    "lead": ("led",),
    "tear": ("tore", "torn"),
    "swear": ("swore", "sworn"),
    "hang": ("hung",),
    "catch": ("caught",),
    "stab": ("stabbed", "stabbing"),
    "rob": ("robbed", "robbing"),
    "kidnap": ("kidnapped", "kidnapping", "kidnapper", "kidnappers"),
}


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; hyphens separate words ("shoot-out" -> shoot, out)."""
    return TOKEN.findall(text.lower().replace("-", " "))


def forms(lemma: str) -> frozenset[str]:
    """The inflected forms of a word ("clash" -> clashes, clashed, clashing)."""
    out = {lemma, *IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        out |= {lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
        if _doubles(lemma):
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(out)


def _doubles(word: str) -> bool:
    """Short words ending consonant-vowel-consonant double it: stab -> stabbed."""
    return (
        len(word) >= 3
        and word[-1] in "bdgmnprt"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
        and len(word) <= 5
    )
