"""Each firing of named passes (or each event on given trigger words) on unannotated corpora,
with its sentence, to count a pass's firings and read them (events19; events18's sense
decisions, recip19's recipient passes and actors19's actor passes use it too).

    PYTHONPATH=src .venv/bin/python bench/pass_fires.py rasd.events.triggers:_targeted_attack \
        demo-data/saudinewsnet/articles.jsonl [--pattern استهدف] > /tmp/fires.txt
    PYTHONPATH=src .venv/bin/python bench/pass_fires.py demo-data/saudinewsnet/articles.jsonl \
        --pattern '(عزل|أسر|إعدام)'                       # events on these trigger words
    PYTHONPATH=src .venv/bin/python bench/pass_fires.py --count CORPUS   # events by category
    PYTHONPATH=src .venv/bin/python bench/pass_fires.py rasd.events.arguments:counted_object \
        rasd.events.arguments:counted_before CORPUS --dated --kept recipient --sample 30 --seed 19

Targets are `module:function` arguments (the rest are JSON-lines corpora with id and content or
text; undated unless `--published DATE` or `--dated`, by each article's date_extracted). Each
target is wrapped in place, in every loaded rasd module that holds it (a tuple of passes too).
A call fires when it returns something truthy (an event it folds into, True for a drop); with
`--kept ROLE`, a pass over a frame fires when it gives the frame that role where it had none,
and the firing is kept when the event comes out with that role covering what the pass gave
(only kept firings are then listed). Only articles whose text matches `--pattern` are run (all
by default); with `--sentences`, each sentence of the corpora that matches it is run alone
instead (once; one the pipeline cannot read is skipped). Each firing prints the corpus, article
id, the pass (with several targets), the event's category and trigger, what the pass gave and
the sentence; the last lines count them. `--sample N --seed S` lists N firings of each pass at
random instead; `--count` lists none. With no target, each event whose trigger matches
`--pattern` is listed (with its status), and `--count` counts every event by category.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rasd.document import Event
from rasd.pipeline import extract_text

TARGET = re.compile(r"[\w.]+:\w+")


def units(paths: list[str], pattern: re.Pattern[str] | None, sentences: bool,
          published: str | None, dated: bool) -> Iterator[tuple[str, str, str, str | None]]:
    """(corpus, article id, text, published) of each article (or sentence) to run."""
    seen: set[str] = set()
    for path in paths:
        name = Path(path).stem
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = rec.get("content") or rec.get("text") or ""
            date = published or (dated and (rec.get("date_extracted") or "")[:10]) or None
            if not sentences:
                if not pattern or pattern.search(text):
                    yield name, rec.get("id", ""), text, date
                continue
            for s in re.split(r"(?<=[.!؟])\s+|\n", text):
                s = s.strip()
                if s and s not in seen and (not pattern or pattern.search(s)):
                    seen.add(s)
                    yield name, rec.get("id", ""), s, date


def described(args: tuple, out: object, kept: str) -> tuple[str, str, list[str], str, int]:
    """(category, trigger, what the pass gave (a list), sentence, trigger start) of a firing."""
    first = args[0]
    if hasattr(first, "event") and hasattr(first, "v"):  # a frame
        f, v = first, first.v
        gave = [v.text[v.toks[r[0]].start:v.toks[r[1] - 1].end]
                for r in getattr(f, kept)] if kept else [str(out)]
        return (f.event.type, v.text[v.toks[f.t0].start:v.toks[f.t1 - 1].end], gave,
                v.text[v.toks[f.a].start:v.toks[f.b - 1].end], v.toks[f.t0].start)
    v = first
    e = next((x for x in args[1:] if isinstance(x, Event)), None)
    host = v.text[out.trigger.start:out.trigger.end] if isinstance(out, Event) else str(out)
    if e is not None:
        s = v.sents[e.sentence]
        return (e.type, v.text[e.trigger.start:e.trigger.end], [host],
                " ".join(v.text[s.start:s.end].split()), e.trigger.start)
    k = next((x for x in args[1:] if isinstance(x, int)), 0)  # a token
    at = v.toks[k].start if k < len(v.toks) else 0
    s = next((s for s in v.sents if s.start <= at < s.end), None)
    sent = v.text[s.start:s.end] if s else v.text
    return "-", v.text[v.toks[k].start:v.toks[k].end] if k < len(v.toks) else "", [host], \
        " ".join(sent.split()), at


def wrap(target: str, fired: list[dict], kept: str) -> str:
    """Wrap the pass `module:function` wherever a rasd module holds it; its name."""
    mod_name, fn_name = target.split(":")
    orig = getattr(importlib.import_module(mod_name), fn_name)

    def wrapped(*args):  # noqa: ANN002, ANN202 (any pass's signature)
        role = getattr(args[0], kept, None) if kept else None
        before = list(role) if role is not None else None
        out = orig(*args)
        frame = before is not None
        if (not before and bool(getattr(args[0], kept))) if frame else out:
            cat, trig, gave, sent, start = described(args, out, kept if frame else "")
            fired.append({"pass": fn_name, "type": cat, "trigger": trig, "gave": gave,
                          "sentence": sent, "start": start})
        return out

    wrapped.__name__ = orig.__name__
    for mod in [m for n, m in list(sys.modules.items()) if n.split(".")[0] == "rasd"]:
        for name, val in list(vars(mod).items()):
            if val is orig:
                setattr(mod, name, wrapped)
            elif isinstance(val, tuple) and any(x is orig for x in val):
                setattr(mod, name, tuple(wrapped if x is orig else x for x in val))
    return fn_name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("items", nargs="+", help="module:function passes, then JSON-lines corpora")
    ap.add_argument("--pattern", default="", help="run only articles (sentences) matching this")
    ap.add_argument("--sentences", action="store_true", help="run each matching sentence alone")
    ap.add_argument("--published", default=None, help="the date of every text run")
    ap.add_argument("--dated", action="store_true", help="date each article by date_extracted")
    ap.add_argument("--kept", default="", metavar="ROLE",
                    help="a frame pass fires when it gives ROLE; list those kept in the output")
    ap.add_argument("--sample", type=int, default=0, help="list N firings of each pass")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--count", action="store_true", help="count only")
    args = ap.parse_args(argv)
    targets = [x for x in args.items if TARGET.fullmatch(x) and not Path(x).exists()]
    corpora = [x for x in args.items if x not in targets]
    fired: list[dict] = []
    names = [wrap(t, fired, args.kept) for t in targets]
    pat = re.compile(args.pattern) if args.pattern else None
    counts: Counter[str] = Counter()
    listing = not args.count and not args.sample
    for name, doc_id, text, date in units(corpora, None if args.count and not targets else pat,
                                          args.sentences, args.published, args.dated):
        n = len(fired)
        try:
            doc = extract_text(text, published=date)
        except Exception:  # noqa: BLE001 (a sentence the pipeline cannot read is skipped)
            if not args.sentences:
                raise
            del fired[n:]
            continue
        if not targets:
            for e in doc.events:
                counts[e.type] += 1
                word = doc.text[e.trigger.start:e.trigger.end]
                if not args.count and pat and pat.search(word):
                    s = doc.sentences[e.sentence]
                    print(f"{name}\t{doc_id}\t{e.type}\t{word}\t{e.status}\t"
                          + " ".join(doc.text[s.start:s.end].split()))
            continue
        out = {e.trigger.start: [doc.span_text(r) for r in getattr(e, args.kept)]
               for e in doc.events} if args.kept else {}
        for x in fired[n:]:
            x["corpus"], x["doc"] = name, doc_id
            if args.kept:
                got = out.get(x["start"], [])
                x["kept"] = any(g in r or r in g for g in x["gave"] for r in got)
            if listing and (not args.kept or x["kept"]):
                print(row(x, len(names) > 1))
    if not targets:
        if args.count:
            print(sum(counts.values()), "events", dict(sorted(counts.items())))
        return 0
    for name in names:
        mine = [x for x in fired if x["pass"] == name]
        kept = [x for x in mine if x.get("kept")]
        if len(names) > 1 or args.kept or args.sample:
            print(f"{name}: fired {len(mine)}"
                  + (f", kept in the output {len(kept)}" if args.kept else ""))
        if args.sample and not args.count:
            pool = kept if args.kept else mine
            for x in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
                print("  " + row(x, False))
    print(len(fired), "firings")
    return 0


def row(x: dict, with_pass: bool) -> str:
    """One firing's line."""
    return (f"{x['corpus']}\t{x['doc']}\t" + (f"{x['pass']}\t" if with_pass else "")
            + f"{x['type']}\t{x['trigger']}\t→ {' | '.join(x['gave'])}\t{x['sentence']}")


if __name__ == "__main__":
    sys.exit(main())
