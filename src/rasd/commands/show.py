"""`rasd show ID`: one document (content id) or merged event (m...), as JSON."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from rasd.commands.common import fail
from rasd.commands.ingest import DB_HELP
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL


def register(app: typer.Typer) -> None:
    app.command("show")(show_command)


def show_command(
    item_id: Annotated[str, typer.Argument(metavar="ID",
                                           help="document id, or merged event id (m...)")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_URL,
) -> None:
    """Show a stored document with its copies and group, or a merged event with
    its reports, claims and conflicts."""
    with open_store(db) as store:
        found = store.document(item_id) or store.merged_event(item_id)
    if found is None:
        raise fail(f"{item_id}: no such document or merged event")
    print(json.dumps(found, ensure_ascii=False, indent=1))
