"""One name, one type across a document: untagged repeats of a tagged name get its tag.

A name is tagged where its context is clear (بيان شركة مايكروسوفت) and may be
missed where it is not (... ومايكروسوفت). After tagging, every exact repeat
(same normalized words) of a name tagged elsewhere in the document, left
untagged, gets the name's majority type; so does a person's last name standing
alone (بوش after جورج بوش). A one-word name is not spread when
it is short, or when the training text mostly used the word outside names: a
common word tagged once by mistake must not spread. On ANERcorp dev this adds
0.012 F1 (docs/entities.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.entities.features import context_keys, lexicon, norm_word
from rasd.evaluate_ner import chunks

Name = tuple[str, ...]


@lru_cache(maxsize=50_000)
def _spreads(name: Name) -> bool:
    if len(name) > 1:
        return True
    word = name[0]
    if len(word) < 3:
        return False
    seen, named = lexicon().get(context_keys(word)[1], (0, 0))  # by core stem, as counted
    return seen < 3 or named * 2 >= seen


def _names(found: Sequence[list[tuple[Name, str]]],
           words: set[str] | None = None) -> dict[str, list[tuple[Name, str]]]:
    """Spreadable names (those starting with one of `words`, if given) with their majority
    type, by first word, longest first."""
    types: dict[Name, dict[str, int]] = {}
    for sentence in found:
        for name, typ in sentence:
            names = [name]
            if typ == "PER" and len(name) > 1:  # the surname alone later: بوش after جورج بوش
                names.append(name[-1:])
            for n in names:
                if words is None or n[0] in words:
                    counts = types.setdefault(n, {})
                    counts[typ] = counts.get(typ, 0) + 1
    out: dict[str, list[tuple[Name, str]]] = {}
    for name, counts in sorted(types.items(), key=lambda x: -len(x[0])):
        if _spreads(name):
            out.setdefault(name[0], []).append((name, max(counts, key=counts.__getitem__)))
    return out


def _fill(norms: list[str], tags: list[str], names: dict[str, list[tuple[Name, str]]]) -> None:
    if not names:
        return
    get = names.get
    # (only the words that start a name: whether one does never depends on the tags)
    for a, word in [(a, w) for a, w in enumerate(norms) if w in names]:
        for name, typ in get(word, ()):
            k = len(name)
            if tuple(norms[a : a + k]) == name and all(t == "O" for t in tags[a : a + k]):
                tags[a : a + k] = ["B-" + typ] + ["I-" + typ] * (k - 1)
                break


def propagate(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
              window: int | None = None,
              norms: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
    """`tags` with untagged repeats of tagged names filled in; the document is all the
    sentences, or (`window`) those within that many sentences on each side (`norms`: the
    sentences' `norm_word`s, when the caller has them)."""
    if norms is None:
        norms = [[norm_word(w) for w in s] for s in sentences]
    found = [[(tuple(n[a:b]), typ) for a, b, typ in chunks(t)]
             for n, t in zip(norms, tags, strict=True)]
    out = [list(t) for t in tags]
    if window is None:
        every = _names(found)
        for n, t in zip(norms, out, strict=True):
            _fill(n, t, every)
        return out
    for i, (n, t) in enumerate(zip(norms, out, strict=True)):
        _fill(n, t, _names(found[max(0, i - window) : i + window + 1], set(n)))
    return out
