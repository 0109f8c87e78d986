"""The missed recipients of `bench/role_misses.py --list`, put under the construction they are
written in (recip19): counted victims, the phrase right after the trigger (a deed noun's
genitive, a verb's object or passive subject), the phrase after a role preposition (على، ضد،
بحق), a later phrase of the clause, a phrase before the trigger, another sentence.

    .venv/bin/python bench/role_misses.py --per-set --list --slots /tmp/s.pkl > /tmp/m.txt
    .venv/bin/python bench/recipient_constructions.py /tmp/m.txt [--list KIND]

Each miss gets the first kind that fits, read off the miss's sentence as written (the
trigger's first occurrence, the gold string's first occurrence after it, else before it);
a rough reading for counting, not a parser.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

KINDS = ("other sentence", "counted", "right after trigger", "after على/ضد/بحق",
         "later in clause", "before trigger", "not found as written")
NUMBER = re.compile(r"^\(?[0-9٠-٩]|^(نحو|قرابة|حوالي|أكثر|اكثر|ما لا يقل|عدد|عشرات|العشرات|"
                    r"مئات|العديد|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|اثن|إثن|أحد|احد)")
PREPS = ("على", "علي", "ضد", "بحق", "لـ", "إلى", "الى", "باتجاه")
DUAL_OR_OTHERS = re.compile(r"(ين|ان)$|آخر(ين|ون)$")


def kind(cause: str, gold: str, trigger: str, text: str) -> str:
    if cause.startswith("other sentence"):
        return "other sentence"
    words = gold.split()
    if NUMBER.match(gold) or (len(words) == 1 and DUAL_OR_OTHERS.search(gold)
                              and not gold.startswith("ال")) or words[-1].startswith("آخر"):
        return "counted"
    t = text.find(trigger)
    g = text.find(gold, t + len(trigger)) if t >= 0 else -1
    if t < 0 or (g < 0 and gold not in text):
        return "not found as written"
    if g < 0:
        return "before trigger"
    between = text[t + len(trigger):g].split()
    if not between:
        return "right after trigger"
    if between[-1] in PREPS or between[-1].startswith(("ل", "ب")) and len(between[-1]) <= 2:
        return "after على/ضد/بحق"
    return "later in clause"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("misses", type=Path)
    ap.add_argument("--list", help="print the misses of this kind")
    args = ap.parse_args(argv)
    per: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    for line in args.misses.read_text(encoding="utf-8").splitlines():
        parts = line.split(" | ", 5)
        if len(parts) < 6 or parts[1] != "recipient":
            continue
        cause, _, name, gold, _pred, rest = parts
        gold = gold.removeprefix("gold ").strip("'\"")
        trigger, _, text = rest.partition(" | ")
        k = kind(cause, gold, trigger, text)
        per[name][k] += 1
        per["all"][k] += 1
        rows.append((k, name, gold, trigger, text))
    names = [n for n in per if n != "all"] + ["all"]
    print(f"{'kind':24s}" + "".join(f"{n:>8s}" for n in names))
    for k in KINDS:
        print(f"{k:24s}" + "".join(f"{per[n][k]:8d}" for n in names))
    print(f"{'missed':24s}" + "".join(f"{sum(per[n].values()):8d}" for n in names))
    for k, name, gold, trigger, text in rows:
        if k == args.list:
            print(f"{name} | {gold} | {trigger} | {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
