"""Fatality counts by ACLED's conservative rules.

Deaths, not injuries; the lowest figure where several are given for one group; vague plurals
take ACLED's fixed values ("several" or "many" = 10, "dozens" = 12, "hundreds" = 100, "a few"
= 3); an explicit "no fatalities" is 0;
silence is None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.annotate.words import Words, span_words
from sitrep.extract.apposed_sayer import apposed_sayer
from sitrep.extract.commemorated import commemorated
from sitrep.extract.dead_among import among_the_dead, told_as_part
from sitrep.extract.doctext import doc_text
from sitrep.extract.kin_of import whose_kin
from sitrep.extract.numbers import NUMBER_WORDS, Count, number_parts, phrase_value
from sitrep.extract.retold_tolls import act_as_subject
from sitrep.extract.retold_victims import definite_victim
from sitrep.extract.revised_tolls import TOLL_HEADS, corrected_in_parenthesis, revised_toll
from sitrep.extract.rival_tolls import claimed_kill, lowest_of_rivals, own_losses
from sitrep.extract.statement_kills import HARM_VERBS, IDIOM_VERBS, fatal_idiom, fatally_harmed
from sitrep.extract.tallies import listed_tally, stated_figure
from sitrep.extract.victim_lists import (
    a_range_of_people,
    both_counted,
    companions_listed,
    one_person,
)
from sitrep.extract.war_toll import running_toll

KILL_VERBS = frozenset({
    "kill", "slay", "murder", "execute", "behead", "massacre", "slaughter", "assassinate",
    "lynch", "gun", "shoot", "neutralise", "neutralize", "eliminate", "liquidate",
    "martyr",  # South Asian press: "four policemen were martyred" (killed in the line of duty)
})  # fmt: skip
DEATH_WORDS = frozenset({
    "dead", "death", "deaths", "fatality", "fatalities", "body", "bodies", "deceased",
})  # fmt: skip
# "death toll", "fatality count": a noun for the whole toll and the death word before it.
TOLL_NOUNS = frozenset({"toll", "count", "total", "tally"})
TOLL_MODIFIERS = frozenset({"death", "fatality", "casualty"})
# Adjectives that say the people they describe are dead ("17 deceased civilians").
DEAD_ADJECTIVES = frozenset({"dead", "deceased"})
DIE_VERBS = frozenset({"die", "perish", "succumb"})
# What is shot down without anyone dying.
MACHINES = frozenset({
    "drone", "uav", "missile", "rocket", "plane", "aircraft", "airplane", "helicopter", "jet",
    "warplane", "balloon", "shell", "projectile", "quadcopter",
})  # fmt: skip
NONE_WORDS = frozenset({"no", "zero", "none", "neither", "nor"})
# Vague quantities that can stand for the victims themselves ("Dozens were killed").
QUANTITY_NOUNS = frozenset({"dozen", "dozens", "scores", "hundreds", "thousands"})
NON_FATAL_HEADS = frozenset({"injury", "injuries", "casualty", "casualties", "wounded", "injured"})
# Nouns of harm short of death that a conjunct may be ("and the injuring of several others").
NON_FATAL_NOUNS = NON_FATAL_HEADS | {"injuring", "wounding", "wounds", "injury"}
UNKNOWN_NUMBER = 10
# A suicide attacker who carried the attack out: "suicide bombers blew themselves up".
BOMBER_NOUNS = frozenset({"bomber", "attacker"})
BOMBER_ACTS = frozenset({
    "blow", "detonate", "target", "attack", "strike", "explode", "ram", "hit", "storm",
})  # fmt: skip
PLACE_PREPS = frozenset({"in", "on", "at", "near", "along", "inside", "outside"})
# Words for the count itself, never a victim ("24 killed total").
TOLL_WORDS = frozenset({"total", "toll", "tally"})
# A victim named by a pronoun: someone told before, in this sentence or an earlier one.
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Words for people in general, which a list of who they were may follow.
GENERIC_PEOPLE = frozenset({"people", "person", "individual", "victim", "civilian"})
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
DEFINITE_DETS = frozenset({"the", "these", "those"})
ALONG = frozenset({"along", "together"})
# Vague quantities that stand for the victims on their own ("killed many").
VAGUE_ALONE = frozenset({"many", "several", "numerous", "dozens", "scores", "hundreds"})
DEAD = ("dead", "down")
# How far before a plural a number the parser left unattached may stand ("3 IS militants").
NUMBER_REACH = 4
# Words that state a total of the dead: a later sentence giving one restates, not adds.
TOTAL_WORDS = frozenset({"fatality", "fatalities", "death", "deaths", "toll"})
# Deaths told as a motive, grievance or accusation belong to another event: "protested the
# killing of", "sentenced to death for killing", "suspected of killing", "tried to kill".
OTHER_EVENT_GOVERNORS = frozenset({
    "protest", "condemn", "denounce", "demand", "mourn", "commemorate", "accuse", "suspect",
    "sentence", "convict", "charge", "blame", "attempt", "try", "plan", "threaten",
    "admit", "confess",
})  # fmt: skip
OTHER_EVENT_PREPS = frozenset({"against", "for", "over"})
# "responsibility for the attack that killed": a claim of the act told, not a motive.
CLAIM_NOUNS = frozenset({"responsibility", "credit", "claim"})
BEFORE_PREPS = frozenset({"after", "following", "since"})
PROTEST_VERBS = frozenset({
    "protest", "demonstrate", "demonstration", "rally", "march", "gather", "riot", "strike",
    "vigil", "sit-in",
})  # fmt: skip
# How many edges a death word climbs to its governor ("demanding arrest of culprits who
# assaulted and killed a farmer").
GOVERNOR_REACH = 6
# How far after a count a coder's "(coded separately)" still belongs to it.
APART_REACH = 12
# Verbs that lead to a death told by its noun ("leading to the death of"), read there.
CAUSING_VERBS = frozenset({"lead", "result", "cause", "bring", "contribute"})
# "Conflicting sources indicate that 37 were killed": another figure for the same dead.
REPORTING_VERBS = frozenset({"indicate", "say", "report", "claim", "put", "suggest", "state"})
SOURCE_NOUNS = frozenset({"source", "report", "figure", "estimate", "account"})
# "killed or wounded": a casualty of either kind, not a death.
NON_FATAL_VERBS = frozenset({"injure", "wound", "hurt", "maim"})
# What is destroyed or stolen beside the dead, never a victim.
PROPERTY_AND_ANIMALS = frozenset({
    "house", "home", "hut", "shop", "building", "vehicle", "car", "truck", "bus", "property",
    "cattle", "cow", "goat", "sheep", "camel", "livestock", "animal", "donkey",
})  # fmt: skip
# Verbs that tell the state a victim was found or left in ("found murdered", "confirmed
# killed", "left him shot dead").
STATE_VERBS = frozenset({
    "find", "discover", "report", "confirm", "leave", "declare", "pronounce", "announce",
})  # fmt: skip
# "whether he was killed", "feared dead": deaths told as uncertain.
UNCERTAIN_MARKS = frozenset({"whether", "if"})
UNCERTAIN_VERBS = frozenset({"fear", "presume"})
UNCERTAIN_MODALS = frozenset({"may", "might", "could"})
# "killed, injured or captured": a tally of fates of which death is only one.
OTHER_FATES = NON_FATAL_VERBS | {"capture", "arrest", "detain", "surrender"}
# "a mass grave containing 20 bodies": the dead of an earlier, undated killing, which ACLED
# does not count at the discovery.
MASS_GRAVE = ("mass grave",)
# The edges a death word climbs to reach such a governor (not across clauses).
COMPLEMENT_DEPS = frozenset({
    "pobj", "pcomp", "prep", "dobj", "xcomp", "compound", "amod", "relcl", "conj",
})  # fmt: skip


# The Doc's user data keeps each span's figure (a sentence is asked by the event and, when it
# makes none, by the toll reader) and whether the report has the word 'death' at all.
FATALITIES_KEY = "sitrep_fatalities"
DEATH_SAID_KEY = "sitrep_death_said"
# Forms and lemmas one of `_counts_at`'s rules starts from; a verb with 'to death' is the other.
COUNT_LEMMAS = KILL_VERBS | DIE_VERBS | DEATH_WORDS | HARM_VERBS | IDIOM_VERBS
COUNT_LEMMAS |= {"casualty", "casualties", "pay"} | TOLL_HEADS
COUNT_FORMS = DEATH_WORDS | {"shot", "gunned", "dead", "killing"}


def fatalities(sent: SpacySpan) -> Count | None:
    """Deaths the sentence reports, conservative; None when it says nothing about deaths."""
    memo = sent.doc.user_data.setdefault(FATALITIES_KEY, {})
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = _fatalities(sent)
    found: Count | None = memo[key]
    return found


# Objects of a killing verb that name the act, not its dead ('killed five people ..., the
# latest violence in a war': a misparsed apposition).
NOT_VICTIMS = frozenset({"violence", "attack", "incident", "bloodshed", "killing", "fighting"})
# Nouns of a time a 'when' clause may recall ('the year when', 'that day, when').
TIME_NOUNS = frozenset({"year", "month", "week", "day", "time", "decade", "era", "period"})


def _fatalities(sent: SpacySpan) -> Count | None:
    stated = stated_figure(sent)
    if stated is not None and stated.divisor > 1:
        told = _told_counts(sent)  # "killing 4, with fatalities distributed over 2 towns"
        return stated if told is None else replace(told, value=told.value // stated.divisor)
    if stated is not None:
        return stated
    return _told_counts(sent) or listed_tally(sent)


def _told_counts(sent: SpacySpan) -> Count | None:
    told = span_words(sent)
    if any(phrase in told.text.lower() for phrase in MASS_GRAVE):
        return None  # the bodies of a mass grave are not the discovery's dead
    counts: list[Count] = []
    others: list[Count] = []
    doc = sent.doc
    claims: list[Count] = []
    losses: list[Count] = []
    for i in _count_words(told, death_said=_death_said(doc)):
        token = doc[i]
        found = _counts_at(token)  # cheap for most tokens, so asked before the costly checks
        if found and not _of_another_event(token):
            (others if _told_by_other_sources(token) else counts).extend(found)
            if claimed_kill(token):
                claims.extend(found)
            elif own_losses(token, found):
                losses.extend(found)
    if claims and losses:  # "said it killed 10 soldiers; the army said two of its men died"
        rivals = lowest_of_rivals(claims, losses)
        counts = [c for c in counts if c not in claims and c not in losses] + rivals
    if not counts:
        counts, others = others, []
    counts = _without_retold_pronouns(sent, counts)
    if counts:
        counts += corrected_in_parenthesis(sent)  # "killing five (later seven) officers"
    bombers = _bombers_who_blew_up(sent)
    if not counts and bombers:
        return Count(value=bombers, start=sent.start, end=sent.end)
    if not counts:
        return None
    value = _conservative_sum(_distinct(counts)) + bombers
    if others:  # "conflicting sources indicate that 37 were killed": the lowest figure
        value = min(value, _conservative_sum(_distinct(others)))
    return Count(
        value=value,
        start=min(c.start for c in counts),
        end=max(c.end for c in counts),
        total=all(c.total for c in counts),
        revised=any(c.revised for c in counts),
    )


def _count_words(told: Words, *, death_said: bool) -> list[int]:
    """Doc offsets of the words `_counts_at` may count at: the others answer nothing."""
    read = zip(told.lemmas, told.lowers, told.pos, strict=True)
    return [
        told.start + i
        for i, (lemma, lower, pos) in enumerate(read)
        if lemma in COUNT_LEMMAS or lower in COUNT_FORMS or (death_said and pos == "VERB")
    ]


def _death_said(doc: Doc) -> bool:
    """Whether the report has the word 'death' (which 'beaten to death' needs)."""
    said = doc.user_data.get(DEATH_SAID_KEY)
    if not isinstance(said, bool):
        said = doc.user_data[DEATH_SAID_KEY] = "death" in doc_text(doc).lower()
    return said


def _bombers_who_blew_up(sent: SpacySpan) -> int:
    """'Two suicide bombers blew themselves up, killing 38': the bombers who carried out the
    attack died in it, and ACLED counts perpetrators killed (bombers shot, arrested or
    killed by others are counted, or not, where that is told)."""
    found = 0
    for i in span_words(sent).having(BOMBER_NOUNS):
        noun = sent.doc[i]
        if noun.dep_ != "nsubj":
            continue
        if not any(c.lower_ == "suicide" for c in noun.children) or noun.i == 0:
            continue
        if noun.head.lemma_.lower() in BOMBER_ACTS:
            size = _size(noun)
            found += size.value if size is not None else 0
    return found


def _without_retold_pronouns(sent: SpacySpan, counts: list[Count]) -> list[Count]:
    """'killed one of the aides, Abu Walid; he has been killed near Kirkuk': a victim named by
    a pronoun beside a victim counted by name is that victim again."""
    pronouns = [c for c in counts if _a_pronoun(sent.doc[c.start : c.end])]
    # "killing him, his nephew and three visitors": a list opening with the pronoun is new
    pronouns = [c for c in pronouns if not companions_listed(sent.doc[c.start])]
    if not pronouns or len(pronouns) == len(counts):
        return counts
    return [c for c in counts if c not in pronouns]


def _a_pronoun(words: SpacySpan) -> bool:
    return len(words) == 1 and words[0].lower_ in PERSONAL_PRONOUNS


def _told_by_other_sources(token: Token) -> bool:
    """'other sources said 13 were killed', 'conflicting sources indicate that ...': another
    figure for the same dead."""
    verb = token.head if token.dep_ == "ccomp" else None
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in SOURCE_NOUNS for c in verb.children)


def _conservative_sum(counts: list[Count]) -> int:
    """The victims counted, added up; a total stated beside them ('a man was shot dead, 1
    fatality'; 'killing 7, bringing the toll to 12') restates them: the lower figure; a
    revised toll ('the toll was later revised to 11') replaces them (`revised_tolls.py`)."""
    revised = [c for c in counts if c.revised]
    if revised:
        return max(revised, key=lambda c: c.start).value
    told = [c.value for c in counts if not c.total]
    totals = [c.value for c in counts if c.total]
    if told and totals:
        return min(sum(told), max(totals))
    return sum(told) + sum(totals)


def _of_another_event(token: Token) -> bool:
    """A death word inside a motive, grievance or accusation ('against the killing of', 'for
    killing her husband', 'suspected of killing'), or a body already counted ('her body')."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    if token.lemma_.lower() == "body" and owners and not _someone_new(owners[0]):
        return True
    if token.lemma_.lower() in OTHER_EVENT_GOVERNORS:
        return True  # "sentenced to death"
    if _earlier_death(token) or _victim_of_a_grievance(token) or _coded_apart(token):
        return True
    if _unconfirmed(token) or _the_victims_own_crime(token):
        return True
    if _what_a_protest_followed(token) or _in_a_time_recalled(token):
        return True
    if any(running_toll(v) for v in (token, *token.ancestors) if v.pos_ == "VERB"):
        return True  # '... in a war that has killed more than 1,200 people
    current = token
    for _ in range(GOVERNOR_REACH):
        if current.head.i == current.i or current.dep_ not in COMPLEMENT_DEPS:
            return False
        if current.dep_ in ("pobj", "pcomp") and current.head.lower_ in OTHER_EVENT_PREPS:
            return not _claimed_act(current.head)
        current = current.head
        if current.lemma_.lower() in OTHER_EVENT_GOVERNORS and current.pos_ in ("VERB", "NOUN"):
            return True
    return False


def _in_a_time_recalled(token: Token) -> bool:
    """'the deadliest attack since 2021, when twin bombings killed 32 people', 'as in 2019,
    when gunmen killed 40': a death told in a 'when' clause on a time recalled belongs to
    that time's event."""
    verb = token
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.lower_ == "when" for c in verb.children):
        return False
    time = verb.head
    return time.ent_type_ == "DATE" or time.lemma_.lower() in TIME_NOUNS


def _the_victims_own_crime(token: Token) -> bool:
    """'A man who killed his wife was seized by a mob and killed': a killing told in a relative
    clause on someone killed in the sentence is that victim's earlier crime, another event."""
    if token.dep_ != "relcl" or token.pos_ != "VERB":
        return False
    noun = token.head
    if noun.dep_ not in ("nsubjpass", "dobj"):
        return False
    verb = noun.head
    return any(v.lemma_.lower() in KILL_VERBS for v in (verb, *verb.conjuncts))


def _unconfirmed(token: Token) -> bool:
    """'It is not known whether he was killed', '2 others feared dead': a death told as
    uncertain is not a reported fatality (ACLED counts only reported deaths)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    for word in (verb, *verb.conjuncts):
        if any(c.dep_ == "mark" and c.lower_ in UNCERTAIN_MARKS for c in word.children):
            return True
    if any(c.dep_ == "aux" and c.lower_ in UNCERTAIN_MODALS for c in verb.children):
        return True  # "he may have been killed"
    return verb.lemma_.lower() in UNCERTAIN_VERBS and token.dep_ in ("oprd", "acomp", "xcomp")


def _claimed_act(prep: Token) -> bool:
    """'claimed responsibility for a bombing that killed 32', 'took credit for the attack':
    the act claimed is the one told, so its dead are its own."""
    if prep.lower_ != "for":
        return False
    head = prep.head  # "responsibility for", or "took credit ... for"
    return any(w.lemma_.lower() in CLAIM_NOUNS for w in (head, *head.children))


def _coded_apart(token: Token) -> bool:
    """'4 students killed in Dhaka (coded separately)': the coder counts them in another
    record."""
    window = token.doc[token.i : min(token.i + APART_REACH, token.sent.end)].text.lower()
    return "coded separately" in window or "separate event" in window


def _what_a_protest_followed(token: Token) -> bool:
    """'residents protested after a pedestrian was killed': the death is the grievance."""
    if token.dep_ in ("oprd", "acomp") and token.head.pos_ == "VERB":
        token = token.head  # "after a teenager was shot dead": the clause is the verb's
    if token.dep_ != "advcl" or not any(c.lower_ in BEFORE_PREPS for c in token.children):
        return False
    main = token.head
    acts = [main, *(c for c in main.children if c.dep_ in ("dobj", "xcomp"))]
    if any(a.lemma_.lower() in PROTEST_VERBS for a in acts):
        return True
    # "houses were torched after a rider was killed": a death told as what came before an
    # act that kills nobody is an earlier event, counted there
    after = any(c.lower_ in ("after", "following") for c in token.children)  # not 'since'
    return after and token.tag_ in ("VBN", "VBD") and not _fatal_verb(main)


def _fatal_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in KILL_VERBS or lemma in DIE_VERBS or _to_death(verb)


def _earlier_death(token: Token) -> bool:
    """'after the killing of a trader', 'following the death of a student': a death named as
    what came before the act told is an earlier event, counted there."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ("killing", "death", "murder"):
        return False
    return token.dep_ in ("pobj", "dobj") and token.head.lower_ in BEFORE_PREPS


def _victim_of_a_grievance(token: Token) -> bool:
    """'calling for justice for a resident killed by a mob', 'an attempt to kill him': a
    killing told of the one a demand or grievance is for, or only attempted."""
    noun = token.head
    if token.dep_ == "acl" and noun.lemma_.lower() in OTHER_EVENT_GOVERNORS:
        return True  # "an attempt to assassinate the commander"
    return token.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ in OTHER_EVENT_PREPS


def _counts_at(token: Token) -> list[Count]:
    lemma = token.lemma_.lower()
    if lemma in TOLL_HEADS:
        revised = revised_toll(token)  # "the toll later rose to 11"
        return [] if revised is None else [revised]
    if lemma in KILL_VERBS and _killed_or_wounded(token):
        return []
    if lemma in KILL_VERBS and token.dep_ == "amod" and _counted_noun_head(token):
        # "led to the killing 1 civilian", "lynched two robbers" parsed as modifiers
        return _group_counts(token.head)
    if lemma in KILL_VERBS and token.pos_ == "VERB" and _is_fatal_use(token):
        return _victim_counts(token)
    if token.lower_ in ("shot", "gunned") and token.pos_ != "VERB" and _followed_by(token, DEAD):
        # "A motorcyclist was on Saturday shot dead": the parse lost the verb; the subject
        # of the auxiliary is the victim
        return [c for s in token.head.children if s.dep_ == "nsubj" for c in _group_counts(s)]
    if token.pos_ == "VERB" and _to_death(token):
        return _victim_counts(token) or _named_subject_counts(token)  # "4 men hacked to death"
    if lemma in DIE_VERBS and token.pos_ == "VERB" and not _subsided(token):
        return _subject_counts(token)
    if fatally_harmed(token):
        return _victim_counts(token)  # "three suspects were fatally wounded"
    idiom = fatal_idiom(token) if lemma in IDIOM_VERBS else None
    if idiom is not None:  # "were sent to hell", "embraced martyrdom"
        return _victim_counts(token) if idiom == "object" else _subject_counts(token)
    if lemma == "pay" and _the_supreme_price(token):
        return _subject_counts(token)  # "two soldiers paid the supreme price"
    if token.lower_ == "dead" and any(c.dep_ == "dobj" for c in token.children):
        # "gunmen shot dead an IDP": the parser makes 'dead' the verb of the object.
        return [c for o in token.children if o.dep_ == "dobj" for c in _group_counts(o)]
    if token.lower_ in DEATH_WORDS or lemma in DEATH_WORDS:
        return _death_word_counts(token)
    if lemma in ("casualty", "casualties") and any(c.lower_ in NONE_WORDS for c in token.children):
        return [Count(value=0, start=token.i, end=token.i + 1)]  # "no casualties": nobody died
    if token.lower_ == "killing" and token.pos_ == "NOUN":
        return _nominal_counts(token)
    return []


def _subsided(verb: Token) -> bool:
    """'the fighting died down', 'the gunfire died away': the act ended, no one died."""
    return any(c.dep_ == "prt" and c.lower_ in ("down", "away", "out") for c in verb.children)


def _the_supreme_price(verb: Token) -> bool:
    """'paid the supreme (ultimate) price': died, in military statements."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "price"
        and any(a.lower_ in ("supreme", "ultimate") for a in c.children)
        for c in verb.children
    )


def _killed_or_wounded(verb: Token) -> bool:
    """'a soldier was killed or wounded', '5 militants were killed, injured or captured':
    any of them, so not a death."""
    if _listed_with_other_fates(verb):
        return True
    pair = [*verb.conjuncts]
    if not any(c.lemma_.lower() in OTHER_FATES for c in pair):
        return False
    between = verb.doc[min(verb.i, *(c.i for c in pair)) : max(verb.i, *(c.i for c in pair))]
    return any(t.lower_ == "or" for t in between)


def _listed_with_other_fates(verb: Token) -> bool:
    """'killed, injured or captured' however parsed: the words after the verb list other
    fates joined by 'or'."""
    saw_or = saw_fate = False
    for tok in verb.doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)]:
        if tok.lower_ == "or":
            saw_or = True
        elif tok.lemma_.lower() in OTHER_FATES and tok.pos_ in ("VERB", "ADJ"):
            saw_fate = True
        elif tok.text not in (",", "and"):
            break
    return saw_or and saw_fate


def _nominal_counts(noun: Token) -> list[Count]:
    """'led to the killing of 5 civilians'."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return [c for o in prep.children if o.dep_ == "pobj" for c in _group_counts(o)]
    return []


def _counted_noun_head(word: Token) -> bool:
    """The word modifies a noun that carries its own number ('the killing 1 civilian')."""
    noun = word.head
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in noun.children)


def _to_death(verb: Token) -> bool:
    """'beaten to death', 'strangled the officer to death' (not 'leading to the death of',
    read at 'death')."""
    if verb.lemma_.lower() in CAUSING_VERBS:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "to" and any(o.lower_ == "death" for o in p.children)
        for p in verb.children
    )


def _is_fatal_use(verb: Token) -> bool:
    """'shot' counts only as 'shot dead'/'shot and killed'; 'gunned down' is fatal."""
    if verb.lemma_ not in ("shoot", "gun"):
        return True
    if any(c.dep_ in ("dobj", "nsubjpass") and _machine(c) for c in verb.children):
        return False  # "shot down 40 drones", "shot down 48 of 73 drones": machines, not people
    if _followed_by(verb, DEAD) and not _counts_own_object(verb.doc[verb.i + 1]):
        return True  # "was shot dead - motives unknown": 'dead' parsed elsewhere
    return any(c.lower_ in ("dead", "down", "fatally") for c in verb.children)


def _machine(noun: Token) -> bool:
    """'drones', or the number counting a part of them ('48 of 73 drones')."""
    if noun.lemma_.lower() in MACHINES:
        return True
    counted = (
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    )
    return noun.pos_ == "NUM" and any(_machine_word(o) for o in counted)


def _machine_word(word: Token) -> bool:
    """'drones', or 'them' after drones in the sentence or the one before ('launched 55
    drones ... shot down 42 of them', 'Russia launched 55 drones. Air defences shot down 42
    of them')."""
    if word.lemma_.lower() in MACHINES:
        return True
    if word.pos_ != "PRON":
        return False
    start = word.sent.start
    start = word.doc[start - 1].sent.start if start > 0 else start
    earlier = word.doc[start : word.i]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in MACHINES for t in earlier)


def _counts_own_object(dead: Token) -> bool:
    """'gunmen shot dead a judge' parsed with 'dead' as the verb: counted at 'dead'."""
    return any(c.dep_ == "dobj" for c in dead.children)


def _followed_by(token: Token, words: tuple[str, ...]) -> bool:
    nxt = token.i + 1
    return nxt < len(token.doc) and token.doc[nxt].lower_ in words


def _victim_counts(verb: Token) -> list[Count]:
    victims = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and not _hurt(c) and c.lemma_.lower() not in NOT_VICTIMS
    ]
    if any(v.lower_ in TOLL_WORDS for v in victims):
        return _subject_counts(verb)  # "24 killed total"
    victims += _gunned_down(verb)
    if verb.dep_ == "relcl" and not whose_kin(verb.head):
        # "three men who were killed": the men the pronoun stands for ("relatives of a man
        # who was killed" protest what was done to him: his death is their grievance)
        victims = [verb.head if v.tag_ in ("WP", "WDT") else v for v in victims]
    passive = [v for v in victims if v.dep_ == "nsubjpass"]
    if len(passive) > 1 and not _joined_by_and(passive):
        # a misparse ("in Sinop, Mato Grosso, a man was killed"): the nearest
        victims = [v for v in victims if v.dep_ != "nsubjpass" or v is passive[-1]]
    if not victims:
        victims = _split_passive_subject(verb)  # "Two men were on Saturday killed"
    if verb.dep_ in ("acl", "relcl") and not victims:
        victims = [verb.head]
        owner = _placed_victim(verb.head) if _a_place_noun(verb.head) else [verb.head]
        if owner is None:
            return []  # a body found, counted at its own word
        if owner and _group_counts(owner[0]):
            victims = owner
    if not victims:
        victims = _subject_hung_on_a_place(verb)
    if not victims and _state_told_of(verb):
        # "were confirmed killed", "is discovered murdered", "left the son shot dead"; a body
        # found killed is counted at 'body'
        victims = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")]
        if any(v.lemma_.lower() == "body" for v in victims):
            return []
        victims = victims or _with_absolute(verb.head)
    if not victims and (_reduced_passive(verb) or _objectless(verb)):
        # headline passives: "Lawyer killed at her home" (the subject is the victim)
        victims = [c for c in verb.children if c.dep_ == "nsubj"]
        after = _counted_right_after(verb) if _means_as_subject(victims) else []
        if after:
            return after  # "An airstrike killed 17 people, including ..., residents said"
    if not victims and verb.tag_ == "VBG" and _sayer_hung_on_victims(verb):
        return _counted_right_after(verb)  # "..., killing nine soldiers, a spokesman said"
    if not victims and verb.tag_ == "VBN":
        # "1 killed - linked to the vote", "... 1 killed.": a number before a bare participle
        # sums the toll up (a total)
        tallies = [c for c in verb.children if c.pos_ == "NUM" and c.i < verb.i]
        if tallies:
            return [replace(c, total=True) for t in tallies for c in _group_counts(t)]
    if verb.dep_ == "conj" and not victims:
        # "a man was shot and killed": the conjoined verbs share the victim; "40 were hurt,
        # ..., and a leader was killed": not the hurt, but the noun before its own auxiliary
        victims = _shared_victims(verb)
    if len(victims) > 1:  # "killing 14 villagers, among them five children"
        victims = [v for v in victims if not among_the_dead(victims[0], v)]
    if victims:
        victims += [c for v in victims for c in companions_listed(v)]  # "..., his wife and"
        victims += [a for h in (verb, *victims) for a in _added_groups(h)]
        victims += _victims_joined_to_the_verb(verb)
    return [c for v in victims for c in _group_counts(v)]


def _shared_victims(verb: Token) -> list[Token]:
    if verb.head.lemma_.lower() not in NON_FATAL_VERBS:
        return [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    before = verb.doc[aux[0].i - 1] if aux and aux[0].i > 0 else None
    while before is not None and before.dep_ == "pobj" and before.head.dep_ == "prep":
        before = before.head.head  # "a leader of the party was killed": the leader
    return [before] if before is not None and before.pos_ in ("NOUN", "PROPN") else []


def _a_place_noun(noun: Token) -> bool:
    """'found on the road in Dara countryside, killed by gunmen': the participle the parser
    hung on the place belongs to the victim told before it."""
    if any(c.dep_ == "nummod" for c in noun.children):
        return False  # "resulted in 8 tribesmen killed"
    return noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS


def _split_passive_subject(verb: Token) -> list[Token]:
    """'Twelve people were during the night killed': a passive split by an adverbial, parsed
    with 'were' as the root and the participle hung below it; the root's subject is the
    victim."""
    root = verb.sent.root
    if verb.tag_ != "VBN" or root.lemma_ != "be" or root.pos_ != "AUX" or root.i > verb.i:
        return []
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    if any(c.dep_ in ("acomp", "attr", "oprd") for c in root.children):
        return []
    return [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]


def _named_subject_counts(verb: Token) -> list[Count]:
    """The subject of a verb told 'to death' when it names people ('4 civilians'); a bare
    number is a tally of a list ('6 burned to death/ 6 killed by machete'), read as one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return [c for s in subjects for c in _group_counts(s)]


def _placed_victim(place: Token) -> list[Token] | None:
    """Who a participle hung on a place is about: the noun or the object of the verb the
    place phrase belongs to ('found a trader in the market killed by robbers'); none when that
    is a body, counted at its own word."""
    current = place
    for _ in range(GOVERNOR_REACH):
        if current.dep_ not in ("pobj", "prep") or current.head.i == current.i:
            break
        current = current.head
    if current.pos_ == "VERB":
        found = [c for c in current.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        found = [current] if current.pos_ in ("NOUN", "PROPN") else []
    if any(v.lemma_.lower() in ("body", "remains") for v in found):
        return None
    return found


def _gunned_down(verb: Token) -> list[Token]:
    """'militia guns down two officers' parsed with the victims under 'down'."""
    return [o for p in verb.children if p.lower_ == "down" for o in p.children if o.dep_ == "pobj"]


def _someone_new(owner: Token) -> bool:
    """'a man's body', 'two soldiers' bodies': the owner is introduced here, so counted here
    ('her body', 'the driver's body' are of someone told before)."""
    if owner.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in owner.children)


def _subject_hung_on_a_place(verb: Token) -> list[Token]:
    """'in Araucaria, Parana, a PCC leader was killed' parsed with 'leader' in apposition to
    the place: the noun just before the passive's auxiliary is its subject."""
    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    if not aux or aux[0].i == 0:
        return []
    before = verb.doc[aux[0].i - 1]
    return [before] if before.pos_ == "NOUN" and before.dep_ == "appos" else []


def _victims_joined_to_the_verb(verb: Token) -> list[Token]:
    """'killing the leader and one of his companions' parsed with 'one' joined to the verb (or,
    for 'a raid that killed a commander and two of his aides', to the noun the clause is on):
    a number joined there with its 'of' is another victim group."""
    holders = [verb, verb.head] if verb.dep_ == "relcl" and verb.i > verb.head.i else [verb]
    return [
        c
        for h in holders
        for c in h.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and c.pos_ == "NUM"
        and any(p.lower_ == "of" for p in c.children)
    ]


def _added_groups(head: Token) -> list[Token]:
    """Victims joined by a preposition of addition: 'were killed in addition to 4 civilians',
    'killed along with a child', 'together with his driver'."""
    added: list[Token] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i > head.i):
        if prep.lower_ == "in":
            inner = [o for o in prep.children if o.dep_ == "pobj" and o.lower_ == "addition"]
            tos = [t for o in inner for t in o.children if t.dep_ == "prep" and t.lower_ == "to"]
            added += [o for t in tos for o in t.children if o.dep_ == "pobj"]
        elif prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ALONG:
            added += [o for o in prep.children if o.dep_ == "pobj"]
    return added


def _state_told_of(verb: Token) -> bool:
    """A killing told as the state someone was found, reported or left in: the participle
    hangs on that verb, whose subject or object is the victim."""
    if verb.dep_ not in ("xcomp", "advcl", "oprd", "ccomp") or verb.tag_ not in ("VBN", "VBD"):
        return False
    return verb.head.lemma_.lower() in STATE_VERBS


def _joined_by_and(subjects: list[Token]) -> bool:
    """'A commander and two of his aides were killed' parsed as two subjects: an 'and' joins
    them (a place before the subject is set off by commas only)."""
    first, last = subjects[0], subjects[-1]
    return any(t.dep_ == "cc" for t in first.doc[first.i + 1 : last.i])


def _reduced_passive(verb: Token) -> bool:
    """A participle with no auxiliary, or a 'by' agent with no object: 'Lawyer killed by
    gunmen'."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    by_agent = any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in verb.children)
    return verb.tag_ == "VBN" or by_agent


# Acts and weapons that kill: a subject of these is never the dead
KILLING_MEANS = frozenset({
    "airstrike", "strike", "attack", "bomb", "bombing", "blast", "explosion", "shelling",
    "shell", "missile", "rocket", "drone", "raid", "ambush", "assault", "fire", "gunfire",
    "mine", "ied", "grenade", "offensive", "clash", "fighting",
})  # fmt: skip


def _means_as_subject(subjects: list[Token]) -> bool:
    return bool(subjects) and all(v.lemma_.lower() in KILLING_MEANS for v in subjects)


def _counted_right_after(verb: Token) -> list[Count]:
    """'A military airstrike killed at least 17 people, including four children, residents
    said': the parser hangs the counted victims on the verb of saying; they follow the
    killing verb, with at most 'at least', 'some' or 'more than' between."""
    for token in verb.doc[verb.i + 1 : min(verb.i + 5, verb.sent.end)]:
        if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in token.children):
            return _group_counts(token)
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            break
    return []


def _sayer_hung_on_victims(verb: Token) -> bool:
    """The counted noun right after the participle is the subject of a verb of saying, with
    the speaker in apposition to it (see `apposed_sayer`)."""
    after = verb.doc[verb.i + 1 : min(verb.i + 5, verb.sent.end)]
    return any(apposed_sayer(t) is not None for t in after if t.dep_ == "nsubj")


def _objectless(verb: Token) -> bool:
    """A killing verb with a subject and no object or auxiliary is a headline passive
    ('Chief killed at his home'): nobody kills without killing someone."""
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"dobj", "aux", "auxpass", "xcomp", "conj"}


def _subject_counts(verb: Token) -> list[Count]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        # "a suspect was shot and died": the conjoined verbs share the subject.
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [c for s in subjects for c in _group_counts(s)]


def _death_word_counts(word: Token) -> list[Count]:
    """'five dead', 'no fatalities', 'the death toll rose to 12', 'killing 3' -> counts."""
    if word.lemma_.lower() == "body" and _an_organisation(word):
        return []
    restated = word.head.lemma_ == "leave" and act_as_subject(word.head)  # "the attack left"
    for child in word.children:
        total = word.lower_ in TOTAL_WORDS or restated
        if child.lower_ in NONE_WORDS:
            return [Count(value=0, start=child.i, end=word.i + 1, total=total)]
        value = phrase_value(child) if child.dep_ in ("nummod", "amod", "det") else None
        if value is not None:
            return [Count(value=value, start=child.i, end=word.i + 1, total=total)]
    if word.lower_ == "dead" and word.dep_ == "acomp" and word.head.lemma_ == "be":
        # "Nine are dead": the subject of the copula counts the dead.
        return _subject_counts(word.head)
    owners = [c for c in word.children if c.dep_ == "poss" and _someone_new(c)]
    if word.lemma_.lower() == "body" and owners:
        return _group_counts(owners[0])  # "a man's body was found"
    if _caused_own_death(word):
        return [Count(value=1, start=word.i - 1, end=word.i + 1)]  # "which led to his death"
    if word.lemma_.lower() in ("body", "death"):
        # "the bodies of two men", "resulting in the death of the driver"
        of = [p for p in word.children if p.dep_ == "prep" and p.lower_ == "of"]
        later = _next_of(word)
        if not of and later is not None:  # "the death by asphyxiation of a man"
            of = [later]
        found = [c for p in of for o in p.children if o.dep_ == "pobj" for c in _group_counts(o)]
        if found:
            return found
    if word.lower_ in DEAD_ADJECTIVES and word.dep_ in ("amod", "acomp", "oprd", "ccomp", "xcomp"):
        if word.dep_ == "amod" and word.lower_ == "deceased" and not _counted_noun(word.head):
            return []  # "colleagues of a deceased staffer": someone dead before, not counted
        if word.dep_ == "amod" and commemorated(word.head):
            return []  # "a memorial to a dead opposition leader": dead before the act
        if word.dep_ == "amod":
            return _group_counts(word.head)
        return _left_dead(word.head)
    return _toll_counts(word)


def _caused_own_death(word: Token) -> bool:
    """'which led to his death', 'resulting in her death': the death of one person told with
    its cause (a pronoun owner: the victim named in the clause before, not yet counted)."""
    if word.lower_ != "death" or word.dep_ != "pobj":
        return False
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in word.children):
        return False
    verb = word.head.head
    return verb.lemma_.lower() in CAUSING_VERBS


def _with_absolute(state: Token) -> list[Token]:
    """'captured the town with 24 fighters reported killed': the noun of the 'with' phrase
    just before the state verb is the victim the parser did not attach."""
    before = state.doc[state.i - 1] if state.i > 0 else None
    if before is None or before.dep_ != "pobj" or before.head.lower_ != "with":
        return []
    return [before] if before.pos_ == "NOUN" else []


def _counted_modifiers(noun: Token) -> Count | None:
    """'12 regime and 10 TIP fighters': the numbers sit on the modifiers of the noun (and
    their conjuncts); together they count it."""
    mods = [c for c in noun.children if c.dep_ in ("nmod", "compound")]
    groups = [g for m in mods for g in (m, *m.conjuncts)]
    numbers = [n for g in groups for n in g.children if n.dep_ == "nummod"]
    values = [phrase_value(n) for n in numbers if not _a_date(n)]
    if len(values) < 2 or any(v is None for v in values):
        return None
    start = min(n.i for n in numbers)
    return Count(value=sum(v for v in values if v is not None), start=start, end=noun.i + 1)


def _an_organisation(body: Token) -> bool:
    """'a women rights body', 'a pro-BNP lawyers' body', 'a body of garment workers': a body
    that is a group of people, not a corpse (named by a noun before it, owned by a plural, or
    made of a plural)."""
    for child in body.children:
        if child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN"):
            return True
        if child.dep_ == "poss" and child.tag_ in ("NNS", "NNPS"):
            return True
    if body.tag_ != "NN":
        return False  # "the bodies of soldiers": corpses
    made_of = [o for p in body.children if p.lower_ == "of" for o in p.children]
    return any(o.tag_ == "NNS" and not _counted_group(o) for o in made_of if o.dep_ == "pobj")


def _counted_noun(noun: Token) -> bool:
    """'17 deceased civilians were pulled from the rubble': the noun carries a number and is
    what the clause is about (not 'friends of two deceased leaders')."""
    told = noun.dep_ in ("nsubj", "nsubjpass", "dobj")
    return told and any(c.dep_ == "nummod" for c in noun.children)


def _next_of(word: Token) -> Token | None:
    """The 'of' a few words after a death noun, across a 'by'/'from' phrase only."""
    for tok in word.doc[word.i + 1 : min(word.i + 5, word.sent.end)]:
        if tok.lower_ == "of":
            return tok
        if tok.pos_ not in ("ADP", "NOUN", "DET", "ADJ"):
            return None
    return None


def _left_dead(verb: Token) -> list[Count]:
    """'the fighting left 5 dead': the number is the verb's object; 'two men were found
    dead', 'two others reported dead': its subject; 'a man shot dead his neighbour': the
    object, counted at the verb (the subject is the killer)."""
    if verb.lemma_ in ("leave", "leaves"):
        found = [c for o in verb.children if o.dep_ == "dobj" for c in _group_counts(o)]
        if act_as_subject(verb):  # "killing 5; the attack left 5 dead": the toll restated
            return [replace(c, total=True) for c in found]
        return found
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return _subject_counts(verb)


def _toll_counts(word: Token) -> list[Count]:
    """'the death toll rose to 12', 'the fatality count later rose to 8': the latest total."""
    if word.lower_ not in TOLL_MODIFIERS or word.head.lower_ not in TOLL_NOUNS:
        return []
    verb = word.head.head
    numbers = [t for t in verb.subtree if t.pos_ == "NUM" and phrase_value(t) is not None]
    raised = [t for t in numbers if t.head.lower_ == "to"]  # "raised from 1 to 4": the latest
    for tok in raised[-1:] or numbers[:1]:
        value = phrase_value(tok)
        if value is not None:
            return [Count(value=value, start=tok.i, end=tok.i + 1, total=True)]
    return []


def _group_counts(noun: Token) -> list[Count]:
    """A victim group and its conjuncts: 'three soldiers and two civilians' -> 3, 2."""
    joined = [] if one_person(noun) else noun.conjuncts  # "A cleric and teacher was killed"
    groups = [noun, *[c for c in joined if c.i > noun.i and _another_group(c)]]
    counts = [_size(g) for g in groups]
    found = [c for c in counts if c is not None]
    if _a_breakdown(noun, found):
        return found[:1]  # "5 people, 3 soldiers and 2 civilians"
    return found + _listed_after(noun, found)


def _a_breakdown(noun: Token, found: list[Count]) -> bool:
    """'5 people, 3 soldiers and 2 civilians': groups after a count of people in general that
    add up to it say who they were; they are not further dead."""
    if len(found) < 3 or noun.lemma_.lower() not in GENERIC_PEOPLE:
        return False
    return sum(c.value for c in found[1:]) == found[0].value


def _listed_after(noun: Token, found: list[Count]) -> list[Count]:
    """'8 soldiers, 11 militiamen, and 6 rebels were killed' parsed with the later groups set
    beside the first: counted groups listed after it add to it, unless they add up to its
    figure as who those people were ('5 people, 3 soldiers and 2 civilians')."""
    listed = [
        a for a in noun.children
        if a.dep_ == "appos" and _counted_group(a) and not told_as_part(a)
    ]  # fmt: skip
    if len(found) != 1 or len(listed) != 1:
        return []
    groups = [listed[0], *(c for c in listed[0].conjuncts if _another_group(c))]
    sizes = [c for c in (_size(g) for g in groups) if c is not None]
    breakdown = noun.lemma_.lower() in GENERIC_PEOPLE
    if not sizes or (breakdown and sum(c.value for c in sizes) == found[0].value):
        return []
    return sizes


def _counted_group(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in noun.children)


def _hurt(noun: Token) -> bool:
    """'two others wounded': people told as hurt, not killed."""
    return any(
        c.lemma_.lower() in NON_FATAL_VERBS and c.dep_ in ("acl", "amod", "relcl")
        for c in noun.children
    )


def _another_group(conjunct: Token) -> bool:
    """A conjunct that adds victims: not the wounded ('one was killed, two others wounded'),
    not a breakdown of the count ('8 killed, 5 from one clan and 3 from the other')."""
    if conjunct.lemma_.lower() in NON_FATAL_VERBS or _hurt(conjunct):
        return False
    if conjunct.lower_ in NON_FATAL_NOUNS or _bare_mass_noun(conjunct) or _not_a_person(conjunct):
        return False  # "the killing of 2 civilians and the injuring of others"
    if conjunct.pos_ == "PROPN" and conjunct.ent_type_ == "ORG":
        return False  # "12 soldiers of the Army, the Guard Corps and Hezbollah"
    partitive = any(c.dep_ == "prep" and c.lower_ == "from" for c in conjunct.children)
    return not (conjunct.pos_ == "NUM" and partitive)


def _not_a_person(noun: Token) -> bool:
    """'the death of one and several houses destroyed': property and animals are no victims."""
    return noun.lemma_.lower() in PROPERTY_AND_ANIMALS


def _bare_mass_noun(noun: Token) -> bool:
    """'the death of 6 fighters and information about injuries': a singular common noun with
    no determiner, number or possessor names no person (a counted victim needs one), unless it
    shares the article of the noun it is joined to ('a woman and child')."""
    if noun.tag_ != "NN" or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "quantmod") for c in noun.children):
        return False
    if noun.lower_ == "number" and any(c.lower_ == "of" for c in noun.children):
        return False  # "and unknown number of IS fighters": a count of its own
    first = noun.head if noun.dep_ == "conj" else noun
    shared = first.tag_ == "NN" and any(c.dep_ == "det" for c in first.children)
    return not shared or noun.lower_.endswith("ing")  # "a drug and kidnapping suspect"


# How a number hangs on the noun it counts; a capitalised number word opening a sentence
# ("Eleven people were killed") is often parsed as a compound name.
COUNTING_DEPS = frozenset({"nummod", "quantmod", "det", "amod", "compound"})


def _counts_here(child: Token) -> bool:
    """A compound counts only as a number word opening its sentence ('Eleven people')."""
    return child.dep_ != "compound" or (bool(child.is_sent_start) and child.like_num)


def _size(noun: Token) -> Count | None:
    if noun.lower_ in NON_FATAL_HEADS or _not_a_person(noun):
        return None
    if noun.lower_ in DEATH_WORDS:
        return None  # "2 were shot dead - FATALITIES: ...": a death word is no victim
    if noun.pos_ == "AUX" and noun.i + 1 < len(noun.doc):
        # "killed five IS militants": the acronym read as a verb stands in the phrase's place
        following = noun.doc[noun.i + 1]
        return _size(following) if following.pos_ == "NOUN" else None
    both = both_counted(noun)  # "both were shot dead"
    if both is not None:
        return both
    if noun.lower_ in NONE_WORDS or noun.lower_ == "nobody" or _negated_group(noun):
        return Count(value=0, start=noun.i, end=noun.i + 1)  # "no one was killed"
    if noun.lower_ == "number" and any(c.lower_ == "of" for c in noun.children):
        # "a number of fighters": an unknown number, which ACLED codes as 10
        return Count(value=UNKNOWN_NUMBER, start=noun.i, end=noun.i + 1)
    if noun.lower_ == "other" and any(c.lower_ == "the" for c in noun.children):
        return Count(value=1, start=noun.i, end=noun.i + 1)  # "the other later died"
    vague = noun.lower_ in VAGUE_ALONE  # "police pursued the raiders and killed many"
    numeric = noun.pos_ in ("NUM", "PRON") or _is_quantity_noun(noun) or vague  # "one killed"
    own = phrase_value(noun) if numeric and noun.lower_ not in ("a", "an") else None
    if own is not None:
        return Count(value=_lowest(noun, own), start=noun.i, end=noun.i + 1)
    for child in sorted(noun.children, key=lambda c: c.dep_ != "nummod"):
        if child.dep_ in COUNTING_DEPS and not _a_date(child) and _counts_here(child):
            value = phrase_value(child)
            if value is not None:
                told = _already_told(noun) and child.dep_ == "nummod"
                return Count(value=_lowest(child, value), start=child.i, end=noun.i + 1, total=told)
    if noun.tag_ in ("NN", "NNP") and noun.pos_ in ("NOUN", "PROPN"):
        again = definite_victim(noun)  # "The man died": spanned from its determiner
        return Count(value=1, start=again.i if again is not None else noun.i, end=noun.i + 1)
    if noun.tag_ == "NNS":
        return _number_before(noun) or _counted_modifiers(noun)
    if noun.lower_ in ("him", "her", "himself", "herself", "he", "she"):
        return Count(value=1, start=noun.i, end=noun.i + 1)
    return None


def _already_told(noun: Token) -> bool:
    """'the two herders', 'the bodies of the three policemen': a definite counted group points
    back at victims already told, so its figure restates the toll rather than adding to it."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in noun.children)


def _number_before(noun: Token) -> Count | None:
    """'3 IS militants', 'five suspected Taliban fighters': a number a few words before a
    plural the parser did not attach it to (across names and modifiers only)."""
    start = max(noun.sent.start, noun.i - NUMBER_REACH)
    for tok in reversed(noun.doc[start : noun.i]):
        if ORDINAL.fullmatch(tok.lower_):
            continue  # "2 1st Coastal Division fighters": the ordinal is part of the name
        if tok.pos_ == "NUM" and not _a_date(tok):
            value = phrase_value(tok)
            return None if value is None else Count(value=value, start=tok.i, end=noun.i + 1)
        if tok.pos_ not in ("PROPN", "ADJ", "AUX") and tok.tag_ != "VBN":
            return None
    return _number_split_off(noun) if start == noun.sent.start else None


def _number_split_off(noun: Token) -> Count | None:
    """'2 Rahman Corp fighters were killed' split by the sentencer after '2': a sentence that is
    a lone number right before the group's names is its count."""
    sent = noun.sent
    if sent.start == 0:
        return None
    before = noun.doc[sent.start - 1].sent
    words = [t for t in before if not t.is_punct]
    if len(words) != 1 or words[0].pos_ != "NUM" or _a_date(words[0]):
        return None
    value = phrase_value(words[0])
    return None if value is None else Count(value=value, start=words[0].i, end=noun.i + 1)


def _a_date(token: Token) -> bool:
    """'On 10 March militants were killed': the number is the day ('Between 10 and 15
    villagers' is a range of the dead, however tagged)."""
    return token.ent_type_ in ("DATE", "TIME") and not a_range_of_people(token)


def _negated_group(noun: Token) -> bool:
    return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in noun.children)


def _is_quantity_noun(noun: Token) -> bool:
    """'dozens of people', 'hundreds of civilians': the quantity word heads the phrase;
    'Dozens were killed': it stands for the victims."""
    if noun.lower_ in QUANTITY_NOUNS:
        return True
    return noun.lower_ in NUMBER_WORDS and any(c.lower_ == "of" for c in noun.children)


def _lowest(token: Token, value: int) -> int:
    """'between 5 and 10', '5 to 8' -> the lower figure."""
    parts = number_parts(token)
    for child in token.children:
        if child.dep_ in ("quantmod", "compound") and child.pos_ == "NUM" and child not in parts:
            other = phrase_value(child)
            if other is not None:
                return min(value, other)
    return value


def _distinct(counts: list[Count]) -> list[Count]:
    """Drop a count whose tokens lie inside another's (one group read twice)."""
    out: list[Count] = []
    for c in sorted(counts, key=lambda c: (c.start, -(c.end - c.start), not c.revised)):
        if any(o.start <= c.start and c.end <= o.end for o in out):
            continue
        out.append(c)
    return out
