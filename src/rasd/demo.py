"""`make demo`: extract the bundled demo articles and print a readable summary."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rasd.pipeline import Pipeline, extract
from rasd.readers.files import record_from_json

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "demo-data" / "saudinewsnet" / "articles.jsonl"


def main(limit: int = 20) -> None:
    pipeline = Pipeline()
    totals: Counter[str] = Counter()
    with DEMO.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            obj = json.loads(line)
            doc = extract(record_from_json(obj, f"{DEMO.name}:{n + 1}"),
                          published=(obj.get("date_extracted") or "")[:10] or None,
                          pipeline=pipeline)
            for layer in ("entities", "quantities", "times", "claims", "events"):
                totals[layer] += len(getattr(doc, layer))
            print(f"— {doc.meta.source} {doc.meta.published} {doc.meta.title}")
            for q in doc.quantities[:3]:
                print(f"   quantity {doc.span_text(q)!r} = {q.value} {q.unit or ''}")
            for t in doc.times[:3]:
                print(f"   time     {doc.span_text(t)!r} = {t.date}")
            for c in doc.claims[:2]:
                print(f"   claim    {doc.span_text(c.speaker)} ← {doc.span_text(c.cue)}: "
                      f"{doc.span_text(c.content)[:80]}")
            for v in doc.events[:3]:
                print(f"   event    {v.type} {doc.span_text(v.trigger)!r} ({v.status})")
    print("\n" + ", ".join(f"{k}: {v}" for k, v in totals.items()))


if __name__ == "__main__":
    main()
