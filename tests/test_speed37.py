"""speed37's byte-identical shortcuts answer what the code they replace answered.

- `clean.glued_tail` counts the words after each sentence end as it goes and skips a rest
  longer than every tail cue's `max_words` (it normalized every rest, once a cue): the same
  cut as the former loop on the demo articles' last paragraphs (and every seventh line),
  with the data's cues and with cues taking any rest of a few words, and on real
  paragraphs with an end mark glued after them.
- `clean._words` counts `str.split`'s runs: `\\S+`'s matches, whatever the whitespace.
- the times and quantities stages' opener tokens, found by a `WordScan` over the word ids,
  are the comprehension's positions, with ids and without, asked twice.
- `quotes.guillemet_style` and `read_marks` find the guillemets with a regex, not a loop a
  character: the former functions' answers on lines of every style.
- `segment.tokenize_with_ids` reads the token strings with `findall` and finds each one's
  offset after the one before: the former `finditer` tokens and ids on every demo article
  and on texts of odd characters (invisible marks, every kind of space, glued marks).
- `claims.spans.straight_quotes` (the tokens read as ", once a document) gives the straight
  quote count `content_marker` took of the 60 tokens before a cue, at every token.
"""

from __future__ import annotations

import dataclasses
import json
import re
from array import array
from bisect import bisect_left
from pathlib import Path

import pytest

from rasd.claims.spans import straight_quotes
from rasd.clean import _SENTENCE_END, _Cue, _cue_takes, _rules, _words, glued_tail
from rasd.document import Document, Token
from rasd.pipeline import STAGES
from rasd.quantities import _opener_scan as quantity_openers
from rasd.quantities import lexicon as quantity_lexicon
from rasd.roles import View
from rasd.text import quotes, segment
from rasd.text.segment import tokenize_with_ids
from rasd.times import _opener_scan as time_openers
from rasd.times import lexicon as time_lexicon

DEMO = Path(__file__).resolve().parent.parent / "demo-data" / "saudinewsnet" / "articles.jsonl"


def _former_glued_tail(line: str, cues: tuple | None = None) -> int | None:
    """clean.glued_tail before speed37: every rest tried against every tail cue."""
    stripped = line.rstrip()
    tails = [c for c in (_rules().cues if cues is None else cues) if c.tail]
    for m in _SENTENCE_END.finditer(stripped):
        rest = stripped[m.end():]
        if any(_cue_takes(rest, c) for c in tails):
            return m.end()
    return None


def _any_tails() -> list[tuple]:
    """Tail cues that take any rest of at most 1, 3 or 12 words (with the sentence guard and
    without): the cut is the first sentence end with that few words after it, so the counts
    the loop keeps decide it."""
    return [(_Cue(f"any{n}", n, False, guard, True, (re.compile(r"\S"),)),)
            for n in (1, 3, 12) for guard in (False, True)]


def _demo_lines() -> list[str]:
    """The last paragraph of every demo article (the line `clean_text` asks) and every
    seventh other line."""
    lines = []
    with DEMO.open(encoding="utf-8") as f:
        for row in f:
            paragraphs = [line for line in json.loads(row)["content"].splitlines()
                          if line.strip()]
            lines += paragraphs[-1:] + paragraphs[:-1:7]
    return lines


# real paragraphs (the demo corpus) with the agency's end mark glued after them
GLUED = [
    "قالت وكالة الأنباء الرسمية إن الاجتماع انتهى. وأكد المتحدث أن القوات استعادت السيطرة"
    " على البلدة. // انتهى // 18:34 ت م",
    "وقال البرنامج إن عملياته تعاني من نقص في التمويل.»  (انتهى)",
    "وبعد أشهر من الخلافات التقى رئيسا الوزراء. وانتهى اللقاء بموافقة مودي. //انتهى// 18:11 ت م",
    "وقال إن الاجتماع انتهى.",
    "وقال إن الاجتماع انتهى. ",
    "انتهى.\u00a0-انتهى-",
]


def test_glued_tail_cuts_where_the_former_loop_cut_on_demo_lines() -> None:
    lines = _demo_lines() + GLUED
    assert len(lines) > 1000
    anys = _any_tails()
    found = 0
    for line in lines:
        assert glued_tail(line) == _former_glued_tail(line), line
        for cues in anys:
            cut = glued_tail(line, cues)
            assert cut == _former_glued_tail(line, cues), line
            found += cut is not None
    assert found > 100  # a rest of a few words after a sentence end: cut there


@pytest.mark.parametrize("line", GLUED[:3] + GLUED[5:])
def test_glued_end_marks_are_still_cut(line: str) -> None:
    cut = glued_tail(line)
    assert cut is not None and "انتهى" in line[cut:] and cut == _former_glued_tail(line)


def test_glued_tail_without_tail_cues_cuts_nothing() -> None:
    no_tails = tuple(dataclasses.replace(c, tail=False) for c in _rules().cues)
    assert glued_tail(GLUED[0], no_tails) is None
    assert glued_tail(GLUED[0], ()) is None


@pytest.mark.parametrize("line", [
    "", "   ", "قال المرصد", "قال\u00a0المرصد\u2003السوري\u3000امس", "a\x1cb\x1db\x1eb\x1fb",
    "\u2028سطر\u2029 آخر\x0c\x0b", " \t\nوقال\u200bالمتحدث ",
])
def test_words_counts_the_runs_of_non_space(line: str) -> None:
    assert _words(line) == len(re.findall(r"\S+", line))


SENTENCES = [
    "وقال المرصد السوري إن 20 شخصا قتلوا وأصيب عشرات في غارات على حلب يوم الاثنين 15 ديسمبر.",
    "قتل ثلاثة جنود وجرح اثنان آخران قبل يومين في هجوم، بحسب ما أعلنت الوزارة مساء أمس.",
    "سقطت قذيفتان على حي سكني صباح اليوم الخميس، وأسفرت عن مقتل شخصين و15 جريحا.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_opener_tokens_over_the_ids_are_the_comprehensions(sentence: str) -> None:
    tl, ql = time_lexicon(), quantity_lexicon()
    for _ in range(2):  # the second time from the kept answers (a new token list each time)
        tokens, ids = tokenize_with_ids(sentence)
        want_times = [i for i, t in enumerate(tokens)
                      if t.norm in tl.triggers or t.norm[:1].isdigit()]
        want_counts = [i for i, t in enumerate(tokens) if t.norm in ql.words
                       or t.norm in ql.duals or t.norm[:1].isdigit()]
        assert want_times and want_counts
        for scan, want in ((time_openers(tl), want_times), (quantity_openers(ql), want_counts)):
            assert scan.positions(tokens, scan.tests[0], ids) == want
            assert scan.positions(list(tokens), scan.tests[0]) == want  # no ids: by string
    assert time_openers(tl) is time_openers(tl)  # made once a lexicon


def test_times_and_quantities_read_their_openers_over_the_ids() -> None:
    doc = STAGES["segment"](Document(text=SENTENCES[0] + "\n" + SENTENCES[2]))
    doc = STAGES["quantities"](doc)
    doc = STAGES["times"](doc)
    assert [doc.text[q.start:q.end] for q in doc.quantities] == ["20 شخصا", "عشرات", "قذيفتان",
                                                                 "شخصين", "15 جريحا"]
    assert [doc.text[t.start:t.end] for t in doc.times] == ["يوم الاثنين 15 ديسمبر",
                                                            "صباح اليوم الخميس"]


def _former_style(line: str) -> str:
    marks = "".join(ch for ch in line if ch == "«" or ch == "»")
    if "»" not in marks:
        return quotes.NORMAL
    if "«" not in marks:
        return quotes.DOUBLED if len(marks) % 2 == 0 and "{" not in line else quotes.NORMAL
    return quotes.REVERSED if marks.count("»«") > marks.count("«»") else quotes.NORMAL


def _former_marks(text: str) -> dict[int, str]:
    out: dict[int, str] = {}
    if "»" not in text:
        return out
    start = 0
    for line in text.split("\n"):
        if "»" in line:
            style = _former_style(line)
            if style != quotes.NORMAL:
                table = quotes.READ_AS[style]
                for k, ch in enumerate(line):
                    if ch in table:
                        out[start + k] = table[ch]
        start += len(line) + 1
    return out


# lines of tests/test_claims36.py (fresh13, fresh21, fresh23, region gold, news) and their mix
QUOTED = [
    "وقال الشيخ حمود المخلافي رئيس مجلس المقاومة في محافظة تعز في تصريح خاص لـ»المدينة» إن"
    " \"القوات\" تقدمت",
    "قصفت تركيا أمس الخميس مواقع لتنظيم ا»داعش» الارهابي في سوريا",
    "وقال إن ما جرى »جريمة حرب« وإن القوات »لن تتوقف« حتى تحرير المدينة.",
    "ولم يتبين حتى الآن مصيرهم». وأضاف مموزيني: «اندلعت اشتباكات بين مواطنين من الموصل"
    " ومسلحي (داعش)»، مشيرًا إلى أن المواطنين ردوا على مسلحي «داعش» بالحجارة.",
    "قال الرئيس اليمني، {من عدن سنستعيد اليمن حتى يستعيد اليمنيون بلادهم». وقدم الرئيس",
    "وقال :» إن الجسر الإغاثي مستمر ضمن خطط وبرامج أعدت لهذا الغرض",
    'وقال المتحدث "إن القوات تقدمت" وأضاف أن «المعارك مستمرة».',
    "", "»", "««»»", "»«»«", "»»", "نص بلا علامات",
]


@pytest.mark.parametrize("line", QUOTED)
def test_guillemet_style_is_the_former_loops(line: str) -> None:
    assert quotes.guillemet_style(line) == _former_style(line)


def test_read_marks_is_the_former_loops() -> None:
    for k in range(len(QUOTED)):
        text = "\n".join(QUOTED[k:] + QUOTED[:k])
        assert quotes.read_marks(text) == _former_marks(text)
    assert quotes.read_marks("\n".join(QUOTED))  # some lines are read otherwise


def test_straight_quotes_count_as_the_former_sum_did() -> None:
    text = "\n".join(QUOTED * 3)
    doc = STAGES["segment"](Document(text=text))
    v = View(doc)
    n = len(v.toks)
    marks = [k for k in range(n) if v.mark(k) == '"']
    assert len(marks) >= 6 and straight_quotes(v) == marks
    assert straight_quotes(v) is straight_quotes(v)  # made once a document
    for c1 in range(n + 1):
        for a in (0, max(0, c1 - 70), max(0, c1 - 10), c1, c1 + 1):
            lo = max(a, c1 - 60)
            got = (bisect_left(marks, c1) - bisect_left(marks, lo)) % 2 if lo < c1 else 0
            assert got == sum(v.mark(k) == '"' for k in range(lo, c1)) % 2


def _former_tokenize_with_ids(text: str) -> tuple[list, array]:
    out, ids = [], array("i")
    for m in segment._TOKEN_RE.finditer(text):
        norm, is_word, wid = segment._token_info(m.group())
        out.append(Token(m.start(), m.end(), norm, is_word))
        ids.append(wid)
    return out, ids


ODD = [
    "", " ", "\u200f", "قال\u200fالمتحدث \u200c\u200dو\u200eفي", "...««»»..", "a.b,c",
    "27/8/2012 3.5 ١٢٬٣٤٥ 10:30 ص", "حلب..رغم", "U.S. Mr.Smith's don’t", "\t\n\r\x0b\x0c\x1c\x1d",
    "\u00a0قال\u2003\u3000في\u2028\u2029ثم\u0085", "ـــالـــ", "\ufefb\ufe8d \ufdf2", "😀 a😀b",
    """وقال :» إن "الجسر" (الإغاثي) مستمر—ضمن {خطط}؛ وبرامج؟!""",
]


def test_tokens_are_the_former_finditers() -> None:
    texts = list(ODD)
    with DEMO.open(encoding="utf-8") as f:
        texts += [json.loads(row)["content"] for row in f]
    assert len(texts) > 400
    for text in texts + ["  ".join(ODD), "".join(ODD)]:
        assert segment.tokenize_with_ids(text) == _former_tokenize_with_ids(text), text[:80]
