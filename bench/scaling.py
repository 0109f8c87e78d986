"""Time and peak memory of every text pass at 10k, 100k and 1M characters.

    .venv/bin/python bench/scaling.py [--sizes 10000,100000,1000000] [--kinds ...]
                                      [--timeout 300] [--stages]

Every pass must be linear in the text length: the time per 1,000 characters
should stay flat from 10k to 1M. Kinds of text (each built to the exact size):

- `arabic`: natural Arabic news (the demo articles, joined in order, repeated);
- `word`: one huge word (a single run of Arabic letters, no space);
- `zero-width`: zero-width characters (ZWNJ, ZWJ, ZWSP, LRM) between short words,
  and a pure run of them: what spam and broken pages put in text;
- `lines`: many short lines (the cleaner's per-line rules), and
- `dense`: Arabic with digits, punctuation and quotes on every word.

Each (kind, size) runs in its own process, so the peak resident memory is its own
(`ru_maxrss`, printed by the child); times are that process's CPU seconds
(`time.process_time`, one BLAS thread), which hold on a loaded machine. The
document-length limit (rasd.limits) is lifted for the measurement: the passes
themselves are measured, not the refusal. A run past --timeout seconds is killed
and shown as such. The first line is the floor:
a resident process that loaded the models and extracted one short article.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"
KINDS = ("arabic", "word", "zero-width", "lines", "dense")
ZW = "\u200c\u200d\u200b\u200e"


def arabic_corpus() -> str:
    out = []
    with DEMO.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            out.append(obj.get("content") or obj.get("text") or "")
    return "\n\n".join(out)


def make_text(kind: str, size: int) -> str:
    if kind == "arabic":
        base = arabic_corpus()
    elif kind == "word":
        return ("بسم" * (size // 3 + 1))[:size]
    elif kind == "zero-width":
        half = size // 2
        mixed = "".join(f"كلمة{ZW[i % 4]}عربية " for i in range(half // 10 + 1))[:half]
        return mixed + "\n" + (ZW * (size // 4 + 1))[: size - half - 1]
    elif kind == "lines":
        base = "\n".join(f"سطر {i}: اقرأ أيضا" if i % 3 else "شارك" for i in range(10000))
    elif kind == "dense":
        base = " ".join(f'«قال {i}» (٢٠١٦/١٢/١٥) "حلب"، ١٢٬٥٠٠ قتيلا؛' for i in range(5000))
    else:
        raise SystemExit(f"unknown kind {kind}")
    return ((base + "\n") * (size // (len(base) + 1) + 1))[:size]


CHILD = r"""
import json, os, sys, time
os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.setrecursionlimit(10000)
import rasd.limits as limits
limits.MAX_TEXT_CHARS = 10**9
from rasd.pipeline import STAGES, make_document
from rasd.readers.record import Record
from rasd.pipeline import Pipeline, extract
warm = "عين اليوم – بيروت\nقال المرصد إن القصف أدى إلى مقتل 12 مدنيا في حلب."
extract(Record(origin="warm", text=warm), pipeline=Pipeline())
text = sys.stdin.read()
times = {}
t = time.process_time()
doc = make_document(Record(origin="bench", text=text))
times["clean"] = time.process_time() - t
for name, stage in STAGES.items():
    t = time.process_time()
    doc = stage(doc)
    times[name] = time.process_time() - t
t = time.process_time()
doc.to_json()
times["json"] = time.process_time() - t
import resource
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"times": times, "tokens": len(doc.tokens), "kept": len(doc.text), "peak": peak}))
"""

FLOOR = CHILD.split("text = sys.stdin.read()")[0] + (
    "import resource\n"
    "print(json.dumps({'peak': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n")


def run_child(code: str, text: str, timeout: float) -> tuple[dict | None, float, str]:
    """(result, seconds, error) of one child process; the result has its peak memory."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", errors="surrogatepass")
    try:
        out, err = proc.communicate(text, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None, time.perf_counter() - start, f"killed after {timeout:g} s"
    finally:  # this script stopped (Ctrl-C, SIGTERM): its child goes with it
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        return None, time.perf_counter() - start, (err.strip().splitlines() or ["?"])[-1]
    return json.loads(out.strip().splitlines()[-1]), time.perf_counter() - start, ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--stages", action="store_true", help="print each pass's time")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the finally clauses
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"load: {os.getloadavg()[0]:.1f}  (figures under load are noisy; compare the ratios)")
    floor, secs, err = run_child(FLOOR, "", args.timeout)
    floor_peak = floor["peak"] if floor else 0.0
    print(f"floor (models loaded, one short article): {secs:.1f} s, {floor_peak:.0f} MiB {err}")
    header = f"{'kind':<11} {'chars':>9} {'CPU s':>8} {'ms/1k chars':>11} {'peak MiB':>9} " \
             f"{'+MiB':>6}  slowest passes (CPU s)"
    print(header)
    for kind in args.kinds.split(","):
        for size in sizes:
            text = make_text(kind, size)
            res, secs, err = run_child(CHILD, text, args.timeout)
            if res is None:
                print(f"{kind:<11} {size:>9,} {secs:>8.1f} {'':>11} {'':>9} {'':>6}  "
                      f"FAILED: {err}", flush=True)
                continue
            peak = res["peak"]
            work = sum(res["times"].values())
            slow = sorted(res["times"].items(), key=lambda kv: -kv[1])
            shown = slow if args.stages else slow[:3]
            passes = ", ".join(f"{k} {v:.2f}" for k, v in shown)
            print(f"{kind:<11} {size:>9,} {work:>8.2f} {work * 1e6 / size:>11.3f} "
                  f"{peak:>9.0f} {peak - floor_peak:>6.0f}  {passes}", flush=True)


if __name__ == "__main__":
    main()
