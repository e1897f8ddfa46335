"""The country of a report that places nothing: nationalities, then clues (regional words,
towns named in passing, parties); a clue never outvotes a resolved place."""

from __future__ import annotations

from datetime import date

import pytest


def _actor1(extract, text: str, **kw) -> str | None:
    (event,) = extract(text, **kw).events
    return event.actor1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a word only one country uses
        (
            "Matatu operators blocked a road in protest against police harassment.",
            "Protesters (Kenya)",
        ),
        # a word several countries use decides nothing alone...
        ("Boda boda riders protested over a new levy.", "Protesters"),
        # ...but tips the balance beside another clue
        ("Boda boda riders protested outside the IEBC offices.", "Protesters (Kenya)"),
        # a town named only as part of a name the geoparser leaves unplaced; its vote
        # outweighs a word of other countries ("township")
        ("Garissa Township residents protested over water shortages.", "Protesters (Kenya)"),
        # a resolved place outvotes any clue
        ("Matatu drivers protested in Kampala over a new levy.", "Protesters (Uganda)"),
        # nothing to go on: no country
        ("A mob lynched a suspected thief.", "Rioters"),
    ],
)
def test_report_country_from_clues(extract, text: str, actor1: str) -> None:
    assert _actor1(extract, text) == actor1


def test_a_national_party_tells_the_country(extract) -> None:
    text = "NASA supporters protested outside the electoral commission offices."
    assert _actor1(extract, text, published=date(2017, 10, 2)) == "Protesters (Kenya)"


def test_a_party_named_as_an_affiliation_is_a_clue(extract) -> None:
    text = "Unknown gunmen shot at the car of a PTI lawmaker; nobody was hurt."
    assert _actor1(extract, text).endswith("(Pakistan)")


def test_a_nationality_named_keeps_clues_out(extract) -> None:
    # the nationality is the draft's own hint (sitrep.extract.defaults); the clue never decides
    text = "Drivers protested at the matatu stage against Ugandan traders."
    assert _actor1(extract, text) != "Protesters (Kenya)"


def test_an_arabic_name_is_read_through_its_joining_words(extractor) -> None:
    from sitrep.pipeline import _proper_names

    doc = extractor.nlp("Rebels clashed near Hajar al-Aswad and Yalda, at Qusayba in Deir-ez-Zor.")
    assert [s.text for s in _proper_names(doc)] == [
        "Hajar al-Aswad",
        "Yalda",
        "Qusayba",
        "Deir-ez-Zor",
    ]
