"""`rasd stats`: what the store holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from rasd.commands.common import StoreUrl, fail
from rasd.store import DEFAULT_URL, Store, StoreError
from rasd.store.db import DatabaseError, parse_url


def register(app: typer.Typer) -> None:
    app.command("stats")(stats_command)


def open_store(db: str) -> Store:
    """Open an existing store (a missing SQLite file is an error, not a new store)."""
    try:
        dialect, target = parse_url(db)
        if dialect == "sqlite" and not Path(target).exists():
            raise fail(f"{target}: no store here (run `rasd ingest` first, or pass --db)")
        return Store.open(db)
    except (StoreError, DatabaseError) as exc:
        raise fail(str(exc)) from None


def stats_command(
    db: StoreUrl = DEFAULT_URL,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
) -> None:
    """Counts: documents, copies, near-duplicates, events, merged events, claims, conflicts."""
    with open_store(db) as store:
        s = store.stats()
    if as_json:
        print(json.dumps(s, ensure_ascii=False, indent=1))
        return
    width = max(len(k) for k in s)
    for k, v in s.items():
        if k == "by_category":
            v = ", ".join(f"{c} {n}" for c, n in v.items()) or "-"
        print(f"{k.replace('_', ' '):<{width}}  {v}")
