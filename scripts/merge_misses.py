"""Group the merge gold's unmerged same-event pairs by cause (issue 17).

    .venv/bin/python scripts/merge_misses.py --db sqlite:///demo.db [--split dev|test|all]

`rasd eval merge --misses` names the rule that refused each pair; this groups the pairs by
what the two mentions carry, so that extraction causes (a mention not extracted, one side
with no place and no parties) are told apart from merging causes (place granularity, actor
identity, time window, category family, kind of deed). One line per cause, then the pairs.
"""

from __future__ import annotations

import argparse
import itertools
from collections import defaultdict
from pathlib import Path

from rasd.store import merge
from rasd.store.merge_eval import _alone, _mention, load_gold, locate
from rasd.store.store import Store

GOLD = Path(__file__).resolve().parents[1] / "tests" / "merge_gold" / "incidents.jsonl"


def cause(a: merge.Mention, b: merge.Mention) -> str:
    """What keeps two mentions of one incident apart, read from their features."""
    refused = [x for x in (merge.judge(a, _alone(b)), merge.judge(b, _alone(a)))
               if isinstance(x, str)]
    rule = refused[0] if refused else ""
    if not rule:
        return "fits alone, not the merged core (order of joins)"
    if rule == "category family":
        return f"category family: {a.type} / {b.type}"
    if rule in ("date window", "date span", "date window without a place"):
        return "time window"
    if rule in ("status",):
        return f"status: {a.status} / {b.status}"
    if rule in ("kind of deed", "another place taken", "another side taking it"):
        return f"seizure or kind of deed ({rule})"
    if any(m.specific_places() and not m.event_places() for m in (a, b)):
        return "towns far apart or across a border in one mention (a summary)"
    bare = [m for m in (a, b) if not m.event_places() and not any(
        p.specific_ids for p in (*m.actors, *m.recipients))]
    if bare:
        return "one side with no place and no party beyond a country (extraction)"
    pa, pb = a.event_places(), b.event_places()
    if bool(pa) != bool(pb):
        coarse = (b if pa else a).places
        if any(p.level > 0 and not p.dateline for p in coarse):
            return "place granularity: a town against a governorate or country"
        return "one side with no place, parties that do not identify it"
    if rule in ("actor", "target"):
        return f"{rule}: parties named or linked differently"
    return rule


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="sqlite:///demo.db")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--split", default="all", choices=("dev", "test", "all"))
    args = ap.parse_args()
    incidents = [i for i in load_gold(args.gold) if args.split in ("all", i.split)]
    groups: dict[str, list[str]] = defaultdict(list)
    with Store.open(args.db, readonly=True) as store:
        found = locate(store, [m for i in incidents for m in i.mentions])
        for inc in incidents:
            for x, y in itertools.combinations(inc.mentions, 2):
                ex, ey = found.get(x.key), found.get(y.key)
                if ex and ey and ex["merged_id"] == ey["merged_id"]:
                    continue
                pair = f"{inc.id}: {x.record[-4:]} {x.trigger} / {y.record[-4:]} {y.trigger}"
                if not (ex and ey):
                    groups["mention not extracted (extraction)"].append(pair)
                    continue
                groups[cause(_mention(store, ex), _mention(store, ey))].append(pair)
    total = sum(len(v) for v in groups.values())
    print(f"unmerged same-event pairs ({args.split}): {total}")
    for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(v):4d}  {k}")
    for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {k}")
        print("\n".join(f"  {p}" for p in v))


if __name__ == "__main__":
    main()
