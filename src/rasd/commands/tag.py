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
    model: Annotated[Path | None, typer.Option(help="a CRF model file instead of the shipped one")]
    = None,
) -> None:
    """Print the file with the entity tagger's BIO tag added as a last column."""
    from rasd.entities.tagger import Tagger
    from rasd.evaluate_ner import ConllError, read_conll

    try:
        sents = read_conll(path)
        tagger = Tagger(model)
    except (ConllError, FileNotFoundError, OSError) as exc:
        raise fail(str(exc)) from None
    out = sys.stdout
    for k, sent in enumerate(sents):
        if k:
            out.write("\n")
        tags = tagger.tag([row[0] for row in sent])
        for row, tag in zip(sent, tags, strict=True):
            out.write(" ".join(row) + " " + tag + "\n")
