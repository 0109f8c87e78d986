"""Ingest cost per document as the store grows: real articles arriving day after day.

The articles of the news files (filtered as notes/COMMON.md says), extracted once by the
full pipeline and cached (`store_scale.news_articles`: the pipeline is not what is
measured), arrive `--per-day` a day in date order (`store_scale.news_stream`: a story is
told by several outlets over four days, then leaves the news). Each document is prepared
(copied, re-dated, its MinHash and search words) by a worker process while the writer
writes, as `rasd ingest`'s workers extract while its parent writes; the figures are the
writer's: `Store.add_documents`, 64 documents a transaction.

    # the curve: CPU ms per document for each slice, and each slice against the first
    nice -n 10 .venv/bin/python bench/ingest_scale.py --n 100000 --slice 5000 \\
        --news NEWS.jsonl... --db sqlite:////tmp/x/run.db --json /tmp/x/run.json \\
        [--snapshots 2000,20000,50000] [--resume]

    # where the time goes at a store's size: the next documents of the stream written
    # into (a copy of) a store, under cProfile, each SQL statement timed and its plan
    nice -n 10 .venv/bin/python bench/ingest_scale.py --profile 500 --warm 200 \\
        --news NEWS.jsonl... --db sqlite:////tmp/x/copy_at_20000.db

`--snapshots`: copies of the run's store at those sizes (`SQLite backup`, beside `--db`:
`run.db.at2000`), for `--profile` at each size. With `--profile`, the store's records say
where the stream goes on (`copies`); `--warm` documents are written first, unprofiled.
Process CPU time is the figure to trust on a shared machine; the load is printed.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rasd.store import Store  # noqa: E402
from rasd.store.db import parse_url  # noqa: E402
from rasd.store.model import Incoming  # noqa: E402
from store_scale import news_articles, news_stream, prepare, prepared_stream  # noqa: E402

BATCH = 64  # documents a transaction, as `rasd ingest` writes


def _path(url: str) -> str:
    kind, path = parse_url(url)
    if kind != "sqlite":
        raise SystemExit("ingest_scale measures SQLite stores (--db sqlite:///...)")
    return path


def _size(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def _records(url: str) -> int:
    if not Path(_path(url)).exists():
        return 0
    with Store.open(url) as st:
        return int(st.db.scalar("SELECT count(*) FROM copies") or 0)


def _snapshot(path: str, at: int) -> None:
    """A copy of the store (SQLite's online backup: the writer is between transactions)."""
    out = f"{path}.at{at}"
    if os.path.exists(out):
        os.remove(out)
    src, dst = sqlite3.connect(path), sqlite3.connect(out)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()


def run(args: argparse.Namespace, base: list[Any]) -> list[dict[str, Any]]:
    """The stream written from the store's records to `--n`; a row per slice."""
    path = _path(args.db)
    start = _records(args.db) if args.resume else 0
    if not args.resume and os.path.exists(path):
        raise SystemExit(f"{path} exists (add --resume to go on with it)")
    rows: list[dict[str, Any]] = []
    if args.resume and args.json and Path(args.json).exists() and start:
        rows = [r for r in json.loads(Path(args.json).read_text())["slices"]
                if r["documents"] <= start]
    snaps = {int(x) for x in args.snapshots.split(",") if x.strip()} if args.snapshots else set()
    stream = prepared_stream(base, args.n, start, True, args.prep_workers, news=args.news,
                             per_day=args.per_day)
    print(f"{len(base)} articles, {args.per_day} a day, documents {start:,} to {args.n:,}, "
          f"slices of {args.slice:,}; load {os.getloadavg()[0]:.1f}", flush=True)
    print("documents | CPU ms/doc (system) | x first | docs per CPU s | wall docs/s | KiB/doc | "
          "merged (multi) | load | UTC", flush=True)
    done = start
    with Store.open(args.db) as st:
        for pragma in args.pragma or ():
            st.db.execute(f"PRAGMA {pragma}")
        while done < args.n:
            k = min(args.slice - done % args.slice, args.n - done)
            cpu = wall = sys_cpu = 0.0
            left = k
            while left:
                batch = []
                for _ in range(min(BATCH, left)):
                    batch.append(next(stream))
                c, w, t = time.process_time(), time.perf_counter(), os.times().system
                st.add_documents(batch)
                cpu += time.process_time() - c
                wall += time.perf_counter() - w
                sys_cpu += os.times().system - t
                left -= len(batch)
            done += k
            st.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            r = {"documents": done, "n": k, "cpu_ms_per_doc": 1000 * cpu / k,
                 "sys_ms_per_doc": 1000 * sys_cpu / k,
                 "docs_per_cpu_s": k / cpu, "docs_per_s": k / wall,
                 "kib_per_doc": _size(path) / 1024 / done,
                 "merged": st.db.scalar("SELECT count(*) FROM merged_events"),
                 "multi": st.db.scalar("SELECT count(*) FROM merged_events WHERE reports > 1"),
                 "load": os.getloadavg()[0],
                 "utc": dt.datetime.now(dt.UTC).strftime("%H:%M")}
            rows.append(r)
            first = next((x for x in rows if x["n"] == args.slice), rows[0])
            r["x_first"] = r["cpu_ms_per_doc"] / first["cpu_ms_per_doc"]
            print(f"{done:9,d} | {r['cpu_ms_per_doc']:10.2f} ({r['sys_ms_per_doc']:.2f}) | "
                  f"{r['x_first']:7.2f} | "
                  f"{r['docs_per_cpu_s']:14.1f} | {r['docs_per_s']:11.1f} | "
                  f"{r['kib_per_doc']:7.2f} | {r['merged']:,} ({r['multi']:,}) | "
                  f"{r['load']:4.1f} | {r['utc']}", flush=True)
            if args.json:
                Path(args.json).write_text(json.dumps({"slices": rows}, indent=1))
            if done in snaps:
                _snapshot(path, done)
    stream.close()
    full = [r for r in rows if r["n"] == args.slice]
    if len(full) > 1:
        last, one = full[-1], full[0]
        print(f"last slice / first: CPU per document "
              f"{last['cpu_ms_per_doc'] / one['cpu_ms_per_doc']:.2f}x,"
              f" docs/s {last['docs_per_s'] / one['docs_per_s']:.2f}x, "
              f"docs per CPU s {last['docs_per_cpu_s'] / one['docs_per_cpu_s']:.2f}x")
    return rows


# --- where the time goes ------------------------------------------------------------------

class _Cursor:
    """A cursor whose rows were read at once (the statement's whole cost in `execute`)."""

    def __init__(self, cur: sqlite3.Cursor) -> None:
        self.description = cur.description
        self.rowcount = cur.rowcount
        self.lastrowid = cur.lastrowid
        self._rows = cur.fetchall() if cur.description is not None else []
        self._at = 0

    def fetchone(self) -> Any:
        if self._at >= len(self._rows):
            return None
        self._at += 1
        return self._rows[self._at - 1]

    def fetchall(self) -> list[Any]:
        rows, self._at = self._rows[self._at:], len(self._rows)
        return rows

    def __iter__(self):  # noqa: ANN204
        return iter(self.fetchall())


class _Timed:
    """The connection, each statement's calls, rows and CPU counted (by its SQL text)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.stats: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
        self.params: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, params: Any = ()) -> _Cursor:
        c = time.perf_counter()  # (process_time is a system call: 10x the cost)
        cur = _Cursor(self._conn.execute(sql, params))
        s = self.stats[sql]
        s[0] += 1
        s[1] += len(cur._rows)
        s[2] += time.perf_counter() - c
        self.params.setdefault(sql, params)
        return cur

    def executemany(self, sql: str, rows: Any) -> sqlite3.Cursor:
        rows = list(rows)
        c = time.perf_counter()
        cur = self._conn.executemany(sql, rows)
        s = self.stats[sql]
        s[0] += len(rows)
        s[2] += time.perf_counter() - c
        if rows:
            self.params.setdefault(sql, rows[0])
        return cur


def _short(sql: str, n: int = 150) -> str:
    sql = " ".join(sql.split())
    return sql if len(sql) <= n else sql[:n] + "..."


def profile(args: argparse.Namespace, base: list[Any]) -> None:
    """The next `--profile` documents of the stream into the store at `--db` (a copy: it
    is changed) under cProfile, after `--warm` unprofiled; each statement's calls, rows and
    CPU, the plan of the costliest, and what the merge's candidate lookups read."""
    from rasd.store import merged

    at = _records(args.db)
    k, warm = args.profile, args.warm
    docs = [prepare(d) for d in news_stream(base, args.per_day, at, warm + k)]
    print(f"store at {at:,} documents ({_size(_path(args.db)) / 2**20:.0f} MiB); "
          f"{warm} written first, then {k} profiled; load {os.getloadavg()[0]:.1f}",
          flush=True)
    cand = {"calls": 0, "keys": 0, "rows": 0, "candidates": 0}
    original = merged.Merger._candidates

    def counted(self, m, exclude):  # noqa: ANN001, ANN202
        keys = merged.merge.mention_keys(m)
        out = original(self, m, exclude)
        cand["calls"] += 1
        cand["keys"] += len(keys)
        cand["candidates"] += len(out)
        return out

    with Store.open(args.db) as st:
        for i in range(0, warm, BATCH):
            st.add_documents(docs[i:min(i + BATCH, warm)])
        timed = _Timed(st.db._conn)
        st.db._conn = timed  # type: ignore[assignment]
        merged.Merger._candidates = counted  # type: ignore[method-assign]
        prof = cProfile.Profile()
        c, w = time.process_time(), time.perf_counter()
        prof.enable()
        for i in range(warm, warm + k, BATCH):
            st.add_documents(docs[i:min(i + BATCH, warm + k)])
        prof.disable()
        cpu, wall = time.process_time() - c, time.perf_counter() - w
        merged.Merger._candidates = original  # type: ignore[method-assign]
        st.db._conn = timed._conn
        print(f"CPU {1000 * cpu / k:.2f} ms/doc under cProfile (wall {1000 * wall / k:.1f});"
              f" candidate lookups {cand['calls']}: {cand['keys'] / max(1, cand['calls']):.1f}"
              f" keys, {cand['candidates'] / max(1, cand['calls']):.2f} candidates each")
        key_rows = _candidate_rows(st, docs[warm:warm + k])
        print(f"merged_keys rows the lookups read (the same lookups again): "
              f"{key_rows:.1f} a lookup")
        out = io.StringIO()
        ps = pstats.Stats(prof, stream=out)
        ps.sort_stats("tottime").print_stats(args.top)
        ps.sort_stats("cumulative").print_stats(args.top)
        print(out.getvalue())
        total = sum(s[2] for s in timed.stats.values())
        print(f"SQL statements: {1000 * total / k:.2f} wall ms/doc (CPU of all: "
              f"{1000 * cpu / k:.2f}; calls and rows a document; wall ms a document; plan):")
        for sql, (calls, nrows, sec) in sorted(timed.stats.items(), key=lambda x: -x[1][2]
                                               )[:args.top]:
            plan = ""
            if sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT")):
                try:
                    plan = "; ".join(r[3] for r in st.db._conn.execute(
                        "EXPLAIN QUERY PLAN " + sql, timed.params.get(sql, ())))
                except sqlite3.Error as exc:
                    plan = f"(no plan: {exc})"
            print(f"  {calls / k:7.2f} {nrows / k:8.1f} {1000 * sec / k:7.3f}  {_short(sql)}"
                  f"\n      plan: {plan}")


def sample(args: argparse.Namespace, base: list[Any]) -> None:
    """Sample points: the next `--sample` documents of the stream written into each store
    of `--db` (copies: they are changed), a batch of 64 into each in turn, so that each
    store's figure is taken under the same load; `--warm` documents each first, untimed.
    CPU ms a document (user + system, and system alone) per store, and each store's
    against the first's."""
    stores = []
    for url in args.db:
        at = _records(url)
        docs = [prepare(d) for d in news_stream(base, args.per_day, at, args.warm + args.sample)]
        st = Store.open(url)
        for pragma in args.pragma or ():  # "N:pragma": the Nth store's only
            which, _, what = pragma.rpartition(":")
            if not which or int(which) == len(stores):
                st.db.execute(f"PRAGMA {what}")
        stores.append({"url": url, "at": at, "st": st, "docs": docs, "cpu": 0.0, "sys": 0.0})
    print(f"sample points: {args.sample} documents into each store after {args.warm} untimed,"
          f" a batch of {BATCH} into each in turn; load {os.getloadavg()[0]:.1f}", flush=True)
    for i in range(0, args.warm + args.sample, BATCH):
        for s in stores:
            batch = s["docs"][i:min(i + BATCH, args.warm + args.sample)]
            c, t = time.process_time(), os.times().system
            s["st"].add_documents(batch)
            if i >= args.warm:
                s["cpu"] += time.process_time() - c
                s["sys"] += os.times().system - t
    first = stores[0]["cpu"]
    for s in stores:
        s["st"].close()
        print(f"  after {s['at']:9,d}: {1000 * s['cpu'] / args.sample:6.2f} CPU ms/doc "
              f"(system {1000 * s['sys'] / args.sample:5.2f}), x{s['cpu'] / first:.2f} the "
              f"first  [{s['url']}]")


def _candidate_rows(st: Store, docs: list[Incoming]) -> float:
    """merged_keys rows a candidate lookup reads (its keys, family and day range), over
    the documents' stored mentions, on the store as it is now (read only)."""
    from rasd.store import merge
    from rasd.store.blobs import unpack
    from rasd.store.merged import MEMBER, _day_number, _shift
    from rasd.store.query import placeholders

    codes = {r["name"]: r["code"] for r in st.db.query("SELECT name, code FROM merge_families")}
    slack = max(merge.rules()["date_slack_days"].values()) + 1
    rows = n = 0
    for d in docs:
        for r in st.db.query(f"SELECT {MEMBER} FROM events WHERE doc_id = ?", (d.doc.id,)):
            m = merge.Mention.from_json(unpack(r["features"]), r)
            keys = sorted(merge.mention_keys(m))
            if not keys or not (m.lo and m.hi) or not m.identifiable():
                continue
            back = max(slack, merge.rules()["retold_days"]) if m.may_retell() else slack
            n += 1
            rows += int(st.db.scalar(
                "SELECT count(*) FROM merged_keys WHERE family = ? AND day BETWEEN ? AND ?"
                f" AND key IN ({placeholders(len(keys))})",
                (codes.get(merge.family(m.type)), _day_number(_shift(m.lo, -back)),
                 _day_number(_shift(m.hi, slack)), *keys)) or 0)
    return rows / max(1, n)


def report(path: str, window: int) -> None:
    """A run's JSON as tables: every slice, then the mean CPU ms a document over each
    `window` documents against the first window's (a window of several corpus cycles
    averages out which articles a slice drew)."""
    rows = json.loads(Path(path).read_text())["slices"]
    first = rows[0]["cpu_ms_per_doc"]
    print("| documents | CPU ms/doc | x first | docs per CPU s | docs/s (wall) | KiB/doc |"
          " merged events (several reports) | load | UTC |\n|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['documents']:,} | {r['cpu_ms_per_doc']:.2f} | "
              f"{r['cpu_ms_per_doc'] / first:.2f} | {r['docs_per_cpu_s']:.1f} | "
              f"{r['docs_per_s']:.1f} | {r['kib_per_doc']:.2f} | {r['merged']:,} "
              f"({r['multi']:,}) | {r['load']:.1f} | {r['utc']} |")
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[(r["documents"] - 1) // window].append(r)
    base = None
    print(f"\n| documents | mean CPU ms/doc | x the first {window:,} | docs/s (wall) |\n"
          "|---|---|---|---|")
    for g, rs in sorted(groups.items()):
        n = sum(r["n"] for r in rs)
        cpu = sum(r["cpu_ms_per_doc"] * r["n"] for r in rs) / n
        wall = n / sum(r["n"] / r["docs_per_s"] for r in rs)
        base = base or cpu
        print(f"| {g * window:,}–{rs[-1]['documents']:,} | {cpu:.2f} | {cpu / base:.2f} | "
              f"{wall:.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", nargs="+", metavar="JSONL")
    ap.add_argument("--report", metavar="JSON", help="a run's JSON as tables, and exit")
    ap.add_argument("--window", type=int, default=10000, help="with --report")
    ap.add_argument("--per-day", type=int, default=24)
    ap.add_argument("--db", nargs="+", default=[], help="sqlite:///PATH (with --sample:"
                    " several)")
    ap.add_argument("--n", type=int, default=100000)
    ap.add_argument("--slice", type=int, default=5000)
    ap.add_argument("--json")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--snapshots", help="copies of the store at these sizes (2000,20000)")
    ap.add_argument("--prep-workers", type=int, default=1)
    ap.add_argument("--pragma", action="append",
                    help="a PRAGMA for the writer's connection (e.g. mmap_size=1073741824)")
    ap.add_argument("--profile", type=int, metavar="K")
    ap.add_argument("--warm", type=int, default=192)
    ap.add_argument("--sample", type=int, metavar="K")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    if args.report:
        report(args.report, args.window)
        return
    if not args.news:
        ap.error("--news is required")
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # the preparing pool stops
    base = news_articles(args.news)
    if args.sample:
        sample(args, base)
        print(f"load {os.getloadavg()[0]:.1f}")
        return
    args.db = args.db[0]
    if args.profile:
        profile(args, base)
    else:
        run(args, base)
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
