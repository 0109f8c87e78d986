"""Silver NER data: unannotated news tagged by the e5 mode (the teacher), for the default taggers.

    python scripts/silver_ner.py                      # build/silver/silver.conll (cached)
    python scripts/silver_ner.py --tokens 300000      # the word budget (whole documents)

Reads build/silver/{saudinewsnet-region,saudinewsnet-syria,pages-dev}.jsonl: the news of
../shared/data/news after the held-out filter (`make silver` runs it first:
heldout_filter.py drops every record that shares text with a held-out gold article).
Here every record that shares three or more 8-word shingles with a dev gold article
(tests/gold/*.raw.txt, its dev folders region/, fresh/, fresh2/ and ../shared/gold/dev/;
tests/gold/heldout/ is never opened) or whose id a gold file names is dropped too, so that
no text scored on enters training.

Each record is cleaned and segmented as the pipeline does (clean_text, tokenize,
split_sentences), and tagged whole, as one document, by `Tagger(mode="e5")` (the
fine-tuned e5 tagger mixed with the second CRF, quoted titles and one name, one type):
about 650 words per CPU second on an idle core (400 on a loaded one), so the budget caps
the cost (the default 160k words: 4-7 CPU-minutes).
Documents are taken in a fixed order: the region's other wars first (what the default
tagger misses most), then Syria, then pages, each shuffled with `--seed`. The output is
CoNLL (word, tag; `-DOCSTART-` between documents, which read_conll skips) plus a
manifest (silver.json) of the records used. Training only: nothing here is shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from silver_corpora import Document, segment  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "build" / "silver"
# (filtered file under build/silver/, the record's text field), in the order taken
SOURCES = (("saudinewsnet-region.jsonl", "content"), ("saudinewsnet-syria.jsonl", "content"),
           ("pages-dev.jsonl", "text"))



def shingles(text: str) -> set[str]:
    """Hashed 8-word shingles (the held-out filter's measure of shared text)."""
    words = re.findall(r"\w+", text)
    return {hashlib.sha1(" ".join(words[i : i + 8]).encode()).hexdigest()[:16]
            for i in range(max(0, len(words) - 7))}


def dev_gold_dirs() -> list[Path]:
    """tests/gold/ and each dev set under it (region/, fresh/, fresh2/, ...): never a
    held-out folder (heldout/, heldout2/)."""
    gold = ROOT / "tests" / "gold"
    return [gold, *sorted(d for d in gold.iterdir()
                          if d.is_dir() and not d.name.startswith("heldout"))]


def dev_gold_texts() -> list[str]:
    """The texts of the dev gold articles (never a held-out folder)."""
    paths = [p for d in dev_gold_dirs() for p in sorted(d.glob("*.raw.txt"))]
    texts = [p.read_text("utf-8") for p in paths]
    for p in sorted((SHARED / "gold" / "dev").glob("*.json")):
        texts.append(str(json.loads(p.read_text("utf-8")).get("raw", "")))
    texts += [p.read_text("utf-8") for p in sorted((SHARED / "gold" / "dev").glob("*.raw.txt"))]
    return texts


def gold_ids() -> set[str]:
    """Dataset ids the dev gold files and READMEs name (snn_region_0123 ...)."""
    paths = [p for d in dev_gold_dirs() for p in d.glob("*")]
    text = "\n".join(p.read_text("utf-8") for p in paths
                     if p.is_file() and p.suffix in (".md", ".json"))
    return set(re.findall(r"snn_[a-z]+_\d+", text))


def select(budget: int, seed: int, src: Path) -> tuple[list[tuple[str, Document]], dict]:
    """(record id, document) pairs up to `budget` words, and counts of what was dropped."""
    gold = [s for s in map(shingles, dev_gold_texts()) if s]
    bad = set().union(*gold)
    ids = gold_ids()
    chosen: list[tuple[str, Document]] = []
    stats: dict = {}
    total = 0
    for name, fld in SOURCES:
        path = src / name
        if not path.is_file():
            raise SystemExit(f"silver_ner: {path} missing (run the held-out filter first: "
                             "`make silver` does)")
        recs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        random.Random(seed).shuffle(recs)
        st = stats[name] = {"records": len(recs), "dev_gold_overlap": 0, "used": 0, "words": 0}
        for rec in recs:
            if total >= budget:
                break
            text = str(rec.get(fld) or "")
            if rec.get("id") in ids or len(shingles(text) & bad) >= 3:
                st["dev_gold_overlap"] += 1
                continue
            doc = segment(text)
            n = sum(map(len, doc))
            if n < 20:
                continue
            chosen.append((str(rec.get("id")), doc))
            st["used"] += 1
            st["words"] += n
            total += n
    return chosen, stats


def labelled(part: Path) -> dict[str, list[tuple[str, str]]]:
    """(word, tag) rows of each document a stopped run finished (resumable: the last
    document of the file may be cut short, so it is left out)."""
    if not part.is_file():
        return {}
    blocks = re.split(r"^-DOCSTART- (\S+)$", part.read_text("utf-8"), flags=re.M)
    out = {}
    for rid, body in list(zip(blocks[1::2], blocks[2::2], strict=True))[:-1]:
        out[rid] = [tuple(ln.split("\t")) for ln in body.splitlines() if ln]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tokens", type=int, default=160_000, help="word budget (whole documents)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--src", type=Path, default=OUT, help="folder of the filtered jsonl files")
    ap.add_argument("--out", type=Path, default=OUT / "silver.conll")
    ap.add_argument("--force", action="store_true", help="relabel even if the output exists")
    args = ap.parse_args(argv)
    manifest = args.out.with_suffix(".json")
    if args.out.is_file() and manifest.is_file() and not args.force:
        m = json.loads(manifest.read_text())
        if m.get("tokens") == args.tokens and m.get("seed") == args.seed:
            print(f"{args.out}: cached ({m['words']} words); --force relabels")
            return 0
    chosen, stats = select(args.tokens, args.seed, args.src)
    from rasd.entities.tagger import Tagger

    teacher = Tagger(mode="e5")
    if teacher.mode != "e5":
        raise SystemExit("silver_ner: the e5 model (data/ner/e5ft.npz) is not in the package")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    part = args.out.with_suffix(".part")
    done = labelled(part)
    if done:
        print(f"{part}: {len(done)} documents already labelled, reused", flush=True)
    t0 = time.process_time()
    words = names = 0
    with open(part.with_suffix(".tmp"), "w", encoding="utf-8") as fh:
        for k, (rid, doc) in enumerate(chosen, 1):
            prev = done.get(rid)
            if prev is not None and [w for w, _ in prev] == [w for s in doc for w in s]:
                flat = iter(t for _, t in prev)
                tags = [[next(flat) for _ in s] for s in doc]
            else:
                tags = teacher.tag_document(doc)
            fh.write(f"-DOCSTART- {rid}\n\n")
            for sent, tg in zip(doc, tags, strict=True):
                fh.writelines(f"{w}\t{t}\n" for w, t in zip(sent, tg, strict=True))
                fh.write("\n")
                words += len(sent)
                names += sum(t.startswith("B-") for t in tg)
            fh.flush()
            if k % 50 == 0 or k == len(chosen):
                cpu = time.process_time() - t0
                print(f"  {k}/{len(chosen)} documents, {words} words, {names} names, "
                      f"{words / max(cpu, 1e-9):.0f} words per CPU s", flush=True)
    part.with_suffix(".tmp").replace(args.out)
    part.unlink(missing_ok=True)
    manifest.write_text(json.dumps({
        "tokens": args.tokens, "seed": args.seed, "words": words, "names": names,
        "documents": len(chosen), "sources": stats, "ids": [rid for rid, _ in chosen],
    }, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(stats))
    print(f"{args.out}: {len(chosen)} documents, {words} words, {names} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
