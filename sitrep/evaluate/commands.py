"""`sitrep eval events|geo GOLD.jsonl`: print metrics, optionally check pinned floors."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

gold_argument = click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
floors_option = click.option(
    "--floors",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON file of minimum scores; exit 1 when a score falls below its floor.",
)


@click.group(name="eval")
def evaluate() -> None:
    """Score sitrep against gold data."""


@evaluate.command()
@gold_argument
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N records.")
@floors_option
@click.option("--gazetteer", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--errors",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write each record's gold and predicted fields (JSON Lines) for error analysis.",
)
def events(
    gold: Path,
    limit: int | None,
    floors: Path | None,
    gazetteer: Path | None,
    errors: Path | None,
) -> None:
    """Event coding: detection, type, sub-type F1, actors, place, fatalities, dates."""
    report = run_event_eval(gold, limit=limit, gazetteer=gazetteer, errors=errors)
    click.echo(json.dumps(report, indent=2))
    check_floors(report, floors, "events")


def run_event_eval(
    gold: Path, *, limit: int | None, gazetteer: Path | None, errors: Path | None = None
) -> dict[str, Any]:
    """Run the pipeline over the gold texts and score the first event of each."""
    from sitrep.evaluate.events import Scores, as_documents, comparison, read_gold, score_record
    from sitrep.pipeline import Extractor, Result, run_extraction

    records = list(itertools.islice(read_gold(gold), limit))
    extractor = Extractor.load(gazetteer=gazetteer, progress=_progress)
    scores = Scores()
    dump = errors.open("w", encoding="utf-8") if errors else None
    try:
        places = _place_checker(extractor)
        results = run_extraction(extractor, as_documents(records))
        for record, result in zip(records, results, strict=True):
            events = list(result.events) if isinstance(result, Result) else []
            score_record(scores, record, events, places=places)
            if dump:
                dump.write(
                    json.dumps(comparison(record, events, places=places), ensure_ascii=False) + "\n"
                )
    finally:
        extractor.close()
        if dump:
            dump.close()
    return {"records": len(records), **scores.report()}


def _place_checker(extractor: Any) -> Callable[[str, float, float], bool]:
    from sitrep.evaluate.events import NEAR_KM, km

    def known(name: str, lat: float, lon: float) -> bool:
        return any(
            c.place.latitude is not None
            and km(lat, lon, c.place.latitude, c.place.longitude) < NEAR_KM
            for c in extractor.gazetteer.lookup(name)
        )

    return known


def check_floors(report: dict[str, Any], floors: Path | None, section: str) -> None:
    """Exit 1 with one line per regression when a floors file is given."""
    if floors is None:
        return
    from sitrep.evaluate.gate import below_floor, load_floors

    problems = below_floor(report, load_floors(floors, section))
    for line in problems:
        click.echo(f"sitrep eval: regression: {line}", err=True)
    if problems:
        sys.exit(1)
    click.echo(f"sitrep eval: all {section} scores at or above their floors", err=True)


def _progress(message: str) -> None:
    click.echo(f"sitrep: {message}", err=True)


def _attach_geo() -> None:
    from sitrep.evaluate.geo import geo

    evaluate.add_command(geo)


_attach_geo()
