"""Out-of-domain check: the entity tagger on the held-out tenth of WikiFANEGold.

    python scripts/eval_wikifane.py [--mode accurate|fast|e5] [--model DIR]

WikiFANEGold is Arabic Wikipedia (CC BY-SA 3.0), not news: every tenth block of 50
sentences (scripts/ner_corpora.py, `split_wikifane`; never trained on) is scored on
PER, LOC and ORG with CoNLL rules, MISC predictions dropped (the mapping of the
fine classes, `core`, gives no MISC). Needs ../shared/data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_corpora import read_wikifane, split_wikifane  # noqa: E402
from rasd.entities.tagger import CONLL_WINDOW, MODES, Tagger  # noqa: E402
from rasd.evaluate_ner import format_score, score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", default="accurate", choices=list(MODES))
    ap.add_argument("--model", type=Path, help="a model folder instead of the shipped one")
    args = ap.parse_args(argv)
    _, (words, gold) = split_wikifane(*read_wikifane("core"))
    tagger = Tagger(args.model, mode=args.mode)
    pred = [[t if t[2:] in ("PER", "LOC", "ORG") else "O" for t in s]
            for s in tagger.tag_document(words, CONLL_WINDOW)]
    print(f"WikiFANE held-out tenth: {len(words)} sentences, {sum(map(len, words))} tokens, "
          f"mode {tagger.mode}")
    print(format_score(score(gold, pred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
