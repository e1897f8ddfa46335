"""Where an event is coded: the town, near it, or the smallest enclosing area named."""

import pytest

from sitrep.extract.locate import locate
from sitrep.model import Place, Toponym

HAMA = Place(
    geonameid=1, name="Hama", latitude=35.13, longitude=36.75, country="Syria",
    admin1="Hama", feature_class="A", feature_code="ADM1",
)  # fmt: skip
SYRIA = Place(
    geonameid=2, name="Syria", latitude=35.0, longitude=38.0, country="Syria",
    feature_class="A", feature_code="PCLI",
)  # fmt: skip
MHARDEH = Place(
    geonameid=3, name="Mhardeh", latitude=35.25, longitude=36.57, country="Syria",
    country_code="SY", admin1="Hama",
)  # fmt: skip


def mention(text: str, word: str, place: Place | None) -> Toponym:
    start = text.index(word)
    return Toponym(start=start, end=start + len(word), text=word, place=place)


def test_a_resolved_town_in_the_sentence_is_precision_one():
    text = "Shells fell on Mhardeh in Hama."
    places = [mention(text, "Mhardeh", MHARDEH), mention(text, "Hama", HAMA)]
    where = locate(text, places, context=places, trigger_start=0)
    assert (where.place, where.precision) == (MHARDEH, 1)


def test_near_a_town_is_precision_two():
    text = "Shells fell near Mhardeh."
    places = [mention(text, "Mhardeh", MHARDEH)]
    assert locate(text, places, context=places, trigger_start=0).precision == 2


def test_an_unknown_village_falls_back_to_the_province_named_and_is_kept():
    text = "Shells fell on Tell Xabc in Hama province, Syria."
    places = [
        mention(text, "Tell Xabc", None),
        mention(text, "Hama", HAMA),
        mention(text, "Syria", SYRIA),
    ]
    where = locate(text, places, context=places, trigger_start=0)
    assert (where.place, where.precision, where.unresolved) == (HAMA, 3, ("Tell Xabc",))


def test_an_unknown_village_takes_the_province_of_a_town_the_report_names():
    text = "MHARDEH, Syria - Shells fell on Tell Xabc."
    context = [mention(text, "MHARDEH", MHARDEH), mention(text, "Syria", SYRIA)]
    in_sentence = [mention(text, "Tell Xabc", None)]
    where = locate(
        text,
        in_sentence,
        context=context,
        trigger_start=20,
        enclosing=lambda p: HAMA if p.admin1 == "Hama" else None,
    )
    assert (where.place, where.precision) == (HAMA, 3)


DAMASCUS = Place(
    geonameid=5, name="Damascus", latitude=33.51, longitude=36.29, country="Syria",
    country_code="SY", admin1="Damascus", feature_code="PPLC",
)  # fmt: skip
DAMASCUS_PROVINCE = Place(
    geonameid=6, name="Damascus", latitude=33.51, longitude=36.29, country="Syria",
    admin1="Damascus", feature_class="A", feature_code="ADM1",
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village named from a capital's dateline lies somewhere in the country
        ("DAMASCUS - Rebels seized the village of Tell Xabc on Sunday.", SYRIA),
        # a district named from it is one of the capital's
        ("DAMASCUS - A bomb went off in the Tell Xabc district on Sunday.", DAMASCUS_PROVINCE),
    ],
)
def test_an_unknown_place_named_from_a_capital_s_dateline(text, expected):
    context = [mention(text, "DAMASCUS", DAMASCUS)]
    in_sentence = [mention(text, "Tell Xabc", None)]
    where = locate(
        text,
        in_sentence,
        context=context,
        trigger_start=11,
        enclosing=lambda p: DAMASCUS_PROVINCE,
        country_of=lambda p: SYRIA,
    )
    assert (where.place, where.unresolved) == (expected, ("Tell Xabc",))


HAMA_TOWN = Place(
    geonameid=4, name="Hama", latitude=35.13, longitude=36.76, country="Syria",
    country_code="SY", admin1="Hama", population=460000,
)  # fmt: skip


def namesake(mention: Toponym) -> Place | None:
    return HAMA_TOWN if mention.place == HAMA and mention.text == "Hama" else None


def test_an_event_only_in_a_province_named_after_its_town_is_coded_at_the_town():
    text = "Shells fell on the northern countryside of Hama province."
    places = [mention(text, "Hama", HAMA)]
    where = locate(text, places, context=places, trigger_start=0, namesake=namesake)
    assert (where.place, where.precision, where.mention) == (HAMA_TOWN, 3, places[0])


def test_a_province_with_no_namesake_town_stays_the_province():
    text = "Shells fell on Tell Xabc in Hama province, Syria."
    places = [mention(text, "Tell Xabc", None), mention(text, "Syria", SYRIA)]
    where = locate(text, places, context=places, trigger_start=0, namesake=namesake)
    assert (where.place, where.precision, where.unresolved) == (SYRIA, 3, ("Tell Xabc",))
