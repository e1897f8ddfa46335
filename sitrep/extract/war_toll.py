"""A war's toll is background, not an event.

'The war between the army and the RSF, which began in April 2023, has killed tens of
thousands of people': the dead of a whole war (or insurgency, conflict, crisis), told as its
running toll, are no act of a day and place; ACLED codes the events, not the war. Fighting,
clashes or an attack that killed people stay events ('Fighting in Sinja killed 12').

Feature reports tell the same running toll in other words, and it is background too: the war
named by a pronoun ('It has since killed tens of thousands'), a campaign of acts counted over
its whole course ('Israel's offensive has killed more than 40,000', 'air strikes that have
killed hundreds of civilians', 'a year of cross-border fire has killed 600'), and the dead of
a period ('5,000 people were killed in gang violence last year'). A campaign's word needs the
perfect and a count in the hundreds, so that 'the strike has killed 12 people' stays news.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sitrep.extract.triggers import Trigger

# Nouns of a whole war, whose dead are a running toll.
WAR_NOUNS = frozenset({
    "war", "conflict", "insurgency", "crisis", "rebellion", "uprising", "revolution",
    "civil war", "campaign", "violence",
})  # fmt: skip
TOLL_VERBS = frozenset({"kill", "claim", "leave", "cost", "displace"})
# Nouns of a campaign of acts: their dead over its whole course are a running toll.
CAMPAIGN_NOUNS = frozenset({
    "offensive", "fighting", "fire", "bombardment", "strike", "airstrike", "shelling",
    "bombing", "attack", "raid", "siege", "blockade", "hostility", "clash", "operation",
})  # fmt: skip
# A stretch of time counted whole: 'a year of fighting', 'months of shelling'.
PERIOD_NOUNS = frozenset({"day", "week", "month", "year", "decade"})
PRONOUNS = frozenset({"it", "which", "that"})
SAY_LEMMAS = frozenset({"say", "estimate", "believe", "report", "claim"})
# The whole of a period: 'last year', 'this year', 'since 2015', 'so far'.
WHOLE_PERIOD = re.compile(
    r"\b(last|this|past) (year|month|decade)\b|\bsince\b|\bso far\b|\bto date\b", re.IGNORECASE
)
MANY = re.compile(r"\b(hundreds|thousands|millions|tens of thousands)\b", re.IGNORECASE)
HUNDREDS = 100


def war_toll(doc: Doc, trigger: Trigger) -> bool:
    """The trigger tells the dead of a whole war: its verb's subject (or the noun a relative
    clause on it hangs on: 'a war that has killed thousands') is a war."""
    word = doc[trigger.head]
    if running_toll(word):
        return True
    # 'the offensive has killed 40,000': the campaign whose toll it is
    return word.dep_ in ("nsubj", "pobj") and any(running_toll(v) for v in _tolls_on(word))


def _tolls_on(noun: Token) -> list[Token]:
    """The verbs a noun is the doer of ('the offensive has killed', 'a year of fire has')."""
    head = noun.head
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in PERIOD_NOUNS:
        head = head.head.head  # 'a year of fire has killed'
    verbs = [head] if noun.dep_ == "nsubj" or head.pos_ == "VERB" else []
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        verbs.append(clause)  # 'strikes that (rights groups say) have killed hundreds'
        if clause.lemma_.lower() in SAY_LEMMAS:
            verbs += [c for c in clause.children if c.dep_ == "ccomp"]
    return verbs


def running_toll(verb: Token) -> bool:
    """A toll verb telling the dead of a whole war, campaign or period."""
    if verb.lemma_.lower() not in TOLL_VERBS:
        return False
    if any(_a_war(t) for t in _doers(verb)):
        return True
    if not _many_dead(verb):
        return False
    if _perfect(verb) and any(_a_campaign(t) for t in _doers(verb)):
        return True
    return _dead_of_a_period(verb)


def war_dead(sent: Span, counted: int) -> bool:
    """The count at token `counted` is the dead of a running toll the sentence tells."""
    word = sent.doc[counted]
    return any(word in verb.subtree for verb in sent if running_toll(verb))


def _doers(verb: Token) -> list[Token]:
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        doers += _noun_and_its_heads(verb.head)
    told = verb.head  # 'strikes that rights groups say have killed hundreds'
    if verb.dep_ == "ccomp" and told.lemma_.lower() in SAY_LEMMAS and told.dep_ == "relcl":
        doers.append(told.head)
    return [_antecedent(d) for d in doers]


def _noun_and_its_heads(noun: Token) -> list[Token]:
    """'a war between rival factions of the cartel that has killed 1,200': the parser may hang
    the clause on a noun inside the war's phrase; the nouns it is part of are its doers too."""
    nouns = [noun]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and len(nouns) < 4:
        noun = noun.head.head
        nouns.append(noun)
    return nouns


def _antecedent(noun: Token) -> Token:
    """'It has since killed ...' after 'The war began ...': the pronoun's antecedent is the
    subject of the sentence before it, when that sentence's subject is a war."""
    if noun.lower_ not in PRONOUNS or noun.dep_ != "nsubj":
        return noun
    start = noun.sent.start
    if start == 0:
        return noun
    before = noun.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects and _a_war(subjects[0]) else noun


def _a_war(noun: Token) -> bool:
    """'The war', 'the civil war', 'the insurgency' (not 'the fighting', an act)."""
    if noun.lemma_.lower() != "violence":
        return noun.lemma_.lower() in WAR_NOUNS
    # "violence" is a war only as a running toll ("the violence has killed hundreds")
    return any(c.lower_ in ("has", "have") for c in noun.head.children)


def _a_campaign(noun: Token) -> bool:
    """'the offensive', 'air strikes', 'a year of cross-border fire'."""
    lemma = noun.lemma_.lower()
    if lemma in PERIOD_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return lemma in CAMPAIGN_NOUNS or lemma in WAR_NOUNS


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _dead_of_a_period(verb: Token) -> bool:
    """'5,000 people were killed in gang violence last year': the passive dead of a war or a
    campaign, over a whole period."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    told_in = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    if not any(_a_war(n) or _a_campaign(n) for n in told_in):
        return False
    return bool(WHOLE_PERIOD.search(verb.sent.text))


def _many_dead(verb: Token) -> bool:
    """The verb's count is in the hundreds or more ('600 people', 'hundreds of civilians')."""
    for token in counted_words(verb):
        if MANY.match(token.text):
            return True
        if token.like_num and figure(token.text) >= HUNDREDS:
            return True
    return False


def counted_words(verb: Token) -> list[Token]:
    """The words of what the verb counts: its object or passive subject, whole."""
    counted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return [t for c in counted for t in c.subtree]


def figure(text: str) -> float:
    """A figure written in digits ('1,200'), or 0 for anything else."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0
