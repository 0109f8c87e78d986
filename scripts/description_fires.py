"""Where the description passes fire on a news file with no gold: each description mention
linked by `rasd.entities.descriptions.link_descriptions`, each event role whose phrase is a
description pointed at a body named before (`described_entity`), with the text around it, and
the descriptions met but left unlinked (no candidate, or two).

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

from rasd.entities.descriptions import description_of  # noqa: E402
from rasd.entities.kb import name_key  # noqa: E402
from rasd.pipeline import Pipeline, make_document  # noqa: E402
from rasd.readers.record import Record  # noqa: E402


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
    pipe = Pipeline()
    seen: Counter[str] = Counter()
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for n, r in enumerate(rows):
        date = (r.get("date_extracted") or r.get("published") or "")[:10] or None
        text = r.get("content") or r.get("text") or ""
        doc = next(iter(pipe.pipe([make_document(
            Record(origin="news", text=text, id=str(r.get("id", n))), published=date)])))
        ents = {e.id: e for e in doc.entities}
        met = [("mention", e.start, e.end, e.link.id if e.link else None)
               for e in doc.entities if e.type == "ORG"]
        for ev in doc.events:
            for role in (*ev.actor, *ev.recipient):
                f = ents.get(role.entity) if role.entity else None
                if f is None or (f.start, f.end) != (role.start, role.end):
                    met.append(("role", role.start, role.end,
                                f.link.id if f is not None and f.link else None))
        for where, start, end, link in met:
            key = name_key(doc.text[start:end])
            if description_of(key) is None:
                continue
            seen[f"{where:7s} {key} -> {link or '-'}"] += 1
            if out:
                out.write(json.dumps({"doc": r.get("id", n), "where": where,
                                      "text": doc.text[start:end], "link": link,
                                      "context": doc.text[max(0, start - 200):end + 80]},
                                     ensure_ascii=False) + "\n")
    if out:
        out.close()
    print(f"{sum(seen.values())} descriptions met in {len(rows)} articles")
    for k, c in sorted(seen.items(), key=lambda kc: (-kc[1], kc[0])):
        print(f"{c:4d}  {k}")


if __name__ == "__main__":
    main()
