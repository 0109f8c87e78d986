"""`rasd ingest --workers N`: memory per process, CPU per document, and no process left.

Runs the real command (full pipeline, SQLite store in a temp dir) on the first `--n`
demo articles in a process group of its own, samples the resident memory and the CPU
time of every process of the group every 50 ms (the parent that writes the store, the
forkserver, each worker), and after the command exits checks that no process of the
group is left (a worker or the forkserver outliving its parent would hold memory and the
store). Prints docs/s (wall, start-up included) and CPU ms per document (every process
of the group, the models' loading included: the last CPU time seen of each).

`--src DIR[,DIR]`: run the command with each of these `src/` trees first on the path
(e.g. a checkout of main's), alternated `--rounds` times, so that both see the same load.

    .venv/bin/python bench/ingest_workers.py --n 120 --workers 2
    .venv/bin/python bench/ingest_workers.py --n 471 --workers 1 --src /tmp/main/src,src --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RASD = Path(sys.executable).parent / "rasd"
DEMO = ROOT / "demo-data" / "saudinewsnet" / "articles.jsonl"


TICK = os.sysconf("SC_CLK_TCK")


def group_rss_kb(pgid: int, cpu: dict[int, float] | None = None
                 ) -> dict[int, tuple[str, int]]:
    """pid -> (command line and parent pid, resident kB) of every process in process group
    `pgid`; `cpu`: each one's CPU seconds so far (user + system) are put there."""
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:
                continue
            status = Path(f"/proc/{entry}/status").read_text()
            rss = next(int(x.split()[1]) for x in status.splitlines()
                       if x.startswith("VmRSS:"))
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ")
            out[int(entry)] = (f"{fields[1]} " + cmd.decode(errors="replace").strip(), rss)
            if cpu is not None:
                cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / TICK
        except (OSError, StopIteration, ValueError, IndexError):
            continue
    return out


def role(cmd: str, pid: int, parent: int) -> str:
    """What a process of the command is: `cmd` is its parent's pid and its command line
    (a worker is forked by the forkserver and carries its command line)."""
    ppid = int(cmd.split()[0])
    if pid == parent:
        return "parent (reads, writes the store)"
    if "resource_tracker" in cmd:
        return "resource tracker"
    if ppid == parent:
        return "forkserver"
    return "worker"


def run(n: int, workers: int, src: str | None) -> dict:
    """One `rasd ingest` of the first `n` demo articles with `workers`; `src` first on the
    path (None: this tree's)."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = str(Path(src).resolve()) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        with DEMO.open(encoding="utf-8") as fh, path.open("w", encoding="utf-8") as out:
            for i, line in enumerate(fh):
                if i == n:
                    break
                out.write(line)
        cmd = [str(RASD), "ingest", str(path), "--db", f"sqlite:///{tmp}/s.db",
               "--workers", str(workers), "-q"]
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True, env=env)  # its own process group
        peak: dict[int, tuple[str, int]] = {}
        cpu: dict[int, float] = {}
        while proc.poll() is None:
            for pid, (c, rss) in group_rss_kb(proc.pid, cpu).items():
                if rss > peak.get(pid, ("", 0))[1]:
                    peak[pid] = (c, rss)
            time.sleep(0.05)
        wall = time.perf_counter() - t
        time.sleep(0.5)  # what is left is left for good
        left = group_rss_kb(proc.pid)
        tail = proc.stdout.read().decode(errors="replace").strip().splitlines()[-1:] \
            if proc.stdout else []
    return {"src": src or "src", "exit": proc.returncode, "wall": wall, "cpu": sum(cpu.values()),
            "peak": peak, "left": left, "tail": tail[0] if tail else "", "pid": proc.pid}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=120, help="demo articles to ingest")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--src", help="src/ trees to compare, comma-separated (default: this "
                    "tree's)")
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    srcs = args.src.split(",") if args.src else [None]
    runs = []
    for s in srcs * args.rounds:
        runs.append(r := run(args.n, args.workers, s))
        print(f"{r['src']}: {args.n / r['wall']:.2f} docs/s, {1000 * r['cpu'] / args.n:.1f} "
              f"CPU ms/doc (all processes), {r['wall']:.1f} s wall, load "
              f"{os.getloadavg()[0]:.1f}; {r['tail']}", flush=True)
    r = runs[-1]
    proc, peak, left, wall, tail = r, r["peak"], r["left"], r["wall"], [r["tail"]]
    rows = sorted(((role(c, pid, proc["pid"]), pid, rss) for pid, (c, rss) in peak.items()),
                  key=lambda r: (r[0], r[1]))
    print(f"rasd ingest --workers {args.workers}, {args.n} demo articles: exit "
          f"{proc['exit']}, {wall:.1f} s wall; {tail[0] if tail else ''}")
    for name, pid, rss in rows:
        print(f"  {name:34s} pid {pid:7d}  peak {rss / 1024:7.1f} MiB")
    workers = [rss for name, _, rss in rows if name == "worker"]
    summary = {"exit": proc["exit"], "processes_seen": len(rows),
               "peak_mib_per_worker": [round(w / 1024, 1) for w in workers],
               "peak_mib_parent": round(sum(r for n, _, r in rows if n.startswith("parent"))
                                        / 1024, 1),
               "left_after_exit": sorted(left)}
    print(json.dumps(summary))
    return 1 if any(r["left"] or r["exit"] for r in runs) else 0


if __name__ == "__main__":
    raise SystemExit(main())
