"""A store of control facts for the web tests, made by the real pipeline from short reports
written for them: a town besieged then taken (and a source that disputes it), a contested
village, a range of villages one of which the gazetteer cannot place, a city in another
country, and a named operation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitrep.control.storage import after_ingest
from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction
from sitrep.store import Store

ARMY = "Military Forces of Syria (2000-2024)"
REBELS = "Opposition Rebels (Syria)"
IS_IRAQ = "Islamic State (Iraq)"

SIEGE = (
    "Government forces have encircled rebel fighters in the town of Saraqib since 1 July 2019, "
    "residents said."
)
TAKEN = "The Syrian army captured Saraqib from the rebels on August 21, 2019."
CLAIM = "Saraqib is still held by the rebels, a rebel spokesman said."
FRONT = (
    "Rebels in Kafr Nabl are dug in 500 meters from Syrian army positions, a commander said "
    "on 10 July 2019."
)
VILLAGES = "Rebels withdrew from all villages from Kafr Zita to Tell Qurra on 25 August 2019."
OPERATION = "The army launched Operation Northern Dawn on 30 April 2019 on two fronts."
RAMADI = "Islamic State fighters captured the Iraqi city of Ramadi on May 17, 2015."

REPORTS = (  # doc_id, title, text, published, source
    ("saraqib-siege", "Saraqib encircled", SIEGE, date(2019, 7, 10), "Valley Wire"),
    ("saraqib-taken", "Army takes Saraqib", TAKEN, date(2019, 8, 22), "Coast Radio"),
    ("saraqib-claim", "Rebels deny losing Saraqib", CLAIM, date(2019, 8, 23), "Hill Post"),
    ("kafr-nabl", "Front line at Kafr Nabl", FRONT, date(2019, 7, 11), "Hill Post"),
    ("villages", "Rebels pull back", VILLAGES, date(2019, 8, 26), "Valley Wire"),
    ("operation", "Operation Northern Dawn", OPERATION, date(2019, 5, 1), "Coast Radio"),
    ("ramadi", "Ramadi falls", RAMADI, date(2015, 5, 18), "River News"),
)


def build_control_store(path: Path) -> Path:
    """Run the pipeline on REPORTS and store each with its control facts and operations."""
    extractor = Extractor.load()
    try:
        documents = [
            Document(doc_id=doc_id, title=title, text=text, published=published, source=source)
            for doc_id, title, text, published, source in REPORTS
        ]
        with Store.open(path) as store:
            for result in run_extraction(extractor, documents):
                assert isinstance(result, Result), result
                save = after_ingest(result.control, result.operations)
                store.ingest(result.document, result.events, result.unresolved, after=[save])
    finally:
        extractor.close()
    return path
