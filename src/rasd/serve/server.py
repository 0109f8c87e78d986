"""Run the application with uvicorn: in the foreground (`rasd serve`, `make demo`)
or in a background thread (tests, the load benchmark)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import threading
import time

import uvicorn

from rasd import limits
from rasd.serve.app import create_app
from rasd.serve.queries import Queries
from rasd.serve.workers import DEFAULT_QUEUE, ExtractPool
from rasd.store import StoreError


class ServerError(Exception):
    """A server that cannot start: one line."""


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and
    # accepted connections inherit it (without it every keep-alive response stalls ~40 ms:
    # Nagle holds the body back until the client's delayed ACK of the headers)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(2048)  # accept (queue) connections from now on, before uvicorn starts serving
    return sock


def _open(db: str | None) -> Queries:
    try:
        return Queries.for_url(db)
    except StoreError as exc:
        raise ServerError(str(exc)) from None


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def host_names(host: str, allow: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The Host names answered (besides localhost and IP literals): `allow`, and this
    machine's names when bound beyond loopback (clients on the network use them)."""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if loopback:
        return allow
    return (*allow, socket.gethostname(), socket.getfqdn())


def run(db: str | None, host: str = "127.0.0.1", port: int = 8000,
        on_ready: str | None = "rasd: dashboard at {url}  (API docs: {url}api/docs)",
        allow_hosts: tuple[str, ...] = (), workers: int | None = None,
        queue: int = DEFAULT_QUEUE, budget_s: float = limits.TIME_BUDGET_S) -> None:
    """Serve until interrupted. Binds the socket first, so the printed URL has the real port.

    `workers`, `queue`, `budget_s`: the extraction pool (rasd.serve.workers)."""
    sock = _bind(host, port)
    try:
        queries = _open(db)
    except ServerError:
        sock.close()
        raise
    port = sock.getsockname()[1]
    pool = ExtractPool(workers, queue, budget_s)
    app = create_app(queries, extractor=pool, allow_hosts=host_names(host, allow_hosts))
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    if on_ready:
        print(on_ready.format(url=url_of(host, port)), flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        pool.close()
        queries.close()
        sock.close()


class BackgroundServer:
    """A live uvicorn server in a thread on a free loopback port: `with BackgroundServer(q) as s:
    s.url`."""

    def __init__(self, queries: Queries, host: str = "127.0.0.1", *,
                 allow_hosts: tuple[str, ...] = (), extractor: ExtractPool | None = None
                 ) -> None:
        self.queries = queries
        self.sock = _bind(host, 0)
        self.url = url_of(host, self.sock.getsockname()[1])
        app = create_app(queries, extractor=extractor, allow_hosts=host_names(host, allow_hosts))
        config = uvicorn.Config(app, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.run(self.server.serve(sockets=[self.sock]))

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise ServerError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()
