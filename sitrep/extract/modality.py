"""Is a trigger an act that happened? Negation, irrealis governors, modals, conditionals,
and background states.

Each check returns the name of the phenomenon that blocks the event, or None when the act is
asserted as having happened.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
FUTURE_MODALS = frozenset({"will", "shall", "wo", "'ll"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
EPISTEMIC_MODALS = frozenset({"may", "might", "could", "would", "should", "must", "can"})
# Verbs whose negation says a detail is not known or told, and the details they speak of.
UNTOLD_VERBS = frozenset({
    "know", "specify", "disclose", "reveal", "give", "provide", "clarify", "establish",
    "identify", "detail", "available",
})  # fmt: skip
DETAIL_NOUNS = frozenset({
    "detail", "date", "motive", "cause", "identity", "number", "circumstance", "figure",
    "reason", "name", "location", "perpetrator",
})  # fmt: skip
# What a refusal withholds: "denied entry", "rejected their bail" refuse a thing, they deny
# no fact.
REFUSED_THINGS = frozenset({
    "entry", "access", "bail", "permission", "visa", "passage", "request", "application",
    "admission", "license", "licence", "permit", "asylum", "appeal",
})  # fmt: skip
TELLING_VERBS = frozenset({"say", "claim", "report", "allege", "state", "accuse", "suggest"})
# Prepositions that place a real event in time ("calm after the clashes"): climbing stops there.
TEMPORAL_PREPS = frozenset({"after", "during", "following", "amid", "amidst", "since", "before"})
# Conjunctions of time and cause: their clause is told as fact ("as protesters engaged").
TELLING_MARKS = frozenset({"as", "while", "when", "after", "because", "since", "before"})
# What a fear may be about when it only doubts a toll ("officers feared dead after ...").
# Where a push goes when it is a movement ("pushed into the town"), not a call.
MOVED_TO = frozenset({
    "into", "down", "through", "toward", "towards", "across", "deeper", "forward", "back",
    "from", "onto", "up",
})  # fmt: skip
SAYING_BESIDE = frozenset({"say", "insist", "add", "state", "explain", "stress"})
# Governors whose passive subject, an act, is not done yet ("an attack is planned").
PLANNED_KINDS = frozenset({"plan", "threat"})
TOLL_WORDS = frozenset({"dead", "killed", "kill", "die", "missing", "drown", "drowned"})


def blocking_reason(head: Token, governors: Mapping[str, str]) -> str | None:
    """The phenomenon that makes this trigger a non-event, or None."""
    checks: tuple[Callable[[Token], str | None], ...] = (
        _negated,
        _modal_future,
        _conditional,
        _background_state,
        _embedded_question,
    )
    for check in checks:
        reason = check(head)
        if reason:
            return reason
    return _irrealis_governor(head, governors)


def clause_chain(token: Token) -> Iterator[Token]:
    """The token, then each governing token up to the root, stopping above a subject."""
    current = token
    yield current
    while current.head.i != current.i and current.dep_ not in SUBJECT_DEPS:
        current = current.head
        yield current


def verbal_anchor(head: Token) -> Token:
    """For a noun trigger ("clashes erupted"), the verb it hangs from; else itself."""
    current = head
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return head if current.pos_ not in ("VERB", "AUX") else current


def _negated(head: Token) -> str | None:
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "without":
        return "negation"  # "withdrew without a fight", "entered without firing a shot"
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in head.children):
        return "negation"
    if head.pos_ == "VERB" and any(_none_of(c) for c in head.children):
        return "negation"  # "no shots were fired", "fired no shots", "nobody was hurt"
    verb = verbal_anchor(head)
    if verb.i != head.i and any(c.dep_ == "neg" for c in verb.children):
        return None if _details_unknown(verb) else "negation"
    return None


# Governors of an embedded question about who did an act: "it is not known who fired the
# shells", "police are investigating who carried out the bombing", "the army did not say
# which group fired the rockets".
KNOWING = frozenset({
    "know", "clear", "unclear", "unknown", "investigate", "establish", "determine", "identify",
    "say", "ask", "wonder", "confirm", "ascertain", "probe", "specify", "disclose", "reveal",
})  # fmt: skip
WH_WORDS = frozenset({"who", "whoever"})
WH_DETERMINERS = frozenset({"which", "what"})


def _embedded_question(head: Token) -> str | None:
    """An act whose doer is asked after ("it is not known who fired the shells") is an act
    told before, its doer in question: no act of its own. A report's first sentence has told
    nothing before: there the act stands."""
    verb = asked_after(head)
    return None if verb is None or verb.sent.start == 0 else "embedded question"


def asked_after(head: Token) -> Token | None:
    """The verb of an act whose doer a knowing word asks after ("police are investigating
    who carried out the bombing"), or None: its doer is unknown, and whoever asks is not it."""
    verb = verbal_anchor(head)
    if verb.dep_ != "ccomp":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not _wh(subjects[0]):
        return None
    governor = verb.head
    knowing = governor.lemma_.lower() in KNOWING or any(
        c.dep_ == "acomp" and c.lemma_.lower() in KNOWING for c in governor.children
    )
    return verb if knowing else None


def _wh(subject: Token) -> bool:
    if subject.lower_ in WH_WORDS:
        return True
    return any(c.dep_ == "det" and c.lower_ in WH_DETERMINERS for c in subject.children)


def _none_of(argument: Token) -> bool:
    """A verb's subject or object that denies it any: 'no shots', 'nobody', 'no one' (not a
    note set off by a dash or a comma)."""
    if argument.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = argument.head
    between = argument.doc[min(argument.i, verb.i) + 1 : max(argument.i, verb.i)]
    if any(t.is_punct for t in between):
        return False  # "clashed at a rally - no further actor specification": an aside
    if argument.lower_ in ("nobody", "none", "nothing"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in argument.children)


def _details_unknown(verb: Token) -> bool:
    """'the cause of the clashes is not known', 'riots - details not specified': what is
    not known or told is a detail of the act, not the act."""
    if not _word_in(verb, UNTOLD_VERBS, endings=("ied", "ed", "d", "n")):
        return False
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(_word_in(s, DETAIL_NOUNS, endings=("s",)) for s in subjects)


def _word_in(token: Token, words: frozenset[str], *, endings: tuple[str, ...]) -> bool:
    """Whether a word is listed, read from its lemma or, where the model leaves a word in
    capitals unlemmatised ("DETAILS NOT SPECIFIED"), from its lower case less an ending."""
    lemma, lower = token.lemma_.lower().strip("/"), token.lower_.strip("/")
    if lemma in words or lower in words:
        return True
    for ending in endings:
        stem = lower.removesuffix(ending)
        if stem != lower and (stem in words or f"{stem}y" in words or f"{stem}e" in words):
            return True
    return False


def _modal_future(head: Token) -> str | None:
    verb = _first_conjunct(verbal_anchor(head))
    # the modal is the governor's: 'would help fight gangs', 'will try to retake the town'
    governors = governing_chain(verb, ("xcomp",), most=4)
    auxes = [c for v in governors for c in v.children if c.dep_ in ("aux", "auxpass")]
    lemmas = {a.lower_ for a in auxes}
    if lemmas & FUTURE_MODALS:
        return "future"
    if lemmas & EPISTEMIC_MODALS and "have" not in {a.lemma_ for a in auxes}:
        return "hypothetical"
    if _going_to(verb):
        return "future"
    return None


def governing_chain(verb: Token, deps: Collection[str], *, most: int) -> list[Token]:
    """The verb and up to `most` - 1 verbs above it, climbing while it hangs by one of `deps`
    ('the force would help fight gangs': 'fight', then 'help')."""
    chain = [verb]
    while verb.dep_ in deps and verb.head.i != verb.i and len(chain) < most:
        verb = verb.head
        chain.append(verb)
    return chain


def _first_conjunct(verb: Token) -> Token:
    """'would annihilate the terrorists and retake every town': a verb joined to another with
    no subject or auxiliary of its own shares the first one's."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            break
        verb = verb.head
    return verb


def _going_to(verb: Token) -> bool:
    """ "are going to attack": 'going' governs the trigger through xcomp."""
    return verb.dep_ == "xcomp" and verb.head.lower_ == "going"


def _conditional(head: Token) -> str | None:
    for anc in clause_chain(verbal_anchor(head)):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in anc.children):
            return "conditional"
        if _awaited(anc):
            return "conditional"
    return None


def _awaited(verb: Token) -> bool:
    """'withholding aid until an elected government takes over': a present tense after
    'until' or 'once' tells what has not happened yet."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return bool(marks & {"until", "till", "once"}) and verb.tag_ in ("VBZ", "VBP")


def _background_state(head: Token) -> str | None:
    """'have been at war since 2023', 'has seen recurring violence since May 2023': a perfect
    state over a long span is background."""
    verb = verbal_anchor(head)
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        verb = verb.head  # "has seen recurring violence": the state is the perfect's
    aux = {c.lemma_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "have" not in aux:
        return None
    if any(t.lower_ == "since" for t in verb.subtree) and verb.tag_ in ("VBN", "VBG"):
        return "background"
    return None


def _irrealis_governor(head: Token, governors: Mapping[str, str]) -> str | None:
    planned = _planned_act(head, governors)
    if planned is not None:
        return planned
    chain = list(clause_chain(head))
    told_beside = False  # inside a clause of time or cause under what governs it
    for child, anc in zip(chain, chain[1:], strict=False):
        if child.dep_ in SUBJECT_DEPS or child.lower_ in TEMPORAL_PREPS or _aside(child):
            return None
        told_beside = told_beside or _adverbial_clause_told(child)
        if _shared_subject(child, anc):
            continue  # 'pushed down from the hills and shelled the town': a verb beside it
        kind = governors.get(anc.lemma_.lower())
        if kind == "fear" and told_beside:
            return None
        if kind == "denial" and _refusal(anc):
            continue
        if kind == "denial" and _said_beside(child):
            return None  # "denied the claim, saying its troops had repelled nine assaults"
        if kind == "fear" and _toll_feared(anc):
            continue
        if kind == "call" and _told_before_the_call(child, anc):
            return None
        if kind == "call" and _moved(anc):
            continue  # 'tanks pushed into the town, and the brigades said ...': a movement
        if _set_apart_by_semicolon(child, anc):
            return None
        if kind and anc.pos_ in ("VERB", "AUX", "NOUN") and not _describing(anc):
            return kind
    return None


def _planned_act(head: Token, governors: Mapping[str, str]) -> str | None:
    """ "An air strike is planned against the hideouts", "a new offensive was threatened":
    an act named as the passive subject of a plan or a threat has not happened."""
    if head.dep_ != "nsubjpass" or head.head.i == head.i:
        return None
    kind = governors.get(head.head.lemma_.lower())
    return kind if kind in PLANNED_KINDS else None


def _said_beside(clause: Token) -> bool:
    """'denied the claim, saying its troops held the village': what the denier says beside
    the denial is its own account, asserted, not what it denies."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_ in SAYING_BESIDE


def _shared_subject(child: Token, anc: Token) -> bool:
    """The child is a second predicate of the ancestor's subject ('rebels pushed down and
    shelled'), told beside it rather than governed by it."""
    if child.dep_ != "conj" or anc.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in child.children)


def _moved(verb: Token) -> bool:
    """'pushed into the town', 'pushed down from the hills': 'push' of a movement, not a
    call to act."""
    return verb.lemma_.lower() == "push" and any(
        c.lower_ in MOVED_TO for c in verb.children if c.dep_ in ("prt", "prep", "advmod")
    )


def _adverbial_clause_told(clause: Token) -> bool:
    """'shops closed for fear of looting as protesters engaged police in running battles': a
    clause of time or cause with its own subject, under a fear, tells what happened beside
    what is feared (under a plan, 'expect ... as the group holds a rally Tuesday', it may
    still be to come)."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ in TELLING_MARKS for c in clause.children)


def _toll_feared(verb: Token) -> bool:
    """'two soldiers feared killed when their truck struck a mine': what is feared is the
    toll; the act told beside it happened."""
    return any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lemma_.lower() in TOLL_WORDS
        for c in verb.children
    )


def _told_before_the_call(clause: Token, verb: Token) -> bool:
    """'students protested against the decision, ... the students also called for help': a
    finite past-tense clause before the call (a misparse of two clauses) is no demand's
    content; what is called for follows the call or is not in the past tense."""
    return clause.dep_ == "ccomp" and clause.tag_ == "VBD" and clause.i < verb.i


def _set_apart_by_semicolon(clause: Token, verb: Token) -> bool:
    """'Grenade attack outside a mosque; police blame Al Shabaab': a headline's fragment set
    apart by a semicolon is its own statement, not what the next clause's verb governs."""
    if clause.dep_ not in ("dep", "parataxis"):
        return False
    low, high = sorted((clause.i, verb.i))
    return any(t.text == ";" for t in clause.doc[low + 1 : high])


def _aside(clause: Token) -> bool:
    """', which sparked protests': a relative clause set off by a comma asserts its own
    content, whatever governs the noun it follows."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() in TELLING_VERBS:
        return False  # "denied the report, which said they attacked": the telling is denied
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


def _refusal(verb: Token) -> bool:
    """'was denied entry', 'rejected the bail application': a thing refused, no fact denied."""
    return any(
        c.dep_ in ("dobj", "dative") and _word_in(c, REFUSED_THINGS, endings=("s",))
        for c in verb.children
    )


def _describing(verb: Token) -> bool:
    """'a strike called by the unions': a participle describing a noun tells what was done,
    not what someone wants done; 'gathered ... to call for action', parsed with 'to call' as
    the sentence's root, is a purpose misparsed (a sentence's root is never an infinitive)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "ROOT" and to
