"""Is the pipeline's output unchanged? Whole-pipeline JSON compared byte for byte.

    .venv/bin/python bench/same_output.py [--against REV] [--mode accurate|fast] [--batch N]
    .venv/bin/python bench/same_output.py --write FILE     # just write this tree's output
    .venv/bin/python bench/same_output.py --against main --batch 64 --corpus FREE.jsonl

Runs make_document and every stage on the 471 demo articles, the seed and the
team gold texts (tests/gold/*.raw.txt and the raw texts of its region/, fresh/,
fresh2/, fresh3/ and fresh4/ folders; never the held-out ones), and writes one line per
document: its contract JSON plus the internal tokens and sentences; then one line of the tags the
entity tagger gives ANERcorp dev, read as `rasd eval ner` reads it. With --against
REV (default HEAD) the same runs on that revision's src/ (taken with `git archive`
into bench/out/, output kept there per revision and mode) and the two are
compared: the first differing documents are printed and the exit status is 1.
With --batch N this tree's side runs through `Pipeline.pipe`, N documents a
batch (as `rasd extract` and ingest do), against the reference's one by one.
With --corpus FILE (any file `read_path` reads, e.g. the output of
scripts/free_news.py) the documents are that file's instead (no ANERcorp line), and the
reference is kept per corpus (by its path, size and time).
Made to check that a speed change is behaviour-identical; an intended
difference must be explained in its commit.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
SEED = REPO.parent / "shared" / "examples" / "aleppo-evacuation-talks.raw.txt"
DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"
ANERCORP_DEV = REPO.parent / "shared" / "data" / "anercorp" / "dev.txt"


def inputs() -> list[Path]:
    gold = sorted((REPO / "tests" / "gold").glob("*.raw.txt"))
    dev = [p for sub in ("region", "fresh", "fresh2", "fresh3", "fresh4")
           for p in sorted((REPO / "tests" / "gold" / sub).glob("*.raw.txt"))]
    return [p for p in (SEED, DEMO) if p.exists()] + gold + dev


def corpus_key(corpus: Path | None) -> str:
    """A name for the documents run: "" for inputs(), else the corpus's path, size and time."""
    if corpus is None:
        return ""
    st = corpus.resolve().stat()
    digest = hashlib.sha1(f"{corpus.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode())
    return "-corpus" + digest.hexdigest()[:10]


def write_output(dest: Path, batch: int = 0, corpus: Path | None = None) -> None:
    """This interpreter's rasd (whatever sys.path finds) run over inputs() (or `corpus`) into
    `dest`: document by document, or (`batch` > 0) through `Pipeline.pipe` that many at a
    time."""
    from rasd.document import Document
    from rasd.pipeline import STAGES, Pipeline, make_document
    from rasd.readers.dispatch import read_path
    from rasd.readers.record import Record

    def line(doc: Document) -> str:
        internal = [(t.start, t.end, t.norm, t.is_word) for t in doc.tokens]
        return (doc.to_json() + "\t" + repr(internal) + "\t"
                + repr([(s.start, s.end) for s in doc.sentences]) + "\n")

    with dest.open("w", encoding="utf-8") as out:
        for path in ([corpus] if corpus is not None else inputs()):
            items = list(read_path(str(path)))
            if batch:  # the documents through pipe, the unreadable items in their place
                docs = iter(Pipeline().pipe([make_document(r, "2016-12-15") for r in items
                                             if isinstance(r, Record)], batch))
                for rec in items:
                    out.write(line(next(docs)) if isinstance(rec, Record) else f"{path}: {rec}\n")
                continue
            for rec in items:
                if not isinstance(rec, Record):
                    out.write(f"{path}: {rec}\n")
                    continue
                doc = make_document(rec, "2016-12-15")
                for stage in STAGES.values():
                    doc = stage(doc)
                out.write(line(doc))
        if corpus is None and ANERCORP_DEV.exists():
            from rasd.entities.tagger import CONLL_WINDOW, default_tagger
            from rasd.evaluate_ner import read_conll

            sents = read_conll(ANERCORP_DEV)
            tags = default_tagger().tag_document([[row[0] for row in s] for s in sents],
                                                 window=CONLL_WINDOW)
            out.write("anercorp dev: " + repr(tags) + "\n")


def reference(rev: str, mode: str, corpus: Path | None = None) -> Path:
    """The output of revision `rev` in `mode`, computed once and kept in bench/out/."""
    sha = subprocess.run(["git", "rev-parse", rev], cwd=REPO, check=True, capture_output=True,
                         text=True).stdout.strip()
    dest = OUT / f"same-output-{sha[:12]}-{mode}{corpus_key(corpus)}.txt"
    if dest.exists():
        return dest
    tree = OUT / f"src-{sha[:12]}"
    if not tree.exists():
        blob = subprocess.run(["git", "archive", sha, "src"], cwd=REPO, check=True,
                              capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(blob)) as tar:
            tar.extractall(tree, filter="data")
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), RASD_NER_MODE=mode)
    subprocess.run([sys.executable, __file__, "--write", str(dest) + ".tmp",
                    *corpus_args(corpus)], env=env, check=True)
    os.replace(str(dest) + ".tmp", dest)
    return dest


def corpus_args(corpus: Path | None) -> list[str]:
    return [] if corpus is None else ["--corpus", str(corpus.resolve())]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", default="HEAD", help="git revision to compare with")
    ap.add_argument("--mode", choices=("accurate", "fast"), default="accurate")
    ap.add_argument("--write", type=Path, help="only write this tree's output to FILE")
    ap.add_argument("--batch", type=int, default=0,
                    help="this tree's side through Pipeline.pipe, N documents a batch "
                         "(default 0: document by document)")
    ap.add_argument("--corpus", type=Path,
                    help="run this file's documents (e.g. free news records) instead")
    args = ap.parse_args()
    if args.write:
        write_output(args.write, args.batch, args.corpus)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    ref = reference(args.against, args.mode, args.corpus)
    mine = OUT / f"same-output-worktree-{args.mode}-batch{args.batch}{corpus_key(args.corpus)}.txt"
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), RASD_NER_MODE=args.mode)
    subprocess.run([sys.executable, __file__, "--write", str(mine), "--batch", str(args.batch),
                    *corpus_args(args.corpus)], env=env, check=True)
    old = ref.read_text(encoding="utf-8").splitlines()
    new = mine.read_text(encoding="utf-8").splitlines()
    differ = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
    if len(old) != len(new):
        print(f"different number of documents: {len(old)} at {args.against}, {len(new)} now")
    for i in differ[:5]:
        a, b = old[i], new[i]
        at = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
        print(f"document {i + 1} differs at character {at}:\n  was {a[max(0, at - 80):at + 80]!r}"
              f"\n  now {b[max(0, at - 80):at + 80]!r}")
    if differ or len(old) != len(new):
        sys.exit(f"{len(differ)} of {len(old)} documents differ from {args.against} "
                 f"({args.mode})")
    print(f"same output as {args.against} ({args.mode}): {len(new)} documents byte-identical")


if __name__ == "__main__":
    main()
