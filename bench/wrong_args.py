"""Wrong arguments (false positives) of matched events, each with the pass that set it and
a first automatic kind, per dev set.

    .venv/bin/python bench/wrong_args.py tests/gold/fresh11/ [--list]

Events are paired as `rasd eval` pairs them; an argument is wrong when it pairs with no gold
string of its role under the scorer's span rule. Kinds (the first that fits, read off the
text; the manual reading of docs/history/evaluation.md, roles16, refines them):
- `other role`: the phrase is a gold string of the event's other role (voice, actor ↔ recipient);
- `fragment`: it overlaps a gold string of its role in the text but too little to pair;
- `other sentence`: it is not written in the event's sentence (carried from context);
- `speaker`: it is the speaker of a claim whose content holds the trigger;
- `gold empty`: the gold role is empty (a party of another clause, a background place, ...);
- `other`: the gold role holds another string.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

sys.path.insert(0, "bench")
from missed_roles import ORIGIN, matched, sentence_of, trace_passes  # noqa: E402
from rasd.evaluate import gold_paths, load_gold, pair_up, run_gold, span_score  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.text.normalize import normalize  # noqa: E402

ROLES = ("actor", "recipient", "location")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--right", action="store_true",
                    help="also count the right arguments of each pass (its precision)")
    a = ap.parse_args()
    trace_passes()
    pipe = Pipeline()
    kinds: Counter[tuple[str, str]] = Counter()
    origin: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    total = 0
    for path in gold_paths(a.paths):
        gold, raw = load_gold(path)
        ORIGIN.clear()
        doc = run_gold(gold, raw, path, pipe)
        t = doc.span_text
        for ev, g in matched(doc, gold.get("events", [])):
            lo, hi = sentence_of(doc, ev)
            for role in ROLES:
                golds = g.get(role, [])
                preds = getattr(ev, role)
                total += len(preds)
                hit = {i for i, _, _ in pair_up([[span_score(t(p), x) for x in golds]
                                                 for p in preds])}
                other = [x for r in ROLES if r != role for x in g.get(r, [])]
                for i, p in enumerate(preds):
                    if i in hit:
                        right[(role, ORIGIN.get(id(ev), {}).get(role, "?")
                               if role != "location" else p.basis)] += 1
                        continue
                    s = t(p)
                    if any(normalize(s) in normalize(x) or normalize(x) in normalize(s)
                           for x in other if role != "location"):
                        k = "other role"
                    elif any(set(normalize(s).split()) & set(normalize(x).split())
                             for x in golds):
                        k = "fragment"
                    elif not (lo <= p.start < hi):
                        k = "other sentence"
                    elif any(c.speaker.start <= p.start < c.speaker.end
                             and c.content.start <= ev.trigger.start < c.content.end
                             for c in doc.claims if c.speaker and c.content):
                        k = "speaker"
                    elif not golds:
                        k = "gold empty"
                    else:
                        k = "other"
                    kinds[(role, k)] += 1
                    name = (ORIGIN.get(id(ev), {}).get(role, "?") if role != "location"
                            else p.basis)
                    origin[(role, name)] += 1
                    if a.list:
                        print(f"{path.split('/')[-1][:30]:30} {role:9} {k:14} {name:24} "
                              f"{ev.type:8} {t(ev.trigger)} -> {s} | gold {golds}\n    "
                              f"{' '.join(doc.text[lo:hi].split())[:260]}")
    print(f"arguments given {total}, wrong {sum(kinds.values())}")
    for (role, k), n in sorted(kinds.items()):
        print(f"  {role:9} {k:15} {n}")
    print("by pass / basis:")
    for (role, k), n in origin.most_common():
        print(f"  {role:9} {k:30} {n}" + (f"  (right {right[(role, k)]})" if a.right else ""))
    if a.right:
        print("right only:")
        for (role, k), n in right.most_common():
            if (role, k) not in origin:
                print(f"  {role:9} {k:30} right {n}")


if __name__ == "__main__":
    main()
