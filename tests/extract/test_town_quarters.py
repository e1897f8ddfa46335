"""A quarter of the dateline's town that the gazetteer does not know is coded at the town."""

from sitrep.extract.town_quarters import quarter
from sitrep.model import Toponym


def _where(extracted, text):
    return [(e.location, e.geo_precision) for e in extracted(text)]


def test_a_neighbourhood_is_coded_at_the_dateline_town(extracted):
    assert _where(
        extracted,
        "KADUGLI, Sudan - On 4 March 2025, a drone struck a bakery in the Hagar al-Nar "
        "neighbourhood, killing six people.",
    ) == [("Kadugli", 1)]


def test_a_part_of_the_town_told_before_its_name(extracted):
    assert _where(
        extracted,
        "KADUGLI, Sudan - On 4 March 2025, RSF fighters stormed the eastern district of "
        "Tillo Shargi.",
    ) == [("Kadugli", 1)]


def test_a_village_is_no_quarter():
    text = "RSF fighters stormed the village of Um Shwaka and the Hagar al-Nar neighbourhood."
    village = Toponym(start=36, end=45, text="Um Shwaka")
    quarter_ = Toponym(start=54, end=66, text="Hagar al-Nar")
    assert text[village.start : village.end] == village.text
    assert text[quarter_.start : quarter_.end] == quarter_.text
    assert not quarter(text, village)
    assert quarter(text, quarter_)


def test_no_dateline_no_town(extracted):
    ((location, precision),) = _where(
        extracted,
        "On 4 March 2025, a drone struck a bakery in the Hagar al-Nar neighbourhood in South "
        "Kordofan, killing six people.",
    )
    assert precision == 3
