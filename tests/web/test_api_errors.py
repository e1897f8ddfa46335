"""Bad requests, missing things, limits and bugs all answer JSON {"error": ...}."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from sitrep.web import WebSettings, create_app


def error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()["error"]


def test_bad_filters_say_what_to_give(client):
    assert "valid date" in error(client.get("/api/events?since=May"), 422)
    assert error(client.get("/api/events?bbox=1,2"), 400) == (
        "bbox='1,2': give 4 numbers as west,south,east,north"
    )
    assert "latitudes must satisfy" in error(client.get("/api/events?bbox=0,80,10,70"), 400)
    assert error(client.get("/api/events?near=a,b,c"), 400) == (
        "near='a,b,c': give 3 numbers as latitude,longitude,km"
    )
    assert "cannot order events by 'size'" in error(client.get("/api/events?order=size"), 400)
    assert "min_confidence" in error(client.get("/api/events?min_confidence=2"), 422)
    assert "by:" in error(client.get("/api/counts?by=year"), 422)
    assert "min_fatalities" in error(client.get("/api/events?min_fatalities=-1"), 422)


def test_page_size_limits(client):
    assert (
        error(client.get("/api/events?limit=51"), 422) == "limit=51: give a page size from 1 to 50"
    )
    assert error(client.get("/api/events?limit=0"), 422) == "limit=0: give a page size from 1 to 50"
    assert "offset" in error(client.get("/api/events?offset=-1"), 422)
    assert error(client.get("/api/actors?limit=500"), 422).startswith("limit=500")


def test_missing_things_are_404(client):
    assert error(client.get("/api/events/nope"), 404) == (
        "no event 'nope': list events with /api/events"
    )
    assert error(client.get("/api/documents/nope"), 404) == (
        "no document 'nope': list them with /api/documents"
    )
    assert error(client.get("/api/nothing"), 404) == "Not Found"


def test_no_write_endpoint_when_read_only(client):
    assert error(client.patch("/api/events/ev-market", json={}), 405) == "Method Not Allowed"
    assert error(client.delete("/api/events/ev-market?editor=me"), 405) == "Method Not Allowed"
    refused = client.post("/api/extract", data={"text": "Rebels attacked.", "store": "true"})
    assert error(refused, 403) == "this server is read-only: restart it with --allow-edit to store"


def test_oversized_requests_are_refused(store_path: Path):
    app = create_app(WebSettings(db=store_path, max_request_bytes=1000, max_upload_bytes=500))
    client = TestClient(app)
    big = client.post("/api/extract", data={"text": "x" * 2000})
    assert error(big, 413).startswith("the request is larger than the server's limit")

    def chunks():  # no Content-Length: the limit still holds
        for _ in range(10):
            yield b"y" * 200

    streamed = client.post("/api/extract", content=chunks(), headers={"content-type": "text/plain"})
    assert error(streamed, 413).startswith("the request is larger")
    text = client.post("/api/extract", data={"text": "z" * 600})
    assert error(text, 413).startswith("the upload is larger than the limit of 0 KB")
    files = client.post("/api/extract", files={"files": ("a.txt", b"w" * 600, "text/plain")})
    assert "the upload is larger than the limit" in error(files, 413)


def test_empty_upload_says_what_to_do(client):
    assert error(client.post("/api/extract", data={"text": "  "}), 400) == (
        "nothing to read: paste a report or choose at least one file"
    )


def test_a_missing_store_is_503(tmp_path: Path):
    client = TestClient(create_app(WebSettings(db=tmp_path / "gone.db")))
    assert "no database at" in error(client.get("/api/events"), 503)


def test_a_bug_is_500_without_a_traceback(store_path: Path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr("sitrep.web.routes_events.select_events", broken)
    client = TestClient(create_app(WebSettings(db=store_path)), raise_server_exceptions=False)
    message = error(client.get("/api/events"), 500)
    assert message == "internal error (RuntimeError); the server log has the details"
    assert "secret" not in message and "Traceback" not in message
