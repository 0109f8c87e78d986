"""Print merged events of a store for reading: do their reports tell one incident?

    .venv/bin/python scripts/merge_audit.py --db sqlite:///demo.db [--sample 40] [--seed 13]

The merge gold (tests/merge_gold) scores only the pairs it labels; a wrong join between two
events it does not list goes unseen. This lists, for a reader to judge, a fixed random sample
of the merged events told by several reports (those of random event mentions), plus every
such event one of whose members
joined by a weak evidence: a count alone (`magnitude`, `retold`), its own report's other
event (`report`), or a single party with no place. Each member: its report, outlet, day, the
sentence that tells it, its places, actor -> target, and the evidence that joined it.
Flags the reader should check: `FAR` (located members more than 100 km apart), `LANDS`
(members whose places lie in disjoint countries), `COUNT` (a member joined by its count
alone, sharing no place and no party beyond a country with the event).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
from pathlib import Path
from typing import Any

from rasd.store import merge
from rasd.store.blobs import unpack, unpack_text
from rasd.store.merged import MEMBER
from rasd.store.store import Store

FAR_KM = 100


def weak(why: dict[str, Any] | None) -> str | None:
    """The weak evidence a member joined by, or None (see the module doc)."""
    if not why or why.get("first"):
        return None  # (the member that started it, or a fused event's: joined by nothing)
    if why.get("magnitude") or why.get("retold"):
        specific = [x for x in (why.get("actor"), why.get("target"))
                    if x and x.get("how") != "country"]
        return "count" if not (why.get("place") or specific) else "count+party"
    if why.get("report"):
        return "own report"
    if why.get("place") or why.get("wording") or why.get("phrasing"):
        return None
    parties = [x for x in (why.get("actor"), why.get("target")) if x]
    return "one party" if len(parties) <= 1 else None


def members(store: Store, mid: str) -> list[dict[str, Any]]:
    rows = store.db.query(f"SELECT {MEMBER}, why, trigger_s FROM events WHERE merged_id = ?"
                          " ORDER BY date, doc_id, event_id", (mid,))
    out = []
    for r in rows:
        m = merge.Mention.from_json(unpack(r["features"]), r)
        out.append({"m": m, "why": unpack(r["why"]) if r["why"] else None,  # packed (schema 20)
                    "trigger": r["trigger_s"]})
    return out


def sentence(store: Store, doc_id: str, span: tuple[int, int] | None, at: int) -> str:
    row = store.db.one("SELECT text, data FROM documents WHERE id = ?", (doc_id,))
    text = unpack_text(row["text"])
    if span is None:
        s = next(((x["start"], x["end"]) for x in unpack(row["data"])["sentences"]
                  if x["start"] <= at < x["end"]), (max(0, at - 100), at + 100))
    else:
        s = span
    return " ".join(text[s[0]:s[1]].split())[:260]


def flags(ms: list[dict[str, Any]]) -> list[str]:
    out = []
    points = [(x["m"].doc_id, p) for x in ms for p in x["m"].event_places()
              if p.lat is not None]
    if any(a != b and merge.km(p, q) > FAR_KM
           for (a, p), (b, q) in itertools.combinations(points, 2)):
        out.append("FAR")
    lands = [(x["m"].doc_id, x["m"].countries()) for x in ms if x["m"].countries()]
    if any(a != b and not (ca & cb) for (a, ca), (b, cb) in itertools.combinations(lands, 2)):
        out.append("LANDS")
    if any(weak(x["why"]) == "count" for x in ms):
        out.append("COUNT")
    return out


def show(store: Store, mid: str, reason: str) -> str:
    ms = members(store, mid)
    lines = [f"== {mid} [{reason}] {len({x['m'].doc_id for x in ms})} reports "
             f"{' '.join(flags(ms))}"]
    for x in ms:
        m, why = x["m"], x["why"]
        places = ",".join(p.name + ("^" if p.landmark else "") for p in m.places) or "-"
        roles = (",".join(p.name for p in m.actors) or "-") + " -> " + (
            ",".join(p.name for p in m.recipients) or "-")
        w = weak(why)
        lines.append(f"  {m.doc_id[:8]} {m.source or '-'} {m.date} {m.type}"
                     f" dead={m.dead} @ {places}; {roles}"
                     f"{' WEAK:' + w if w else ''}")
        lines.append(f"     « {sentence(store, m.doc_id, m.sentence, x['trigger'])} »")
        if why:
            lines.append(f"     why: {json.dumps(why, ensure_ascii=False)[:200]}")
    return "\n".join(lines)


def members_hash(store: Store, mid: str) -> str:
    """A short hash of a merged event's member reports: a verdict holds while they stay."""
    docs = sorted({x["m"].doc_id for x in members(store, mid)})
    return hashlib.sha1(" ".join(docs).encode()).hexdigest()[:10]


def verdicts(store: Store, chosen: list[tuple[str, str]], labels: dict[str, Any]
          ) -> tuple[dict[str, int], list[str]]:
    """Verdicts of the chosen events whose reports are those a reader judged ("one": one
    incident; "mixed": reports of different incidents), and the ids left to judge."""
    counts: dict[str, int] = {}
    todo = []
    for mid, _ in chosen:
        got = labels.get(f"{mid}:{members_hash(store, mid)}")
        if got is None:
            todo.append(mid)
            continue
        counts[got["verdict"]] = counts.get(got["verdict"], 0) + 1
    return counts, todo


def select(store: Store, n: int, seed: int) -> list[tuple[str, str]]:
    """(merged id, why chosen): a fixed random sample of the multi-report merged events,
    then those with a weakly joined member."""
    multi = sorted(r["id"] for r in store.db.query(
        "SELECT id FROM merged_events WHERE reports > 1"))
    # the merged events of random event mentions (a fixed order of all mentions, the
    # first n whose merged event several reports tell): two stores of the same documents
    # are sampled alike, so a rule's before and after are read on the same mentions
    keys = sorted((r["doc_id"], r["event_id"], r["merged_id"]) for r in store.db.query(
        "SELECT doc_id, event_id, merged_id FROM events"))
    random.Random(seed).shuffle(keys)
    told = set(multi)
    sample: list[str] = []
    for _, _, mid in keys:
        if mid in told and mid not in sample:
            sample.append(mid)
            if len(sample) == n:
                break
    chosen = [(mid, "sample") for mid in sample]
    seen = set(sample)
    for mid in multi:
        if mid in seen:
            continue
        kinds = sorted({k for x in members(store, mid) if (k := weak(x["why"]))})
        if kinds:
            chosen.append((mid, "weak:" + "+".join(kinds)))
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="sqlite:///demo.db")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--weak-only", action="store_true")
    ap.add_argument("--labels", help="verdicts (JSON: 'merged id:members hash' -> "
                    "{verdict, note}): print the tally and only the events left to judge")
    args = ap.parse_args()
    store = Store.open(args.db)
    chosen = select(store, args.sample, args.seed)
    if args.weak_only:
        chosen = [c for c in chosen if c[1] != "sample"]
    if args.labels:
        labels = json.loads(Path(args.labels).read_text(encoding="utf-8"))
        for part, subset in (("sample", [c for c in chosen if c[1] == "sample"]),
                             ("weak", [c for c in chosen if c[1] != "sample"])):
            counts, todo = verdicts(store, subset, labels)
            for mid in todo:
                print(show(store, mid, f"{part}, to judge, {members_hash(store, mid)}"))
            judged = sum(counts.values())
            print(f"# {part}: judged {judged} of {len(subset)}: " + ", ".join(
                f"{k} {v}" for k, v in sorted(counts.items())) + (
                f"; mixed {counts.get('mixed', 0) / judged:.3f}" if judged else ""))
        return
    for mid, reason in chosen:
        print(show(store, mid, f"{reason}, {members_hash(store, mid)}"))
    tally: dict[str, int] = {}
    for _, reason in chosen:
        tally[reason] = tally.get(reason, 0) + 1
    print(f"# {len(chosen)} merged events: " + ", ".join(f"{k} {v}" for k, v in
                                                          sorted(tally.items())))


if __name__ == "__main__":
    main()
