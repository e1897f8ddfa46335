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
@click.option(
    "--fit-calibration",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Fit the confidence calibration table on this gold set and write it to this file.",
)
@click.option(
    "--without-outlets",
    is_flag=True,
    help="Score as if the notes named no outlet (their `source` field unread).",
)
def events(
    gold: Path,
    limit: int | None,
    floors: Path | None,
    gazetteer: Path | None,
    errors: Path | None,
    fit_calibration: Path | None,
    without_outlets: bool,
) -> None:
    """Event coding: detection, type, sub-type F1, actors, place, fatalities, dates, and how
    well the confidence is calibrated."""
    report, samples = run_event_eval(
        gold, limit=limit, gazetteer=gazetteer, errors=errors, outlets=not without_outlets
    )
    report["calibration"] = calibration_report(samples, fit_to=fit_calibration)
    click.echo(json.dumps(report, indent=2))
    check_floors(report, floors, "events")


def run_event_eval(
    gold: Path,
    *,
    limit: int | None,
    gazetteer: Path | None,
    errors: Path | None = None,
    outlets: bool = True,
) -> tuple[dict[str, Any], list[Any]]:
    """Run the pipeline (raw, uncalibrated confidence) over the gold texts and score the first
    event of each; also return each first event as a calibration Sample."""
    from sitrep.evaluate.events import as_documents, read_gold
    from sitrep.pipeline import Extractor

    records = list(itertools.islice(read_gold(gold), limit))
    extractor = Extractor.load(gazetteer=gazetteer, progress=_progress, calibrated=False)
    dump = errors.open("w", encoding="utf-8") if errors else None
    try:
        documents = as_documents(records, outlets=outlets)
        scores, samples = _score_all(extractor, records, documents, dump)
    finally:
        extractor.close()
        if dump:
            dump.close()
    return {"records": len(records), **scores.report()}, samples


def _score_all(extractor: Any, records: list[Any], documents: Any, dump: Any) -> tuple[Any, list]:
    from sitrep.evaluate.events import Scores, coded_right, comparison, score_record
    from sitrep.extract.confidence import Sample
    from sitrep.pipeline import Result, run_extraction

    scores, samples = Scores(), []
    places = _place_checker(extractor)
    for record, result in zip(records, run_extraction(extractor, documents), strict=True):
        events = list(result.events) if isinstance(result, Result) else []
        score_record(scores, record, events, places=places)
        if events:
            first = events[0]
            right = coded_right(record, first)
            samples.append(Sample(first.sub_event_type, first.confidence, right))
        if dump:
            line = json.dumps(comparison(record, events, places=places), ensure_ascii=False)
            dump.write(line + "\n")
    return scores, samples


@evaluate.command()
@gold_argument
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N records.")
@floors_option
@click.option("--gazetteer", type=click.Path(dir_okay=False, path_type=Path))
def plover(gold: Path, limit: int | None, floors: Path | None, gazetteer: Path | None) -> None:
    """PLOVER category accuracy of each sentence's first event (PLOVER gold records), over all
    records and over those whose category an ACLED event can have."""
    from sitrep.evaluate.plover import PloverScores, as_documents, predicted_category, read_plover
    from sitrep.pipeline import Extractor, Result, run_extraction

    records = list(itertools.islice(read_plover(gold), limit))
    extractor = Extractor.load(gazetteer=gazetteer, progress=_progress, calibrated=False)
    scores = PloverScores()
    try:
        results = run_extraction(extractor, as_documents(records))
        for record, result in zip(records, results, strict=True):
            events = result.events if isinstance(result, Result) else ()
            scores.add(record.category, predicted_category(events))
    finally:
        extractor.close()
    report = scores.report()
    click.echo(json.dumps(report, indent=2))
    check_floors(report, floors, "plover")


def calibration_report(samples: list[Any], *, fit_to: Path | None = None) -> dict[str, Any]:
    """Reliability of the shipped table and of a table cross-fitted on these samples (two
    folds, so no sample is judged by a table fitted to it); with `fit_to`, write a new table."""
    from sitrep.extract.confidence import Calibration, cross_fitted, fit, reliability

    shipped = Calibration.load()
    report = {
        "shipped": reliability((shipped.apply(s.sub_event_type, s.raw), s.right) for s in samples),
        "cross_fitted": reliability(cross_fitted(samples)),
    }
    if fit_to is not None:
        fit_to.write_text(json.dumps(fit(samples).to_json(), indent=1, sort_keys=True) + "\n")
    return report


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
