"""Corrections through the API, only on a server started with --allow-edit."""

from __future__ import annotations


def test_edit_mode_is_announced(edit_client):
    assert edit_client.get("/api/info").json()["allow_edit"] is True
    spec = edit_client.get("/api/openapi.json").json()
    assert {"get", "patch", "delete"} <= set(spec["paths"]["/api/events/{event_id}"])


def test_correct_an_event(edit_client):
    answer = edit_client.patch(
        "/api/events/ev-clash",
        json={"changes": {"fatalities": 5}, "editor": "ana", "note": "second report"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["event"]["fatalities"] == 5
    assert edit_client.get("/api/events/ev-clash").json()["event"]["fatalities"] == 5


def test_bad_corrections_say_what_is_wrong(edit_client):
    bad = edit_client.patch(
        "/api/events/ev-clash", json={"changes": {"fatalities": -2}, "editor": "ana"}
    )
    assert bad.status_code == 400
    assert "fatalities must be 0 or more" in bad.json()["error"]
    nobody = edit_client.patch("/api/events/ev-clash", json={"changes": {"fatalities": 1}})
    assert nobody.status_code == 422
    assert nobody.json()["error"].startswith("editor:")
    missing = edit_client.patch(
        "/api/events/nope", json={"changes": {"fatalities": 1}, "editor": "ana"}
    )
    assert missing.status_code == 404
    assert "nope" in missing.json()["error"]


def test_delete_an_event(edit_client):
    answer = edit_client.delete("/api/events/ev-arrest", params={"editor": "ana", "note": "dup"})
    assert answer.json() == {"deleted": "ev-arrest"}
    assert edit_client.get("/api/events/ev-arrest").status_code == 404
    assert edit_client.delete("/api/events/ev-arrest?editor=ana").status_code == 404
    assert edit_client.delete("/api/events/ev-march?editor=%20").status_code == 422


def test_corrections_missing_from_this_version_is_501(edit_client, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "sitrep.store.corrections", None)
    answer = edit_client.delete("/api/events/ev-march?editor=ana")
    assert answer.status_code == 501
    assert answer.json()["error"].startswith("corrections are not available")
