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

The positions are ascending; a pass that skips what a phrase covered (`i = end`) skips the
positions below `i`. The last document's positions are kept per thread and given again
while the same token list (the same object, not modified) is asked about.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from rasd.document import Token

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
        self._last = threading.local()

    def positions(self, tokens: Sequence[Token], test: WordTest) -> list[int]:
        """Indices of `tokens`, ascending, whose `norm` passes `test` (one of this scan's
        tests): read from the tokens' one scan (kept while the same list is asked about)."""
        last = getattr(self._last, "scan", None)
        if last is None or last[0] is not tokens or last[1] != len(tokens):
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

    def _scan(self, tokens: Sequence[Token]) -> list[list[int]]:
        # every token's answers in one look-up each (new words asked first), then the few
        # positions with any answer split by test
        norms = [tok.norm for tok in tokens]
        masks = list(map(self._masks.get, norms))
        if None in masks:
            masks = [self._mask(n) if m is None else m for n, m in zip(norms, masks, strict=True)]
        hits = [i for i, m in enumerate(masks) if m]
        if len(self.tests) == 1:
            return [hits]
        found: list[list[int]] = [[] for _ in self.tests]
        for i in hits:
            mask = masks[i]
            for bit, got in enumerate(found):
                if mask >> bit & 1:
                    got.append(i)
        return found
