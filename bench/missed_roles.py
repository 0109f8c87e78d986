"""Missed actors and recipients of matched events, grouped by cause, per dev set.

    .venv/bin/python bench/missed_roles.py tests/gold/region/*.json        # counts by cause
    .venv/bin/python bench/missed_roles.py tests/gold/fresh/*.json --list   # and each miss

Events are paired with gold events exactly as `rasd eval` pairs them (rasd.evaluate), and
a gold actor or recipient is missed when no predicted string of that role pairs with it
under the scorer's span rule. Each miss is put under the first cause that fits (the
order below), read off the article text, not off rasd's rules:

- `other role`: rasd gave the phrase, but in the other role (actor ↔ recipient);
- `boundary`: a predicted phrase of the role overlaps the gold phrase in the text but is
  too short or too long to pair (a fragment, or a clause around it);
- `not in sentence`: the gold phrase is not written in the event's sentence (carried
  from before: the subject of وأضاف, a dropped subject, a pronoun);
- `agent phrase`: an agent phrase (من قبل، على يد، من جانب) or ل + the phrase right after
  the trigger noun (قصف للدعم السريع، هجوم لـ);
- `object pronoun`: a verb with an object pronoun before the phrase (أطلقتها الفصائل);
- `counted`: a count in the gold phrase or right before it (مقتل 5 جنود);
- `named`: the gold phrase overlaps an entity of the document;
- `generic`: the rest (مسلحون، قوات الأمن، مدنيين: no entity, in the sentence).
Each cause also counts what rasd did give for the role (`wrong`: a predicted phrase that
paired with no gold one).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from rasd.document import Document, Event
from rasd.evaluate import (
    _fragment_spans,
    event_pairs,
    gold_paths,
    load_gold,
    pair_up,
    run_gold,
    span_score,
)
from rasd.pipeline import Pipeline
from rasd.text.normalize import normalize

CAUSES = ("other role", "boundary", "not in sentence", "agent phrase", "object pronoun",
          "counted", "named", "generic")
AGENT_WORDS = ("من قبل", "على يد", "من جانب", "على أيدي")


def matched(doc: Document, golds: list[dict[str, Any]]) -> list[tuple[Event, dict[str, Any]]]:
    """Predicted and gold events paired as `rasd eval` pairs them."""
    return [(doc.events[i], golds[j]) for i, j, _ in event_pairs(doc, golds)]


def find(text: str, phrase: str, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """Offsets of `phrase` in text[lo:hi], compared normalized; None if absent."""
    spans = [s for s in _fragment_spans(text[lo:hi], phrase)]
    return (lo + spans[0][0], lo + spans[0][1]) if spans else None


def sentence_of(doc: Document, ev: Event) -> tuple[int, int]:
    s = doc.sentences[ev.sentence]
    return s.start, s.end


def cause(doc: Document, ev: Event, role: str, gold: str) -> str:
    t = doc.span_text
    other = "recipient" if role == "actor" else "actor"
    if any(span_score(t(r), gold) for r in getattr(ev, other)):
        return "other role"
    lo, hi = sentence_of(doc, ev)
    at = find(doc.text, gold, lo, hi)
    if at is None:
        return "not in sentence"
    if any(r.start < at[1] and at[0] < r.end for r in getattr(ev, role)):
        return "boundary"
    between = normalize(doc.text[ev.trigger.end:at[0]])
    before = normalize(doc.text[max(lo, at[0] - 25):at[0]])
    if any(normalize(w) in between for w in AGENT_WORDS) or (
            ev.trigger.end <= at[0] and len(between.split()) <= 2
            and normalize(doc.text[at[0]:at[0] + 1]) == "ل"):
        return "agent phrase"
    words = before.split()
    if words and any(words[-1].endswith(p) and len(words[-1]) > 3 for p in ("ها", "هم", "ه")):
        return "object pronoun"
    if any(q.start < at[1] and at[0] - 12 < q.end for q in doc.quantities):
        return "counted"
    if any(e.start < at[1] and at[0] < e.end for e in doc.entities):
        return "named"
    return "generic"


def misses(paths: list[str], show: bool) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    pipe = Pipeline()
    counts: Counter[tuple[str, str]] = Counter()
    given: Counter[str] = Counter()
    for path in gold_paths(paths):
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, path, pipe)
        t = doc.span_text
        for ev, g in matched(doc, gold.get("events", [])):
            for role in ("actor", "recipient"):
                golds, preds = g.get(role, []), [t(r) for r in getattr(ev, role)]
                pairs = pair_up([[span_score(p, x) for x in golds] for p in preds])
                hit_g, hit_p = {j for _, j, _ in pairs}, {i for i, _, _ in pairs}
                given[role] += len(preds)
                given[role + " wrong"] += len(preds) - len(hit_p)
                for j, x in enumerate(golds):
                    if j in hit_g:
                        continue
                    c = cause(doc, ev, role, x)
                    counts[(role, c)] += 1
                    if show:
                        lo, hi = sentence_of(doc, ev)
                        print(f"{path.split('/')[-1][:28]:28} {role:9} {c:15} {ev.type:9} "
                              f"{t(ev.trigger)} | gold {x} | rasd {preds}\n    "
                              f"{' '.join(doc.text[lo:hi].split())[:220]}")
    return counts, given


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--list", action="store_true", help="print each miss with its sentence")
    args = ap.parse_args(argv)
    counts, given = misses(args.gold, args.list)
    for role in ("actor", "recipient"):
        total = sum(n for (r, _), n in counts.items() if r == role)
        parts = ", ".join(f"{c} {counts[(role, c)]}" for c in CAUSES if counts[(role, c)])
        print(f"{role}: {total} missed ({parts}); rasd gave {given[role]}, "
              f"{given[role + ' wrong']} unpaired")
    return 0


if __name__ == "__main__":
    sys.exit(main())
