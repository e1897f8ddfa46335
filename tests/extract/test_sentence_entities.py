"""A sentence's named entities read from its tokens are spaCy's `Span.ents`, without walking
every entity of the document."""

from sitrep.extract.returned_fire import entities_in


def _plain(spans):
    return [(s.start, s.end, s.label_) for s in spans]


def test_sentence_entities_match_spacy(nlp):
    doc = nlp(
        "Fighters of the Popular Front attacked Kadugli in South Kordofan on Monday. "
        "The Sudanese army said it repelled them near the Blue Nile border with Ethiopia."
    )
    for sent in doc.sents:
        assert _plain(entities_in(sent)) == _plain(sent.ents)
        assert entities_in(sent)


def test_an_entity_cut_by_the_span_is_left_out(nlp):
    doc = nlp("The Sudanese army said it repelled them near the Blue Nile border with Ethiopia.")
    (place,) = [e for e in doc.ents if e.end - e.start > 1]
    cut = doc[0 : place.end - 1]
    assert _plain(entities_in(cut)) == _plain(cut.ents)
    assert place.start not in [e.start for e in entities_in(cut)]
