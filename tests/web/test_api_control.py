"""The situation picture over HTTP, on a store the real pipeline filled with control facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from control_store import ARMY, CLAIM, IS_IRAQ, REBELS, SIEGE, TAKEN

from sitrep.control.model import ControlFact, Status
from sitrep.model import Evidence
from sitrep.web.control_view import excerpt

SARAQIB = 164816
KAFR_ZITA = 168620


def ok(response) -> dict:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def error(response, status: int) -> str:
    assert response.status_code == status, response.text
    return response.json()["error"]


def states(client, **params) -> list[tuple]:
    found = ok(client.get("/api/control", params=params))
    assert found["at"] == params["at"]
    return [
        (p["place"], p["status"], p["controller"], p["besieger"], len(p["disputed"]))
        for p in found["places"]
    ]


def test_the_range_bounds_the_slider(control_client):
    assert ok(control_client.get("/api/control/range")) == {
        "earliest": "2015-05-17",
        "latest": "2019-08-26",
        "facts": 8,
        "places": 5,
    }


def test_a_town_besieged_then_taken(control_client):
    assert states(control_client, at="2015-05-16") == []
    assert states(control_client, at="2019-07-05") == [
        ("Ramadi", "controlled", IS_IRAQ, None, 0),
        ("Saraqib", "besieged", REBELS, ARMY, 0),
    ]
    assert states(control_client, at="2019-08-30") == [
        ("Ramadi", "controlled", IS_IRAQ, None, 0),
        ("Kafr Nabl", "contested", None, None, 0),
        ("Kafr Zita", "withdrawn", None, None, 0),
        ("Saraqib", "controlled", ARMY, None, 1),
        ("Tell Qurra", "withdrawn", None, None, 0),
    ]


def test_a_place_state_carries_its_dates_sources_and_timeline_link(control_client):
    found = ok(control_client.get("/api/control", params={"at": "2019-08-30", "country": "SYR"}))
    saraqib = next(p for p in found["places"] if p["place"] == "Saraqib")
    assert {k: saraqib[k] for k in ("start", "end", "at", "last_seen", "sources")} == {
        "start": "2019-08-21",
        "end": None,
        "at": "2019-08-30",
        "last_seen": "2019-08-22",  # the disputing report is not counted
        "sources": 1,
    }
    assert saraqib["timeline"] == f"/api/control/timeline?place={SARAQIB}"
    (disputed,) = saraqib["disputed"]
    assert (disputed["doc_id"], disputed["actor"], disputed["claimed_by"]) == (
        "saraqib-claim",
        REBELS,
        "a rebel spokesman",
    )
    tell_qurra = next(p for p in found["places"] if p["place"] == "Tell Qurra")
    assert (tell_qurra["resolved"], tell_qurra["latitude"], tell_qurra["timeline"]) == (
        False,
        None,
        "/api/control/timeline?place=Tell+Qurra",
    )


def test_filters_country_bbox_and_actor(control_client):
    at = "2019-08-30"
    assert [s[0] for s in states(control_client, at=at, country="Iraq")] == ["Ramadi"]
    assert [s[0] for s in states(control_client, at=at, country="syr")] == [
        "Kafr Nabl",
        "Kafr Zita",
        "Saraqib",
        "Tell Qurra",
    ]
    # a box leaves out the place without coordinates
    assert [s[0] for s in states(control_client, at=at, bbox="36,35,37,36")] == [
        "Kafr Nabl",
        "Kafr Zita",
        "Saraqib",
    ]
    assert [s[0] for s in states(control_client, at=at, actor="islamic state")] == ["Ramadi"]
    assert [s[0] for s in states(control_client, at="2019-07-05", actor="REBELS")] == ["Saraqib"]
    assert states(control_client, at=at, actor="nobody at all") == []
    assert [s[0] for s in states(control_client, at=at, country="", actor="")] == [
        "Ramadi",
        "Kafr Nabl",
        "Kafr Zita",
        "Saraqib",
        "Tell Qurra",
    ]


def test_geojson_keeps_unresolved_places_with_a_null_geometry(control_client):
    found = ok(control_client.get("/api/control.geojson", params={"at": "2019-08-30"}))
    assert (found["type"], found["at"]) == ("FeatureCollection", "2019-08-30")
    shapes = {f["properties"]["place"]: (f["id"], f["geometry"]) for f in found["features"]}
    assert shapes["Saraqib"] == (
        f"g:{SARAQIB}",
        {"type": "Point", "coordinates": [36.80591, 35.86447]},
    )
    assert shapes["Tell Qurra"] == ("n:talkara", None)  # the folded name
    assert sorted(shapes) == ["Kafr Nabl", "Kafr Zita", "Ramadi", "Saraqib", "Tell Qurra"]
    listed = ok(control_client.get("/api/control", params={"at": "2019-08-30"}))["places"]
    assert [f["properties"] for f in found["features"]] == listed
    box = ok(control_client.get("/api/control.geojson?at=2019-08-30&bbox=43,33,44,34"))
    assert [f["properties"]["place"] for f in box["features"]] == ["Ramadi"]


def test_timeline_of_a_town_with_its_reports_and_the_disputed_fact(control_client):
    found = ok(control_client.get("/api/control/timeline", params={"place": "Saraqib"}))
    assert found["place"] == "Saraqib"
    (line,) = found["timelines"]
    assert (line["place"], line["key"], line["country"], line["resolved"]) == (
        "Saraqib",
        f"g:{SARAQIB}",
        "Syria",
        True,
    )
    periods = [
        (p["start"], p["end"], p["status"], p["controller"], p["besieger"], p["sources"])
        for p in line["periods"]
    ]
    assert periods == [
        ("2019-07-01", "2019-08-20", "besieged", REBELS, ARMY, 1),
        ("2019-08-21", None, "controlled", ARMY, None, 1),
    ]
    siege, taken = line["periods"]
    (fact,) = siege["facts"]
    assert (fact["doc_id"], fact["source"], fact["status"], fact["claimed_by"]) == (
        "saraqib-siege",
        "Valley Wire",
        "besieges",
        "residents",
    )
    assert fact["report"] == {
        "title": "Saraqib encircled",
        "published": "2019-07-10",
        "url": None,
        "excerpt": {"start": 0, "text": SIEGE},
    }
    assert [f["report"]["excerpt"]["text"] for f in taken["facts"]] == [TAKEN]
    (disputed,) = taken["disputed"]
    assert (disputed["doc_id"], disputed["actor"], disputed["report"]["excerpt"]["text"]) == (
        "saraqib-claim",
        REBELS,
        CLAIM,
    )
    assert {e["text"] for e in taken["evidence"]} >= {"captured", "Saraqib", "August 21, 2019"}


def test_timeline_by_geonameid_and_by_gazetteer_spelling(control_client):
    by_id = ok(control_client.get(f"/api/control/timeline?place={SARAQIB}"))
    assert [t["place"] for t in by_id["timelines"]] == ["Saraqib"]
    spelled = ok(control_client.get("/api/control/timeline", params={"place": "Kafr Zaytā"}))
    ((period,),) = [t["periods"] for t in spelled["timelines"]]
    assert (spelled["timelines"][0]["geonameid"], period["status"]) == (KAFR_ZITA, "withdrawn")
    variant = ok(control_client.get("/api/control/timeline?place=Tal Qura"))  # transliteration
    (line,) = variant["timelines"]
    assert (line["place"], line["resolved"], line["key"]) == ("Tell Qurra", False, "n:talkara")


def test_operations(control_client):
    (operation,) = ok(control_client.get("/api/operations"))["operations"]
    assert {k: operation[k] for k in ("doc_id", "name", "launched", "fronts", "source")} == {
        "doc_id": "operation",
        "name": "Operation Northern Dawn",
        "launched": "2019-04-30",
        "fronts": 2,
        "source": "Coast Radio",
    }
    assert [
        o["name"] for o in ok(control_client.get("/api/operations?name=dawn"))["operations"]
    ] == ["Operation Northern Dawn"]
    assert ok(control_client.get("/api/operations?name=Sunset"))["operations"] == []


def test_bad_requests_say_what_to_give(control_client):
    assert error(control_client.get("/api/control"), 422) == "query.at: Field required"
    assert error(control_client.get("/api/control.geojson"), 422) == "query.at: Field required"
    assert "query.at: Input should be a valid date" in error(
        control_client.get("/api/control?at=May"), 422
    )
    assert "query.at" in error(control_client.get("/api/control?at=2019-02-30"), 422)
    assert error(control_client.get("/api/control?at=2019-08-30&bbox=1,2"), 400) == (
        "bbox='1,2': give 4 numbers as west,south,east,north"
    )
    assert "latitudes must satisfy" in error(
        control_client.get("/api/control.geojson?at=2019-08-30&bbox=0,80,10,70"), 400
    )
    assert error(control_client.get("/api/control/timeline"), 422) == "query.place: Field required"
    assert "query.place" in error(control_client.get("/api/control/timeline?place="), 422)


def test_an_unknown_place_is_404(control_client):
    message = "no control fact names {!r}: list the places with /api/control?at=YYYY-MM-DD"
    assert error(control_client.get("/api/control/timeline?place=Atlantis"), 404) == (
        message.format("Atlantis")
    )
    quote = "Saraqib' OR '1'='1"
    assert error(control_client.get("/api/control/timeline", params={"place": quote}), 404) == (
        message.format(quote)
    )


def test_a_store_without_control_facts(client):
    assert ok(client.get("/api/control/range")) == {
        "earliest": None,
        "latest": None,
        "facts": 0,
        "places": 0,
    }
    assert ok(client.get("/api/control?at=2024-05-01")) == {"at": "2024-05-01", "places": []}
    assert ok(client.get("/api/control.geojson?at=2024-05-01"))["features"] == []
    assert ok(client.get("/api/operations")) == {"operations": []}
    assert error(client.get("/api/control/timeline?place=Hillford"), 404).startswith(
        "no control fact names 'Hillford'"
    )


def test_the_openapi_document_lists_the_control_endpoints(control_client):
    paths = ok(control_client.get("/api/openapi.json"))["paths"]
    for path in (
        "/api/control",
        "/api/control.geojson",
        "/api/control/timeline",
        "/api/control/range",
        "/api/operations",
    ):
        assert list(paths[path]) == ["get"], path


def test_an_excerpt_is_the_sentence_of_the_evidence():
    text = "First line.\nThe army entered Alpha on Monday. Then it moved on! Later news."
    start = text.index("Alpha")
    fact = ControlFact(
        fact_id="f",
        doc_id="d",
        place="Alpha",
        status=Status.CONTROLS,
        observed=date(2020, 1, 1),
        evidence=(Evidence(start=start, end=start + 5, text="Alpha", role="place"),),
    )
    assert excerpt(text, fact) == {
        "start": text.index("The army"),
        "text": "The army entered Alpha on Monday.",
    }
    outside = Evidence(start=500, end=505, text="Alpha", role="place")
    assert excerpt(text, replace(fact, evidence=(outside,))) is None


def test_compact_states_leave_out_evidence(control_client):
    found = ok(control_client.get("/api/control.geojson?at=2019-08-30&compact=true&country=SYR"))
    saraqib = next(f["properties"] for f in found["features"] if f["id"] == f"g:{SARAQIB}")
    assert "evidence" not in saraqib
    assert saraqib["disputed"] == [
        {
            "fact_id": saraqib["disputed"][0]["fact_id"],
            "doc_id": "saraqib-claim",
            "source": "Hill Post",
            "actor": REBELS,
            "status": "controls",
            "claimed_by": "a rebel spokesman",
        }
    ]
    full = ok(control_client.get("/api/control?at=2019-08-30&country=SYR"))["places"]
    listed = ok(control_client.get("/api/control?at=2019-08-30&country=SYR&compact=1"))["places"]
    assert [p["place"] for p in listed] == [p["place"] for p in full]
    assert all(set(p) == set(q) - {"evidence"} for p, q in zip(listed, full, strict=True))
