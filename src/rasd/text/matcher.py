"""Clitic-aware phrase matching of lexicon entries against a document's tokens.

An entry is a phrase of one or more words. Its first word may carry proclitics
in the text (و ف ب ل ك س ال) and, for one-word entries, an enclitic pronoun;
the other words must match their normalized form exactly. So the entry حلب
matches بحلب، وحلب، لحلب, and the span reported covers only the entry's own
letters (حلب), never the clitics.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from rasd.document import Token
from rasd.text.normalize import normalize_with_map
from rasd.text.segment import clitic_stems, tokenize
from rasd.text.vocab import UNKNOWN, IdTable, hits

T = TypeVar("T")


@lru_cache(maxsize=1 << 16)
def _readings(norm: str, min_stem: int) -> tuple[tuple[str, int, int], ...]:
    # Word readings repeat across texts and matchers; computing them dominates matching time.
    # At the default stem length asked as the other layers ask (`clitic_stems(norm)`): the
    # cache keys (norm,) and (norm, 2) differ, so an explicit 2 would read every word again
    if min_stem == _DEFAULT_MIN_STEM:
        return clitic_stems(norm)
    return clitic_stems(norm, min_stem)


_DEFAULT_MIN_STEM = 2  # clitic_stems' default


class Match(NamedTuple, Generic[T]):
    """One entry found in the text: immutable, equal and hashed by its fields. A named tuple,
    not a frozen dataclass: the matchers make ~200 a document, and a frozen dataclass's
    `__init__` (one `object.__setattr__` a field) costs four times a tuple's making."""

    start: int  # character offsets into the text
    end: int
    first: int  # token indices, end exclusive
    last: int
    payload: T
    exact: bool  # the first word matched without stripping clitics


_new = tuple.__new__  # a Match from its six fields, without NamedTuple's Python `__new__`


class _Node(Generic[T]):
    """A word trie node: the payloads of the phrases ending here, the words that go on."""

    __slots__ = ("next", "payloads")

    def __init__(self) -> None:
        self.payloads: list[T] = []
        self.next: dict[str, _Node[T]] = {}


class PhraseMatcher(Generic[T]):
    """Maps phrases to payloads; finds them in tokenized text, longest first."""

    def __init__(self, clitics: bool = True, suffixes: bool = True, min_stem: int = 2) -> None:
        self.clitics = clitics
        self.suffixes = suffixes
        self.min_stem = min_stem
        # first word -> a trie of the words after it: a lookup walks one path whatever the
        # number of phrases sharing the first word (رئيس starts 175 KB names)
        self._index: dict[str, _Node[T]] = {}
        self._count = 0
        # word -> its readings that start an entry: most words start none, and matching
        # asks the same words again and again. Each value is stored whole (one atomic dict
        # write) and can be recomputed, so threads may fill it at once; emptied when large.
        self._starts: dict[tuple[str, bool], tuple[tuple[str, int, int], ...]] = {}
        # the same answer as a flag, by the word alone (marks, words): what `starting` asks
        # of every token, one small look-up (no key tuple built and compared)
        self._opens: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
        # the same answer for a word read as a word, by its id (text.vocab): 1 opens an
        # entry, 0 not, -1 not asked; what `starting` reads over a document's word ids
        self._open_ids: IdTable | None = None

    def add(self, phrase: str, payload: T) -> None:
        words = tuple(t.norm for t in tokenize(phrase))
        if not words:
            return
        self._starts, self._opens, self._open_ids = {}, ({}, {}), None
        node = self._index.get(words[0])
        if node is None:
            node = self._index[words[0]] = _Node()
        for word in words[1:]:
            child = node.next.get(word)
            if child is None:
                child = node.next[word] = _Node()
            node = child
        node.payloads.append(payload)
        self._count += 1

    def add_many(self, items: Iterable[tuple[str, T]]) -> None:
        for phrase, payload in items:
            self.add(phrase, payload)

    def __len__(self) -> int:
        return self._count

    def _readings_starting(self, tok: Token) -> tuple[tuple[str, int, int], ...]:
        """The token's readings (stem, proclitic letters, suffix letters) that start an entry."""
        key = (tok.norm, tok.is_word)
        starts = self._starts.get(key)
        if starts is None:
            readings = _readings(tok.norm, self.min_stem) if tok.is_word and self.clitics \
                else ((tok.norm, 0, 0),)
            starts = tuple(r for r in readings if r[0] in self._index)
            if len(self._starts) > 200_000:
                self._starts, self._opens = {}, ({}, {})
            self._starts[key] = starts
            self._opens[tok.is_word][tok.norm] = bool(starts)
        return starts

    def starting(self, tokens: list[Token], a: int, b: int,
                 ids: array | None = None) -> list[int]:
        """The positions in [a, b) where an entry may start (`candidates` is empty elsewhere):
        one pass that lets a caller skip the rest; over `ids` (the tokens' word ids, one
        each) where given."""
        if ids is not None:
            return self._starting_ids(tokens, ids, a, b)
        marks, words = self._opens
        out = []
        for i in range(a, b):
            tok = tokens[i]
            opens = (words if tok.is_word else marks).get(tok.norm)  # False: known to start none
            if opens is None:
                opens = bool(self._readings_starting(tok))
            if opens:
                out.append(i)
        return out

    def _starting_ids(self, tokens: list[Token], ids: array, a: int, b: int) -> list[int]:
        """`starting` from the tokens' word ids: one compiled pass finds the words that open
        an entry or were not asked yet (a word of the vocabulary is asked once a matcher,
        read as a word; one outside it by its string, as `starting` does). A word's
        unsegmented form is one of its readings, so a mark (read unsegmented only) opens
        nothing a word of its spelling does not: it is tested alone among those found."""
        if len(ids) != len(tokens):
            raise ValueError("PhraseMatcher.starting: the word ids are not one per token")
        table = self._open_ids
        if table is None:
            table = self._open_ids = IdTable()
        values = table.values
        index = self._index
        out = []
        for k in hits(ids, values, a, b):
            tok = tokens[k]
            wid = ids[k]
            opens = values[wid]
            if opens == -1:
                if wid == UNKNOWN:  # (a word outside the vocabulary: by its string)
                    got = self._opens[tok.is_word].get(tok.norm)
                    if got is None:
                        got = bool(self._readings_starting(tok))
                    if got:
                        out.append(k)
                    continue
                word = tok if tok.is_word else Token(tok.start, tok.end, tok.norm, True)
                opens = 1 if self._readings_starting(word) else 0
                table.set(wid, opens)
            if opens and (tok.is_word or tok.norm in index):
                out.append(k)
        return out

    def candidates(self, text: str, tokens: list[Token], i: int) -> list[Match[T]]:
        """Every entry that starts at token `i`, longest first (then the exact reading
        first, then in the order the entries were added)."""
        tok = tokens[i]
        starts = self._starts.get((tok.norm, tok.is_word))
        if starts is None:
            starts = self._readings_starting(tok)
        if not starts:
            return []
        found: list[Match[T]] = []
        for stem, pre, suf in starts:
            node = self._index[stem]
            ends: list[tuple[int, list[T]]] = [(i + 1, node.payloads)] if node.payloads else []
            if suf:  # a pronoun suffix ends the phrase
                if not self.suffixes:
                    continue
            else:
                j = i + 1
                while node.next and j < len(tokens):
                    child = node.next.get(tokens[j].norm)
                    if child is None:
                        break
                    node = child
                    j += 1
                    if node.payloads:
                        ends.append((j, node.payloads))
            if not ends:
                continue
            exact = pre == 0 and suf == 0
            start, end = (tok.start, tok.end) if exact else _stem_offsets(text, tok, pre, suf)
            for j, payloads in reversed(ends):
                stop = tokens[j - 1].end if j > i + 1 else end
                for p in payloads:
                    found.append(_new(Match, (start, stop, i, j, p, exact)))
        if len(found) > 1:
            found.sort(key=lambda m: (-(m.last - m.first), not m.exact))
        return found

    def find(self, text: str, tokens: list[Token]) -> list[Match[T]]:
        """Non-overlapping matches, left to right, longest at each position."""
        out: list[Match[T]] = []
        after = 0  # the token after the last match
        for i in self._may_match(tokens):
            if i < after:
                continue
            hits = self.candidates(text, tokens, i)
            if hits:
                out.append(hits[0])
                after = hits[0].last
        return out

    def _may_match(self, tokens: list[Token]) -> list[int]:
        """Positions where an entry may start, in order. A small matcher (a document's own
        names) takes the tokens that contain an entry's letters, found by substring search
        over all the words at once: any reading of a token is a piece of it, give or take a
        leading article and a final ه (_reduced)."""
        cores = {_reduced(k) for k in self._index} if len(self._index) <= 64 else None
        if cores is None or "" in cores:
            return self.starting(tokens, 0, len(tokens))
        joined = "\n".join([t.norm for t in tokens])  # (no word holds a line break)
        found: set[int] = set()
        for core in cores:
            k = joined.find(core)
            at = line = 0  # the token a find falls in: the line breaks before it
            while k != -1:
                line += joined.count("\n", at, k)
                at = k
                found.add(line)
                k = joined.find(core, k + 1)
        return sorted(found)

    def find_all(self, text: str, tokens: list[Token]) -> list[Match[T]]:
        """Every match at every position (overlaps included)."""
        return [m for i in range(len(tokens)) for m in self.candidates(text, tokens, i)]


def _reduced(word: str) -> str:
    """`word` less a leading ال and a final ه: what of it any token it matches contains."""
    word = word[2:] if word.startswith("ال") else word
    return word[:-1] if word.endswith("ه") else word


def _stem_offsets(text: str, tok: Token, pre: int, suf: int) -> tuple[int, int]:
    """Original-text offsets of a token without `pre`/`suf` normalized characters."""
    if pre == 0 and suf == 0:
        return tok.start, tok.end
    a, b = _stem_in_word(text[tok.start : tok.end], tok.norm, pre, suf)
    return tok.start + a, tok.start + b


@lru_cache(maxsize=1 << 16)  # asked again for the same words: computed once each
def _stem_in_word(word: str, norm: str, pre: int, suf: int) -> tuple[int, int]:
    """Offsets in `word` (whose normalized form is `norm`) of its letters without `pre`/`suf`
    normalized characters."""
    got, index = normalize_with_map(word)
    if got != norm:  # presentation forms changed length under NFKC: keep the word
        return 0, len(word)
    start = index[pre] if pre < len(index) else 0
    end = index[len(index) - suf - 1] + 1 if suf else len(word)
    return start, end
