"""Country clues: listed words, towns named in passing, and the vote between them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pycountry
import pytest

from sitrep.errors import ModelError
from sitrep.geocode.country_clues import (
    PLACE_WEIGHT,
    WORD_WEIGHT,
    Clue,
    ClueLexicon,
    clue_country,
    place_name_clues,
    report_clues,
)
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.schema import create_empty
from sitrep.model import Span

WORDS = {
    "transport": {"matatu": ["KE"], "boda boda": ["KE", "UG", "TZ"]},
    "institutions": {"IEBC": ["KE"]},
    "leaders": {"Kibaki": ["KE"]},
    "figures": {"Tk": ["BD"]},
}


@pytest.fixture(scope="module")
def lexicon() -> ClueLexicon:
    return ClueLexicon.build(WORDS)


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    path = create_empty(tmp_path_factory.mktemp("clues") / "mini.sqlite")
    with Gazetteer.open(path, writable=True) as g:
        towns = [
            ("Lakeport", "KE", 250_000, ["Lake Port"]),  # a town of some size
            ("Hillbury", "KE", 3_000, []),  # too small to count in passing
            ("Boda", "CF", 30_000, []),  # a namesake of the listed word
            ("Post", "US", 20_000, []),  # a common word
            ("Ridgetown", "UG", 40_000, ["Kiridge"]),
            ("Ridgetown", "TZ", 20_000, []),
        ]
        for name, cc, pop, alts in towns:
            g.add_place(
                name, latitude=0.0, longitude=0.0, country_code=cc, population=pop, alternates=alts
            )
        g.add_place(
            "Greyvale",
            latitude=0.0,
            longitude=0.0,
            country_code="KE",
            feature_class="A",
            feature_code="ADM1",
        )
        yield g


def _span(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start=start, end=start + len(name), text=name)


def _keys(clues: list[Clue]) -> list[tuple[str, str]]:
    return [(c.span.text, c.key) for c in clues]


def test_words_match_whole_in_any_case_with_plural_and_possessive(lexicon: ClueLexicon) -> None:
    text = "Matatus and boda-bodas blocked the road; a matatu's driver and Bodaboda riders."
    assert _keys(lexicon.find(text)) == [
        ("Matatus", "matatu"),
        ("boda-bodas", "bodaboda"),
        ("matatu's", "matatu"),
        ("Bodaboda", "bodaboda"),
    ]


def test_words_inside_other_words_do_not_match(lexicon: ClueLexicon) -> None:
    assert lexicon.find("The matatuwa and pre-matatu era.") == []


def test_capitalised_keys_match_only_as_written(lexicon: ClueLexicon) -> None:
    text = "Supporters of Kibakis party stormed the IEBC office; iebc and kibaki in lower case."
    assert _keys(lexicon.find(text)) == [("Kibakis", "kibaki"), ("IEBC", "iebc")]


def test_figures_count_only_before_a_number(lexicon: ClueLexicon) -> None:
    text = "Tk 500 was paid, Tk5,000 later; Tk alone is nothing."
    assert _keys(lexicon.find(text)) == [("Tk", "tk"), ("Tk", "tk")]


def test_a_lone_clue_of_several_countries_decides_nothing(lexicon: ClueLexicon) -> None:
    assert clue_country(lexicon.find("Boda boda riders protested.")) is None


def test_another_clue_tips_a_shared_one(lexicon: ClueLexicon) -> None:
    clues = lexicon.find("Boda boda riders and matatu drivers protested.")
    assert clue_country(clues) == "KE"


def test_a_clue_counts_once_however_often_it_is_said(lexicon: ClueLexicon) -> None:
    clues = [
        Clue(span=Span(start=0, end=1, text="x"), key="x", countries=frozenset({"UG"}), weight=1),
        Clue(span=Span(start=2, end=3, text="x"), key="x", countries=frozenset({"UG"}), weight=1),
        Clue(span=Span(start=4, end=5, text="y"), key="y", countries=frozenset({"KE"}), weight=1),
    ]
    assert clue_country(clues) is None  # one vote each: a tie


def test_a_place_name_weighs_more_than_a_word() -> None:
    assert PLACE_WEIGHT > WORD_WEIGHT
    place = Clue(
        span=Span(start=0, end=1, text="a"),
        key="a",
        countries=frozenset({"UG"}),
        weight=PLACE_WEIGHT,
    )
    word = Clue(
        span=Span(start=2, end=3, text="b"),
        key="b",
        countries=frozenset({"KE"}),
        weight=WORD_WEIGHT,
    )
    assert clue_country([word, place]) == "UG"


def test_no_clue_no_country() -> None:
    assert clue_country([]) is None


def test_a_town_leading_a_name_points_to_its_country(gaz: Gazetteer) -> None:
    text = "Lakeport Matatu drivers protested."
    (clue,) = place_name_clues([_span(text, "Lakeport Matatu")], gaz)
    assert (clue.span.text, clue.countries, clue.weight) == ("Lakeport", {"KE"}, PLACE_WEIGHT)


def test_a_province_counts_whatever_its_size(gaz: Gazetteer) -> None:
    (clue,) = place_name_clues([Span(start=0, end=8, text="Greyvale")], gaz)
    assert clue.countries == {"KE"}


def test_small_towns_common_words_and_one_word_aliases_do_not_count(gaz: Gazetteer) -> None:
    names = ["Hillbury", "General Post", "Monday Post", "Kiridge", "ABC"]
    assert place_name_clues([Span(start=0, end=len(n), text=n) for n in names], gaz) == []


def test_a_name_shared_by_towns_of_two_countries_splits(gaz: Gazetteer) -> None:
    (clue,) = place_name_clues([Span(start=0, end=9, text="Ridgetown")], gaz)
    assert clue.countries == {"UG", "TZ"}
    assert clue_country([clue]) is None


def test_a_possessive_with_its_apostrophe_lost_is_the_town(gaz: Gazetteer) -> None:
    (clue,) = place_name_clues([Span(start=0, end=9, text="Lakeports")], gaz)
    assert clue.countries == {"KE"}


def test_a_place_inside_a_listed_word_is_the_word(gaz: Gazetteer, lexicon: ClueLexicon) -> None:
    text = "Boda boda riders protested."
    clues = report_clues(text, [_span(text, "Boda")], lexicon=lexicon, gazetteer=gaz)
    assert _keys(clues) == [("Boda boda", "bodaboda")]


def test_report_clues_are_in_text_order(gaz: Gazetteer, lexicon: ClueLexicon) -> None:
    text = "Matatu crews from Lakeport Stage clashed."
    clues = report_clues(text, [_span(text, "Lakeport Stage")], lexicon=lexicon, gazetteer=gaz)
    assert _keys(clues) == [("Matatu", "matatu"), ("Lakeport", "lakeport")]
    assert clue_country(clues) == "KE"


def test_shipped_list_names_real_countries() -> None:
    shipped = ClueLexicon.load()
    codes = {c for countries in shipped.countries.values() for c in countries}
    assert codes and all(pycountry.countries.get(alpha_2=c) is not None for c in codes)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)


def test_shipped_list_reads_regional_words() -> None:
    shipped = ClueLexicon.load()
    text = "Residents of the barangay and a hartal in the upazila; Sh5.2 billion; IEBC."
    assert [(c.span.text, sorted(c.countries)) for c in shipped.find(text)] == [
        ("barangay", ["PH"]),
        ("hartal", ["BD", "IN"]),
        ("upazila", ["BD"]),
        ("Sh", ["KE", "SO", "TZ", "UG"]),
        ("IEBC", ["KE"]),
    ]


def test_a_list_that_is_not_sections_of_words_fails_in_one_line() -> None:
    with pytest.raises(ModelError, match="fix the file"):
        ClueLexicon.load("- matatu\n- boda boda\n")


def test_an_empty_list_finds_nothing(tmp_path: Path) -> None:
    assert ClueLexicon.load("").find("matatu") == []


def test_a_code_that_is_not_alpha_2_fails_in_one_line() -> None:
    with pytest.raises(ModelError, match="give ISO alpha-2 codes"):
        ClueLexicon.load("institutions:\n  Storting: [NO]\n")


def test_an_article_before_a_town_is_set_aside(gaz: Gazetteer) -> None:
    (clue,) = place_name_clues([Span(start=0, end=12, text="The Lakeport")], gaz)
    assert (clue.span.start, clue.span.text) == (4, "Lakeport")
