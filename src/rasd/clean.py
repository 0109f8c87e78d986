"""Boilerplate removal for plain text: the body is kept verbatim, removed blocks listed.

Cleaning works on whole lines. Each line is classified by the cue patterns of
`data/boilerplate/patterns.json` (subscription links, "read also" blocks,
comment prompts, share bars, copyright, bylines, navigation, ad markers) and
by the shape of page widgets (weather, currency rates, date stamps, lists of
dated headlines, lone URLs, image captions). A few rules look at context: a
"read also" header takes the headline list under it, a run of dated
headlines takes the undated headlines just above it, and a short "outlet -
name" line counts as a byline only above the first or below the last
paragraph. The kept lines are joined back with newlines, each one exactly as
it was, so `text` never contains a character the input did not. One
exception may cut inside a line: a cue marked `tail` in the data (the agency
end mark "// انتهى //"; the link line's flag is off) also takes the end of the
last paragraph after its last sentence end ("... مطار عدن الدولي. // انتهى //");
the paragraph keeps its characters up to there.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from rasd.once import once
from rasd.text.normalize import normalize, normalize_key

# An e-mail address starts where a run of its characters starts, and that run is
# taken whole (possessive): no retry inside one long word, so a search is linear.
_URL = r"(?:<?(?:https?://|www\.)\S+>?|(?<![\w.+-])[\w.+-]++@[\w-]+\.[\w.]+)"
_LONE_URLS = re.compile(rf"^{_URL}(?:\s+{_URL})*$")
_HAS_URL = re.compile(_URL)
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$")
_MD_LINK = re.compile(r"^[-*•]?\s*\[[^\]]+\]\(\S+\)\s*$")
_NUM = r"[-+]?\d[\d.,]*%?"
_SEP_RE = re.compile(r"[\s|•·/\\,;:()\[\]{}<>«»\"'!?*_=+~#^-]+")
_FINAL = ".:;,"  # a line ending in these is running text, not a headline
_PARA_WORDS = 20
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class _Cue:
    name: str
    max_words: int
    header: bool
    sentence_guard: bool
    tail: bool  # may also end the last paragraph, glued after a sentence end
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class _Rules:
    cues: tuple[_Cue, ...]
    ad_markers: frozenset[str]
    share_core: frozenset[str]
    share_words: frozenset[str]
    share_phrases: tuple[str, ...]  # multi-word share words, longest first
    agencies: re.Pattern[str]
    currency: re.Pattern[str]
    weather_words: frozenset[str]
    month: str  # regex alternation of month names
    calendar_words: frozenset[str]  # weekdays and date-stamp words
    date_prefix: re.Pattern[str]
    max_words: int  # the longest line any category may take


def _load(name: str) -> dict:
    path = resources.files("rasd").joinpath("data", "boilerplate", name)
    return json.loads(path.read_text(encoding="utf-8"))


_ESCAPE_RE = re.compile(r"(\\.)")


def pattern_key(pattern: str) -> str:
    """A regex folded like the text it is matched against: letters normalized and
    lower-cased, its escapes (``\\S``, ``\\D``, ``\\B``) left as written so that
    folding never turns one class into its opposite."""
    parts = _ESCAPE_RE.split(pattern)
    folded = "".join(p if i % 2 else normalize(p).lower() for i, p in enumerate(parts))
    return re.sub(r"\s+", " ", folded).strip()


def _alt(words: list[str]) -> str:
    keys = sorted({normalize_key(w) for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(k) for k in keys)


@once
def _rules() -> _Rules:
    data = _load("patterns.json")
    cal = _load("calendar.json")
    cues = tuple(
        _Cue(name, spec["max_words"], bool(spec.get("header")), bool(spec.get("sentence_guard")),
             bool(spec.get("tail")), tuple(re.compile(pattern_key(p)) for p in spec["patterns"]))
        for name, spec in data["cues"].items()
    )
    share_core = {normalize_key(w) for w in data["share"]["core"]}
    share_filler = {normalize_key(w) for w in data["share"]["filler"]}
    months = [m for names in (*cal["months"].values(), *cal["hijri_months"].values())
              for m in names]
    month = _alt(months)
    weekdays = {normalize_key(d) for names in cal["weekdays_monday0"].values() for d in names}
    stamp = {normalize_key(w) for w in data["date_stamp_words"]}
    cur = _alt(data["currencies"])
    date_prefix = re.compile(
        rf"^(?:(?:{_alt([d for v in cal['weekdays_monday0'].values() for d in v])})\s*,?\s*)?"
        rf"(?:\d{{1,2}}\s*(?:{month})(?:\s*\((?:{month})(?:\s*-\s*(?:{month}))?\))?\s*,?\s*\d{{4}}"
        rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}})"
    )
    return _Rules(
        cues=cues,
        ad_markers=frozenset(normalize_key(w) for w in data["ad_markers"]),
        share_core=frozenset(w for w in share_core if " " not in w),
        share_words=frozenset(w for w in share_core | share_filler if " " not in w),
        share_phrases=tuple(sorted((w for w in share_core | share_filler if " " in w),
                                   key=len, reverse=True)),
        agencies=re.compile(rf"^[(\[\-–— ]*(?:{_alt(data['agencies'])})"
                            rf"(?:\s*(?:[,/\-–—]|و)\s*(?:{_alt(data['agencies'])}))*[)\]\-–— .]*$"),
        currency=re.compile(rf"^(?:(?:{_alt(data['currency_prefixes'])})\s+)?(?:{_NUM}\s*(?:{cur})|(?:{cur})\s*[:=]?\s*{_NUM})"
                            rf"(?:\s*[▲▼↑↓]?\s*{_NUM})?\s*[▲▼↑↓]?$"),
        weather_words=frozenset(normalize_key(w) for w in data["weather_words"]),
        month=month,
        calendar_words=frozenset(weekdays | stamp),
        date_prefix=date_prefix,
        max_words=max(30, *(c.max_words for c in cues)),
    )


# --- one line on its own -----------------------------------------------------


def _words(line: str) -> int:
    # the runs of non-space characters (`\S+`): `str.split` cuts at the very characters the
    # regex `\s` matches, in a third of the time of `findall`
    return len(line.split())


def _is_date_stamp(key: str, r: _Rules) -> bool:
    """A line made only of a date/time: weekday, day, month, year, hour, 'updated'..."""
    if not any(ch.isdigit() for ch in key):
        return False
    rest = re.sub(rf"(?:{r.month})", " ", key)
    named = rest != key
    tokens = [t for t in _SEP_RE.split(rest) if t]
    words = [t for t in tokens if not t.replace(".", "").isdigit()]
    if any(w not in r.calendar_words for w in words):
        return False
    if named or any(w in r.calendar_words - {"في", "on", "at", "م", "ص"} for w in words):
        return True
    if re.search(r"\d:\d\d", key) and all(w in {"ص", "م", "am", "pm"} for w in words):
        return True  # a clock time: "10:30 ص"
    return bool(re.fullmatch(r"[\d\s/.:\-]+", key)) and bool(re.search(r"\d[/.\-]\d", key))


def _is_share_bar(key: str, r: _Rules) -> bool:
    for phrase in r.share_phrases:
        key = key.replace(phrase, " share ")
    tokens = [t for t in _SEP_RE.split(key) if t and not _is_symbol(t)]
    return bool(tokens) and len(tokens) <= 15 and all(t in r.share_words for t in tokens) \
        and any(t in r.share_core for t in tokens)


def _is_symbol(token: str) -> bool:
    return not any(ch.isalnum() for ch in token)


def _is_weather(key: str, r: _Rules) -> bool:
    if _words(key) > 6 or key.endswith("."):
        return False
    if "°" in key:
        return True
    tokens = [t for t in _SEP_RE.split(re.sub(r"\d[\d.,]*%?", " ", key)) if t]
    return bool(tokens) and all(t in r.weather_words for t in tokens)


def classify_line(line: str) -> str | None:
    """The boilerplate category of one line seen alone, or None for article text."""
    stripped = line.strip()
    if not stripped:
        return None
    if _LONE_URLS.match(stripped):
        return "url"
    n = _words(stripped)
    r = _rules()
    if n > r.max_words:
        return None  # running text: no category takes a line this long
    key = normalize_key(stripped)
    if _MD_IMAGE.match(stripped):
        return "image"
    if _MD_LINK.match(stripped):
        return "related"
    bare = key.strip("-–—*•·|# ")
    if key in r.ad_markers or bare in r.ad_markers:
        return "ad"
    sentence = n >= 8 and stripped[-1] in ".!؟?"
    # "[اقرأ أيضا: ...]", "« شارك »": cues are also tried without wrapping marks
    unwrapped = key.strip("[](){}\"'*•·|#-–— ")
    for cue in r.cues:
        if n <= cue.max_words and not (cue.sentence_guard and sentence) \
                and any(p.search(key) or p.search(unwrapped) for p in cue.patterns):
            return cue.name
    # a short line built around a link: "للمزيد: https://..."
    if n <= 12 and _HAS_URL.search(stripped) and not stripped.endswith(".") \
            and n - len(_HAS_URL.findall(stripped)) <= 6:
        return "url"
    if n <= 6 and r.agencies.match(key):
        return "byline"
    if n <= 6 and r.currency.match(key):
        return "currency"
    if _is_weather(key, r):
        return "weather"
    if n <= 15 and _is_date_stamp(key, r):
        return "date"
    if n <= 15 and _is_share_bar(key, r):
        return "share"
    return None


# --- lines in context --------------------------------------------------------

_NAME = r"[^\d\s.:!?؟،,/\-–—]+(?: [^\d\s.:!?؟،,/\-–—]+){0,2}"
_DASH_BYLINE = re.compile(rf"^{_NAME}\s*[-–—/]\s*{_NAME}(?:\s*/\s*{_NAME})*$")


def _is_paragraph(line: str) -> bool:
    s = line.strip()
    n = _words(s)
    return n > _PARA_WORDS or (n >= 6 and s[-1:] in ".!؟?…")


def _is_headline(line: str) -> bool:
    s = line.strip()
    return 0 < _words(s) <= _PARA_WORDS and s[-1:] not in _FINAL


def _dated_headline(line: str) -> bool:
    """A related-links entry: a date stamp with a headline after it (often glued)."""
    if _words(line) > 25:
        return False
    return bool(_rules().date_prefix.match(normalize_key(line.strip()[:120])))


def classify_lines(lines: list[str]) -> list[str | None]:
    """Category of each line (None: article text), using the lines around it."""
    labels = [classify_line(line) for line in lines]
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return labels
    first_content = content[0]
    pos = {i: k for k, i in enumerate(content)}

    def prev(i: int) -> int | None:
        return content[pos[i] - 1] if pos[i] > 0 else None

    # Lists of dated headlines ("2 حزيران 2018<headline>"): two or more in a run,
    # or one whose headline is glued to the year; undated headlines just above
    # the run belong to it, but never the first line (the article's own title).
    dated = {i for i in content if labels[i] in (None, "date") and _dated_headline(lines[i])}
    glued = {i for i in dated if re.search(r"\d[^\W\d_]", lines[i])}
    runs: list[list[int]] = []
    for i in content:
        if i in dated:
            if runs and runs[-1][-1] == prev(i):
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        if len(run) >= 2 or run[0] in glued:
            for i in run:
                labels[i] = "related"
            j = prev(run[0])
            taken = 0
            while j is not None and j != first_content and taken < 3 and labels[j] is None \
                    and _is_headline(lines[j]):
                labels[j] = "related"
                taken += 1
                j = prev(j)

    # A "read also" header alone on its line takes the headline list under it.
    cues = {c.name: c for c in _rules().cues}
    for i in content:
        if labels[i] in cues and cues[labels[i]].header and _header_only(lines[i]):
            k = pos[i] + 1
            while k < len(content):
                j = content[k]
                if labels[j] is None and _is_headline(lines[j]):
                    labels[j] = "related"
                elif labels[j] not in ("related", "url", "image", "date"):
                    break
                k += 1

    # "outlet - name" bylines, only outside the run of paragraphs.
    paras = [i for i in content if labels[i] is None and _is_paragraph(lines[i])]
    if paras:
        for i in content:
            if (i < paras[0] or i > paras[-1]) and labels[i] is None \
                    and _words(re.sub(r"[-–—/]", " ", lines[i])) <= 4 \
                    and _DASH_BYLINE.match(lines[i].strip()) and not _is_dateline(lines[i]):
                labels[i] = "byline"
    return labels


def _is_dateline(line: str) -> bool:
    """"عين اليوم – بيروت", "الرياض - واس": a part is a city or country, where the report
    was filed. A dateline is part of the report (its place is a fact about it),
    unlike a reporter's byline ("عين اليوم – محمد أحمد").
    """
    from rasd.entities.kb import get_kb  # the places rasd links to

    kb = get_kb()
    return any(e.kind in ("city", "country", "governorate")
               for part in re.split(r"[-–—/]", line.strip()) for e in kb.lookup(part.strip()))


# Where a glued link line may start: after a sentence end (and closing quotes) and spaces.
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])[\"'»”)\]]*\s+(?=\S)")


def _cue_takes(text: str, cue: _Cue) -> bool:
    n = _words(text)
    key = normalize_key(text)
    return n <= cue.max_words and not (cue.sentence_guard and n >= 8 and text[-1] in ".!؟?") \
        and any(p.search(key) for p in cue.patterns)


def glued_tail(line: str, cues: tuple[_Cue, ...] | None = None) -> int | None:
    """Where a `tail` cue's line glued to the end of a paragraph starts, or None.

    "... في ريف اللاذقية. رابط الخبر بصحيفة الوئام: <headline>": the tail from the
    first sentence end after which a `tail` cue (of `cues`, default the data's)
    takes the whole rest of the line.
    """
    stripped = line.rstrip()
    tails = [c for c in (_rules().cues if cues is None else cues) if c.tail]
    if not tails:
        return None
    # the words after each sentence end counted as the ends go (each end is a word's start,
    # after spaces: no word straddles it), and a rest longer than every tail cue's
    # `max_words` skipped, as `_cue_takes` refuses it first: the line is read once, not
    # once (and normalized once) an end
    most = max(c.max_words for c in tails)
    left, at = _words(stripped), 0
    for m in _SENTENCE_END.finditer(stripped):
        left -= _words(stripped[at:m.end()])
        at = m.end()
        if left > most:
            continue
        rest = stripped[at:]
        if any(_cue_takes(rest, c) for c in tails):
            return at
    return None


def _header_only(line: str) -> bool:
    """'اقرأ أيضا :' with nothing after it (a list header, not an inline link)."""
    s = line.strip()
    return _words(s) <= 4 and (s[-1:] in ":：" or _words(s) <= 3)


def clean_text(raw: str) -> tuple[str, list[str]]:
    """Split `raw` into (body, removed lines). Body characters are never altered.

    The body is the kept lines, each verbatim, joined by newlines; runs of blank
    lines become one blank line and blank lines at either end are dropped.
    """
    lines = _NEWLINE.split(raw)  # not str.splitlines: U+2028, \x0c etc. stay in their line
    labels = classify_lines(lines)
    last = max((i for i, line in enumerate(lines) if labels[i] is None and line.strip()),
               default=None)
    kept: list[str] = []
    removed: list[str] = []
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label is not None:
            removed.append(line.strip())
        elif line.strip():
            cut = glued_tail(line) if i == last else None
            if cut is None:
                kept.append(line)
            else:  # the paragraph keeps its own characters; the glued link line goes
                kept.append(line[:cut].rstrip())
                removed.append(line[cut:].strip())
        elif kept and kept[-1].strip():
            kept.append("")
    while kept and not kept[-1].strip():
        kept.pop()
    body = "\n".join(kept)
    return body.strip(), removed
