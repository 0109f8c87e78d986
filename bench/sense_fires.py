"""Events on given trigger words in unannotated corpora, to count a sense decision's firings
(events18, data/events/senses.json) and read each one: run it with main's source and with the
branch's and compare.

    PYTHONPATH=src .venv/bin/python bench/sense_fires.py '(عزل|أسر|إعدام|أبلغ|تعهد|سيطر)' \
        demo-data/saudinewsnet/articles.jsonl /tmp/free.jsonl > /tmp/fires.txt

Only articles whose text matches the pattern are run; each event whose trigger matches it is
printed with its corpus, article id, category, status and sentence. With `--count`, every
article of the corpora is run and the events are counted by category instead.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from rasd.pipeline import extract_text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", help="a regular expression on the trigger words")
    ap.add_argument("corpora", nargs="+", help="JSON-lines files with id and content")
    ap.add_argument("--count", action="store_true", help="count every event by category")
    args = ap.parse_args()
    pat = re.compile(args.pattern)
    counts: Counter[str] = Counter()
    for path in args.corpora:
        name = Path(path).stem
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = rec.get("content") or ""
            if not args.count and not pat.search(text):
                continue
            doc = extract_text(text)
            for e in doc.events:
                counts[e.type] += 1
                word = doc.text[e.trigger.start:e.trigger.end]
                if not args.count and pat.search(word):
                    s = doc.sentences[e.sentence]
                    print(f"{name}\t{rec['id']}\t{e.type}\t{word}\t{e.status}\t"
                          + " ".join(doc.text[s.start:s.end].split()))
    if args.count:
        print(sum(counts.values()), "events", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
