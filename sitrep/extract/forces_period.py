"""A state's forces named by the country as the doer of an act ("the United States carried
out strikes", `state_agents.py`) carry the name of the government period of the report's
day, as the forces the actor finder names do: "Military Forces of the United States
(2021-2025)" in a report of February 2024, not the latest period's name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention

PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)$")
# The generic word that names each kind of state force.
FORCE_WORDS = {"military": "army", "police": "police"}


def forces_of_the_day(
    mention: ActorMention | None, actors: ActorDictionary, on: date | None
) -> ActorMention | None:
    """The mention with its state force named for the period of `on`; else unchanged."""
    if mention is None or on is None or not mention.generic:
        return mention
    word = FORCE_WORDS.get(mention.kind)
    country = mention.actor.country
    if word is None or country is None or PERIOD.search(mention.actor.name) is None:
        return mention
    actor = actors.resolve(word, country=country, on=on)
    if actor is None or actor.name == mention.actor.name:
        return mention
    if PERIOD.sub("", actor.name) != PERIOD.sub("", mention.actor.name):
        return mention  # only the period is the day's to change
    return replace(mention, actor=replace(mention.actor, name=actor.name))
