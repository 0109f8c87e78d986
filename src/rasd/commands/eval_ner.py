"""`rasd eval ner FILE.conll`: score the entity tagger against gold BIO tags."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rasd.commands.common import fail


def register(app: typer.Typer) -> None:
    app.command("ner")(eval_ner_command)


def eval_ner_command(
    path: Annotated[str, typer.Argument(help="CoNLL file whose last column is the gold tag")],
    model: Annotated[Path | None, typer.Option(
        help="a model folder (or one first-pass model file) instead of the shipped one")]
    = None,
) -> None:
    """Precision, recall and F1 per type and overall, CoNLL rules (exact span and type)."""
    from rasd.entities.tagger import CONLL_WINDOW, Tagger
    from rasd.evaluate_ner import ConllError, format_score, read_conll, score

    try:
        sents = read_conll(path)
        if len(sents[0][0]) < 2:
            raise ConllError(f"{path}: one column only; the gold tag must be the last column")
        tagger = Tagger(model)
    except (ConllError, FileNotFoundError, OSError, ValueError) as exc:  # ValueError: mode
        raise fail(str(exc)) from None
    gold = [[row[-1] for row in s] for s in sents]
    bad = {t for s in gold for t in s if t != "O" and not (len(t) > 2 and t[1] == "-")}
    if bad:
        raise fail(f"{path}: last column is not BIO tags (e.g. {sorted(bad)[0]!r})")
    pred = tagger.tag_document([[row[0] for row in s] for s in sents], window=CONLL_WINDOW)
    print(format_score(score(gold, pred)))
