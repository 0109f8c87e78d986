"""Sentence structure for claims and events: noun-phrase chunks, clause edges, entity lookup.

Without a parser, arguments are found from the shapes of Arabic news prose: a noun
phrase is a run of indefinite words closed by a run of definite ones (ملف التفاوض،
قوات النظام السوري) or an entity span; it ends at punctuation, a preposition, a
complementizer (إن/أن)، a connective (لكن، بينما) or a known verb. Everything works
on token indices into `doc.tokens`; spans come back as character offsets.
"""

from __future__ import annotations

import copy
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache
from types import ModuleType
from typing import Any

from rasd.document import Document, Entity, Quantity, Role, Span, Time
from rasd.entities.compiled import hot
from rasd.entities.features import is_nationality
from rasd.lexicons import (
    claim_words,
    event_markers,
    norm_phrases,
    trigger_matcher,
    verb_forms,
    verb_vocabulary,
)
from rasd.once import once
from rasd.quantities import hyphen_name
from rasd.quantities import lexicon as number_words
from rasd.text.matcher import Match, PhraseMatcher
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.quotes import read_marks
from rasd.text.segment import in_with_conjunction, split_sentences, tokenize
from rasd.text.vocab import aligned

PREPS = norm_phrases(["في", "من", "إلى", "على", "عن", "مع", "بين", "ضد", "حول", "أمام", "خلال",
                      "منذ", "بعد", "قبل", "عند", "لدى", "نحو", "حتى", "عبر", "بسبب", "جراء",
                      "إثر", "وسط", "دون", "بدون", "لصالح", "تجاه", "باتجاه", "داخل", "خارج",
                      "بالتزامن", "أثناء", "اثناء", "عقب", "قبيل", "بعيد", "إبان", "لدى", "أجل",
                      "وراء", "فوق", "تحت", "قرب", "بالقرب", "خلف", "قبالة", "ضمن", "إزاء", "حيال"])
# a preposition with a pronoun (قرية يسيطر عليها، قتل فيه): never the start of a role
PRONOUN_PREPS = norm_phrases([p + s for p in ("في", "على", "من", "عن", "مع", "ل", "ب", "إلى")
                              for s in ("ه", "ها", "هم", "هما", "هن")]
                             + ["فيه", "عليه", "منه", "إليه", "إليها", "عليهم"])
RELATIVES = norm_phrases(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                          "اللواتي", "اللاتي", "ما", "من"])
_RELATIVE_WORDS = frozenset(p[0] for p in RELATIVES if len(p) == 1)  # (one-word phrases)
NEGATORS = norm_phrases(["لم", "لن", "لا", "ليس", "ليست", "غير"])
KANA = norm_phrases(["كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"])
QAD = norm_phrases(["قد", "وقد", "فقد", "لقد"])
CONJ = ("و", "ف")
ASIDE_MAX = 5  # tokens inside a parenthesis between a subject and its verb (إف-16)
DASH_ASIDE_MAX = 12  # tokens inside an aside between dashes (-المؤلف من فصائل أهمها …-)
DASHES = "-–—"
COMPLEMENT_BACK = 20  # tokens between إن/أن and a verb whose subject follows the إن
# `normalize` of a short piece of a document's text (a word, its clitics, a trigger's
# prefix, a unit): the passes ask it ~270 times a document of the same few hundred
# pieces, and a kept answer costs a third of normalizing again
norm_piece = lru_cache(maxsize=1 << 15)(normalize)


@lru_cache(maxsize=1 << 15)
def fold_piece(text: str) -> str:
    """`normalize_with_map(text)[0]` (no NFKC) of a short piece, kept (as `norm_piece`)."""
    return normalize_with_map(text)[0]


# phrase set id → a word trie of its phrases: {word: node}, a node holding `None` ends a
# phrase. A set is kept alive while its trie is here (`_TRIE_SETS`): an id is only unique
# among live objects, and a set dropped (a copy of a lexicon, a set made for one call) would
# hand its trie to the next object made at its address (tests/test_once.py). Read by id in
# `phrase_at` and the compiled `ViewWords`; emptied, both, past TRIES_HELD sets.
_Trie = dict[str | None, "_Trie | bool"]
_IDX: dict[int, _Trie] = {}
_TRIE_SETS: dict[int, object] = {}
_TRIE_LOCK = threading.Lock()  # (a miss: once a set a process)
TRIES_HELD = 4096


def _trie(phrases: set[tuple[str, ...]] | frozenset[tuple[str, ...]]) -> _Trie:
    index = _IDX.get(id(phrases))
    if index is None or _TRIE_SETS.get(id(phrases)) is not phrases:
        index = {}
        for p in phrases:
            node = index
            for word in p:
                node = node.setdefault(word, {})  # type: ignore[assignment]
            node[None] = True
        with _TRIE_LOCK:
            if len(_IDX) >= TRIES_HELD:  # (in place: ViewWords holds this dict)
                _IDX.clear()
                _TRIE_SETS.clear()
            _TRIE_SETS[id(phrases)] = phrases  # (the set first: a trie found has its set)
            _IDX[id(phrases)] = index
    return index


_ONE_WORD_RELATIVES = frozenset(p[0] for p in RELATIVES if len(p) == 1)  # `(n,) in RELATIVES`
# `(n,) in S` for the one-word sets a token's word ends a noun phrase by (`View._stop`)
_STOP_WORDS = frozenset(p[0] for s in (PREPS, PRONOUN_PREPS, NEGATORS, RELATIVES, KANA, QAD)
                        for p in s if len(p) == 1)
_ONE_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def _one_words(phrases: set[tuple[str, ...]] | frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The one-word phrases of a set, as words (`(w,) in phrases`), kept per set."""
    kept = _ONE_WORDS.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        kept = _ONE_WORDS[id(phrases)] = (phrases, frozenset(p[0] for p in phrases
                                                             if len(p) == 1))
    return kept[1]


_HOT: list[ModuleType | None] = []  # the compiled loops, looked up at the first View


def _hot() -> ModuleType | None:
    if not _HOT:
        _HOT.append(hot())
    return _HOT[0]


@once
def known_verbs() -> frozenset[str]:
    """Normalized verb forms rasd knows (cues, triggers, light verbs, status verbs)."""
    out = set(verb_vocabulary())
    out |= event_markers()["light_verbs"] | event_markers()["clause_verbs"]
    for phrases in event_markers()["status"].values():
        out |= {p[0] for p in phrases if len(p) == 1 and len(p[0]) > 3}
    out |= {f for f in verb_forms("استمر", "يستمر")}
    return frozenset(out)


# Per thread: the Views the claims stage built, each with what it was built from, by id of
# the document (held, so no id is reused while in here), until the events stage takes it.
# A batch of documents (`Pipeline.pipe`) runs the claims stage over all of them before the
# events stage: as many as a batch are kept.
_VIEWS = threading.local()
VIEWS_HELD = 64


def _built_from(doc: Document) -> tuple[Any, ...]:
    """What a View is built from: the document and its layers (objects, sizes, and the items
    of the small layers with the offsets they hold)."""
    return ((doc, doc.text, doc.tokens, doc.word_ids, doc.sentences),
            (len(doc.tokens), len(doc.sentences)),
            (tuple((e, e.start, e.end, e.type) for e in doc.entities),
             tuple((t, t.start, t.end) for t in doc.times),
             tuple((q, q.start, q.end) for q in doc.quantities)))


def _same_build(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return all(x is y for x, y in zip(a[0], b[0], strict=True)) and a[1] == b[1] and all(
        len(x) == len(y) and all(i[0] is j[0] and i[1:] == j[1:] for i, j in zip(x, y,
                                                                                 strict=True))
        for x, y in zip(a[2], b[2], strict=True))


@once
def whole_conj_words() -> frozenset[str]:
    """Nouns that start with و or ف themselves (وادي، فصائل): never a conjunction."""
    return frozenset(event_markers()["whole_conj_words"])


@once
def whole_raw_words() -> frozenset[str]:
    """Words that start with و themselves, as written: والي (a governor) normalizes like
    وإلى (and to), so only its written form tells it."""
    return frozenset(event_markers()["whole_raw_words"])


NO_MATCHES: list[Match[Any]] = []  # `View.candidates` where no entry starts (shared: read only)


class View:
    """One document's tokens with the lookups the role rules need."""

    @classmethod
    def of(cls, doc: Document) -> View:
        """The document's View, built once for the claims and events stages, which read the
        same layers: reused once (with a fresh memo) while the document has the same tokens,
        sentences, entities, times and quantities as when it was built."""
        views: dict[int, tuple[tuple[Any, ...], View]] | None = getattr(_VIEWS, "held", None)
        if views is None:
            views = _VIEWS.held = {}
        built_from = _built_from(doc)
        held = views.pop(id(doc), None)  # handed out once (the events stage's), then dropped
        if held is not None and _same_build(held[0], built_from):
            view = copy.copy(held[1])
            view.memo = {}
            return view
        view = cls(doc)
        while len(views) >= VIEWS_HELD:  # the oldest out (dicts keep insertion order)
            del views[next(iter(views))]
        views[id(doc)] = (built_from, view)
        return view

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks = doc.tokens or tokenize(doc.text)
        self.ids = aligned(doc.word_ids, self.toks)  # their word ids, if the document has them
        self.norms = [t.norm for t in self.toks]
        whole = whole_conj_words()  # وادي is no و + ادي, فصائل no ف + صائل
        self.bares = [n[1:] if len(n) > 2 and n[0] in CONJ and n not in whole else n
                      for n in self.norms]
        self.starts = [t.start for t in self.toks]
        self._ranges: dict[int, tuple[int, int]] = {}  # `token_range`'s answers (a copy shares)
        self._np_ends: dict[int, int] = {}  # `np_forward`'s answers (a copy shares them too)
        # per matcher (by id: the lexicons' matchers live as long as the process), the tokens
        # where an entry may start and the candidates found there (`starting`, `candidates`;
        # a copy shares them: they depend on the tokens alone)
        self._starts_of: dict[int, list[int]] = {}
        self._cands: dict[int, dict[int, list[Match[Any]] | None]] = {}
        # `word` and `bare` (asked ~3,400 times a document) as the lists' own look-ups: a C
        # call, no Python frame (the methods below say what they answer)
        self.is_word = [t.is_word for t in self.toks]
        self.word = self.is_word.__getitem__  # type: ignore[method-assign]
        self.bare = self.bares.__getitem__  # type: ignore[method-assign]
        self.verbs = known_verbs()
        self._compiled_words()
        self.sents = doc.sentences or split_sentences(doc.text, self.toks)
        # guillemets on lines written »…« or »…», read as the segmenter reads them (`mark`)
        self.quote_marks = read_marks(doc.text)
        # paragraph of each sentence: a new one after a line break
        self.para: list[int] = []
        for k, s in enumerate(self.sents):
            gap = "\n" in doc.text[self.sents[k - 1].end:s.start] if k else False
            self.para.append((self.para[-1] + gap) if k else 0)
        self.ent_tok: dict[int, Entity] = {}
        for e in doc.entities:
            for i in range(*self.token_range(e.start, e.end)):
                self.ent_tok.setdefault(i, e)
        self.time_tok: set[int] = set()
        for t in doc.times:
            self.time_tok.update(range(*self.token_range(t.start, t.end)))
        self._times = sorted(doc.times, key=lambda t: t.start)
        self._time_starts = [t.start for t in self._times]
        self._quants = sorted(doc.quantities, key=lambda q: q.start)
        self._quant_starts = [q.start for q in self._quants]
        # where the counts start (quantities that are no ordinals: سفينة ثانية counts none)
        self.count_starts = [q.start for q in self._quants if not q.ordinal]
        self.W = claim_words()
        self.memo: dict[str, Any] = {}  # per-document caches of the passes
        self._stops: dict[int, bool] = {}  # `stop` of each token asked (a View's copy shares it)
        self.opener_tok = self._phrase_tokens(self.W["discourse_openers"])
        self.time_word_tok = self._phrase_tokens(self.W["time_words"])
        if self._words is not None:  # (`is_time` and `stop` read what is made above)
            self._words.held(self.is_word, self.time_tok, self.W["time_words"], self.opener_tok,
                             self._stops, _STOP_WORDS, _one_words(self.W["phrase_enders"]),
                             self.W["complementizers"], self.W["connectives"])
            self.is_time = self._words.is_time  # type: ignore[method-assign]
            self.stop = self._words.stop  # type: ignore[method-assign]

    def _compiled_words(self) -> None:
        """The word look-ups the passes ask most (`phrase_at`, `openings`, `is_verb`,
        `in_words`, `is_def`, `token_range`, `candidates`, `trigger_noun_at`; `is_time` and
        `stop` once the View has what they read: ~3,000 calls a document) as the compiled
        `ViewWords`' methods where `rasd.entities._hot` is built: one C call each, no Python
        frame; the methods below give the same answers (they run where it is not, and are
        the tests' reference)."""
        hot = _hot()
        self._words: Any = None
        if hot is None:
            return
        words = hot.ViewWords(self.toks, self.norms, self.bares, self.starts,
                              [t.end for t in self.toks], self.text, self.ids, _IDX, _trie,
                              self.verbs, _ONE_WORD_RELATIVES, self._starts_of, self._cands,
                              NO_MATCHES, trigger_matcher)
        self._words = words
        self.phrase_at = words.phrase_at  # type: ignore[method-assign]
        self.is_verb = words.is_verb  # type: ignore[method-assign]
        self.in_words = words.in_words  # type: ignore[method-assign]
        self.is_def = words.is_def  # type: ignore[method-assign]
        self.token_range = words.token_range  # type: ignore[method-assign]
        self.candidates = words.candidates  # type: ignore[method-assign]
        self.trigger_noun_at = words.trigger_noun_at  # type: ignore[method-assign]
        self.openings = words.openings  # type: ignore[method-assign]

    def _phrase_tokens(self, phrases: set[tuple[str, ...]]) -> set[int]:
        """Tokens inside an occurrence of one of `phrases` (one left-to-right scan)."""
        out: set[int] = set()
        opens = self.openings(phrases, 0, len(self.toks))  # (phrase_at is 0 elsewhere)
        after = 0  # the token after the last phrase found: a phrase never starts inside one
        for i in opens:
            if i < after or not self.toks[i].is_word:
                continue
            n = self.phrase_at(i, phrases)
            if n:
                out.update(range(i, i + n))
                after = i + n
        return out

    # --- positions -------------------------------------------------------

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """The tokens [a, b) that offsets [start, end) cover: asked ~460 times a document,
        four in five of the same spans (triggers, entities), so kept by one int key (a
        tuple key costs more to build and hash than the two binary searches it saves)."""
        key = start << 32 | end
        got = self._ranges.get(key)
        if got is None:
            a = bisect_left(self.starts, start)
            if a > 0 and self.toks[a - 1].end > start:
                a -= 1
            got = self._ranges[key] = (a, bisect_left(self.starts, end))
        return got

    def times_in(self, lo: int, hi: int) -> list[Time]:
        """The document's times within offsets [lo, hi) (by binary search)."""
        k = bisect_left(self._time_starts, lo)
        out = []
        while k < len(self._times) and self._times[k].start < hi:
            if self._times[k].end <= hi:
                out.append(self._times[k])
            k += 1
        return out

    def quantities_in(self, lo: int, hi: int) -> list[Quantity]:
        """The document's quantities starting within offsets [lo, hi)."""
        k = bisect_left(self._quant_starts, lo)
        out = []
        while k < len(self._quants) and self._quants[k].start < hi:
            out.append(self._quants[k])
            k += 1
        return out

    def count_in(self, lo: int, hi: int) -> bool:
        """A count (a quantity that is no ordinal) starts within offsets [lo, hi): one binary
        search, as `any(not q.ordinal for q in quantities_in(lo, hi))`."""
        starts = self.count_starts
        k = bisect_left(starts, lo)
        return k < len(starts) and starts[k] < hi

    @cached_property
    def time_toks(self) -> list[int]:
        """The time tokens in order (made on first use: the events passes count them in
        windows by binary search; the claims stage never asks)."""
        return sorted(self.time_tok)

    @cached_property
    def count_tok(self) -> set[int]:
        """The tokens a count starts in (`count_in` over one token's offsets), found from
        the counts on first use (the events passes' most common count question)."""
        return {k for c in self.count_starts
                if (k := bisect_right(self.starts, c) - 1) >= 0 and c < self.toks[k].end}

    def times_between(self, i: int, j: int) -> int:
        """How many tokens in [i, j) belong to a time (by binary search)."""
        return bisect_left(self.time_toks, j) - bisect_left(self.time_toks, i)

    def quantity_in(self, lo: int, hi: int) -> Quantity | None:
        found = self.quantities_in(lo, hi)
        return found[0] if found else None

    def sentences(self) -> Iterable[tuple[int, int, int]]:
        for si, s in enumerate(self.sents):
            a, b = self.token_range(s.start, s.end)
            if a < b:
                yield si, a, b

    def span(self, i: int, j: int) -> Span:
        return Span(self.toks[i].start, self.toks[j - 1].end)

    def word(self, i: int) -> bool:
        """Token i is a word, not a mark (a View answers from `is_word`)."""
        return self.toks[i].is_word

    def mark(self, i: int) -> str:
        """Token i as written, a guillemet as its line reads it (text.quotes): on a line
        written »…« the » opens and the « closes, on Al-Madina's »…» the » is a straight
        quote; the claims' quotation look-ups read marks through this."""
        tok = self.toks[i]
        return self.quote_marks.get(tok.start) or self.text[tok.start:tok.end]

    def inner_mark(self, i: int) -> bool:
        """A mark glued on both sides inside a name (د.محمد، أ.ف.ب): no phrase edge."""
        return 0 < i < len(self.toks) - 1 and not self.toks[i].is_word \
            and self.toks[i - 1].end == self.toks[i].start == self.toks[i].end - 1 \
            and self.toks[i].end == self.toks[i + 1].start and self.toks[i + 1].is_word

    # --- reading a token, walking past tokens ---------------------------
    # (the passes' one way to read a token's text and to step over marks, names and times:
    # each walk stops at its bound, `b` exclusive going forward, `a` inclusive going back)

    def raw(self, i: int) -> str:
        """Token i's text as written (no normalization: tanween, ة and hamzas kept)."""
        tok = self.toks[i]
        return self.text[tok.start:tok.end]

    def comma(self, i: int) -> bool:
        """Token i starts with a comma, Arabic or Latin (، ,)."""
        return self.text[self.toks[i].start] in "،,"

    def skip_quotes(self, k: int, b: int, marks: str) -> int:
        """The first token from k on (before b) that is not a mark of `marks` (the quotes
        opening a name or a title: «داعش», "جيش الفتح")."""
        while k < b and not self.word(k) and self.text[self.toks[k].start] in marks:
            k += 1
        return k

    def skip_back_quotes(self, k: int, a: int, marks: str) -> int:
        """The last token from k back (not before a) that is not a mark of `marks` (the
        quotes closing a name); a - 1 when every token from a to k is one."""
        while k >= a and not self.word(k) and self.text[self.toks[k].start] in marks:
            k -= 1
        return k

    def skip_ent(self, k: int, ent: Entity | None, b: int) -> int:
        """The first token from k on (before b) that is not `ent`'s: past a name's tokens
        (`ent` None: past tokens in no entity)."""
        get = self.ent_tok.get
        while k < b and get(k) is ent:
            k += 1
        return k

    def skip_back_ent(self, k: int, ent: Entity | None, a: int) -> int:
        """The first token of the run of `ent`'s tokens ending just before token k (not
        before a); k when token k - 1 is not `ent`'s."""
        get = self.ent_tok.get
        while k - 1 >= a and get(k - 1) is ent:
            k -= 1
        return k

    def skip_times(self, k: int, b: int) -> int:
        """The first token from k on (before b) past the times that follow each other there
        (الجمعة الماضية، أمس: `is_time`); a time may run past b."""
        while k < b and self.is_time(k):
            k += self.is_time(k)
        return k

    # --- lexical tests ---------------------------------------------------

    def bare(self, i: int) -> str:
        """The token without a leading conjunction و/ف (a View answers from `bares`)."""
        return self.bares[i]

    def bare_forms(self, i: int) -> tuple[str, ...]:
        """`bare`, and the whole token when it opens with ف: the letter may be the word's own
        (فتاة، فتيين، فرقة), not the conjunction `bare` drops; و stays a clitic (وحدة)."""
        n = self.norms[i]
        return (self.bares[i], n) if n[:1] == "ف" else (self.bares[i],)

    def in_words(self, i: int, words: set[str] | frozenset[str]) -> bool:
        """The token, with or without a leading و/ف, is one of `words` (ولاية is no و + لاية;
        وولاية is و + ولاية), with or without the article."""
        n = self.norms[i]
        if n in words:
            return True
        b = self.bares[i]
        if b in words:
            return True  # (the forms one by one: no sets built, 200 calls a document)
        if n[:2] == "ال" and len(n) > 4 and n[2:] in words:
            return True
        return b[:2] == "ال" and len(b) > 4 and b[2:] in words

    def preposed_in(self, i: int, words: set[str] | frozenset[str], preps: str = "بل") -> bool:
        """The token, without a leading و/ف, is a preposition clitic of `preps` (ب، ل) on one
        of `words`, with or without the article: بمنطقة، بالصواريخ، لقوات. ل + the article
        with its alif dropped (للقوات) is not read: callers wanting it test لل themselves.
        Four letters at least, so no two-letter list word is read off a three-letter token.
        `in_words` answers the unprefixed forms."""
        b = self.bares[i]
        return b[:1] in preps and len(b) > 3 and (b[1:] in words
                                                   or b[1:3] == "ال" and b[3:] in words)

    def phrase_at(self, i: int, phrases: set[tuple[str, ...]], end: int | None = None) -> int:
        """Length of the longest phrase of `phrases` at token i (0 if none), conj allowed."""
        index = _IDX.get(id(phrases)) or _trie(phrases)
        norms = self.norms
        n, b = norms[i], self.bares[i]
        by_norm, by_bare = index.get(n), index.get(b) if b != n else None
        if by_norm is None and by_bare is None:
            return 0
        stop = len(norms) if end is None else min(end, len(norms))
        best = 0
        for node in (by_norm, by_bare):
            j = i + 1
            while node is not None:  # walk the words after the first along the trie
                if None in node and j <= stop and j - i > best:
                    best = j - i
                if j >= stop:
                    break
                node = node.get(norms[j])  # type: ignore[union-attr]
                j += 1
        return best

    def openings(self, phrases: set[tuple[str, ...]], a: int, b: int) -> list[int]:
        """The tokens in [a, b) where a phrase of `phrases` may start (`phrase_at` is 0 at
        every other): the word or its bare form opens one. One pass, for scans."""
        index = _IDX.get(id(phrases)) or _trie(phrases)
        norms, bares = self.norms, self.bares
        return [i for i in range(a, b) if norms[i] in index or bares[i] in index]

    def is_verb(self, i: int) -> bool:
        """The token, or it without a leading و/ف, is a known verb form."""
        return self.norms[i] in self.verbs or self.bares[i] in self.verbs

    def is_def(self, i: int) -> bool:
        """The word carries the article ال (a bare alif: آليات، ألقيت are no article)."""
        n = self.bares[i]
        if not (n.startswith("ال") and len(n) > 3 and (n,) not in RELATIVES):
            return False
        word = self.text[self.toks[i].start:self.toks[i].end]
        k = word.find("ل")
        return k > 0 and word[k - 1] == "ا"

    def prefixed(self, i: int) -> bool:
        """A preposition clitic ب/ل/ك on a word (بالقناة، لوكالة، لحزب)."""
        n = self.bares[i]
        return (n[:1] in "بلك" and len(n) > 4 and (n[1:3] == "ال" or n[:2] == "لل")) \
            or (n[:1] in "بل" and len(n) > 3 and (n[1:],) in self.W["outlet_nouns"])

    def is_time(self, i: int) -> int:
        if i in self.time_tok:
            n = 1
            while i + n in self.time_tok:
                n += 1
            return n
        return self.phrase_at(i, self.W["time_words"])

    def time_aside(self, k: int, b: int) -> int:
        """After a time between commas at token k (سيطر "جيش الفتح"، الجمعة، على): the
        token after the closing comma; else k."""
        if k + 1 >= b or self.text[self.toks[k].start] not in "،,":
            return k
        e = self.skip_times(k + 1, b)
        return e + 1 if k + 1 < e < b and self.text[self.toks[e].start] in "،," else k

    def in_time(self, i: int) -> bool:
        """Token i lies inside a time (في وقت سابق: سابق too)."""
        return i in self.time_tok or i in self.time_word_tok

    def stop(self, i: int) -> bool:
        """Ends a noun phrase (asked again of the same tokens: kept per document)."""
        got = self._stops.get(i)
        if got is None:
            got = self._stops[i] = self._stop(i)
        return got

    def _stop(self, i: int) -> bool:
        if not self.toks[i].is_word:
            return True
        n = self.norms[i]
        return (i in self.opener_tok or (n,) in PREPS or (n,) in PRONOUN_PREPS or (n,) in NEGATORS
                or (self.bares[i],) in self.W["phrase_enders"]
                or (n,) in RELATIVES or (n,) in KANA
                or (n,) in QAD or self.phrase_at(i, self.W["complementizers"]) > 0
                or self.phrase_at(i, self.W["connectives"]) > 0
                or self.is_verb(i))

    def aside_open(self, p: int, a: int) -> int | None:
        """The opening parenthesis of a short aside closed at token p, glued to a word
        before it (مقاتلات تركية (إف-16)، تنظيم الدولة (داعش)); None if p closes none. Also
        an aside between dashes (`dash_aside_open`)."""
        if p > a and self.text[self.toks[p].start] in DASHES:
            return self.dash_aside_open(p, a)
        if p <= a or self.text[self.toks[p].start] != ")" \
                or self.toks[p].end - self.toks[p].start != 1:
            return None
        for c in range(p - 1, max(a, p - 1 - ASIDE_MAX), -1):
            if self.text[self.toks[c].start] == "(":
                return c if c > a and self.toks[c - 1].is_word else None
            if not self.toks[c].is_word and self.text[self.toks[c].start] in ".،,؛:":
                return None
        return None

    def dash_aside_open(self, p: int, a: int) -> int | None:
        """The opening dash of an aside closed by the dash at token p (جبهة النصرة -جناح
        تنظيم القاعدة في سوريا- هاجمت، وجيش الفتح -المؤلف من فصائل …- سيطر): a dash glued to
        the word after it or a closing one glued to the word before it, as an aside is
        written (not a dateline's spaced dashes, حلب - رويترز -, nor the hyphen inside
        إف-16), a word before it, and only words between (actors27)."""
        t = self.toks

        def glued(k: int, side: int) -> bool:
            return 0 <= k + side < len(t) and (t[k + side].start == t[k].end if side > 0
                                                else t[k + side].end == t[k].start)
        if t[p].end - t[p].start != 1 or glued(p, 1) and glued(p, -1):
            return None
        for c in range(p - 1, max(a, p - 1 - DASH_ASIDE_MAX), -1):
            if self.text[t[c].start] in DASHES and t[c].end - t[c].start == 1:
                if c <= a + 1 or not t[c - 1].is_word or glued(c, -1) or c == p - 1 \
                        or not (glued(c, 1) or glued(p, -1)):
                    return None
                return c
            if not t[c].is_word and self.text[t[c].start] in ".،,؛:()«»\"":
                return None
        return None

    def boundary_before(self, i: int, a: int) -> bool:
        """Whether token i opens a clause (sentence start, punctuation, connective)."""
        if i <= a:
            return True
        p = i - 1
        o = self.aside_open(p, a)
        if o is not None:
            return self.boundary_before(o, a)  # مقاتلات تركية (إف-16) | شنت
        if not self.toks[p].is_word or p in self.opener_tok:
            return True
        return self.phrase_at(p, self.W["clause_openers"]) > 0 \
            or self.phrase_at(p, self.W["connectives"]) > 0 \
            or self.phrase_at(p, self.W["complementizers"]) > 0

    # --- noun phrases ----------------------------------------------------

    def np_forward(self, i: int, b: int, prefixed_ok: bool = False) -> int:
        """End (exclusive) of the noun phrase starting at token i; i when there is none.
        Kept by one int key (as `token_range`): the role passes ask one phrase again, one
        call in four (the answer is the document's layers' alone; a copy shares them)."""
        key = (i << 32 | b) << 1 | (1 if prefixed_ok else 0)
        got = self._np_ends.get(key)
        if got is None:
            got = self._np_ends[key] = self._np_forward(i, b, prefixed_ok)
        return got

    def _np_forward(self, i: int, b: int, prefixed_ok: bool) -> int:
        """`np_forward` read anew."""
        if i >= b or self.stop(i) or (self.prefixed(i) and not prefixed_ok):
            return i
        j = i
        ent = self.ent_tok.get(i)
        if ent is not None:
            while j < b and self.ent_tok.get(j) is ent:
                j += 1
        else:
            n = 0
            while j < b and (n < 3 or n < 5 and _nisba(self.bares[j])) and not self.stop(j) \
                    and not self.is_def(j) \
                    and (j == i or not self.prefixed(j)) and not self.is_time(j) \
                    and (j == i or (self.bares[j - 1],) not in self.W["attachment_adjectives"]) \
                    and not self._after_indefinite_adjective(i, j) \
                    and not (j > i and self._feminine_after_plural_un(j)) \
                    and not (j > i and self._joined_count_at(j)) \
                    and not (j > i and self._oblique_after_plural_un(j)) \
                    and not (j > i and self._place_after_preposition(j)) \
                    and self.bares[j] not in self.directions_set() \
                    and not (j > i and self.joined_deed(j)):
                j += 1
                n += 1
            inner = self.ent_tok.get(j - 1) if j > i else None
            while inner is not None and j < b and self.ent_tok.get(j) is inner:
                j += 1  # ثلاثة مواقع لتنظيم داعش: a name is never cut
        # اختطف مسلحون | الصحفي: an indefinite word that cannot be in construct takes no
        # definite word after it (a definite adjective never follows an indefinite noun)
        unannexed = ent is None and j > i and j - 1 not in self.ent_tok and self._unannexed(j - 1)
        adjective = False  # after an adjective only adjectives follow (القوات النظامية | التنظيم)
        while not unannexed and j < b and not self.stop(j) and self.is_def(j) \
                and not self.prefixed(j) and (
                ent is None or _nisba(self.bares[j])) and not (
                j > i and self.is_def(j - 1) and self._place_name_at(j)) and not (
                adjective and not _adjective_like(self.bares[j])) and not self.joined_deed(j):
            adjective = adjective or (j > i and _nisba(self.bares[j]))
            j += 1  # الحكومة الأردنية | التعليق; قوات النظام | الزبداني (a place name)
        if ent is None and i < j < b - 2 and not self.is_def(j - 1) and self.toks[j].end - \
                self.toks[j].start == 1 and self.text[self.toks[j].start] in "(«\"“" \
                and j + 1 in self.ent_tok:  # مقاتلي (داعش): a construct's quoted genitive
            e, k = self.ent_tok[j + 1], j + 1
            while k < b and self.ent_tok.get(k) is e:
                k += 1
            if k < b and self.text[self.toks[k].start] in ")»\"”":
                j = k + 1
        if ent is None and j < b and j in self.ent_tok and self.ent_tok[j].type == "PER" and \
                self.ent_tok.get(j - 1) is not self.ent_tok[j] and \
                self.ent_tok[j].start == self.toks[j].start:  # (not لعلي فياض: a ل phrase)
            e = self.ent_tok[j]
            while j < b and self.ent_tok.get(j) is e:
                j += 1
        elif j > i and any((self.bares[t],) in self.W["person_heads"] for t in range(i, j)):
            # an indefinite name after a title (نظيره الأمريكي جون كيري) when a clause edge
            # follows (a real one: the limit b may be a trigger, شن الولايات المتحدة أول غارات)
            k = j
            while k < b and k - j < 3 and not self.stop(k) and not self.is_def(k) \
                    and len(self.norms[k]) > 1 \
                    and not (self.norms[k][:1] == "ب" and self.norms[k][-1:] == "ه") \
                    and not self.prefixed(k) and not self.is_time(k) \
                    and not (self.norms[k][:1] == "و" and len(self.norms[k]) > 3) \
                    and self.bares[k] not in self.directions_set():
                k += 1
            edge = k >= len(self.toks) or not self.toks[k].is_word \
                or self.phrase_at(k, self.W["complementizers"]) > 0
            if k > j and edge:
                j = k
        if j < b and j > i and self.norms[j] == "باسم":  # المتحدث باسم الجيش
            k = self.np_forward(j + 1, b)
            if k > j + 1:
                j = k
        # attachment: مصدر مقرب من X، التابعة لحزب الله
        if j < b and j > i and (self.bares[j - 1],) in self.W["attachment_adjectives"]:
            if self.norms[j] in ("من", "في", "عن"):
                k = self.np_forward(j + 1, b)
                if k > j + 1:
                    j = k
            elif self.norms[j][:1] == "ل":
                k = self.np_forward(j, b, prefixed_ok=True)
                if k > j:
                    j = k
        return j

    def joined_deed(self, j: int) -> bool:
        """Token j is و + a deed noun of the trigger lexicon (اقتحام منزل عائلته | ومصادرة سلاح):
        another event joined to the phrase's own, not a word of the phrase (roles21); a name
        is never one (والحشد الشعبي)."""
        return self.norms[j][:1] == "و" and j not in self.ent_tok and self.trigger_noun_at(j)

    def _unannexed(self, k: int) -> bool:
        """The word is indefinite and cannot head a construct (إضافة), so a definite word
        after it opens a new phrase: a sound masculine plural in ون (مسلحون، مجهولون: in
        construct it loses its ن, مسلحو; six letters at least, so no قانون، مليون، سجون, and
        not a singular loanword, `singular_un_nouns`) or a word written with tanween
        (قواتٌ: the mark of a word in no construct)."""
        n = self.bares[k]
        if not self.toks[k].is_word or n.startswith("ال") or self.prefixed(k):
            # (للشؤون الخارجية: ل + الشؤون, a definite word)
            return False
        if len(n) >= 6 and n.endswith("ون") and (n,) not in self.W["singular_un_nouns"]:
            return True
        word = self.text[self.toks[k].start:self.toks[k].end]
        return any(c in word for c in "\u064b\u064c\u064d")

    def _joined_count_at(self, j: int) -> bool:
        """Token j is و with a count on it (ثلاث نساء | وأربعة أطفال): a counted phrase of its
        own joined to the one before, not a word of it (recip8; و + a digit is two tokens,
        and و alone stops the phrase already)."""
        return self.norms[j][:1] == "و" and len(self.norms[j]) > 2 and j in self.count_tok

    def _place_after_preposition(self, j: int) -> bool:
        """Token j is ب or ك on a place's name (سفينة | ببنغازي): where the thing is, a
        preposition phrase of its own, not a word of its phrase (a ل on a name stays: مواقع
        لتنظيم داعش, its owner; recip8)."""
        ent = self.ent_tok.get(j)
        return ent is not None and ent.type in ("LOC", "GPE") and self.norms[j][:1] in "بك" \
            and ent.start > self.toks[j].start

    def _oblique_after_plural_un(self, j: int) -> bool:
        """Token j, an indefinite sound masculine plural in ين, follows one in ون (a
        nominative; `_unannexed`: no construct): an adjective agrees in case, so a new
        phrase, the object, starts there (قتل مسلحون مجهولون | مدنيين أبرياء، قتل مسلحون | 5
        جنود: nor is a count after it its adjective; recip8)."""
        n, m = self.bares[j - 1], self.bares[j]
        return self.toks[j - 1].is_word and not n.startswith("ال") and not self.prefixed(j - 1) \
            and len(n) >= 6 and n.endswith("ون") and (n,) not in self.W["singular_un_nouns"] \
            and not self.prefixed(j) and self.norms[j][:1] != "و" and (
                j in self.count_tok or not m.startswith("ال") and len(m) >= 5
                and m.endswith("ين") and j not in self.ent_tok)  # (| 5 جنود: a count too)

    def _feminine_after_plural_un(self, j: int) -> bool:
        """Token j, a feminine word (ة، ات), follows a sound masculine plural in ون
        (`_unannexed`: no construct), with which it cannot agree as an adjective: a new
        phrase starts there (استهدف مسلحون مجهولون | مركبة عسكرية; not مدنيون أبرياء, nor a
        conjunct, split later: مسلحون حوثيون وقوات موالية)."""
        n = self.bares[j - 1]
        word = self.text[self.toks[j].start:self.toks[j].end]
        return self.toks[j - 1].is_word and not n.startswith("ال") and not self.prefixed(j - 1) \
            and len(n) >= 6 and n.endswith("ون") and (n,) not in self.W["singular_un_nouns"] \
            and not self.prefixed(j) and self.norms[j][:1] != "و" and word.endswith(("ة", "ات"))

    def _after_indefinite_adjective(self, i: int, j: int) -> bool:
        """Token j, a noun, follows an indefinite adjective of the phrase opened at i: a new
        phrase starts there (قصفت مقاتلات سعودية | مواقع حوثية، قتلت قوات أمريكية | ثلاثة
        مسلحين: the force named by its nationality or party is the subject, the rest the
        object). Only adjectives extend the phrase (طائرات حربية تركية، قوات موالية)."""
        head = i  # past a quantifier (أغلب أقضية مدينة: أقضية is the head, no adjective)
        skip = event_markers()["head_skip"]
        while head < j and (self.bares[head] in skip or self.norms[head].isdigit()):
            head += 1
        if j - 1 <= head or not _force_adjective(self.bares[j - 1]) \
                or self.norms[j][:1] == "و":
            return False  # (مسلحون حوثيون وقوات موالية: a conjunct, split later)
        word = self.bares[j]
        return not (_nisba(word) or word in _OTHER or (word,) in self.W["attachment_adjectives"])

    def _place_name_at(self, j: int) -> bool:
        """A place entity or a definite place noun starts at token j (قوات النظام | الزبداني،
        قصفت الطائرات | المدينة: no adjective of the phrase before, a phrase of its own)."""
        ent = self.ent_tok.get(j)
        if ent is not None:
            return ent.type == "LOC" and self.ent_tok.get(j - 1) is not ent
        n = self.bares[j][2:]
        M = event_markers()
        return n in M["place_nouns"] or n in M["named_place_heads"] or n in M["generic_places"]

    def np_coordinated(self, i: int, b: int) -> int:
        """End of noun phrases joined by و + a definite word, a name or a party noun
        (ميليشيات الحوثي وقوات الرئيس المخلوع علي عبدالله صالح); i when there is none."""
        e = self.np_forward(i, b)
        M = event_markers()
        heads, peers = M["agent_heads"], M["counterpart_nouns"]
        while e > i and e < b and self.norms[e][:1] == "و" and len(self.norms[e]) > 3 and (
                self.norms[e][1:3] == "ال" or e in self.ent_tok or self.bares[e] in heads
                or self.bares[e] in peers  # ونظيره اليمني عبد ربه منصور هادي (actors43)
                or self.ally_conjunct(e)) and not self.joined_deed(e):
            k = self.np_forward(e, b)
            if k == e:
                break
            e = k
        return e

    def ally_conjunct(self, t: int) -> bool:
        """و + the allies or followers of the party before (وحلفائهم، وأنصاره، وأتباع
        المخلوع): one more party of the coordination (الحوثيين وحلفائهم)."""
        if self.norms[t][:1] != "و":
            return False
        M = event_markers()
        stem = self.bares[t]
        return stem in M["ally_nouns"] or any(
            stem.endswith(x) and stem[:-len(x)] in M["ally_nouns"] for x in M["ally_suffixes"])

    def directions_set(self) -> set[str]:
        return event_markers()["directions"]

    def np_backward(self, k: int, a: int, max_len: int = 10, preps: bool = True,
                    after_prep: bool = False) -> int:
        """Start of the noun phrase (a subject) ending just before token k; k if none.
        `preps=False`: no preposition but partitive من inside (30 شخصا | في سلسلة تفجيرات);
        then a phrase after a preposition is none, unless `after_prep` (the antecedent of a
        relative: من قبل | التحالف العربي الذي دمر)."""
        j = k
        # المصدر الذي فضل عدم ذكر اسمه قال: the clause belongs to the source before it
        lo = max(a + 1, k - 8)
        j = k if _RELATIVE_WORDS.isdisjoint(self.bares[lo:k]) else next(
            (r for r in range(lo, k) if (self.bares[r],) in RELATIVES
             and self.anonymity_end(r, k) == k), k)  # (no relative pronoun: most calls)
        while j > a and k - j < max_len:
            p = j - 1
            inside = p in self.ent_tok and self.ent_tok.get(j) is self.ent_tok[p]
            if not preps and (self.norms[p],) in PREPS and self.norms[p] != "من" \
                    and not self._located(p, j, k) and not inside:  # (بعثة … في الصومال)
                # ذراع تنظيم القاعدة في | سوريا: the object of a preposition is no subject,
                # but an event noun is (في قصف عنيف … استهدف أحياء: the verb describes it)
                return j if after_prep or self.trigger_noun_at(j) else k
            if not self.toks[p].is_word or p in self.opener_tok \
                    or self.phrase_at(p, self.W["complementizers"]) \
                    or self.phrase_at(p, self.W["connectives"]) \
                    or self.phrase_at(p, self.W["clause_openers"]) \
                    or (self.norms[p],) in KANA or (self.bares[p],) in RELATIVES \
                    or (self.norms[p],) in NEGATORS or self.in_time(p) \
                    or (self.bares[p],) in self.W["passive_auxiliaries"] \
                    or (self.bares[p],) in self.W["still_auxiliaries"] \
                    or (self.is_verb(p) and not (p > a and (self.norms[p - 1],) in PREPS)) \
                    or ((self.norms[p],) in PRONOUN_PREPS and p > a
                        and self.is_verb(p - 1)):  # طلبت فيه | دعم (not المتحالفة معه)
                break  # (في قصف عنيف: a verb form after a preposition is a noun)
            j = p
        if j < k - 1 and self.norms[j][:1] in CONJ and self.bares[j] != self.norms[j] \
                and not self.written_whole(j) \
                and self.boundary_before(j, a) \
                and not self.is_def(j) and j not in self.ent_tok and not any(
                    (self.norms[j],) in self.W[x] or self.norms[j] in self.W[x]
                    for x in ("person_heads", "institution_heads")):
            j += 1  # وثق التقرير: a verb opening the clause, then its subject (not وزير،
            # وزارة، وفد: a head noun that starts with و)
        for t in range(k - 1, j, -1):  # تقاتل القوات النظامية | التنظيم الذي: a noun after
            if self.is_def(t) and self.is_def(t - 1) and _nisba(self.bares[t - 1]) \
                    and not _adjective_like(self.bares[t]) and t not in self.ent_tok \
                    and self.norms[t] == self.bares[t]:  # (والمليشيات: coordinated, one subject)
                # an adjective ends its phrase: the noun after it starts a phrase of its own
                j = t
                break
        # a time before the subject is no part of it; a preposition phrase is no subject
        # (من جهته، في تغريدة)
        while j < k and self.is_time(j):
            j += self.is_time(j)
        if j < k and (self.norms[j],) in PREPS:
            return k
        return j

    def _located(self, p: int, j: int, k: int) -> bool:
        """في + a place name right before the verb: a subject's locative modifier (بعثة
        الاتحاد الإفريقي في الصومال نفت)."""
        ent = self.ent_tok.get(j)
        return self.bares[p] in ("في", "ب") and ent is not None and ent.type == "LOC" \
            and all(self.ent_tok.get(t) is ent for t in range(j, k)) and p > 0 \
            and self.toks[p - 1].is_word

    def trigger_noun_at(self, i: int) -> bool:
        for m in self.candidates(trigger_matcher(), i):  # (a loop: ~100 calls a document,
            if not getattr(m.payload, "verb", True):  # most on tokens with no candidate)
                return True
        return False

    def starting(self, matcher: PhraseMatcher[Any], a: int, b: int) -> list[int]:
        """`matcher.starting` over tokens [a, b): the document's starts are found once per
        matcher (one scan for all its sentences) and each range takes its share of them."""
        starts = self._starts_of.get(id(matcher))
        if starts is None:
            starts = self._starts_of[id(matcher)] = matcher.starting(self.toks, 0, len(self.toks),
                                                                     self.ids)
        return starts[bisect_left(starts, a):bisect_left(starts, b)]

    def candidates(self, matcher: PhraseMatcher[Any], i: int) -> list[Match[Any]]:
        """`matcher.candidates` at token i, kept per document: the event passes ask the
        trigger matcher again of the same tokens (two calls in five), most often of tokens
        where no entry starts, answered at once from the document's starts (`starting`).
        The list is shared: read it, never change it."""
        kept = self._cands.get(id(matcher))
        if kept is None:
            kept = self._cands[id(matcher)] = dict.fromkeys(
                self.starting(matcher, 0, len(self.toks)))
        if i in kept:
            got = kept[i]
            if got is None:
                got = kept[i] = matcher.candidates(self.text, self.toks, i)
            return got
        if 0 <= i < len(self.toks):
            return NO_MATCHES  # (no entry starts here)
        return matcher.candidates(self.text, self.toks, i)  # (-1: the last token, as ever)

    def anonymity_end(self, i: int, b: int) -> int:
        """End of a clause at token i that withholds a source's name (الذي فضل عدم ذكر اسمه،
        طلب عدم الكشف عن هويته), or i: it ends at a name/identity word within 8 tokens."""
        for k in range(i, min(b, i + 8)):
            if not self.toks[k].is_word and self.text[self.toks[k].start] not in "-–—":
                return i
            if (self.bares[k],) in self.W["anonymity_words"]:
                return k + 1
        return i

    def subject_before(self, k: int, a: int, max_len: int = 10,
                       preps: bool = True) -> tuple[int, int] | None:
        """Subject of a verb at token k written before it: كان X قد V، X V، or X، V."""
        j = k
        if j > a and self.text[self.toks[j - 1].start] in "“«\"" and \
                self.toks[j - 1].end - self.toks[j - 1].start == 1:
            j -= 1  # السلطات “ألقت القبض: a quotation opening at the verb
        o = self.aside_open(j - 1, a)
        if o is not None:
            j = o  # مقاتلات تركية (إف-16) شنت، تنظيم الدولة (داعش) تبنى: an aside
        elif j - 3 > a and hyphen_name(self.toks, j - 1, number_words().designators):
            j -= 3  # مقاتلات تركية إف-16 قصفت: the model's name, as an aside
        if j > a and (self.norms[j - 1],) in QAD:
            j -= 1
        s = self.np_backward(j, a, max_len, preps)
        if s < j:
            return s, j
        comma = j > a and self.text[self.toks[j - 1].start] in ",،"
        if comma and not preps:  # إن تحالفا لفصائل معارضة، ذراع …، قد هاجم: after إن
            found = self.subject_after_complementizer(j - 1, a)
            if found is not None:
                return found
        # apposition: <title>، <name>، قد أشار → the name; مسؤولا محليا، طلب عدم ذكر اسمه،
        # قال → the source with its withheld name
        if comma:
            c = next((c for c in range(j - 2, max(a, j - 10), -1)
                      if self.text[self.toks[c].start] in ",،"), None)
            if c is not None and self.anonymity_end(c + 1, j - 1) == j - 1:
                s = self.np_backward(c, a, 5, preps)
                if s < c:
                    return s, j - 1
            s = self.np_backward(j - 1, a, 5, preps)
            if s < j - 1:
                return s, j - 1
        return None

    def subject_after_complementizer(self, k: int, a: int) -> tuple[int, int] | None:
        """The noun phrase right after the إن/أن that opens the clause ending at token k,
        when only noun phrases and commas lie between (an aside after the subject)."""
        for c in range(k - 1, max(a - 1, k - COMPLEMENT_BACK), -1):
            if self.phrase_at(c, self.W["complementizers"]) == 1:
                e = self.np_coordinated(c + 1, k)
                return (c + 1, e) if e > c + 1 else None
            if self.is_verb(c) or (self.norms[c],) in KANA or self.toks[c].is_word and \
                    self.phrase_at(c, self.W["connectives"]):
                return None
        return None

    def split_coordination(self, i: int, j: int) -> list[tuple[int, int]]:
        """قوات النظام السوري والمليشيات المتحالفة معه → two phrases (at و + definite word)."""
        if i >= j:
            return []  # nothing after the subject (its sentence ends there): no phrase
        parts: list[tuple[int, int]] = []
        M = event_markers()
        heads, peers = M["agent_heads"], M["counterpart_nouns"]  # (ونظيره: actors43)
        s = i
        for t in range(i + 1, j):
            n = self.norms[t]
            if n == "من":
                break  # قوات مشتركة من نيجيريا والنيجر وتشاد: one party
            inside = t in self.ent_tok and self.ent_tok.get(t - 1) is self.ent_tok[t]
            if n[:1] == "و" and (n[1:3] == "ال" or (t in self.ent_tok
                                                    and self.ent_tok.get(t - 1) is not
                                                    self.ent_tok.get(t)
                                                    and self.ent_tok[t].start
                                                    > self.toks[t].start)
                                 or self.bares[t] in heads or self.ally_conjunct(t)
                                 or self.bares[t] in peers) \
                    and len(n) > 3 and not inside \
                    and not (_nisba(self.bares[t - 1]) and _nisba(self.bares[t])):
                parts.append((s, t))  # (not حزب العدالة والتنمية, القوات السورية والإيرانية;
                # not a name whose own first letter is و: وليد المعلم، واشنطن)
                s = t
        parts.append((s, j))
        return parts

    def role(self, i: int, j: int, strip_prefix: bool = True, conj: bool = False) -> Role:
        """A Role over tokens [i, j), without a leading و/ب/ل clitic, pointing at its entity;
        `conj`: the phrase is a coordinated item, so a leading و is always the conjunction."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        if strip_prefix:
            start = self.clitic_start(i)
        if conj and start == self.toks[i].start and self.norms[i][:1] == "و" \
                and len(self.norms[i]) > 2:
            _, index = normalize_with_map(self.text[start:self.toks[i].end])
            start += index[1] if len(index) > 1 else 0
        ent = self.entity_for(start, end)
        return Role(start, end, ent)

    def written_whole(self, i: int) -> bool:
        """Token i, as written, is a word that starts with و itself (والي, a governor), though
        its normalized form reads as و + a word (وإلى)."""
        return self.text[self.toks[i].start:self.toks[i].end] in whole_raw_words()

    def clitic_start(self, i: int) -> int:
        """Offset of token i after a leading و، ب، ل، ف (or و+ب/ل) when they are clitics."""
        n = self.norms[i]
        ent = self.ent_tok.get(i)
        if ent is not None and self.toks[i].start < ent.start < self.toks[i].end:
            return ent.start  # the tagger already left the clitics out
        cut = 0
        if n[:1] in CONJ and len(n) > 3 and n not in whole_conj_words() \
                and not self.written_whole(i) \
                and (n[1:3] == "ال" or (n[1:2] in "بل"
                                                                and n[2:4] == "ال")
                                             or self.ally_conjunct(i)):
            cut = 1  # (وحلفاؤها: the و of an allies noun is the conjunction)
        rest = n[cut:]
        if rest[:1] in "بل" and len(rest) > 3 and (rest[1:3] == "ال" or rest[:2] == "لل"
                                                   or (rest[1:],) in self.W["outlet_nouns"]):
            cut += 1 + (rest[:2] == "لل" and len(rest) > 4)  # للمتشددين: ل + (ا)لمتشددين
        if not cut:
            return self.toks[i].start
        tok = self.toks[i]
        _, index = normalize_with_map(self.text[tok.start:tok.end])
        return tok.start + (index[cut] if cut < len(index) else 0)

    def entity_for(self, start: int, end: int) -> str | None:
        """The id of the entity overlapping [start, end) the most (through the tokens), among
        those before a participle of allegiance (قوات المقاومة الموالية للرئيس هادي): what
        follows it names another party than the phrase's head, so it is not the role's."""
        best, best_ov = None, 0
        i, j = self.token_range(start, end)
        cut = self.allegiance_cut(i, j, end)
        for e in {id(x): x for k in range(i, j) if (x := self.ent_tok.get(k))}.values():
            if e.start >= cut:
                continue
            ov = min(end, e.end) - max(start, e.start)
            if ov > best_ov:
                best, best_ov = e.id, ov
        return best

    def allegiance_cut(self, i: int, j: int, end: int) -> int:
        """The end of the first allegiance participle after the first token of [i, j) that
        governs a party through ل/من/مع (الموالية للرئيس، المدعومة من إيران), else `end`; a
        participle alone is an adjective (المتحدث باسم القوات الموالية ناصر الشعيبي)."""
        words = event_markers()["allegiance_modifiers"]
        for k in range(i + 1, j - 1):
            nxt = self.norms[k + 1]
            if self.norms[k] in words and (nxt in ("من", "مع") or nxt[:1] == "ل"):
                return self.toks[k].end
        return end


def _adjective_like(word: str) -> bool:
    """A definite relational adjective or participle (السورية، الموالية، المتحدة)."""
    return _nisba(word) or word.startswith("الم") and len(word) > 5 \
        and not word.endswith(("ات", "ين", "ون"))


_OTHER = frozenset(normalize(w) for w in ("آخر", "أخرى", "آخرون", "آخرين", "آخران", "آخرتان"))


def _force_adjective(word: str) -> bool:
    """A nationality or a side's adjective (تركية، حوثيون، حربية), not any word in ية
    (خارجية، أقضية)."""
    if is_nationality(word):
        return True
    stems = event_markers()["force_adjectives"]
    return any(word.endswith(e) and word[:-len(e)] + "ي" in stems
               for e in ("يتين", "يتان", "يين", "يون", "يان", "يه", "ي"))


def _nisba(word: str) -> bool:
    """A relational adjective (الروسية، الأردني، السوريين) that can follow a name."""
    return word.endswith(("ي", "يه", "يون", "يين", "يان", "يتان", "يتين"))


def valid_verb_match(view: View, m: Match[object], derived_objects: bool = False) -> bool:
    """A verb form is no verb when it carries the article (التابعة), ب/ك, or is a ة noun.
    With `derived_objects` (event triggers), a derived verb opening with ا (forms IV, VII,
    VIII, X: أعدمه، اعتقله، استهدفهم) keeps its object pronoun: its verbal noun is longer
    (إعدام، اعتقال، استهداف), so the word is no noun + suffix (a ت before it may be a noun's
    ة: إدانته، استعادته, so only the masculine perfect)."""
    tok = view.toks[m.first]
    pre = view.text[tok.start:m.start]
    pre_n = fold_piece(pre)
    # verbs take و ف س ل as proclitics, never the article or ب/ك (كيري is no يري)
    if pre_n.endswith("ال") or pre_n.endswith("لل") or any(c in "بك" for c in pre_n):
        return False
    if m.first > 0 and ((view.norms[m.first - 1],) in PREPS
                        or view.norms[m.first - 1] in ("ال",)
                        or view.bare(m.first - 1) in event_markers()["cause_nouns"]):
        return False  # في قصف، مع قصف، نتيجة قصف: a verbal noun, not a verb
    form = fold_piece(view.text[m.start:m.end])
    if "ل" in pre_n and form[:1] not in "يتنا":  # ل + perfect (لقتلى) is no verb
        return False
    if not pre_n and form[:1] not in "يتن" and _after_light_verb(view, m.first):
        return False  # بدأت مساء الجمعة قصف مواقع: a light verb takes the verbal noun
    needs = getattr(m.payload, "needs", None) or ()
    if any(len(n) <= 3 for n in needs) and fold_piece(
            view.text[m.end:tok.end]) in ("ه", "ها", "هم", "هما"):
        return False  # سيطرتها: a verb that needs a preposition (سيطر على) takes no object
    if derived_objects and not pre_n.endswith("ل") and form[:1] == "ا" and form[-1:] != "ت" \
            and len(form) >= 4 and view.text[tok.end - 1] != "ة" and fold_piece(
                view.text[m.end:tok.end]) in ("ه", "ها", "هم", "هما"):
        return True  # وأعدمه بالرصاص، اعتقله الأمن
    return not (m.last == m.first + 1 and m.end < tok.end
                and view.text[tok.end - 1] in "ةه" and not (
                    view.text[tok.end - 1] == "ه" and (form[-1:] == "و" or form[-1:] == "ت" and (
                        m.first > 0 and (view.norms[m.first - 1],) in RELATIVES))))
    # (قتلوه: a plural's stem before its object pronoun; الذي أبرمته: a feminine verb's
    # after a relative pronoun, where إدانته، زيارته are nouns whose ة became ت)


def _after_light_verb(view: View, i: int) -> bool:
    """Token i follows a light verb with only times between (بدأت مساء الجمعة | قصف): a
    perfect form there is the verbal noun the light verb governs, not a second verb."""
    k = i - 1
    while k >= 0 and view.in_time(k):
        k -= 1
    if k < 0 or not view.word(k):
        return False
    return in_with_conjunction(view.bare(k), event_markers()["light_verbs"])


def matches(view: View, matcher: PhraseMatcher[object], a: int, b: int,
            accept: Callable[[Match[object]], bool] | None = None,
            derived_objects: bool = False) -> list[Match[object]]:
    """Non-overlapping lexicon matches in tokens [a, b), verbs filtered by `valid_verb_match`;
    never inside a name (تدمر the city is no تدمر the verb). A candidate `accept` refuses
    leaves the next candidate at its token a chance (أوقف: halting operations, else an
    arrest)."""
    out: list[Match[object]] = []
    after = a  # the token after the last match: the next one starts there or later
    for i in view.starting(matcher, a, b):  # (no match starts elsewhere)
        if i < after:
            continue
        ent = view.ent_tok.get(i)
        if ent is not None and ent.type in ("PER", "LOC"):
            continue
        for m in view.candidates(matcher, i):
            if m.last > b:
                continue
            tok = view.toks[m.first]
            if m.last == m.first + 1 and m.end < tok.end and \
                    fold_piece(view.text[m.end:tok.end]) == "ي":
                continue  # صاروخي، عسكري: a nisba adjective, not the noun
            if getattr(m.payload, "verb", False) and not valid_verb_match(
                    view, m, derived_objects):
                continue
            if accept is not None and not accept(m):
                continue
            out.append(m)
            after = m.last
            break
    return out
