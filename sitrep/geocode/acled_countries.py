"""ACLED's names for the countries GeoNames spells otherwise. Every place read from the
gazetteer carries ACLED's name, so that an event's country and the actors named after it
("Civilians (Palestine)", "Protesters (Czech Republic)") read as ACLED codes them."""

from __future__ import annotations

ACLED_COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "PS": "Palestine",
    "SZ": "eSwatini",
    "TL": "East Timor",
}
ACLED_COUNTRY_CODES = {name: code for code, name in ACLED_COUNTRY_NAMES.items()}
# How GeoNames (and gold sets made from it) spells those countries.
GEONAMES_SPELLINGS = {
    "Democratic Republic of the Congo": "CD",
    "Republic of the Congo": "CG",
    "Cabo Verde": "CV",
    "Czechia": "CZ",
    "Palestinian Territory": "PS",
    "Eswatini": "SZ",
    "Timor Leste": "TL",
}


def acled_country(code: str | None, name: str | None) -> str | None:
    """ACLED's name of the country with this ISO code, else the gazetteer's `name`."""
    return ACLED_COUNTRY_NAMES.get(code or "", name)


def spelled_code(name: str) -> str | None:
    """The ISO code of a country named in ACLED's or GeoNames' spelling of it, else None."""
    return ACLED_COUNTRY_CODES.get(name) or GEONAMES_SPELLINGS.get(name)
