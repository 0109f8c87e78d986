"""Missed, spurious and mis-statused events of dev gold files, each with its sentence.

    .venv/bin/python bench/missed_events.py tests/gold/fresh/*.json          # counts
    .venv/bin/python bench/missed_events.py tests/gold/fresh/*.json --list   # and each item

The counts end with the status errors by pair, rasd's status / the gold's (asserted /
historical: background read as news), the first sort of their causes.

    .venv/bin/python bench/missed_events.py --kinds seed=../shared/gold/dev/ team=tests/gold/ ...

`--kinds` sorts every spurious event (with the `category` confusions) of each named set
into the first linguistic kind it fits (`KINDS`: a wrong category on a gold event's word,
inside a name, negated, hypothetical/future/demanded, background, inside quotes, a repeat
of an event the gold codes in its sentence, a generic noun, a kind the gold does not code
in its sentence), read off the features of the learned event filter
(rasd.events.event_filter), and prints a table of kinds by set; with `--list` each event too.

Events are paired with gold events exactly as `rasd eval` pairs them (rasd.evaluate). Each
unpaired gold event is `missed`; a missed gold event whose sentence holds an unpaired rasd
event on the same trigger word is a `category` confusion (listed once, as missed); each
other unpaired rasd event is `spurious`; a paired event whose status differs from the
gold's is a `status` error. Optional gold events cost nothing and are not listed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
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
from rasd.events import event_filter
from rasd.pipeline import Pipeline


def sentence(doc: Document, ev: Event) -> str:
    s = doc.sentences[ev.sentence]
    return " ".join(doc.text[s.start:s.end].split())


def confused(doc: Document, g: dict[str, Any], preds: list[Event], free: set[int]) -> int | None:
    """An unpaired rasd event of another type on the gold trigger, inside its sentence."""
    spans = _fragment_spans(doc.text, g.get("sentence", ""))
    for i in sorted(free):
        v = preds[i]
        inside = not spans or any(v.trigger.start < e and s < v.trigger.end for s, e in spans)
        if inside and max(span_score(doc.span_text(v.trigger), x) for x in _triggers(g)) > 0:
            return i
    return None


def errors(doc: Document, golds: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(kind, line) for each error of one article."""
    t = doc.span_text
    preds = doc.events
    pairs = event_pairs(doc, golds)
    hit_p, hit_g = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    free = set(range(len(preds))) - hit_p
    out: list[tuple[str, str]] = []
    for j, g in enumerate(golds):
        if j in hit_g or g.get("optional"):
            continue
        i = confused(doc, g, preds, free)
        head = f"{g.get('type')} {g.get('trigger')} [{g.get('status', '')}]"
        if i is not None:
            free.discard(i)
            out.append(("category", f"{head} ← rasd {preds[i].type}\n    «{g.get('sentence')}»"))
        else:
            out.append(("missed", f"{head}\n    «{g.get('sentence')}»"))
    for i in sorted(free):
        v = preds[i]
        out.append(("spurious", f"{v.type} {t(v.trigger)} [{v.status}]\n    «{sentence(doc, v)}»"))
    for i, j, _ in pairs:
        v, g = preds[i], golds[j]
        if g.get("status") and g["status"] != v.status:
            out.append(("status", f"{v.type} {t(v.trigger)} {v.status} (gold {g['status']})"
                                  f"\n    «{sentence(doc, v)}»"))
    return out


# --- kinds of spurious events ----------------------------------------------------------


def _gold_here(doc: Document, golds: list[dict[str, Any]], ev: Event) -> list[dict[str, Any]]:
    """The gold events whose sentence fragment lies in the event's sentence."""
    s = doc.sentences[ev.sentence]
    return [g for g in golds if any(a < s.end and s.start < b for a, b in
                                    _fragment_spans(doc.text, g.get("sentence", "")))]


def _same_word(doc: Document, ev: Event, here: list[dict[str, Any]]) -> bool:
    """A gold event of another category on the trigger's word."""
    return any(ev.type not in {g.get("type"), *g.get("alt_types", [])}
               and max(span_score(doc.span_text(ev.trigger), x) for x in _triggers(g)) > 0
               for g in here)


UNREAL = {"opener=condition", "opener=before", "opener=purpose", "opener=modal",
          "opener=demand", "after_event=REQUEST"}
KINDS: tuple[tuple[str, Any], ...] = (
    ("wrong category", lambda ev, f, here, same: same),
    ("inside a name", lambda ev, f, here, same: "in_entity" in f),
    ("negated", lambda ev, f, here, same: ev.status == "negated" or "opener=negation" in f),
    ("hypothetical, future, demanded", lambda ev, f, here, same: ev.status in (
        "future", "hypothetical") or bool(UNREAL & f)),
    ("background (past, since, relative)", lambda ev, f, here, same: ev.status == "historical"
     or bool({"time_old", "opener=background", "opener=relative"} & f)),
    ("inside quotes", lambda ev, f, here, same: "quoted" in f),
    ("repeat of an event coded here", lambda ev, f, here, same: "repeat_type" in f and any(
        ev.type in {g.get("type"), *g.get("alt_types", [])} for g in here)),
    ("generic noun (plural, no role)", lambda ev, f, here, same: "noun" in f and bool(
        {"no_roles", "plural", "opener=generic"} & f)),
    ("a kind not coded in its sentence", lambda ev, f, here, same: not any(
        ev.type in {g.get("type"), *g.get("alt_types", [])} for g in here)),
)
OTHER = "other (another sense, omission)"


def kinds_of(doc: Document, golds: list[dict[str, Any]],
             feats: dict[int, list[str]]) -> list[tuple[str, Event]]:
    """(kind, event) for each rasd event no gold event is paired with."""
    hit = {i for i, _, _ in event_pairs(doc, golds)}
    out = []
    for i, ev in enumerate(doc.events):
        if i in hit:
            continue
        here = _gold_here(doc, golds, ev)
        f, same = set(feats.get(id(ev), [])), _same_word(doc, ev, here)
        out.append((next((k for k, test in KINDS if test(ev, f, here, same)), OTHER), ev))
    return out


def kinds_table(named: list[str], show: bool) -> None:
    pipe = Pipeline()
    table: dict[str, Counter[str]] = {}
    for item in named:
        name, folder = item.split("=", 1) if "=" in item else (item, item)
        counts = table.setdefault(name, Counter())
        for path in gold_paths([folder]):
            gold, raw = load_gold(path)
            event_filter.collector = []
            doc = run_gold(gold, raw, path, pipe)
            seen, event_filter.collector = event_filter.collector, None
            feats = {id(e): f for _, evs, fs in seen[-1:] for e, f in zip(evs, fs, strict=True)}
            for kind, ev in kinds_of(doc, gold.get("events", []), feats):
                counts[kind] += 1
                if show:
                    print(f"{name:7} {kind:34} {ev.type} {doc.span_text(ev.trigger)} "
                          f"[{ev.status}]\n    «{sentence(doc, ev)[:220]}»")
    names = list(table)
    print("kind".ljust(36) + "".join(n[:7].rjust(8) for n in names) + "   total")
    for kind in [k for k, _ in KINDS] + [OTHER]:
        row = [table[n][kind] for n in names]
        print(kind.ljust(36) + "".join(str(x).rjust(8) for x in row) + f"   {sum(row):5}")
    total = [sum(table[n].values()) for n in names]
    print("spurious".ljust(36) + "".join(str(x).rjust(8) for x in total) + f"   {sum(total):5}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--list", action="store_true", help="print each error with its sentence")
    ap.add_argument("--kinds", action="store_true",
                    help="a table of spurious events by kind and set (NAME=FOLDER arguments)")
    args = ap.parse_args(argv)
    if args.kinds:
        kinds_table(args.gold, args.list)
        return 0
    pipe = Pipeline()
    counts: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for path in gold_paths(args.gold):
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, path, pipe)
        for kind, line in errors(doc, gold.get("events", [])):
            counts[kind] += 1
            if kind == "status":
                pairs[status_pair(line)] += 1
            if args.list:
                print(f"{path.split('/')[-1][:30]:30} {kind:9} {line}")
    print(", ".join(f"{k} {counts[k]}" for k in ("missed", "category", "spurious", "status")))
    if pairs:
        print("status (rasd / gold): " + ", ".join(f"{p} {n}" for p, n in pairs.most_common()))
    return 0


def status_pair(line: str) -> str:
    """'asserted / historical' from a status error line (… asserted (gold historical))."""
    head = line.split("\n")[0]
    gold = head.rsplit("(gold ", 1)[1].rstrip(")")
    return f"{head.rsplit(' (gold ', 1)[0].split()[-1]} / {gold}"


if __name__ == "__main__":
    sys.exit(main())
