"""`rasd eval ...`: one sub-command per kind of gold data.

    rasd eval ner FILE.conll     entity tagger vs. CoNLL gold tags (commands/eval_ner.py)
    rasd eval gold GOLD.json...  whole pipeline vs. gold files (commands/eval_gold.py);
    rasd eval GOLD.json...       the same (arguments that name no sub-command mean `gold`)
    rasd eval merge              cross-report merging vs. merge gold (commands/eval_merge.py)

Each kind lives in its own module with `register(eval_app)`; add it to KINDS.
"""

from __future__ import annotations

import importlib

import click
import typer
from typer.core import TyperGroup


class _EvalGroup(TyperGroup):
    """Bare `rasd eval GOLD.json...` runs the `gold` sub-command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h") \
                and "gold" in self.commands:
            args = ["gold", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(
    name="eval",
    cls=_EvalGroup,
    help="Score rasd against gold data. `rasd eval GOLD.json...` = `rasd eval gold GOLD.json...`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

KINDS = ["eval_ner", "eval_gold", "eval_merge"]


def register(app: typer.Typer) -> None:
    for name in KINDS:
        importlib.import_module(f"rasd.commands.{name}").register(eval_app)
    app.add_typer(eval_app, name="eval")
