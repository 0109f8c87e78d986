"""What the learned argument labeller costs (rasd.events.roles_model.label_roles, turned on
here): the time of its candidates, features and matrix product per document of the demo
corpus, the pipeline run as usual around it.

    .venv/bin/python bench/roles_model_speed.py            # 100 demo articles
    .venv/bin/python bench/roles_model_speed.py --n 471
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from rasd.events import roles_model
from rasd.pipeline import Pipeline, extract
from rasd.readers.record import Record

DEMO = Path(__file__).resolve().parent.parent / "demo-data" / "saudinewsnet" / "articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100)
    args = ap.parse_args()
    os.environ.setdefault("RASD_ROLES_MODEL", "on")
    with DEMO.open(encoding="utf-8") as fh:
        arts = [json.loads(line) for _, line in zip(range(args.n), fh, strict=False)]
    spent: list[float] = []
    inner = roles_model.label_roles

    def timed(v, evs):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        inner(v, evs)
        spent.append(time.perf_counter() - t)

    roles_model.label_roles = timed  # the events stage looks it up in its own module
    import rasd.events as events_module
    events_module.label_roles = timed
    pipe = Pipeline()
    for a in arts:
        extract(Record(origin=a["id"], text=a["content"]), (a.get("date_extracted") or "")[:10]
                or None, None, pipe)
    spent.sort()
    n = len(spent)
    print(f"{n} documents: label_roles mean {1000 * sum(spent) / n:.3f} ms, median "
          f"{1000 * spent[n // 2]:.3f} ms, p95 {1000 * spent[int(n * 0.95)]:.3f} ms")


if __name__ == "__main__":
    main()
