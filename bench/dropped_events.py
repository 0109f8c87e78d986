"""Events a pass drops on unannotated corpora (events36): each article is run as it is and
again with each named pass turned off (the function patched to return a constant); the events
only the run without the pass has are listed, one line each: corpus, article id, pass, category,
trigger, status, sentence index, sentence. Count the firings and read them to judge each right
or wrong.

    .venv/bin/python bench/dropped_events.py rasd.events:_construct=false \
        rasd.events:carried_task=false demo-data/saudinewsnet/articles.jsonl /tmp/free.jsonl

A pass is `module:name=false` or `=true` (the value it returns when off: `carried_task` says
True to drop, so it is turned off with false; a guard `x_ok` with true). Corpora are JSON lines
with id and content or text; each article is dated by its date_extracted.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterator
from typing import Any

from rasd.pipeline import extract_text

EventKey = tuple[str, int, int]  # category, trigger start, trigger end


def _events(text: str, published: str) -> tuple[Any, dict[EventKey, Any]]:
    """The document and its events keyed by category and trigger span (the key an event
    keeps when another pass is turned off)."""
    doc = extract_text(text, published=published)
    return doc, {(e.type, e.trigger.start, e.trigger.end): e for e in doc.events}


def _articles(path: str) -> Iterator[tuple[dict, str, str]]:
    """(record, text, publication day) of each article of a JSON-lines corpus with a text."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = rec.get("content") or rec.get("text") or ""
            if text:
                yield rec, text, (rec.get("date_extracted") or "2015-08-01")[:10]


def _without(spec: str, text: str, published: str) -> tuple[str, Any, dict[EventKey, Any]]:
    """(the pass's name, the document, its events) with the pass `module:name=value` patched
    to return the value; the pass is restored after."""
    target, value = spec.split("=", 1)
    mod_name, name = target.split(":", 1)
    mod = importlib.import_module(mod_name)
    orig = getattr(mod, name)
    setattr(mod, name, lambda *a, _v=value == "true", **k: _v)
    try:
        return name, *_events(text, published)
    finally:
        setattr(mod, name, orig)


def main(argv: list[str] | None = None) -> int:
    """Print one line per event a named pass drops (see the module's doc)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("items", nargs="+", help="module:name=false|true passes, then corpora")
    args = ap.parse_args(argv)
    passes = [i for i in args.items if "=" in i and ":" in i]
    corpora = [i for i in args.items if i not in passes]
    for path in corpora:
        for rec, text, published in _articles(path):
            _, kept = _events(text, published)
            for spec in passes:
                name, doc, all_events = _without(spec, text, published)
                for key, e in all_events.items():
                    if key not in kept:
                        s = doc.sentences[e.sentence]
                        sent = " ".join(doc.text[s.start:s.end].split())
                        print(f"{path.rsplit('/', 1)[-1]}\t{rec.get('id')}\t{name}\t{e.type}\t"
                              f"{doc.span_text(e.trigger)}\t{e.status}\t{e.sentence}\t{sent}",
                              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
