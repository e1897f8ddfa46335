"""The command-line options of `sitrep extract` and `sitrep run` for speed and scale.

Light on purpose (click only): cli.py imports it at start-up.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from sitrep.runner import Tally
    from sitrep.scale.plan import Scale

scale_options_list = (
    click.option(
        "--processes",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Extract in N local processes (one machine).",
    ),
    click.option(
        "--workers",
        type=click.IntRange(min=1),
        help="Extract on a local Dask cluster of N worker processes (needs dask[distributed]).",
    ),
    click.option(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="Extract on the Dask cluster behind this scheduler.",
    ),
    click.option(
        "--no-prefilter",
        is_flag=True,
        help="Parse every document, even those with no sign of conflict.",
    ),
    click.option("--no-progress", is_flag=True, help="No progress bar, even on a terminal."),
)


def scale_options(command: Any) -> Any:
    """--processes, --workers, --scheduler, --no-prefilter, --no-progress."""
    for option in reversed(scale_options_list):
        command = option(command)
    return command


def plan_run(
    paths: tuple[str, ...],
    *,
    processes: int,
    workers: int | None,
    scheduler: str | None,
    no_prefilter: bool,
    quiet: bool = False,
    no_progress: bool = False,
) -> tuple[Scale, bool, Tally]:
    """Where to run, whether to prefilter, and a tally with a progress bar on a terminal."""
    from sitrep.runner import Tally
    from sitrep.scale.plan import Scale
    from sitrep.scale.progress import Progress, count_documents, shown_on

    plan = Scale(processes=processes, workers=workers, scheduler=scheduler)
    shown = shown_on(sys.stderr, quiet=quiet or no_progress)
    total = count_documents(paths) if shown else None
    progress = Progress(total=total, enabled=shown)
    return plan, not no_prefilter, Tally(progress=progress)
