"""Token features for the CRF entity tagger.

Arabic has no capital letters, so a name is told by its letters (affixes,
clitic-stripped stems, foreign-looking endings), by the words around it (cue
words such as وزير or مدينة, the context window) and by list membership
(frozen gazetteers of places built from permissive sources, see
data/ner/README.md). Features are plain strings, so crfsuite reads them as
binary indicators. The features of a word depend on its spelling alone and are
cached per spelling, which keeps tagging fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems


def _data_lines(name: str) -> list[str]:
    text = resources.files("rasd").joinpath("data", "ner", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    """Normalized cue word -> class (PER, ORG, LOC, MISC)."""
    out: dict[str, str] = {}
    for ln in _data_lines("cues.tsv"):
        word, cls = ln.split("\t")[:2]
        out.setdefault(normalize(word.strip()), cls.strip())
    return out


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """Frozen name lists: (one-word names -> class, first word -> [(rest, class)]).

    The file holds `class<TAB>name` lines, names already normalized.
    """
    single: dict[str, str] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for ln in _data_lines("gazetteer.tsv"):
        cls, name = ln.split("\t")[:2]
        words = name.split()
        if len(words) == 1:
            single.setdefault(words[0], cls)
        elif words:
            multi.setdefault(words[0], []).append((tuple(words[1:]), cls))
    for entries in multi.values():
        entries.sort(key=lambda e: -len(e[0]))
    return single, multi


def norm_word(word: str) -> str:
    """The matching form of a corpus or document token (never empty)."""
    n = normalize(word).strip().lower()
    return n or "<sp>"


@lru_cache(maxsize=200_000)
def _readings(n: str) -> tuple[str, ...]:
    """Clitic-stripped stems of a normalized word, the word itself excluded."""
    return tuple(s for s, _, _ in clitic_stems(n)[1:])


@lru_cache(maxsize=200_000)
def _core(n: str) -> str:
    """One stem: conjunction, preposition and article stripped (no suffix cut)."""
    best = n
    for s, p, suf in clitic_stems(n):
        if suf == 0 and p > 0 and len(s) < len(best) and len(s) >= 2:
            best = s
    return best


def _shape(word: str) -> str:
    if any(c.isdigit() for c in word):
        return "dig"
    if any("a" <= c <= "z" for c in word):
        return "lat"
    if not any(c.isalpha() for c in word):
        return "pun"
    return "ar"


@lru_cache(maxsize=200_000)
def word_features(n: str) -> tuple[str, ...]:
    """Features of one normalized word, independent of its context."""
    cue = cues()
    single, _ = gazetteer()
    shape = _shape(n)
    f = ["b", "w=" + n, "sh=" + shape, "len=" + str(min(len(n), 12))]
    if shape != "ar":
        return tuple(f)
    for k in (1, 2, 3, 4):
        if len(n) > k:
            f.append(f"p{k}=" + n[:k])
            f.append(f"s{k}=" + n[-k:])
    readings = _readings(n)
    core = _core(n)
    f.append("core=" + core)
    for s in readings:
        f.append("st=" + s)
    seen_cue = set()
    seen_gaz = set()
    for s in (n, *readings):
        c = cue.get(s)
        if c and c not in seen_cue:
            seen_cue.add(c)
            f.append("cue=" + c)
        g = single.get(s)
        if g and g not in seen_gaz:
            seen_gaz.add(g)
            f.append("gaz=" + g)
    if n.startswith("ال"):
        f.append("al")
    return tuple(f)


@lru_cache(maxsize=200_000)
def _context_keys(n: str) -> tuple[str, str, str, str]:
    """What a neighbour contributes: word, core stem, cue class, gazetteer class."""
    cue = cues()
    single, _ = gazetteer()
    c = g = ""
    for s in (n, *_readings(n)):
        c = c or cue.get(s, "")
        g = g or single.get(s, "")
    return n, _core(n), c, g


def _phrase_marks(norms: Sequence[str]) -> list[str]:
    """B-/I- gazetteer marks of the longest multi-word list names in a sentence."""
    _, multi = gazetteer()
    marks = [""] * len(norms)
    i = 0
    while i < len(norms):
        hit = 0
        cls = ""
        for first in (norms[i], *_readings(norms[i])):
            for rest, c in multi.get(first, ()):
                k = len(rest)
                if k + 1 > hit and tuple(norms[i + 1 : i + 1 + k]) == rest:
                    hit, cls = k + 1, c
        if hit:
            marks[i] = "B-" + cls
            for j in range(i + 1, i + hit):
                marks[j] = "I-" + cls
            i += hit
        else:
            i += 1
    return marks


_PAD = ("<s>", "<s>", "", "")


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """Feature lists for the tokens of one sentence (raw token strings)."""
    norms = [norm_word(w) for w in words]
    ctx = [_context_keys(n) for n in norms]
    marks = _phrase_marks(norms)
    n_tok = len(norms)
    out: list[list[str]] = []
    for i in range(n_tok):
        f = list(word_features(norms[i]))
        for d in (-2, -1, 1, 2):
            j = i + d
            w, core, c, g = ctx[j] if 0 <= j < n_tok else _PAD
            f.append(f"w{d}=" + w)
            f.append(f"c{d}=" + core)
            if c:
                f.append(f"cue{d}=" + c)
            if g and d in (-1, 1):
                f.append(f"gaz{d}=" + g)
        prev = ctx[i - 1][0] if i else "<s>"
        nxt = ctx[i + 1][0] if i + 1 < n_tok else "</s>"
        f.append("bg-=" + prev + "|" + norms[i])
        f.append("bg+=" + norms[i] + "|" + nxt)
        if marks[i]:
            f.append("ph=" + marks[i])
        if i == 0:
            f.append("BOS")
        if i == n_tok - 1:
            f.append("EOS")
        out.append(f)
    return out
