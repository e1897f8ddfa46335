"""A progress bar for long runs: count, rate and time left, on stderr when it is a terminal.

Quiet when stderr is piped or redirected, or with `--quiet`; it never writes to stdout, which
carries the events. The total comes from a quick count of files and JSON Lines lines.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

WIDTH = 24  # characters of the bar itself
EVERY = 0.25  # seconds between redraws
KINDS = (".txt", ".html", ".htm", ".jsonl")


@dataclass(slots=True)
class Progress:
    """Draws `done/total  rate  ETA` on one line; `close()` clears it."""

    total: int | None = None
    out: TextIO = field(default_factory=lambda: sys.stderr)
    enabled: bool = True
    clock: Callable[[], float] = time.monotonic
    done: int = 0
    started: float = 0.0
    first: float = -1.0  # when the first document came (the rate leaves loading out)
    drawn: float = -1.0

    def __post_init__(self) -> None:
        self.started = self.clock()

    def advance(self, count: int = 1) -> None:
        now = self.clock()
        if self.first < 0:
            self.first = now
        self.done += count
        if self.enabled and (
            self.drawn < 0 or now - self.drawn >= EVERY or self.done == self.total
        ):
            self.drawn = now
            self.out.write("\r" + self.line(now) + "\x1b[K")
            self.out.flush()

    def line(self, now: float) -> str:
        """The text of the bar at a moment."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.rate(now)
        shown = f"{self.done:,}" + (f"/{self.total:,}" if self.total else "")
        speed = f"{rate:,.1f}/s" if rate else "--/s"
        text = f"sitrep: {shown} documents  {speed}  {_clock(elapsed)} elapsed"
        if self.total and self.done <= self.total:
            left = (self.total - self.done) / rate if rate else None
            filled = round(WIDTH * self.done / self.total)
            bar = "#" * filled + "." * (WIDTH - filled)
            text = f"[{bar}] {text}  ETA {_clock(left) if left is not None else '--:--'}"
        return text

    def rate(self, now: float) -> float | None:
        """Documents a second since the first one came (None until two have)."""
        if self.done < 2 or now <= self.first:
            return None
        return (self.done - 1) / (now - self.first)

    def clear(self) -> None:
        """Wipe the bar (before another line is printed); the next advance redraws it."""
        if self.enabled and self.drawn >= 0:
            self.out.write("\r\x1b[K")
            self.out.flush()
            self.drawn = -1.0

    close = clear

    def pace(self) -> str:
        """Elapsed time and mean rate, for the summary line."""
        elapsed = max(self.clock() - self.started, 1e-9)
        return f"{_clock(elapsed)} at {self.done / elapsed:,.1f} documents/s"


def shown_on(stream: TextIO, *, quiet: bool) -> bool:
    """Whether a bar belongs on this stream: a terminal, and not asked to be quiet."""
    if quiet or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def count_documents(paths: Sequence[str]) -> int | None:
    """How many documents PATHS hold (files, and lines of .jsonl files); None for stdin."""
    total = 0
    for given in paths:
        if given == "-":
            return None
        path = Path(given)
        files = sorted(_files(path)) if path.is_dir() else [path]
        total += sum(_documents_in(f) for f in files)
    return total


def _files(folder: Path) -> list[Path]:
    return [
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in KINDS
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]


def _documents_in(path: Path) -> int:
    if path.suffix.lower() != ".jsonl":
        return 1
    try:
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1  # it becomes one failure


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
