"""A small store written for the web tests (no NLP needed): reports, events, one name
the gazetteer could not resolve, and a second report of one event (merged by the store)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitrep.model import Document, Event, Evidence, Toponym
from sitrep.store import Store

RIVERTON = "Riverton\n\nGunmen attacked a market in Lakeside on Monday, killing 3 traders."
HILLFORD = "Army retakes Hillford\n\nSoldiers clashed with rebels in Hillford on 2 May 2024."
WIRE = "Three traders were killed when gunmen attacked Lakeside market on 4 March."
MARCH = "Students marched in Port Amber on Friday. Police arrested 4 of them in Zorbiville."


def span(text: str, words: str, role: str) -> Evidence:
    start = text.index(words)
    return Evidence(start=start, end=start + len(words), text=words, role=role)


def event(doc_id: str, text: str, **fields: object) -> Event:
    evidence = tuple(span(text, w, r) for w, r in fields.pop("spans", ()))  # type: ignore[attr-defined]
    return Event(doc_id=doc_id, evidence=evidence, **fields)  # type: ignore[arg-type]


DOCUMENTS = (
    Document(doc_id="riverton", text=RIVERTON, title="Riverton", published=date(2024, 3, 5),
             source="Lakeside Gazette", url="https://example.org/riverton"),
    Document(doc_id="hillford", text=HILLFORD, title="Army retakes Hillford",
             published=date(2024, 5, 3), source="Wire"),
    Document(doc_id="march", text=MARCH, published=date(2024, 5, 11), source="Wire"),
    Document(doc_id="wire", text=WIRE, published=date(2024, 3, 6), source="Coast Radio"),
)  # fmt: skip

EVENTS = {
    "riverton": [
        event("riverton", RIVERTON, event_id="ev-market", event_date="2024-03-04",
              date_start="2024-03-04", date_end="2024-03-04", time_precision=1,
              event_type="Violence against civilians", sub_event_type="Attack",
              actor1="Unidentified Armed Group (Kenya)", inter1=3, actor2="Civilians (Kenya)",
              inter2=7, country="Kenya", iso3="KEN", admin1="Nairobi", location="Lakeside",
              latitude=-1.3, longitude=36.8, geo_precision=1, fatalities=3, confidence=0.8,
              notes="Gunmen attacked a market.",
              spans=[("attacked", "trigger"), ("Gunmen", "actor1"), ("Lakeside", "location"),
                     ("3", "fatalities")]),
    ],
    "hillford": [
        event("hillford", HILLFORD, event_id="ev-clash", event_date="2024-05-02",
              date_start="2024-05-02", date_end="2024-05-02", time_precision=1,
              event_type="Battles", sub_event_type="Armed clash",
              actor1="Military Forces of Sudan", inter1=1, actor2="Rebels", inter2=2,
              country="Sudan", iso3="SDN", admin1="Khartoum", location="Hillford",
              latitude=15.6, longitude=32.5, geo_precision=2, confidence=0.7,
              spans=[("clashed", "trigger"), ("Soldiers", "actor1"), ("rebels", "actor2")]),
    ],
    "march": [
        event("march", MARCH, event_id="ev-march", date_start="2024-05-06",
              date_end="2024-05-12", time_precision=2, event_type="Protests",
              sub_event_type="Peaceful protest", actor1="Protesters (Kenya)", inter1=6,
              country="Kenya", iso3="KEN", location="Port Amber", latitude=-4.0,
              longitude=39.6, geo_precision=1, confidence=0.6,
              spans=[("marched", "trigger"), ("Students", "actor1")]),
        event("march", MARCH, event_id="ev-arrest", event_type="Strategic developments",
              sub_event_type="Arrests", actor1="Police Forces of Kenya", inter1=1,
              country="Kenya", iso3="KEN", confidence=0.5, spans=[("arrested", "trigger")]),
    ],
    "wire": [  # the market attack again, from another outlet: merged with ev-market
        event("wire", WIRE, event_id="ev-market-wire", event_date="2024-03-04",
              date_start="2024-03-04", date_end="2024-03-04", time_precision=1,
              event_type="Violence against civilians", sub_event_type="Attack",
              actor1="Unidentified Armed Group (Kenya)", inter1=3, actor2="Civilians (Kenya)",
              inter2=7, country="Kenya", iso3="KEN", admin1="Nairobi", location="Lakeside",
              latitude=-1.3, longitude=36.8, geo_precision=1, fatalities=3, confidence=0.7,
              spans=[("attacked", "trigger"), ("Three", "fatalities")]),
    ],
}  # fmt: skip

UNRESOLVED = Toponym(
    start=MARCH.index("Zorbiville"),
    end=MARCH.index("Zorbiville") + 10,
    text="Zorbiville",
    sentence="Police arrested 4 of them in Zorbiville.",
)


def build_store(path: Path | str) -> Path | str:
    with Store.open(path) as store:
        for document in DOCUMENTS:
            unresolved = [UNRESOLVED] if document.doc_id == "march" else []
            store.ingest(document, EVENTS[document.doc_id], unresolved)
    return path
