"""The `rasd` command line: a thin layer over the library, one module per command."""

from __future__ import annotations

import importlib
import sys
from typing import Annotated, Any

import typer

# Each module in rasd.commands defines `register(app)` for the command of its name;
# add new commands here.
COMMANDS = ["extract", "check", "serve", "tag", "eval", "ingest", "search", "show", "stats",
            "export", "remerge"]


def build_app(names: list[str] | None = None) -> typer.Typer:
    """The typer app with the given commands registered (all by default)."""
    app = typer.Typer(
        name="rasd",
        help="Arabic conflict news in; who did what to whom, where, when, "
             "and who says so out.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,  # help texts are plain: `rasd[dist]` must print as written
    )

    @app.callback()
    def _root(
        version: Annotated[bool, typer.Option(
            "--version", is_eager=True, callback=_print_version,
            help="print the version and exit")] = False,
    ) -> None:
        """rasd: Arabic conflict news monitor."""

    for name in names or COMMANDS:
        importlib.import_module(f"rasd.commands.{name}").register(app)
    return app


def _print_version(value: bool) -> None:
    if value:
        from rasd import __version__

        print(f"rasd {__version__}")
        raise typer.Exit()


def main() -> None:
    _stop_on_sigterm()
    _check_tagger_mode()
    # Import only the command being run: the others' imports cost seconds per call.
    wanted = [a for a in sys.argv[1:2] if a in COMMANDS]
    if sys.argv[1:2] == ["--version"]:
        wanted = ["check"]  # the version needs no command: register the lightest one
    build_app(wanted or None)()


def _check_tagger_mode() -> None:
    """A wrong RASD_NER_MODE is refused in one line before any work, not as a traceback
    from deep inside the first extraction."""
    import os

    mode = os.environ.get("RASD_NER_MODE")
    if mode:
        from rasd.entities.tagger import MODES

        if mode not in MODES:
            print(f"rasd: RASD_NER_MODE must be one of {', '.join(MODES)}, not {mode!r}",
                  file=sys.stderr)
            raise SystemExit(2)


def _stop_on_sigterm() -> None:
    """SIGTERM (`kill`, systemd, docker stop) stops rasd as Ctrl-C does: worker processes
    are stopped and reaped, committed work kept, one line said. By default the process
    would die at once and leave its workers running."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def __getattr__(name: str) -> Any:
    if name == "app":  # `from rasd.cli import app` gives the full app (tests, embedding)
        return build_app()
    raise AttributeError(name)
