"""A span's words, read once per document: the same attributes spaCy's tokens give."""

from __future__ import annotations

from spacy.language import Language

from sitrep.annotate.words import WORDS_KEY, Words, span_words

TEXT = "Gunmen Killed two farmers near Ayla.\n\nNo fatalities were reported on 3 May!"


def test_words_are_the_tokens_attributes(nlp: Language) -> None:
    doc = nlp(TEXT)
    for sent in doc.sents:
        told = span_words(sent)
        assert told.start == sent.start
        assert told.text == sent.text
        assert told.lowers == tuple(t.lower_ for t in sent)
        assert told.lemmas == tuple(t.lemma_.lower() for t in sent)
        assert told.pos == tuple(t.pos_ for t in sent)
        assert told.punct == tuple(t.is_punct for t in sent)


def test_first_sentence_read_exactly(nlp: Language) -> None:
    first = next(iter(nlp(TEXT).sents))
    told = span_words(first)
    assert told.text == "Gunmen Killed two farmers near Ayla.\n\n"  # the break is a token
    assert told.lowers == ("gunmen", "killed", "two", "farmers", "near", "ayla", ".", "\n\n")
    assert told.lemmas[1] == "kill"
    assert told.punct == (False, False, False, False, False, False, True, False)


def test_having_gives_doc_offsets(nlp: Language) -> None:
    doc = nlp(TEXT)
    second = list(doc.sents)[1]
    told = span_words(second)
    found = told.having(frozenset({"fatality", "report"}))
    assert [doc[i].text for i in found] == ["fatalities", "reported"]
    assert told.having(frozenset({"kill"})) == []


def test_read_once_per_span_and_kept_without_tokens(nlp: Language) -> None:
    doc = nlp(TEXT)
    sent = next(iter(doc.sents))
    assert span_words(sent) is span_words(doc[sent.start : sent.end])
    memo = doc.user_data[WORDS_KEY]
    assert list(memo) == [(sent.start, sent.end)]
    assert all(isinstance(w, Words) for w in memo.values())
    whole = span_words(doc[:])  # another span of the same Doc is read apart
    assert whole.text == TEXT and len(memo) == 2


def test_empty_span(nlp: Language) -> None:
    doc = nlp(TEXT)
    told = span_words(doc[2:2])
    assert (told.text, told.lowers, told.having(frozenset({"two"}))) == ("", (), [])
