"""speed38's byte-identical shortcuts answer what the code they replace answered.

- the phrase matchers' word readings (`matcher._readings`) at the default stem length are
  `clitic_stems(norm)` itself, the cache entry every other layer reads (the key (norm, 2)
  made a second entry: each word was split twice); at another stem length the readings
  of that length, as before.
- the claims stage goes on to the next sentence where no cue is left (two in five sentences
  of the demo match none): the claims of 60 demo articles are those of the loop without
  the shortcut (the module's own `find_claims` with its two lines taken out).
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from rasd.text import matcher
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems, tokenize

# real sentences (the seed article and free news): proclitics, the article, suffixes
SENTENCES = [
    "وقال المرصد السوري لحقوق الإنسان إن الطائرات الحربية قصفت بلدة كفرنبل بريف إدلب",
    "وأكدت مصادر محلية للحكومة أن القوات الموالية سيطرت على مناطق في حلب وبحلب ولحلب",
    "وسيقول الوزير إن حكومته ستفرج عن المعتقلين للحوار مع المعارضة",
]

REPO = Path(__file__).resolve().parent.parent
WORDS = sorted({t.norm for s in SENTENCES for t in tokenize(s) if t.is_word})


def test_default_stem_length_is_clitic_stems_default() -> None:
    default = inspect.signature(clitic_stems).parameters["min_stem"].default
    assert matcher._DEFAULT_MIN_STEM == default == 2


@pytest.mark.parametrize("word", WORDS)
def test_readings_are_the_former_readings(word: str) -> None:
    # the former body: tuple(clitic_stems(norm, min_stem)), at every stem length asked
    for min_stem in (1, 2, 3):
        assert matcher._readings(word, min_stem) == tuple(clitic_stems(word, min_stem))
    assert matcher._readings(word, 2) == clitic_stems(word)


def test_readings_share_the_default_entry() -> None:
    # a word no layer asked yet: after the matcher's readings, the other layers' call is a
    # hit of the same cache entry (the very same tuple), no second split of the word
    word = normalize("وباللاذقيتهم")  # (made up from real parts: no other test asks it)
    matcher._readings.cache_clear()
    before = clitic_stems.cache_info()
    got = matcher._readings(word, 2)
    mid = clitic_stems.cache_info()
    again = clitic_stems(word)
    after = clitic_stems.cache_info()
    assert mid.misses <= before.misses + 1
    assert after.misses == mid.misses and after.hits == mid.hits + 1
    assert again is got


def test_phrase_matcher_finds_through_shared_readings() -> None:
    m: matcher.PhraseMatcher[str] = matcher.PhraseMatcher()
    m.add("حلب", "aleppo")
    m.add("المرصد السوري", "observatory")
    text = SENTENCES[1] + " " + SENTENCES[0]
    found = [(text[x.start:x.end], x.payload, x.exact) for x in m.find(text, tokenize(text))]
    assert found == [("حلب", "aleppo", True), ("حلب", "aleppo", False),
                     ("حلب", "aleppo", False), ("المرصد السوري", "observatory", True)]


def _former_find_claims():
    """`find_claims` without its shortcut (the two lines that go on to the next sentence
    where no cue is left): the loop as it ran before, in the module's namespace."""
    import rasd.claims as claims

    src = inspect.getsource(claims.find_claims)
    lines = src.splitlines(keepends=True)
    at = next(k for k, ln in enumerate(lines) if ln.strip().startswith("if not cues:"))
    assert lines[at + 1].strip().startswith("continue")
    src = "".join(lines[:at] + lines[at + 2:])
    ns = dict(vars(claims))
    exec(src, ns)  # noqa: S102 (the module's own source)
    return ns["find_claims"]


def test_claims_as_the_former_loop_on_demo_articles() -> None:
    import rasd.claims as claims
    from rasd.pipeline import STAGES, make_document
    from rasd.readers.dispatch import read_path
    from rasd.readers.record import Record

    former = _former_find_claims()
    demo = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"
    recs = [r for r in read_path(str(demo)) if isinstance(r, Record)][:60]
    assert len(recs) == 60
    skipped = total = 0
    for rec in recs:
        doc = make_document(rec, "2016-12-15")
        for name, stage in STAGES.items():
            if name == "claims":
                break
            doc = stage(doc)
        new = claims.find_claims(doc)
        old = former(doc)
        assert repr(new) == repr(old)
        total += len(doc.sentences)
        skipped += len(doc.sentences) - len({c.sentence for c in new})
    assert total and skipped  # (sentences with no claim were read: the shortcut was taken)
