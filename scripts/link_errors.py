"""The link error table on gold files: for each gold entity with a `name_en`, whether the
pipeline found it and what it linked it to, and for each miss whether the KB knows that
English name (a missing Arabic alias or a rule) or not (a missing entry).

    .venv/bin/python scripts/link_errors.py tests/gold/region/*.json [--all]

Prints one line per link error (`--all`: per gold entity) and the counts per class:
`ok`, `wrong` (linked elsewhere), `unlinked` (found, no link), `missed` (entity not found)
crossed with `kb-has` (an entry answers to the gold English name) / `kb-lacks`, and the
link accuracy. `--cache DIR` keeps the tagger's spans per text and RASD_NER_MODE there, so
that a re-run after a linker change costs only the linking (the e5 mode is slow).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

from rasd import evaluate  # noqa: E402
from rasd.document import Document, Entity  # noqa: E402
from rasd.entities import recognize  # noqa: E402
from rasd.entities.kb import get_kb  # noqa: E402


def cache_tagger(folder: Path) -> None:
    """Memoize the tagger's entities on disk per document text and tagger mode."""
    folder.mkdir(parents=True, exist_ok=True)
    tag = recognize.find_entities
    mode = os.environ.get("RASD_NER_MODE", "accurate")

    def cached(doc: Document) -> list[Entity]:
        digest = hashlib.sha256(f"{mode}\0{doc.text}".encode()).hexdigest()[:24]
        path = folder / f"{mode}-{digest}.pickle"
        if path.is_file():
            return pickle.loads(path.read_bytes())
        found = tag(doc)
        path.write_bytes(pickle.dumps(found))
        return found

    recognize.find_entities = cached  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--all", action="store_true", help="print correct links too")
    ap.add_argument("--cache", type=Path, help="folder keeping the tagger's spans")
    args = ap.parse_args()
    if args.cache:
        cache_tagger(args.cache)
    kb = get_kb()
    by_en: dict[str, list[str]] = {}
    for entry in kb.entries.values():
        for n in entry.english_names():
            by_en.setdefault(evaluate._fold(n), []).append(entry.id)
    counts: Counter[str] = Counter()
    seen: list[tuple[str, Any]] = []
    real_ok = evaluate._link_ok

    def spy(link: Any, name_en: str) -> bool:
        ok = real_ok(link, name_en)
        seen.append((name_en, link))
        return ok

    evaluate._link_ok = spy  # type: ignore[assignment]
    for path in evaluate.gold_paths(args.paths):
        gold, raw = evaluate.load_gold(path)
        doc = evaluate.run_gold(gold, raw, path)
        seen.clear()
        evaluate.score(doc, gold)
        found = {name: link for name, link in seen}
        for g in gold.get("entities", []):
            name = g.get("name_en")
            if not name or g.get("optional"):
                continue
            has = "kb-has" if evaluate._fold(name) in by_en else "kb-lacks"
            if name not in found:
                cls, got = "missed", "-"
            else:
                link = found[name]
                got = f"{link.id}" if link else "-"
                cls = "ok" if real_ok(link, name) else "wrong" if link else "unlinked"
            counts[f"{cls} {has}"] += 1
            if cls != "ok" or args.all:
                short = path.rsplit("/", 1)[-1].removesuffix(".json")[:28]
                print(f"{cls:8} {has:8} {short:28} {g.get('type', ''):4} {g['text']} | {name}"
                      f" | got {got} | kb {','.join(by_en.get(evaluate._fold(name), []))}")
    print()
    for k, v in sorted(counts.items()):
        print(f"{k:20} {v}")
    ok = sum(v for k, v in counts.items() if k.startswith("ok "))
    scored = sum(v for k, v in counts.items() if not k.startswith("missed "))
    print(f"links {ok}/{scored} = {ok / max(scored, 1):.3f}")


if __name__ == "__main__":
    main()
