"""The situation picture: who controls, contests, besieges or left which place, over time.

`extract_control` derives ControlFacts and Operations from a parsed document; `resolve`
orders a place's facts into a Timeline; `state_at`, `timeline` and `operations` query a store.
"""

from sitrep.control.model import (
    ControlFact,
    Operation,
    Period,
    PlaceRef,
    PlaceState,
    Status,
    Timeline,
)

__all__ = [
    "ControlFact",
    "Operation",
    "Period",
    "PlaceRef",
    "PlaceState",
    "Status",
    "Timeline",
]
