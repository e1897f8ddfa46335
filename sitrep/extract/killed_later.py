"""A killing told with a doer on a later day of its own is another act, not more dead.

"Gunmen killed three policemen at a checkpoint on Friday. On Saturday, security forces
killed four militants near the checkpoint.": the second sentence counts dead, but it tells
who killed them and on a day after the act told before: a second event days later (ACLED
codes the operation apart), not four more dead of Friday's attack. Men who "died of their
wounds on Saturday" or bodies "found on Saturday" name no doer, and stay the act's dead.
"""

from __future__ import annotations

from sitrep.extract.fighting_in_general import day_told
from sitrep.model import Event

# Verbs of dying or being found that tell the dead of an act, not an act of their own.
DYING = frozenset({"died", "die", "dies", "succumbed", "found", "recovered", "dead", "death"})


def killed_on_a_later_day(count: Event | None, event: Event) -> bool:
    """The count's own event names the doer of the killing and a day of its own after all of
    `event`'s days."""
    if count is None or not day_told(count) or not (count.date_start and event.date_start):
        return False
    if count.date_start <= (event.date_end or event.date_start):
        return False
    doers = [e for e in count.evidence if e.role == "actor1"]
    triggers = [e.text.lower() for e in count.evidence if e.role == "trigger"]
    return bool(doers) and bool(triggers) and not any(t.split()[-1] in DYING for t in triggers)
