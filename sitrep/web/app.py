"""The FastAPI app factory: JSON API under /api, the one-page UI at /, assets from packages."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from sitrep.web import routes_catalog, routes_control, routes_events, routes_write
from sitrep.web.basemap import basemap_geojson, shapefile_archive
from sitrep.web.context import WebContext, context
from sitrep.web.failures import BodyLimit, install_error_handlers
from sitrep.web.settings import WebSettings

if TYPE_CHECKING:
    from sitrep.pipeline import Extractor

STATIC = Path(__file__).parent / "static"
Context = Annotated[WebContext, Depends(context)]


def create_app(
    settings: WebSettings, *, extractor_factory: Callable[[], Extractor] | None = None
) -> FastAPI:
    """The app serving `settings.db`; `extractor_factory` replaces the default pipeline
    loader (tests hand in a prepared one)."""
    app = FastAPI(
        title="sitrep",
        version=_version(),
        description="Events coded from reports of armed conflict, with their evidence.",
        docs_url=None,  # the interactive docs page loads its scripts from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.sitrep = WebContext(settings=settings, extractor_factory=extractor_factory)
    install_error_handlers(app)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.include_router(routes_events.router)
    app.include_router(routes_catalog.router)
    app.include_router(routes_control.router)
    app.include_router(routes_write.uploads)
    if settings.allow_edit:
        app.include_router(routes_write.edits)
    _add_service_routes(app)
    _mount_assets(app)
    return app


def _add_service_routes(app: FastAPI) -> None:
    @app.get("/api/info", tags=["service"])
    def info(ctx: Context) -> dict[str, Any]:
        """The store's counts and this server's mode and limits."""
        with ctx.reading() as store:
            counts = store.counts()
            label = store.label
        settings = ctx.settings
        return {
            "store": label,
            "counts": counts,
            "allow_edit": settings.allow_edit,
            "max_page_size": settings.max_page_size,
            "max_upload_bytes": settings.max_upload_bytes,
            "version": _version(),
        }

    @app.get("/api/basemap.geojson", tags=["service"])
    def basemap(ctx: Context) -> JSONResponse:
        """Country outlines (Natural Earth, thinned) for the map's background."""
        shapes = ctx.cached("basemap", lambda: basemap_geojson(shapefile_archive()))
        return JSONResponse(shapes, headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def icon() -> Response:
        return Response(status_code=204)


def _mount_assets(app: FastAPI) -> None:
    from xstatic.pkg import leaflet, leaflet_markercluster

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/vendor/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
    app.mount(
        "/vendor/markercluster",
        StaticFiles(directory=leaflet_markercluster.BASE_DIR),
        name="markercluster",
    )


def _version() -> str:
    try:
        return version("sitrep")
    except PackageNotFoundError:
        return "unknown"
