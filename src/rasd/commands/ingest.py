"""`rasd ingest SOURCE...`: extract articles in parallel into the store."""

from __future__ import annotations

import os
from concurrent.futures.process import BrokenProcessPool
from typing import Annotated

import typer

from rasd.commands.common import (
    FollowSymlinks,
    StoreUrl,
    TimeBudget,
    check_date,
    fail,
    warn,
)
from rasd.store import DEFAULT_URL, StoreError


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)


def ingest_command(
    sources: Annotated[list[str], typer.Argument(
        help="files or directories (txt, html, jsonl, ... as the readers support)")],
    db: StoreUrl = DEFAULT_URL,
    workers: Annotated[int, typer.Option("--workers", "-w", min=0, max=64,
                       help="extraction processes (0: one per CPU)")] = 0,
    published: Annotated[str | None, typer.Option(
        help="publication date YYYY-MM-DD for inputs that carry none")] = None,
    source: Annotated[str | None, typer.Option(
        help="outlet name for inputs that carry none")] = None,
    batch: Annotated[int, typer.Option(min=1, max=10000,
                     help="documents per transaction")] = 64,
    text_column: Annotated[str | None, typer.Option(
        help="CSV inputs: the column holding the article text")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    scheduler: Annotated[str | None, typer.Option(
        help="extract on a Dask cluster: its scheduler (tcp://host:8786), or 'local' for a "
             "LocalCluster of --workers processes (needs rasd[dist])")] = None,
    follow_symlinks: FollowSymlinks = False,
    time_budget: TimeBudget = 60.0,
) -> None:
    """Ingest articles into the store: idempotent, resumable, parallel."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from rasd import limits
    from rasd.distributed import ClusterError, ingest_on
    from rasd.ingest import ingest

    published = check_date(published)
    n = workers or max(1, min(os.cpu_count() or 1, 8))
    console = Console(stderr=True)
    progress = Progress(SpinnerColumn(), TextColumn("ingest"),
                        TextColumn("{task.completed} docs"),
                        TextColumn("{task.fields[rate]:.1f} docs/s"),
                        TextColumn("{task.fields[added]} new, {task.fields[bad]} skipped"),
                        TimeElapsedColumn(), console=console, disable=quiet,
                        transient=False)
    task = progress.add_task("ingest", total=None, rate=0.0, added=0, bad=0)
    # The first skipped item is held back: when it is all there is (an empty folder, a
    # header-only CSV), it alone is the one-line error.
    held: list[str] = []
    said = [False]

    def say(line: str) -> None:
        if progress.live.is_started:
            progress.console.print(f"rasd: {line}", markup=False, highlight=False)
        else:
            warn(line)

    def on_bad(message: str) -> None:
        if not said[0] and not held:
            held.append(message)
            return
        release()
        say(f"skipped {message}")

    def release() -> None:
        if held and not said[0]:
            say(f"skipped {held[0]}")
        said[0] = True

    def on_warning(message: str) -> None:
        say(f"warning: {message}")

    def on_progress(r) -> None:  # type: ignore[no-untyped-def]
        progress.update(task, completed=r.records, rate=r.rate, added=r.added, bad=r.bad)

    reader_options: dict[str, object] = {"follow_symlinks": follow_symlinks}
    if text_column:
        reader_options["text_column"] = text_column
    options = dict(published=published, source=source, batch_size=batch, on_bad=on_bad,
                   on_progress=on_progress, on_warning=on_warning, budget_s=time_budget,
                   reader_options=reader_options)
    limits.watch_interrupts()
    try:
        with progress:
            if scheduler:
                report = ingest_on(scheduler, sources, db, workers=n, **options)
            else:
                report = ingest(sources, db, workers=n, **options)
        limits.stop_if_interrupted()  # pressed, but swallowed on the way: still interrupted
    except StoreError as exc:
        release()
        raise fail(str(exc)) from None
    except ClusterError as exc:
        release()
        raise fail(str(exc)) from None
    except BrokenProcessPool:
        release()
        raise fail("a worker process died (out of memory?): committed batches are kept; "
                   "run the same command again to resume") from None
    except KeyboardInterrupt:
        release()
        raise fail("interrupted: committed batches are kept; run the same command "
                   "again to resume", 130) from None
    nothing = report.added + report.copies == 0
    if nothing and report.bad == 1 and held and not said[0]:
        raise fail(held[0])  # one empty or unreadable input: that is the whole story
    release()
    warn(report.summary())
    if report.records == 0 or (nothing and report.bad):
        raise fail("nothing ingested")
