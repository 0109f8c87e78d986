"""One scan of a document's tokens shared by the passes that look its words up.

Several passes of the link stage walk every token asking one question of its word (is it a
head noun, a state body's head, an area noun?) and act on the few that answer yes. A
`WordScan` asks all its questions of each distinct word once per process (the answers are
kept per word), reads each document's tokens once, and gives each pass the positions of
its words, so that the pass visits only those:

    scan = WordScan((is_head, is_area))
    for i in scan.positions(tokens, is_head): ...

A scan may be given `mask_of`, one function that answers all its tests for a word at once
(bit k set when `tests[k]` holds), where the tests share their work (the same splits of the
word): it must answer as the tests do one by one.

Given the tokens' word ids (the Document's `word_ids` layer, text.vocab), the answers are
kept per id in a byte table and a compiled pass over the ids finds the words with an answer
(and those not asked yet); a word outside the vocabulary is asked by its string as before.

The positions are ascending; a pass that skips what a phrase covered (`i = end`) skips the
positions below `i`. The last document's positions are kept per thread and given again
while the same token list (the same object, not modified) is asked about.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable, Sequence
from operator import attrgetter

from rasd.document import Token
from rasd.text.vocab import UNKNOWN, IdTable, hits

WordTest = Callable[[str], bool]
WordMask = Callable[[str], int]

# distinct words whose answers are kept; past it the kept answers start again
_MAX_WORDS = 1 << 18


class WordScan:
    """The token positions whose normalized word passes each of `tests`, from one pass."""

    def __init__(self, tests: Sequence[WordTest], mask_of: WordMask | None = None) -> None:
        if len(tests) > 62:
            raise ValueError("a WordScan holds at most 62 tests")
        self.tests = tuple(tests)
        self._mask_of = mask_of
        self._masks: dict[str, int] = {}  # word -> bit k set when tests[k] holds
        self._by_id: IdTable | None = None  # the same by word id (made on the first ids)
        self._last = threading.local()

    def positions(self, tokens: Sequence[Token], test: WordTest,
                  ids: array | None = None) -> list[int]:
        """Indices of `tokens`, ascending, whose `norm` passes `test` (one of this scan's
        tests): read from the tokens' one scan (kept while the same list is asked about),
        over `ids` (the tokens' word ids, one each) where given."""
        last = getattr(self._last, "scan", None)
        if last is None or last[0] is not tokens or last[1] != len(tokens):
            if ids is not None and len(self.tests) <= 7:  # (a byte holds a word's answers)
                last = (tokens, len(tokens), self._scan_ids(tokens, ids))
            else:
                last = (tokens, len(tokens), self._scan(tokens))
            self._last.scan = last
        return last[2][self.tests.index(test)]

    def _mask(self, word: str) -> int:
        if self._mask_of is not None:
            mask = self._mask_of(word)
        elif len(self.tests) == 1:
            mask = 1 if self.tests[0](word) else 0
        else:
            mask = 0
            for bit, test in enumerate(self.tests):
                if test(word):
                    mask |= 1 << bit
        if len(self._masks) >= _MAX_WORDS:
            self._masks = {}
        self._masks[word] = mask  # one atomic write: threads may fill it at once
        return mask

    def _scan_ids(self, tokens: Sequence[Token], ids: array) -> list[list[int]]:
        # the positions whose word has an answer or was not asked yet (one compiled pass
        # over the ids), then those asked: a word of the vocabulary once a process, a word
        # outside it by its string (kept per string)
        if len(ids) != len(tokens):
            raise ValueError("WordScan: the word ids are not one per token")
        if self._by_id is None:
            self._by_id = IdTable()
        table = self._by_id
        values = table.values
        masks = self._masks
        found = []
        got = []
        for k in hits(ids, values):
            wid = ids[k]
            mask = values[wid]
            if mask == -1:
                norm = tokens[k].norm
                mask = masks.get(norm)
                if mask is None:
                    mask = self._mask(norm)
                if wid != UNKNOWN:  # (`IdTable.set`, inline: one byte written)
                    values[wid] = mask
            if mask:  # (0: a word asked earlier in this pass)
                found.append(k)
                got.append(mask)
        return self._split(found, got)

    def _split(self, hits: list[int], masks: list[int]) -> list[list[int]]:
        """The positions `hits` (each with its answers `masks`) split by test."""
        if len(self.tests) == 1:
            return [hits]
        found: list[list[int]] = [[] for _ in self.tests]
        for i, mask in zip(hits, masks, strict=True):
            for bit, got in enumerate(found):
                if mask >> bit & 1:
                    got.append(i)
        return found

    def _scan(self, tokens: Sequence[Token]) -> list[list[int]]:
        # every token's answers in one look-up each (new words asked first), then the few
        # positions with any answer split by test
        norms = [tok.norm for tok in tokens]
        masks = list(map(self._masks.get, norms))
        if None in masks:
            masks = [self._mask(n) if m is None else m for n, m in zip(norms, masks, strict=True)]
        found = [i for i, m in enumerate(masks) if m]
        return self._split(found, [masks[i] for i in found])


_START = attrgetter("start")
_STARTS = threading.local()


def token_starts(tokens: Sequence[Token]) -> list[int]:
    """The tokens' start offsets (ascending: what the passes bisect to find a span's
    tokens). Made once for the last token list asked about (the same object, not
    modified), per thread: the link stage's passes asked for them ten times a document.
    The list is shared: read it, never change it."""
    last = getattr(_STARTS, "last", None)
    if last is None or last[0] is not tokens or last[1] != len(tokens):
        last = (tokens, len(tokens), list(map(_START, tokens)))
        _STARTS.last = last
    return last[2]
