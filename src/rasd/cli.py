"""The `rasd` command line: a thin layer over the library, one module per command."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="rasd",
    help="Arabic conflict news in; who did what to whom, where, when, and who says so out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """rasd: Arabic conflict news monitor."""


# Each module in rasd.commands defines `register(app)`; add new commands here.
COMMANDS = ["extract", "check", "serve", "tag", "eval", "ingest", "search", "show", "stats",
            "export"]

for _name in COMMANDS:
    importlib.import_module(f"rasd.commands.{_name}").register(app)


def main() -> None:
    app()
