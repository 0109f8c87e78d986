"""Events with no place on gold sets: where a reader's place is written, and what each
fallback would give them, right or wrong, before it is built.

    .venv/bin/python bench/place_fallbacks.py 'tests/gold/fresh/*.json'
    .venv/bin/python bench/place_fallbacks.py 'tests/gold/fresh/*.json' --list

For every matched event (paired as `rasd eval` pairs them) that rasd leaves without a
place, the annotated place (if any) is looked for in the text: `sentence` (the event's
own sentence), `paragraph` (an earlier sentence of its paragraph), `lead` (the first
paragraph), `earlier` (another earlier paragraph), `after`, `absent`. Then each fallback
is asked for a place and scored: `right` (pairs with an annotated place), `wrong` (an
annotated place it does not pair with), `extra` (the annotator gave none: a false place
too). The fallbacks:

- `prev_placed`: the places of the nearest deed before it in its paragraph that has a
  place found in its own sentence (any kind, countries too);
- `para_loc`: the nearest place entity before the trigger in its paragraph that is
  introduced as a place (`locative`);
- `lead_loc`: the first place entity of the first sentence introduced as a place;
- `dateline`: the dateline's place;
- `sent_one`: the one place (one name) the deed's sentence introduces as a place (inside
  the claim's content when the deed is reported);
- `sent_after` / `sent_before`: the nearest place introduced as a place after / before
  the trigger in its sentence, with no clause edge between;
- `only_place`: the article's one specific place, when all it names lie in one chain;
- `opening`: the last place of a في phrase opening the sentence, before its first
  punctuation or verb;
- `prev_sentence`: the places of the nearest event of the sentence just before (any type)
  placed in its own sentence (places14);
- `lead_event`: the places of the first event of the lead paragraph placed in its own
  sentence;
- `dominant`: the article's dominant place: the linked specific place (a chain of the
  knowledge base counted as one) named at least twice as often as any other;
- `joined`: the places of the nearest other event of the same sentence placed in its own
  sentence (the event it is told with);
- `rally_words` (places15): for words and talks, the places of a protest told before them
  in their clause (تظاهر المئات في ساحة التحرير مطالبين …).

places14: `--all-types --by-group` prints each fallback by group of event type (deeds,
talks, words as `bench/roles.py` groups them), and events placed only by a context pass
(basis other than "sentence") count as unplaced, with the place they got scored as
`now:<basis>`: what the sentence-level rules leave, and what today's fallbacks make of it.
"""

from __future__ import annotations

import argparse
import glob
from collections import Counter
from typing import Any

from rasd.document import Document, Event, Role
from rasd.entities.kb import get_kb
from rasd.evaluate import event_pairs, gold_paths, load_gold, pair_up, run_gold, span_score
from rasd.events.context_places import (
    _clause_between,
    _deed_span,
    _habitual,
    _their_deeds,
    own_place_phrase,
)
from rasd.events.context_shared import MATERIAL, Story
from rasd.events.places import locative
from rasd.lexicons import event_markers
from rasd.pipeline import Pipeline
from rasd.roles import View
from rasd.text.normalize import normalize

# A dateline (دمشق - وكالات:، عين اليوم – بيروت) is a place within this many tokens of the
# text's start, before a dash or colon or alone on the first line (markers' dateline_tokens
# until review1 dropped it with context.dateline: the pipeline has no dateline fallback since
# places23; the bench still measures it)
DATELINE_TOKENS = 6


def dateline(v: View) -> Role | None:
    """The place of a dateline: a place entity among the first tokens of the text, before a
    dash or colon that ends the dateline (at most DATELINE_TOKENS tokens in); as
    `events.context.dateline` was before review1 removed it."""
    limit = min(len(v.toks), DATELINE_TOKENS)
    sep = next((k for k in range(limit) if v.text[v.toks[k].start] in ":-–—"
                and not v.word(k)), None)
    if sep is None and limit and v.sents:  # a line of its own: "عين اليوم – بيروت"
        first = v.sents[0]
        if "\n" not in v.text[first.start:first.end] and \
                v.token_range(first.start, first.end)[1] <= limit:
            sep = v.token_range(first.start, first.end)[1]
    if sep is None:
        return None
    for k in range(min(sep + 2, len(v.toks))):
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "LOC":
            return Role(ent.start, ent.end, ent.id)
    return None


def where_written(doc: Document, v: View, ev: Event, gold: str) -> str:
    """Where the annotated place is written, relative to the event (the dateline first:
    a place written there and nowhere in the deed's sentence)."""
    ents = [e for e in doc.entities if span_score(doc.span_text(e), gold) > 0]
    d = dateline(v)
    hits = [e.start for e in ents]
    if not hits:
        at = doc.text.find(gold)
        hits = [at] if at >= 0 else []
    if not hits:
        return "absent"
    sents = [next((k for k, s in enumerate(v.sents) if s.start <= h < s.end), -1)
             for h in hits]
    if ev.sentence in sents:
        return "sentence"
    if d is not None and span_score(doc.span_text(d), gold) > 0:
        return "dateline"
    if ev.sentence - 1 in sents and v.para[ev.sentence - 1] == v.para[ev.sentence]:
        return "sentence before"
    before = [k for k in sents if 0 <= k < ev.sentence]
    if not before:
        return "after"
    if any(v.para[k] == v.para[ev.sentence] for k in before):
        return "paragraph"
    if any(v.para[k] == 0 for k in before):
        return "lead"
    return "earlier"


def construction(doc: Document, v: View, ev: Event, gold: str) -> str:
    """For an annotated place written in the deed's own sentence that rasd does not give:
    how it is said (places15). The first that fits: `no place entity` (the text is no LOC
    entity of the sentence), `حيث` (a حيث between the trigger and it), `other clause` (a
    clause edge between them), `governorate` (after a province head: محافظة، ولاية …),
    `facility` (after a building or site head: مستشفى، سجن …), `في/ب` (after في or a ب
    prefix), `other`."""
    s = v.sents[ev.sentence]
    ents = [e for e in doc.entities if e.type == "LOC" and s.start <= e.start < s.end
            and span_score(doc.span_text(e), gold) > 0]
    if not ents:
        return "no place entity"
    t0 = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    e = min(ents, key=lambda x: abs(x.start - ev.trigger.start))
    k = v.token_range(e.start, e.end)[0]
    lo, hi = sorted((t0, k))
    if any(v.norms[m] in ("حيث", "وحيث") for m in range(lo, hi)):
        return "حيث"
    if _clause_between(v, t0, k):
        return "other clause"
    M = event_markers()
    prev = {v.bare(m) for m in range(max(k - 3, 0), k)}
    prev |= {w[1:] for w in prev if w[:1] in "بل"} | {w[2:] for w in prev if w[:2] == "ال"}
    if prev & set(M["province_heads"]):
        return "governorate"
    if prev & {w[0] for w in M["site_heads"] if len(w) == 1}:
        return "facility"
    word = v.text[v.toks[k].start:v.toks[k].end]
    if k and v.bare(k - 1) == "في" or word.startswith(("ب", "وب")) or \
            k > 1 and v.bare(k - 2) == "في":
        return "في/ب"
    return "other"


def loc_tokens(v: View, lo: int, hi: int) -> list[tuple[int, int, Any]]:
    """Place entities (first token, end token, entity) introduced as places in [lo, hi)."""
    M = event_markers()
    out = []
    for e in v.doc.entities:
        if e.type != "LOC" or not lo <= e.start < hi:
            continue
        i, j = v.token_range(e.start, e.end)
        s = next(s for s in v.sents if s.start <= e.start < s.end)
        a = v.token_range(s.start, s.end)[0]
        if locative(v, i, a, M):
            out.append((i, j, e))
    return sorted(out, key=lambda x: x[0])


def fallbacks(doc: Document, v: View, ev: Event) -> dict[str, list[str]]:
    t = doc.span_text
    para = v.para[ev.sentence]
    p0 = min(k for k, p in enumerate(v.para) if p == para)
    out: dict[str, list[str]] = {}
    prev = [x for x in doc.events if x.trigger.start < ev.trigger.start and x.location
            and x.location[0].basis == "sentence" and v.para[x.sentence] == para]
    if prev:
        out["prev_placed"] = [t(r) for r in prev[-1].location]
    locs = loc_tokens(v, v.sents[p0].start, ev.trigger.start)
    if locs:
        out["para_loc"] = [t(locs[-1][2])]
    lead = loc_tokens(v, v.sents[0].start, v.sents[0].end)
    if lead:
        out["lead_loc"] = [t(lead[0][2])]
    s = v.sents[ev.sentence]
    lo, hi = _deed_span(Story(doc, v, doc.events), ev)
    t0 = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    here = loc_tokens(v, lo, hi)
    names = {normalize(t(e)) for _, _, e in here}
    if len(names) == 1:
        out["sent_one"] = [t(here[0][2])]
    after = [x for x in here if x[0] > t0 and not _clause_between(v, t0, x[0])]
    if after:
        out["sent_after"] = [t(after[0][2])]
    before = [x for x in here if x[0] < t0 and not _clause_between(v, t0, x[0])]
    if before:
        out["sent_before"] = [t(before[-1][2])]
    a = v.token_range(s.start, s.end)[0]
    k = a
    while k < len(v.toks) and (k in v.opener_tok or v.bare(k) == "اما"):
        k += 1
    if v.bare(k) == "في":
        b = v.token_range(s.start, s.end)[1]
        c = next((m for m in range(k, b) if not v.word(m) or v.is_verb(m)), k)
        opening = [x for x in here if k < x[0] < c]
        if opening:
            out["opening"] = [t(opening[-1][2])]
    d = dateline(v)
    if d is not None:
        out["dateline"] = [t(d)]
    one = only_place(doc)
    if one is not None:
        out["only_place"] = [t(one)]
    own = [x for x in doc.events if x is not ev and x.location
           and x.location[0].basis == "sentence"]
    back = [x for x in own if x.sentence == ev.sentence - 1]
    if back:
        out["prev_sentence"] = [t(r) for r in back[-1].location]
    lead_ev = [x for x in own if v.para[x.sentence] == 0]
    if lead_ev and lead_ev[0].sentence <= ev.sentence:
        out["lead_event"] = [t(r) for r in lead_ev[0].location]
    dom = dominant_place(doc)
    if dom is not None:
        out["dominant"] = [t(dom)]
    deeds = [x for x in back if x.type in MATERIAL]
    if deeds:
        out["prev_deed"] = [t(r) for r in deeds[-1].location]
    if quiet(doc, v, ev):  # guarded: the sentence names no place at all
        for name in ("prev_sentence", "prev_deed", "prev_placed", "dateline", "lead_event",
                     "dominant", "para_loc"):
            if name in out:
                out[name + "+"] = out[name]
    same = [x for x in own if x.sentence == ev.sentence]
    rally = [x for x in same if x.type == "PROTEST" and x.trigger.start < ev.trigger.start
             and not _clause_between(v, v.token_range(x.trigger.start, x.trigger.end)[0],
                                     v.token_range(ev.trigger.start, ev.trigger.end)[0])]
    if rally and ev.type not in MATERIAL:  # places15: words said at a protest
        out["rally_words"] = [t(r) for r in rally[-1].location]
    if same:
        near = min(same, key=lambda x: abs(x.trigger.start - ev.trigger.start))
        out["joined"] = [t(r) for r in near.location]
    if same and calm(v, ev):
        lo, hi = _deed_span(Story(doc, v, doc.events), ev)
        named = {e.id for e in doc.entities if e.type == "LOC" and lo <= e.start < hi}
        if named <= {r.entity for r in near.location}:  # the sentence names no other place
            out["joined+"] = out["joined"]
    return out


def quiet(doc: Document, v: View, ev: Event) -> bool:
    """The deed's sentence (the claim's content when reported) names no place entity, says
    where in no words of its own, and tells no habit or a party's deeds in general."""
    story = Story(doc, v, doc.events)
    lo, hi = _deed_span(story, ev)
    return not any(e.type == "LOC" and lo <= e.start < hi for e in doc.entities) \
        and calm(v, ev)


def calm(v: View, ev: Event) -> bool:
    """The deed says where in no words of its own and tells no habit or a party's deeds."""
    return not own_place_phrase(v, ev) and not _habitual(v, ev) and not _their_deeds(v, ev)


def dominant_place(doc: Document) -> Any:
    """The article's dominant place: linked place mentions that are no country, counted by
    chain (a town counts for the province it lies in too); the narrowest of the most
    counted chain when it is counted at least twice as often as any place outside it."""
    kb = get_kb()
    ents = [e for e in doc.entities if e.type == "LOC" and e.link is not None
            and e.link.kind != "country"]
    ids = {e.link.id for e in ents}
    if not ids:
        return None

    def tied(x: str, y: str) -> bool:
        return x == y or kb.is_part_of(x, y) or kb.is_part_of(y, x)

    count = {x: sum(tied(x, e.link.id) for e in ents) for x in ids}
    best = max(ids, key=lambda x: (count[x], -sum(kb.is_part_of(o, x) for o in ids)))
    rest = [e for e in ents if not tied(best, e.link.id)]
    if count[best] < 2 or count[best] < 2 * len(rest):
        return None
    return next(e for e in ents if e.link.id == best)


def only_place(doc: Document) -> Any:
    """The article's one specific place: every linked place entity that is no country lies
    in one chain of the knowledge base (a town and its province); the narrowest of them."""
    kb = get_kb()
    ents = [e for e in doc.entities if e.type == "LOC" and e.link is not None
            and e.link.kind != "country"]
    ids = {e.link.id for e in ents}
    if not ids or not all(x == y or kb.is_part_of(x, y) or kb.is_part_of(y, x)
                          for x in ids for y in ids):
        return None
    narrow = [e for e in ents if not any(kb.is_part_of(o, e.link.id) for o in ids
                                         if o != e.link.id)]
    return narrow[0]


GROUPS = {"deeds": {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"},
          "talks": {"CONSULT", "AGREE", "COOPERATE", "SANCTION", "THREATEN"},
          "words": {"REQUEST", "REJECT", "ACCUSE", "CONCEDE", "SUPPORT"}}  # as bench/roles.py


def group_of(ev: Event) -> str:
    return next((g for g, types in GROUPS.items() if ev.type in types), "words")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--all-types", action="store_true", help="not only material deeds")
    ap.add_argument("--by-group", action="store_true", help="score each group of types apart")
    ap.add_argument("--unplaced", action="store_true",
                    help="only events with no place at all (not those a context pass placed)")
    args = ap.parse_args()
    paths = gold_paths([p for x in args.paths for p in (sorted(glob.glob(x)) or [x])])
    pipe = Pipeline()
    written: Counter[str] = Counter()
    score: dict[tuple[str, str], Counter[str]] = {}
    n: Counter[str] = Counter()
    by_where: dict[str, Counter[str]] = {}
    for path in paths:
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, path, pipe)
        v = View.of(doc)
        golds = gold.get("events", [])
        for i, j, _ in event_pairs(doc, golds):
            ev, g = doc.events[i], golds[j]
            if ev.location and (ev.location[0].basis == "sentence" or args.unplaced) \
                    or (ev.type not in MATERIAL and not args.all_types):
                continue
            grp = group_of(ev) if args.by_group else "all"
            n[grp] += 1
            places = g.get("location", [])
            where = [where_written(doc, v, ev, x) for x in places] or ["none"]
            if where[0] == "sentence":
                where[0] = "sentence: " + construction(doc, v, ev, places[0])
            written[where[0]] += 1
            by_where.setdefault(grp, Counter())[where[0]] += 1
            cands = fallbacks(doc, v, ev)
            if ev.location:
                cands[f"now:{ev.location[0].basis}"] = [doc.span_text(r) for r in ev.location]
            if args.list and not cands:
                print(f"-             -     gold {places} ({where[0]}) {ev.type} "
                      f"{doc.span_text(ev.trigger)!r} s{ev.sentence} {path.split('/')[-1]}")
            for name, got in cands.items():
                ok = len(pair_up([[span_score(p, x) for x in places] for p in got]))
                verdict = "right" if ok else ("wrong" if places else "extra")
                score.setdefault((grp, name), Counter())[verdict] += 1
                if args.list:
                    print(f"{name:13} {verdict:5} {got} gold {places} ({where[0]}) {ev.type} "
                          f"{doc.span_text(ev.trigger)!r} s{ev.sentence} "
                          f"{path.split('/')[-1]}")
    print(f"events with no place of their sentence: {dict(n)}; annotated place written: "
          f"{dict(written.most_common())}")
    for grp, c in sorted(by_where.items()):
        print(f"  where, {grp}: {dict(c.most_common())}")
    for (grp, name), c in sorted(score.items()):
        tot = c["right"] + c["wrong"] + c["extra"]
        print(f"  {grp:5} {name:13} right {c['right']:3}  wrong {c['wrong']:3}  "
              f"extra {c['extra']:3}  P {c['right'] / tot:.2f}")


if __name__ == "__main__":
    main()
