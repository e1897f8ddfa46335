"""Uploads run the real pipeline (registry spaCy model, the tests' mini gazetteer)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from gazetteer_fixture import build_mini_gazetteer
from web_store import build_store

from sitrep.pipeline import Extractor
from sitrep.web import WebSettings, create_app

REPORT = (
    "Clashes in Sarmin\n\n"
    "IDLIB, Syria, May 6, 2024 - Gunmen attacked a checkpoint in Sarmin on Sunday, "
    "killing two soldiers, residents said."
)
SECOND = "NAIROBI, Kenya, July 9, 2024 - Police arrested 12 protesters in Nairobi on Monday."


@pytest.fixture(scope="module")
def factory(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    gazetteer = build_mini_gazetteer(tmp_path_factory.mktemp("gaz") / "mini.sqlite")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sitrep.annotate.load_pipeline", lambda model=None: nlp)
        yield lambda: Extractor.load(gazetteer=gazetteer)


def test_pasted_report_gives_its_events(client_for, store_path: Path):
    client = client_for(store_path, allow_edit=False)
    found = client.post("/api/extract", data={"text": REPORT}).json()
    (document,) = found["documents"]
    assert (document["doc_id"], document["title"], document["published"]) == (
        "pasted", "Clashes in Sarmin", "2024-05-06",
    )  # fmt: skip
    assert document["text"] == REPORT
    (event,) = found["events"]
    assert (event["event_type"], event["location"], event["fatalities"], event["event_date"]) == (
        "Battles", "Sarmin", 2, "2024-05-05",
    )  # fmt: skip
    trigger = next(e for e in event["evidence"] if e["role"] == "trigger")
    assert REPORT[trigger["start"] : trigger["end"]] == trigger["text"] == "attacked"
    assert found["failures"] == [] and found["stored"] is None
    assert client.get("/api/info").json()["counts"]["documents"] == 4  # nothing stored


def test_uploaded_files_and_a_bad_one(client_for, store_path: Path):
    client = client_for(store_path, allow_edit=False)
    files = [
        ("files", ("../../sarmin report.txt", REPORT.encode(), "text/plain")),
        ("files", ("wire.jsonl", json.dumps({"id": "w1", "text": SECOND}).encode(), "text/plain")),
        ("files", ("scan.pdf", b"%PDF-1.4 binary", "application/pdf")),
    ]
    found = client.post("/api/extract", files=files).json()
    assert [d["doc_id"] for d in found["documents"]] == ["sarmin_report", "w1"]
    assert [(e["doc_id"], e["sub_event_type"]) for e in found["events"]] == [
        ("sarmin_report", "Armed clash"), ("w1", "Protest with intervention"),
    ]  # fmt: skip
    (failure,) = found["failures"]
    assert failure["file"] == "scan.pdf"
    assert failure["reason"].startswith("unsupported file type '.pdf'")


def test_stored_when_asked_on_an_editable_server(client_for, tmp_path: Path):
    client = client_for(build_store(tmp_path / "edit.db"), allow_edit=True)
    found = client.post("/api/extract", data={"text": SECOND, "store": "true"}).json()
    assert found["stored"] == 1
    assert client.get("/api/documents/pasted").json()["path"] == "upload:pasted.txt"
    listed = client.get("/api/events", params={"country": "Kenya", "limit": 10}).json()
    assert [e["doc_id"] for e in listed["events"]] == ["riverton", "march", "pasted", "march"]


@pytest.fixture()
def client_for(factory: Any) -> Any:
    def make(db: Path, *, allow_edit: bool) -> TestClient:
        settings = WebSettings(db=db, allow_edit=allow_edit)
        return TestClient(create_app(settings, extractor_factory=factory))

    return make


def test_an_upload_gives_and_stores_its_control_facts(client_for, tmp_path: Path):
    client = client_for(build_store(tmp_path / "edit.db"), allow_edit=True)
    text = "Rebels captured Sarmin on 3 June 2024, residents said."
    found = client.post("/api/extract", data={"text": text, "store": "true"}).json()
    assert [(f["place"], f["status"], f["valid_from"]) for f in found["control"]] == [
        ("Sarmin", "controls", "2024-06-03")
    ]
    assert found["operations"] == []
    assert found["stored"] == 1
    (place,) = client.get("/api/control?at=2024-06-10").json()["places"]
    assert (place["place"], place["status"], place["resolved"]) == ("Sarmin", "controlled", True)
    assert client.get("/api/control/range").json()["facts"] == 1


UNPLACED = "Gunmen stormed a village on Monday and killed three farmers."


def test_a_country_places_the_actors_of_an_unplaced_report(client_for, store_path: Path):
    client = client_for(store_path, allow_edit=False)
    found = client.post("/api/extract", data={"text": UNPLACED, "country": "NG"}).json()
    (document,) = found["documents"]
    assert document["country"] == "NG"
    (event,) = found["events"]
    assert (event["actor1"], event["actor2"], event["location"]) == (
        "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", None,
    )  # fmt: skip


def test_an_unknown_country_is_refused_in_one_line(client_for, store_path: Path):
    client = client_for(store_path, allow_edit=False)
    response = client.post("/api/extract", data={"text": UNPLACED, "country": "Narnia"})
    assert response.status_code == 400
    assert response.json()["error"] == (
        "unknown country 'Narnia'; give a country name or an ISO code such as SY or SYR"
    )


def test_the_loaded_gazetteer_answers_from_another_thread(factory: Any):
    """Uploads take the extractor in turn from the server's worker threads."""
    import threading

    extractor = factory()
    found: list[object] = []
    worker = threading.Thread(target=lambda: found.append(extractor.gazetteer.country("NG")))
    worker.start()
    worker.join()
    extractor.close()
    [place] = found
    assert getattr(place, "country", None) == "Nigeria"
