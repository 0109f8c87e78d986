"""Search by a word with its clitics: documents found per query, before and after the query
side learned to strip them, on a store (the demo store by default).

"before" is the query as rasd searched it until then: the typed word had to be among a
document's indexed readings (`stems : "بحلب"`), so بحلب found only the documents spelling
بحلب. "after" is `Store.search` now (each stripped reading the corpus backs joins the word's
OR group: see rasd.store.fts). Each clitic form should find what its bare form finds.

    make demo   # once: ./rasd.db
    .venv/bin/python bench/search_clitics.py [--db sqlite:///rasd.db] [WORD ...]
"""

from __future__ import annotations

import argparse
import time

from rasd.store import Store, fts

# (bare form, clitic forms): a city, an armed group, a capital, a province
DEFAULT = [("حلب", ["بحلب", "وحلب", "لحلب"]), ("الحوثيين", ["للحوثيين", "والحوثيين"]),
           ("دمشق", ["ودمشق", "بدمشق"]), ("الرقة", ["بالرقة", "وبالرقة"]),
           ("روسيا", ["لروسيا", "وروسيا"]), ("القصف", ["بالقصف", "والقصف"])]


def before(store: Store, word: str) -> int:
    """Documents whose readings include the typed word itself (no query-side stripping)."""
    terms = fts.parse_query(word).terms
    match = " AND ".join(f'"{t}"' for t in terms)
    return int(store.db.scalar("SELECT count(*) FROM doc_fts_stems WHERE doc_fts_stems MATCH ?",
                               (match,)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="sqlite:///rasd.db")
    ap.add_argument("words", nargs="*", help="extra clitic forms to measure")
    args = ap.parse_args()
    rows = DEFAULT + [(w, []) for w in args.words]
    with Store.open(args.db, readonly=True) as store:
        if store.db.is_pg:
            raise SystemExit("bench/search_clitics.py reads SQLite FTS5 for 'before'")
        print(f"store {args.db}: {store.stats()['documents']} documents")
        print(f"{'query':<14}{'before':>8}{'after':>8}{'bare form':>11}{'ms':>7}")
        for bare, forms in rows:
            target = store.search(bare, per_page=1).total
            for q in [bare, *forms]:
                t0 = time.perf_counter()
                after = store.search(q, per_page=20).total
                ms = (time.perf_counter() - t0) * 1000
                ok = "" if after == target else "  (differs)"
                print(f"{q:<14}{before(store, q):>8}{after:>8}{target:>11}{ms:>7.1f}{ok}")


if __name__ == "__main__":
    main()
