"""Golden reports written for the project (tests/pipeline/golden/reports.jsonl): each short
invented report, run through the whole pipeline, gives exactly the events a careful coder would
write down. They cover every event type, passive voice, several events in one report, one event
told twice, denials, threats, figurative language and weekday dates."""

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.model import Document
from sitrep.pipeline import Result, run_extraction

GOLDEN = Path(__file__).resolve().parent / "golden" / "reports.jsonl"
FIELDS = (
    "sub_event_type", "actor1", "actor2", "location", "date_start", "date_end", "fatalities",
    "claimed_by", "tags",
)  # fmt: skip
REPORTS = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def coded(extractor):
    documents = [
        Document(doc_id=r["id"], text=r["text"], published=date.fromisoformat(r["published"]))
        for r in REPORTS
    ]
    results = list(run_extraction(extractor, documents))
    assert all(isinstance(r, Result) for r in results)
    return {r.document.doc_id: r for r in results if isinstance(r, Result)}


@pytest.mark.parametrize("report", REPORTS, ids=[r["id"] for r in REPORTS])
def test_golden_report_gives_exactly_these_events(coded, report):
    got = [
        {f: list(getattr(e, f)) if f == "tags" else getattr(e, f) for f in FIELDS}
        for e in coded[report["id"]].events
    ]
    assert got == report["expected"]


def test_golden_set_covers_what_the_issue_asks():
    types = {e["sub_event_type"] for r in REPORTS for e in r["expected"]}
    assert len(REPORTS) >= 20
    assert {
        "Armed clash",
        "Attack",
        "Peaceful protest",
        "Violent demonstration",
        "Arrests",
    } <= types
    assert any(not r["expected"] for r in REPORTS)  # denials, threats, figures of speech
    assert any(len(r["expected"]) > 1 for r in REPORTS)  # several events in one report
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert all(any(d in r["text"] for d in days) for r in REPORTS if r["expected"])
