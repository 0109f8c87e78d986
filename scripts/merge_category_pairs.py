"""Which categories do different outlets give one incident?
(docs/history/store.md, category families)

Counts, in a store, the category pairs of event mentions from different outlets that
agree on the day, on a specific place and on a specific actor or target: the evidence
for (or against) merging categories into families in data/store/merge.json.

    .venv/bin/python scripts/merge_category_pairs.py --db sqlite:///demo.db [--examples 3]
"""

from __future__ import annotations

import argparse
import collections
import itertools

from rasd.store import Store, merge
from rasd.store.blobs import unpack
from rasd.store.merged import MEMBER


def _places(m: merge.Mention) -> set[str]:
    out = set()
    for p in m.event_places():
        out.add(p.key)
        if p.level > merge.rules()["specific_level"] and p.within:
            out.add(p.within[0])  # a neighbourhood and its town
    return out


def _parties(m: merge.Mention) -> set[str]:
    return {i for p in m.actors + m.recipients for i in p.specific_ids}


def category_pairs(store: Store) -> tuple[collections.Counter, dict]:
    mentions = [merge.Mention.from_json(unpack(r["features"]), r) for r in store.db.query(
        f"SELECT {MEMBER} FROM events WHERE status = 'asserted' ORDER BY doc_id, event_id")]
    by_day: dict[str, list[merge.Mention]] = collections.defaultdict(list)
    for m in mentions:
        for d in m.days():
            by_day[d].append(m)
    pairs: collections.Counter = collections.Counter()
    examples: dict = collections.defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for day in sorted(by_day):
        for a, b in itertools.combinations(by_day[day], 2):
            key = (min(a.key, b.key), max(a.key, b.key))
            if a.outlet == b.outlet or key in seen:
                continue
            seen.add(key)
            if _places(a) & _places(b) and _parties(a) & _parties(b):
                kinds = tuple(sorted((a.type, b.type)))
                pairs[kinds] += 1
                examples[kinds].append(key)
    return pairs, examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="sqlite:///rasd.db")
    ap.add_argument("--examples", type=int, default=0, help="mention keys shown per pair")
    args = ap.parse_args()
    with Store.open(args.db, readonly=True) as store:
        pairs, examples = category_pairs(store)
    same = sum(n for (a, b), n in pairs.items() if a == b)
    print(f"{sum(pairs.values())} pairs, {same} of the same category")
    for (a, b), n in pairs.most_common():
        print(f"{a:10s} {b:10s} {n:5d}  " + "  ".join(
            " / ".join(k) for k in examples[(a, b)][:args.examples]))


if __name__ == "__main__":
    main()
