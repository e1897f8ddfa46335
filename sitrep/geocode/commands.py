"""Click commands: `sitrep gazetteer build|info|import`, `sitrep geoparse PATHS`, and the
`places` subcommands `add` and `import` (`add_command`, `import_command`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from sitrep.errors import SitrepError
from sitrep.model import Document, Failure, Place

if TYPE_CHECKING:
    from sitrep.geocode.gazetteer import Gazetteer


def _stderr(message: str) -> None:
    click.echo(f"sitrep: {message}", err=True)


@click.group("gazetteer")
def gazetteer() -> None:
    """Build and inspect the offline gazetteer."""


@gazetteer.command("build")
@click.option("--path", type=click.Path(dir_okay=False), default=None, help="Where to write it.")
@click.option("--force", is_flag=True, help="Rebuild even if the file exists.")
def build(path: str | None, force: bool) -> None:
    """Build the gazetteer from the registry data packages (a minute or two)."""
    from sitrep.geocode.build import build_gazetteer

    try:
        target = build_gazetteer(path, force=force, progress=_stderr)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(target))


@gazetteer.command("info")
@click.option("--path", type=click.Path(dir_okay=False), default=None)
def info(path: str | None) -> None:
    """Print where the gazetteer is, what built it and what it holds."""
    from sitrep.geocode.gazetteer import Gazetteer

    try:
        with Gazetteer.open(path) as gaz:
            click.echo(f"path: {gaz.path} ({gaz.path.stat().st_size / 1e6:.0f} MB)")
            for key, value in sorted({**gaz.meta(), **gaz.counts()}.items()):
                click.echo(f"{key}: {value}")
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc


@gazetteer.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--path", type=click.Path(dir_okay=False), default=None, help="The gazetteer.")
@click.option(
    "--classes",
    default="PAHTL",
    show_default=True,
    help="GeoNames feature classes to import (P towns, A areas, H water, T relief, L regions).",
)
def import_dump_command(file: str, path: str | None, classes: str) -> None:
    """Add a GeoNames dump: allCountries.zip, SY.zip/SY.txt, cities500.zip, alternateNamesV2.zip."""
    from sitrep.geocode.geonames import check_classes, import_dump

    try:
        with _writable(path) as gaz:
            report = import_dump(
                gaz, file, feature_classes=check_classes(classes), progress=_stderr
            )
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(report.line())


def _writable(path: str | None) -> Gazetteer:
    from sitrep.geocode.gazetteer import Gazetteer

    return Gazetteer.open(path, writable=True, build_if_missing=True, progress=_stderr)


_gazetteer_path = click.option(
    "--gazetteer", "gazetteer_path", type=click.Path(dir_okay=False), default=None
)


@click.command("add")
@click.argument("name")
@click.option("--lat", type=float, default=None, help="Latitude (with --lon).")
@click.option("--lon", type=float, default=None, help="Longitude (with --lat).")
@click.option("--country", default=None, help="ISO code (SY, SYR) or name.")
@click.option("--admin1", default=None, help="Province, state or governorate.")
@click.option("--admin2", default=None, help="District.")
@click.option("--same-as", "same_as", default=None, help="A known place's name or GeoNames id.")
@_gazetteer_path
@click.option(
    "--db",
    default=None,
    envvar="SITREP_DB",
    help="Recode the stored documents of this database that left NAME unresolved.",
)
def add_command(
    name: str,
    lat: float | None,
    lon: float | None,
    country: str | None,
    admin1: str | None,
    admin2: str | None,
    same_as: str | None,
    gazetteer_path: str | None,
    db: str | None,
) -> None:
    """Add a place NAME at --lat/--lon, or as another name of a place (--same-as); with --db,
    re-resolve the stored reports that mentioned NAME."""
    from sitrep.geocode import places

    if (same_as is None) == (lat is None or lon is None):
        raise click.UsageError("give either --lat and --lon, or --same-as")
    try:
        with _writable(gazetteer_path) as gaz:
            if same_as is not None:
                place = places.add_alias(gaz, name, same_as=same_as, country=country)
                click.echo(f"{name} = {_describe(place)}")
            else:
                assert lat is not None and lon is not None
                place = places.add_place(
                    gaz,
                    name,
                    latitude=lat,
                    longitude=lon,
                    country=country,
                    admin1=admin1,
                    admin2=admin2,
                )
                click.echo(f"added {_describe(place)}")
        if db is not None:
            _recode_mentions(db, name, gazetteer_path)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc


def _recode_mentions(db: str, name: str, gazetteer_path: str | None) -> None:
    """Extract again the stored documents whose unresolved mentions are NAME."""
    from sitrep.pipeline import Extractor
    from sitrep.runner import open_existing
    from sitrep.store.recode import recode_mentions

    with open_existing(db) as store:
        extractor = Extractor.load(gazetteer=gazetteer_path, progress=_stderr)
        try:
            count = recode_mentions(store, extractor, name)
        finally:
            extractor.close()
    click.echo(f"sitrep: recoded {count} stored documents that mention {name}", err=True)


def _describe(place: Place) -> str:
    where = ", ".join(p for p in (place.admin1, place.country) if p)
    return f"{place.name} ({where}) at {place.latitude}, {place.longitude}".replace(" ()", "")


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--kind",
    type=click.Choice(["auto", "places", "events"]),
    default="auto",
    show_default=True,
    help="places: name,latitude,longitude[,country,admin1,admin2] or name,same_as rows;"
    " events: an ACLED-format or sitrep event CSV (location, latitude, longitude, ...).",
)
@_gazetteer_path
def import_command(file: str, kind: str, gazetteer_path: str | None) -> None:
    """Add the places of a CSV file: hand-made rows, or the locations of coded events."""
    from sitrep.geocode import places

    try:
        events = kind == "events" or (kind == "auto" and places.is_event_csv(file))
        with _writable(gazetteer_path) as gaz:
            run = places.import_events_csv if events else places.import_places_csv
            report = run(gaz, file, progress=_stderr)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(report.line())


@click.group("places")
def places_group() -> None:
    """Add places to the gazetteer (sitrep places add|import)."""


places_group.add_command(add_command)
places_group.add_command(import_command)


@click.command("geoparse")
@click.argument("paths", nargs=-1, required=True)
@click.option("--gazetteer", "gazetteer_path", type=click.Path(dir_okay=False), default=None)
@click.option("--demonyms", is_flag=True, help="Also list demonyms (Syrian, American).")
def geoparse_command(paths: tuple[str, ...], gazetteer_path: str | None, demonyms: bool) -> None:
    """Print the places of each document (.txt, .html, .jsonl files, folders, `-`) as JSON
    Lines (id, text, toponyms); unreadable inputs are reported on stderr."""
    from sitrep.annotate import annotate, entity_spans, load_pipeline
    from sitrep.geocode.gazetteer import Gazetteer
    from sitrep.geocode.geoparse import format_jsonl, geoparse
    from sitrep.read import read_paths

    docs: list[Document] = []
    for item in read_paths(paths):
        if isinstance(item, Failure):
            click.echo(item.line(), err=True)
        else:
            docs.append(item)
    if not docs:
        raise click.ClickException("no document could be read; check the paths above")
    try:
        nlp = load_pipeline()
        with Gazetteer.open(gazetteer_path, build_if_missing=True, progress=_stderr) as gaz:
            for document, doc in annotate(nlp, docs):
                tops = geoparse(document.text, entity_spans(doc), gaz, demonyms=demonyms)
                click.echo(format_jsonl(document.doc_id, document.text, tops))
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc


geoparse = geoparse_command
