"""What the entity layer links and fails to link on a news file with no gold: the share of
entity mentions linked by type, and the unlinked names most often met (to widen the KB by
what news names, never by one article).

    .venv/bin/python scripts/link_report.py [NEWS_JSONL] [--show N] [--type LOC] [--linked]

NEWS_JSONL defaults to ../shared/data/news/saudinewsnet-region.jsonl (fields `content`,
`date_extracted`); `--linked` lists the most frequent links instead (to spot wrong ones).
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from rasd.document import Document, Meta  # noqa: E402
from rasd.entities import link, recognize  # noqa: E402
from rasd.text import stage as segment  # noqa: E402
from rasd.text.normalize import normalize_key  # noqa: E402

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("news", nargs="?", default=str(NEWS / "saudinewsnet-region.jsonl"))
    ap.add_argument("--show", type=int, default=60)
    ap.add_argument("--type", default=None, help="only this entity type (PER, LOC, ORG, MISC)")
    ap.add_argument("--linked", action="store_true", help="list frequent links instead")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    ap.add_argument("--cache", type=Path, help="folder keeping the tagger's spans")
    ap.add_argument("--dump", type=Path,
                    help="write every mention (id, span, type, link) as JSON lines")
    args = ap.parse_args()
    if args.cache:
        from link_errors import cache_tagger
        cache_tagger(args.cache)
    rows = [json.loads(line) for line in Path(args.news).read_text(encoding="utf-8").splitlines()]
    if args.limit:
        rows = rows[:args.limit]
    total: Counter[str] = Counter()
    linked: Counter[str] = Counter()
    missed: Counter[tuple[str, str]] = Counter()
    links: Counter[tuple[str, str, str]] = Counter()
    docs_with: dict[tuple[str, str], set[str]] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for r in rows:
        date = (r.get("date_extracted") or r.get("published") or "")[:10] or None
        doc = Document(text=r.get("content") or r.get("text") or "",
                       meta=Meta(source=r.get("source"), published=date))
        for stage in (segment.stage, recognize.stage, link.stage):
            doc = stage(doc)
        for e in doc.entities:
            if args.type and e.type != args.type:
                continue
            text = doc.span_text(e)
            if dump:
                dump.write(json.dumps({"doc": r.get("id", ""), "start": e.start, "end": e.end,
                                       "type": e.type, "text": text,
                                       "link": e.link.id if e.link else None},
                                      ensure_ascii=False) + "\n")
            total[e.type] += 1
            if e.link:
                linked[e.type] += 1
                links[(e.type, text, e.link.id)] += 1
            else:
                key = (e.type, normalize_key(text))
                missed[key] += 1
                docs_with.setdefault(key, set()).add(r.get("id", ""))
    if dump:
        dump.close()
    for t in sorted(total):
        print(f"{t}: {linked[t]}/{total[t]} linked ({linked[t] / total[t]:.3f})")
    n, k = sum(total.values()), sum(linked.values())
    print(f"all: {k}/{n} linked ({k / max(n, 1):.3f}) in {len(rows)} articles")
    if args.linked:
        for (t, text, eid), c in links.most_common(args.show):
            print(f"{c:5d}  {t:4s} {text}  -> {eid}")
        return
    for (t, key), c in missed.most_common(args.show):
        print(f"{c:5d} {len(docs_with[(t, key)]):4d}d  {t:4s} {key}")


if __name__ == "__main__":
    main()
