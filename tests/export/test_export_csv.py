"""ACLED-compatible CSV: header, derived columns, reading back."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.export import CSV_COLUMNS, CountryCodes, csv_row, read_csv, write_csv
from sitrep.model import Event, Evidence

HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp,"
    "event_id,doc_id,source_url,date_start,date_end,iso3,geonameid,confidence,claimed_by,"
    "plover,cameo,evidence,sources,outlets"
)

CODES = CountryCodes.load()


def _csv(events: list[Event], **options: int) -> str:
    out = io.StringIO(newline="")
    result = write_csv(events, out, codes=CODES, **options)
    assert result.written == len(events)
    return out.getvalue()


def test_exact_header() -> None:
    assert _csv([]) == HEADER + "\r\n"


def test_row_reads_back_with_dictreader(shelling: Event, undated_protest: Event) -> None:
    text = _csv([shelling, undated_protest], timestamp=1710000000)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert rows[0] == {
        "event_id_cnty": "SYRa1b2c3",
        "event_date": "2024-03-04",
        "year": "2024",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Military Forces of Syria (2000-)",
        "assoc_actor_1": "",
        "inter1": "1",
        "actor2": "Civilians (Syria)",
        "assoc_actor_2": "",
        "inter2": "7",
        "interaction": "17",
        "civilian_targeting": "Civilian targeting",
        "iso": "760",
        "region": "Middle East",
        "country": "Syria",
        "admin1": "Idleb",
        "admin2": "Ariha",
        "admin3": "",
        "location": "Kafr Test",
        "latitude": "35.8125",
        "longitude": "36.6",
        "geo_precision": "1",
        "source": "Daily Wire",
        "source_scale": "",
        "notes": 'Shelling hit "the market", killing two.',
        "fatalities": "2",
        "tags": "siege; framing:gangs",
        "timestamp": "1710000000",
        "event_id": "a1b2c3",
        "doc_id": "report-7",
        "source_url": "https://example.org/7",
        "date_start": "2024-03-04",
        "date_end": "2024-03-04",
        "iso3": "SYR",
        "geonameid": "123456",
        "confidence": "0.8",
        "claimed_by": "",
        "plover": "ASSAULT",
        "cameo": "19",
        "evidence": json.dumps(
            [
                {"start": 0, "end": 8, "text": "Shelling", "role": "trigger"},
                {"start": 32, "end": 35, "text": "two", "role": "fatalities"},
            ]
        ),
        "sources": "",
        "outlets": "",
    }
    protest = rows[1]
    assert protest["notes"] == "Teachers marched,\nthen went home."
    assert (protest["event_id_cnty"], protest["iso"], protest["iso3"]) == ("KENp9", "404", "KEN")
    assert (protest["region"], protest["disorder_type"]) == ("Eastern Africa", "Demonstrations")
    assert (protest["inter1"], protest["inter2"], protest["interaction"]) == ("6", "0", "60")
    assert (protest["year"], protest["event_date"], protest["civilian_targeting"]) == ("", "", "")


def test_derived_columns_for_ranges_and_unknowns(shelling: Event) -> None:
    week = replace(shelling, event_date=None, date_start="2023-12-30", date_end="2024-01-05")
    assert csv_row(week, codes=CODES)["year"] == ""
    month = replace(week, date_start="2024-02-01", date_end="2024-02-29")
    assert csv_row(month, codes=CODES)["year"] == "2024"
    odd = replace(shelling, sub_event_type="Battle-No change of territory", inter2=9, iso3=None)
    row = csv_row(odd, codes=CODES)
    assert (row["disorder_type"], row["interaction"], row["civilian_targeting"]) == ("", "", "")
    assert (row["iso3"], row["iso"], row["region"]) == ("SYR", "760", "Middle East")
    nowhere = replace(shelling, iso3=None, country="Atlantis")
    assert csv_row(nowhere, codes=CODES)["iso"] == ""
    assert csv_row(nowhere, codes=CODES)["event_id_cnty"] == "a1b2c3"


def test_round_trip(shelling: Event, undated_protest: Event) -> None:
    text = _csv([shelling, undated_protest])
    back = list(read_csv(io.StringIO(text, newline="")))
    assert back[0] == shelling
    assert back[1] == replace(undated_protest, iso3="KEN")  # filled in from the country name


def test_merged_event_round_trips_with_its_sources(shelling: Event) -> None:
    merged = replace(
        shelling,
        sources=("report-7", "report-9"),
        outlets=2,
        evidence=(Evidence(start=3, end=9, text="shells", role="trigger", doc_id="report-9"),),
    )
    text = _csv([merged])
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    assert (row["sources"], row["outlets"]) == ("report-7; report-9", "2")
    assert json.loads(row["evidence"])[0]["doc_id"] == "report-9"
    assert list(read_csv(io.StringIO(text, newline=""))) == [merged]


def test_an_export_from_before_merging_still_reads(shelling: Event) -> None:
    text = _csv([shelling])
    header, row = text.split("\r\n")[:2]
    old = header.removesuffix(",sources,outlets") + "\r\n" + row.removesuffix(",,") + "\r\n"
    assert list(read_csv(io.StringIO(old, newline=""))) == [shelling]


def test_read_csv_rejects_other_files() -> None:
    with pytest.raises(
        InputError,
        match=r"not a sitrep CSV export \(missing columns: event_id, doc_id, source, "
        r"source_url, date_start, ...\)",
    ):
        list(read_csv(io.StringIO("event_id_cnty,event_date\r\nX1,2024-01-01\r\n")))
    bad = HEADER + "\r\n" + ",".join(["x"] * len(CSV_COLUMNS)) + "\r\n"
    with pytest.raises(InputError, match="^line 2: .*fix or remove this row"):
        list(read_csv(io.StringIO(bad)))


cell = st.text(
    st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=20
)
value = st.none() | cell.filter(bool)
code = st.none() | st.integers(min_value=1, max_value=8)
events = st.builds(
    Event,
    event_id=cell,
    doc_id=cell,
    source=value,
    event_date=value,
    event_type=cell,
    sub_event_type=st.sampled_from(["Armed clash", "Attack", "Peaceful protest", "Other"]),
    actor1=value,
    inter1=code,
    actor2=value,
    inter2=code,
    country=value,
    iso3=st.none() | st.sampled_from(["SYR", "KEN", "UKR"]),
    latitude=st.none() | st.floats(min_value=-90, max_value=90),
    longitude=st.none() | st.floats(min_value=-180, max_value=180),
    fatalities=st.none() | st.integers(min_value=0, max_value=10**6),
    notes=cell,
    evidence=st.lists(
        st.builds(
            Evidence, start=st.integers(0, 10**6), end=st.integers(0, 10**6), text=cell, role=cell
        ),
        max_size=3,
    ).map(tuple),
    confidence=st.floats(min_value=0, max_value=1),
    tags=st.lists(cell.filter(lambda t: t and "; " not in t), max_size=3).map(tuple),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(events, max_size=3))
def test_round_trip_property(originals: list[Event]) -> None:
    # events whose country lookup would fill iso3 are compared with that filled in
    expected = [e if e.iso3 else replace(e, iso3=CODES.iso3(e)) for e in originals]
    assert list(read_csv(io.StringIO(_csv(originals), newline=""))) == expected


@pytest.mark.devdata
def test_regions_agree_with_acled_records() -> None:
    gold = Path(__file__).resolve().parents[3] / "shared/data/events/acled_dev.jsonl"
    if not gold.exists():
        pytest.skip("../shared/data is absent")
    checked = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)["gold"]
        if record.get("disorder_type") is None:
            continue  # older records use ACLED's older region names
        event = Event(
            event_id="x",
            doc_id="d",
            event_type="",
            sub_event_type="",
            country=record["country"],
            iso3=record["iso3"],
        )
        assert csv_row(event, codes=CODES)["region"] == record["region"], record["country"]
        checked += 1
    assert checked > 1000
