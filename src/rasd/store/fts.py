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

A query word may itself carry clitics: بحلب، للحوثيين، ودمشق must find what حلب،
الحوثيين، دمشق find. Each query word therefore also matches its proclitic-stripped
readings (و ف ب ل ك ال and their combinations), each kept only when the corpus backs it:
the stripped word stands alone in at least as many documents as the word typed
(حلب in 84, بحلب in 3: kept; بنان against لبنان, لده against بلده: dropped), and it
is no function word (data/search/function_words.txt). The engine decides this inside the
one query (a scalar subquery per reading), on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.once import once
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


MIN_STEM = 3  # a stripped reading shorter than this (ما from كما) is never searched


@once
def function_words() -> frozenset[str]:
    text = (resources.files("rasd") / "data" / "search" / "function_words.txt").read_text(
        encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


@lru_cache(maxsize=20_000)
def stripped(word: str) -> tuple[str, ...]:
    """The word's readings with proclitics (conjunction, preposition, article) removed and
    nothing else: بحلب → حلب; للحوثيين → الحوثيين، لحوثيين; وبالرقة → بالرقه، الرقه، ..."""
    if not _ARABIC_RE.search(word):
        return ()
    stop = function_words()
    return tuple(stem for stem, pre, suf in clitic_stems(word)
                 if pre and not suf and len(stem) >= MIN_STEM and stem not in stop)


@dataclass(slots=True)
class Query:
    terms: list[str]  # each (or one of its backed stripped readings) among a document's readings
    phrases: list[list[str]]  # each must appear as consecutive exact words

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases

    def alternatives(self, term: str) -> tuple[str, ...]:
        return stripped(term)


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


def _fts5_df(column: str) -> str:
    return f"(SELECT count(*) FROM doc_fts WHERE doc_fts MATCH '{column} : ' || ?)"


def fts5_conditions(query: Query) -> list[tuple[str, str, list[str]]]:
    """(table, `table MATCH (...)`, parameters) over SQLite FTS5: the readings' table
    (`doc_fts_stems`, no positions) for the words, the exact words' (`doc_fts`, with
    positions) for the phrases; a document must match every one. The MATCH expression is
    assembled by SQL from parameters: each word is double-quoted so that user input can
    never be read as FTS5 syntax (our words are letters/digits anyway), and each stripped
    reading joins its word's OR group only when the corpus backs it (module docstring)."""
    out: list[tuple[str, str, list[str]]] = []
    pieces: list[str] = []
    params: list[str] = []
    for i, t in enumerate(query.terms):
        pieces.append("?" if i == 0 else "' AND ' || ?")
        params.append(f'("{t}"')
        for alt in query.alternatives(t):
            pieces.append(f"CASE WHEN {_fts5_df('exact')} >= max(1, {_fts5_df('exact')})"
                          " THEN ? ELSE '' END")
            params += [f'"{alt}"', f'"{t}"', f' OR "{alt}"']
        pieces.append("')'")
    if pieces:
        out.append(("doc_fts_stems", "doc_fts_stems MATCH (" + " || ".join(pieces) + ")",
                    params))
    if query.phrases:
        phrases = " AND ".join("exact : \"" + " ".join(p) + '"' for p in query.phrases)
        out.append(("doc_fts", "doc_fts MATCH ?", [phrases]))
    return out


def fts5_match(query: Query) -> tuple[str, str]:
    """The plain FTS5 MATCH strings with every stripped reading allowed (tests, debugging):
    (over `doc_fts_stems`, over `doc_fts`); an empty one matches everything."""
    parts = ["(" + " OR ".join(f'"{w}"' for w in (t, *query.alternatives(t))) + ")"
             for t in query.terms]
    phrases = ["exact : \"" + " ".join(p) + '"' for p in query.phrases]
    return " AND ".join(parts), " AND ".join(phrases)


def pg_condition(query: Query, alias: str = "s") -> tuple[str, list[str]]:
    """A WHERE fragment over doc_search `alias` and its parameters (same rules as SQLite)."""
    conds: list[str] = []
    params: list[str] = []

    def df(word_param: str) -> str:
        return ("(SELECT count(*) FROM doc_search x WHERE x.exact @@ "
                f"plainto_tsquery('simple', {word_param}))")

    for t in query.terms:
        expr = "plainto_tsquery('simple', ?)"
        params.append(t)
        for alt in query.alternatives(t):
            expr += (f" || CASE WHEN {df('?')} >= greatest(1, {df('?')}) THEN "
                     "plainto_tsquery('simple', ?) ELSE plainto_tsquery('simple', ?) END")
            params += [alt, t, alt, t]
        conds.append(f"{alias}.stems @@ ({expr})")
    for p in query.phrases:
        conds.append(f"{alias}.exact @@ phraseto_tsquery('simple', ?)")
        params.append(" ".join(p))
    return " AND ".join(conds), params


def hits(text: str, query: Query) -> list[tuple[int, int]]:
    """Spans of `text` whose word matches a query term (or a stripped reading of one) or a
    phrase word: the words to highlight."""
    wanted = set(query.terms) | {w for p in query.phrases for w in p}
    wanted |= {alt for t in query.terms for alt in query.alternatives(t)}
    out = []
    for tok in tokenize(text):
        if not tok.is_word:
            continue
        for w in _WORD_RE.findall(tok.norm.lower()):
            if wanted.intersection(readings(w)):
                out.append((tok.start, tok.end))
                break
    return out


def excerpt(text: str, spans: list[tuple[int, int]], width: int = 90
            ) -> tuple[str, list[tuple[int, int]]]:
    """Original text around the first hit (or the start), on one line, and the hits inside
    it as (start, end) offsets into that line: what a reader highlights."""
    if spans:
        lo = max(0, spans[0][0] - width)
        hi = min(len(text), spans[0][1] + width)
    else:
        lo, hi = 0, min(len(text), 2 * width)
    # Runs of whitespace become one space; map each kept character's offset as we go.
    out: list[str] = []
    where: dict[int, int] = {}
    for i in range(lo, hi):
        ch = text[i]
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            continue
        where[i] = len(out)
        out.append(ch)
    piece = "".join(out).strip()
    lead = len("".join(out)) - len("".join(out).lstrip())
    marks = []
    for s, e in spans:
        if s >= lo and e <= hi and s in where and (e - 1) in where:
            marks.append((where[s] - lead, where[e - 1] + 1 - lead))
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + piece + suffix, [(a + len(prefix), b + len(prefix)) for a, b in marks]


def snippet(text: str, spans: list[tuple[int, int]], width: int = 90) -> str:
    """Original text around the first hit (or the start), on one line."""
    return excerpt(text, spans, width)[0]
