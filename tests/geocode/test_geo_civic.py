"""Names used as municipalities (texts and places made up for these tests)."""

import shutil
from pathlib import Path

from sitrep.geocode.civic import civic_use
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.recognize import Mention
from sitrep.geocode.resolve import resolve_document


def _use(text: str, name: str) -> bool:
    start = text.index(name)
    return civic_use(text, start, start + len(name))


def test_town_institutions_mark_a_municipality() -> None:
    assert _use("The Corvin City Council met on Monday.", "Corvin")
    assert _use("Pupils of Corvin Elementary School sang.", "Corvin")
    assert _use("Corvin Police arrested a man.", "Corvin")
    assert _use("Elections in the City of Corvin were cancelled.", "Corvin")
    assert _use("She lives at 12 Birch St., Corvin, with her aunt.", "Corvin")
    assert _use("The Corvin Independent School District hired him.", "Corvin")
    assert _use("Several Corvin elementary schools took part.", "Corvin")


def test_plain_mentions_are_not_civic() -> None:
    assert not _use("Troops crossed into Corvin on Monday.", "Corvin")
    assert not _use("The Corvin police force is national.", "Corvin")
    assert not _use("Corvin said the city council of Amsel met.", "Corvin")


def test_a_civic_name_is_the_town_not_the_country(mini_path: Path, tmp_path: Path) -> None:
    copy = Path(shutil.copy(mini_path, tmp_path / "gaz.sqlite"))
    with Gazetteer.open(copy, writable=True) as writer:
        writer.add_place(
            "Corvinia",
            latitude=20.0,
            longitude=20.0,
            country_code="SY",
            feature_class="A",
            feature_code="PCLI",
            population=5_000_000,
        )
        writer.add_place(
            "Corvinia", latitude=44.0, longitude=-93.0, country_code="US", population=6_000
        )
    with Gazetteer.open(copy) as gaz:
        civic = "The Corvinia City Council spent $4,000 and $2,500 on parks."
        bare = "Corvinia signed the treaty."
        (town,) = resolve_document(civic, [Mention(start=4, end=12, text="Corvinia")], gaz)
        (country,) = resolve_document(bare, [Mention(start=0, end=8, text="Corvinia")], gaz)
    assert town.place is not None and town.place.country_code == "US"
    assert country.place is not None and country.place.feature_code == "PCLI"


def test_municipal_use_weighs_against_areas() -> None:
    from sitrep.geocode.resolve import hint_penalty
    from sitrep.model import Place

    def place(cls: str, code: str) -> Place:
        return Place(
            geonameid=None,
            name="Corvin",
            latitude=1.0,
            longitude=1.0,
            feature_class=cls,
            feature_code=code,
        )

    assert hint_penalty(place("A", "ADM1"), "M") == 1.0
    assert hint_penalty(place("P", "PPL"), "M") == 0.0
    assert hint_penalty(place("A", "ADM1"), "P") == 0.3
    assert not _use("The Corvin Chamber of Commerce met.", "Corvin")
