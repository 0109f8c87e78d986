"""Where the missed event arguments are: per role, each annotated actor, recipient or place
of a matched event that rasd does not find, put under one cause, over named dev sets.

    .venv/bin/python bench/role_misses.py                      # every dev set, rules only
    .venv/bin/python bench/role_misses.py --sets fresh7 fresh8 --list   # and each miss
    .venv/bin/python bench/role_misses.py --slots /tmp/slots.pkl        # rows kept/reused
    .venv/bin/python bench/role_misses.py --wide     # the candidates widened by roles15
    .venv/bin/python bench/role_misses.py --model /tmp/loso            # with the learned
          # labeller's fills, each set scored with DIR/SET.json (its leave-one-set-out fold)

The rows are those of scripts/train_roles.py (events paired with gold ones as `rasd eval`
pairs them; the rules run with the learned labeller off, which is main's default); the
candidates are the labeller's (rasd.events.role_features: entity mentions of the event's
sentence and the one before, head-noun phrases near the trigger, every rules' role of those
sentences; with --wide also the clause reading's and the counted phrases). A gold string is
found when a predicted string of its role pairs with it under the scorer's span rule. Each
missed one gets the first cause that fits:

- `other sentence`: its words are not all in the event's sentence; split by where they are
  (`prev, candidate` / `prev, no candidate`: the sentence before, with or without a
  candidate that pairs with it; `earlier`: before that; `later`; `nowhere`: not written as
  such in the article — a paraphrase, a pronoun resolved);
- `no candidate`: in the sentence, but no candidate pairs with it (split `entity cut`: a
  candidate overlaps it in words but too little to pair — a fragment or a clause —, and
  `no phrase`: no candidate shares a word with it);
- `another chosen`: a candidate pairs with it, and rasd gave the role a string that pairs
  with no gold string of the role (a wrong choice);
- `other role`: a candidate pairs with it and rasd gave that phrase another role of the event
  (actor ↔ recipient);
- `nothing chosen`: a candidate pairs with it and the role is empty (or holds only right
  strings: a second gold string left out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import train_roles  # noqa: E402
from rasd.evaluate import overlap, span_score, words  # noqa: E402
from train_roles import SETS, Slot, found  # noqa: E402

# the dev sets the labeller is not trained on, scored here too (recip19)
SETS.setdefault("fresh13", "tests/gold/fresh13/")
SETS.setdefault("fresh15", "tests/gold/fresh15/")
SETS.setdefault("fresh17", "tests/gold/fresh17/")
SETS.setdefault("fresh19", "tests/gold/fresh19/")
SETS.setdefault("fresh21", "tests/gold/fresh21/")
SETS.setdefault("fresh23", "tests/gold/fresh23/")
SETS.setdefault("fresh25", "tests/gold/fresh25/")
SETS.setdefault("fresh27", "tests/gold/fresh27/")
SETS.setdefault("fresh29", "tests/gold/fresh29/")

CAUSES = ("other sentence: prev, candidate", "other sentence: prev, no candidate",
          "other sentence: earlier", "other sentence: later", "other sentence: nowhere",
          "no candidate: entity cut", "no candidate: no phrase", "another chosen",
          "other role", "nothing chosen")
ROLE_NAMES = ("actor", "recipient", "location")


def written_in(text: str, gold: str) -> bool:
    """Every word of the gold string is in `text` (compared as the scorer compares)."""
    g = words(gold)
    return bool(g) and overlap(g, words(text)) == len(g)


def cause(s: Slot, gold: str, pred: list[str]) -> str:
    """The cause of one missed gold string of slot `s` (see the module's doc)."""
    here = [t for (_, t, _), b in zip(s.cands, s.before or [False] * len(s.cands),
                                      strict=True) if not b]
    if not written_in(s.sentence, gold):
        if s.prev_sentence and written_in(s.prev_sentence, gold):
            prev = [t for (_, t, _), b in zip(s.cands, s.before, strict=True) if b]
            return "other sentence: prev, " + (
                "candidate" if any(span_score(t, gold) > 0 for t in prev) else "no candidate")
        if written_in(s.earlier, gold):
            return "other sentence: earlier"
        if written_in(s.later, gold):
            return "other sentence: later"
        return "other sentence: nowhere"
    hits = [(t, own) for (_, t, own) in [c for c, b in zip(
        s.cands, s.before or [False] * len(s.cands), strict=True) if not b]
        if span_score(t, gold) > 0]
    if not hits:
        g = words(gold)
        if any(overlap(g, words(t)) for t in here):
            return "no candidate: entity cut"
        return "no candidate: no phrase"
    if any(own and own != s.role for _, own in hits):
        return "other role"
    if any(not any(span_score(p, x) > 0 for x in s.gold) for p in pred):
        return "another chosen"
    return "nothing chosen"


def misses(slots: list[Slot], fills: dict[int, str] | None = None
           ) -> list[tuple[Slot, str, str]]:
    """(slot, missed gold string, cause) for every gold string of a matched event's role
    that no predicted string pairs with; `fills` adds a model's fill to a slot (by id)."""
    out = []
    for s in slots:
        pred = list(s.pred) + ([fills[id(s)]] if fills and id(s) in fills else [])
        for g in s.gold:
            if found(pred, [g]):
                continue
            out.append((s, g, cause(s, g, pred)))
    return out


def model_fills(slots: list[Slot], model_dir: Path) -> dict[int, str]:
    """Each slot's fill by its set's leave-one-set-out weights (DIR/SET.json)."""
    out: dict[int, str] = {}
    for name in sorted({s.set for s in slots}):
        path = model_dir / f"{name}.json"
        if not path.is_file():
            continue
        m = json.loads(path.read_text(encoding="utf-8"))
        ours = [s for s in slots if s.set == name]
        out.update({id(s): text for s, p, text in train_roles.fills(m, ours)
                    if p >= m["threshold"][s.role]})
    return out


def table(rows: list[tuple[Slot, str, str]], slots: list[Slot]) -> str:
    gold = Counter()
    for s in slots:
        gold[s.role] += len(s.gold)
    by = Counter((s.role, c) for s, _, c in rows)
    miss = Counter(s.role for s, _, _ in rows)
    head = f"{'cause':<36}" + "".join(f"{r:>11}" for r in ROLE_NAMES) + f"{'all':>8}"
    lines = [head, f"{'gold strings (matched events)':<36}"
             + "".join(f"{gold[r]:>11}" for r in ROLE_NAMES) + f"{sum(gold.values()):>8}",
             f"{'missed':<36}" + "".join(f"{miss[r]:>11}" for r in ROLE_NAMES)
             + f"{sum(miss.values()):>8}"]
    for c in CAUSES:
        n = [by[(r, c)] for r in ROLE_NAMES]
        lines.append(f"{c:<36}" + "".join(f"{x:>11}" for x in n) + f"{sum(n):>8}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--slots", type=Path, help="keep the collected rows in this pickle and "
                    "read them from it when it exists")
    ap.add_argument("--model", type=Path, help="a folder of leave-one-set-out weights "
                    "(scripts/train_roles.py --loso-dir): count misses after their fills")
    ap.add_argument("--per-set", action="store_true", help="a table for each set too")
    ap.add_argument("--list", action="store_true", help="print each miss")
    ap.add_argument("--wide", action="store_true", help="candidates also from the clause "
                    "reading's and counted phrases (role_features.WIDE; roles15)")
    args = ap.parse_args(argv)
    train_roles.role_features.WIDE = args.wide
    names = [n for n in args.sets if (train_roles.ROOT / SETS[n]).is_dir()]
    slots = train_roles.cached_slots(names, args.slots)
    fills = model_fills(slots, args.model) if args.model else None
    rows = misses(slots, fills)
    print(f"sets: {', '.join(names)}")
    print(table(rows, slots))
    if args.per_set:
        for name in names:
            ours = [s for s in slots if s.set == name]
            print(f"\n== {name}")
            print(table([r for r in rows if r[0].set == name], ours))
    if args.list:
        for s, g, c in sorted(rows, key=lambda r: (r[2], r[0].role, r[0].set)):
            print(f"{c} | {s.role} | {s.set} | gold {g!r} | rasd {s.pred} | {s.context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
