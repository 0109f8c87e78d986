"""`rasd remerge`: recompute a store's merged events under the current merge rules."""

from __future__ import annotations

import time

import typer

from rasd.commands.common import StoreUrl, fail
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL, StoreError
from rasd.store.db import DatabaseError
from rasd.store.store import progress_line


def register(app: typer.Typer) -> None:
    app.command("remerge")(remerge_command)


def remerge_command(
    db: StoreUrl = DEFAULT_URL,
) -> None:
    """Recompute the merged events, their conflicts and the kept counts from the stored
    documents under the current merge rules (a store built before schema 12 asks for it),
    in one transaction: interrupted, the store is as it was."""
    start = time.perf_counter()
    with open_store(db) as store:
        try:
            n = store.remerge(progress_line("re-merging", least=1))
            merged = store.db.scalar("SELECT count(*) FROM merged_events")
        except (StoreError, DatabaseError) as exc:
            raise fail(str(exc)) from None
    print(f"re-merged {n:,} documents: {merged:,} merged events"
          f" ({time.perf_counter() - start:.1f} s)")
