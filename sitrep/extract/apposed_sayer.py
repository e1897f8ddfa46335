"""The sayer the parser hung on the victims: "..., killing at least nine soldiers, a spokesman
for the group said".

A report's lead often ends an act with a participle and its victims, then the source: "X
ambushed a convoy, killing nine soldiers, a spokesman said". The parser reads "nine soldiers,
a spokesman" as one noun phrase (the spokesman an apposition of the soldiers) and makes it the
subject of "said". The apposition that names a speaker (a spokesman, an official, a source, a
resident, a witness) is the one who said it; the counted noun before it is the participle's
object.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.speakers import SPOKESPEOPLE

# Words that name someone who speaks for others or tells what happened.
SPEAKER_WORDS = SPOKESPEOPLE | {
    "resident", "witness", "commander", "officer", "governor", "mayor", "chief",
    "representative", "activist", "monitor", "medic", "doctor", "lawmaker",
}  # fmt: skip


def apposed_sayer(subject: Token) -> Token | None:
    """The speaker told as an apposition of a verb of saying's subject, or None."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.lemma_.lower() in SPEAKER_WORDS:
        return None
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "appos" and c.i > subject.i and c.lemma_.lower() in SPEAKER_WORDS
        ),
        None,
    )


# Named speakers: a body or a person ('..., east of Khan Younis, the Civil Defence said').
SPEAKER_ENTITIES = frozenset({"ORG", "PERSON"})


def sayer_left_apposed(verb: Token) -> Token | None:
    """A verb of saying left with no subject: the speaker apposed to the victims or the place
    just before it ('killing seven soldiers, a spokesman for the group said', 'in Khan Younis,
    the Civil Defence said')."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.doc[verb.sent.start : verb.i]
    return next(
        (
            t
            for t in reversed(before)
            if t.dep_ == "appos"
            and (t.lemma_.lower() in SPEAKER_WORDS or t.ent_type_ in SPEAKER_ENTITIES)
            and t.right_edge.i == verb.i - 1
        ),
        None,
    )
