"""`rasd ingest --workers N`: memory per process, and no process left after it.

Runs the real command (full pipeline, SQLite store in a temp dir) on the first `--n`
demo articles in a process group of its own, samples the resident memory of every
process of the group every 50 ms (the parent that writes the store, the forkserver, each
worker), and after the command exits checks that no process of the group is left (a
worker or the forkserver outliving its parent would hold memory and the store).

    .venv/bin/python bench/ingest_workers.py --n 120 --workers 2
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


def group_rss_kb(pgid: int) -> dict[int, tuple[str, int]]:
    """pid -> (command line and parent pid, resident kB) of every process in process group
    `pgid`."""
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=120, help="demo articles to ingest")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with DEMO.open(encoding="utf-8") as fh, src.open("w", encoding="utf-8") as out:
            for i, line in enumerate(fh):
                if i == args.n:
                    break
                out.write(line)
        cmd = [str(RASD), "ingest", str(src), "--db", f"sqlite:///{tmp}/s.db",
               "--workers", str(args.workers)]
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True)  # its own process group
        peak: dict[int, tuple[str, int]] = {}
        while proc.poll() is None:
            for pid, (c, rss) in group_rss_kb(proc.pid).items():
                if rss > peak.get(pid, ("", 0))[1]:
                    peak[pid] = (c, rss)
            time.sleep(0.05)
        wall = time.perf_counter() - t
        time.sleep(0.5)  # what is left is left for good
        left = group_rss_kb(proc.pid)
        tail = proc.stdout.read().decode(errors="replace").strip().splitlines()[-1:] \
            if proc.stdout else []
    rows = sorted(((role(c, pid, proc.pid), pid, rss) for pid, (c, rss) in peak.items()),
                  key=lambda r: (r[0], r[1]))
    print(f"rasd ingest --workers {args.workers}, {args.n} demo articles: exit "
          f"{proc.returncode}, {wall:.1f} s wall; {tail[0] if tail else ''}")
    for name, pid, rss in rows:
        print(f"  {name:34s} pid {pid:7d}  peak {rss / 1024:7.1f} MiB")
    workers = [rss for name, _, rss in rows if name == "worker"]
    summary = {"exit": proc.returncode, "processes_seen": len(rows),
               "peak_mib_per_worker": [round(w / 1024, 1) for w in workers],
               "peak_mib_parent": round(sum(r for n, _, r in rows if n.startswith("parent"))
                                        / 1024, 1),
               "left_after_exit": sorted(left)}
    print(json.dumps(summary))
    return 1 if left or proc.returncode else 0


if __name__ == "__main__":
    raise SystemExit(main())
