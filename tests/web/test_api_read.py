"""The read-only API over the test store: every endpoint, its filters and its paging."""

from __future__ import annotations

from web_store import HILLFORD, RIVERTON, WIRE


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_events_are_paged_in_date_order(client):
    first = client.get("/api/events").json()
    assert [e["event_id"] for e in first["events"]] == ["ev-market", "ev-clash"]
    assert (first["limit"], first["offset"], first["next_offset"]) == (2, 0, 2)
    second = client.get("/api/events", params={"offset": 2}).json()
    assert [e["event_id"] for e in second["events"]] == ["ev-march", "ev-arrest"]
    assert second["next_offset"] is None


def test_event_filters(client):
    assert ids(client.get("/api/events?country=KEN&limit=10")) == [
        "ev-market",
        "ev-march",
        "ev-arrest",
    ]
    assert ids(client.get("/api/events?country=Sudan")) == ["ev-clash"]
    assert ids(client.get("/api/events?type=Protests")) == ["ev-march"]
    assert ids(client.get("/api/events?sub_type=Arrests")) == ["ev-arrest"]
    assert ids(client.get("/api/events?actor=police")) == ["ev-arrest"]
    assert ids(client.get("/api/events?since=2024-05-01&until=2024-05-31&limit=10")) == [
        "ev-clash",
        "ev-march",
    ]
    assert ids(client.get("/api/events?bbox=30,10,35,20")) == ["ev-clash"]
    assert ids(client.get("/api/events?near=-1.3,36.8,50")) == ["ev-market"]
    assert ids(client.get("/api/events?min_fatalities=1")) == ["ev-market"]
    assert ids(client.get("/api/events?min_confidence=0.75")) == ["ev-market"]
    assert ids(client.get("/api/events?text=marched")) == ["ev-march", "ev-arrest"]
    assert ids(client.get("/api/events?admin1=khartoum")) == ["ev-clash"]
    assert ids(client.get("/api/events?order=-confidence&limit=1")) == ["ev-market"]
    assert ids(client.get("/api/events?type=Riots")) == []


def test_event_fields_follow_the_contract(client):
    (event,) = client.get("/api/events?type=Battles").json()["events"]
    assert event["actor1"] == "Military Forces of Sudan"
    start = HILLFORD.index("clashed")
    trigger = {"start": start, "end": start + 7, "text": "clashed", "role": "trigger"}
    assert event["evidence"][0] == trigger


def test_geojson_skips_events_without_coordinates(client):
    found = client.get("/api/events.geojson", params={"country": "KEN", "limit": 10}).json()
    assert found["type"] == "FeatureCollection"
    assert [f["id"] for f in found["features"]] == ["ev-market", "ev-march"]
    assert found["features"][0]["geometry"] == {"type": "Point", "coordinates": [36.8, -1.3]}
    assert found["skipped"] == 1
    assert found["next_offset"] is None


def test_one_event_with_its_source_and_precision(client):
    found = client.get("/api/events/ev-market").json()
    assert found["event"]["event_id"] == "ev-market"
    source = found["sources"][0]
    assert source["doc_id"] == "riverton"
    assert source["text"] == RIVERTON
    assert source["source"] == "Lakeside Gazette"
    assert [(e["text"], e["role"]) for e in source["evidence"]] == [
        ("attacked", "trigger"),
        ("Gunmen", "actor1"),
        ("Lakeside", "location"),
        ("3", "fatalities"),
    ]
    assert found["precision"] == {
        "time": {"code": 1, "meaning": "the day"},
        "geo": {"code": 1, "meaning": "the named town or village"},
    }


def test_counts_per_week_and_type(client):
    found = client.get("/api/counts", params={"by": "week"}).json()
    civilians = {"Violence against civilians": 1}
    assert found["periods"] == [
        {"start": "2024-03-04", "end": "2024-03-10", "counts": civilians, "total": 1},
        {"start": "2024-04-29", "end": "2024-05-05", "counts": {"Battles": 1}, "total": 1},
        {"start": "2024-05-06", "end": "2024-05-12", "counts": {"Protests": 1}, "total": 1},
    ]
    assert found["undated"] == 1
    assert found["types"]["Strategic developments"] == 1


def test_counts_per_month_with_a_filter(client):
    found = client.get("/api/counts", params={"by": "month", "country": "KEN"}).json()
    assert [(p["start"], p["end"], p["total"]) for p in found["periods"]] == [
        ("2024-03-01", "2024-03-31", 1),
        ("2024-05-01", "2024-05-31", 1),
    ]


def test_documents_list_and_search(client):
    listed = client.get("/api/documents", params={"limit": 10}).json()["documents"]
    assert [(d["doc_id"], d["events"]) for d in listed] == [
        ("riverton", 1), ("hillford", 1), ("march", 2), ("wire", 1),
    ]  # fmt: skip
    assert "text" not in listed[0]
    found = client.get("/api/documents", params={"q": "rebels"}).json()["documents"]
    assert [d["doc_id"] for d in found] == ["hillford"]
    assert "[rebels]" in found[0]["snippet"]
    wire = client.get("/api/documents", params={"source": "wire", "limit": 10}).json()
    assert [d["doc_id"] for d in wire["documents"]] == ["hillford", "march"]


def test_one_document_with_text_and_events(client):
    found = client.get("/api/documents/march").json()
    assert found["text"].startswith("Students marched")
    assert [e["event_id"] for e in found["event_list"]] == ["ev-march", "ev-arrest"]
    assert found["events"] == 2


def test_actors_places_and_unresolved_names(client):
    actors = client.get("/api/actors", params={"q": "kenya", "limit": 10}).json()["actors"]
    assert [(a["name"], a["events"]) for a in actors] == [
        ("Civilians (Kenya)", 2), ("Unidentified Armed Group (Kenya)", 2),
        ("Police Forces of Kenya", 1), ("Protesters (Kenya)", 1),
    ]  # fmt: skip
    assert actors[2] == {"name": "Police Forces of Kenya", "inter": 1, "events": 1,
                         "as_actor1": 1, "as_actor2": 0, "associated": 0}  # fmt: skip
    places = client.get("/api/places", params={"country": "KEN"}).json()["places"]
    assert [(p["location"], p["events"]) for p in places] == [("Lakeside", 2), ("Port Amber", 1)]
    unresolved = client.get("/api/places/unresolved").json()["unresolved"]
    assert unresolved == [{"name": "Zorbiville", "mentions": 1,
                           "example": "Police arrested 4 of them in Zorbiville."}]  # fmt: skip


def test_info_openapi_page_and_assets(client):
    info = client.get("/api/info").json()
    assert info["counts"]["documents"] == 4
    assert info["allow_edit"] is False
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/events.geojson", "/api/events/{event_id}", "/api/counts",
            "/api/documents", "/api/documents/{doc_id}", "/api/actors", "/api/places",
            "/api/places/unresolved", "/api/extract", "/api/info"} <= paths  # fmt: skip
    assert "patch" not in spec["paths"]["/api/events/{event_id}"]
    page = client.get("/")
    assert page.status_code == 200 and "/vendor/leaflet/leaflet.js" in page.text
    assert "http" not in page.text.replace("http://www.w3.org", "")  # no CDN
    assert client.get("/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/vendor/markercluster/leaflet.markercluster.js").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/docs").status_code == 404  # the docs page would load a CDN


def test_basemap_outlines(client):
    shapes = client.get("/api/basemap.geojson").json()
    assert shapes["type"] == "FeatureCollection"
    assert len(shapes["features"]) > 150
    ring = shapes["features"][0]["geometry"]["coordinates"][0]
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in ring)


def test_a_merged_event_lists_every_source_with_its_evidence(client):
    listed = client.get("/api/events", params={"type": "Violence against civilians"}).json()
    (merged,) = listed["events"]
    assert (merged["event_id"], merged["sources"], merged["outlets"]) == (
        "ev-market", ["riverton", "wire"], 2,
    )  # fmt: skip
    found = client.get("/api/events/ev-market").json()
    assert [s["doc_id"] for s in found["sources"]] == ["riverton", "wire"]
    wire = found["sources"][1]
    assert wire["text"] == WIRE
    assert [(e["start"], e["end"], e["role"]) for e in wire["evidence"]] == [
        (WIRE.index("attacked"), WIRE.index("attacked") + 8, "trigger"), (0, 5, "fatalities"),
    ]  # fmt: skip
    assert len(found["sources"][0]["evidence"]) == 4


def test_unmerged_gives_one_event_per_report(client):
    found = client.get(
        "/api/events", params={"unmerged": "true", "type": "Violence against civilians"}
    )
    assert ids(found) == ["ev-market", "ev-market-wire"]
    assert "sources" not in found.json()["events"][1]
    one = client.get("/api/events/ev-market-wire").json()
    assert [s["doc_id"] for s in one["sources"]] == ["wire"]
