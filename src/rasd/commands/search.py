"""`rasd search QUERY`: full-text search with the event filters."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from rasd.commands.common import check_categories, check_date, check_outlet, check_status
from rasd.commands.ingest import DB_HELP
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL, Filters


def register(app: typer.Typer) -> None:
    app.command("search")(search_command)


def search_command(
    query: Annotated[str, typer.Argument(help="words (all must match, whatever clitics they "
                                              "carry) and \"quoted phrases\"; '' for filters "
                                              "only")] = "",
    category: Annotated[str | None, typer.Option(
        help="PLOVER category, e.g. ASSAULT, or several comma-separated")] = None,
    actor: Annotated[str | None, typer.Option(help="event actor: KB id or name")] = None,
    place: Annotated[str | None, typer.Option(help="event place: KB id or name")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, typer.Option(help="source outlet (its slug)")] = None,
    status: Annotated[str | None, typer.Option(help="event status, e.g. asserted")] = None,
    record: Annotated[str | None, typer.Option(help="the input record's own id")] = None,
    page: Annotated[int, typer.Option(min=1)] = 1,
    per_page: Annotated[int, typer.Option(min=1, max=500)] = 20,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_URL,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
) -> None:
    """Search documents (diacritics, hamza forms and clitics ignored)."""
    f = Filters(category=check_categories(category), actor=actor, place=place,
                date_from=check_date(date_from, "--from"), date_to=check_date(date_to, "--to"),
                status=check_status(status), record_id=record)
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
