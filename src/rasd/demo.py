"""`make demo`: ingest the bundled demo corpus into the embedded store, then serve the dashboard.

The corpus is 471 real Arabic articles about Syria (SaudiNewsNet, CC BY-NC-SA 4.0, a separate
data set in demo-data/saudinewsnet/ with its licence). Ingest is idempotent (documents are keyed
by content hash), so a second `make demo` skips straight to serving.

    python -m rasd.demo [--db URL] [--host 127.0.0.1] [--port 8000] [--workers 2] [--no-serve]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rasd.ingest import IngestReport, ingest
from rasd.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "demo-data" / "saudinewsnet" / "articles.jsonl"


def _progress(total: int):
    tty = sys.stderr.isatty()

    def show(report: IngestReport) -> None:
        if tty or report.records % 100 == 0 or report.records == total:
            end = "" if tty and report.records < total else "\n"
            print(f"\rrasd demo: ingested {report.records}/{total} articles "
                  f"({report.rate:.1f}/s)", end=end, file=sys.stderr, flush=True)

    return show


def load(db: str, workers: int) -> dict:
    """Ingest the demo corpus (only what is not stored yet); returns the store's stats."""
    total = sum(1 for line in DEMO.open(encoding="utf-8") if line.strip())
    report = ingest([str(DEMO)], db, workers=workers, on_progress=_progress(total),
                    on_bad=lambda m: print(f"rasd demo: skipped {m}", file=sys.stderr))
    print(f"rasd demo: {report.summary()}", file=sys.stderr)
    with Store.open(db, readonly=True) as store:
        return store.stats()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.demo", description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=os.environ.get("RASD_DEMO_DB", "sqlite:///rasd.db"))
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=int(os.environ.get("RASD_DEMO_PORT", "8000")))
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--no-serve", action="store_true", help="ingest and print figures only")
    args = ap.parse_args(argv)
    if not DEMO.exists():
        print(f"rasd demo: the demo corpus is missing ({DEMO})", file=sys.stderr)
        return 1
    try:
        stats = load(args.db, args.workers)
    except StoreError as exc:
        print(f"rasd demo: {exc}", file=sys.stderr)
        return 1
    print("rasd demo: store {db}: {documents} documents, {events} events "
          "({merged_events} merged, {multi_report_events} reported by several outlets), "
          "{claims} claims, {conflicts} conflicts".format(db=args.db, **stats), flush=True)
    if args.no_serve:
        return 0
    from rasd.serve.server import ServerError, run

    try:
        try:
            run(args.db, args.host, args.port)
        except ServerError:
            if args.port == 0:
                raise
            print(f"rasd demo: port {args.port} is busy; using a free one", file=sys.stderr)
            run(args.db, args.host, 0)
    except ServerError as exc:
        print(f"rasd demo: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
