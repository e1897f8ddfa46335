"""`sitrep serve`: the API and map UI over a store, on localhost by default."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from sitrep.errors import StoreError

if TYPE_CHECKING:
    from sitrep.web.settings import WebSettings


@click.command("serve")
@click.option(
    "--db",
    default="sitrep.db",
    show_default=True,
    envvar="SITREP_DB",
    help="SQLite database file (or postgresql:// URL) to serve.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 exposes the store to your network).",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--allow-edit",
    is_flag=True,
    help="Enable corrections and storing uploads (the default is read-only).",
)
@click.option(
    "--gazetteer",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="SITREP_GAZETTEER",
    help="Gazetteer for uploads (default: the built one).",
)
@click.option(
    "--max-upload-mb",
    default=2.0,
    show_default=True,
    type=click.FloatRange(0.01, 100),
    help="Largest text accepted in one upload.",
)
def serve(db: str, host: str, port: int, allow_edit: bool, gazetteer: Path | None,
          max_upload_mb: float) -> None:  # fmt: skip
    """Serve the events of DB as a JSON API (/api, described at /api/openapi.json) and a
    map, timeline and table at /."""
    settings = web_settings(db, allow_edit=allow_edit, gazetteer=gazetteer, upload_mb=max_upload_mb)
    import uvicorn

    from sitrep.web.app import create_app

    click.echo(f"sitrep: serving {db} at http://{host}:{port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def web_settings(
    db: str, *, allow_edit: bool, gazetteer: Path | None, upload_mb: float
) -> WebSettings:
    """Settings for `db`, after checking that it opens (a missing or old store fails now)."""
    from sitrep.store import Store
    from sitrep.store.dbapi import is_postgres
    from sitrep.web.settings import MEGABYTE, WebSettings

    if not is_postgres(db) and not Path(db).is_file():
        raise StoreError(f"no database at {db}: run `sitrep run PATHS --db {db}` first")
    # migrates only when editing is allowed
    Store.open(db, readonly=not allow_edit, must_exist=True).close()
    upload = int(upload_mb * MEGABYTE)
    return WebSettings(
        db=db, allow_edit=allow_edit, gazetteer=gazetteer,
        max_upload_bytes=upload, max_request_bytes=upload + MEGABYTE,
    )  # fmt: skip
