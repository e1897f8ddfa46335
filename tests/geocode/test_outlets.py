"""The country a report's outlet points to (`sitrep.geocode.outlets`)."""

import pytest

from sitrep.errors import ModelError
from sitrep.geocode.outlets import OutletDirectory, fold

DIRECTORY = OutletDirectory.build(
    {
        "KE": ["Daily Nation", "The Star", "nation.africa"],
        "MY": ["The Star"],
        "SY": ["SOHR", "syriahr.com"],
        "NG": ["Punch"],
    },
    international=["AFP", "Local Source"],
    generic_domains=["tv", "io"],
)
CODES = {"Kenya": "KE", "Nigeria": "NG", "Syria": "SY"}


def _country(source: str | None) -> str | None:
    return DIRECTORY.country_of(source, country_code=CODES.get)


@pytest.mark.parametrize(
    ("source", "country"),
    [
        ("Daily Nation", "KE"),
        ("the daily nation", "KE"),  # any case, no leading article
        ("Star (Kenya)", "KE"),  # an ambiguous name qualified by its country
        ("The Star", None),  # outlets of two countries share the name
        ("Daily Nation (Kenya); Star (Kenya)", "KE"),  # several outlets that agree
        ("Daily Nation; Punch", None),  # outlets that disagree decide nothing
        ("Daily Nation; AFP; Local Source", "KE"),  # wires and unnamed sources add nothing
        ("AFP", None),
        ("SOHR_http://www.syriahr.com/en/?p=1", "SY"),  # a name and the address it was read at
        ("SOHR: SOHR_http://www.syriahr.com/en/?p=3", "SY"),  # "name: name_address"
        ("http://www.syriahr.com/en/?p=2", "SY"),  # a listed outlet's domain
        ("Punch Online", "NG"),  # a word of the medium after the name
        ("Punch TV; Daily Nation Newspaper", None),
        ("https://www.example.co.ke/news/1", "KE"),  # a country's own domain
        ("https://news.example.co.uk/a", "GB"),
        ("https://example.tv/a", None),  # a domain sold to anyone
        ("https://example.com/a", None),
        ("Amaq (Telegram channel)", None),  # a bracket that names no country
        ("Punch (Telegram channel)", "NG"),  # ... leaves the name to decide
        ("An Unlisted Weekly", None),
        ("", None),
        (None, None),
    ],
)
def test_outlet_country(source, country):
    assert _country(source) == country


def test_fold_reads_names_as_written_in_source_lines():
    assert fold("The Daily-Nation!") == "daily nation"
    assert fold("Al-Masdar Online") == "masdar online"


def test_shipped_directory_reads_national_outlets_and_keeps_wires_out():
    shipped = OutletDirectory.load()
    codes = {"Kenya": "KE"}.get
    assert shipped.country_of("Daily Nation (Kenya)", country_code=codes) == "KE"
    assert shipped.country_of("Premium Times", country_code=codes) == "NG"
    assert shipped.country_of("Radio Dabanga", country_code=codes) == "SD"
    assert shipped.country_of("Reuters; Xinhua", country_code=codes) is None
    assert shipped.country_of("The Guardian", country_code=codes) is None  # GB, NG, TZ


def test_malformed_directory_is_one_clear_error():
    with pytest.raises(ModelError, match="outlets.yaml"):
        OutletDirectory.load("international: [AFP]\n")
