"""The analyst's window: a FastAPI app (JSON API and one-page map UI) over a sitrep store."""

from sitrep.web.app import create_app
from sitrep.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
