"""Helpers for command tests: run `sitrep` in-process and read what it printed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

DATA = Path(__file__).resolve().parents[1] / "data"
REPORTS = DATA / "reports"
WIRE = DATA / "wire.jsonl"
CLASH = REPORTS / "wad-madani-clash.txt"


@dataclass(frozen=True)
class Run:
    """What a command did: exit code, stdout, stderr lines."""

    code: int
    out: str
    err: str
    exception: BaseException | None

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    def jsonl(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def sitrep(*args: str | Path, stdin: str | bytes | None = None) -> Run:
    """Invoke `sitrep ARGS` in-process."""
    from sitrep.cli import main

    result: Result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    unexpected = result.exception if not isinstance(result.exception, SystemExit) else None
    return Run(result.exit_code, result.stdout, result.stderr, unexpected)


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
