"""Inputs for whole runs: the project's own reports, two texts with no conflict in them, one
bad file; the mini gazetteer so that worker processes load in seconds."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_fixture import build_mini_gazetteer

ROOT = Path(__file__).resolve().parents[2]

QUIET_NEWS = {
    "harvest.txt": (
        "The maize harvest in the western counties was the best in a decade, farmers said on "
        "Monday. Prices at the main market fell by a fifth, and the cooperative plans to open "
        "two new storage sheds before the rains. Buyers from three neighbouring towns came to "
        "the auction, which ran late into the evening. " * 3
    ),
    "clinic.txt": (
        "A new clinic opened in the old post office building on Friday. It will offer "
        "vaccinations, check-ups for children and a weekly eye service. The health board said "
        "the number of patients seen each week had doubled since the spring. Staff were "
        "hired from the nursing college, and the library next door will lend its hall. " * 3
    ),
}


@pytest.fixture(scope="session")
def mini_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_gazetteer(tmp_path_factory.mktemp("gazetteer") / "mini.sqlite")


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("news")
    for name, text in QUIET_NEWS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.pdf").write_text("not a report", encoding="utf-8")
    return [
        str(ROOT / "tests" / "data" / "reports"),
        str(folder / "harvest.txt"),
        str(ROOT / "examples"),
        str(folder / "clinic.txt"),
        str(folder / "broken.pdf"),
    ]
