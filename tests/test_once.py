"""Loaders shared by threads are made once, and a cache keyed by an object's id never answers
for another object. The failure these guard: 12 threads extracting from a fresh process each
built their own tagger, knowledge base and lexicons (functools.cache runs a missed function
in every thread that asks), the copies were dropped, and a phrase set made later at a dropped
copy's address was read with the dropped one's trie: 2 of 48 documents came out different
from one at a time (tests/test_concurrency.py)."""

from __future__ import annotations

import ast
import subprocess
import sys
import threading
import time
from pathlib import Path

from rasd.once import once
from rasd.pipeline import Pipeline, extract
from rasd.readers.record import Record
from rasd.roles import View

SRC = Path(__file__).resolve().parents[1] / "src" / "rasd"


def test_once_runs_a_slow_loader_one_time_for_twelve_threads():
    calls = []

    @once
    def load() -> object:
        calls.append(1)
        time.sleep(0.05)  # (the GIL let go: the other threads ask meanwhile)
        return object()

    start = threading.Barrier(12)
    got: list[object] = []

    def ask() -> None:
        start.wait()
        got.append(load())

    threads = [threading.Thread(target=ask) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert len(got) == 12 and all(g is got[0] for g in got)
    load.cache_clear()
    assert load() is not got[0] and len(calls) == 2


def test_once_keeps_the_loaders_name_and_doc():
    @once
    def table() -> dict[str, int]:
        """The table."""
        return {"a": 1}

    assert table.__name__ == "table" and table.__doc__ == "The table."
    assert table() is table()


# A fresh interpreter: 12 threads ask the packaged loaders at the same moment.
LOADERS = r"""
import threading
from rasd.entities.kb import get_kb
from rasd.entities.tagger import default_tagger
from rasd.lexicons import claim_words, cue_matcher, event_markers, trigger_matcher
loaders = (get_kb, default_tagger, trigger_matcher, cue_matcher, claim_words, event_markers)
start = threading.Barrier(12)
got = [[] for _ in loaders]
def ask():
    start.wait()
    for seen, load in zip(got, loaders):
        seen.append(load())
threads = [threading.Thread(target=ask) for _ in range(12)]
for t in threads: t.start()
for t in threads: t.join()
print([len({id(x) for x in seen}) for seen in got])
"""


def test_packaged_loaders_give_every_thread_the_same_object():
    res = subprocess.run([sys.executable, "-c", LOADERS], capture_output=True, text=True,
                         timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip().splitlines()[-1] == "[1, 1, 1, 1, 1, 1]"


def test_a_phrase_set_dropped_does_not_lend_its_trie_to_the_next_one():
    doc = extract(Record(origin="t", text="قصفت الطائرات المدينة ثم هاجم المسلحون القرية."),
                  pipeline=Pipeline())
    v = View(doc)
    assert [t.norm for t in v.toks][:5] == ["قصفت", "الطايرات", "المدينه", "ثم", "هاجم"]
    for _ in range(50):  # (CPython hands a freed set's address to the next set made)
        first = {("قصفت",)}
        assert v.phrase_at(0, first) == 1
        del first
        second = {("هاجم",)}
        assert v.phrase_at(4, second) == 1
        assert v.phrase_at(0, second) == 0
        del second


def _cached_loaders(path: Path) -> list[str]:
    """Module-level functions of no arguments under functools.cache or lru_cache."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.FunctionDef) or node.args.args or node.args.posonlyargs \
                or node.args.kwonlyargs or node.args.vararg or node.args.kwarg:
            continue
        for dec in node.decorator_list:
            target = dec.func if isinstance(dec, ast.Call) else dec
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if name in ("cache", "lru_cache"):
                found.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name}")
    return found


def test_every_loader_of_the_package_is_made_once():
    found = [f for p in sorted(SRC.rglob("*.py")) for f in _cached_loaders(p)]
    assert found == [], "use rasd.once.once for a loader of no arguments: " + ", ".join(found)
