"""The analyst's window: a FastAPI app (JSON API and one-page map UI) over a sitrep store.

`create_app` is imported on first use, so commands that never serve (`sitrep run`) do not pay
for importing FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.web.settings import WebSettings

if TYPE_CHECKING:
    from sitrep.web.app import create_app

__all__ = ["WebSettings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from sitrep.web.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
