"""Tokens and sentences: offsets into the text, never copies of it."""

from __future__ import annotations

import re

from rasd.document import Span, Token
from rasd.text.normalize import normalize

# A word: Arabic letters with their marks and tatweel, Latin letters, or a number
# (Western/Arabic-Indic/Persian digits with thousands separators and a decimal part).
_DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
_TOKEN_RE = re.compile(
    rf"{_DIGIT}+(?:[.,\u066B\u066C/:\-]{_DIGIT}+)*"      # numbers, dates 27/8/2012, times
    r"|[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF\u0640\u064B-\u065F\u0670"
    r"\uFB50-\uFDFF\uFE70-\uFEFC]+"                     # Arabic words
    r"|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?"        # Latin words
    r"|\S",                                             # any other mark, one at a time
)
_WORD_START = re.compile(r"\w", re.UNICODE)


def tokenize(text: str) -> list[Token]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        s = m.group()
        out.append(Token(m.start(), m.end(), normalize(s), bool(_WORD_START.match(s))))
    return out


# Sentence ends: . ! ? ؟ … and Arabic full stop ۔ ; a newline always ends a sentence.
_END_CHARS = set(".!?؟…۔")
_CLOSERS = set("\"'»”’)]}")
_QUOTE_PAIRS = {"«": "»", "“": "”", "(": ")", "[": "]"}


def split_sentences(text: str, tokens: list[Token]) -> list[Span]:
    """Sentences as spans, stripped of surrounding whitespace.

    Splits after a sentence-final mark (plus any closing quotes/brackets) and at
    newlines; never inside a number (the tokenizer keeps 3.5 and 27/8/2012 whole)
    nor inside an open «...» or (...) quotation on the same line.
    """
    spans: list[Span] = []
    start: int | None = None
    depth: list[str] = []
    straight_quote_open = False
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if start is None:
            start = tok.start
        ch = text[tok.start : tok.end]
        # A newline between this token and the next ends the sentence.
        nxt = tokens[i + 1] if i + 1 < n else None
        gap = text[tok.end : nxt.start] if nxt else ""
        if ch in _QUOTE_PAIRS:
            depth.append(_QUOTE_PAIRS[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif ch == '"':
            straight_quote_open = not straight_quote_open
        end_here = False
        if "\n" in gap or nxt is None:
            end_here = True
            depth.clear()
            straight_quote_open = False
        elif ch in _END_CHARS and not depth and not straight_quote_open:
            # absorb closing quotes/brackets and repeated marks right after
            j = i + 1
            while j < n and tokens[j].start == tokens[j - 1].end and (
                text[tokens[j].start] in _CLOSERS or text[tokens[j].start] in _END_CHARS
            ):
                j += 1
            i = j - 1
            tok = tokens[i]
            end_here = True
        if end_here:
            spans.append(Span(start, tok.end))
            start = None
        i += 1
    return spans


# --- clitics ---------------------------------------------------------------

# Proclitics in the order they stack: conjunction, then preposition/future, then article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك", "س")
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")


def clitic_stems(norm: str, min_stem: int = 2) -> list[tuple[str, int, int]]:
    """Readings of a normalized word as proclitics + stem + enclitic.

    Returns (stem, prefix_len, suffix_len) triples, the unsegmented word first.
    Both the stem with and without the article are produced, so a lexicon entry
    حلب matches بحلب، وحلب، لحلب and an entry الحكومة matches للحكومة.
    """
    out: list[tuple[str, int, int]] = [(norm, 0, 0)]
    seen = {norm}

    def add(stem: str, p: int, s: int) -> None:
        if len(stem) >= min_stem and stem not in seen:
            seen.add(stem)
            out.append((stem, p, s))

    prefixes = [(0, "")]
    if norm[:1] in _CONJ and len(norm) > 2:
        prefixes.append((1, norm[:1]))
    for p, _ in list(prefixes):
        rest = norm[p:]
        if rest[:1] in _PREP and len(rest) > 2:
            prefixes.append((p + 1, rest[:1]))
        if rest.startswith("لل") and len(rest) > 3:  # ل + ال
            add("ال" + rest[2:], p + 2, 0)
    for p, _ in prefixes:
        rest = norm[p:]
        add(rest, p, 0)
        if rest.startswith("ال") and len(rest) > 3:
            add(rest[2:], p + 2, 0)
        for suf in _SUFFIXES:
            if rest.endswith(suf) and len(rest) - len(suf) >= 3:
                add(rest[: -len(suf)], p, len(suf))
                if rest.endswith("ت" + suf):  # taa marbuta before a pronoun: حكومته
                    add(rest[: -len(suf) - 1] + "ه", p, len(suf) + 1)
    return out
