"""Fixtures for the web tests: the test store and clients over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from control_store import build_control_store
from postgres_fixture import postgres_url, store_url
from web_store import build_store

from sitrep.web import WebSettings, create_app

warnings.filterwarnings("ignore", message="Using `httpx`")
from fastapi.testclient import TestClient  # noqa: E402

__all__ = ["store_url"]


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def store_path(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path | str]:
    """The test store, as a SQLite file and then in PostgreSQL: the API must not differ."""
    if request.param == "sqlite":
        yield build_store(tmp_path_factory.mktemp("web") / "web.db")
        return
    with postgres_url() as url:
        yield build_store(url)


@pytest.fixture(scope="session")
def client(store_path: Path | str) -> TestClient:
    return TestClient(create_app(WebSettings(db=store_path, default_page_size=2, max_page_size=50)))


@pytest.fixture()
def edit_client(store_url: str) -> TestClient:
    db = build_store(store_url)
    return TestClient(create_app(WebSettings(db=db, allow_edit=True)))


@pytest.fixture(scope="session")
def control_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of control facts made by the real pipeline (loads the spaCy model once)."""
    return build_control_store(tmp_path_factory.mktemp("control") / "control.db")


@pytest.fixture(scope="session")
def control_client(control_store_path: Path) -> TestClient:
    return TestClient(create_app(WebSettings(db=control_store_path)))
