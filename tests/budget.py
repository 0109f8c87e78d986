"""A per-document time budget for the tests that need one document over it and the others
under it, sized to the machine as it is now.

A fixed budget (1 s) assumed an article takes ~0.06 s and a 190k-character text ~3 s; on
the shared 2-core machine under load 10-15 an article took over 1 s and was skipped too.
Both times grow with the load, so the budget is measured: `margin` times the slowest of
the ordinary articles, extracted here (warm, wall clock) just before the test runs, and
never under `floor`. The slow text (~190k characters, 30-190 times an article's length)
still takes several budgets, loaded or not, next to articles of under 3,000 characters."""

from __future__ import annotations

import math
import time


def budget_for(texts: list[str], floor: float, margin: float = 8.0) -> float:
    """Seconds: `margin` x the slowest warm extraction of `texts` now, at least `floor`,
    rounded up to 0.1 s (it is printed in the skip message as `{seconds:g}`)."""
    from rasd.pipeline import extract
    from rasd.readers.record import Record

    extract(Record(origin="warm-up", text=texts[0]))  # the models load outside the timing
    slowest = 0.0
    for text in texts:  # the faster of two runs: one pause of this process is not the load
        runs = []
        for _ in range(2):
            start = time.monotonic()
            extract(Record(origin="timing", text=text))
            runs.append(time.monotonic() - start)
        slowest = max(slowest, min(runs))
    return max(floor, math.ceil(margin * slowest * 10) / 10)
