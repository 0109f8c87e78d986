"""`rasd search QUERY`: full-text search with the event filters."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from rasd.commands.common import (
    ActorFilter,
    CategoryFilter,
    DateFrom,
    DateTo,
    OutletFilter,
    PlaceFilter,
    RecordFilter,
    StatusFilter,
    StoreUrl,
    check_outlet,
    event_filters,
)
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL


def register(app: typer.Typer) -> None:
    app.command("search")(search_command)


def search_command(
    query: Annotated[str, typer.Argument(help="words (all must match, whatever clitics they "
                                              "carry) and \"quoted phrases\"; '' for filters "
                                              "only")] = "",
    category: CategoryFilter = None,
    actor: ActorFilter = None,
    place: PlaceFilter = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    outlet: OutletFilter = None,
    status: StatusFilter = None,
    record: RecordFilter = None,
    page: Annotated[int, typer.Option(min=1)] = 1,
    per_page: Annotated[int, typer.Option(min=1, max=500)] = 20,
    db: StoreUrl = DEFAULT_URL,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
) -> None:
    """Search documents (diacritics, hamza forms and clitics ignored)."""
    f = event_filters(category, actor, place, date_from, date_to, status, record)
    with open_store(db) as store:
        f.outlet = check_outlet(store, outlet)
        if query.strip():
            result = store.search(query, f, page, per_page)
        else:
            result = store.documents(page, per_page, f)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    pages = -(-result.total // per_page)
    noun = "document" if result.total == 1 else "documents"
    console.print(f"{result.total} {noun}" + (f" (page {result.page} of {pages})"
                                                 if pages > 1 else ""))
    for item in result.items:
        head = "  ".join(x for x in (item["id"], item["published"] or "-",
                                     ", ".join(item["outlets"]) or "-",
                                     item["title"] or "") if x)
        console.print(Text(head))
        if item.get("snippet"):
            line = Text("    " + item["snippet"])
            style = "bold reverse" if console.is_terminal else ""
            for s, e in item.get("highlights", []):
                line.stylize(style or "bold", 4 + s, 4 + e)
            console.print(line)
    if not result.items and query.strip() and sys.stderr.isatty():
        console.print("no match: try fewer words, or drop a filter", style="dim")
