"""A bare name read as its home-state county (places made up for these tests)."""

import shutil
from pathlib import Path

from sitrep.geocode.counties import home_county
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.home import Home
from sitrep.geocode.recognize import Mention


def _gazetteer(mini_path: Path, tmp_path: Path) -> Path:
    copy = Path(shutil.copy(mini_path, tmp_path / "gaz.sqlite"))
    with Gazetteer.open(copy, writable=True) as writer:
        for state, lat in (("Nebraska", 41.0), ("Oregon", 45.0)):
            writer.add_place(
                "Tamsin County",
                latitude=lat,
                longitude=-97.0,
                country_code="US",
                admin1=state,
                feature_class="A",
                feature_code="ADM2",
                population=30_000,
            )
        writer.add_place(
            "Tamsin", latitude=39.0, longitude=-88.0, country_code="US", admin1="Illinois"
        )
    return copy


def test_home_state_county_of_a_bare_name(mini_path: Path, tmp_path: Path) -> None:
    nebraska = Home(countries={"US": 0.8}, admin1={("US", "Nebraska"): 0.6})
    weak = Home(countries={"US": 0.8}, admin1={("US", "Nebraska"): 0.3})
    bare = Mention(start=0, end=6, text="Tamsin")
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        cands = gaz.lookup("Tamsin")
        (county,) = home_county(gaz, bare, cands, nebraska)
        assert (county.place.name, county.place.admin1) == ("Tamsin County", "Nebraska")
        assert home_county(gaz, bare, cands, weak) == []
        assert home_county(gaz, bare, cands, Home()) == []
        hinted = Mention(start=0, end=6, text="Tamsin", hint="P")
        assert home_county(gaz, hinted, cands, nebraska) == []
        illinois = Home(admin1={("US", "Illinois"): 0.9})
        assert home_county(gaz, bare, cands, illinois) == []  # a reading is already there
