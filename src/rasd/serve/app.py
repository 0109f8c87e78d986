"""The FastAPI application: the JSON API under /api and the dashboard at /.

Everything the dashboard needs is served from the package (static/), so it
works air-gapped. Security: every response carries a strict
Content-Security-Policy (no inline script, nothing from other origins),
request bodies are capped (413, as JSON the client reads), the Host header is
checked against an allow-list (DNS rebinding), extraction runs in a bounded
pool of worker processes (rasd.serve.workers), and errors are JSON with a
one-line message, never a traceback. docs/operations.md has the threat model.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasd.serve.api import router
from rasd.serve.queries import Queries
from rasd.serve.workers import ExtractPool

STATIC = Path(__file__).parent / "static"
MAX_BODY = 1_000_000  # bytes; POST /extract takes one article, not a corpus
# An over-large body is read (and dropped) up to this size before the 413 is sent:
# a client that writes its whole body before reading (urllib, requests) then reads
# the 413 instead of a reset connection. Past it the connection is closed at once.
DRAIN_LIMIT = 64 * 1024 * 1024
LOOPBACK_NAMES = ("localhost",)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

log = logging.getLogger("rasd.serve")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status,
                        headers=headers)


def _host_name(value: bytes) -> str:
    """The name of a Host header without its port ('[::1]:80' -> '::1'); a header that
    is not a name and a port ('localhost:80@evil.com') is returned whole (refused)."""
    host = value.decode("latin-1").strip().lower()
    if host.startswith("["):
        name, _, rest = host[1:].partition("]")
        return name if rest[:1] in ("", ":") and (rest[1:].isdigit() or not rest[1:]) else host
    name, colon, port = host.rpartition(":")
    return name if colon and host.count(":") == 1 and (port.isdigit() or not port) else host


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostCheck:
    """Which Host headers the server answers: against DNS rebinding.

    A web page can make a browser resolve its own domain to 127.0.0.1 and then read
    a local dashboard as same-origin: the request then carries that domain as its
    Host. IP literals cannot be rebound and are always answered; names only when
    allowed: `localhost` (and *.localhost), and those given (`rasd serve --allow-host`;
    a leading dot allows subdomains, '*' allows every name).
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = {n.strip().lower().rstrip(".") for n in (*LOOPBACK_NAMES, *names)
                      if n.strip()}
        self.any = "*" in self.names

    def allows(self, header: bytes | None) -> bool:
        if header is None or self.any:
            return True  # HTTP/1.0 without Host: no browser sends that
        name = _host_name(header).rstrip(".")
        if _is_ip(name) or name in self.names or name.endswith(".localhost"):
            return True
        return any(n.startswith(".") and (name.endswith(n) or name == n[1:])
                   for n in self.names)


class Guard:
    """ASGI middleware: security headers on every response, Host allow-list (400 JSON),
    body size cap (413 JSON).

    Raw ASGI, outermost, so that the headers are on every response (errors and
    static files too) and the cap also holds for chunked bodies.
    """

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY,
                 hosts: HostCheck | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.hosts = hosts or HostCheck()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        headers = dict(scope.get("headers") or [])
        if not self.hosts.allows(headers.get(b"host")):
            name = _host_name(headers[b"host"])[:100]
            await _error(400, f"host {name!r} is not allowed (DNS rebinding guard); "
                         f"start the server with --allow-host {name} to allow it")(
                scope, receive, send_secure)
            return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            # read (and drop) the body first, unless the client waits for 100-continue
            # or the body is huge: the client then reads the 413 instead of a reset
            if length.isdigit() and int(length) <= DRAIN_LIMIT \
                    and headers.get(b"expect", b"").lower() != b"100-continue":
                await self._drain(receive, 0)
            await self._too_large(scope, receive, send_secure)
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send_secure)
            return
        # Read the whole (capped) body first, so that a chunked body without a
        # Content-Length is refused before the application sees any of it.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_body:
                if message.get("more_body", False):
                    await self._drain(receive, seen)
                await self._too_large(scope, receive, send_secure)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send_secure)

    @staticmethod
    async def _drain(receive: Receive, seen: int) -> None:
        """Read the rest of a refused body, dropping it, up to DRAIN_LIMIT bytes in all."""
        while seen <= DRAIN_LIMIT:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            seen += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _error(413, f"request body too large (limit {self.max_body:,} bytes)",
                     {"connection": "close"})(scope, receive, send)




def create_app(queries: Queries, *, max_body: int = MAX_BODY,
               extractor: ExtractPool | None = None,
               allow_hosts: Iterable[str] = ()) -> FastAPI:
    """The application over one opened store (wrapped in Queries).

    `extractor`: the pool `POST /api/extract` runs in (default: a new one, closed
    with the application); `allow_hosts`: Host names answered besides localhost
    and IP literals (see HostCheck).
    """
    pool = extractor or ExtractPool()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if extractor is None:  # ours: stop its worker processes with the server
                pool.close()

    app = FastAPI(
        lifespan=lifespan,
        title="rasd",
        summary="Arabic conflict news: who did what to whom, where, when, and who says so.",
        description=(
            "Read the corpus store: documents with every layer as character offsets into "
            "their text, PLOVER events (per report and merged across reports), claims and "
            "their conflicts, actors, places, full-text search, statistics, a timeline and "
            "an actor network. `POST /api/extract` runs the extraction pipeline on one "
            "article. Every list is paginated with `page` and `per_page` (at most 200); errors are "
            '`{"error": {"status", "message"}}`.'
        ),
        version="1",
        docs_url=None,  # FastAPI's page loads Swagger UI from a CDN: ours is vendored
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.queries = queries
    app.state.extractor = pool
    app.include_router(router, prefix="/api")

    @app.exception_handler(HTTPException)
    async def _http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), exc.headers)

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def _starlette_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        return _error(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, _validation_message(exc.errors()))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        # Logged for the operator; the client gets one line and no traceback.
        log.exception("error serving %s", request.url.path)
        return _error(500, "internal error")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    async def _index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/api/docs", include_in_schema=False)
    async def _docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    @app.get("/favicon.ico", include_in_schema=False)
    async def _favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    return Guard(app, max_body, HostCheck(allow_hosts))  # type: ignore[return-value]


def _validation_message(errors: Any) -> str:
    parts = []
    for e in errors:
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
