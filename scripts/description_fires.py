"""Where the description pass (rasd.entities.descriptions) fires on a news file with no gold:
each description linked, with the body it was linked to and the sentence around it, plus the
descriptions of the table met but left unlinked (no candidate, or two).

    .venv/bin/python scripts/description_fires.py NEWS_JSONL [--cache DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rasd.document import Document, Meta  # noqa: E402
from rasd.entities import link, recognize  # noqa: E402
from rasd.entities.descriptions import description_of  # noqa: E402
from rasd.entities.kb import name_key  # noqa: E402
from rasd.text import stage as segment  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("news")
    ap.add_argument("--cache", type=Path, help="folder keeping the tagger's spans")
    ap.add_argument("--out", type=Path, help="write each description met as JSON lines")
    args = ap.parse_args()
    if args.cache:
        from link_errors import cache_tagger
        cache_tagger(args.cache)
    rows = [json.loads(line) for line in Path(args.news).read_text(encoding="utf-8").splitlines()]
    fired: Counter[str] = Counter()
    left: Counter[str] = Counter()
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for n, r in enumerate(rows):
        date = (r.get("date_extracted") or r.get("published") or "")[:10] or None
        doc = Document(text=r.get("content") or r.get("text") or "", meta=Meta(published=date))
        for stage in (segment.stage, recognize.stage, link.stage):
            doc = stage(doc)
        for e in doc.entities:
            text = doc.span_text(e)
            if e.type != "ORG" or description_of(name_key(text)) is None:
                continue
            (fired if e.link else left)[f"{name_key(text)} -> {e.link.id if e.link else '-'}"] += 1
            if out:
                before = [f"{doc.span_text(f)}={f.link.id}" for f in doc.entities
                          if f.end <= e.start and f.link is not None and f.type == "ORG"]
                out.write(json.dumps({"doc": r.get("id", n), "text": text,
                                      "link": e.link.id if e.link else None,
                                      "context": doc.text[max(0, e.start - 200):e.end + 80],
                                      "orgs_before": before}, ensure_ascii=False) + "\n")
    if out:
        out.close()
    print(f"linked {sum(fired.values())}, left unlinked {sum(left.values())} in {len(rows)} articles")
    for k, c in fired.most_common():
        print(f"{c:4d}  {k}")
    print("-- unlinked")
    for k, c in left.most_common():
        print(f"{c:4d}  {k}")


if __name__ == "__main__":
    main()
