"""Tokens and sentences: offsets into the text, never copies of it."""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from importlib import resources

from rasd.document import Span, Token
from rasd.once import once
from rasd.text.normalize import normalize
from rasd.text.quotes import read_marks
from rasd.text.vocab import UNKNOWN, vocabulary

# A word: Arabic letters with their marks and tatweel, Latin letters, or a number
# (Western/Arabic-Indic/Persian digits with thousands separators and a decimal part).
_DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
_ARABIC = (r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF\u0640\u064B-\u065F\u0670"
           r"\uFB50-\uFDFF\uFE70-\uFEFC]")
# zero-width joiners and direction marks/embeddings: invisible, and `normalize` drops them
_INVISIBLE = r"[\u200C-\u200F\u202A-\u202E\u2066-\u2069]"
_TOKEN_RE = re.compile(
    rf"{_DIGIT}+(?:[.,\u066B\u066C/:\-]{_DIGIT}+)*"      # numbers, dates 27/8/2012, times
    rf"|{_ARABIC}+(?:{_INVISIBLE}+{_ARABIC}+)*"         # Arabic words (a direction mark inside
                                                        # one, as pasted text has, joins it)
    r"|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?"        # Latin words
    r"|\S",                                             # any other mark, one at a time
)
_WORD_START = re.compile(r"\w", re.UNICODE)


@lru_cache(maxsize=1 << 17)
def _token_info(s: str) -> tuple[str, bool, int]:
    """(matching form, is a word, the form's word id) of a token string: the same words
    recur, so cached (the vocabulary is fixed: an id never changes)."""
    norm = normalize(s)
    return norm, _WORD_START.match(s) is not None, vocabulary().get(norm, UNKNOWN)


def tokenize(text: str) -> list[Token]:
    info = _token_info
    out = []
    for m in _TOKEN_RE.finditer(text):
        norm, is_word, _ = info(m.group())
        out.append(Token(m.start(), m.end(), norm, is_word))
    return out


def tokenize_with_ids(text: str) -> tuple[list[Token], array]:
    """`tokenize`, and the tokens' word ids (text.vocab) read with them: what the segment
    stage writes (one append a token, not a second look-up)."""
    info = _token_info
    out: list[Token] = []
    ids = array("i")  # (appended to at once: no list of int objects to convert)
    add, add_id, find = out.append, ids.append, text.find
    # the token strings at once (`findall`, no match object a token), each one's offset the
    # first place it occurs from the end of the one before: every character the expression
    # passes over is whitespace (its last branch takes any other one) and no token starts
    # with whitespace, so no earlier occurrence can start in between
    end = 0
    for s in _TOKEN_RE.findall(text):
        norm, is_word, wid = info(s)
        start = find(s, end)
        end = start + len(s)
        add(Token(start, end, norm, is_word))
        add_id(wid)
    return out, ids


# Sentence ends: . ! ? ؟ … and Arabic full stop ۔ ; a newline always ends a sentence.
_END_CHARS = set(".!?؟…۔")
_CLOSERS = set("\"'»”’)]}")
_QUOTE_PAIRS = {"«": "»", "“": "”", "‘": "’", "(": ")", "[": "]", "{": "}"}
_ERA_MARKS = {"م", "هـ", "ه", "ق.م"}
# A quotation left open this long (characters) was never closed: stop honouring it.
_MAX_QUOTE = 600
# A run of tokens with no sentence end (a table, a list, hostile input) is cut here: the
# taggers hold state per token of a sentence, so this bounds their memory per sentence.
# Real sentences in news stay far below it (the longest of 19,002 in the news data: 526 tokens).
MAX_SENTENCE_TOKENS = 1000


@once
def abbreviations() -> frozenset[str]:
    """Words whose final period is not a sentence end (data/segment/abbreviations.txt)."""
    path = resources.files("rasd").joinpath("data", "segment", "abbreviations.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@once
def credit_frames() -> frozenset[str]:
    """Normalized source frames that a glued full stop does not cut off from the sentence
    before them (data/segment/credit_frames.txt): «صالح.وفقا لشبكة سكاي نيوز.»."""
    path = resources.files("rasd").joinpath("data", "segment", "credit_frames.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


def _is_number(s: str) -> bool:
    return s[:1].isdigit()


def _abbreviation_before(text: str, tokens: list[Token], i: int, start: int) -> bool:
    """Is the period tokens[i] part of an abbreviation or initial (د. / U.S. / Mr.)?"""
    if i == 0 or tokens[i - 1].end != tokens[i].start:
        return False
    prev = tokens[i - 1]
    word = text[prev.start : prev.end]
    if not prev.is_word or _is_number(word):
        # "1." numbering a list item at the start of a line is no sentence
        return _is_number(word) and prev.start == start
    # a chain like U.S or e.g: the letters before joined by periods
    j = i - 1
    while j >= 2 and text[tokens[j - 1].start : tokens[j - 1].end] == "." \
            and tokens[j - 1].start == tokens[j - 2].end and tokens[j].start == tokens[j - 1].end:
        j -= 2
    chain = text[tokens[j].start : prev.end].lower()
    if word in _ERA_MARKS and j >= 1 and _is_number(text[tokens[j - 1].start : tokens[j - 1].end]):
        return False  # "عام 2016 م." ends a sentence
    return len(word.rstrip("ـ")) == 1 or chain in abbreviations() or word.lower() in abbreviations()


_ARABIC_WORD = re.compile(rf"{_ARABIC}+")
_GLUED_MARKS = re.compile(r"\.|[!?؟]+\.?")  # one full stop (never an ellipsis ..), or ! ? ؟


def _glued_end(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Does the mark run tokens[i:j], with no space after it, end a sentence before the
    word tokens[j]? Yes when the run is one full stop or a ! ? ؟ run (closing quotes may
    follow) and tokens[j] is an Arabic word of two letters or more that no glued period
    follows: «العراق .وأفاد», «قتلى.وأفاد», «يتأخر».ودعت», «المالكي؟انتقائية». Not an
    ellipsis (حلب..رغم), a credit line (صالح.وفقا لشبكة سكاي نيوز: `credit_frames`), a
    Latin word or URL after (U.S.A, alweeam.com), an initial after (حسام .ح. س, حسين.أ)
    nor a dotted chain (إن.بي.سي); initials and abbreviations before (د.محمد) are
    `_abbreviation_before`'s."""
    if j >= len(tokens):
        return False
    if i >= 1 and tokens[i - 1].end == tokens[i].start and text[tokens[i - 1].start] in _END_CHARS:
        return False  # inside a run already judged at its first mark: حلب..رغم
    run = text[tokens[i].start : tokens[j - 1].end].rstrip("".join(_CLOSERS))
    word = tokens[j]
    if not _GLUED_MARKS.fullmatch(run) or not _ARABIC_WORD.fullmatch(text[word.start : word.end]):
        return False
    if len(word.norm) < 2:
        return False  # an initial: حسين.أ
    if word.norm in credit_frames():
        return False  # a credit line of the sentence before: صالح.وفقا لشبكة سكاي نيوز
    if j + 1 < len(tokens) and tokens[j + 1].start == word.end and text[word.end] == ".":
        return False  # a dotted chain or initial after: إن.بي.سي, .ح.
    if run == "." and i >= 1 and tokens[i - 1].end == tokens[i].start:
        before = text[tokens[i - 1].start : tokens[i - 1].end]
        if before[:1].isascii() and before[:1].isalpha():
            return False  # Latin or a URL before: CNN.com
        if i >= 2 and text[tokens[i - 2].start] == "." and tokens[i - 2].end == tokens[i - 1].start:
            return False  # the end of a dotted chain: إن.بي.سي
    return True


def split_sentences(text: str, tokens: list[Token]) -> list[Span]:
    """Sentences as spans, stripped of surrounding whitespace, in order, non-overlapping.

    A sentence ends after a final mark (. ! ? ؟ … ۔ plus closing quotes and
    repeated marks) when whitespace follows, and at every newline; a lone full
    stop or a ! ? ؟ run also ends one before a glued Arabic word (`_glued_end`:
    العراق .وأفاد، قتلى.وأفاد). It does not end inside a number (the tokenizer
    keeps 3.5 and 27/8/2012 whole), after an abbreviation or initial (د. محمد،
    U.S.), before a word glued to an ellipsis (حلب..رغم), nor
    inside an open «...», “...” or (...) on the same line; a quotation that ends
    with a final mark ends the sentence when it closes. A guillemet on a line written »…«
    or »…» is read as its line faces (text.quotes.read_marks).
    """
    spans: list[Span] = []
    marks = read_marks(text)  # offset -> the mark a guillemet reads as (most texts: none)
    start: int | None = None
    depth: list[tuple[str, int]] = []  # expected closer, where it opened
    straight_open: int | None = None  # offset of an open straight quote
    n = len(tokens)
    first = 0  # index of the current sentence's first token
    i = 0
    while i < n:
        tok = tokens[i]
        if start is None:
            start = tok.start
            first = i
        if tok.is_word and i + 1 < n and i + 1 - first < MAX_SENTENCE_TOKENS \
                and "\n" not in text[tok.end : tokens[i + 1].start]:
            # a word within its line and sentence: no mark test below can hold for it (it is
            # no quote, bracket or final mark) and nothing ends here; the quotes' age is
            # judged at the next mark or sentence end, where it is read, with the same answer
            i += 1
            continue
        ch = text[tok.start : tok.end]
        if marks and tok.start in marks:
            ch = marks[tok.start]
        nxt = tokens[i + 1] if i + 1 < n else None
        gap = text[tok.end : nxt.start] if nxt else ""
        if depth and tok.start - depth[-1][1] > _MAX_QUOTE:
            depth.clear()
        if straight_open is not None and tok.start - straight_open > _MAX_QUOTE:
            straight_open = None
        closed_quote = False
        if ch in _QUOTE_PAIRS:
            depth.append((_QUOTE_PAIRS[ch], tok.start))
        elif depth and ch == depth[-1][0]:
            depth.pop()
            closed_quote = not depth and straight_open is None
        elif ch == '"':
            if straight_open is None:
                straight_open = tok.start
            else:
                straight_open = None
                closed_quote = not depth
        end_here = False
        if "\n" in gap or nxt is None or i + 1 - first >= MAX_SENTENCE_TOKENS:
            end_here = True
            depth.clear()
            straight_open = None
        elif closed_quote and i > 0 and text[tokens[i - 1].start] in _END_CHARS and gap:
            end_here = True  # «... انتهى.» then a space
        elif ch in _END_CHARS and not depth and straight_open is None:
            # absorb closing quotes/brackets and repeated marks right after
            j = i + 1
            while j < n and tokens[j].start == tokens[j - 1].end and (
                (c := marks.get(tokens[j].start) or text[tokens[j].start]) in _CLOSERS
                or c in _END_CHARS
            ):
                if c == '"' and straight_open is None:
                    break  # an opening quote glued to the mark belongs to what follows
                j += 1
            last = tokens[j - 1]
            after = text[last.end : tokens[j].start] if j < n else " "
            if (after or _glued_end(text, tokens, i, j)) \
                    and not (ch == "." and _abbreviation_before(text, tokens, i, start)):
                i = j - 1
                tok = last
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
_IMPERFECT = "يتنا"  # the future س only comes before an imperfect verb: سيقول, not سليما
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")
# the third-person pronoun suffixes among them (a verb's object, a noun's possessor: ضربوها،
# قصره); no one of them ends another, so a word ends in at most one
THIRD_PERSON_SUFFIXES = ("ها", "هم", "هما", "هن", "ه")


# the suffixes by their last letter, each group in _SUFFIXES' order: a word ending in
# none of these letters (most) tests no suffix
_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _suf in _SUFFIXES:
    _SUFFIXES_BY_LAST[_suf[-1]] = (*_SUFFIXES_BY_LAST.get(_suf[-1], ()), _suf)


def in_with_article(word: str, words: set[str] | frozenset[str]) -> bool:
    """The word is one of `words` as it stands or after dropping a leading article ال
    (الطائرات of طائرات). No length guard: the lists hold whole stems, and a caller's word is
    already a stem or a token without its و/ف."""
    return word in words or word[:2] == "ال" and word[2:] in words


def in_with_conjunction(word: str, words: set[str] | frozenset[str]) -> bool:
    """The word is one of `words` as it stands or after dropping a leading conjunction و/ف.
    No length guard, unlike View.bare: both readings of وضع (the verb, و + ضع) are tried and
    the caller's list decides, for lists with no short word a clitic could fake."""
    return word in words or word[:1] in "وف" and word[1:] in words


@lru_cache(maxsize=1 << 18)
def clitic_stems(norm: str, min_stem: int = 2) -> tuple[tuple[str, int, int], ...]:
    """Readings of a normalized word as proclitics + stem + enclitic (cached: every
    layer asks for the same words).

    Returns (stem, prefix_len, suffix_len) triples, the unsegmented word first.
    Both the stem with and without the article are produced, so a lexicon entry
    حلب matches بحلب، وحلب، لحلب and an entry الحكومة matches للحكومة.
    """
    # (each reading is added once, the first time it is found, if at least min_stem long;
    # written out inline: a new word of every document comes here once)
    out: list[tuple[str, int, int]] = [(norm, 0, 0)]
    seen = {norm}
    prefixes = [0]
    if norm[:1] in _CONJ and len(norm) > 2:
        prefixes.append(1)
    for p in tuple(prefixes):
        rest = norm[p:]
        if rest[:1] in _PREP and len(rest) > 2 and (rest[0] != "س" or rest[1] in _IMPERFECT):
            prefixes.append(p + 1)
        if rest.startswith("لل") and len(rest) > 3:  # ل + ال: للحوار is الحوار and حوار
            for stem in ("ال" + rest[2:], rest[2:]):
                if len(stem) >= min_stem and stem not in seen:
                    seen.add(stem)
                    out.append((stem, p + 2, 0))
    for p in prefixes:
        rest = norm[p:]
        if len(rest) >= min_stem and rest not in seen:
            seen.add(rest)
            out.append((rest, p, 0))
        if rest.startswith("ال") and len(rest) > 3:
            stem = rest[2:]
            if len(stem) >= min_stem and stem not in seen:
                seen.add(stem)
                out.append((stem, p + 2, 0))
        for suf in _SUFFIXES_BY_LAST.get(rest[-1:], ()):
            n = len(suf)
            if rest.endswith(suf) and len(rest) - n >= 3:
                stem = rest[:-n]
                if len(stem) >= min_stem and stem not in seen:
                    seen.add(stem)
                    out.append((stem, p, n))
                if rest.endswith("ت" + suf):  # taa marbuta before a pronoun: حكومته
                    stem = rest[: -n - 1] + "ه"
                    if len(stem) >= min_stem and stem not in seen:
                        seen.add(stem)
                        out.append((stem, p, n + 1))
    return tuple(out)
