"""A small integer id for each word of the package's language data, fixed at load.

Several passes ask one question of every token's word (`scan.WordScan`'s tests, the phrase
matchers' "does an entry start here"): each looked the word's string up in its own dict,
token by token. The segment stage writes the tokens' ids as the Document's `word_ids`
layer (`segment.tokenize_with_ids`; `ids_of` for any other list), as spaCy's `Doc` holds
`orth` ids, and those passes read per-word answers from a table indexed by id
(`IdTable`) in a compiled loop.

The vocabulary is every word of the language data files (the lexicons, the word lists,
the KB's names: `SOURCES`), read once, sorted, and never grown: a word outside it has
the id `UNKNOWN` (0), and a pass asks such a word by its string as before. So the ids
are the same in every process and thread, and a stream of any length of documents adds
nothing to it (its size is `len(vocabulary())`: 60,256 words, ~86 % of the demo
articles' tokens).
"""

from __future__ import annotations

import re
import threading
from array import array
from collections.abc import Sequence
from importlib import resources
from importlib.abc import Traversable
from types import ModuleType

from rasd.document import Token
from rasd.text.normalize import normalize

UNKNOWN = 0  # the id of every word outside the vocabulary

# the data folders whose text files give the vocabulary's words (data/<folder>/, nested
# folders included), and the file kinds read: the words the matchers and word tests are
# written in (the models' weights and the store's settings are not language data)
SOURCES = ("claims", "events", "kb", "lexicon_guard", "ner", "numbers", "segment", "time")
_KINDS = (".txt", ".tsv", ".json", ".jsonl")
# the words of a file: Arabic letters with their marks (as segment reads them), Latin
# ones, or one punctuation mark (the brackets and quotes are asked about as words are)
_WORD = re.compile(r"[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF"
                   r"\uFB50-\uFDFF\uFE70-\uFEFC]+|[A-Za-z\u00C0-\u024F]+|[^\w\s]")

_LOCK = threading.Lock()
_VOCAB: list[dict[str, int]] = []  # the vocabulary, once read


def vocabulary() -> dict[str, int]:
    """normalized word -> id (1 ...), read once from the data files (thread-safe)."""
    if not _VOCAB:
        with _LOCK:
            if not _VOCAB:
                _VOCAB.append(_read())
    return _VOCAB[0]


def _files(folder: Traversable) -> list[Traversable]:
    out = []
    for item in folder.iterdir():
        if item.is_dir():
            out += _files(item)
        elif item.name.endswith(_KINDS):
            out.append(item)
    return out


def _read() -> dict[str, int]:
    data = resources.files("rasd").joinpath("data")
    spellings: set[str] = set()
    for name in SOURCES:
        for f in _files(data.joinpath(name)):
            spellings.update(_WORD.findall(f.read_text(encoding="utf-8")))
    words = sorted({normalize(s) for s in spellings} - {""})
    return {w: k for k, w in enumerate(words, start=UNKNOWN + 1)}


def ids_of(tokens: Sequence[Token]) -> array:
    """The tokens' word ids (array of int32), `UNKNOWN` for a word outside the vocabulary."""
    get = vocabulary().get
    return array("i", [get(t.norm, UNKNOWN) for t in tokens])


def aligned(ids: array | None, tokens: Sequence[Token]) -> array | None:
    """`ids` if they are one per token of `tokens` (a document's `word_ids` and its
    `tokens`), else None: a pass then reads the words themselves."""
    return ids if ids is not None and len(ids) == len(tokens) and len(ids) else None


class IdTable:
    """A per-word answer (a signed byte; -1: not asked yet) indexed by word id. The
    unknown id's entry stays -1: a word outside the vocabulary is asked by its string."""

    __slots__ = ("values",)

    def __init__(self) -> None:
        self.values = array("b", [-1]) * (len(vocabulary()) + 1)

    def set(self, wid: int, value: int) -> None:
        if wid != UNKNOWN:  # (one byte written: threads may fill the table at once)
            self.values[wid] = value


_HOT: list[ModuleType | None] = []  # the compiled loops, looked up on the first ask


def _hot() -> ModuleType | None:
    if not _HOT:
        from rasd.entities.compiled import hot  # (late: the entity package imports text)

        _HOT.append(hot())
    return _HOT[0]


def hits(ids: array, values: array, a: int = 0, b: int = -1) -> list[int]:
    """The positions k in [a, b) (b -1: to the end), ascending, where values[ids[k]] is not
    0: the words with an answer, and those not asked yet (-1, the unknown word's always).
    One compiled pass where `rasd.entities._hot` is built."""
    hot = _hot()
    if b < 0 or b > len(ids):
        b = len(ids)
    if hot is not None:
        return hot.id_hits(ids, values, a, b)  # type: ignore[no-any-return]
    return [k for k in range(max(a, 0), b) if values[ids[k]]]
