"""Documents/s of `rasd ingest` on a 2-worker Dask LocalCluster vs the local process pool.

The same N real articles (demo-data/saudinewsnet, full pipeline, a fresh SQLite
store per run) through the real command, four ways:

- pool:        `--workers 2` (concurrent.futures ProcessPoolExecutor, forkserver)
- dask local:  `--scheduler local --workers 2` (the command starts and stops a
               LocalCluster of 2 processes, 1 thread each)
- dask cold:   `--scheduler tcp://...` on a LocalCluster this script started:
               fresh workers, models loaded during the run
- dask warm:   the same cluster again, models already loaded in the workers
               (a long-lived cluster's steady state)

Prints wall seconds of the command, the ingest's own seconds (from its summary:
cluster start/stop excluded), documents/s on both, documents per CPU-second of
every process involved (the command, its pool or cluster, and for cold/warm
this script's cluster workers and scheduler; start-up included): what dedicated
cores would do on a machine shared with other work; that CPU as a ratio to the
pool's, and the largest resident memory of one worker process (sampled every
0.1 s; LocalCluster workers are capped at rasd.distributed.MEMORY_PER_WORKER).

    .venv/bin/python bench/distributed.py            # 200 articles
    .venv/bin/python bench/distributed.py --n 50
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
# this script's own name would shadow the `distributed` package
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
REPO = HERE.parent
DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"
RASD = Path(sys.executable).parent / "rasd"


class TreeCPU:
    """CPU seconds used by this process's descendants (any depth: forkserver and nanny
    children included) while it runs, sampled every 0.1 s by a thread; a process that
    ends between two samples loses at most its last 0.1 s."""

    def __init__(self) -> None:
        self.seen: dict[tuple[int, float], float] = {}
        self.rss: dict[tuple[int, float], int] = {}  # the largest resident size seen
        self.stop = threading.Event()

    def sample(self) -> None:
        for proc in psutil.Process().children(recursive=True):
            try:
                t = proc.cpu_times()
                key = (proc.pid, proc.create_time())
                self.seen[key] = t.user + t.system
                self.rss[key] = max(self.rss.get(key, 0), proc.memory_info().rss)
            except psutil.Error:
                continue

    def __enter__(self) -> TreeCPU:
        self.sample()
        self.before = dict(self.seen)
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()
        return self

    def _loop(self) -> None:
        while not self.stop.wait(0.1):
            self.sample()

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self.sample()
        self.seconds = sum(v - self.before.get(k, 0.0) for k, v in self.seen.items())


def run(corpus: Path, db: Path, *args: str) -> tuple[float, float, float, float]:
    """(wall s, ingest s from the summary, CPU s of the process tree, the largest
    resident memory of one process of the tree but the command itself, in MiB)."""
    start = time.perf_counter()
    with TreeCPU() as cpu:
        p = subprocess.Popen([str(RASD), "ingest", str(corpus), "--db", f"sqlite:///{db}",
                              *args, "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
        _, err = p.communicate()
    p.stderr = err  # type: ignore[assignment]
    wall = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"bench: rasd ingest {' '.join(args)} failed: {p.stderr.strip()[-500:]}")
    m = re.search(r"(\d+) records in ([\d.]+) s", p.stderr)
    if not m:
        sys.exit(f"bench: no summary in: {p.stderr.strip()[-300:]}")
    worker = max((v for k, v in cpu.rss.items() if k[0] != p.pid), default=0)
    return wall, float(m.group(2)), cpu.seconds, worker / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="articles")
    args = ap.parse_args()
    from rasd.distributed import local_cluster

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        corpus = d / "news.jsonl"
        with DEMO.open(encoding="utf-8") as src, corpus.open("w", encoding="utf-8") as out:
            chars = n = 0
            for line in src:
                if n == args.n:
                    break
                chars += len(json.loads(line)["content"])
                out.write(line)
                n += 1
        load = os.getloadavg()
        print(f"corpus: {n} articles, {chars / n:.0f} chars on average; cpus: "
              f"{os.cpu_count()}; load average before: {load[0]:.1f}")
        print(f"{'mode':<11} {'wall s':>7} {'docs/s':>7} {'ingest s':>9} {'docs/s':>7} "
              f"{'docs/cpu-s':>10} {'CPU x pool':>10} {'worker MiB':>10}")
        pool_cpu = [0.0]

        def show(mode: str, wall: float, inner: float, cpu: float, mib: float) -> None:
            pool_cpu[0] = pool_cpu[0] or cpu
            print(f"{mode:<11} {wall:>7.1f} {n / wall:>7.2f} {inner:>9.1f} {n / inner:>7.2f} "
                  f"{n / cpu:>10.2f} {cpu / pool_cpu[0]:>10.2f} {mib:>10.0f}", flush=True)

        show("pool", *run(corpus, d / "pool.db", "--workers", "2"))
        show("dask local", *run(corpus, d / "local.db", "--scheduler", "local",
                                "--workers", "2"))
        t0 = time.perf_counter()
        with local_cluster(2) as cluster:
            print(f"(LocalCluster of 2 processes started in {time.perf_counter() - t0:.1f} s)")
            for mode in ("dask cold", "dask warm"):
                show(mode, *run(corpus, d / f"{mode[5:]}.db", "--scheduler",
                                cluster.scheduler_address))
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":  # LocalCluster's worker processes re-import this module
    main()
