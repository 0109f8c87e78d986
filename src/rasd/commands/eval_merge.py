"""`rasd eval merge`: cross-report merging in a store vs. hand-labelled incidents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from rasd.commands.common import StoreUrl, fail
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL

GOLD = Path("tests") / "merge_gold" / "incidents.jsonl"
CHECKOUT = Path(__file__).resolve().parents[3]


def register(app: typer.Typer) -> None:
    app.command("merge")(eval_merge_command)


def eval_merge_command(
    gold: Annotated[Path | None, typer.Option(
        help=f"incidents file (default: {GOLD} of this checkout)")] = None,
    db: StoreUrl = DEFAULT_URL,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
    misses: Annotated[str | None, typer.Option(
        help="list the unmerged same-incident pairs of this split (dev, test, all) and "
             "the rule that refused each")] = None,
) -> None:
    """Pairwise merge precision/recall (dev, test, all), the share of same-incident
    report pairs merged, merges across incidents, and the store's merged-event figures.
    The store must hold the gold's articles (`make demo` ingests them into rasd.db)."""
    from rasd.store.merge_eval import GoldError, evaluate, format_report

    if misses not in (None, "dev", "test", "all"):
        raise fail(f"--misses: {misses!r} is not a split (dev, test, all)")
    path = gold or (GOLD if GOLD.exists() else CHECKOUT / GOLD)
    with open_store(db) as store:
        try:
            report = evaluate(store, path, misses)
        except GoldError as exc:
            raise fail(str(exc)) from None
    if report["gold"]["found"] == 0:
        raise fail(f"{db}: none of the gold's articles is stored (ingest the demo corpus)")
    print(json.dumps(report, ensure_ascii=False, indent=1) if as_json
          else format_report(report))
