"""Which gold articles have sentences quoted in the repository's code, tests or docs.

A gold set scores text rasd has never seen only if none of its sentences was used to write
rules or tests: a rule written from another outlet's copy of the same story is tuned to it.
This lists, for each raw file of the named sets, how many of its word 6-grams (Arabic words
only) also occur in `src/` (code, lexicons), `tests/*.py`, `bench/`, `scripts/` and `docs/`,
and the files that share the most. The KB and the NER training lists are left out: names
there are knowledge, not sentences. A count of 1–2 is mostly a stock phrase.

    python bench/quoted_gold.py tests/gold/fresh27 [more set folders] [--copy-clean DIR --max 2]

`--copy-clean DIR` copies the files with at most `--max` shared 6-grams (gold JSON with its
raw file, renamed SET--NAME) into DIR, so `rasd eval DIR` scores the unquoted part alone.
Unseen sets: coordinator only.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from free_news import sentence_grams as grams  # noqa: E402  (one measure for both checks)

SOURCES = ("src/**/*.py", "src/**/*.json", "src/**/*.txt", "src/**/*.tsv", "tests/*.py",
           "bench/*.py", "scripts/*.py", "docs/**/*.md")
SKIP = ("data/kb", "data/ner")
def repo_grams() -> dict[str, set[str]]:
    """6-grams of every source file, by path."""
    out: dict[str, set[str]] = {}
    for pattern in SOURCES:
        for p in ROOT.glob(pattern):
            if any(s in p.as_posix() for s in SKIP):
                continue
            g = grams(p.read_text(encoding="utf-8", errors="replace"))
            if g:
                out[p.relative_to(ROOT).as_posix()] = g
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--copy-clean", type=Path)
    ap.add_argument("--max", type=int, default=2)
    a = ap.parse_args()
    index = repo_grams()
    every = set().union(*index.values())
    if a.copy_clean:
        a.copy_clean.mkdir(parents=True, exist_ok=True)
    for folder in a.sets:
        quoted = 0
        raws = sorted(folder.glob("*.raw.txt"))
        for raw in raws:
            g = grams(raw.read_text(encoding="utf-8"))
            where = Counter({p: len(g & h) for p, h in index.items() if g & h})
            shared = len(g & every)
            quoted += shared > a.max
            top = ", ".join(f"{p} {n}" for p, n in where.most_common(3))
            print(f"  {folder.name}/{raw.name[:60]}: {shared}" + (f" ({top})" if top else ""))
            if a.copy_clean and shared <= a.max:
                stem = raw.name[: -len(".raw.txt")]
                gold = json.loads(raw.with_name(stem + ".json").read_text(encoding="utf-8"))
                gold["raw"] = f"{folder.name}--{gold['raw']}"
                shutil.copy(raw, a.copy_clean / f"{folder.name}--{raw.name}")
                (a.copy_clean / f"{folder.name}--{stem}.json").write_text(
                    json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{folder.name}: {quoted} of {len(raws)} files share more than {a.max} 6-grams")


if __name__ == "__main__":
    main()
