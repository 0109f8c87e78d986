"""Reading WARC archives with bad records in them: what a bad record costs.

    .venv/bin/python bench/warc_records.py [--pages 300] [--every 10]

Builds two archives of the demo articles as HTML response records, plain and
gzip-per-record: a clean one, and the same with a bad record after every
`--every` pages, cycling through the kinds the reader recovers from (an HTTP
header block of 1.2 MB, a WARC header line of 200 KB, a Content-Length half the
record's, one 200 bytes over it, 3 MB of junk with no record start). Reads each
with `rasd.readers.dispatch.read_path` in a process of its own and prints
pages read, bad records reported, seconds, and the process's peak RSS; the bad
archives' time is also given as a ratio to the clean one's (same run, same load).
A plain archive's over-long record also swallows the start of the next one, which
is lost with it (one page per such record; see docs/operations.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import resource
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"


def record(url: str, body: bytes, http: bytes | None = None, length: int | None = None) -> bytes:
    http = http if http is not None else (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
    block = http + body
    n = len(block) if length is None else length
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url.encode()
            + b"\r\nWARC-Date: 2020-01-02T00:00:00Z\r\nContent-Length: " + str(n).encode()
            + b"\r\n\r\n" + block + b"\r\n\r\n")


def bad_record(kind: int, body: bytes) -> bytes:
    if kind == 0:
        http = (b"HTTP/1.1 200 OK\r\n" + (b"X-Pad: " + b"a" * 90 + b"\r\n") * 12_000
                + b"Content-Type: text/html\r\n\r\n")
        return record("https://bad.org/http", body, http=http)
    if kind == 1:
        return (b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"j" * 200_000
                + b"\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n")
    if kind == 2:
        return record("https://bad.org/short", body, length=len(body) // 2)
    if kind == 3:
        return record("https://bad.org/long", body, length=len(body) + 200)
    return b"junk " * 600_000 + b"\r\n\r\n"


def build(folder: Path, pages: int, every: int) -> dict[str, Path]:
    with DEMO.open(encoding="utf-8") as fh:
        arts = [json.loads(line) for _, line in zip(range(pages), fh, strict=False)]
    clean, dirty = [], []
    for i, a in enumerate(arts):
        body = ("<html><head><title>" + a["title"] + "</title></head><body><article><p>"
                + a["content"].replace("\n", "</p><p>") + "</p></article></body></html>"
                ).encode()
        rec = record(a["url"] or f"https://example.org/{i}", body)
        clean.append(rec)
        dirty.append(rec)
        if every and i % every == every - 1:
            dirty.append(bad_record(i // every % 5, body))
    out = {}
    for name, parts in (("clean", clean), ("bad", dirty)):
        plain = folder / f"{name}.warc"
        plain.write_bytes(b"".join(parts))
        gz = folder / f"{name}.warc.gz"
        gz.write_bytes(b"".join(gzip.compress(p, compresslevel=6) for p in parts))
        out[f"{name} plain"], out[f"{name} gzip"] = plain, gz
    return out


def read_one(path: str, box: multiprocessing.Queue) -> None:
    from rasd.readers.dispatch import read_path
    from rasd.readers.record import BadInput

    start = time.perf_counter()
    pages = bad = 0
    for item in read_path(path):
        if isinstance(item, BadInput):
            bad += 1
        else:
            pages += 1
    box.put((pages, bad, time.perf_counter() - start,
             resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--every", type=int, default=10)
    args = ap.parse_args()
    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        files = build(Path(tmp), args.pages, args.every)
        seconds = {}
        for name, path in files.items():
            box = ctx.Queue()
            p = ctx.Process(target=read_one, args=(str(path), box))
            p.start()
            pages, bad, secs, rss = box.get()
            p.join()
            seconds[name] = secs
            ratio = ""
            if name.startswith("bad"):
                ratio = f"  ({secs / seconds[name.replace('bad', 'clean')]:.2f}x the clean one)"
            print(f"{name:12} {path.stat().st_size / 1e6:6.1f} MB  {pages:4} pages  {bad:3} bad  "
                  f"{secs:6.2f} s  peak RSS {rss:5.0f} MiB{ratio}")


if __name__ == "__main__":
    main()
