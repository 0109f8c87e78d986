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

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

from rasd.once import once
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems


def _data_lines(name: str) -> list[str]:
    text = resources.files("rasd").joinpath("data", "ner", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@once
def noun_leads() -> tuple[str, ...]:
    """The proclitics a head noun may carry before a name, the bare noun first
    (data/ner/noun_proclitics.txt): one list for every pass that reads a head noun."""
    return ("", *(ln.strip() for ln in _data_lines("noun_proclitics.txt")))


@cache  # ~15 lists, asked per document: a bounded cache re-read the files
def word_list(name: str) -> frozenset[str]:
    """A data/ner word list, one word per line, in matching form."""
    return frozenset(norm_word(ln.strip()) for ln in _data_lines(name))


@once
def cues() -> dict[str, str]:
    """Normalized cue word -> class (PER, ORG, LOC, MISC)."""
    out: dict[str, str] = {}
    for ln in _data_lines("cues.tsv"):
        word, cls = ln.split("\t")[:2]
        out.setdefault(normalize(word.strip()), cls.strip())
    return out


@once
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


@once
def given_names() -> frozenset[str]:
    """Normalized given names and name particles (data/ner/given_names.txt)."""
    return frozenset(normalize(ln.strip()) for ln in _data_lines("given_names.txt"))


_NAT_ENDINGS = ("يتين", "يتان", "يين", "يون", "يان", "يه", "ي")
_NAT_LAST = frozenset(e[-1] for e in _NAT_ENDINGS)  # a word ending otherwise is none


@once
def nationalities() -> frozenset[str]:
    """Nationality adjectives, normalized, the final ي cut (the shared stem of all forms)."""
    out = set()
    for ln in _data_lines("nationalities.txt"):
        w = normalize(ln.strip())
        if " " not in w and w.endswith("ي"):
            out.add(w[:-1])
    return frozenset(out)


@lru_cache(maxsize=200_000)
def is_nationality(n: str) -> bool:
    """اللبناني، لبنانية، الأمريكيين...: the word is a nationality adjective."""
    if n[-1:] not in _NAT_LAST:  # (most words: no ending below can match)
        return False
    stems = nationalities()
    for s in (n, n[1:] if n[:1] in "وفبل" else ""):
        if s.startswith("ال"):
            s = s[2:]
        for e in _NAT_ENDINGS:
            if s.endswith(e) and s[: -len(e)] in stems:
                return True
    return False


@lru_cache(maxsize=200_000)
def is_given_name(n: str) -> bool:
    names = given_names()
    return any(s in names for s, _, suf in clitic_stems(n) if suf == 0)


@lru_cache(maxsize=200_000)
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


_LATIN = re.compile("[a-z]")


@lru_cache(maxsize=200_000)
def _shape(word: str) -> str:
    """dig, lat, pun or ar (cached: every feature family asks for it)."""
    if any(map(str.isdigit, word)):
        return "dig"
    if _LATIN.search(word):
        return "lat"
    if not any(map(str.isalpha, word)):
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
    flags = word_flags(n)
    if flags[0]:
        f.append("gn")
    if flags[1]:
        f.append("nat")
    # Letters of transliterated foreign names: long vowels everywhere, rare letters.
    body = core[2:] if core.startswith("ال") else core
    if body != n:
        for k in (2, 3):
            if len(body) > k:
                f.append(f"bp{k}=" + body[:k])
    vowels = sum(c in "اوي" for c in body)
    f.append("vow=" + str(min(vowels * 4 // max(len(body), 1), 3)))
    for k in range(len(body) - 2):
        f.append("g3=" + body[k : k + 3])
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


def _phrase_marks(norms: Sequence[str]) -> tuple[str, ...]:
    """B-/I- gazetteer marks of a sentence, cached: the CRF and the network both ask."""
    return _marks(tuple(norms))


def _phrases_from(n: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Multi-word list names whose first word is `n` or one of its readings: (rest, class)."""
    _, multi = gazetteer()
    return tuple(e for first in (n, *_readings(n)) for e in multi.get(first, ()))


Phrases = tuple[tuple[tuple[str, ...], str], ...]


@lru_cache(maxsize=200_000)
def _phrases_after(n: str) -> dict[str, Phrases] | None:
    """`_phrases_from(n)` by their second word, each group in the same order (None: none).
    A common first word (منطقة، محافظة) opens a hundred list names or more: the word after
    it picks the few that may match."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for e in _phrases_from(n):
        out.setdefault(e[0][0], []).append(e)
    return {k: tuple(v) for k, v in out.items()} or None


@lru_cache(maxsize=4096)
def _marks(norms: tuple[str, ...]) -> tuple[str, ...]:
    """B-/I- gazetteer marks of the longest multi-word list names in a sentence."""
    marks = [""] * len(norms)
    i = 0
    n_tok = len(norms)
    while i < n_tok:
        after = _phrases_after(norms[i])
        # (every list name here has a second word: one that matches starts with it)
        entries = after.get(norms[i + 1]) if after and i + 1 < n_tok else None
        if not entries:  # most words start no list name
            i += 1
            continue
        hit = 0
        cls = ""
        for rest, c in entries:
            k = len(rest)
            if k + 1 > hit and norms[i + 1 : i + 1 + k] == rest:
                hit, cls = k + 1, c
        if hit:
            marks[i] = "B-" + cls
            for j in range(i + 1, i + hit):
                marks[j] = "I-" + cls
            i += hit
        else:
            i += 1
    return tuple(marks)


_PAD = ("<s>", "<s>", "", "")
_QUOTES = frozenset('"«»“”„\'')
_MARKED = _QUOTES | {"(", ")"}  # what `_scan_features` reads next to a token


@lru_cache(maxsize=200_000)
def word_flags(n: str) -> tuple[bool, bool, bool, bool]:
    """(given name, nationality adjective, definite noun, punctuation) of a normalized word."""
    shape = _shape(n)
    core = _core(n)
    head = n[: len(n) - len(core)] if core != n and n.endswith(core) else ""
    definite = n.startswith("ال") or head.endswith(("ال", "لل"))
    return (shape == "ar" and is_given_name(n),
            shape == "ar" and is_nationality(n),
            shape == "ar" and definite, shape == "pun")


def _scan_features(norms: Sequence[str], ctx: Sequence[tuple[str, str, str, str]],
                   flags: Sequence[tuple[bool, bool, bool, bool]]) -> list[list[str]]:
    """Features that look past the word itself: left cues, organisation chains, quotes
    and brackets around, given names and nationality adjectives next to it.

    One pass that keeps the last cue, organisation cue, mark and plain (neither definite
    nor nationality) word seen: the nearest cue up to 4 words back with no mark between
    (`lc=`, and `lct=` when every word between is definite or a nationality), the nearest ORG
    cue up to 4 back with only such words after it (`oc=`)."""
    n_tok = len(norms)
    near: set[int] = set()  # tokens with a given name or nationality within two words
    for j, fl in enumerate(flags):
        if fl[0] or fl[1]:
            near.update(range(j - 2, j + 3))
    marked = {j for j, n in enumerate(norms) if n in _MARKED}  # quotes and brackets
    out: list[list[str]] = []
    cue = org = mark = plain = -9  # last position with a cue, an ORG cue, a mark, a plain word
    for i in range(n_tok):
        f: list[str] = []
        if cue >= i - 4 and mark < cue:  # walking back: reached the cue before any mark
            c, d = ctx[cue][2], i - cue
            f.append(f"lc={c}:{d}")
            if d > 1 and plain <= cue:
                f.append(f"lct={c}")
        fl = flags[i]
        if not (fl[2] or fl[1]):
            plain = i
        if org >= i - 4 and plain <= org:
            f.append("oc=" + str(min(i - org, 3)))
        if i - 1 in marked or i + 1 in marked:
            if i and norms[i - 1] in _QUOTES:
                f.append("q-1")
            if i + 1 < n_tok and norms[i + 1] in _QUOTES:
                f.append("q+1")
            if i and norms[i - 1] == "(":
                f.append("(-1")
            if i + 1 < n_tok and norms[i + 1] == ")":
                f.append(")+1")
        if i in near:
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n_tok:
                    if flags[j][0] and d in (-1, 1):
                        f.append(f"gn{d}")
                    if flags[j][1]:
                        f.append(f"nat{d}")
        out.append(f)
        if fl[3]:
            mark = i
        c = ctx[i][2]
        if c:
            cue = i
            if c == "ORG":
                org = i
    return out


# How often the training text used a stem, and how often inside a name. A stem
# the model never saw in training is, in news, often a name; one seen many
# times and never in a name is a common word. Training reads these counts
# from the other folds of the train split, so that unseen words look in
# training the way they will in new text.
Lexicon = dict[str, tuple[int, int]]


@once
def lexicon() -> Lexicon:
    """Core stem -> (times seen, times inside a name) in the train split (shipped file)."""
    out: Lexicon = {}
    for ln in _data_lines("lexicon.tsv"):
        stem, seen, named = ln.split("\t")
        out[stem] = (int(seen), int(named))
    return out


def count_lexicon(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> Lexicon:
    counts: dict[str, list[int]] = {}
    for words, ts in zip(sentences, tags, strict=True):
        for w, t in zip(words, ts, strict=True):
            c = counts.setdefault(_core(norm_word(w)), [0, 0])
            c[0] += 1
            c[1] += t != "O"
    return {k: (v[0], v[1]) for k, v in counts.items()}


def fold_lexicons(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
                  folds: int) -> list[Lexicon]:
    """Per train sentence, the counts of the other folds (contiguous blocks): in training a
    word a sentence's own fold alone knows looks unseen, as it will in new text."""
    n = len(sentences)
    out: list[Lexicon] = []
    for k in range(folds):
        a, b = k * n // folds, (k + 1) * n // folds
        lex = count_lexicon([*sentences[:a], *sentences[b:]], [*tags[:a], *tags[b:]])
        out += [lex] * (b - a)
    return out


def _lex_key(lex: Lexicon, core: str) -> str:
    seen, named = lex.get(core, (0, 0))
    if seen == 0:
        return "0"
    band = "1" if seen == 1 else "2" if seen < 5 else "5"
    share = "n" if named == 0 else "a" if named * 2 >= seen else "s"
    return band + share


def sentence_features(words: Sequence[str], lex: Lexicon | None = None) -> list[list[str]]:
    """Feature lists for the tokens of one sentence (raw token strings)."""
    return [list(word_features(norm_word(w))) + c
            for w, c in zip(words, context_features(words, lex), strict=True)]


_OFFSETS = (-2, -1, 1, 2)


@lru_cache(maxsize=200_000)
def _neighbour(keys: tuple[str, str, str, str]) -> tuple[tuple[str, ...], ...]:
    """What a word (its `_context_keys`) says as each neighbour in `_OFFSETS`: strings
    built once per word instead of once per token."""
    w, core, c, g = keys
    out = []
    for d in _OFFSETS:
        f = [f"w{d}=" + w, f"c{d}=" + core]
        if c:
            f.append(f"cue{d}=" + c)
        if g and d in (-1, 1):
            f.append(f"gaz{d}=" + g)
        out.append(tuple(f))
    return tuple(out)


def context_features(words: Sequence[str], lex: Lexicon | None = None) -> list[list[str]]:
    """The features of each token that read more than its own spelling; the rest are
    `word_features` of its normalized form, which a scorer can cache per word.

    They are `context_rest` plus what each neighbour's spelling alone says
    (`neighbour_features`): the part a scorer can also cache per word (crf.py does)."""
    if lex is None:
        lex = lexicon()
    norms = [norm_word(w) for w in words]
    out = context_rest(words)
    n_tok = len(norms)
    lx = [_lex_key(lex, _context_keys(n)[1]) for n in norms]
    for i, f in enumerate(out):
        f.append("lx=" + lx[i])
        f.append("lx-1=" + (lx[i - 1] if i else "<s>"))
        f.append("lx+1=" + (lx[i + 1] if i + 1 < n_tok else "</s>"))
        for k, d in enumerate(_OFFSETS):
            j = i + d
            f += _neighbour(_context_keys(norms[j]) if 0 <= j < n_tok else _PAD)[k]
    return out


def neighbour_features(n: str | None, lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """What the word `n` (None: beyond the sentence's ends) gives the tokens around it:
    its `lx=` feature to itself, `lx-1=` to the next token, `lx+1=` to the one before, and
    the `_OFFSETS` neighbour features (`w-2=`, `c-2=`, ...) to the tokens two and one
    before and one and two after."""
    if n is None:
        return ((), ("lx-1=<s>",), ("lx+1=</s>",), *_neighbour(_PAD))
    band = _lex_key(lex, _context_keys(n)[1])
    return (("lx=" + band,), ("lx-1=" + band,), ("lx+1=" + band,),
            *_neighbour(_context_keys(n)))


# Where each of a word's `neighbour_features` goes: the word at j gives its k-th group to
# the token at j + NEIGHBOUR_SHIFTS[k] (a neighbour at offset d of token i is the word at
# i + d, so the word at j gives its offset-d group to the token at j - d).
NEIGHBOUR_SHIFTS = (0, 1, -1, *(-d for d in _OFFSETS))
NEIGHBOUR_OFFSETS = _OFFSETS


def context_rest(words: Sequence[str], norms: Sequence[str] | None = None,
                 marks: Sequence[str] | None = None) -> list[list[str]]:
    """The context features no single word's spelling decides: left cues, organisation
    chains, quotes and brackets, given names and nationalities around, word bigrams,
    multi-word list marks, the sentence's ends. `norms`: the words' `norm_word`s, when the
    caller has them; `marks`: their `phrase_marks`, likewise."""
    norms = list(map(norm_word, words)) if norms is None else list(norms)
    if not norms:
        return []
    if marks is None:
        marks = _phrase_marks(norms)
    out = _scan_features(norms, list(map(_context_keys, norms)), list(map(word_flags, norms)))
    # each token's bigrams with the word before and after ("|" joins: no word holds one);
    # pair k joins words k - 1 and k, each pair built once for the two tokens it serves
    pairs = [a + "|" + b for a, b in zip(["<s>", *norms], [*norms, "</s>"],
                                                     strict=True)]
    for f, before, after, mark in zip(out, pairs[:-1], pairs[1:], marks, strict=True):
        f.append("bg-=" + before)
        f.append("bg+=" + after)
        if mark:
            f.append("ph=" + mark)
    out[0].append("BOS")
    out[-1].append("EOS")
    return out


Pairs = dict[str, dict[str, int]]


def bigram_tables(attr: dict[str, int]) -> tuple[Pairs, Pairs]:
    """A CRF's bigram features by their words: (word before -> word -> id of `bg-=`,
    word -> word after -> id of `bg+=`). Only pairs joined by one "|" (no word holds one:
    `context_ids` builds the string of a pair with a word that does)."""
    before: Pairs = {}
    after: Pairs = {}
    for a, i in attr.items():
        if a.startswith(("bg-=", "bg+=")) and a.count("|") == 1:
            x, y = a[4:].split("|")
            (before if a[2] == "-" else after).setdefault(x, {})[y] = i
    return before, after


def context_ids(words: Sequence[str], norms: Sequence[str] | None, attr: dict[str, int],
                unk: int, before: Pairs, after: Pairs,
                marks: Sequence[str] | None = None) -> list[list[int]]:
    """`context_rest`'s features as a CRF's attribute ids (`unk`: a feature it never saw),
    in the same order. (`before` and `after`, its `bigram_tables`, let the compiled one find
    the bigrams' ids without building their strings; `marks`: as `context_rest`'s.)"""
    get = attr.get
    return [[get(f, unk) for f in row] for row in context_rest(words, norms, marks)]


# --- document context (second pass) -----------------------------------------
# A name is usually written the same way throughout an article, and a first
# pass finds it where the context is clearest; the second pass reads how the
# first tagged the same stem in the other sentences of the document.

Votes = dict[str, dict[str, int]]


def sentence_votes(words: Sequence[str], tags: Sequence[str]) -> Votes:
    """Per core stem of an Arabic or Latin word: how often the first pass gave each type."""
    votes: Votes = {}
    for w, t in zip(words, tags, strict=True):
        key = _vote_key(w)
        if key:
            typ = t[2:] if t != "O" else "O"
            d = votes.setdefault(key, {})
            d[typ] = d.get(typ, 0) + 1
    return votes


@lru_cache(maxsize=200_000)
def _vote_key(word: str) -> str:
    """The stem a word votes under, or "" for numbers, marks, short and cue words."""
    n = norm_word(word)
    if _shape(n) not in ("ar", "lat") or len(n) < 3 or n in cues():
        return ""
    return _core(n)


def add_votes(total: Votes, votes: Votes, sign: int = 1) -> None:
    for core, d in votes.items():
        t = total.setdefault(core, {})
        for typ, k in d.items():
            t[typ] = t.get(typ, 0) + sign * k


def vote_features(d: dict[str, int]) -> tuple[str, ...]:
    """Features from one stem's votes ({type: count}) in the other sentences."""
    named = {t: k for t, k in d.items() if t != "O" and k > 0}
    if named:
        typ = max(sorted(named), key=named.get)
        total = sum(named.values())
        band = "1" if total == 1 else "2" if total < 4 else "4"
        f = ("doc=" + typ, f"doc={typ}:" + band)
        return (*f, "docO>") if d.get("O", 0) > total else f
    return ("docO",) if d.get("O", 0) > 0 else ()


@lru_cache(maxsize=200_000)
def vote_key(word: str) -> str:
    """The stem a word reads the others' votes under (also short words, unlike `_vote_key`)."""
    return _core(norm_word(word))


def document_features(words: Sequence[str], others: Votes) -> list[list[str]]:
    """Features from the first pass's votes in the other sentences of the document."""
    out: list[list[str]] = []
    for w in words:
        d = others.get(vote_key(w))  # also for short words: they read others' votes
        out.append(list(vote_features(d)) if d else [])
    return out


# Public names for the neural tagger (entities.neural), which reads the same knowledge.
context_keys = _context_keys
lex_key = _lex_key
phrase_marks = _phrase_marks
word_shape = _shape


# The Python functions above stay the reference; the compiled ones (entities/_hot.pyx, when
# built) give the same features, votes and order, and replace them here.
py_context_rest, py_sentence_votes, py_add_votes = context_rest, sentence_votes, add_votes
py_context_ids = context_ids
py_word_features = word_features
py_marks = _marks
from rasd.entities.compiled import hot  # noqa: E402  (after the names _hot reads)

_hot = hot()
if _hot is not None:
    context_rest = _hot.context_rest  # noqa: F811
    context_ids = _hot.context_ids  # noqa: F811
    word_features = lru_cache(maxsize=200_000)(_hot.word_features)  # noqa: F811
    sentence_votes = _hot.sentence_votes  # noqa: F811
    add_votes = _hot.add_votes  # noqa: F811
    _marks = lru_cache(maxsize=4096)(_hot.phrase_marks)  # noqa: F811
