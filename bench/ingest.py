"""`rasd ingest` throughput: documents/s with 1 and 2 workers, and peak memory.

Runs the real command (full pipeline, SQLite store in a temp dir) on a
synthetic corpus of real Arabic sentences with 10% exact and 10% edited
copies (bench/synth.py). Prints, per worker count: wall time, documents/s
overall, documents/s after start-up (start-up = the same command on a
one-record corpus), peak resident memory of the whole process tree (parent
plus workers, sampled every 50 ms), and the rate of an immediate re-run
(everything already stored: the resume path). Because the machine may be
shared, it also prints documents per CPU-second of the process
(start-up included) for one worker: what one dedicated core would do.

    .venv/bin/python bench/ingest.py                 # 600 records, 1 and 2 workers
    .venv/bin/python bench/ingest.py --n 2000 --workers 1,2
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import corpus, write_jsonl  # noqa: E402

RASD = Path(sys.executable).parent / "rasd"


def tree_rss_kb(pgid: int) -> int:
    """Resident memory (kB) of every process in process group `pgid`."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # field 5 of stat: process group
                continue
            for line in Path(f"/proc/{entry}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return total


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(source: Path, db: str, workers: int) -> tuple[float, float, float]:
    """(wall seconds, peak MB of the process tree, CPU seconds of the tree) of one
    `rasd ingest` (CPU: every descendant that was waited for, workers included)."""
    cpu0 = _cpu()
    cmd = [str(RASD), "ingest", str(source), "--db", db, "--workers", str(workers), "-q"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"bench: rasd ingest failed: {err.strip()[-500:]}")
    return wall, peak / 1024, _cpu() - cpu0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600, help="records in the corpus")
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        items = write_jsonl(d / "corpus.jsonl", corpus(args.n))
        write_jsonl(d / "one.jsonl", corpus(1, exact=0, edited=0, seed=99))
        chars = sum(len(i.text) for i in items) / len(items)
        print(f"corpus: {len(items)} records, {chars:.0f} chars on average "
              f"({sum(i.kind != 'original' for i in items)} copies); cpus: {os.cpu_count()}")
        print(f"{'workers':>7} {'wall s':>7} {'docs/s':>7} {'docs/s after start-up':>21} "
              f"{'docs/cpu-s':>10} {'peak MB':>8} {'re-run docs/s':>13}")
        for w in (int(x) for x in args.workers.split(",")):
            startup, _, _ = run(d / "one.jsonl", f"sqlite:///{d / f'one{w}.db'}", w)
            db = f"sqlite:///{d / f'w{w}.db'}"
            wall, peak, cpu = run(d / "corpus.jsonl", db, w)
            again, _, _ = run(d / "corpus.jsonl", db, w)
            steady = (len(items) - 1) / max(wall - startup, 1e-9)
            # workers are forkserver children: their CPU time is not reported back
            per_cpu = f"{len(items) / cpu:>10.1f}" if w == 1 else f"{'n/a':>10}"
            print(f"{w:>7} {wall:>7.1f} {len(items) / wall:>7.1f} {steady:>21.1f} "
                  f"{per_cpu} {peak:>8.0f} {len(items) / again:>13.1f}", flush=True)


if __name__ == "__main__":
    main()
