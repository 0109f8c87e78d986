"""`rasd serve`: the API and the dashboard over a store, on 127.0.0.1 by default."""

from __future__ import annotations

from typing import Annotated

import typer

from rasd.commands.common import fail


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)


def serve_command(
    db: Annotated[str | None, typer.Option(
        "--db", help="store URL: sqlite:///file.db (default rasd.db) or postgresql://...")] = None,
    host: Annotated[str, typer.Option(
        help="address to bind; 0.0.0.0 exposes the server to the network")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="port (0 picks a free one)")] = 8000,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="a Host name to answer besides localhost and IP addresses "
        "(repeatable; .example.org for subdomains too; '*' for any: no DNS-rebinding guard)")
    ] = None,
    extract_workers: Annotated[int, typer.Option(
        min=0, max=64, help="processes for POST /api/extract (0: one per CPU, at most 4)")] = 0,
    extract_queue: Annotated[int, typer.Option(
        min=0, max=10000, help="extractions waiting beyond the busy workers; more get 503")
    ] = 16,
    time_budget: Annotated[float, typer.Option(
        min=0, help="seconds of extraction per document (0: none)")] = 60.0,
) -> None:
    """Serve the JSON API (/api, docs at /api/docs) and the dashboard (/)."""
    from rasd.serve.server import ServerError, run

    try:
        run(db, host, port, allow_hosts=tuple(allow_host or ()),
            workers=extract_workers or None, queue=extract_queue, budget_s=time_budget)
    except ServerError as exc:
        raise fail(str(exc)) from None
