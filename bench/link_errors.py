"""Where the link errors come from, per kind and per dev set.

    .venv/bin/python bench/link_errors.py [--cache DIR] [--show KINDS] [--sets NAME=PATH ...]

Every gold entity the pipeline found (paired as the entity score pairs them) and that carries
a `name_en` is scored as `rasd eval` scores links (`evaluate._link_ok`). Each one that is not
right gets one kind:

- `a` the KB lacks the entity (no entry answers to the gold English name, exactly or as
  another transliteration) and we left the mention unlinked;
- `a'` the KB has the entity but not this name of it: our span is the gold's and unlinked;
- `b` the KB has the entity, our span is the gold's, and we linked another entry
  (ambiguity: same name, a surname, a place against an organisation named after it);
- `c` the KB has the entity but our span differs from every gold name of it (run on,
  cut, a clitic kept) and the link is wrong or missing;
- `d` the KB lacks the entity and we linked something (a NIL mention linked; includes the
  right entity under another English convention, which the lines show).

`missed` counts gold entities the tagger did not find (an entity miss, not a link miss).
`--cache DIR` keeps the tagger's spans per text (`scripts/link_errors.py`'s cache), so a
re-run after a KB or linker change costs only the linking. `--show a,b` prints the lines.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from link_errors import cache_tagger  # noqa: E402
from rasd import evaluate  # noqa: E402
from rasd.entities.kb import KB, english_skeleton, get_kb  # noqa: E402
from rasd.text.normalize import normalize_key  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = {
    "seed": ROOT.parent.parent / "shared" / "gold" / "dev",
    "team": ROOT / "tests" / "gold",
    "region": ROOT / "tests" / "gold" / "region",
    "fresh": ROOT / "tests" / "gold" / "fresh",
    "fresh2": ROOT / "tests" / "gold" / "fresh2",
    "fresh3": ROOT / "tests" / "gold" / "fresh3",
    "fresh4": ROOT / "tests" / "gold" / "fresh4",
    "fresh5": ROOT / "tests" / "gold" / "fresh5",
    "fresh7": ROOT / "tests" / "gold" / "fresh7",
    "fresh8": ROOT / "tests" / "gold" / "fresh8",
    "fresh10": ROOT / "tests" / "gold" / "fresh10",
    "fresh11": ROOT / "tests" / "gold" / "fresh11",
}
KINDS = ("ok", "a", "a'", "b", "c", "d", "missed")


class EnglishIndex:
    """The KB's English names, folded and as consonant skeletons, to tell whether the KB
    holds the entity a gold `name_en` names."""

    def __init__(self, kb: KB) -> None:
        self.folded: dict[str, list[str]] = {}
        self.skeletons: dict[str, list[str]] = {}
        for entry in kb.entries.values():
            for n in entry.english_names():
                self.folded.setdefault(evaluate._fold(n), []).append(entry.id)
                sk = english_skeleton(n)
                if len(sk) >= 4:
                    self.skeletons.setdefault(sk, []).append(entry.id)

    def entries(self, name_en: str) -> list[str]:
        return self.folded.get(evaluate._fold(name_en)) or self.skeletons.get(
            english_skeleton(name_en), [])


def kind_of(group: dict[str, Any] | None, gold: dict[str, Any], in_kb: bool) -> str:
    """The kind of one scored gold entity (module docstring)."""
    if group is None:
        return "missed"
    link = group["link"]
    if evaluate._link_ok(link, gold["name_en"]):
        return "ok"
    if not in_kb:
        return "d" if link else "a"
    gold_keys = {normalize_key(t) for t in gold["texts"]}
    same_span = any(normalize_key(t) in gold_keys for t in group["texts"])
    if not same_span:
        return "c"
    return "b" if link else "a'"


def classify(paths: list[str], index: EnglishIndex) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for path in paths:
        gold, raw = evaluate.load_gold(path)
        doc = evaluate.run_gold(gold, raw, path)
        merged, golds, pairs = evaluate.entity_pairs(doc, gold.get("entities", []))
        by_gold = {j: merged[i] for i, j, _ in pairs}
        for j, g in enumerate(golds):
            if not g.get("name_en") or (j not in by_gold and g.get("optional")):
                continue
            owners = index.entries(g["name_en"])
            kind = kind_of(by_gold.get(j), g, bool(owners))
            counts[kind] += 1
            if kind != "ok":
                group = by_gold.get(j, {"texts": ["-"], "link": None})
                got = group["link"].id if group["link"] else "-"
                short = Path(path).name.removesuffix(".json")[:30]
                lines.append(f"{kind:3} {short:30} {g.get('type', ''):4} "
                             f"{' / '.join(g['texts'])} | {g['name_en']} | ours "
                             f"{' / '.join(sorted(group['texts']))} -> {got} | kb "
                             f"{','.join(owners[:3]) or '-'}")
    return counts, lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, help="folder keeping the tagger's spans")
    ap.add_argument("--show", default="", help="kinds whose lines to print, e.g. a,b,d")
    ap.add_argument("--sets", nargs="*", default=[], help="NAME=PATH instead of the dev sets")
    args = ap.parse_args()
    if args.cache:
        cache_tagger(args.cache)
    sets = dict(s.split("=", 1) for s in args.sets) if args.sets else {
        k: str(v) for k, v in DEV_SETS.items() if v.is_dir()}
    index = EnglishIndex(get_kb())
    show = set(args.show.split(",")) - {""}
    print(f"{'set':8} " + " ".join(f"{k:>6}" for k in KINDS) + "   links")
    total: Counter[str] = Counter()
    for name, folder in sets.items():
        # the team set is the folder's top-level files only
        paths = sorted(str(p) for p in Path(folder).glob("*.json"))
        counts, lines = classify(paths, index)
        total += counts
        scored = sum(v for k, v in counts.items() if k != "missed")
        print(f"{name:8} " + " ".join(f"{counts[k]:>6}" for k in KINDS)
              + f"   {counts['ok'] / max(scored, 1):.3f} ({counts['ok']}/{scored})")
        for line in lines:
            if line.split()[0] in show:
                print("    " + line)
    scored = sum(v for k, v in total.items() if k != "missed")
    print(f"{'all':8} " + " ".join(f"{total[k]:>6}" for k in KINDS)
          + f"   {total['ok'] / max(scored, 1):.3f} ({total['ok']}/{scored})")


if __name__ == "__main__":
    main()
