"""Names listed before a plural area word (texts and places made up for these tests)."""

import shutil
from pathlib import Path

from sitrep.geocode.arealists import listed_area
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.recognize import Mention
from sitrep.geocode.resolve import resolve_document


def _end(text: str, name: str) -> int:
    return text.index(name) + len(name)


def test_every_name_of_the_list_is_an_area() -> None:
    text = "Snow closed roads in Ashby, Brook Vale, Corran and Dell counties on Monday."
    assert [listed_area(text, _end(text, n)) for n in ("Ashby", "Brook Vale", "Dell")] == [
        "County",
        "County",
        "County",
    ]
    parishes = "Levees held in Orme and St. Avold parishes."
    assert listed_area(parishes, _end(parishes, "Orme")) == "Parish"


def test_a_sentence_break_or_lowercase_word_ends_the_list() -> None:
    text = "She moved to Ashby and Corran. Dell counties vote today."
    assert listed_area(text, _end(text, "Ashby")) is None
    other = "Ashby and other counties"
    assert listed_area(other, _end(other, "Ashby")) is None
    assert listed_area("Ashby", 5) is None


def _add_county_and_town(gaz: Gazetteer) -> None:
    gaz.add_place(
        "Marlow County",
        latitude=40.0,
        longitude=-95.0,
        country_code="US",
        admin1="Nebraska",
        feature_class="A",
        feature_code="ADM2",
        population=20_000,
    )
    gaz.add_place("Marlow", latitude=30.0, longitude=-85.0, country_code="US", population=9_000)


def test_listed_name_resolves_to_the_county(mini_path: Path, tmp_path: Path) -> None:
    copy = Path(shutil.copy(mini_path, tmp_path / "gaz.sqlite"))
    with Gazetteer.open(copy, writable=True) as writer:
        _add_county_and_town(writer)
    with Gazetteer.open(copy) as gaz:
        _check_county(gaz)


def _check_county(gaz: Gazetteer) -> None:
    text = "Floods hit Fenwick and Marlow counties."
    start = text.index("Marlow")
    mention = Mention(start=start, end=start + 6, text="Marlow")
    (top,) = resolve_document(text, [mention], gaz)
    assert top.place is not None
    assert (top.place.name, top.place.feature_code) == ("Marlow County", "ADM2")
    bare = "Floods hit Marlow."
    (town,) = resolve_document(bare, [Mention(start=11, end=17, text="Marlow")], gaz)
    assert town.place is not None and town.place.feature_code == "PPL"
