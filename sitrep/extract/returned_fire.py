"""Remote fire answered by its armed target: the exchange is a battle.

'Militants fired two rockets at a police post. Police retaliated by exchanging fire.', '...
killed by a roadside bomb. A policeman was killed during clashes with the militants after the
bombing.': ACLED codes remote violence inside a battle as the battle, and the report tells the
battle in the sentence right after the strike.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

# Words of answering fire or of fighting, in the sentence after the strike.
ANSWERED = re.compile(
    r"\b(retaliat\w*|respond(ed|ing)? (to|with|by)|returned (the )?fire|exchang\w* (of )?fire|"
    r"clash(ed|es)?|fought|gunfights?|firefights?|shoot-?outs?|gun ?battles?)\b",
    re.IGNORECASE,
)


def fire_returned(sent: SpacySpan) -> bool:
    """The next sentence of the report tells fire answered or a fight."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    return ANSWERED.search(doc[sent.end].sent.text) is not None
