"""A bulleted or time-stamped line is a sentence of its own, marker and heading included."""

from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_each_bullet_starts_a_sentence(nlp: Language) -> None:
    text = (
        "Week in review\n\n"
        "- Ethiopia (Amhara): Fano fighters entered the town of Debre Tabor on 14 July.\n"
        "- Somalia: On 15 July, Al Shabaab militants killed three men in a village near Mahas."
    )
    assert _sentences(nlp, text)[1:] == [
        "- Ethiopia (Amhara): Fano fighters entered the town of Debre Tabor on 14 July.",
        "- Somalia: On 15 July, Al Shabaab militants killed three men in a village near Mahas.",
    ]


def test_a_time_stamp_stays_with_its_words(nlp: Language) -> None:
    text = "Live\n\n14:40 - The army said its aircraft bombed positions east of the town."
    assert _sentences(nlp, text)[1] == (
        "14:40 - The army said its aircraft bombed positions east of the town."
    )


def test_a_dash_inside_wrapped_prose_is_no_item(nlp: Language) -> None:
    text = (
        "The convoy was attacked on the road between the two towns, the governor said,\n"
        "adding that - as in May - the attackers fled into the forest."
    )
    assert len(_sentences(nlp, text)) == 1
