"""`sitrep serve`: checks the store first, binds to localhost by default, read-only by default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner

from sitrep.errors import StoreError
from sitrep.web.commands import serve


def run_serve(monkeypatch, *args: str) -> tuple[Any, dict[str, Any]]:
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **options: Any) -> None:
        seen.update(options, app=app)

    monkeypatch.setattr("uvicorn.run", fake_run)
    return CliRunner().invoke(serve, list(args)), seen


def test_defaults_are_localhost_and_read_only(monkeypatch, store_path: Path):
    result, seen = run_serve(monkeypatch, "--db", str(store_path))
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8000)
    settings = seen["app"].state.sitrep.settings
    assert settings.allow_edit is False
    assert settings.max_upload_bytes == 2 * 1024 * 1024
    assert f"serving {store_path} at http://127.0.0.1:8000/" in result.output


def test_options(monkeypatch, store_path: Path):
    result, seen = run_serve(
        monkeypatch, "--db", str(store_path), "--host", "0.0.0.0", "--port", "9001",
        "--allow-edit", "--max-upload-mb", "0.5",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("0.0.0.0", 9001)
    settings = seen["app"].state.sitrep.settings
    assert settings.allow_edit is True
    assert settings.max_upload_bytes == 512 * 1024


def test_a_missing_store_is_refused_before_serving(monkeypatch, tmp_path: Path):
    result, seen = run_serve(monkeypatch, "--db", str(tmp_path / "none.db"))
    assert isinstance(result.exception, StoreError)
    missing = tmp_path / "none.db"
    assert str(result.exception) == (
        f"no database at {missing}: run `sitrep run PATHS --db {missing}` first"
    )
    assert seen == {}


def test_bad_port_is_a_usage_error(monkeypatch, store_path: Path):
    result, _ = run_serve(monkeypatch, "--db", str(store_path), "--port", "70000")
    assert result.exit_code == 2
    assert "70000" in result.output
