"""Load benchmark of `rasd serve` on a store of 10k documents, loopback only.

    .venv/bin/python bench/serve.py [--docs 10000] [--requests 300] [--seconds 15]
                                    [--concurrency 32] [--rebuild]

The store is built once (cached in bench/out/serve-10k.db) from the real demo articles:
each is extracted by the real pipeline once, then stored as many variants (a numbered
line appended to the text, so a new content id; publication date and outlet varied)
through the Store API. The server runs as its own process (`rasd serve --port 0` on
127.0.0.1, one uvicorn worker); a pool of client threads with keep-alive connections
sends at most --requests per endpoint and stops after --seconds, whichever comes first.
Prints requests/s and p50/p99 latency per endpoint and writes bench/out/serve.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DEMO = ROOT / "demo-data" / "saudinewsnet" / "articles.jsonl"
OUTLETS = ["aawsat", "alriyadh", "okaz", "almadina", "alwatan", "alyaum", "sabq", "aleqtisadiya",
           "alweeam", "3alyoum", "aljazirah", "reuters-ar", "bbc-ar", "france24-ar"]


def extracted_articles() -> list[dict]:
    """The demo articles through the real pipeline, cached as contract JSON lines."""
    cache = OUT / "demo-extracted.jsonl"
    if cache.exists():
        return [json.loads(x) for x in cache.open(encoding="utf-8")]
    from rasd.pipeline import Pipeline, extract
    from rasd.readers.files import record_from_json

    pipeline, docs = Pipeline(), []
    t0 = time.perf_counter()
    with DEMO.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            obj = json.loads(line)
            doc = extract(record_from_json(obj, f"{DEMO.name}:{i + 1}"),
                          published=(obj.get("date_extracted") or "")[:10] or None,
                          pipeline=pipeline)
            docs.append(doc.to_dict())
    print(f"extracted {len(docs)} demo articles in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    with cache.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return docs


def build_store(path: Path, n: int) -> None:
    from rasd.document import Document
    from rasd.store import Store

    base = extracted_articles()
    rng = random.Random(7)
    start = date(2015, 6, 1)
    t0 = time.perf_counter()
    tmp = path.with_name(path.name + ".building")  # renamed when complete: no half store
    for p in (tmp, path):
        p.unlink(missing_ok=True)
    with Store.open(f"sqlite:///{tmp}") as store:
        batch: list[tuple[Document, str]] = []
        for i in range(n):
            src = base[i % len(base)]
            d = dict(src)
            # appended after the body: every span offset stays valid, the content id changes
            d["text"] = src["text"] + f"\n\n(نسخة {i})"
            day = start + timedelta(days=rng.randrange(200))
            d["meta"] = {**src["meta"], "published": day.isoformat(),
                         "source": OUTLETS[rng.randrange(len(OUTLETS))]}
            for ev in d["events"]:  # re-date the events with the copy
                if ev.get("time") and ev["time"].get("date"):
                    ev["time"] = {**ev["time"], "date": day.isoformat()}
            batch.append((Document.from_dict(d), f"bench:{i}"))
            if len(batch) == 250:
                store.add_documents(batch)
                batch.clear()
                print(f"\rstore: {i + 1}/{n}", end="", file=sys.stderr, flush=True)
        if batch:
            store.add_documents(batch)
    tmp.rename(path)
    print(f"\rstore: {n} documents in {time.perf_counter() - t0:.1f} s", file=sys.stderr)


def start_server(db: Path, cache_ttl: float) -> tuple[subprocess.Popen, str, int]:
    import os

    proc = subprocess.Popen(
        [sys.executable, "-c", "from rasd.cli import main; main()", "serve", "--db",
         f"sqlite:///{db}", "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "RASD_SERVE_CACHE_TTL": str(cache_ttl)})
    line = proc.stdout.readline()
    m = re.search(r"http://(127\.0\.0\.1):(\d+)/", line)
    if not m:
        proc.kill()
        raise SystemExit(f"server did not start: {line}{proc.stderr.read()}")
    return proc, m.group(1), int(m.group(2))


def endpoints(ids: list[str]) -> dict[str, callable]:
    rng = random.Random(11)
    q = lambda path, **p: path + ("?" + urlencode(p) if p else "")  # noqa: E731
    return {
        "GET / (dashboard)": lambda: "/",
        "GET /static/js/main.js": lambda: "/static/js/main.js",
        "GET /api/stats": lambda: "/api/stats",
        "GET /api/documents": lambda: q("/api/documents", page=rng.randrange(1, 50), per_page=50),
        "GET /api/documents/{id}": lambda: "/api/documents/" + quote(rng.choice(ids)),
        "GET /api/events?category=ASSAULT": lambda: q("/api/events", category="ASSAULT",
                                                      page=rng.randrange(1, 20)),
        "GET /api/events?place=حلب": lambda: q("/api/events", place="حلب"),
        "GET /api/events?from&to": lambda: q("/api/events", **{"from": "2015-08-01",
                                                                "to": "2015-08-31"}),
        "GET /api/merged-events": lambda: q("/api/merged-events", page=rng.randrange(1, 20)),
        "GET /api/claims": lambda: q("/api/claims", page=rng.randrange(1, 20)),
        "GET /api/search?q=حلب": lambda: q("/api/search", q="حلب"),
        "GET /api/actors": lambda: "/api/actors",
        "GET /api/timeline": lambda: "/api/timeline",
        "GET /api/network": lambda: "/api/network?limit=60",
        "GET /api/map": lambda: "/api/map",
        # last: the slowest query, so its leftovers do not load the server for the others
        "GET /api/search?q=روسيا&category": lambda: q("/api/search", q="روسيا",
                                                      category="ASSAULT"),
    }


def hammer(host: str, port: int, make_path, requests: int, seconds: float, workers: int
           ) -> dict:
    lat: list[float] = []
    errors = 0
    lock = threading.Lock()
    left = [requests]
    deadline = time.perf_counter() + seconds

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection(host, port, timeout=30)
        while time.perf_counter() < deadline:
            with lock:
                if left[0] <= 0:
                    break
                left[0] -= 1
                path = make_path()
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                res = conn.getresponse()
                res.read()
                ok = res.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            dt = time.perf_counter() - t
            with lock:
                lat.append(dt)
                errors += not ok
        conn.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    lat.sort()
    pct = (lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000) if lat else (lambda p: 0)
    return {"requests": len(lat), "errors": errors, "rps": len(lat) / wall if wall else 0,
            "p50_ms": pct(0.50), "p99_ms": pct(0.99),
            "mean_ms": statistics.fmean(lat) * 1000 if lat else 0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=300, help="per endpoint, at most")
    ap.add_argument("--seconds", type=float, default=15.0, help="per endpoint, at most")
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--cache-ttl", type=float, default=15.0,
                    help="the server's aggregate cache (RASD_SERVE_CACHE_TTL); 0 = off")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"serve-{args.docs // 1000}k.db"
    if args.rebuild or not db.exists():
        build_store(db, args.docs)
    import sqlite3

    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY random() LIMIT 2000")]
    ndocs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    nev = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    proc, host, port = start_server(db, args.cache_ttl)
    results = {}
    try:
        print(f"store: {ndocs} documents, {nev} events; server http://{host}:{port}/ "
              f"(1 uvicorn worker, aggregate cache {args.cache_ttl:g} s); "
              f"{args.concurrency} client threads, at most "
              f"{args.requests} requests / {args.seconds:.0f} s per endpoint")
        # one client, one keep-alive connection: the latency of a request alone (the
        # ~40 ms Nagle / delayed-ACK stall of a socket without TCP_NODELAY shows here)
        hammer(host, port, lambda: "/api/stats", 20, 5, 1)
        alone = hammer(host, port, lambda: "/api/stats", 300, 10, 1)
        results["keep-alive, 1 client: GET /api/stats"] = alone
        print(f"keep-alive, 1 client, GET /api/stats: p50 {alone['p50_ms']:.1f} ms, "
              f"p99 {alone['p99_ms']:.1f} ms")
        print(f"{'endpoint':40} {'req':>5} {'err':>4} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
        for name, make in endpoints(ids).items():
            hammer(host, port, make, min(20, args.requests), 5, args.concurrency)  # warm up
            r = hammer(host, port, make, args.requests, args.seconds, args.concurrency)
            results[name] = r
            print(f"{name:40} {r['requests']:5d} {r['errors']:4d} {r['rps']:8.1f} "
                  f"{r['p50_ms']:8.1f} {r['p99_ms']:8.1f}", flush=True)
    finally:
        proc.terminate()  # uvicorn finishes in-flight requests first: a slow one is killed
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    name = "serve.json" if args.cache_ttl else "serve-nocache.json"
    (OUT / name).write_text(json.dumps({"documents": ndocs, "events": nev,
                                        "cache_ttl": args.cache_ttl,
                                        "concurrency": args.concurrency,
                                        "results": results}, indent=1))


if __name__ == "__main__":
    main()
