"""PLOVER JSON export: field names from the PLOVER manual, sitrep's extensions, skipped events."""

from __future__ import annotations

import io
import json
from dataclasses import replace

from sitrep.model import Event, Evidence
from sitrep.plover import plover_record, write_plover


def test_shelling_record_has_plover_fields(shelling: Event) -> None:
    event = replace(
        shelling,
        plover="FIGHT/heavy-weapons",
        assoc_actor_1="Militia A; Militia B",
        evidence=(*shelling.evidence, Evidence(start=40, end=45, text="army", role="actor1")),
    )
    record = plover_record(event, coder="sitrep test")
    assert record == {
        "id": "a1b2c3",
        "date": "2024-03-04",
        "source": [
            {
                "identifier_text": "Military Forces of Syria (2000-)",
                "actor_text": "army",
                "sector": "MIL",
            },
            {"identifier_text": "Militia A"},
            {"identifier_text": "Militia B"},
        ],
        "recipient": [{"identifier_text": "Civilians (Syria)", "sector": "CVL"}],
        "event": ["FIGHT"],
        "mode": "heavy-weapons",
        "quad_code": 4,
        "event_loc": {
            "geonameid": 123456,
            "name": "Kafr Test",
            "latitude": 35.8125,
            "longitude": 36.6,
            "cc3": "SYR",
            "country": "Syria",
            "admin1": "Idleb",
            "admin2": "Ariha",
            "geo_precision": 1,
        },
        "event_text": ["Shelling"],
        "text_info": {"start": 0, "end": 8},
        "dead": 2,
        "cite_info": {
            "coder": "sitrep test",
            "codebook": "plover-base (sitrep mapping from ACLED sub-event types)",
            "url": "https://example.org/7",
            "publication": "Daily Wire",
        },
        "acled": {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "cameo": "19",
        },
        "confidence": 0.8,
        "doc_id": "report-7",
        "tags": ["siege", "framing:gangs"],
    }


def test_date_range_gives_enddate_and_police_are_cop(undated_protest: Event) -> None:
    event = replace(
        undated_protest,
        plover="COERCE",
        actor1="Police Forces of Kenya (2022-)",
        inter1=1,
        date_start="2024-07-01",
        date_end="2024-07-07",
    )
    record = plover_record(event)
    assert record is not None
    assert (record["date"], record["enddate"]) == ("2024-07-01", "2024-07-07")
    assert record["source"] == [
        {"identifier_text": "Police Forces of Kenya (2022-)", "sector": "COP"}
    ]
    assert "recipient" not in record and "dead" not in record and "event_loc" in record


def test_writer_skips_events_without_a_plover_category(
    shelling: Event, undated_protest: Event
) -> None:
    out = io.StringIO()
    result = write_plover([shelling, undated_protest], out)
    assert (result.written, result.skipped) == (1, 1)
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a1b2c3"]
    assert json.loads(lines[0])["cite_info"]["coder"].startswith("sitrep")
