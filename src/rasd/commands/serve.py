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
) -> None:
    """Serve the JSON API (/api, docs at /api/docs) and the dashboard (/)."""
    from rasd.serve.server import ServerError, run

    try:
        run(db, host, port)
    except ServerError as exc:
        raise fail(str(exc)) from None
