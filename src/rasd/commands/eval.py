"""`rasd eval ...`: one sub-command per kind of gold data.

    rasd eval ner FILE.conll     entity tagger vs. CoNLL gold tags (commands/eval_ner.py)

Each kind lives in its own module with `register(eval_app)`; add it to KINDS.
"""

from __future__ import annotations

import importlib

import typer

eval_app = typer.Typer(
    name="eval",
    help="Score rasd against gold data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

KINDS = ["eval_ner"]


def register(app: typer.Typer) -> None:
    for name in KINDS:
        importlib.import_module(f"rasd.commands.{name}").register(eval_app)
    app.add_typer(eval_app, name="eval")
