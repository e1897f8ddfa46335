"""Uploads (always) and corrections (only with --allow-edit)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from pydantic import BaseModel, Field

from sitrep.model import Event
from sitrep.web.context import WebContext, context
from sitrep.web.upload import PASTED, TooLarge, Upload, extract_uploads, limit_message, read_limited

uploads = APIRouter(prefix="/api", tags=["upload"])
edits = APIRouter(prefix="/api", tags=["edit"])
Context = Annotated[WebContext, Depends(context)]


@uploads.post("/extract")
def extract(
    ctx: Context,
    text: Annotated[str | None, Form(description="A pasted report")] = None,
    files: Annotated[list[UploadFile] | None, File(description=".txt, .html or .jsonl")] = None,
    published: Annotated[date | None, Form(description="Date for reports that give none")] = None,
    country: Annotated[
        str | None,
        Form(description="Country the reports are about when they do not say (name or ISO code)"),
    ] = None,
    store: Annotated[bool, Form(description="Also store them (needs --allow-edit)")] = False,
) -> dict[str, Any]:
    """Run the pipeline on a pasted report and/or uploaded files and return their events,
    documents and failures. Nothing is stored unless `store` is set on an editable server."""
    settings = ctx.settings
    if store and not settings.allow_edit:
        raise HTTPException(403, "this server is read-only: restart it with --allow-edit to store")
    budget = settings.max_upload_bytes
    given: list[Upload] = []
    if text and text.strip():
        data = text.encode("utf-8")
        if len(data) > budget:
            raise HTTPException(413, limit_message(budget))
        given.append(Upload(name=PASTED, data=data))
        budget -= len(data)
    chosen = [f for f in files or () if f.filename or f.size]
    if len(chosen) > settings.max_upload_files:
        raise HTTPException(
            413, f"{len(chosen)} files: upload at most {settings.max_upload_files} at once"
        )
    for upload in chosen:
        try:
            one = read_limited(upload.file, name=upload.filename or "", budget=budget)
        except TooLarge as exc:
            raise HTTPException(413, str(exc)) from None
        budget -= len(one.data)
        given.append(one)
    return extract_uploads(ctx, given, published=published, country=country or None, store=store)


class Correction(BaseModel):
    """New values for some fields of an event, who changes them and why."""

    changes: dict[str, Any] = Field(description="Field name -> new value")
    editor: str = Field(min_length=1, description="Who makes the change")
    note: str = ""


def _corrections() -> Any:
    try:
        return importlib.import_module("sitrep.store.corrections")
    except ImportError:
        raise HTTPException(
            501, "corrections are not available in this version of sitrep: upgrade it"
        ) from None


@edits.patch("/events/{event_id}")
def correct_event(ctx: Context, event_id: str, correction: Correction) -> dict[str, Any]:
    """Change fields of an event; the store keeps a log of every correction."""
    corrections = _corrections()
    with ctx.writing() as store, _not_found(corrections, event_id):
        event: Event = corrections.correct(
            store, event_id, correction.changes, editor=correction.editor, note=correction.note
        )
    return {"event": event.to_dict()}


@edits.delete("/events/{event_id}")
def delete_event(ctx: Context, event_id: str, editor: str, note: str = "") -> dict[str, Any]:
    """Remove an event (logged, so it can be reviewed)."""
    if not editor.strip():
        raise HTTPException(422, "editor: say who deletes the event")
    corrections = _corrections()
    with ctx.writing() as store, _not_found(corrections, event_id):
        corrections.delete(store, event_id, editor=editor, note=note)
    return {"deleted": event_id}


@contextmanager
def _not_found(corrections: Any, event_id: str) -> Iterator[None]:
    missing = getattr(corrections, "EventNotFound", None)
    try:
        yield
    except Exception as exc:
        if missing is not None and isinstance(exc, missing):
            raise HTTPException(404, str(exc)) from None
        raise
