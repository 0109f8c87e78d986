"""CoNLL-style NER scoring and CoNLL file reading.

Scoring follows conlleval: a chunk counts only when its span and type are
exactly right. Chunks are read from IOB/BIO tags the way conlleval reads them:
an I- tag that does not continue a chunk of its own type starts a new one, so
`O I-LOC` is one LOC chunk and `B-PER I-LOC` is two chunks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# ANERcorp writes PERS; rasd's contract says PER.
TYPE_ALIASES = {"PERS": "PER", "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


class ConllError(ValueError):
    """A CoNLL file that cannot be read; the message is one line."""


def canon_tag(tag: str) -> str:
    """`B-PERS` -> `B-PER`; `O` and unknown prefixes are kept as they are."""
    if len(tag) > 2 and tag[1] == "-" and tag[0] in "BIES":
        t = tag[2:]
        return tag[:2] + TYPE_ALIASES.get(t, t)
    return tag


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, type) of each chunk in a tag sequence."""
    out: list[tuple[int, int, str]] = []
    start = -1
    cur = ""
    for i, tag in enumerate(tags):
        if tag == "O":  # most tokens: it only closes an open chunk
            if start >= 0:
                out.append((start, i, cur))
                start, cur = -1, ""
            continue
        prefix, typ = (tag[0], tag[2:]) if len(tag) > 2 and tag[1] == "-" else ("O", "")
        continues = prefix in "IE" and typ == cur and start >= 0
        if start >= 0 and not continues:
            out.append((start, i, cur))
            start, cur = -1, ""
        if prefix in "BS" or (prefix in "IE" and not continues):
            start, cur = i, typ
        if prefix in "SE" and start >= 0:
            out.append((start, i + 1, cur))
            start, cur = -1, ""
    if start >= 0:
        out.append((start, len(tags), cur))
    return out


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    tokens: int = 0
    token_correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.token_correct / self.tokens if self.tokens else 0.0


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Score:
    """Exact-match chunk P/R/F1, per type and overall, over aligned sentences."""
    result = Score()
    for g_tags, p_tags in zip(gold, pred, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError(
                f"sentence lengths differ: {len(g_tags)} gold, {len(p_tags)} predicted")
        g_tags = [canon_tag(t) for t in g_tags]
        p_tags = [canon_tag(t) for t in p_tags]
        result.tokens += len(g_tags)
        result.token_correct += sum(a == b for a, b in zip(g_tags, p_tags, strict=True))
        g_chunks = set(chunks(g_tags))
        p_chunks = set(chunks(p_tags))
        for typ in {c[2] for c in g_chunks | p_chunks}:
            result.by_type.setdefault(typ, Counts())
        for c in g_chunks:
            result.by_type[c[2]].gold += 1
        for c in p_chunks:
            result.by_type[c[2]].pred += 1
        for c in g_chunks & p_chunks:
            result.by_type[c[2]].correct += 1
        result.overall.gold += len(g_chunks)
        result.overall.pred += len(p_chunks)
        result.overall.correct += len(g_chunks & p_chunks)
    return result


def format_score(s: Score) -> str:
    """A small fixed-width table: type, precision, recall, F1, gold and predicted counts."""
    lines = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    rows = sorted(s.by_type.items()) + [("overall", s.overall)]
    for typ, c in rows:
        lines.append(f"{typ:<8}{c.precision:8.4f}{c.recall:8.4f}{c.f1:8.4f}{c.gold:8d}{c.pred:8d}")
    lines.append(f"tokens {s.tokens}, token accuracy {s.accuracy:.4f}")
    return "\n".join(lines)


# --- CoNLL files -----------------------------------------------------------

Sentence = list[list[str]]  # one row of columns per token


def parse_conll(text: str, origin: str = "<text>") -> list[Sentence]:
    """Sentences of whitespace-separated columns; blank lines separate sentences.

    Lines starting with `-DOCSTART-` are skipped. Every row must have the same
    number of columns (at least one).
    """
    sents: list[Sentence] = []
    cur: Sentence = []
    width = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        cols = line.split()
        if not cols:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if cols[0] == "-DOCSTART-":
            continue
        if width == 0:
            width = len(cols)
        elif len(cols) != width:
            raise ConllError(f"{origin}:{lineno}: {len(cols)} columns where the file has {width}")
        cur.append(cols)
    if cur:
        sents.append(cur)
    return sents


def read_conll(path: str | Path) -> list[Sentence]:
    """Read a CoNLL file (UTF-8), raising ConllError with a one-line message."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ConllError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data:
        raise ConllError(f"{path}: binary file, not CoNLL text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConllError(f"{path}: not UTF-8 text") from None
    sents = parse_conll(text, str(path))
    if not sents:
        raise ConllError(f"{path}: no tokens")
    return sents
