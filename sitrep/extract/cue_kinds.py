"""Kinds of cues, actors and words that several extraction stages sort acts and sides by."""

from __future__ import annotations

ARMED_INTERS = frozenset({1, 2, 3, 8})
# Cues of violence whose perpetrator a report may name only by blaming someone for it.
VIOLENT_CUES = frozenset({
    "chemical", "suicide_bomb", "air_strike", "shelling", "grenade", "explosive", "fight",
    "live_fire", "attack", "sexual_violence", "abduction", "attack_weak",
})  # fmt: skip
# Cues of acts that crowds of civilians carry out themselves (elsewhere civilians are targets).
CROWD_CUES = frozenset({"protest", "riot", "looting"})
# Fire from afar: shells, rockets, missiles, aircraft and drones.
REMOTE_FIRE_CUES = frozenset({"shelling", "air_strike"})
# Words naming a crowd's act by the crowd: only a crowd riots ("riots broke out").
CROWD_WORDS = frozenset({"riot", "rioting", "rioter", "mob"})
CIVILIAN_INTER = 7
VICTIM_WORDS = frozenset({
    "civilian", "resident", "villager", "man", "woman", "child", "people", "person", "farmer",
    "passenger", "worker", "student", "family", "girl", "boy", "house", "home", "village",
})  # fmt: skip
