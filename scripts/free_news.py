"""News records free for a new gold set or for examples: not annotated in any gold set, no
near-copy (>= 30% of its word 5-grams) of an article of a set kept unseen, and no other
outlet's telling of an unseen article's story: sharing more than two of its Arabic word
6-grams (a sentence or a clause; one or two are mostly stock phrases). A test row or a rule
written from such a record is tuned to the unseen article (`bench/quoted_gold.py` finds the
rows that already are).

    .venv/bin/python scripts/free_news.py ../shared/data/news/saudinewsnet-region.jsonl OUT.jsonl

With --drop-dev it also drops near-copies of the dev sets' articles (another outlet's copy of
an annotated story): an audit on free news then counts no dev case twice.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"
# Sets scored only at a session's start and end: no rule may be written from them.
UNSEEN = ("heldout", "heldout2", "heldout3", "fresh6", "fresh9", "fresh12", "fresh14",
          "fresh16", "fresh18", "fresh20", "fresh22", "fresh24", "fresh26",
          "fresh28", "fresh30")
COPY_SHARE = 0.3
TOLD_SHARED = 2  # more shared word 6-grams than this: the same story told
ARABIC_WORD = re.compile(r"[\u0600-\u06FF]+")


def grams(text: str) -> set[str]:
    words = re.findall(r"\w+", text)
    return {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}


def sentence_grams(text: str) -> set[str]:
    """Arabic word 6-grams: what a quoted sentence or clause leaves in another text."""
    w = ARABIC_WORD.findall(text)
    return {" ".join(w[i:i + 6]) for i in range(len(w) - 5)}


def annotated_ids() -> set[str]:
    ids = set()
    for path in GOLD.rglob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(gold, dict) and gold.get("dataset_id"):
            ids.add(gold["dataset_id"])
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--field", default="content", help="the record's text field")
    ap.add_argument("--drop-dev", action="store_true",
                    help="also drop near-copies of the dev sets' articles")
    args = ap.parse_args()
    used = annotated_ids()
    texts = [p.read_text(encoding="utf-8") for s in UNSEEN for p in (GOLD / s).glob("*.raw.txt")]
    unseen = [grams(t) for t in texts]
    if args.drop_dev:
        unseen += [grams(p.read_text(encoding="utf-8")) for p in GOLD.rglob("*.raw.txt")
                   if p.parent.name not in UNSEEN]
    told = [sentence_grams(t) for t in texts]
    kept = dropped = 0
    with args.src.open(encoding="utf-8") as src, args.dst.open("w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            text = record.get(args.field) or ""
            own, clauses = grams(text), sentence_grams(text)
            copy = any(own and len(own & u) / len(own) >= COPY_SHARE for u in unseen) or any(
                len(clauses & t) > TOLD_SHARED for t in told)
            if record.get("id") in used or copy:
                dropped += 1
            else:
                dst.write(line)
                kept += 1
    what = "copies of dev or unseen articles" if args.drop_dev else "copies"
    print(f"kept {kept}, dropped {dropped} (annotated, or {what} or tellings of unseen articles)")


if __name__ == "__main__":
    main()
