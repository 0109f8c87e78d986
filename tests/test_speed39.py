"""speed39's byte-identical shortcut answers what the code it replaces answered.

`split_sentences` passes over a word inside its line and sentence (not the last token, no
line break after it, the sentence under its token bound) without the tests of the marks: a
word is no quote, bracket or final mark, so none of them holds, and the quotes' age (600
characters) is judged at the next mark or sentence end, where it is read, with the same
answer. The sentences are those of the loop without the shortcut (the module's own
`split_sentences` with its lines taken out) on every demo article and on real sentences
with quotes, glued ends, abbreviations and long runs.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from rasd.text import segment
from rasd.text.segment import split_sentences, tokenize

REPO = Path(__file__).resolve().parent.parent

# real sentences (the seed article, free news, the demo): quotes, brackets, glued ends,
# abbreviations and initials, numbers with a period, an ellipsis
LONG = "القوات الموالية سيطرت على مناطق واسعة " * 20  # 780 characters of words
# (text, its number of sentences)
TEXTS = [
    ("وقال المرصد السوري لحقوق الإنسان إن الطائرات الحربية قصفت بلدة كفرنبل بريف إدلب. "
     "وأكدت مصادر محلية أن القوات الموالية سيطرت على مناطق في حلب.", 2),
    # a final mark inside «...» ends no sentence
    ("وقال المتحدث «إن القوات ستواصل عملياتها. ولن تتوقف حتى تحرير المدينة» وأضاف أن "
     "الهدنة انتهت.", 1),
    ("أعلن الجيش مقتل 30 مسلحا على الأقل.وأفاد مصدر أمني بأن الاشتباكات استمرت حتى الصباح", 2),
    ("قال د. محمد العلي إن U.S. قواته ستنسحب عام 2016 م. وأشار إلى أن (الاتفاق. لم يوقع) بعد",
     2),
    ("وقعت الاشتباكات في حلب..رغم الهدنة؟ وقال مسؤول: \"لن نقبل. أبدا\" ثم غادر!", 2),
    ("سقط 3.5 بالمئة من الأصوات في 27/8/2012 حسب صالح.وفقا لشبكة سكاي نيوز.", 1),
    ("العنوان الأول\nالعنوان الثاني بلا نقطة\n\nوقال الوزير إن حكومته ستفرج عن المعتقلين", 3),
    # a quotation left open past 600 characters, then a final mark (its age judged there)
    ("وقال «" + LONG + "انتهى. وأضاف المتحدث أن الهدنة انتهت.", 2),
    ("وقال \"" + LONG + "انتهى. ثم غادر الوفد.", 2),
    # a run of words with no sentence end, cut at the token bound
    ("قصفت الطائرات مواقع المسلحين " * 300 + "ثم انسحبت.", 2),
]


def _shortcut() -> tuple[list[str], int, int]:
    """The lines of `split_sentences` and where its shortcut (the lines that go on to the
    next token at a word inside its line) starts and ends."""
    lines = inspect.getsource(segment.split_sentences).splitlines(keepends=True)
    at = next(k for k, ln in enumerate(lines) if ln.strip().startswith("if tok.is_word and"))
    end = next(k for k in range(at, len(lines)) if lines[k].strip() == "continue")
    return lines, at, end


def _former_split_sentences():
    """`split_sentences` without its shortcut: the loop as it ran before, in the module's
    namespace."""
    lines, at, end = _shortcut()
    ns = dict(vars(segment))
    exec("".join(lines[:at] + lines[end + 1:]), ns)  # noqa: S102 (the module's own source)
    return ns["split_sentences"]


FORMER = _former_split_sentences()


def test_the_former_loop_is_the_loop_without_the_shortcut() -> None:
    lines, at, end = _shortcut()
    taken = [ln.strip() for ln in lines[at:end + 1] if not ln.strip().startswith("#")]
    assert taken[-2:] == ["i += 1", "continue"] and len(taken) == 4


@pytest.mark.parametrize(("text", "count"), TEXTS)
def test_sentences_as_the_former_loop(text: str, count: int) -> None:
    tokens = tokenize(text)
    got = split_sentences(text, tokens)
    assert got == FORMER(text, tokens)
    assert len(got) == count


def test_sentences_as_the_former_loop_on_demo_articles() -> None:
    from rasd.readers.dispatch import read_path
    from rasd.readers.record import Record

    demo = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"
    recs = [r for r in read_path(str(demo)) if isinstance(r, Record)]
    assert len(recs) > 400
    for rec in recs:
        text = rec.text or ""
        tokens = tokenize(text)
        assert split_sentences(text, tokens) == FORMER(text, tokens)


def test_no_mark_the_loop_tests_is_a_word() -> None:
    # the shortcut's premise: every character the mark tests compare with is no word
    # character, so no word token (one that starts with one) can equal one of them
    marks = set(segment._END_CHARS) | set(segment._CLOSERS) | set(segment._QUOTE_PAIRS) \
        | set(segment._QUOTE_PAIRS.values()) | {'"', "«", "»"}
    assert not [c for c in marks if re.match(r"\w", c)]


def test_quote_age_judged_at_the_next_mark() -> None:
    # «... (over 600 characters of words) انتهى. — the open quote has expired by the final
    # mark, which ends the sentence there, as the former loop found
    text = TEXTS[7][0]
    got = [text[s.start:s.end] for s in split_sentences(text, tokenize(text))]
    assert got[0].endswith("انتهى.") and got[1].startswith("وأضاف")
