"""The recipients of verb triggers on the dev sets, read by construction (recip20): the
verb's object after its subject (VSO: قصفت الطائرات مواقع الحوثيين) and the subject of a
passive before or after it (قتل خمسة جنود، مدنيون أصيبوا).

    .venv/bin/python bench/verb_recipients.py                 # every dev set, counts
    .venv/bin/python bench/verb_recipients.py --sets fresh13 --list [KIND]

Events are paired with gold events as `rasd eval` pairs them. For each matched event whose
trigger is a verb (a verb row of triggers.tsv), each gold recipient is put under the first
kind that fits, read off the sentence as written:

- `found`: a predicted recipient pairs with it;
- `vso object`: it is written after the trigger and after the end of rasd's actor that
  itself follows the trigger (the object after the subject);
- `after, no actor`: written after the trigger, rasd gives no actor after it (a passive's
  subject or an object of a verb whose subject was said before);
- `given as actor`: rasd gave the phrase as the actor;
- `before`: written before the trigger (a passive's subject, a topic);
- `elsewhere`: not written in the event's sentence.
Each kind also counts rasd's recipient on the event (`wrong`: none of its strings pairs).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_roles import find, matched, sentence_of  # noqa: E402
from rasd.evaluate import gold_paths, load_gold, pair_up, run_gold, span_score  # noqa: E402
from rasd.lexicons import trigger_matcher  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.text.segment import tokenize  # noqa: E402

SETS = {"seed": "../shared/gold/dev/", "team": "tests/gold/", "region": "tests/gold/region/",
        **{f"fresh{n}": f"tests/gold/fresh{n}/" for n in ("", 2, 3, 4, 5, 7, 8, 10, 11, 13)}}
KINDS = ("found", "vso object", "after, no actor", "given as actor", "before", "elsewhere")


def kind(doc, ev, gold: str) -> str:
    t = doc.span_text
    if any(span_score(t(r), gold) > 0 for r in ev.actor):
        return "given as actor"
    lo, hi = sentence_of(doc, ev)
    at = find(doc.text, gold, ev.trigger.end, hi) or find(doc.text, gold, lo, hi)
    if at is None:
        return "elsewhere"
    if at[1] <= ev.trigger.start:
        return "before"
    after = [r for r in ev.actor if r.start >= ev.trigger.end]
    if after and max(r.end for r in after) <= at[0]:
        return "vso object"
    return "after, no actor"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--list", nargs="?", const="all", help="print the misses (of one kind)")
    ap.add_argument("--dropped", action="store_true",
                    help="list the recipients the party filter (only_parties) drops on "
                         "matched events of every trigger, right or wrong by the gold")
    args = ap.parse_args(argv)
    if args.dropped:
        return dropped(args.sets)
    pipe = Pipeline()
    verbs = {}
    counts: Counter[tuple[str, str]] = Counter()
    for name in args.sets:
        for path in gold_paths([SETS[name]]):
            gold, raw = load_gold(path)
            doc = run_gold(gold, raw, path, pipe)
            t = doc.span_text
            for ev, g in matched(doc, gold.get("events", [])):
                trig = t(ev.trigger)
                if trig not in verbs:
                    verbs[trig] = verb_trigger(trig)
                if not verbs[trig]:
                    continue
                golds, preds = g.get("recipient", []), [t(r) for r in ev.recipient]
                pairs = pair_up([[span_score(p, x) for x in golds] for p in preds])
                hit = {j for _, j, _ in pairs}
                for j, x in enumerate(golds):
                    k = "found" if j in hit else kind(doc, ev, x)
                    counts[(name, k)] += 1
                    if k != "found" and args.list in ("all", k):
                        lo, hi = sentence_of(doc, ev)
                        print(f"{name} | {k} | {ev.type} | {trig} | gold {x!r} | A "
                              f"{[t(r) for r in ev.actor]} | R {preds} | "
                              f"{' '.join(doc.text[lo:hi].split())[:200]}")
    print(f"{'kind':16}" + "".join(f"{n:>8}" for n in args.sets) + f"{'all':>8}")
    for k in KINDS:
        row = [counts[(n, k)] for n in args.sets]
        print(f"{k:16}" + "".join(f"{x:8}" for x in row) + f"{sum(row):8}")
    return 0


DROPPED: dict[int, list[tuple[str, int, int]]] = {}  # id(event) -> (pass, start, end)


def trace_filter() -> None:
    """Wrap the passes that drop recipients (rasd.events.arguments.only_parties, the party
    filter, and places, which moves a place to the location) to keep the character spans
    of the recipients each drops, per event."""
    import rasd.events.arguments as arguments

    def wrap(step):  # noqa: ANN001, ANN202
        def run(f) -> None:  # noqa: ANN001
            before = list(f.recipient)
            step(f)
            toks = f.v.toks
            DROPPED.setdefault(id(f.event), []).extend(
                (step.__name__, toks[r[0]].start, toks[r[1] - 1].end)
                for r in before if r not in f.recipient and r[1] > r[0])
        return run
    arguments.PASSES = tuple(wrap(x) if x in (arguments.only_parties, arguments.places)
                             else x for x in arguments.PASSES)


def dropped(sets: list[str]) -> int:
    trace_filter()
    pipe = Pipeline()
    n: Counter[tuple[str, str]] = Counter()
    for name in sets:
        for path in gold_paths([SETS[name]]):
            gold, raw = load_gold(path)
            DROPPED.clear()
            doc = run_gold(gold, raw, path, pipe)
            t = doc.span_text
            for ev, g in matched(doc, gold.get("events", [])):
                preds = [t(r) for r in ev.recipient]
                for step, a, b in DROPPED.get(id(ev), []):
                    x = doc.text[a:b]
                    if any(span_score(p, x) > 0 for p in preds):
                        continue  # (kept in another cut)
                    golds = g.get("recipient", [])
                    k = "right" if any(span_score(x, y) > 0 for y in golds) else "wrong"
                    n[(step, k)] += 1
                    lo, hi = sentence_of(doc, ev)
                    print(f"{name} | {step} {k} | {ev.type} | {t(ev.trigger)} | dropped {x!r} "
                          f"| gold {golds} | R {preds} | {' '.join(doc.text[lo:hi].split())[:160]}")
    print(dict(n))
    return 0


def verb_trigger(trig: str) -> bool:
    """A verb row of triggers.tsv matches at the trigger's first word."""
    ms = trigger_matcher().candidates(trig, tokenize(trig), 0)
    return any(m.payload.verb for m in ms)


if __name__ == "__main__":
    sys.exit(main())
