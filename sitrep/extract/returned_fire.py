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
    r"\b(retaliat\w*|respond(ed|ing)? (to|with|by)|in response\b|returned (the )?fire|"
    r"exchang\w* (of )?fire|clash(ed|es)?|fought|gunfights?|firefights?|shoot-?outs?|"
    r"gun ?battles?)\b",
    re.IGNORECASE,
)


# A fight or fire told as not having happened ("No clashes took place", "without a fight")
NO_FIGHT = re.compile(
    r"\b(?:no|without|not|never|neither|nor|n't)\b(?:\W+\w+){0,4}?\W+"
    r"(?:clash|fight|exchange|fire|firing|gunfight|shoot|resist|battle|confrontation)",
    re.IGNORECASE,
)


def fire_returned(sent: SpacySpan) -> bool:
    """The next sentence of the report tells fire answered or a fight, there and then."""
    after = same_scene_next(sent)
    if after is None or NO_FIGHT.search(after.text):
        return False
    return ANSWERED.search(after.text) is not None


def same_scene_next(sent: SpacySpan) -> SpacySpan | None:
    """The next sentence, unless it sets its act at a day or a place of its own ('On Tuesday,
    troops clashed with bandits in Katsina'): then it tells another event."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    after = doc[sent.end].sent
    told = {e.text.lower() for e in entities_in(sent)}
    for ent in entities_in(after):
        if ent.label_ == "DATE":  # a day, not a duration ("a 10-minute firefight")
            return None
        new_place = ent.label_ in ("GPE", "LOC", "FAC") and ent.text.lower() not in told
        if new_place and not _acting(ent):
            return None
    return after


def entities_in(span: SpacySpan) -> list[SpacySpan]:
    """The named entities wholly inside a span, read from its tokens: `Span.ents` walks every
    entity of the document, which on a long report costs more than the rest of this check."""
    doc, found, i = span.doc, [], span.start
    while i < span.end:
        if doc[i].ent_iob_ != "B":
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end <= span.end:
            found.append(SpacySpan(doc, i, end, label=doc[i].ent_type_))
        i = end
    return found


def _acting(ent: SpacySpan) -> bool:
    """'In response, Turkey fired missiles': a country named as who acts is a side, not a
    place of its own."""
    return ent.root.dep_ in ("nsubj", "nsubjpass")


# The forces' answer to an attack: a fight, or a response that shoots or kills.
FIGHT_WORDS = re.compile(
    r"\b(clash(ed|es)?|fought|gunfights?|firefights?|shoot-?outs?|gun ?battles?|exchang\w* "
    r"(of )?fire|engag(e|ed|es|ing) (with )?the)\b",
    re.IGNORECASE,
)
RESPONSE = re.compile(r"\b(respond\w*|interven\w*|retaliat\w*|repuls\w*|repel\w*)\b", re.I)
# A fight told as another event than the attack.
OTHER_EVENT = re.compile(
    r"\b(later|separate(ly)?|nearby|previous(ly)?|earlier|in relation to)\b", re.IGNORECASE
)
LETHAL = re.compile(r"\b(shot|shooting|kill\w*|gunned)\b", re.IGNORECASE)


def attack_answered(sent: SpacySpan) -> bool:
    """The next sentence tells a fight, or a response that shoots or kills ('Police
    intervened, shooting dead two of the assailants')."""
    scene = same_scene_next(sent)
    if scene is None:
        return False
    after = scene.text
    if OTHER_EVENT.search(after) or NO_FIGHT.search(after):
        return False  # "killed later in a clash", "a nearby clash (coded separately)"
    if FIGHT_WORDS.search(after):
        return True
    return RESPONSE.search(after) is not None and LETHAL.search(after) is not None
