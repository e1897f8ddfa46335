"""The progress bar: drawn only on a terminal, with count, rate and time left."""

import io
from pathlib import Path

from sitrep.scale.progress import Progress, count_documents, shown_on


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_shows_count_rate_and_eta() -> None:
    clock = Clock()
    bar = Progress(total=100, out=io.StringIO(), clock=clock)
    clock.now += 5  # loading: not counted in the rate
    bar.advance()
    clock.now += 10
    bar.advance(24)
    assert bar.line(clock.now) == (
        "[######..................] sitrep: 25/100 documents  2.4/s  00:15 elapsed  ETA 00:31"
    )


def test_no_rate_or_eta_before_two_documents() -> None:
    clock = Clock()
    bar = Progress(total=10, out=io.StringIO(), clock=clock)
    clock.now += 3
    bar.advance()
    assert bar.line(clock.now) == (
        "[##......................] sitrep: 1/10 documents  --/s  00:03 elapsed  ETA --:--"
    )


def test_without_a_total_there_is_no_bar_or_eta() -> None:
    clock = Clock()
    bar = Progress(total=None, out=io.StringIO(), clock=clock)
    bar.advance()
    clock.now += 3725
    bar.advance(7449)
    assert bar.line(clock.now) == "sitrep: 7,450 documents  2.0/s  1:02:05 elapsed"


def test_advance_redraws_at_most_four_times_a_second_and_close_clears() -> None:
    clock, out = Clock(), io.StringIO()
    bar = Progress(total=3, out=out, clock=clock)
    bar.advance()
    bar.advance()  # same instant: not redrawn
    clock.now += 1
    bar.advance()
    bar.close()
    assert out.getvalue().count("\r[") == 2
    assert out.getvalue().endswith("\r\x1b[K")


def test_a_disabled_bar_writes_nothing_but_still_counts() -> None:
    out = io.StringIO()
    bar = Progress(total=2, out=out, enabled=False)
    bar.advance(2)
    bar.close()
    assert (out.getvalue(), bar.done) == ("", 2)


def test_pace_for_the_summary() -> None:
    clock = Clock()
    bar = Progress(out=io.StringIO(), clock=clock)
    clock.now += 90
    bar.done = 450
    assert bar.pace() == "01:30 at 5.0 documents/s"


def test_shown_only_on_a_terminal_and_not_when_quiet(monkeypatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    assert shown_on(Terminal(), quiet=False)
    assert not shown_on(Terminal(), quiet=True)
    assert not shown_on(io.StringIO(), quiet=False)


def test_count_documents_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n{"id": 3}\n')
    (tmp_path / "notes.md").write_text("not a report")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("skipped")
    assert count_documents([str(tmp_path)]) == 4
    assert count_documents([str(tmp_path / "a.txt"), "-"]) is None
