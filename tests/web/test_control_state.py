"""The slider's cached states equal sitrep.control's state_at, and follow the store."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.control.model import ControlFact, Status
from sitrep.control.queries import state_at
from sitrep.control.storage import after_ingest
from sitrep.model import Document, Evidence
from sitrep.store import Store
from sitrep.web import WebSettings, create_app
from sitrep.web.control_state import states_on
from sitrep.web.memo import Recent

FILTERS = (
    {},
    {"country": "Syria"},
    {"country": "IRQ"},
    {"bbox": (36.0, 35.0, 37.0, 36.0)},
    {"actor": "rebels"},
    {"country": "SYR", "actor": "military"},
)


def test_states_on_equals_state_at_every_week(control_store_path: Path):
    remember = Recent(size=len(FILTERS)).get
    with Store.open(control_store_path, readonly=True) as store:
        day = date(2015, 5, 10)
        while day <= date(2019, 9, 10):
            for chosen in FILTERS:
                cached = states_on(store, day, path=control_store_path, remember=remember, **chosen)
                expected = state_at(store, day, **chosen)
                assert [s.to_dict() for s in cached] == [s.to_dict() for s in expected]
            day += timedelta(days=7)


def test_timelines_are_resolved_once_until_the_store_changes(
    control_store_path: Path, tmp_path: Path
):
    db = tmp_path / "copy.db"
    shutil.copy(control_store_path, db)
    app = create_app(WebSettings(db=db))
    client = TestClient(app)
    recent: Recent = app.state.sitrep.recent

    def places(day: str) -> list[str]:
        response = client.get(f"/api/control?at={day}")
        assert response.status_code == 200, response.text
        return [p["place"] for p in response.json()["places"]]

    assert places("2020-01-01") == ["Ramadi", "Kafr Nabl", "Kafr Zita", "Saraqib", "Tell Qurra"]
    assert places("2019-07-05") == ["Ramadi", "Saraqib"]
    assert len(recent) == 1  # one resolution served both days
    _store_a_fact(db)
    assert places("2020-01-01") == [
        "Ramadi", "Kafr Nabl", "Kafr Zita", "Saraqib", "Tell Qurra", "Zorbatown",
    ]  # fmt: skip
    assert len(recent) == 2


def _store_a_fact(db: Path) -> None:
    text = "Rebels hold Zorbatown."
    fact = ControlFact(
        fact_id="zorba",
        doc_id="zorba",
        place="Zorbatown",
        status=Status.CONTROLS,
        actor="Opposition Rebels (Syria)",
        country="Syria",
        valid_from=date(2019, 12, 1),
        precision=1,
        observed=date(2019, 12, 2),
        evidence=(Evidence(start=12, end=21, text="Zorbatown", role="place"),),
    )
    document = Document(doc_id="zorba", text=text, published=date(2019, 12, 2), source="Test")
    with Store.open(db) as store:
        store.ingest(document, [], [], after=[after_ingest([fact])])


def test_recent_keeps_the_last_used_values():
    recent = Recent(size=2)
    built: list[str] = []

    def build(name: str):
        return lambda: built.append(name) or name.upper()

    assert [recent.get(k, build(k)) for k in ("a", "b", "a", "c", "a", "b")] == [
        "A", "B", "A", "C", "A", "B",
    ]  # fmt: skip
    assert built == ["a", "b", "c", "b"]  # b was dropped when c came (a was used later)
    assert len(recent) == 2


@pytest.mark.parametrize("day", ["2019-07-05", "2019-08-30"])
def test_the_api_gives_what_state_at_gives(control_client, control_store_path: Path, day: str):
    with Store.open(control_store_path, readonly=True) as store:
        expected = [s.to_dict() for s in state_at(store, date.fromisoformat(day))]
    places = control_client.get(f"/api/control?at={day}").json()["places"]
    assert [{k: v for k, v in p.items() if k != "timeline"} for p in places] == expected
