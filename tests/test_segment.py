"""Sentence splitting: punctuation and newlines, never inside numbers, abbreviations, quotes."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED
from rasd.clean import clean_text
from rasd.text.segment import split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, tokenize(text))]


@pytest.mark.parametrize("text,expected", [
    # Arabic and Latin final marks
    ("قصفت الطائرات حلب. وقتل ثلاثة مدنيين! هل تنتهي الحرب؟ لا أحد يعلم",
     ["قصفت الطائرات حلب.", "وقتل ثلاثة مدنيين!", "هل تنتهي الحرب؟", "لا أحد يعلم"]),
    ("The talks failed. Shelling resumed!", ["The talks failed.", "Shelling resumed!"]),
    # a newline always ends a sentence, even without a mark
    ("عاجل: قصف على حلب\nوقال المرصد إن القصف عنيف", ["عاجل: قصف على حلب",
                                                       "وقال المرصد إن القصف عنيف"]),
    # numbers, decimals, dates and times stay whole
    ("بلغ العدد 3.5 مليون نازح في 27/8/2012. ثم ارتفع عند الساعة 10.30 صباحا.",
     ["بلغ العدد 3.5 مليون نازح في 27/8/2012.", "ثم ارتفع عند الساعة 10.30 صباحا."]),
    ("سقط ٣٫٥ ألف قتيل. وأصيب ١٬٢٠٠ آخرون.", ["سقط ٣٫٥ ألف قتيل.", "وأصيب ١٬٢٠٠ آخرون."]),
    # abbreviations and initials
    ("وقال د. محمد الأحمد إن الوضع خطير. وأكد م. خالد ذلك.",
     ["وقال د. محمد الأحمد إن الوضع خطير.", "وأكد م. خالد ذلك."]),
    ("Talks between the U.S. and Russia resumed. Mr. Kerry spoke to J. Smith.",
     ["Talks between the U.S. and Russia resumed.", "Mr. Kerry spoke to J. Smith."]),
    ("أعلنت أ.ف.ب الخبر. وتأكد لاحقا.", ["أعلنت أ.ف.ب الخبر.", "وتأكد لاحقا."]),
    # an era mark after a year is no initial: the sentence ends there
    ("بدأت الحرب عام 2011 م. واستمرت سنوات.", ["بدأت الحرب عام 2011 م.", "واستمرت سنوات."]),
    # quotations hold their inner marks; one that ends with a mark ends the sentence
    ('وقال: «لن نستسلم. سنقاتل حتى النهاية» ثم غادر. وصمت الجميع.',
     ['وقال: «لن نستسلم. سنقاتل حتى النهاية» ثم غادر.', "وصمت الجميع."]),
    ('وصرخ "بابا لا تتركني.. يا الله صبرني". وبكى الحاضرون.',
     ['وصرخ "بابا لا تتركني.. يا الله صبرني".', "وبكى الحاضرون."]),
    ("قالت: “انتهى الاتفاق.” وغادرت القاعة.", ["قالت: “انتهى الاتفاق.”", "وغادرت القاعة."]),
    ("أعلن (وفق بيان. رسمي) الهدنة. ثم خرقت.", ["أعلن (وفق بيان. رسمي) الهدنة.", "ثم خرقت."]),
    # marks glued to the next word are no boundary; repeated marks stay together
    ("يستأنف القصف على حلب..رغم إعلان الهدنة. فعلا؟! نعم",
     ["يستأنف القصف على حلب..رغم إعلان الهدنة.", "فعلا؟!", "نعم"]),
    # a numbered list item keeps its number
    ("1. وقف إطلاق النار.\n2. إجلاء الجرحى.", ["1. وقف إطلاق النار.", "2. إجلاء الجرحى."]),
])
def test_split(text, expected):
    assert sentences(text) == expected


def test_unclosed_quote_does_not_swallow_the_paragraph():
    para = 'وقال المتحدث "إن القوات تقدمت. ' + "ثم قصفت الطائرات المنطقة مرة أخرى. " * 30
    out = sentences(para.strip())
    assert len(out) > 10  # the quotation's hold lapses after a few hundred characters


def test_seed_sentences(seed_text):
    body, _ = clean_text(seed_text)
    out = sentences(body)
    assert len(out) == 15
    assert all(s.endswith(".") for s in out)
    assert out[1].endswith('يا الله صبرني".')  # the child's quotation stays in its sentence


def _check_spans(text: str) -> None:
    spans = split_sentences(text, tokenize(text))
    prev = 0
    for s in spans:
        assert prev <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert "\n" not in text[s.start : s.end]
        prev = s.end
    # every word of the text is in some sentence
    covered = sum(s.end - s.start for s in spans)
    assert covered >= len("".join(text.split())) * 0.99


def test_spans_ordered_stripped_and_covering_on_real_text():
    with (SHARED / "data" / "news" / "pages-dev.jsonl").open(encoding="utf-8") as fh:
        for d in map(json.loads, fh):
            _check_spans(d["text"])
    with (SHARED / "data" / "news" / "saudinewsnet-syria.jsonl").open(encoding="utf-8") as fh:
        for _, line in zip(range(150), fh, strict=False):
            _check_spans(json.loads(line)["content"])


def test_tokenize_and_clitics_api_unchanged():
    from rasd.text.segment import clitic_stems

    toks = tokenize("وبحلب 3.5")
    assert [(t.start, t.end, t.is_word) for t in toks] == [(0, 5, True), (6, 9, True)]
    assert any(stem == "حلب" for stem, _, _ in clitic_stems("وبحلب"))


@pytest.mark.parametrize(("word", "stems"), [
    # ل + ال is written لل: the stem is read with and without its article, as after بـ
    ("للحوار", {"الحوار", "حوار"}),
    ("وللاعتقال", {"الاعتقال", "اعتقال"}),
    ("بالحوار", {"الحوار", "حوار"}),
])
def test_clitic_stems_read_the_article_after_every_preposition(word: str, stems: set[str]
                                                               ) -> None:
    from rasd.text.segment import clitic_stems

    assert stems <= {stem for stem, _, _ in clitic_stems(word)}


def test_a_run_with_no_sentence_end_is_cut_at_the_token_cap():
    # Hostile or tabular input (no mark, no newline) must not make one sentence of the whole
    # text: the taggers hold state per token of a sentence.
    from rasd.text.segment import MAX_SENTENCE_TOKENS

    text = " ".join(["كلمة"] * (2 * MAX_SENTENCE_TOKENS + 5))
    tokens = tokenize(text)
    spans = split_sentences(text, tokens)
    assert len(spans) == 3
    assert spans[0].start == 0 and spans[-1].end == len(text)
    sizes = [sum(1 for t in tokens if s.start <= t.start < s.end) for s in spans]
    assert sizes == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 5]


@pytest.mark.parametrize(("text", "words"), [
    # a direction mark pasted inside a word (a fresh13 article: «ا‫لجفينة‬») joins it
    ("في جبهة ا\u202bلجفينة\u202c شرق", ["في", "جبهه", "الجفينه", "شرق"]),
    ("قصف \u200fالحديدة\u200f أمس", ["قصف", "الحديده", "امس"]),
    ("مديرية ال\u200cتواهي", ["مديريه", "التواهي"]),
    # around a word the marks stay marks of their own, never part of the word
    ("\u202bعدن\u202c", ["عدن"]),
])
def test_invisible_marks_inside_a_word_join_it(text, words):
    toks = tokenize(text)
    assert [t.norm for t in toks if t.is_word] == words
    assert all(text[t.start:t.end].strip("\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
               == text[t.start:t.end] for t in toks if t.is_word)
