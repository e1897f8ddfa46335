import sqlite3
from pathlib import Path

import pytest

from sitrep.errors import GazetteerError
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.schema import ENV_VAR, SCHEMA_VERSION, create_empty, default_path


def test_lookup_ranks_exact_then_alias_then_folded(gaz: Gazetteer) -> None:
    found = gaz.lookup("Hajin")
    assert [(c.place.country_code, c.match) for c in found] == [("US", "exact"), ("SY", "exact")]
    matches = [(c.place.feature_code, c.match) for c in gaz.lookup("Dayr az Zawr")]
    assert matches == [("ADM1", "alias"), ("PPL", "folded")]
    folded = gaz.lookup("Hajeen")
    assert {c.match for c in folded} == {"folded"}


def test_transliteration_variants_find_one_place(gaz: Gazetteer) -> None:
    for name in ("Deir Ezzor", "Dayr az-Zawr", "Deir ez-Zor"):
        codes = [c.place.feature_code for c in gaz.lookup(name)]
        assert codes == ["ADM1", "PPL"]
    assert gaz.lookup("Qamishli")[0].place.name == "Al Qāmishlī"


def test_kinds(gaz: Gazetteer) -> None:
    syrian = gaz.lookup("Syrian")[0]
    assert (syrian.place.name, syrian.kind, syrian.match) == ("Syria", "demonym", "alias")
    assert gaz.lookup("U.S.")[0].kind == "abbreviation"


def test_country_and_admin1(gaz: Gazetteer) -> None:
    assert gaz.country("SY").name == "Syria"
    assert gaz.country("IRQ").name == "Iraq"
    assert gaz.country("Syrian Arab Republic").country_code == "SY"
    assert gaz.country("Atlantis") is None
    assert gaz.admin1("Dayr az Zawr", "SY").latitude == 35.27
    assert gaz.admin1("Deir ez-Zor", "IQ") is None


def test_places_know_their_country(gaz: Gazetteer) -> None:
    hajin = gaz.by_geonameid(900001)
    assert (hajin.country, hajin.iso3, hajin.admin1) == ("Syria", "SYR", "Deir ez-Zor")


def test_search_full_text(gaz: Gazetteer) -> None:
    assert [p.name for p in gaz.search("qamishli")] == ["Al Qāmishlī"]
    with pytest.raises(GazetteerError):
        gaz.search('"unbalanced')


def test_add_alias_and_read_only(mini_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(mini_path.read_bytes())
    with Gazetteer.open(copy, writable=True) as gaz:
        gaz.add_alias("Xiranice", same_as=900001)
        assert gaz.lookup("Xiranice")[0].place.geonameid == 900001
        with pytest.raises(GazetteerError, match="add it"):
            gaz.add_alias("Nowhere", same_as="Atlantis")
    with Gazetteer.open(copy) as gaz, pytest.raises(GazetteerError, match="writable"):
        gaz.add_place("X", latitude=1.0, longitude=1.0)


def test_missing_and_incompatible(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="sitrep gazetteer build"):
        Gazetteer.open(tmp_path / "none.sqlite")
    old = create_empty(tmp_path / "old.sqlite")
    conn = sqlite3.connect(old)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(GazetteerError) as found:
        Gazetteer.open(old)
    assert str(found.value) == (
        f"{old} has gazetteer schema version 0, this sitrep needs {SCHEMA_VERSION};"
        f" run `sitrep gazetteer build --force --path {old}` to rebuild it"
        " (or pass another --gazetteer)"
    )
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(GazetteerError, match="rebuild"):
        Gazetteer.open(junk)


def test_default_gazetteer_hint_has_no_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    old = create_empty(tmp_path / "default.sqlite")
    conn = sqlite3.connect(old)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    monkeypatch.setenv(ENV_VAR, str(old))
    with pytest.raises(GazetteerError) as found:
        Gazetteer.open()
    assert str(found.value).endswith("; run `sitrep gazetteer build --force` to rebuild it")


def test_default_path_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "g.sqlite"))
    assert default_path() == tmp_path / "g.sqlite"
    monkeypatch.delenv(ENV_VAR)
    assert default_path().name == f"gazetteer-v{SCHEMA_VERSION}.sqlite"
