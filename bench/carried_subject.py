"""Matched events whose verb trigger has no actor: is the subject of the nearest earlier
verb (same sentence, then the one before) the annotated actor? Split by the two verbs'
agreement, an intervening party, and a speech verb between.

    .venv/bin/python bench/carried_subject.py "tests/gold/fresh/*.json" [--list]

The earlier verbs are the pipeline's own: event triggers that are verbs with an actor,
and claim cues with a speaker. A verb's agreement is read off its prefix/suffix once
its object pronoun is cut: `f` (تـ imperfect, ـت past), `p` (ـوا، ـون), `m` (يـ
imperfect or a bare past), `1` (نـ، ـنا), `?`.
"""

from __future__ import annotations

import argparse
import glob
from collections import Counter

from actor_fallbacks import _party  # type: ignore[import-not-found]
from rasd.evaluate import event_pairs, gold_paths, load_gold, pair_up, run_gold, span_score
from rasd.pipeline import Pipeline
from rasd.roles import View

PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "كم", "نا", "ني")
SPEECH = {"قال", "اكد", "اضاف", "اوضح", "ذكر", "اعلن", "صرح", "افاد", "اشار", "تابع",
          "قالت", "اكدت", "اضافت", "اوضحت", "ذكرت", "اعلنت", "افادت", "اشارت", "تابعت"}


def agreement(bare: str) -> str:
    w = bare
    for p in ("و", "ف"):
        if w.startswith(p) and len(w) > 3:
            w = w[1:]
            break
    if w.startswith("س") and len(w) > 4 and w[1] in "يتن":
        w = w[1:]
    if w.endswith(("وا", "ون")):
        return "p"
    for s in PRONOUNS:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            break
    if w.endswith(("وا", "و")) and len(w) > 3:
        return "p"
    if w.startswith("ت"):
        return "f"
    if w.startswith("ي"):
        return "m"
    if w.startswith("ن") or w.endswith("نا"):
        return "1"
    if w.endswith("ت"):
        return "f"
    return "m"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    paths = gold_paths([p for x in args.paths for p in (sorted(glob.glob(x)) or [x])])
    pipe = Pipeline()
    cells: dict[tuple[str, ...], Counter[str]] = {}
    for path in paths:
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, path, pipe)
        v = View.of(doc)
        t = doc.span_text
        golds = gold.get("events", [])
        for i, j, _ in event_pairs(doc, golds):
            ev, g = doc.events[i], golds[j]
            if ev.actor:
                continue
            t0 = v.token_range(ev.trigger.start, ev.trigger.end)[0]
            if not v.is_verb(t0):
                continue
            want = g.get("actor", [])
            # earlier verbs with a subject: (trigger start token, subject text, subject end)
            cands = []
            for x in doc.events:
                if x.actor and x.trigger.start < ev.trigger.start \
                        and ev.sentence - x.sentence <= 1:
                    k = v.token_range(x.trigger.start, x.trigger.end)[0]
                    if v.is_verb(k):
                        cands.append((k, t(x.actor[0]), x.actor[0].end, "event"))
            for c in doc.claims:
                if c.speaker.end > c.speaker.start and c.cue.start < ev.trigger.start \
                        and ev.sentence - c.sentence <= 1:
                    k = v.token_range(c.cue.start, c.cue.end)[0]
                    cands.append((k, t(c.speaker), c.speaker.end, "claim"))
            if not cands:  # no earlier verb with a subject: the rule could not fire
                cells.setdefault(("no candidate",), Counter())["none"] += 1
                continue
            k, subj, s_end, kind = max(cands, key=lambda c: c[0])
            a_t, a_c = agreement(v.bare(t0)), agreement(v.bare(k))
            agree = "agree" if a_t == a_c else f"{a_c}->{a_t}"
            lo = v.token_range(s_end, s_end)[0]
            lo = max(lo, k + 1)
            party = any(_party(v, q) for q in range(lo, t0))
            speech = kind == "claim" or any(v.bare(q) in SPEECH for q in range(k + 1, t0))
            here = v.sents[ev.sentence]
            sent = "same" if here.start <= v.toks[k].start < here.end else "prev"
            cell = (sent, agree if a_t in "fmp" else "trig?" + a_t,
                    "party" if party else "-", "speech" if speech else "-")
            ok = len(pair_up([[span_score(subj, x) for x in want]]))
            verdict = "right" if ok else ("wrong" if want else "extra")
            cells.setdefault(cell, Counter())[verdict] += 1
            if args.list:
                s = v.sents[ev.sentence]
                print(f"{verdict:5} {cell} {t(ev.trigger)!r} cand {subj!r} gold {want} "
                      f"{path.split('/')[-1][:25]}\n    "
                      f"{' '.join(doc.text[s.start:s.end].split())[:220]}")
    tot: Counter[str] = Counter()
    for cell, c in sorted(cells.items(), key=lambda kv: -sum(kv[1].values())):
        if "none" in c:
            print(f"{'no earlier verb with a subject':40} {c['none']:3}")
            continue
        n = sum(c.values())
        tot.update(c)
        print(f"{' '.join(cell):40} right {c['right']:3} wrong {c['wrong']:3} "
              f"extra {c['extra']:3}  P {c['right'] / n if n else 0:.2f}")
    n = sum(tot.values())
    for name, keep in (("agreement", lambda c: c[1] == "agree"),
                       ("no party between", lambda c: c[2] == "-"),
                       ("no speech verb", lambda c: c[3] == "-"),
                       ("same sentence", lambda c: c[0] == "same"),
                       ("same+agree+no party+no speech",
                        lambda c: c == ("same", "agree", "-", "-"))):
        m: Counter[str] = Counter()
        for cell, c in cells.items():
            if len(cell) == 4 and keep(cell):
                m.update(c)
        k = sum(m.values())
        print(f"  {name:38} right {m['right']:3} wrong {m['wrong']:3} extra {m['extra']:3}"
              f"  P {m['right'] / k if k else 0:.2f}")
    print(f"{'all':40} right {tot['right']:3} wrong {tot['wrong']:3} extra {tot['extra']:3}"
          f"  P {tot['right'] / n if n else 0:.2f}")


if __name__ == "__main__":
    main()
