"""Matched events whose actor (or recipient) rasd misses: where the annotated party is
written, and what each candidate fallback would give, right or wrong, before it is built.

    .venv/bin/python bench/actor_fallbacks.py 'tests/gold/fresh/*.json'
    .venv/bin/python bench/actor_fallbacks.py 'tests/gold/fresh/*.json' --role recipient
    .venv/bin/python bench/actor_fallbacks.py 'tests/gold/fresh/*.json' --list
    .venv/bin/python bench/actor_fallbacks.py 'tests/gold/fresh/*.json' --without-actors

Events are paired with gold events as `rasd eval` pairs them. For every annotated actor
that no predicted actor pairs with, the first place where it is written, read off the
text (not off rasd's rules):

- in the event's own sentence, by construction: `agent phrase` (من قبل، على يد، على
  أيدي، من جانب، بواسطة right before it), `genitive` (right after a trigger noun, or
  after its ل: قصف الطيران، غارات التحالف، هجوم لـ), `nisba` (a nationality adjective
  after the trigger: الطائرات الإسرائيلية; or the country it names: إسرائيل for
  الإسرائيلية), `earlier deed` (the actor rasd gave another event before it in the
  sentence), `before clause edge` (before the trigger past a relative pronoun, حيث, بعد
  أن, a comma: the subject of the enclosing clause), `before` (before the trigger, no
  clause edge: a subject rasd did not read), `speaker` (the speaker of the claim that
  reports it), `after` (after the trigger: a subject after a verb);
- `prev sentence`, `paragraph` (an earlier sentence of its paragraph), `headline` (the
  first sentence), `earlier` (elsewhere before), `later` (only after the sentence),
  `absent` (not written).

`other role` (rasd gave it in the other role) and `boundary` (a predicted phrase overlaps
it but does not pair) come first. Then, for each matched event with no predicted actor,
each fallback is asked for one and scored: `right` (pairs with an annotated actor),
`wrong` (there is an annotated actor it does not pair with), `extra` (the annotator gave
none: a false actor too). For recipients also `lam_object` (the ل phrase after an
accusation or arrest noun) and `joined_recipient` (a party joined by و to a recipient
its phrase left out, scored against the annotated recipients not yet found). The
fallbacks:

- `prev_same1`: the actor of the nearest earlier event of the same type with one, at most
  one sentence back; `prev_same1_para`: the same, in the same paragraph only;
- `prev_deed1`: the actor of the last deed (any type) with one, in the same or the
  previous sentence;
- `para_same`: the nearest earlier event of the same type in the paragraph;
- `headline_same`: the headline's event of the same type;
- `speaker`: the speaker of the claim that reports the event (a party's phrase);
- `agent_phrase`: من قبل / على يد / على أيدي / بواسطة + the phrase after it, later in the
  trigger's clause;
- `nisba`: the trigger noun's phrase when a nationality adjective follows it (الغارات
  الجوية الروسية → the phrase);
- `doer_after`, `attributed`, `decree`: the constructions of rasd.events.actors (a verb of
  doing with an object pronoun after the deed noun; the party it is attributed to; the
  issuer of the decree that orders it), asked of the events the pipeline leaves without
  an actor (`--without-actors`: as before they were built);
- `sent_earlier` (`_clause`: no clause edge between; `_clause_deed`: and both are deeds,
  the trigger not inside the other's roles, no clash between sides before a one-sided
  deed; `_joined`: and the trigger joined by و/ف): the actor of the nearest earlier event
  of the sentence;
- `verb_prodrop_prev`: a verb trigger with no party after it takes the actor of the last
  deed of its sentence or the one before; `plural_verb_prev`: the same for a verb in the
  masculine plural (هاجموا، قتلوه);
- `…_noparty`: the fallback, only when the event's sentence names no party at all;
- `sent_party`: the one party (a PER/ORG name or an armed-party head) the sentence
  names before the trigger.
"""

from __future__ import annotations

import argparse
import glob
from collections import Counter

from rasd.document import Document, Event
from rasd.entities.features import is_nationality
from rasd.evaluate import (
    _fragment_spans,
    event_pairs,
    gold_paths,
    load_gold,
    pair_up,
    run_gold,
    span_score,
)
from rasd.events.actors import (
    attributed_phrase,
    decree_issuer,
    doer_phrase,
    joined_conjuncts,
    lam_object,
)
from rasd.events.context import clash_carry
from rasd.events.context_shared import MATERIAL
from rasd.events.parties import parties_only
from rasd.lexicons import event_markers
from rasd.pipeline import Pipeline
from rasd.roles import View
from rasd.text.normalize import normalize

AGENT_WORDS = ("من قبل", "على يد", "على ايدي", "من جانب", "بواسطه")
EDGES = ("الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "بعد ان", "بعدما", "عقب",
         "اثر", "ما ادى", "مما")


def occurrences(doc: Document, gold: str) -> list[tuple[int, int]]:
    return _fragment_spans(doc.text, gold)


def sent_of(v: View, at: int) -> int:
    return next((k for k, s in enumerate(v.sents) if s.start <= at < s.end), -1)


def nisba_of(v: View, lo: int, hi: int, gold: str) -> bool:
    """A nationality adjective in [lo, hi) that names the gold country (الإسرائيلية for
    إسرائيل)."""
    g = normalize(gold).replace("ال", "", 1) if normalize(gold).startswith("ال") else \
        normalize(gold)
    g = g.rstrip("اه")
    if len(g) < 3:
        return False
    i, j = v.token_range(lo, hi)
    for k in range(i, j):
        n = v.bare(k)
        n = n[2:] if n.startswith("ال") else n
        if n.startswith(g) and is_nationality(v.norms[k]):
            return True
    return False


def construction(doc: Document, v: View, ev: Event, at: tuple[int, int], gold: str) -> str:
    t0, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
    g0, g1 = v.token_range(*at)
    before = normalize(doc.text[max(v.sents[ev.sentence].start, at[0] - 20):at[0]])
    if before.rstrip().endswith(AGENT_WORDS):
        return "agent phrase"
    for c in doc.claims:
        if c.speaker.end > c.speaker.start and c.content.start <= ev.trigger.start \
                < c.content.end and span_score(doc.span_text(c.speaker), gold):
            return "speaker"
    for other in doc.events:
        if other is not ev and other.sentence == ev.sentence \
                and other.trigger.start < ev.trigger.start \
                and any(span_score(doc.span_text(r), gold) for r in other.actor):
            return "earlier deed"
    if g0 >= t1:
        if not v.is_verb(t0) and (g0 == t1 or g0 == t1 + 1 and not v.word(t1)):
            return "genitive"
        if g1 - g0 == 1 and is_nationality(v.norms[g0]) and g0 - t1 <= 3:
            return "nisba"
        return "after"
    between = " " + " ".join(v.norms[k] for k in range(g1, t0)) + " "
    if any(f" {e} " in between for e in EDGES) or any(not v.word(k) for k in range(g1, t0)):
        return "before clause edge"
    return "before"


def where_written(doc: Document, v: View, ev: Event, gold: str) -> str:
    s = v.sents[ev.sentence]
    spans = occurrences(doc, gold)
    here = [x for x in spans if s.start <= x[0] < s.end]
    if here:
        t0 = ev.trigger.start
        here.sort(key=lambda x: abs(x[0] - t0))
        return "sentence: " + construction(doc, v, ev, here[0], gold)
    if nisba_of(v, s.start, s.end, gold):
        return "sentence: nisba"
    sents = sorted({sent_of(v, x[0]) for x in spans} - {-1})
    before = [k for k in sents if k < ev.sentence]
    if not sents:
        return "absent"
    if not before:
        return "later"
    if ev.sentence - 1 in before:
        return "prev sentence"
    if any(v.para[k] == v.para[ev.sentence] for k in before):
        return "paragraph"
    if 0 in before:
        return "headline"
    return "earlier"


def _party(v: View, k: int) -> bool:
    ent = v.ent_tok.get(k)
    return ent is not None and ent.type in ("PER", "ORG") or ent is None and v.in_words(
        k, event_markers()["agent_heads"])


def _edge_between(v: View, lo: int, hi: int) -> bool:
    """A relative pronoun, حيث, a complementizer or a mark other than a comma in [lo, hi)."""
    i, j = v.token_range(lo, hi)
    for k in range(i, j):
        if not v.word(k):
            if v.text[v.toks[k].start] not in "،,":
                return True
            continue
        if v.norms[k] in ("الذي", "التي", "الذين", "حيث", "ان", "انه", "انها", "بان", "لان"):
            return True
    return False


def _joined(v: View, ev: Event) -> bool:
    """The trigger (or the light verb right before it) is joined by و/ف."""
    i = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    return any(k >= 0 and v.norms[k][:1] in "وف" and v.bare(k) != v.norms[k] for k in (i, i - 1))


def fallbacks(doc: Document, v: View, ev: Event, role: str) -> dict[str, list[str]]:
    t = doc.span_text
    out: dict[str, list[str]] = {}
    earlier = [x for x in doc.events if x.trigger.start < ev.trigger.start and getattr(x, role)]
    same = [x for x in earlier if x.type == ev.type]
    if same and ev.sentence - same[-1].sentence <= 1:
        out["prev_same1"] = [t(r) for r in getattr(same[-1], role)]
        if v.para[same[-1].sentence] == v.para[ev.sentence]:
            out["prev_same1_para"] = out["prev_same1"]
    deeds = [x for x in earlier if x.type in MATERIAL and ev.sentence - x.sentence <= 1]
    if deeds:
        out["prev_deed1"] = [t(r) for r in getattr(deeds[-1], role)]
    if "prev_same1_para" in out and ev.type in MATERIAL:
        out["prev_same1_para_deed"] = out["prev_same1_para"]
    here = [x for x in earlier if x.sentence == ev.sentence]
    if here:
        x = here[-1]
        out["sent_earlier"] = [t(r) for r in getattr(x, role)]
        if not _edge_between(v, x.trigger.end, ev.trigger.start):
            out["sent_earlier_clause"] = out["sent_earlier"]
            inside = any(r.start <= ev.trigger.start < r.end for r in (*x.actor, *x.recipient))
            if x.type in MATERIAL and ev.type in MATERIAL and not inside \
                    and not clash_carry(v, x, ev):
                out["sent_earlier_clause_deed"] = out["sent_earlier"]
            if _joined(v, ev):
                out["sent_earlier_joined"] = out["sent_earlier"]
    i0 = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    if v.is_verb(i0) and deeds and not (i0 + 1 < len(v.toks) and _party(v, i0 + 1)):
        out["verb_prodrop_prev"] = [t(r) for r in getattr(deeds[-1], role)]
    sa, sb = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    if not any(_party(v, k) for k in range(sa, sb)):
        for name in ("prev_same1", "prev_same1_para", "prev_deed1", "sent_earlier"):
            if name in out:
                out[name + "_noparty"] = out[name]
    n0 = v.bare(i0)
    plural = v.is_verb(i0) and any(n0.endswith(x) for x in ("وا", "وه", "وها", "وهم"))
    if plural and deeds:
        out["plural_verb_prev"] = out["prev_deed1"]
    para = [x for x in same if v.para[x.sentence] == v.para[ev.sentence]]
    if para:
        out["para_same"] = [t(r) for r in getattr(para[-1], role)]
    head = [x for x in doc.events if x.sentence == 0 and x is not ev and x.type == ev.type
            and getattr(x, role)]
    if head and ev.sentence > 0:
        out["headline_same"] = [t(r) for r in getattr(head[0], role)]
    if role == "recipient":
        for name, find in (("lam_object", lam_object),):
            spans = find(v, ev)
            if spans:
                out[name] = [t(v.role(i, j)) for i, j, *_ in spans]
    if role == "actor":
        for name, find in (("doer_after", doer_phrase), ("attributed", attributed_phrase),
                           ("decree", decree_issuer)):
            spans = find(v, ev)
            if spans:
                out[name] = [t(v.role(i, j)) for i, j, *_ in parties_only(v, spans)]
        for c in doc.claims:
            if c.speaker.end > c.speaker.start and c.content.start <= ev.trigger.start \
                    < c.content.end:
                out["speaker"] = [t(c.speaker)]
                break
    s = v.sents[ev.sentence]
    a, b = v.token_range(s.start, s.end)
    t0, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
    if role == "actor":
        for k in range(t1, b):
            if not v.word(k) and v.text[v.toks[k].start] in ".،,؛:":
                break
            n = v.phrase_at(k, {tuple(w.split()) for w in AGENT_WORDS})
            if n:
                e = v.np_forward(k + n, b)
                if e > k + n:
                    out["agent_phrase"] = [t(v.role(k + n, e))]
                break
        if not v.is_verb(t0):
            for k in range(t1, min(b, t1 + 3)):
                if v.is_def(k) and is_nationality(v.norms[k]):
                    out["nisba"] = [doc.text[v.toks[t0].start:v.toks[k].end]]
                    break
                if not (v.is_def(k) and v.word(k)):
                    break
        names = {normalize(v.text[v.toks[k].start:v.toks[k].end]) for k in range(a, t0)
                 if _party(v, k) and (k - 1 < a or not _party(v, k - 1))}
        if len(names) == 1:
            k = next(k for k in range(a, t0) if _party(v, k))
            e = v.np_forward(k, t0)
            if e > k:
                out["sent_party"] = [t(v.role(k, e))]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--role", default="actor", choices=("actor", "recipient"))
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--material", action="store_true", help="deeds only (MATERIAL types)")
    ap.add_argument("--without-actors", action="store_true",
                    help="run the pipeline without the passes of rasd.events.actors and "
                         "context.joined_clause_actor (to measure them as fallbacks, as "
                         "before they were built)")
    args = ap.parse_args()
    if args.without_actors:
        import rasd.events.actors as actors
        import rasd.events.context as context
        mine = {context.joined_clause_actor}
        context.PASSES = tuple(p for p in context.PASSES
                               if p.__module__ != actors.__name__ and p not in mine)
    paths = gold_paths([p for x in args.paths for p in (sorted(glob.glob(x)) or [x])])
    pipe = Pipeline()
    role, other = args.role, "recipient" if args.role == "actor" else "actor"
    written: Counter[str] = Counter()
    score: dict[str, Counter[str]] = {}
    n_missed = n_empty = 0
    for path in paths:
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, path, pipe)
        v = View.of(doc)
        t = doc.span_text
        golds = gold.get("events", [])
        for i, j, _ in event_pairs(doc, golds):
            ev, g = doc.events[i], golds[j]
            if args.material and ev.type not in MATERIAL:
                continue
            want, preds = g.get(role, []), [t(r) for r in getattr(ev, role)]
            hit = {y for _, y, _ in pair_up([[span_score(p, x) for x in want] for p in preds])}
            for y, x in enumerate(want):
                if y in hit:
                    continue
                n_missed += 1
                if any(span_score(t(r), x) for r in getattr(ev, other)):
                    where = "other role"
                elif any(r.start < e and s < r.end for r in getattr(ev, role)
                         for s, e in occurrences(doc, x)):
                    where = "boundary"
                else:
                    where = where_written(doc, v, ev, x)
                written[where] += 1
                if args.list:
                    s = v.sents[ev.sentence]
                    print(f"MISS {where:28} {ev.type:8} {t(ev.trigger)!r} gold {x!r} "
                          f"got {preds} {path.split('/')[-1][:30]}\n     "
                          f"{' '.join(doc.text[s.start:s.end].split())[:200]}")
            if role == "recipient" and preds:
                extra = [t(v.role(i, j)) for i, j in joined_conjuncts(v, ev)]
                if extra:
                    left = [x for y, x in enumerate(want) if y not in hit]
                    ok = len(pair_up([[span_score(p, x) for x in left] for p in extra]))
                    verdict = "right" if ok else ("wrong" if want else "extra")
                    score.setdefault("joined_recipient", Counter())[verdict] += 1
                    if args.list:
                        print(f"FALL joined_recipient {verdict:5} {extra} gold {want} "
                              f"{ev.type} {t(ev.trigger)!r} {path.split('/')[-1][:30]}")
            if preds:
                continue
            n_empty += 1
            for name, got in fallbacks(doc, v, ev, role).items():
                ok = len(pair_up([[span_score(p, x) for x in want] for p in got]))
                verdict = "right" if ok else ("wrong" if want else "extra")
                score.setdefault(name, Counter())[verdict] += 1
                if args.list:
                    print(f"FALL {name:14} {verdict:5} {got} gold {want} {ev.type} "
                          f"{t(ev.trigger)!r} s{ev.sentence} {path.split('/')[-1][:30]}")
    print(f"{role}s missed: {n_missed}; where written: {dict(written.most_common())}")
    print(f"matched events with no {role}: {n_empty}")
    for name, c in sorted(score.items()):
        tot = c["right"] + c["wrong"] + c["extra"]
        print(f"  {name:16} right {c['right']:3}  wrong {c['wrong']:3}  extra {c['extra']:3}"
              f"  precision {c['right'] / tot if tot else 0:.2f}")


if __name__ == "__main__":
    main()
