"""News records free for a new gold set or for examples: not annotated in any gold set, and
no near-copy (>= 30% of its word 5-grams) of an article of a set kept unseen.

    .venv/bin/python scripts/free_news.py ../shared/data/news/saudinewsnet-region.jsonl OUT.jsonl
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
          "fresh28")
COPY_SHARE = 0.3


def grams(text: str) -> set[str]:
    words = re.findall(r"\w+", text)
    return {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}


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
    args = ap.parse_args()
    used = annotated_ids()
    unseen = [grams(p.read_text(encoding="utf-8")) for s in UNSEEN
              for p in (GOLD / s).glob("*.raw.txt")]
    kept = dropped = 0
    with args.src.open(encoding="utf-8") as src, args.dst.open("w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            own = grams(record.get(args.field) or "")
            copy = any(own and len(own & u) / len(own) >= COPY_SHARE for u in unseen)
            if record.get("id") in used or copy:
                dropped += 1
            else:
                dst.write(line)
                kept += 1
    print(f"kept {kept}, dropped {dropped} (annotated or near-copies of unseen sets)")


if __name__ == "__main__":
    main()
