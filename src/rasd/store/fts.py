"""Full-text indexing over Arabic, the same on SQLite FTS5 and PostgreSQL tsvector.

Both engines index two strings we build here, not the raw text:
- `exact`: the document's words in order, normalized (diacritics dropped,
  hamza/alef folded, ة→ه, ى→ي, lower-cased): phrase queries match on it;
- `stems`: every reading of every word with its clitics stripped
  (rasd.text.segment.clitic_stems): بحلب is indexed as بحلب and حلب, so a
  query حلب finds بحلب، وحلب، حَلَب but not الحلبي (whose readings are
  الحلبي، حلبي، الحلب).
Query words are normalized the same way and must each appear (AND);
a "quoted phrase" must appear as consecutive words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems, tokenize

# What both engines' tokenizers keep as one word: letters and digits only.
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_ARABIC_RE = re.compile(r"[\u0621-\u064A]")


def words(text: str) -> list[str]:
    """Normalized, lower-cased words of `text` (letters/digits runs)."""
    return _WORD_RE.findall(normalize(text).lower())


@lru_cache(maxsize=200_000)
def readings(word: str) -> list[str]:
    """A normalized word and its clitic-stripped stems (Arabic words only)."""
    if _ARABIC_RE.search(word):
        return [stem for stem, _, _ in clitic_stems(word)]
    return [word]


def index_strings(text: str) -> tuple[str, str]:
    """(exact, stems) strings to index for a document text."""
    ws = words(text)
    stems: list[str] = []
    for w in ws:
        stems.extend(readings(w))
    return " ".join(ws), " ".join(stems)


@dataclass(slots=True)
class Query:
    terms: list[str]  # each must be among a document's readings
    phrases: list[list[str]]  # each must appear as consecutive exact words

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases


def parse_query(q: str) -> Query:
    """Words and "quoted phrases" of a user query, normalized like the index."""
    terms: list[str] = []
    phrases: list[list[str]] = []
    parts = re.split(r'["«»“”]', q)
    for i, part in enumerate(parts):
        ws = words(part)
        if i % 2 == 1 and len(ws) > 1:
            phrases.append(ws)
        else:
            terms.extend(w for w in ws if w not in terms)
    return Query(terms, phrases)


def fts5_match(query: Query) -> str:
    """An FTS5 MATCH expression; every word is double-quoted so user input
    can never be read as FTS5 syntax (our words are letters/digits anyway)."""
    parts = [f'stems : "{t}"' for t in query.terms]
    parts += ["exact : \"" + " ".join(p) + '"' for p in query.phrases]
    return " AND ".join(parts)


def pg_condition(query: Query, alias: str = "s") -> tuple[str, list[str]]:
    """A WHERE fragment over doc_search `alias` and its parameters."""
    conds: list[str] = []
    params: list[str] = []
    if query.terms:
        conds.append(f"{alias}.stems @@ plainto_tsquery('simple', ?)")
        params.append(" ".join(query.terms))
    for p in query.phrases:
        conds.append(f"{alias}.exact @@ phraseto_tsquery('simple', ?)")
        params.append(" ".join(p))
    return " AND ".join(conds), params


def hits(text: str, query: Query) -> list[tuple[int, int]]:
    """Spans of `text` whose word matches a query term or phrase word."""
    wanted = set(query.terms) | {w for p in query.phrases for w in p}
    out = []
    for tok in tokenize(text):
        if not tok.is_word:
            continue
        for w in _WORD_RE.findall(tok.norm.lower()):
            if wanted.intersection(readings(w)):
                out.append((tok.start, tok.end))
                break
    return out


def snippet(text: str, spans: list[tuple[int, int]], width: int = 90) -> str:
    """Original text around the first hit (or the start), on one line."""
    if not spans:
        return " ".join(text[: 2 * width].split())
    s, e = spans[0]
    lo = max(0, s - width)
    hi = min(len(text), e + width)
    piece = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")
