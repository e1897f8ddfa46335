"""Click commands: `sitrep gazetteer build|info` and `sitrep geoparse PATHS`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from sitrep.errors import InputError, SitrepError
from sitrep.model import Document


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


def read_inputs(paths: tuple[str, ...]) -> Iterator[Document | InputError]:
    """Documents from .txt files, .jsonl files (`id`, `text`) or `-` (stdin, plain text)."""
    for path in paths:
        try:
            yield from _read_one(path)
        except InputError as exc:
            yield exc


def _read_one(path: str) -> Iterator[Document]:
    if path == "-":
        yield Document(doc_id="stdin", text=sys.stdin.read())
        return
    file = Path(path)
    try:
        raw = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc}); give a UTF-8 text or JSONL file") from exc
    if file.suffix == ".jsonl":
        yield from _jsonl_documents(path, raw)
    elif raw.strip():
        yield Document(doc_id=file.stem, text=raw, path=path)
    else:
        raise InputError(f"{path}: empty file; nothing to geoparse")


def _jsonl_documents(path: str, raw: str) -> Iterator[Document]:
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            yield Document(doc_id=str(data["id"]), text=str(data["text"]), path=path)
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            _stderr(f"{path}:{number}: skipped, needs a JSON object with `id` and `text` ({exc})")


@click.command("geoparse")
@click.argument("paths", nargs=-1, required=True)
@click.option("--gazetteer", "gazetteer_path", type=click.Path(dir_okay=False), default=None)
@click.option("--demonyms", is_flag=True, help="Also list demonyms (Syrian, American).")
def geoparse_command(paths: tuple[str, ...], gazetteer_path: str | None, demonyms: bool) -> None:
    """Print the places of each document as JSON Lines (id, text, toponyms)."""
    from sitrep.annotate import annotate, entity_spans, load_pipeline
    from sitrep.geocode.gazetteer import Gazetteer
    from sitrep.geocode.geoparse import format_jsonl, geoparse

    docs: list[Document] = []
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            _stderr(str(item))
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
