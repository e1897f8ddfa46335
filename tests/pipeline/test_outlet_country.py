"""A report's outlet places a report that places nothing itself (`pipeline.outlet_country`)."""

from datetime import date

import pytest

from sitrep.model import Document
from sitrep.pipeline import Result, run_extraction

DAY = date(2024, 5, 6)
MOB = "A mob lynched a man accused of stealing a goat."


@pytest.fixture(scope="module")
def coded(extractor):
    def run(text: str, *, source: str | None = None, url: str | None = None):
        document = Document(doc_id="o", text=text, published=DAY, source=source, url=url)
        (result,) = list(run_extraction(extractor, [document]))
        assert isinstance(result, Result)
        return [(e.sub_event_type, e.actor1, e.actor2) for e in result.events]

    return run


def test_without_an_outlet_a_report_naming_no_place_has_no_country(coded):
    assert coded(MOB) == [("Mob violence", "Rioters", "Civilians")]


def test_a_national_outlet_gives_its_country(coded):
    expected = [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")]
    assert coded(MOB, source="Daily Nation (Kenya)") == expected
    assert coded(MOB, source="Star (Kenya); AFP") == expected  # a wire adds nothing
    assert coded(MOB, url="https://www.example.co.ke/news/1") == expected  # its domain


def test_outlets_that_disagree_or_cover_the_world_give_nothing(coded):
    assert coded(MOB, source="Reuters") == [("Mob violence", "Rioters", "Civilians")]
    assert coded(MOB, source="Daily Nation (Kenya); Premium Times") == [
        ("Mob violence", "Rioters", "Civilians")
    ]


def test_the_text_comes_before_the_outlet(coded):
    text = "Police in Kano shot dead two suspected robbers on Monday night."
    assert coded(text, source="Daily Nation (Kenya)") == [
        ("Armed clash", "Police Forces of Nigeria (2023-)", "Unidentified Armed Group (Nigeria)")
    ]


def test_an_outlet_chooses_only_among_a_named_actors_homes(coded):
    text = "Al Shabaab militants killed three teachers in an attack on a school."
    assert coded(text, source="Daily Nation (Kenya)") == [
        ("Attack", "Al Shabaab", "Civilians (Kenya)")
    ]
    # a Nigerian paper does not make an Al Shabaab attack Nigerian
    assert coded(text, source="Premium Times") == [("Attack", "Al Shabaab", "Civilians (Somalia)")]


def test_a_state_s_forces_named_by_their_nation_vote_after_the_outlet(coded):
    text = "Turkish warplanes killed two civilians in a village near the border."
    assert coded(text) == [
        ("Air/drone strike", "Military Forces of Turkey (2016-)", "Civilians (Turkey)")
    ]
    assert coded(text, source="SOHR") == [
        ("Air/drone strike", "Military Forces of Turkey (2016-)", "Civilians (Syria)")
    ]
