"""`rasd eval gold GOLD.json...` (also bare `rasd eval GOLD.json...`): score the pipeline
against gold files in the shared/gold format; see rasd.evaluate for the matching rules."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from rasd.commands.common import fail
from rasd.evaluate import GoldError, evaluate_files, format_summary, format_table, report


def register(app: typer.Typer) -> None:
    app.command("gold")(eval_gold_command)


def eval_gold_command(
    paths: Annotated[list[str], typer.Argument(
        help="gold JSON files (raw article beside them) or folders of them")],
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
    detail: Annotated[bool, typer.Option(
        "--detail", help="every figure for every article, not only the micro-average")] = False,
    errors: Annotated[bool, typer.Option(
        "--errors", help="list each article's missed and spurious items and wrong arguments")]
    = False,
) -> None:
    """Run the pipeline on gold files' articles: one line per article (F1 of entities, claims,
    events; precision and recall of event arguments), then every figure, micro-averaged."""
    try:
        per, total = evaluate_files(paths)
    except GoldError as exc:
        raise fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(report(per, total), ensure_ascii=False, indent=1) + "\n")
    else:
        if errors:
            for path, s in per:
                sys.stdout.write(f"{path}\n" + "".join(f"  {e}\n" for e in s.errors))
        sys.stdout.write(format_summary(per, total) + "\n\n"
                         + format_table(per, total, detail) + "\n")
