"""End to end on the real registry gazetteer (the default one, or SITREP_GAZETTEER; built on
first use like the pipeline's)."""

from pathlib import Path

import pytest

from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.geoparse import geoparse

EXAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "examples" / "hajin.txt"


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return Gazetteer.open(build_if_missing=True)


def test_transliterations_on_real_data(real: Gazetteer) -> None:
    assert real.lookup("Qamishli")[0].place.geonameid == 173377
    for name in ("Deir Ezzor", "Dayr az-Zawr", "Deir ez-Zor"):
        assert real.lookup(name)[0].place.geonameid == 170792


def test_hajin_report(real: Gazetteer, nlp) -> None:  # type: ignore[no-untyped-def]
    if not EXAMPLE.exists():
        pytest.skip("shared example not present")
    from sitrep.annotate import entity_spans

    text = EXAMPLE.read_text(encoding="utf-8")
    tops = geoparse(text, entity_spans(nlp(text)), real)
    by_name = {}
    for t in tops:
        by_name.setdefault(t.text, t.place)
    assert by_name["Hajin"].geonameid == 174506 and by_name["Hajin"].admin1 == "Deir ez-Zor"
    assert by_name["Deir ez-Zor"].feature_code == "ADM1"
    assert by_name["Iraq"].feature_code == "PCLI"
    for unresolved in ("Euphrates", "Xiranice", "Behran"):
        assert by_name[unresolved] is None
