"""Whether a crowd's violence happened at a demonstration, told anywhere in the report.

ACLED's line between a violent demonstration and mob violence is the demonstration: a crowd
that protests, marches, strikes, demands or riots and turns violent (stones police, burns tyres,
wrecks an office) makes a violent demonstration; the same acts with no demonstration told
(a crowd storming a hospital, locals stoning officers over a search) are mob violence. The
report often tells the demonstration in another sentence ('Workers blocked the road and burned
kiosks. They were protesting unpaid wages.'), so the whole report is read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.extract.doctext import doc_text

# A demonstration and its tactics: protesting, demonstrating, demanding, a labour strike,
# marching, picketing, a sit-in, barricades and burning tyres, and rioting told as a verb
# ('students rioted'), not the word for the crowd ('rioters'); 'march' in lower case (no month).
DEMONSTRATION_TOLD = re.compile(
    r"\b((?i:protest\w*|demonstrat\w*|demand\w*|strike|strikers|striking|picket\w*|"
    r"sit-ins?|barricad\w*|(burning|burnt|burned) (tyres|tires)|riot(ed|ing)?)|"
    r"march(ed|es|ing|ers)?)\b(?! police)",
)


def demonstration_told(doc: Doc) -> bool:
    """Whether the report tells a demonstration (its words or its tactics) anywhere."""
    return DEMONSTRATION_TOLD.search(doc_text(doc)) is not None
