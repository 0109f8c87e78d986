"""Missed and spurious entities on the dev sets, grouped by kind of error.

    .venv/bin/python bench/entity_errors.py [SET ...] [--list FILE] [--json FILE]

SET is a gold folder or file (default: fresh11, fresh10, fresh8, fresh7, fresh5; never a
held-out folder). Each article runs through the whole pipeline; its predicted entity groups
and gold referents are paired as the scorer pairs them (`rasd.evaluate.entity_pairs`:
distinct entities, type strict, `also_ok` tolerated). Each unpaired gold entity (not
optional) is put under one kind, the first that holds:

- `type P>G`: a predicted group of type P matches its text under the span rule, but the
  gold type is G (the pair `ORG>LOC` = predicted ORG, gold LOC);
- `boundary`: a predicted group of the gold type shares a word with it, but fewer than
  half of the shorter's words (a span cut short or run on);
- `taken`: a predicted group of the gold type matches it but was paired with another gold
  entity (two gold entities read as one);
- `missed demonym`: the gold text is a nationality or nisba adjective (السوري، الحوثيين is
  not: a group named by its eponym is `missed unseen/seen`);
- `missed outlet`: the gold text opens with an outlet or agency noun (وكالة، قناة، صحيفة ...);
- `missed unseen`: no predicted group touches it and one of its words' core stems never
  occurs in the ANERcorp train split (`data/ner/lexicon.tsv`);
- `missed seen`: the rest.

Each unpaired predicted group (not forgiven by an `also_ok` string, as the scorer forgives:
`rasd.evaluate.tolerated`) is put under one kind:
`type P>G` (the same text is gold with another type; counted on both sides, as the score
counts it), `boundary`, `duplicate` (it matches a gold entity another group already took:
one entity split into two groups, e.g. two spellings not linked together), `spurious
demonym`, `spurious outlet`, `spurious` (no gold entity near it: a word or phrase the gold
does not count as a name).

Prints per set P/R/F1 and the counts per kind; `--list` writes every item with its article
and kind; `--json` the counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from rasd.entities.features import _core, is_nationality, lexicon, norm_word
from rasd.evaluate import (
    _strings,
    _types,
    entity_pairs,
    gold_paths,
    load_gold,
    run_gold,
    span_score,
    tolerated,
    words,
)
from rasd.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SETS = [str(ROOT / "tests/gold" / s) for s in ("fresh11", "fresh10", "fresh8", "fresh7", "fresh5")]
_OUTLET_NOUNS = frozenset(norm_word(w) for w in (
    "وكالة", "قناة", "صحيفة", "جريدة", "موقع", "إذاعة", "راديو", "تلفزيون", "شبكة", "مجلة",
    "فضائية", "التلفزيون", "الإذاعة", "وكالات"))
_HELD_OUT = ("heldout", "heldout2", "heldout3", "fresh6", "fresh9", "fresh12", "fresh14", "fresh16",
             "fresh18", "fresh20", "fresh22", "fresh24", "fresh26", "fresh28", "fresh30")


def _shares_word(a: str, b: str) -> bool:
    """The two strings share a word (under the scorer's stem rule) at all."""
    from rasd.evaluate import overlap

    return overlap(words(a), words(b)) > 0


def _demonym(text: str) -> bool:
    ws = [norm_word(w) for w in text.split()]
    return bool(ws) and all(is_nationality(w) for w in ws)


def _outlet(text: str) -> bool:
    ws = [norm_word(w) for w in text.split()]
    if not ws:
        return False
    first = ws[0]
    return any(first == n or first[1:] == n or first[2:] == n for n in _OUTLET_NOUNS)


def _unseen(text: str) -> bool:
    lex = lexicon()
    return any(lex.get(_core(norm_word(w)), (0, 0))[0] == 0 for w in text.split()
               if len(norm_word(w)) > 2)


def _best(texts_a: list[str] | set[str], texts_b: list[str]) -> float:
    return max(span_score(a, b) for a in texts_a for b in texts_b)


def _touch(texts_a: list[str] | set[str], texts_b: list[str]) -> bool:
    return any(_shares_word(a, b) for a in texts_a for b in texts_b)


Other = tuple[list[str] | set[str], list[str], str, dict, bool]


def _error_kind(own: list[str], others: list[Other], again: str, prefix: str,
                by_lexicon: bool) -> str:
    """The first kind that holds for one unpaired item. `others`: for every item of the
    other side, (predicted texts, gold texts, predicted type, gold entity, whether that item
    is paired); `again`: the kind when a same-type item matches but is paired elsewhere."""
    for pred, gold_texts, pred_type, gold, paired in others:
        if not paired and pred_type not in _types(gold) and _best(pred, gold_texts) > 0:
            return f"type {pred_type}>{gold.get('type')}"
    same = [(pred, gold_texts, paired) for pred, gold_texts, pred_type, gold, paired in others
            if pred_type in _types(gold)]
    if any(_best(pred, gold_texts) > 0 and paired for pred, gold_texts, paired in same):
        return again
    if any(_touch(pred, gold_texts) for pred, gold_texts, _ in same):
        return "boundary"
    if any(_demonym(t) for t in own):
        return f"{prefix} demonym"
    if any(_outlet(t) for t in own):
        return f"{prefix} outlet"
    if not by_lexicon:
        return prefix
    return f"{prefix} unseen" if any(_unseen(t) for t in own) else f"{prefix} seen"


def classify(doc_groups: list[dict], golds: list[dict], pairs: list[tuple[int, int, float]],
             also_ok: list[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """([(kind, gold text)] for unpaired golds, [(kind, predicted text)] for unpaired preds)."""
    hit_p = {i for i, _, _ in pairs}
    hit_g = {j for _, j, _ in pairs}
    misses: list[tuple[str, str]] = []
    for j, g in enumerate(golds):
        if j in hit_g or g.get("optional"):
            continue
        gt = g["texts"]
        preds: list[Other] = [(p["texts"], gt, p["type"], g, i in hit_p)
                              for i, p in enumerate(doc_groups)]
        kind = _error_kind(gt, preds, "taken", "missed", by_lexicon=True)
        misses.append((kind, f"{' / '.join(gt)} [{g.get('type')}]"))
    spurious: list[tuple[str, str]] = []
    for i, p in enumerate(doc_groups):
        if i in hit_p or any(tolerated(t, ok) for t in p["texts"] for ok in also_ok):
            continue
        texts = sorted(p["texts"])
        gold_side: list[Other] = [(texts, g["texts"], p["type"], g, j in hit_g)
                                  for j, g in enumerate(golds)]
        kind = _error_kind(texts, gold_side, "duplicate", "spurious", by_lexicon=False)
        spurious.append((kind, f"{' / '.join(texts)} [{p['type']}]"))
    return misses, spurious


def run_set(path: str, pipeline: Pipeline) -> dict:
    tp = n_pred = n_gold = 0
    fn_kinds: Counter[str] = Counter()
    fp_kinds: Counter[str] = Counter()
    items: list[str] = []
    for f in gold_paths([path]):
        gold, raw = load_gold(f)
        doc = run_gold(gold, raw, f, pipeline)
        also_ok = _strings(gold.get("also_ok", []))
        groups, golds, pairs = entity_pairs(doc, gold.get("entities", []))
        misses, spurious = classify(groups, golds, pairs, also_ok)
        tp += len(pairs)
        n_gold += len(pairs) + len(misses)
        n_pred += len(pairs) + len(spurious)
        name = Path(f).stem
        for kind, text in misses:
            fn_kinds[kind] += 1
            items.append(f"FN\t{kind}\t{text}\t{name}")
        for kind, text in spurious:
            fp_kinds[kind] += 1
            items.append(f"FP\t{kind}\t{text}\t{name}")
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"set": path, "tp": tp, "fp": n_pred - tp, "fn": n_gold - tp, "p": p, "r": r,
            "f1": f1, "fn_kinds": dict(fn_kinds), "fp_kinds": dict(fp_kinds), "items": items}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", default=SETS)
    ap.add_argument("--list", help="write every error, one a line, to this file")
    ap.add_argument("--json", help="write the counts per set to this file")
    args = ap.parse_args(argv)
    if any(h in Path(s).parts for s in args.sets for h in _HELD_OUT):
        print("held-out sets are scored by the coordinator only", file=sys.stderr)
        return 2
    pipeline = Pipeline()
    results = [run_set(s, pipeline) for s in args.sets]
    kinds = sorted({k for r in results for k in (*r["fn_kinds"], *r["fp_kinds"])})
    head = ["kind"] + [Path(r["set"]).name for r in results] + ["all"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for label, key in (("tp", "tp"), ("fp", "fp"), ("fn", "fn")):
        print(f"| {label} | " + " | ".join(str(r[key]) for r in results)
              + f" | {sum(r[key] for r in results)} |")
    print("| F1 | " + " | ".join(f"{r['f1']:.3f}" for r in results) + " | |")
    for side, field in (("FN", "fn_kinds"), ("FP", "fp_kinds")):
        for k in kinds:
            row = [r[field].get(k, 0) for r in results]
            if any(row):
                print(f"| {side} {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    if args.list:
        Path(args.list).write_text(
            "".join(f"{Path(r['set']).name}\t{it}\n" for r in results for it in r["items"]),
            encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{k: v for k, v in r.items() if k != "items"} for r in results], indent=1,
            ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
