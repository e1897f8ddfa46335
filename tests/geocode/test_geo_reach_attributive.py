"""A name between "the" and a common noun describes the noun: it holds no place."""

from sitrep.geocode.reach import attributive


def span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_a_name_describing_a_noun_holds_no_place() -> None:
    text = "Kaitlin Craig of Elida in the Teen category won the crown."
    assert attributive(text, *span(text, "Teen"))


def test_a_name_before_a_place_word_or_alone_still_holds() -> None:
    text = "Shells fell on Kafr Nabl in the Idlib countryside and on the Old City of Mosul."
    assert not attributive(text, *span(text, "Idlib"))
    assert not attributive(text, *span(text, "Mosul"))
    plain = "A camp in Ol Kalou was raided."
    assert not attributive(plain, *span(plain, "Ol Kalou"))
