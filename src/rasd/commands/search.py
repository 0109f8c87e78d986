"""`rasd search QUERY`: full-text search with the event filters."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from rasd.commands.common import check_date
from rasd.commands.ingest import DB_HELP
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL, Filters


def register(app: typer.Typer) -> None:
    app.command("search")(search_command)


def search_command(
    query: Annotated[str, typer.Argument(help="words (all must match) and \"quoted phrases\"; "
                                              "'' for filters only")] = "",
    category: Annotated[str | None, typer.Option(help="PLOVER category, e.g. ASSAULT")] = None,
    actor: Annotated[str | None, typer.Option(help="event actor: KB id or name")] = None,
    place: Annotated[str | None, typer.Option(help="event place: KB id or name")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, typer.Option(help="source outlet")] = None,
    page: Annotated[int, typer.Option(min=1)] = 1,
    per_page: Annotated[int, typer.Option(min=1, max=500)] = 20,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_URL,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
) -> None:
    """Search documents (diacritics, hamza forms and clitics ignored)."""
    f = Filters(category=category, actor=actor, place=place, date_from=check_date(date_from),
                date_to=check_date(date_to), outlet=outlet)
    with open_store(db) as store:
        if query.strip():
            result = store.search(query, f, page, per_page)
        else:
            result = store.documents(page, per_page, f)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    print(f"{result.total} documents" + (f" (page {result.page})" if result.total > per_page
                                         else ""))
    for item in result.items:
        head = "  ".join(x for x in (item["id"], item["published"] or "-",
                                     ", ".join(item["outlets"]) or "-",
                                     item["title"] or "") if x)
        print(head)
        if item.get("snippet"):
            print("    " + item["snippet"])
