"""Per-trigger precision of event detection across dev sets: for each lexicon row (its
category and first form) and each kind of trigger (verb, noun, report noun), how many of
rasd's events are right and how many spurious on every named set.

    .venv/bin/python bench/trigger_precision.py seed=../shared/gold/dev/ team=tests/gold/ \
        region=tests/gold/region/ fresh=tests/gold/fresh/ ... --min-sets 2
    .venv/bin/python bench/trigger_precision.py ... --dump /tmp/x.jsonl   # each event
    .venv/bin/python bench/trigger_precision.py --load /tmp/x.jsonl --row ASSAULT:هجوم --list

Each rasd event is paired with the gold exactly as `rasd eval` pairs it
(rasd.evaluate.event_pairs): `right` when paired with a required gold event, `opt` with an
optional one (no cost either way), `spur` when unpaired. A spurious event whose sentence
holds an unpaired gold event of another category on its word is `cat` (a category
confusion: counted also as a miss), the rest `spur`. The row is the lexicon row of the
trigger (rasd.lexicons.trigger_matcher: category and the row's first form); the kind is
`verb`, `noun`, or `report` (a noun of an act of words: ACCUSE, REQUEST, SUPPORT, REJECT,
THREATEN, AGREE, CONCEDE). Cells are tp/fp as `rasd eval` counts them (optional pairs are
tp; `cat` and `spur` are fp). A row spurious on several sets is a general problem; one
spurious on one set is not. Missed required gold events are counted by their gold trigger
with `--missed`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from typing import Any

from rasd.document import Document, Event
from rasd.evaluate import (
    _fragment_spans,
    _triggers,
    event_pairs,
    gold_paths,
    load_gold,
    run_gold,
    span_score,
)
from rasd.lexicons import trigger_matcher
from rasd.pipeline import Pipeline
from rasd.roles import View
from rasd.text.normalize import normalize

WORD_ACTS = {"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "AGREE", "CONCEDE"}


def row_of(v: View, ev: Event) -> tuple[str, str]:
    """(row, kind) of an event: its lexicon row's category:first form and verb/noun/report."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    cands = [m for m in trigger_matcher().candidates(v.text, v.toks, i)
             if m.payload.type == ev.type]
    if not cands:
        return f"{ev.type}:?{normalize(v.text[ev.trigger.start:ev.trigger.end])}", "noun"
    m = max(cands, key=lambda c: (c.last - c.first, c.payload.verb))
    verb = m.payload.verb and v.is_verb(i)
    kind = "verb" if verb else ("report" if ev.type in WORD_ACTS else "noun")
    return f"{ev.type}:{m.payload.lemma}", kind


def sentence(doc: Document, ev: Event) -> str:
    s = doc.sentences[ev.sentence]
    return " ".join(doc.text[s.start:s.end].split())


def records(name: str, folder: str, pipe: Pipeline) -> list[dict[str, Any]]:
    """One record per rasd event and per missed required gold event of a set."""
    out = []
    for path in gold_paths([folder]):
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, path, pipe)
        golds = gold.get("events", [])
        v = View.of(doc)
        pairs = event_pairs(doc, golds)
        by_p = {i: j for i, j, _ in pairs}
        hit_g = set(by_p.values())
        free_g = [g for j, g in enumerate(golds) if j not in hit_g and not g.get("optional")]
        doc_name = path.rsplit("/", 1)[-1]
        for i, ev in enumerate(doc.events):
            row, kind = row_of(v, ev)
            if i in by_p:
                outcome = "opt" if golds[by_p[i]].get("optional") else "right"
            else:
                outcome = "cat" if _confused(doc, ev, free_g) else "spur"
            out.append({"set": name, "doc": doc_name, "row": row, "kind": kind,
                        "outcome": outcome, "status": ev.status,
                        "trigger": doc.span_text(ev.trigger),
                        "sentence": sentence(doc, ev)[:300]})
        for g in free_g:
            out.append({"set": name, "doc": doc_name, "row": f"{g.get('type')}:"
                        f"{normalize(str(g.get('trigger', '')))}", "kind": "gold",
                        "outcome": "missed", "status": g.get("status", ""),
                        "trigger": g.get("trigger"), "sentence": g.get("sentence", "")[:300]})
    return out


def _confused(doc: Document, ev: Event, free_g: list[dict[str, Any]]) -> bool:
    s = doc.sentences[ev.sentence]
    for g in free_g:
        spans = _fragment_spans(doc.text, g.get("sentence", ""))
        inside = any(a < s.end and s.start < b for a, b in spans)
        if inside and max(span_score(doc.span_text(ev.trigger), x) for x in _triggers(g)) > 0:
            return True
    return False


def table(recs: list[dict[str, Any]], min_sets: int, top: int) -> None:
    sets = list(dict.fromkeys(r["set"] for r in recs))
    by: dict[tuple[str, str], dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for r in recs:
        if r["kind"] != "gold":
            by[r["row"], r["kind"]][r["set"]][r["outcome"]] += 1
    print("## kinds: paired / spurious (tp/fp as rasd eval counts them) per set")
    kinds: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for (_, kind), per in by.items():
        for s, c in per.items():
            kinds[kind][s].update(c)
    _print(kinds, sets, lambda k: k)
    print(f"\n## rows spurious on at least {min_sets} sets (sorted by spurious)")
    rows = {k: per for k, per in by.items()
            if sum(1 for c in per.values() if fp(c)) >= min_sets}
    _print(rows, sets, lambda k: f"{k[0]} ({k[1]})", top)


def _print(rows: dict[Any, dict[str, Counter[str]]], sets: list[str], label: Any,
           top: int = 10 ** 6) -> None:
    print("row".ljust(28) + "".join(s[:7].rjust(8) for s in sets) + "   tp/fp    P")
    order = sorted(rows, key=lambda k: -sum(fp(c) for c in rows[k].values()))
    for k in order[:top]:
        per = rows[k]
        cells = "".join(f"{tp(per[s])}/{fp(per[s])}".rjust(8) if per.get(s) else "-".rjust(8)
                        for s in sets)
        r = sum(tp(c) for c in per.values())
        w = sum(fp(c) for c in per.values())
        print(str(label(k))[:28].ljust(28) + cells + f"  {r:4}/{w:<4} {r / (r + w):.2f}")


def tp(c: Counter[str]) -> int:
    """Paired events, optional gold included, as `rasd eval` counts its tp."""
    return c["right"] + c["opt"]


def fp(c: Counter[str]) -> int:
    return c["spur"] + c["cat"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="NAME=FOLDER")
    ap.add_argument("--dump", help="write each record (JSONL)")
    ap.add_argument("--load", help="read records written by --dump instead of running")
    ap.add_argument("--min-sets", type=int, default=2)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--row", help="list the events of this row (CATEGORY:form)")
    ap.add_argument("--list", action="store_true", help="with --row: each event")
    ap.add_argument("--missed", action="store_true", help="missed required gold by trigger")
    args = ap.parse_args(argv)
    if args.load:
        with open(args.load, encoding="utf-8") as f:
            recs = [json.loads(line) for line in f]
    else:
        pipe = Pipeline()
        recs = []
        for item in args.sets:
            name, folder = item.split("=", 1) if "=" in item else (item, item)
            recs += records(name, folder, pipe)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.row:
        for r in recs:
            if r["row"] == args.row and (args.list or r["outcome"] in ("spur", "cat")):
                print(f"{r['set']:8} {r['outcome']:6} {r['trigger']} [{r['status']}] "
                      f"{r['doc'][:30]}\n    «{r['sentence']}»")
        return 0
    if args.missed:
        c = Counter(r["row"] for r in recs if r["outcome"] == "missed")
        for row, n in c.most_common(args.top):
            print(f"{n:4}  {row}")
        return 0
    table(recs, args.min_sets, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
