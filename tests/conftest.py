"""Shared fixtures: the real spaCy model, loaded once per test session."""

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from sitrep.annotate import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"development data not present at {SHARED_DATA}")
    return SHARED_DATA
