"""Work done twice in the events stage: calls that repeat an earlier call's arguments.

    .venv/bin/python bench/repeat_calls.py [--docs 150] [--top 30]

Wraps every function of rasd.events.* and rasd.roles of two arguments or more (in every
module that imported it) and every method of `View`, runs the layers before the events
stage on the corpus of bench/extract.py, then the events stage document by document, and
counts per document the calls whose arguments (numbers and strings by value, other objects
by identity) an earlier call of that document already asked. Prints, by the time the repeats
would take (inclusive time × repeated share: wrapped callees inflate it, so read it as a
ranking), the calls, the repeats and the inclusive seconds. A function already kept per
document (`party_span`, `_agent_words`) shows its repeats too: they cost one look-up each.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
import types
from collections import defaultdict
from collections.abc import Callable
from itertools import cycle, islice
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

from extract import corpus  # noqa: E402
from rasd.ingest import warm  # noqa: E402
from rasd.pipeline import STAGES, Pipeline, make_document  # noqa: E402
from rasd.roles import View  # noqa: E402

PREFIXES = ("rasd.events", "rasd.roles")
KEEP = {"find_events", "stage", "build_event"}  # the stage's own frame: no key to repeat

calls: dict[str, int] = defaultdict(int)
repeats: dict[str, int] = defaultdict(int)
spent: dict[str, float] = defaultdict(float)
seen: dict[str, set[tuple[Any, ...]]] = defaultdict(set)


def _key(x: Any) -> Any:
    return x if isinstance(x, (int, str, float)) or x is None else ("id", id(x))


def _counted(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args: Any, **kw: Any) -> Any:
        key = tuple(_key(a) for a in args) + tuple((n, _key(x)) for n, x in sorted(kw.items()))
        calls[name] += 1
        if key in seen[name]:
            repeats[name] += 1
        else:
            seen[name].add(key)
        t = time.perf_counter()
        try:
            return fn(*args, **kw)
        finally:
            spent[name] += time.perf_counter() - t
    return run


def wrap_all() -> None:
    mods = [m for n, m in list(sys.modules.items()) if m is not None and n.startswith(PREFIXES)]
    funcs = {id(f): f for m in mods for f in vars(m).values()
             if isinstance(f, types.FunctionType) and f.__module__.startswith(PREFIXES)
             and f.__code__.co_argcount >= 2 and f.__name__ not in KEEP}
    wrapped = {i: _counted(f"{f.__module__}.{f.__name__}", f) for i, f in funcs.items()}
    for m in mods:
        for n, f in list(vars(m).items()):
            if id(f) in wrapped:
                setattr(m, n, wrapped[id(f)])
    for n, f in list(vars(View).items()):
        if isinstance(f, types.FunctionType) and not n.startswith("__") and n != "of":
            setattr(View, n, _counted(f"View.{n}", f))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    warm(Pipeline())
    docs = [make_document(r, "2016-12-15") for r in islice(cycle(corpus()), args.docs)]
    names = list(STAGES)
    before = names[:names.index("events")]
    wrap_all()
    for doc in docs:
        for name in before:
            doc = STAGES[name](doc)
        seen.clear()  # repeats are counted within one document
        STAGES["events"](doc)
    rows = sorted(((spent[n] * repeats[n] / calls[n], n) for n in calls), reverse=True)
    print(f"{'repeat s':>8} {'calls':>8} {'repeats':>8} {'incl. s':>8}  function")
    for cost, n in rows[:args.top]:
        print(f"{cost:8.3f} {calls[n]:8d} {repeats[n]:8d} {spent[n]:8.3f}  {n}")


if __name__ == "__main__":
    main()
