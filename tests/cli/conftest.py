"""Fixtures for end-to-end command tests: the mini gazetteer, a quiet environment, helpers.

Commands run in-process through click's CliRunner. The spaCy model is loaded once per session
(`nlp` from tests/conftest.py) and handed to every Extractor, so each command costs only its
own work; the subprocess tests load everything for real.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gazetteer_fixture import build_mini_gazetteer


@pytest.fixture(scope="session")
def mini_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_gazetteer(tmp_path_factory.mktemp("gazetteer") / "mini.sqlite")


@pytest.fixture(scope="module", autouse=True)
def cli_environment(
    mini_gazetteer: Path, nlp: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """Every command in this folder uses the mini gazetteer, the loaded model, a scratch cwd."""
    work = tmp_path_factory.mktemp("cwd")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITREP_GAZETTEER", str(mini_gazetteer))
        patch.delenv("SITREP_DB", raising=False)
        patch.setattr("sitrep.annotate.load_pipeline", lambda model=None: nlp)
        patch.chdir(work)
        yield work
