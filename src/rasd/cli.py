"""The `rasd` command line: a thin layer over the library, one module per command."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer

# Each module in rasd.commands defines `register(app)` for the command of its name;
# add new commands here.
COMMANDS = ["extract", "check", "serve", "tag", "eval", "ingest", "search", "show", "stats",
            "export"]


def build_app(names: list[str] | None = None) -> typer.Typer:
    """The typer app with the given commands registered (all by default)."""
    app = typer.Typer(
        name="rasd",
        help="Arabic conflict news in; who did what to whom, where, when, "
             "and who says so out.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

    @app.callback()
    def _root() -> None:
        """rasd: Arabic conflict news monitor."""

    for name in names or COMMANDS:
        importlib.import_module(f"rasd.commands.{name}").register(app)
    return app


def main() -> None:
    # Import only the command being run: the others' imports cost seconds per call.
    wanted = [a for a in sys.argv[1:2] if a in COMMANDS]
    build_app(wanted or None)()


def __getattr__(name: str) -> Any:
    if name == "app":  # `from rasd.cli import app` gives the full app (tests, embedding)
        return build_app()
    raise AttributeError(name)
