"""Each firing of one named events pass on unannotated corpora, with its sentence, to count a
pass's firings and read a sample (events19).

    PYTHONPATH=src .venv/bin/python bench/pass_fires.py rasd.events.triggers:_targeted_attack \
        demo-data/saudinewsnet/articles.jsonl [--pattern استهدف] > /tmp/fires.txt

The pass is wrapped in place: it must take (v: View, e: Event, …) and return something truthy
when it fires (an event it folds into, True for a drop). Only articles whose text matches
`--pattern` are run (all by default). Each firing prints the corpus, article id, the event's
category and trigger, what the pass returned (a host event's trigger) and the sentence; the
last line is the count.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
from pathlib import Path

from rasd.document import Event
from rasd.pipeline import extract_text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("target", help="module:function of the pass")
    ap.add_argument("corpora", nargs="+", help="JSON-lines files with id and content")
    ap.add_argument("--pattern", default="", help="run only articles matching this")
    args = ap.parse_args()
    mod_name, fn_name = args.target.split(":")
    mod = importlib.import_module(mod_name)
    orig = getattr(mod, fn_name)
    fired: list[str] = []
    where = {"name": "", "id": ""}

    def wrapped(v, e, *rest):  # noqa: ANN001, ANN202 (any pass's signature)
        out = orig(v, e, *rest)
        if out:
            s = v.sents[e.sentence]
            host = v.text[out.trigger.start:out.trigger.end] if isinstance(out, Event) else out
            fired.append(f"{where['name']}\t{where['id']}\t{e.type}\t"
                         f"{v.text[e.trigger.start:e.trigger.end]}\t→ {host}\t"
                         + " ".join(v.text[s.start:s.end].split()))
        return out

    setattr(mod, fn_name, wrapped)
    pat = re.compile(args.pattern) if args.pattern else None
    for path in args.corpora:
        where["name"] = Path(path).stem
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = rec.get("content") or ""
            if pat and not pat.search(text):
                continue
            where["id"] = rec.get("id", "")
            n = len(fired)
            extract_text(text)
            for row in fired[n:]:
                print(row)
    print(len(fired), "firings")


if __name__ == "__main__":
    main()
