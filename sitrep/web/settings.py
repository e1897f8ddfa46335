"""What the web app needs to know, given once to `create_app` (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MEGABYTE = 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSettings:
    """The store to serve and the limits that keep one request from hurting the server.

    `allow_edit` enables the correction endpoints and lets uploads be stored; without it the
    app never writes. `max_upload_bytes` bounds the text given to the pipeline in one upload;
    `max_request_bytes` bounds any request body (multipart overhead included).
    """

    db: str | Path  # a SQLite file or a postgresql:// URL
    allow_edit: bool = False
    max_page_size: int = 1000
    default_page_size: int = 100
    max_upload_bytes: int = 2 * MEGABYTE
    max_request_bytes: int = 3 * MEGABYTE
    max_upload_files: int = 20
    gazetteer: Path | None = None
    actor_files: tuple[Path, ...] = field(default_factory=tuple)
