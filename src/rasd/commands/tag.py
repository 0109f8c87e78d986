"""`rasd tag FILE.conll`: add a predicted BIO column to a CoNLL file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from rasd.commands.common import fail


def register(app: typer.Typer) -> None:
    app.command("tag")(tag_command)


def tag_command(
    path: Annotated[str, typer.Argument(help="CoNLL file: one token per line, first column the "
                                        "token, blank line between sentences")],
    model: Annotated[Path | None, typer.Option(
        help="a model folder (or one first-pass model file) instead of the shipped one")]
    = None,
) -> None:
    """Print the file with the entity tagger's BIO tag added as a last column."""
    from rasd.entities.tagger import CONLL_WINDOW, Tagger
    from rasd.evaluate_ner import ConllError, read_conll

    try:
        sents = read_conll(path)
        tagger = Tagger(model)
    except (ConllError, FileNotFoundError, OSError) as exc:
        raise fail(str(exc)) from None
    out = sys.stdout
    all_tags = tagger.tag_document([[row[0] for row in s] for s in sents], window=CONLL_WINDOW)
    for k, (sent, tags) in enumerate(zip(sents, all_tags, strict=True)):
        if k:
            out.write("\n")
        for row, tag in zip(sent, tags, strict=True):
            out.write(" ".join(row) + " " + tag + "\n")
