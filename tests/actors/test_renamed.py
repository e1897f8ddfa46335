"""An actor ACLED renamed (`renamed: {name, from}` in actors.yaml) is named by the report's
day: unnamed community militias were "Ethnic" before 2010 and "Communal" since."""

from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import ModelError
from sitrep.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (date(2006, 5, 1), "Unidentified Ethnic Militia (Kenya)"),
        (date(2017, 5, 1), "Unidentified Communal Militia (Kenya)"),
        (None, "Unidentified Ethnic Militia (Kenya)"),  # undated: the name as listed
    ],
)
def test_the_report_s_day_picks_the_name(actors, on, name):
    found = actors.find("Cattle rustlers attacked the village.", country="Kenya", on=on)
    assert [m.actor.name for m in found] == [name]


def test_a_renaming_needs_a_name_and_a_day(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n  - name: Old Front\n    inter: 2\n    renamed: {name: New Front}\n",
        encoding="utf-8",
    )
    with pytest.raises(ModelError, match=r"mine.yaml:2: `renamed:` is \{name: NAME, from: DAY\}"):
        ActorDictionary.load([path])
