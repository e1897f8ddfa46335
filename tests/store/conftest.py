"""Small documents and events written for the store tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from postgres_fixture import store_url

from sitrep.model import Document, Event, Evidence
from sitrep.store import Store

__all__ = ["store_url"]

TEXT_A = "Rebels shelled the market in Aldoria on Monday. Two traders were killed."
TEXT_B = "Police dispersed a protest in Bexmoor. Nobody was hurt."


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An empty store on each backend: a SQLite file, then PostgreSQL."""
    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture
def make_event() -> Callable[..., Event]:
    def make(**fields: Any) -> Event:
        values: dict[str, Any] = {
            "event_id": "ev-1",
            "doc_id": "doc-a",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "evidence": (Evidence(start=7, end=14, text="shelled", role="trigger"),),
        }
        values.update(fields)
        return Event(**values)

    return make


@pytest.fixture
def doc_a() -> Document:
    return Document(doc_id="doc-a", text=TEXT_A, title="Market shelled", source="Daily Wire")


@pytest.fixture
def doc_b() -> Document:
    return Document(doc_id="doc-b", text=TEXT_B, title="Protest in Bexmoor", source="Courier")
