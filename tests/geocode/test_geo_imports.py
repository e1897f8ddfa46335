"""GeoNames dumps, hand-added places, place CSVs and event CSVs imported into a gazetteer.

Every file here is written by the test (rows in GeoNames' published layout, made-up ids).
"""

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.errors import GazetteerError, InputError
from sitrep.geocode import geonames, places
from sitrep.geocode.commands import add_command, gazetteer, import_command, places_group
from sitrep.geocode.gazetteer import Gazetteer


def _geoname(gid: int, name: str, alts: str, lat: float, lon: float, fc: str, code: str) -> str:
    cols = [str(gid), name, name, alts, str(lat), str(lon), fc, code, "SY", "", "07", "", "", ""]
    cols += ["1200", "", "210", "Asia/Damascus", "2024-01-01"]
    return "\t".join(cols)


SY_ROWS = [
    _geoname(900001, "Hajīn", "Hajin", 34.695, 40.831, "P", "PPL"),  # already in the gazetteer
    _geoname(700001, "Gharānij", "Gharanij,Ghranij", 34.79, 40.75, "P", "PPL"),
    _geoname(700002, "Nahr al Khābūr", "Khabur River", 35.15, 40.43, "H", "STM"),
    _geoname(700003, "Ḩaql al ‘Umar", "", 35.05, 40.60, "S", "OILF"),  # class S not imported
]
ALT_ROWS = [
    "1\t700001\tku\tXiranice\t\t\t\t\t\t",
    "2\t700001\tlink\thttps://example.org/Gharanij\t\t\t\t\t\t",
    "3\t999999\tar\tغير معروف\t\t\t\t\t\t",  # no such place
    "4\t700001\t\tGharanij\t\t\t\t\t\t",  # the place has this name already
    "5\t700002\tabbr\tKhabur\t\t\t\t\t\t",
]


@pytest.fixture
def writable(mini_path: Path, tmp_path: Path) -> Iterator[Gazetteer]:
    copy = tmp_path / "gaz.sqlite"
    shutil.copy(mini_path, copy)
    with Gazetteer.open(copy, writable=True) as gaz:
        yield gaz


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _zip(path: Path, member: str, rows: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not data")
        archive.writestr(member, "\n".join(rows) + "\n")
    return path


def test_country_file_adds_missing_places(writable: Gazetteer, tmp_path: Path) -> None:
    report = geonames.import_dump(writable, _write(tmp_path / "SY.txt", SY_ROWS))
    assert (report.rows, report.places, report.names, report.skipped) == (4, 2, 4, 2)
    village = writable.lookup("Ghranij")[0].place
    assert (village.geonameid, village.name, village.latitude, village.longitude) == (
        700001,
        "Gharānij",
        34.79,
        40.75,
    )
    assert (village.country, village.iso3, village.admin1) == ("Syria", "SYR", "Dayr az Zawr")
    assert (village.feature_class, village.population) == ("P", 1200)
    assert writable.lookup("Khabur River")[0].place.feature_code == "STM"
    assert writable.lookup("Haql al Umar") == []
    assert "import:SY.txt" in writable.meta()
    assert writable.search("gharanij")[0].geonameid == 700001


def test_zip_dump_and_alternate_names(writable: Gazetteer, tmp_path: Path) -> None:
    geonames.import_dump(writable, _zip(tmp_path / "SY.zip", "SY.txt", SY_ROWS))
    alt = _zip(tmp_path / "alternateNamesV2.zip", "alternateNamesV2.txt", ALT_ROWS)
    report = geonames.import_dump(writable, alt)
    assert (report.rows, report.places, report.names, report.skipped) == (5, 0, 2, 3)
    assert writable.lookup("Xiranice")[0].place.geonameid == 700001
    khabur = writable.lookup("Khabur")[0]
    assert (khabur.place.geonameid, khabur.kind) == (700002, "abbreviation")


def test_import_reports_progress(
    writable: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(geonames, "REPORT_EVERY", 2)
    monkeypatch.setattr(geonames, "BATCH", 1)
    seen: list[str] = []
    geonames.import_dump(writable, _write(tmp_path / "SY.txt", SY_ROWS), progress=seen.append)
    assert seen == ["SY.txt: 2 rows read, 1 places added", "SY.txt: 4 rows read, 2 places added"]


def test_feature_classes_option(writable: Gazetteer, tmp_path: Path) -> None:
    path = _write(tmp_path / "SY.txt", SY_ROWS)
    report = geonames.import_dump(writable, path, feature_classes=frozenset("S"))
    assert (report.places, report.skipped) == (1, 3)
    with pytest.raises(GazetteerError, match="unknown feature class X"):
        geonames.check_classes("PX")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty file"),
        ("a\tb\tc\n", "3 tab-separated columns"),
    ],
)
def test_bad_dumps(writable: Gazetteer, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        geonames.import_dump(writable, path)


def test_bad_zip_and_missing_file(writable: Gazetteer, tmp_path: Path) -> None:
    broken = tmp_path / "SY.zip"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a zip file"):
        geonames.import_dump(writable, broken)
    with pytest.raises(InputError, match="no such file"):
        geonames.import_dump(writable, tmp_path / "none.zip")


def test_add_place_and_alias(writable: Gazetteer) -> None:
    place = places.add_place(writable, "Behran", latitude=34.72, longitude=40.8, country="SYR")
    assert (place.country_code, place.country, place.feature_code) == ("SY", "Syria", "PPL")
    assert writable.lookup("Behran")[0].place.latitude == 34.72
    with pytest.raises(InputError, match="'Hajin' names 2 places"):
        places.add_alias(writable, "Xiranice", same_as="Hajin")
    alias = places.add_alias(writable, "Xiranice", same_as="Hajin", country="SY")
    assert alias.geonameid == 900001
    assert places.add_alias(writable, "Hajeen", same_as="900001").name == "Hajīn"
    assert writable.lookup("Hajeen")[0].place.geonameid == 900001


def test_add_place_refuses_bad_input(writable: Gazetteer) -> None:
    with pytest.raises(InputError, match="not a point"):
        places.add_place(writable, "Nowhere", latitude=95.0, longitude=10.0)
    with pytest.raises(InputError, match="unknown country 'Atlantis'"):
        places.add_place(writable, "Nowhere", latitude=1.0, longitude=1.0, country="Atlantis")
    with pytest.raises(InputError, match="needs a name"):
        places.add_place(writable, " ", latitude=1.0, longitude=1.0)
    with pytest.raises(InputError, match="no place named 'Atlantis'"):
        places.add_alias(writable, "Xiranice", same_as="Atlantis")


def test_places_csv(writable: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text(
        "name,latitude,longitude,country,admin1,same_as\n"
        "Behran,34.72,40.80,SY,Deir ez-Zor,\n"
        "Xiranice,,,SY,,Hajin\n"
        "Broken,north,40.8,SY,,\n",
        encoding="utf-8",
    )
    seen: list[str] = []
    report = places.import_places_csv(writable, path, progress=seen.append)
    assert (report.rows, report.places, report.names, report.skipped) == (3, 1, 1, 1)
    assert seen == [f"{path}:4: skipped, needs a number in column 'latitude'"]
    assert writable.lookup("Behran")[0].place.admin1 == "Deir ez-Zor"
    assert writable.lookup("Xiranice")[0].place.geonameid == 900001


ACLED_CSV = (
    "event_id_cnty,event_date,iso,country,admin1,admin2,location,latitude,longitude\n"
    "SYR1,2019-01-02,760,Syria,Deir ez-Zor,Abu Kamal,Al Susah,34.60,40.90\n"
    "SYR2,2019-01-03,760,Syria,Deir ez-Zor,Abu Kamal,Al Susah,34.62,40.92\n"
    "SYR3,2019-01-04,760,Syria,Deir ez-Zor,Abu Kamal,Hajin,34.70,40.83\n"
    "SYR4,2019-01-05,760,Syria,Deir ez-Zor,Abu Kamal,Al Baghuz,north,40.9\n"
    "IRQ1,2019-01-05,368,Iraq,Anbar,Al-Qaim,Husaybah,34.39,40.99\n"
)


def test_events_csv_becomes_places(writable: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(ACLED_CSV, encoding="utf-8")
    assert places.is_event_csv(path)
    report = places.import_events_csv(writable, path)
    # Al Susah once (two events), Husaybah; Hajin is known nearby; one row has no latitude
    assert (report.rows, report.places, report.names, report.skipped) == (5, 2, 2, 2)
    susah = writable.lookup("Al Susah")[0].place
    assert (susah.latitude, susah.longitude, susah.country_code) == (34.61, 40.91, "SY")
    assert (susah.admin1, susah.admin2) == ("Deir ez-Zor", "Abu Kamal")
    assert writable.lookup("Husaybah")[0].place.country == "Iraq"


def test_events_csv_needs_location_columns(writable: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("name,latitude\nX,1\n", encoding="utf-8")
    assert not places.is_event_csv(path)
    with pytest.raises(InputError, match="needs columns latitude, location, longitude"):
        places.import_events_csv(writable, path)


def test_cli_commands(mini_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "gaz.sqlite"
    shutil.copy(mini_path, copy)
    runner = CliRunner()
    dump = _write(tmp_path / "SY.txt", SY_ROWS)
    result = runner.invoke(gazetteer, ["import", str(dump), "--path", str(copy)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "SY.txt: 4 rows read, 2 places and 4 names added, 2 skipped\n"
    add = ["Behran", "--lat", "34.72", "--lon", "40.8", "--country", "SY", "--gazetteer", str(copy)]
    result = runner.invoke(add_command, add)
    assert result.stdout == "added Behran (Syria) at 34.72, 40.8\n"
    result = runner.invoke(
        places_group,
        ["add", "Xiranice", "--same-as", "Hajin", "--country", "SY", "--gazetteer", str(copy)],
    )
    assert result.stdout == "Xiranice = Hajīn (Deir ez-Zor, Syria) at 34.695, 40.831\n"
    events = tmp_path / "acled.csv"
    events.write_text(ACLED_CSV, encoding="utf-8")
    result = runner.invoke(import_command, [str(events), "--gazetteer", str(copy)])
    assert result.stdout == "acled.csv: 5 rows read, 2 places and 2 names added, 2 skipped\n"
    with Gazetteer.open(copy) as gaz:
        assert gaz.lookup("Xiranice")[0].place.geonameid == 900001


def test_cli_add_needs_a_point_or_an_alias(mini_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "gaz.sqlite"
    shutil.copy(mini_path, copy)
    runner = CliRunner()
    result = runner.invoke(add_command, ["Behran", "--lat", "1", "--gazetteer", str(copy)])
    assert result.exit_code == 2 and "give either --lat and --lon, or --same-as" in result.output
    bad = ["Behran", "--lat", "95", "--lon", "1", "--gazetteer", str(copy)]
    result = runner.invoke(add_command, bad)
    assert result.exit_code == 1 and "(95.0, 1.0) is not a point" in result.output


def test_places_csv_with_an_unknown_column_imports_nothing(
    writable: Gazetteer, tmp_path: Path
) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("name,lat,lon,country,colour\nKafr Testun,35.1,36.2,SY,red\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown column 'colour'; a places CSV has the columns"):
        places.import_places_csv(writable, path)
    assert writable.lookup("Kafr Testun") == []
