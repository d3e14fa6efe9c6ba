"""The web view: a JSON API over the event database and an offline map/timeline page.

Article text is untrusted: the API returns it only as JSON and the page renders it with textContent.
Every response carries a strict Content-Security-Policy, request bodies are capped, and when an operator
sets a token, writes (``POST /api/extract``) need ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import io
import json
import secrets
import threading
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline.models import Document, Event, RawArticle
from dateline.store import connect, store_document
from dateline.store.queries import (
    SORTABLE,
    EventFilter,
    count_events,
    document_events,
    event_stats,
    get_document_record,
    get_event,
    merged_event_of,
    query_events,
)

STATIC_DIR = Path(__file__).parent / "static"
MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_PAGE = 5000
MAX_DOWNLOAD = 200_000
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]

# spaCy pipelines are not guaranteed thread-safe; one extraction at a time is plenty for a local tool.
_extract_lock = threading.Lock()


class ExtractRequest(BaseModel):
    """An article to analyze: plain text or an HTML page (nothing is fetched from the network)."""

    text: str | None = Field(None, description="Article text.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    title: str | None = None
    outlet: str | None = None
    url: str | None = Field(None, description="Where the article came from; recorded, never fetched.")
    published: date | None = Field(None, description="Publication date, if known.")


class BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """Rejects request bodies over ``limit`` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and not length.isdigit():
            await JSONResponse({"detail": "Content-Length must be a number"}, status_code=400)(scope, receive, send)
            return
        if length is not None and int(length) > self.limit:
            await self._reject(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except BodyTooLarge:
            await self._reject(scope, receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"request body too large: the limit is {self.limit // (1024 * 1024)} MiB"
        await JSONResponse({"detail": detail}, status_code=413)(scope, receive, send)


def _tiles_origin(tiles_url: str | None) -> str | None:
    if not tiles_url:
        return None
    parts = urlsplit(tiles_url.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.netloc or "{z}" not in tiles_url:
        raise ValueError("tiles URL must be http(s) and contain {z}, {x} and {y}, e.g. https://host/{z}/{x}/{y}.png")
    host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tiles_url else parts.netloc
    return f"{parts.scheme}://{host}"


def content_security_policy(tiles_url: str | None) -> str:
    img = "'self' data:"
    origin = _tiles_origin(tiles_url)
    if origin:
        img += f" {origin}"
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        f"img-src {img}; connect-src 'self'; font-src 'self'; manifest-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def _parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    if not bbox:
        return None
    try:
        west, south, east, north = (float(part) for part in bbox.split(","))
    except ValueError:
        raise HTTPException(400, "bbox must be four numbers: west,south,east,north") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(400, "bbox out of range: longitudes in [-180, 180], latitudes in [-90, 90], south <= north")
    return west, south, east, north


def _split(values: list[str] | None) -> tuple[str, ...]:
    """Repeated parameters and comma-separated lists both work: ?type=a&type=b or ?type=a,b."""
    return tuple(v.strip() for value in values or [] for v in value.split(",") if v.strip())


def event_filter(
    start: Annotated[date | None, Query(description="Events on or after this day (YYYY-MM-DD).")] = None,
    end: Annotated[date | None, Query(description="Events on or before this day (YYYY-MM-DD).")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    country: Annotated[list[str] | None, Query(description="ISO2 country codes.")] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[list[str] | None, Query(description="Event types (our ontology).")] = None,  # noqa: A002
    actor: Annotated[str | None, Query(max_length=200, description="Part of actor1 or actor2.")] = None,
    source: Annotated[str | None, Query(max_length=200, description="Part of the reporting source.")] = None,
    source_is_party: Annotated[
        bool | None, Query(description="true: reports by a party to the events; false: independent.")
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="Free text in the event or its article.")] = None,
    doc: Annotated[
        str | None, Query(max_length=64, description="Only the events of this document id, as it reported them.")
    ] = None,
    every_report: Annotated[
        bool,
        Query(
            description="true: one row per report, so an event three sources reported appears three times. "
            "Default: one row per merged event, listing all its sources."
        ),
    ] = False,
) -> EventFilter:
    if start and end and start > end:
        raise HTTPException(400, "start must be on or before end")
    for name, value in (("q", q), ("actor", actor), ("source", source), ("admin1", admin1), ("doc", doc)):
        if value and any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in value):
            raise HTTPException(400, f"{name} must be plain text without control characters")
    countries = _split(country)
    for code in countries:
        if len(code) != 2 or not code.isalpha():
            raise HTTPException(400, f"country must be ISO2 codes like IR or US, not {code!r}")
    return EventFilter(
        start=start,
        end=end,
        bbox=_parse_bbox(bbox),
        countries=countries,
        admin1=admin1 or None,
        event_types=_split(type),
        actor=actor or None,
        source=source or None,
        source_is_party=source_is_party,
        text=q or None,
        doc_id=doc or None,
        merged_only=not (every_report or doc),
    )


Filter = Annotated[EventFilter, Depends(event_filter)]


def _sort(sort: str) -> tuple[str, bool]:
    descending = sort.startswith("-")
    key = sort.removeprefix("-")
    if key not in SORTABLE:
        raise HTTPException(400, f"sort must be one of {sorted(SORTABLE)}, optionally prefixed with '-'")
    return key, descending


def _event_json(ev: Event) -> dict[str, Any]:
    return ev.model_dump(mode="json")


def _document_json(doc: Document) -> dict[str, Any]:
    return doc.model_dump(mode="json")


def _download_name(extension: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="dateline-events.{extension}"'}


def create_app(
    db: str | None,
    token: str | None = None,
    tiles_url: str | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The web app over the database ``db`` (URL or path; default ./dateline.db or $DATELINE_DB).

    ``token``: when set, writes need ``Authorization: Bearer <token>``. ``tiles_url``: an online tile
    layer (``https://host/{z}/{x}/{y}.png``) added to the offline outline map. ``allowed_hosts``: Host
    header values to accept (the loopback names when serving locally, which stops DNS rebinding).
    """
    csp = content_security_policy(tiles_url)
    engine: Engine = connect(db)
    app = FastAPI(
        title="dateline",
        summary="Evidence-linked political events extracted from news reports.",
        version="0.1.0",
        docs_url=None,  # the stock Swagger/ReDoc pages load scripts from a CDN; /api-docs is served locally
        redoc_url=None,
    )
    app.state.engine = engine

    app.add_middleware(BodyLimitMiddleware, limit=MAX_BODY_BYTES)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # noqa: ANN001, ANN202 - Starlette signature
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    def require_writer(request: Request) -> None:
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.headers.get("host"):
            raise HTTPException(403, "cross-origin writes are not allowed")
        if token is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(
                401,
                "this server needs a token for writes: send 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": "Bearer"},
            )

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/api-docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        return FileResponse(STATIC_DIR / "api.html", media_type="text/html")

    @app.get("/api/config", tags=["meta"])
    def config() -> dict[str, Any]:
        """What the page needs to know about this server."""
        return {
            "token_required": token is not None,
            "tiles_url": tiles_url,
            "max_body_bytes": MAX_BODY_BYTES,
            "max_page": MAX_PAGE,
            "sortable": sorted(SORTABLE),
        }

    @app.get("/api/events", tags=["events"])
    def list_events(
        flt: Filter,
        sort: Annotated[
            str,
            Query(description="date, country, type, location, actor, source, confidence; '-' prefix for descending."),
        ] = "date",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """Events matching the filters, sorted and paged."""
        key, descending = _sort(sort)
        rows = query_events(engine, flt, sort=key, descending=descending, limit=limit, offset=offset)
        return {
            "total": count_events(engine, flt),
            "limit": limit,
            "offset": offset,
            "events": [_event_json(ev) for ev in rows],
        }

    @app.get("/api/events.geojson", tags=["downloads"])
    def events_geojson(flt: Filter) -> Response:
        """The filtered events as a GeoJSON FeatureCollection (events without coordinates have null geometry)."""
        from dateline.export import events_to_geojson

        rows = query_events(engine, flt, limit=MAX_DOWNLOAD)
        body = json.dumps(events_to_geojson(rows), ensure_ascii=False)
        return Response(body, media_type="application/geo+json", headers=_download_name("geojson"))

    @app.get("/api/events.csv", tags=["downloads"])
    def events_csv(flt: Filter) -> Response:
        """The filtered events as CSV with ACLED's columns first."""
        from dateline.export import write_csv

        stream = io.StringIO()
        write_csv(query_events(engine, flt, limit=MAX_DOWNLOAD), stream)
        return Response(stream.getvalue(), media_type="text/csv; charset=utf-8", headers=_download_name("csv"))

    @app.get("/api/events/{event_id}", tags=["events"])
    def one_event(event_id: str) -> dict[str, Any]:
        """One event with its document's metadata (the text is at /api/documents/{doc_id}).

        ``merged_into``: when other reports of the same event came first, the merged event with all sources.
        """
        ev = get_event(engine, event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        doc = get_document_record(engine, ev.doc_id)
        meta = None
        if doc:
            meta = {k: v for k, v in _document_json(doc).items() if k not in ("text", "removed_boilerplate")}
        merged = merged_event_of(engine, event_id)
        return {"event": _event_json(ev), "document": meta, "merged_into": _event_json(merged) if merged else None}

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def one_document(doc_id: str) -> dict[str, Any]:
        """A document's text and metadata, and its events with their evidence offsets into that text."""
        doc = get_document_record(engine, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return {"document": _document_json(doc), "events": [_event_json(ev) for ev in document_events(engine, doc_id)]}

    @app.get("/api/stats", tags=["events"])
    def stats(flt: Filter) -> dict[str, Any]:
        """Counts of the filtered events by type, day, country, admin1, actor, source and source kind."""
        return event_stats(engine, flt)

    @app.post("/api/extract", tags=["extract"], dependencies=[Depends(require_writer)])
    async def extract(request: Request) -> dict[str, Any]:
        """Analyze one article and store it with its events.

        Send JSON (``{"text": ...}`` or ``{"html": ...}``, optional title, outlet, url, published) or a
        raw ``text/plain`` or ``text/html`` body. Nothing is fetched from the network.
        """
        article = await _read_article(request)
        document, events, stored = await run_in_threadpool(_extract_and_store, engine, article)
        return {"stored": stored, "document": _document_json(document), "events": [_event_json(e) for e in events]}

    static = StaticFiles(directory=STATIC_DIR)
    app.mount("/static", static, name="static")
    return app


async def _read_article(request: Request) -> ExtractRequest:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the body must be UTF-8") from None
    if content_type == "application/json":
        try:
            article = ExtractRequest.model_validate_json(decoded)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "body"
            raise HTTPException(422, f"invalid JSON article: {where}: {first['msg']}") from None
    elif content_type == "text/plain":
        article = ExtractRequest(text=decoded)
    elif content_type == "text/html":
        article = ExtractRequest(html=decoded)
    else:
        raise HTTPException(415, "send application/json, text/plain or text/html")
    if "\x00" in (article.text or "") + (article.html or ""):
        raise HTTPException(422, "the article contains NUL bytes: send text or HTML, not a binary file")
    has_text, has_html = bool((article.text or "").strip()), bool((article.html or "").strip())
    if has_text == has_html:
        raise HTTPException(422, "give exactly one of 'text' or 'html', not empty")
    return article


def _extract_and_store(engine: Engine, article: ExtractRequest) -> tuple[Document, list[Event], bool]:
    try:
        from dateline.ingest.readers import article_from_html
        from dateline.pipeline import UnusableArticleError, process_article
    except ImportError as exc:
        raise HTTPException(503, f"the extraction pipeline is not available: {exc}") from None
    from dateline.ingest.readers import BadInput

    try:
        if article.html is not None and article.html.strip():
            raw = article_from_html(article.html, origin="web:pasted-html", url=article.url)
        else:
            raw = RawArticle(origin="web:pasted-text", text=article.text or "", url=article.url)
        updates = {k: getattr(article, k) for k in ("title", "outlet", "published") if getattr(article, k)}
        if article.published:
            updates["published_from_metadata"] = True
        raw = raw.model_copy(update=updates)
        with _extract_lock:
            document, events = process_article(raw)
    except (BadInput, UnusableArticleError) as exc:
        raise HTTPException(422, f"cannot analyze this article: {exc}") from None
    stored = store_document(engine, document, events)
    if not stored:  # the same article was analyzed before: show what the database holds
        document = get_document_record(engine, document.doc_id) or document
        events = document_events(engine, document.doc_id)
    return document, events, stored
