"""Read access to the SQLite gazetteer (and small additions: hand-added places and aliases).

Lookups go to disk through indexes; only bounded memos of recent answers stay in memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sitrep.errors import GazetteerError
from sitrep.geocode.acled_countries import ACLED_COUNTRY_CODES, acled_country
from sitrep.geocode.fold import exact_key, loose_from_exact
from sitrep.geocode.memo import Memo
from sitrep.geocode.schema import SCHEMA_VERSION, default_path
from sitrep.model import Place

MATCH_RANK = {"exact": 0, "alias": 1, "folded": 2}
KINDS = ("name", "alternate", "abbreviation", "demonym")
_PLACE_COLUMNS = (
    "p.id, p.geonameid, p.name, p.latitude, p.longitude, p.country_code, p.country, p.iso3,"
    " p.admin1, p.admin2, p.feature_class, p.feature_code, p.population"
)
PLACE_FIELDS = (
    "id, geonameid, name, latitude, longitude, country_code, country, iso3,"
    " admin1, admin2, feature_class, feature_code, population"
)
ROW_MEMO_SIZE = 256
REBUILD_HINT = "run `sitrep gazetteer build --force` to rebuild it"


def rebuild_hint(path: Path | None = None) -> str:
    """What to run to rebuild the gazetteer: the given file's own path when one was passed."""
    if path is None:
        return REBUILD_HINT
    return (
        f"run `sitrep gazetteer build --force --path {path}` to rebuild it"
        " (or pass another --gazetteer)"
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A gazetteer place that a name may refer to, and how the name matched it."""

    place: Place
    match: str
    kind: str
    name: str
    place_id: int

    @property
    def rank(self) -> int:
        return MATCH_RANK[self.match]


def _place(row: tuple) -> Place:
    return Place(
        geonameid=row[1],
        name=row[2],
        latitude=row[3],
        longitude=row[4],
        country_code=row[5],
        country=acled_country(row[5], row[6]),
        iso3=row[7],
        admin1=row[8],
        admin2=row[9],
        feature_class=row[10],
        feature_code=row[11],
        population=row[12] or 0,
    )


def _check_version(conn: sqlite3.Connection, path: Path, *, given: bool = False) -> None:
    hint = rebuild_hint(path if given else None)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"{path} is not a sitrep gazetteer ({exc}); {hint}") from exc
    if row is None or row[0] != str(SCHEMA_VERSION):
        found = row[0] if row else "none"
        raise GazetteerError(
            f"{path} has gazetteer schema version {found}, this sitrep needs {SCHEMA_VERSION};"
            f" {hint}"
        )


class Gazetteer:
    """An open gazetteer file. Use `Gazetteer.open(...)` and close it (or use `with`)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, cache_size: int = 4096) -> None:
        self._conn = conn
        self.path = path
        self._lookups: Memo[tuple[str, int], list[Candidate]] = Memo(
            lambda key: self._lookup(*key), size=cache_size
        )
        self._exact: Memo[tuple[str, int], list[Candidate]] = Memo(
            lambda key: self._exact_lookup(*key), size=cache_size
        )
        # rows of recent exact-key queries, for the full lookup that often follows (small:
        # a common name may have hundreds of rows)
        self._exact_rows: Memo[tuple[str, int], list[tuple]] = Memo(
            lambda key: self._query("exact_key", *key), size=ROW_MEMO_SIZE
        )
        self._known: Memo[str, bool] = Memo(self._known_key, size=cache_size)
        self._abbreviations: Memo[str, bool] = Memo(self._is_abbreviation, size=cache_size)
        self._countries: Memo[str, Place | None] = Memo(self._country, size=cache_size)

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        writable: bool = False,
        build_if_missing: bool = False,
        progress: Callable[[str], None] | None = None,
    ) -> Gazetteer:
        """Open a gazetteer (default location unless `path`), building it first if asked."""
        target = Path(path) if path is not None else default_path()
        if not target.exists():
            if not build_if_missing:
                raise GazetteerError(
                    f"no gazetteer at {target}; run `sitrep gazetteer build` to make it"
                )
            from sitrep.geocode.build import build_gazetteer

            build_gazetteer(target, progress=progress)
        mode = "rw" if writable else "ro"
        try:
            # one thread at a time, but not always the same one: the web app's uploads take
            # the loaded extractor in turn, each from its own worker thread
            conn = sqlite3.connect(f"file:{target}?mode={mode}", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open gazetteer {target}: {exc}") from exc
        _check_version(conn, target, given=path is not None)
        return cls(conn, target)

    @property
    def conn(self) -> sqlite3.Connection:
        """The SQLite connection, for importers (sitrep.geocode.writer)."""
        return self._conn

    def forget(self) -> None:
        """Drop cached lookups (after the file changed)."""
        for memo in (self._lookups, self._exact, self._known, self._abbreviations):
            memo.clear()
        self._countries.clear()
        self._exact_rows.clear()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def meta(self) -> dict[str, str]:
        """The build's recorded metadata (schema and data versions, counts)."""
        return dict(self._conn.execute("SELECT key, value FROM meta").fetchall())

    def counts(self) -> dict[str, int]:
        """Number of places per feature class, and of names."""
        rows = self._conn.execute("SELECT feature_class, count(*) FROM place GROUP BY 1")
        out = {f"places_{fc}": n for fc, n in rows}
        out["names"] = self._conn.execute("SELECT count(*) FROM name").fetchone()[0]
        return out

    def _query(self, column: str, key: str, limit: int) -> list[tuple]:
        sql = (
            f"SELECT {_PLACE_COLUMNS}, n.name, n.kind FROM name n JOIN place p ON p.id = n.place_id"
            f" WHERE n.{column} = ? ORDER BY p.population DESC LIMIT ?"
        )
        return self._conn.execute(sql, (key, limit)).fetchall()

    def lookup(self, name: str, *, limit: int = 60) -> list[Candidate]:
        """Places a name may refer to: exact name, then alias, then folded matches."""
        return self._lookups((name, limit))

    def exact(self, name: str, *, limit: int = 60) -> list[Candidate]:
        """The exact and alias matches of `lookup(name)` (its leading part: folded matches
        rank last), without querying the folded spellings."""
        return self._exact((name, limit))

    def _lookup(self, name: str, limit: int) -> list[Candidate]:
        ekey = exact_key(name)
        if not ekey:
            return []
        rows: list[tuple[tuple, str | None]] = [
            (r, None) for r in self._exact_rows((ekey, limit * 4))
        ]
        lkey = loose_from_exact(ekey)
        if lkey:
            rows += [(r, "folded") for r in self._query("loose_key", lkey, limit * 4)]
        return _ranked(rows, limit)

    def _exact_lookup(self, name: str, limit: int) -> list[Candidate]:
        full = self._lookups.peek((name, limit))
        if full is not None:
            return [c for c in full if c.match != "folded"]
        ekey = exact_key(name)
        if not ekey:
            return []
        return _ranked([(r, None) for r in self._exact_rows((ekey, limit * 4))], limit)

    def known(self, name: str) -> bool:
        """Whether a name (exact key) is in the gazetteer."""
        if self._exact.peek((name, 60)):
            return True
        return self._known(name)

    def _known_key(self, name: str) -> bool:
        key = exact_key(name)
        sql = "SELECT 1 FROM name WHERE exact_key = ? LIMIT 1"
        return bool(key) and self._conn.execute(sql, (key,)).fetchone() is not None

    def is_abbreviation(self, surface: str) -> bool:
        """Whether this exact spelling ("W.Va.", "U.S.") is a known abbreviation."""
        return self._abbreviations(surface)

    def _is_abbreviation(self, surface: str) -> bool:
        sql = "SELECT name FROM name WHERE exact_key = ? AND kind = 'abbreviation'"
        rows = self._conn.execute(sql, (exact_key(surface),)).fetchall()
        return any(r[0] == surface for r in rows)

    def search(self, query: str, *, limit: int = 20) -> list[Place]:
        """Full-text search over names (FTS5 syntax, e.g. `hajin` or `deir*`)."""
        sql = (
            f"SELECT DISTINCT {_PLACE_COLUMNS} FROM name_fts f JOIN name n ON n.id = f.rowid"
            " JOIN place p ON p.id = n.place_id WHERE name_fts MATCH ?"
            " ORDER BY p.population DESC LIMIT ?"
        )
        try:
            rows = self._conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise GazetteerError(f"bad search query {query!r}: {exc}") from exc
        return [_place(r) for r in rows]

    def by_geonameid(self, geonameid: int) -> Place | None:
        sql = f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.geonameid = ? LIMIT 1"
        row = self._conn.execute(sql, (geonameid,)).fetchone()
        return _place(row) if row else None

    def country(self, code_or_name: str) -> Place | None:
        """A country by ISO alpha-2, alpha-3 or any of its names (ACLED's included)."""
        return self._countries(code_or_name)

    def _country(self, code_or_name: str) -> Place | None:
        code = ACLED_COUNTRY_CODES.get(code_or_name.strip(), code_or_name.strip().upper())
        sql = (
            f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.feature_class = 'A'"
            " AND p.feature_code LIKE 'PCL%' AND (p.country_code = ? OR p.iso3 = ?) LIMIT 1"
        )
        row = self._conn.execute(sql, (code, code)).fetchone()
        if row:
            return _place(row)
        for cand in self.exact(code_or_name):
            if cand.match != "folded" and cand.place.feature_code.startswith("PCL"):
                return cand.place
        return None

    def admin1(self, name: str, country_code: str | None = None) -> Place | None:
        """A first-level area (state, province, governorate) by name, within a country."""
        for cand in self.lookup(name):
            if cand.place.feature_code != "ADM1":
                continue
            if country_code is None or cand.place.country_code == country_code.upper():
                return cand.place
        return None

    def add_place(
        self,
        name: str,
        *,
        latitude: float | None,
        longitude: float | None,
        country_code: str | None = None,
        admin1: str | None = None,
        admin2: str | None = None,
        feature_class: str = "P",
        feature_code: str = "PPL",
        population: int = 0,
        geonameid: int | None = None,
        alternates: Iterable[str] = (),
        source: str = "user",
    ) -> Place:
        """Add a place (country name and ISO3 are filled from the gazetteer's country)."""
        country = self.country(country_code) if country_code else None
        place = Place(
            geonameid=geonameid,
            name=name,
            latitude=latitude,
            longitude=longitude,
            country_code=country_code.upper() if country_code else None,
            country=country.name if country else None,
            iso3=country.iso3 if country else None,
            admin1=admin1,
            admin2=admin2,
            feature_class=feature_class,
            feature_code=feature_code,
            population=population,
        )
        place_id = insert_place(self._conn, place, source=source)
        insert_names(
            self._conn, place_id, [(name, "name"), *((a, "alternate") for a in alternates)]
        )
        self._commit()
        return place

    def add_alias(self, alias: str, *, same_as: str | int, kind: str = "alternate") -> Place:
        """Make `alias` another name of a known place (a name or a GeoNames id)."""
        if kind not in KINDS:
            raise GazetteerError(f"unknown name kind {kind!r}; use one of {', '.join(KINDS)}")
        place_id, place = self._find_one(same_as)
        insert_names(self._conn, place_id, [(alias, kind)])
        self._commit()
        return place

    def add_name(self, place_id: int, alias: str, *, kind: str = "alternate") -> None:
        """Add another name to the place with this row id (`Candidate.place_id`)."""
        insert_names(self._conn, place_id, [(alias, kind)])
        self._commit()

    def _find_one(self, ref: str | int) -> tuple[int, Place]:
        if isinstance(ref, int):
            sql = f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.geonameid = ? LIMIT 1"
            row = self._conn.execute(sql, (ref,)).fetchone()
            if row is None:
                raise GazetteerError(f"no place with GeoNames id {ref}; add it first")
            return row[0], _place(row)
        found = [c for c in self.lookup(ref) if c.match != "folded"]
        if not found:
            raise GazetteerError(f"no place named {ref!r}; add it with coordinates first")
        return found[0].place_id, found[0].place

    def _commit(self) -> None:
        self._conn.commit()
        self.forget()


def _ranked(rows: list[tuple[tuple, str | None]], limit: int) -> list[Candidate]:
    """One candidate per place (its best match and kind), by match then population; only
    the first `limit` are built."""
    best: dict[int, tuple[tuple[int, int], tuple, str]] = {}
    for row, forced in rows:
        kind = row[14]
        match = forced or ("exact" if kind == "name" else "alias")
        rank = (MATCH_RANK[match], _kind_rank(kind))
        old = best.get(row[0])
        if old is None or rank < old[0]:
            best[row[0]] = (rank, row, match)
    ordered = sorted(best.values(), key=lambda b: (b[0][0], -(b[1][12] or 0)))
    return [
        Candidate(place=_place(row), match=match, kind=row[14], name=row[13], place_id=row[0])
        for _, row, match in ordered[:limit]
    ]


def _kind_rank(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def place_values(place: Place) -> tuple:
    """A place's column values in PLACE_FIELDS order, without the row id."""
    return (
        place.geonameid,
        place.name,
        place.latitude,
        place.longitude,
        place.country_code,
        place.country,
        place.iso3,
        place.admin1,
        place.admin2,
        place.feature_class,
        place.feature_code,
        place.population,
    )


def insert_place(conn: sqlite3.Connection, place: Place, *, source: str = "user") -> int:
    """Insert one place row (`source`: registry, geonames, events, user); returns its id."""
    try:
        cur = conn.execute(
            "INSERT INTO place(geonameid, name, latitude, longitude, country_code, country, iso3,"
            " admin1, admin2, feature_class, feature_code, population, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*place_values(place), source),
        )
    except sqlite3.OperationalError as exc:
        raise GazetteerError(f"cannot write to the gazetteer ({exc}); open it writable") from exc
    return int(cur.lastrowid or 0)


def name_rows(place_id: int, names: Iterable[tuple[str, str]]) -> list[tuple]:
    """Rows for the name table, one per distinct (exact key, kind); empty keys dropped."""
    seen: set[str] = set()
    rows = []
    for name, kind in names:
        key = exact_key(name)
        if not key or key in seen:
            continue
        seen.add(key)
        rows.append((place_id, name, kind, key, loose_from_exact(key)))
    return rows


def insert_names(conn: sqlite3.Connection, place_id: int, names: Iterable[tuple[str, str]]) -> None:
    """Insert names of one place into the name table and its full-text index."""
    for row in name_rows(place_id, names):
        cur = conn.execute(
            "INSERT INTO name(place_id, name, kind, exact_key, loose_key) VALUES (?, ?, ?, ?, ?)",
            row,
        )
        conn.execute("INSERT INTO name_fts(rowid, name) VALUES (?, ?)", (cur.lastrowid, row[1]))
