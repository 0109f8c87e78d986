"""Missed actors and recipients of matched events, grouped by cause, per dev set.

    .venv/bin/python bench/missed_roles.py tests/gold/region/*.json        # counts by cause
    .venv/bin/python bench/missed_roles.py tests/gold/fresh/*.json --list   # and each miss
    .venv/bin/python bench/missed_roles.py tests/gold/fresh/*.json --passes # rasd's roles
                     # by the pass that set them, paired or not (--list: each unpaired one)

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


ORIGIN: dict[int, dict[str, str]] = {}  # id(event) -> role -> the pass that last set it


def trace_passes() -> None:
    """Wrap the role passes (rasd.events.arguments, rasd.events.context, and the victims
    passes of rasd.events) so that each event remembers which pass set its actor and its
    recipient last; the output is unchanged."""
    import functools

    import rasd.events as events
    import rasd.events.arguments as arguments
    import rasd.events.context as context
    if getattr(context, "_traced", False):
        return  # wrapped once per process
    context._traced = True  # type: ignore[attr-defined]

    def mark(ev: Event, before: tuple[list, list], name: str) -> None:
        for role, old in zip(("actor", "recipient"), before, strict=True):
            if list(getattr(ev, role)) != old:
                ORIGIN.setdefault(id(ev), {})[role] = name

    def frame_step(step: Any) -> Any:
        @functools.wraps(step)
        def run(f: Any) -> None:
            before = (list(f.actor), list(f.recipient))
            step(f)
            for role, old in zip(("actor", "recipient"), before, strict=True):
                if list(getattr(f, role)) != old:
                    ORIGIN.setdefault(id(f.event), {})[role] = step.__name__
        return run

    def story_step(step: Any) -> Any:
        @functools.wraps(step)
        def run(story: Any) -> None:
            before = {id(e): (list(e.actor), list(e.recipient)) for e in story.events}
            step(story)
            for e in story.events:
                mark(e, before[id(e)], "context." + step.__name__)
        return run

    def victims_step(fn: Any) -> Any:
        @functools.wraps(fn)
        def run(v: Any, evs: list[Event], *rest: Any) -> Any:
            before = {id(e): (list(e.actor), list(e.recipient)) for e in evs}
            out = fn(v, evs, *rest)
            for e in evs:
                mark(e, before[id(e)], fn.__name__)
            return out
        return run

    arguments.PASSES = tuple(frame_step(x) for x in arguments.PASSES)
    context.PASSES = tuple(story_step(x) for x in context.PASSES)
    events.give_victims = victims_step(events.give_victims)
    events.wounded = victims_step(events.wounded)


def by_pass(paths: list[str], show: bool) -> Counter[tuple[str, str, bool]]:
    """(role, pass, paired) counts of rasd's actors and recipients of matched events."""
    trace_passes()
    pipe = Pipeline()
    out: Counter[tuple[str, str, bool]] = Counter()
    for path in gold_paths(paths):
        gold, raw = load_gold(path)
        ORIGIN.clear()
        doc = run_gold(gold, raw, path, pipe)
        t = doc.span_text
        for ev, g in matched(doc, gold.get("events", [])):
            for role in ("actor", "recipient"):
                golds, preds = g.get(role, []), [t(r) for r in getattr(ev, role)]
                hit = {i for i, _, _ in pair_up([[span_score(p, x) for x in golds]
                                                 for p in preds])}
                name = ORIGIN.get(id(ev), {}).get(role, "?")
                for i, p in enumerate(preds):
                    out[(role, name, i in hit)] += 1
                    if show and i not in hit:
                        lo, hi = sentence_of(doc, ev)
                        print(f"{path.split('/')[-1][:28]:28} {role:9} {name:26} {ev.type:9} "
                              f"{t(ev.trigger)} -> {p} | gold {golds}\n    "
                              f"{' '.join(doc.text[lo:hi].split())[:220]}")
    return out


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
    ap.add_argument("--passes", action="store_true",
                    help="rasd's roles by the pass that set them, paired with gold or not")
    args = ap.parse_args(argv)
    if args.passes:
        found = by_pass(args.gold, args.list)
        for role, name in sorted({(r, n) for r, n, _ in found}):
            print(f"{role:9} {name:32} paired {found[(role, name, True)]:3} "
                  f"unpaired {found[(role, name, False)]:3}")
        return 0
    counts, given = misses(args.gold, args.list)
    for role in ("actor", "recipient"):
        total = sum(n for (r, _), n in counts.items() if r == role)
        parts = ", ".join(f"{c} {counts[(role, c)]}" for c in CAUSES if counts[(role, c)])
        print(f"{role}: {total} missed ({parts}); rasd gave {given[role]}, "
              f"{given[role + ' wrong']} unpaired")
    return 0


if __name__ == "__main__":
    sys.exit(main())
