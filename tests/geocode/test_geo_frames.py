"""Place-typed frames and town-versus-area resolution on the shared mini gazetteer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gazetteer_fixture import build_mini_gazetteer

from sitrep.geocode.frames import frame_mentions
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.geoparse import geoparse
from sitrep.model import Span


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    path = build_mini_gazetteer(tmp_path_factory.mktemp("frames") / "mini.sqlite")
    with Gazetteer.open(path) as gaz:
        yield gaz


def _span(text: str, name: str, label: str) -> Span:
    start = text.index(name)
    return Span(start=start, end=start + len(name), text=name, label=label)


def _places(
    text: str, spans: list[Span], gaz: Gazetteer
) -> list[tuple[str, str | None, str | None]]:
    out = []
    for top in geoparse(text, spans, gaz):
        assert text[top.start : top.end] == top.text
        place = top.place
        out.append((top.text, place.name if place else None, place.feature_code if place else None))
    return out


def test_head_word_after_names_marks_places_tagged_org(mini: Gazetteer) -> None:
    text = "Regime forces shelled Da'el town in the Dar'a countryside."
    spans = [_span(text, "Da'el town", "ORG"), _span(text, "Dar'a", "ORG")]
    assert _places(text, spans, mini) == [("Da'el", None, None), ("Dar'a", None, None)]


def test_town_of_frame_overrides_org_label(mini: Gazetteer) -> None:
    text = "Airstrikes hit the town of Sarmin overnight."
    spans = [_span(text, "Sarmin", "ORG")]
    assert _places(text, spans, mini) == [("Sarmin", "Sarmin", "PPL")]


def test_villages_of_frame_lists_every_name(mini: Gazetteer) -> None:
    text = "The rebels took the villages of Qasr Tawil, Umm Jurn and Sarmin."
    assert _places(text, [], mini) == [
        ("Qasr Tawil", None, None),
        ("Umm Jurn", None, None),
        ("Sarmin", "Sarmin", "PPL"),
    ]


def test_known_name_after_preposition_overrides_person_label(mini: Gazetteer) -> None:
    text = "Fighting spread on the eastern edge of Wad Madani on Friday."
    spans = [_span(text, "Wad Madani", "PERSON")]
    assert _places(text, spans, mini) == [("Wad Madani", "Wad Madani", "PPLA")]


def test_unknown_name_after_bare_preposition_is_not_a_place(mini: Gazetteer) -> None:
    text = "The convoy drove to Qasr Tawil at dawn."
    assert _places(text, [], mini) == []


def test_parenthesised_admin_names(mini: Gazetteer) -> None:
    text = "Residents of Kapkwen (Mombasa) protested over land."
    spans = [_span(text, "Kapkwen (Mombasa", "ORG")]
    assert _places(text, spans, mini) == [
        ("Kapkwen", None, None),
        ("Mombasa", "Mombasa", "ADM1"),
    ]


def test_parenthesised_list_with_area_word(mini: Gazetteer) -> None:
    text = "Police dispersed a march in Zaria (Sabon Gari, Kaduna state) on Monday."
    assert _places(text, [], mini) == [
        ("Zaria", "Zaria", "PPL"),
        ("Sabon Gari", None, None),
        ("Kaduna", "Kaduna", "ADM1"),
    ]


def test_actors_and_people_stay_out(mini: Gazetteer) -> None:
    text = (
        "Fighters of Jaysh al-Islam and the Syrian Democratic Forces met near Islamic State"
        " lines. President Ruto spoke in Nairobi."
    )
    spans = [
        _span(text, "Jaysh al-Islam", "ORG"),
        _span(text, "the Syrian Democratic Forces", "ORG"),
        _span(text, "Islamic State", "ORG"),
        _span(text, "Ruto", "PERSON"),
        _span(text, "Nairobi", "GPE"),
    ]
    assert _places(text, spans, mini) == [("Nairobi", "Nairobi", "PPLC")]


def test_bare_name_shared_by_town_and_area_is_the_town(mini: Gazetteer) -> None:
    text = "Protesters gathered in Mombasa. Shelling hit Kharkiv."
    spans = [_span(text, "Mombasa", "GPE"), _span(text, "Kharkiv", "GPE")]
    assert _places(text, spans, mini) == [
        ("Mombasa", "Mombasa", "PPLA"),
        ("Kharkiv", "Kharkiv", "PPLA"),
    ]


def test_area_word_makes_it_the_area(mini: Gazetteer) -> None:
    text = "Drones hit the Kharkiv region. Later the Kharkiv Region and Mombasa county voted."
    spans = [
        _span(text, "Kharkiv", "GPE"),
        _span(text, "Kharkiv Region", "GPE"),
        _span(text, "Mombasa", "GPE"),
    ]
    assert _places(text, spans, mini) == [
        ("Kharkiv", "Kharkivska", "ADM1"),
        ("Kharkiv Region", "Kharkivska", "ADM1"),
        ("Mombasa", "Mombasa", "ADM1"),
    ]


def test_direction_before_a_name_makes_it_the_area(mini: Gazetteer) -> None:
    text = "Shells fell on Sarmin in southern Idlib."
    assert _places(text, [], mini) == [("Sarmin", "Sarmin", "PPL"), ("Idlib", "Idlib", "ADM1")]


def test_city_word_keeps_the_town(mini: Gazetteer) -> None:
    text = "Clashes in Idlib city left two dead."
    assert _places(text, [_span(text, "Idlib", "GPE")], mini) == [("Idlib", "Idlib", "PPLA")]


def test_a_determiner_before_a_place_word_is_not_a_name(mini: Gazetteer) -> None:
    text = "The town is only reachable at night. This village was emptied."
    assert frame_mentions(text, [], mini) == []


def test_one_name_means_one_place_in_a_report() -> None:
    from sitrep.geocode.geoparse import one_sense_per_document
    from sitrep.model import Place, Toponym

    town = Place(geonameid=1, name="Deir ez-Zor", latitude=35.3, longitude=40.1, country="Syria")
    area = Place(
        geonameid=2, name="Deir ez-Zor", latitude=35.0, longitude=40.2, country="Syria",
        feature_class="A", feature_code="ADM1",
    )  # fmt: skip
    text = "Fighting in Deir ez-Zor. Hajin town of Deir ez-Zor. Deir ez-Zor city is calm."
    starts = [i for i in range(len(text)) if text.startswith("Deir ez-Zor", i)]
    places = [town, area, town]
    tops = [
        Toponym(start=s, end=s + 11, text="Deir ez-Zor", place=p)
        for s, p in zip(starts, places, strict=True)
    ]
    assert [t.place for t in one_sense_per_document(text, tops)] == [area, area, town]


def test_a_town_of_that_spelling_vouches_for_a_loosely_matched_province() -> None:
    from sitrep.geocode.gazetteer import Candidate
    from sitrep.geocode.resolve import _vouched_areas
    from sitrep.model import Place

    town = Place(
        geonameid=1, name="Idlib", latitude=35.93, longitude=36.63, country="Syria",
        country_code="SY", admin1="Idlib",
    )  # fmt: skip
    province = Place(
        geonameid=2, name="Idlib", latitude=35.8, longitude=36.6, country="Syria",
        country_code="SY", admin1="Idlib", feature_class="A", feature_code="ADM1",
    )  # fmt: skip
    cands = [
        Candidate(place=town, match="alias", kind="alternate", name="Idleb", place_id=1),
        Candidate(place=province, match="folded", kind="name", name="Idlib", place_id=2),
    ]
    assert [c.match for c in _vouched_areas(cands)] == ["alias", "alias"]
