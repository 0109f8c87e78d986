"""Event roles on a corpus: how many events have a place and an actor (by basis), and how
many actor/recipient phrases are not parties at all.

    .venv/bin/python bench/roles.py                       # the demo corpus, extracted now
    .venv/bin/python bench/roles.py --docs out.jsonl      # documents `rasd extract` wrote
    .venv/bin/python bench/roles.py --sample 40           # also print unjudged phrases
    .venv/bin/python bench/roles.py --draw 200            # a random draw of all phrases
                                                          # (seed 2026) for a reader to judge
    .venv/bin/python bench/roles.py --context 20          # also a draw of places carried
                                                          # from context, 20 a pass

The judge is independent of the extractor's rules: a phrase is **not a party** when its
shape says so (no letters, a lone function word, a preposition or a clause marker at its
head, a verb-like clause of more than six words, a noun with a first-person pronoun, or a
lone abstract noun from bench/role_words.json); it is a **party** when it overlaps an
entity or its head noun is a party noun of that file; the rest is printed with --sample
for a reader to judge. Events with status `historical` count like the others. The shares
are also printed by group of event type (`GROUPS`: deeds, talks, words), since words
(demands, denials …) take no place by design. When the corpus is extracted now, the events
whose first place is of the context basis are also counted by the pass that set it
(`Role.via`, which the output contract does not carry: not with --docs).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rasd.text.normalize import normalize

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"
# event types by what they are: deeds done somewhere, talks and deals held somewhere, and
# words (demands, denials, accusations …), whose place the dev sets' annotators mostly leave
GROUPS = {"deeds": {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"},
          "talks": {"CONSULT", "AGREE", "COOPERATE", "SANCTION", "THREATEN"},
          "words": {"REQUEST", "REJECT", "ACCUSE", "CONCEDE", "SUPPORT"}}
WORDS = json.loads((Path(__file__).with_name("role_words.json")).read_text(encoding="utf-8"))


def _norm_set(key: str) -> set[str]:
    return {normalize(w) for w in WORDS[key]}


FUNCTION = _norm_set("function_words")
ABSTRACT = _norm_set("abstract_nouns")
PARTY = _norm_set("party_heads")
PREPS = _norm_set("prepositions")
CLAUSE = _norm_set("clause_markers")


def _stems(w: str) -> list[str]:
    """The word and its forms without a leading و/ف, ب/ل/ك and the article."""
    out = [w]
    for pre in ("و", "ف"):
        if w.startswith(pre) and len(w) > 3:
            w = w[1:]
            out.append(w)
    if w[:1] in "بلك" and len(w) > 3:
        out.append(w[1:])
        if w[1:2] == "ل" and w[:1] == "ل":
            out.append("ا" + w[1:])
    for x in list(out):
        if x.startswith("ال") and len(x) > 4:
            out.append(x[2:])
    return out


def judge(text: str, has_entity: bool) -> str:
    """'party', 'unjudged' or the reason a phrase is not a party."""
    words = normalize(text).split()
    letters = [w for w in words if any("\u0621" <= c <= "\u064a" for c in w)]
    if not letters:
        return "number or symbol"
    head = letters[0]
    known = head in PARTY or head in ABSTRACT or any(x in PARTY for x in _stems(head))
    if len(words) == 1 and (head in FUNCTION or any(s in FUNCTION for s in _stems(head)[1:2])):
        return "function word"
    if head in PREPS or (head[:1] in "بل" and not has_entity and not known
                         and head[1:3] != "ال" and len(head) > 3):
        return "preposition at the head"
    if any(w in CLAUSE for w in words[1:]) or head in CLAUSE:
        return "clause marker"
    if len(words) > 6 and not has_entity:
        return "clause (over six words)"
    if len(words) == 1 and not has_entity and head.endswith("نا") and head not in PARTY:
        return "noun with a pronoun"
    if has_entity:
        return "party"
    if any(s in PARTY for s in _stems(head)):
        return "party"
    if any(s in ABSTRACT for s in _stems(head)):
        return "abstract noun"
    return "unjudged"


def documents(path: Path | None) -> list[dict[str, Any]]:
    if path is not None:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    from rasd.pipeline import extract
    from rasd.readers.dispatch import read_path
    from rasd.readers.record import Record
    out = []
    for r in read_path(str(DEMO)):
        if isinstance(r, Record):
            doc = extract(r)
            d = doc.to_dict()
            for ev, evd in zip(doc.events, d["events"], strict=True):
                for x, xd in zip(ev.location, evd["location"], strict=True):
                    xd["via"] = x.via  # (the bench's own copy: no field of the contract)
            out.append(d)
    return out


def _sentence(d: dict[str, Any], ev: dict[str, Any]) -> str:
    s = d["sentences"][ev["sentence"]]
    return d["text"][s["start"]:s["end"]].replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, help="JSONL of extracted documents (default: "
                    "extract the demo corpus now)")
    ap.add_argument("--sample", type=int, default=0, help="print this many unjudged phrases")
    ap.add_argument("--show", type=int, default=8, help="examples per reason")
    ap.add_argument("--draw", type=int, default=0, help="print this many actor/recipient "
                    "phrases drawn at random from all of them (seed 2026), tab-separated")
    ap.add_argument("--context", type=int, default=0, help="print, for each pass, this many "
                    "events whose first place is of the context basis, drawn at random (seed "
                    "2026), with the place, the trigger and the sentences")
    args = ap.parse_args()
    docs = documents(args.docs)
    n_ev = 0
    groups: dict[str, Counter[str]] = {g: Counter() for g in GROUPS}
    place: Counter[str] = Counter()
    actor: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = {}
    drawn: list[tuple[str, str, str, str]] = []
    via: Counter[str] = Counter()
    carried: list[str] = []
    for d in docs:
        spans = [(e["start"], e["end"]) for e in d["entities"]]
        for ev in d["events"]:
            n_ev += 1
            g = next((g for g, types in GROUPS.items() if ev["type"] in types), "words")
            groups[g]["events"] += 1
            groups[g]["place"] += bool(ev["location"])
            groups[g]["actor"] += bool(ev["actor"])
            if ev["location"]:
                first = ev["location"][0]
                place[first.get("basis", "sentence")] += 1
                if first.get("basis") == "context" and first.get("via"):
                    via[first["via"]] += 1
                    prev = d["sentences"][max(ev["sentence"] - 1, 0)]
                    carried.append("\t".join([
                        first["via"], ev["type"], ev["status"],
                        d["text"][ev["trigger"]["start"]:ev["trigger"]["end"]],
                        " | ".join(r["text"] for r in ev["location"]),
                        (d.get("meta") or {}).get("record_id") or d["id"][:12],
                        d["text"][prev["start"]:prev["end"]].replace("\n", " ")
                        if ev["sentence"] else "", _sentence(d, ev)]))
            if ev["actor"]:
                actor[ev["actor"][0].get("basis", "sentence")] += 1
            for role in ("actor", "recipient"):
                for r in ev[role]:
                    if r.get("basis", "sentence") != "sentence":
                        continue  # a copy of a phrase judged where it was found
                    ent = r.get("entity") is not None or any(
                        s < r["end"] and r["start"] < e for s, e in spans)
                    v = judge(r["text"], ent)
                    verdicts[v] += 1
                    trig = d["text"][ev["trigger"]["start"]:ev["trigger"]["end"]]
                    drawn.append((role, ev["type"], trig, r["text"]))
                    examples.setdefault(v, Counter())[r["text"]] += 1
    if not n_ev:
        sys.exit("bench/roles: no events")
    n_roles = sum(verdicts.values())
    bad = n_roles - verdicts["party"] - verdicts["unjudged"]

    def pct(x: int, n: int) -> str:
        return f"{100 * x / n:.1f}%" if n else "-"

    print(f"{len(docs)} documents, {n_ev} events, {n_roles} actor/recipient phrases "
          "found in their sentence")
    for name, c in (("place", place), ("actor", actor)):
        by = ", ".join(f"{k} {pct(v, n_ev)}" for k, v in c.most_common())
        print(f"events with a {name}: {pct(sum(c.values()), n_ev)} ({by})")
    if via:
        print("  context by pass: " + ", ".join(f"{k} {v} ({pct(v, n_ev)})"
                                                for k, v in via.most_common()))
    for g, c in groups.items():
        print(f"  {g} ({c['events']} events): with a "
              f"place {pct(c['place'], c['events'])}, with an actor {pct(c['actor'], c['events'])}")
    print(f"role phrases not parties: {pct(bad, n_roles)} ({bad}); parties "
          f"{pct(verdicts['party'], n_roles)}; unjudged {pct(verdicts['unjudged'], n_roles)}")
    for v, k in verdicts.most_common():
        if v in ("party", "unjudged"):
            continue
        top = ", ".join(f"{t} ({c})" if c > 1 else t for t, c in
                        examples[v].most_common(args.show))
        print(f"  {v}: {k}: {top}")
    if args.draw:
        random.Random(2026).shuffle(drawn)
        print(f"random draw ({args.draw}): n, role, type, trigger, phrase")
        for n, row in enumerate(drawn[:args.draw], 1):
            print("\t".join([str(n), *row]))
    if args.context:
        random.Random(2026).shuffle(carried)
        print(f"context draw ({args.context} a pass): n, pass, type, status, trigger, places, "
              "record, sentence before, sentence")
        for name in sorted(via):
            rows = [row for row in carried if row.startswith(name + "\t")]
            for n, row in enumerate(rows[:args.context], 1):
                print(f"{n}\t{row}")
    if args.sample:
        pool = sorted(examples.get("unjudged", Counter()).elements())
        random.Random(7).shuffle(pool)
        print(f"unjudged sample ({args.sample}):")
        for t in pool[:args.sample]:
            print(f"  {t}")


if __name__ == "__main__":
    main()
