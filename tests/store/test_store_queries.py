"""Filters -> SQL (pure) and filters run against a small store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from sitrep.errors import InputError
from sitrep.model import Document, Event
from sitrep.store import EventQuery, Store, build_event_sql, fts_query, plan
from sitrep.store.queries import Names, haversine_km, parse_bbox, parse_near


def test_no_filter_selects_every_merged_event_in_date_order() -> None:
    sql, params = build_event_sql(EventQuery())
    assert sql.endswith(
        "FROM clusters AS e WHERE 1 = 1 ORDER BY (COALESCE(e.event_date, e.date_start)) IS NULL, "
        "COALESCE(e.event_date, e.date_start) ASC, e.id ASC LIMIT ? OFFSET ?"
    )
    assert params == [2**62, 0]  # no limit, in a form both databases read
    sql, _ = build_event_sql(EventQuery(unmerged=True))
    assert " FROM events AS e WHERE 1 = 1 ORDER BY " in sql


def test_values_travel_as_parameters() -> None:
    hostile = "x' OR 1=1 --"
    sql, params = build_event_sql(
        EventQuery(country=hostile, actor=hostile, since=date(2024, 1, 2), limit=5, offset=10)
    )
    assert hostile not in sql
    assert params == [hostile, hostile, "2024-01-02", *[hostile] * 4, 5, 10]
    assert "(e.country = ? COLLATE NOCASE OR e.iso3 = ? COLLATE NOCASE)" in sql
    assert "COALESCE(e.date_end, e.event_date, e.date_start) >= ?" in sql


def test_descending_order_and_unknown_order() -> None:
    sql, _ = build_event_sql(EventQuery(order_by="-fatalities"))
    assert "ORDER BY e.fatalities DESC, e.id DESC" in sql  # SQLite puts NULL last
    sql, _ = build_event_sql(EventQuery(order_by="confidence"))
    assert "ORDER BY e.confidence ASC, e.id ASC" in sql  # never NULL
    with pytest.raises(InputError, match="cannot order events by 'colour'"):
        build_event_sql(EventQuery(order_by="colour"))


@pytest.mark.parametrize(
    ("bbox", "message"),
    [
        ((0, 10, 1, 5), "south <= north"),
        ((0, -95, 1, 5), "south <= north"),
        ((-200, 0, 1, 5), "longitudes must be between"),
    ],
)
def test_bad_bbox(bbox: tuple[float, float, float, float], message: str) -> None:
    with pytest.raises(InputError, match=message):
        build_event_sql(EventQuery(bbox=bbox))


def test_bad_page_and_near() -> None:
    with pytest.raises(InputError, match="limit and offset"):
        build_event_sql(EventQuery(limit=-1))
    with pytest.raises(InputError, match="radius >= 0"):
        build_event_sql(EventQuery(near=(10, 10, -1)))


def test_fts_query_quotes_words() -> None:
    assert fts_query('air strike* "NEAR" AND') == '"air" "strike"* """NEAR""" "AND"'
    with pytest.raises(InputError, match="search text is empty"):
        fts_query("   ")


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.001)
    assert haversine_km(10, 20, 10, 20) == 0


@pytest.fixture
def filled(
    store: Store, doc_a: Document, doc_b: Document, make_event: Callable[..., Event]
) -> Store:
    a = [
        make_event(
            event_id="shelling",
            event_date="2024-03-04",
            date_start="2024-03-04",
            date_end="2024-03-04",
            actor1="Aldorian Liberation Front",
            actor2="Civilians (Aldoria)",
            country="Aldoria",
            iso3="ALD",
            admin1="North",
            latitude=10.0,
            longitude=20.0,
            fatalities=2,
            confidence=0.9,
            source="Daily Wire",
        ),
        make_event(
            event_id="week",
            event_type="Battles",
            sub_event_type="Armed clash",
            date_start="2024-02-26",
            date_end="2024-03-03",
            time_precision=2,
            actor1="Forces Armées Étoile",
            country="Aldoria",
            iso3="ALD",
            latitude=10.5,
            longitude=179.9,
            fatalities=0,
            confidence=0.4,
        ),
    ]
    b = [
        make_event(
            event_id="protest",
            doc_id="doc-b",
            event_type="Protests",
            sub_event_type="Protest with intervention",
            event_date="2024-03-10",
            actor1="Protesters (Bexmoor)",
            assoc_actor_2="Police Forces of Bexmoor",
            country="Bexmoor",
            latitude=-5.0,
            longitude=-179.5,
            source="Courier; Daily Wire",
        ),
        make_event(event_id="undated", doc_id="doc-b", country="Bexmoor"),
    ]
    store.ingest(doc_a, a, [])
    store.ingest(doc_b, b, [])
    return store


def _ids(store: Store, **filters: object) -> list[str]:
    return [e.event_id for e in store.events(**filters)]  # type: ignore[arg-type]


def test_order_and_paging(filled: Store) -> None:
    assert _ids(filled) == ["week", "shelling", "protest", "undated"]
    assert _ids(filled, order_by="-event_date") == ["protest", "shelling", "week", "undated"]
    assert _ids(filled, limit=2, offset=1) == ["shelling", "protest"]
    assert _ids(filled, order_by="-fatalities") == ["shelling", "week", "undated", "protest"]


def test_country_by_name_or_code(filled: Store) -> None:
    assert _ids(filled, country="aldoria") == ["week", "shelling"]
    assert _ids(filled, country="ald") == ["week", "shelling"]
    assert _ids(filled, admin1="north") == ["shelling"]


def test_types(filled: Store) -> None:
    assert _ids(filled, event_type="Battles") == ["week"]
    assert _ids(filled, sub_event_type="protest with intervention") == ["protest"]


def test_date_ranges_overlap(filled: Store) -> None:
    assert _ids(filled, since=date(2024, 3, 3)) == ["week", "shelling", "protest"]
    assert _ids(filled, since=date(2024, 3, 4)) == ["shelling", "protest"]
    assert _ids(filled, until=date(2024, 2, 26)) == ["week"]
    assert _ids(filled, since=date(2024, 3, 1), until=date(2024, 3, 2)) == ["week"]
    assert _ids(filled, since=date(2024, 3, 5), until=date(2024, 3, 9)) == []


def test_actor_substring_any_role_any_case(filled: Store) -> None:
    assert _ids(filled, actor="liberation front") == ["shelling"]
    assert _ids(filled, actor="civilians") == ["shelling"]
    assert _ids(filled, actor="POLICE FORCES") == ["protest"]
    assert _ids(filled, actor="armées étoile".upper()) == ["week"]


def test_bbox_and_antimeridian(filled: Store) -> None:
    assert _ids(filled, bbox=(19.0, 9.0, 21.0, 11.0)) == ["shelling"]
    assert _ids(filled, bbox=(20.0, 10.0, 20.0, 10.0)) == ["shelling"]
    assert _ids(filled, bbox=(179.0, -6.0, -179.0, 11.0)) == ["week", "protest"]
    assert _ids(filled, bbox=(-10.0, -10.0, 10.0, 10.0)) == []


def test_near(filled: Store) -> None:
    assert _ids(filled, near=(10.0, 20.5, 60.0)) == ["shelling"]
    assert _ids(filled, near=(10.0, 20.5, 50.0)) == []
    assert _ids(filled, near=(10.5, -179.9, 30.0)) == ["week"]


def test_numbers_source_text(filled: Store) -> None:
    assert _ids(filled, min_fatalities=1) == ["shelling"]
    assert _ids(filled, min_fatalities=0) == ["week", "shelling"]
    assert _ids(filled, min_confidence=0.5) == ["shelling", "protest", "undated"]
    assert _ids(filled, source="daily wire") == ["shelling", "protest"]
    assert _ids(filled, text="traders killed") == ["week", "shelling"]
    assert _ids(filled, text="protest*") == ["protest", "undated"]
    assert _ids(filled, text="traders Bexmoor") == []


def test_filters_combine(filled: Store) -> None:
    assert _ids(filled, country="Aldoria", min_fatalities=1, text="market") == ["shelling"]


def test_documents_and_search(filled: Store, doc_a: Document, doc_b: Document) -> None:
    assert list(filled.documents()) == [doc_a, doc_b]
    assert list(filled.documents(source="courier")) == [doc_b]
    assert filled.document("doc-b") == doc_b
    assert filled.document("nope") is None
    (hit,) = filled.search("killed")
    assert hit.document == doc_a
    assert hit.snippet == (
        "Rebels shelled the market in Aldoria on Monday. Two traders were [killed]."
    )
    assert [h.document.doc_id for h in filled.search("market")] == ["doc-a"]


def test_max_fatalities_and_event_id(filled: Store) -> None:
    assert _ids(filled, max_fatalities=0) == ["week"]
    assert _ids(filled, min_fatalities=0, max_fatalities=2) == ["week", "shelling"]
    assert _ids(filled, event_id="protest") == ["protest"]
    assert _ids(filled, event_id="protest", unmerged=True) == ["protest"]


def test_actor_names_resolve_through_the_dictionary(store: Store, make_event: Any) -> None:
    named = {
        "e-is": "Islamic State",
        "e-sdf": "QSD: Syrian Democratic Forces",
        "e-army": "Military Forces of Syria (2000-2024) Syrian Arab Air Force",
        "e-kenya": "Police Forces of Kenya (2022-)",
    }
    for event_id, actor in named.items():
        document = Document(doc_id=event_id, text=f"About {actor}.")
        store.ingest(document, [make_event(event_id=event_id, doc_id=event_id, actor2=actor)], [])
    assert _ids(store, actor="Daesh", order_by="event_id") == ["e-is"]
    assert _ids(store, actor="ISIS", order_by="event_id") == ["e-is"]
    assert _ids(store, actor="SDF", order_by="event_id") == ["e-sdf"]
    assert _ids(store, actor="Syrian army", order_by="event_id") == ["e-army"]
    assert _ids(store, actor="Kenyan police", order_by="event_id") == ["e-kenya"]
    assert _ids(store, actor="police", order_by="event_id") == ["e-kenya"]
    assert _ids(store, actor="forces", order_by="event_id") == ["e-army", "e-kenya", "e-sdf"]
    assert _ids(store, actor="Nobody Brigade") == []


def test_merged_events_sort_and_page(store: Store, make_event: Any) -> None:
    for n, deaths in enumerate((4, 1, None, 7)):
        day = f"2024-05-{3 * n + 1:02d}"  # three days apart: four events
        for outlet in ("a", "b"):  # two reports of each event
            doc_id = f"d{n}{outlet}"
            event = make_event(
                event_id=f"{doc_id}-e",
                doc_id=doc_id,
                event_date=day,
                date_start=day,
                date_end=day,
                fatalities=None if deaths is None else deaths + (outlet == "b"),
                location="Kessa",
                source=outlet,
            )
            store.ingest(Document(doc_id=doc_id, text=f"Report {doc_id}."), [event], [])
    assert _ids(store) == ["d0a-e", "d1a-e", "d2a-e", "d3a-e"]
    assert [e.fatalities for e in store.events(order_by="-fatalities")] == [7, 4, 1, None]
    assert [e.fatalities for e in store.events(order_by="fatalities")] == [1, 4, 7, None]
    assert _ids(store, order_by="-event_date", limit=2, offset=1) == ["d2a-e", "d1a-e"]
    assert _ids(store, since=date(2024, 5, 4), until=date(2024, 5, 7)) == ["d1a-e", "d2a-e"]
    assert len(_ids(store, unmerged=True)) == 8
    assert _ids(store, min_fatalities=6) == ["d3a-e"]
    assert _ids(store, min_fatalities=5, unmerged=True) == ["d0b-e", "d3a-e", "d3b-e"]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"country": "ald"},
        {"since": date(2024, 3, 3), "until": date(2024, 3, 4)},
        {"since": date(2024, 3, 3), "order_by": "-event_date"},
        {"actor": "front"},
        {"bbox": (19.0, 9.0, 21.0, 11.0)},
        {"near": (10.5, -179.9, 30.0)},
        {"min_fatalities": 0, "order_by": "-fatalities"},
        {"text": "protest*"},
        {"source": "wire"},
        {"unmerged": True, "country": "Bexmoor"},
    ],
)
def test_both_plans_give_the_same_events(filled: Store, filters: dict[str, Any]) -> None:
    query = EventQuery(**filters)
    found = []
    for in_order in (True, False):
        names = Names(
            actors=None if query.actor is None else filled._actor_names(query.actor),
            sources=None if query.source is None else filled._source_names(query.source),
            reach=filled._reach(query),
        )
        sql, params = build_event_sql(
            query, names=names, in_order=in_order, search=filled.text_search
        )
        found.append([row[1] for row in filled.connection.execute(sql, params)])
    assert found[0] == found[1] == _ids(filled, **filters)


def test_bbox_and_near_from_the_command_line() -> None:
    assert parse_bbox("35.5, 35, 37,36.5") == (35.5, 35.0, 37.0, 36.5)
    assert parse_near("36.2,37.1,25") == (36.2, 37.1, 25.0)
    with pytest.raises(InputError, match="give 4 numbers separated by commas"):
        parse_bbox("35,35,37")
    with pytest.raises(InputError, match="give 3 numbers"):
        parse_near("north,37,25")
    with pytest.raises(InputError, match="south <= north"):
        parse_bbox("0,10,1,5")
    with pytest.raises(InputError, match="radius >= 0"):
        parse_near("10,10,-1")


def test_the_plan_sorts_a_rare_filter_and_reads_a_common_one_in_order(filled: Store) -> None:
    conn, names = filled.connection, Names(actors=["Civilians (Aldoria)"], sources=[], reach=0)

    def ordered(**filters: Any) -> bool:
        return plan.in_order(conn, EventQuery(**filters), names, cap=2, search=filled.text_search)

    assert ordered()  # no filter: read in sort order
    assert ordered(country="ALD")  # 2 rows: not fewer than the cap
    assert not ordered(admin1="north")
    assert not ordered(country="ALD", admin1="north")
    assert not ordered(actor="civilians")
    assert not ordered(source="nobody")
    assert not ordered(bbox=(19.0, 9.0, 21.0, 11.0))
    assert ordered(since=date(2024, 1, 1))
    assert not ordered(since=date(2024, 3, 10), until=date(2024, 3, 10))
    assert not ordered(min_fatalities=1)
    assert not ordered(text="traders")
