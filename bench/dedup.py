"""Near-duplicate grouping at scale: time at 10k, 20k, 40k documents.

One store grows to the largest size; at each checkpoint it prints the
cumulative time of the dedup work (MinHash signatures + LSH band lookups in
the store) and of the whole store write (plus full-text index and rows), the
time per 1000 documents of the last stretch (flat = linear growth), and how
well the controlled copies were grouped. Times are CPU seconds of this
process (SQLite runs in it), so other jobs on a shared machine barely move
them; the wall time is printed too. Documents carry text only: this
measures the store, not extraction (see bench/ingest.py for that).

    .venv/bin/python bench/dedup.py                       # 10k, 20k, 40k on SQLite
    .venv/bin/python bench/dedup.py --sizes 2000,4000     # quick
    .venv/bin/python bench/dedup.py --db postgresql://...  # on PostgreSQL (empty db)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rasd.document import Document, Meta  # noqa: E402
from rasd.store import Store, dedup  # noqa: E402
from rasd.store.store import Incoming  # noqa: E402
from synth import corpus, sentences  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,20000,40000")
    ap.add_argument("--db", default=None, help="store URL (default: a temp SQLite file)")
    ap.add_argument("--batch", type=int, default=500)
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{Path(tmp.name) / 'dedup.db'}"

    lookup = {"t": 0.0}
    find = Store._find_group

    def timed_find(self, did, sig, bands):  # type: ignore[no-untyped-def]
        t = time.process_time()
        try:
            return find(self, did, sig, bands)
        finally:
            lookup["t"] += time.process_time() - t

    Store._find_group = timed_find  # type: ignore[method-assign]

    sents = sentences()
    items = list(corpus(sizes[-1], sents=sents))
    article_of: dict[str, int] = {}
    kind_of: dict[str, str] = {}
    print(f"corpus: {len(items)} items from {len(sents)} real sentences "
          f"({sum(i.kind == 'exact' for i in items)} exact copies, "
          f"{sum(i.kind == 'edited' for i in items)} edited copies); store {url.split('://')[0]}")
    print(f"{'docs':>7} {'dedup cpu s':>11} {'store cpu s':>11} {'cpu ms/doc last':>15} "
          f"{'wall s':>7} {'edited found':>12} {'false joins':>11}")
    wall0 = time.perf_counter()
    sig_t = store_t = 0.0
    done = 0
    last_mark = (0, 0.0)
    with Store.open(url) as st:
        for size in sizes:
            while done < size:
                chunk = items[done : min(size, done + args.batch)]
                batch = []
                t = time.process_time()
                for it in chunk:
                    doc = Document(text=it.text, meta=Meta(it.source, None, None, it.published,
                                                           "ar"))
                    article_of.setdefault(doc.id, it.article)
                    kind_of.setdefault(doc.id, it.kind)
                    batch.append(Incoming(doc, f"synth:{done}", dedup.signature(doc.text)))
                sig_t += time.process_time() - t
                t = time.process_time()
                st.add_documents(batch)
                store_t += time.process_time() - t
                done += len(chunk)
            found, false = score(st, article_of, kind_of)
            total = sig_t + store_t
            per_doc = (total - last_mark[1]) / (done - last_mark[0]) * 1000
            last_mark = (done, total)
            print(f"{done:>7} {sig_t + lookup['t']:>11.1f} {total:>11.1f} {per_doc:>15.2f} "
                  f"{time.perf_counter() - wall0:>7.0f} {found:>12.1%} {false:>11}", flush=True)
    tmp.cleanup()


def score(st: Store, article_of: dict[str, int], kind_of: dict[str, str]) -> tuple[float, int]:
    """Share of edited copies grouped with their original; documents grouped wrongly."""
    group_article: dict[str, int] = {}
    rows = st.db.query("SELECT id, group_id FROM documents")
    for r in rows:
        if r["id"] == r["group_id"]:
            group_article[r["id"]] = article_of[r["id"]]
    edited = [r for r in rows if kind_of.get(r["id"]) == "edited"]
    found = sum(1 for r in edited if group_article.get(r["group_id"]) == article_of[r["id"]])
    false = sum(1 for r in rows if r["id"] != r["group_id"]
                and group_article.get(r["group_id"]) != article_of[r["id"]])
    return (found / len(edited) if edited else 1.0), false


if __name__ == "__main__":
    main()
