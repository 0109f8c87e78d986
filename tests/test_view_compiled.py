"""The View's word look-ups compiled (`_hot.ViewWords`, issue 16, speed28) answer what the
View's Python methods answer: `phrase_at` for every phrase set of the lexicons at every
token and end, `openings`, `is_verb`, `is_def`, `in_words`, `is_time`, `stop` (and its
memo), `token_range`, `candidates` and `trigger_noun_at`; an index past the tokens raises
as a list's does. Checked on real sentences and two gold articles; without the compiled
module (no compiler at install, or RASD_PURE_PYTHON=1) the View's own methods run, and the
events and claims found are the same."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from event_helpers import before_events
from rasd import roles
from rasd.lexicons import claim_words, cue_matcher, event_markers, trigger_matcher
from rasd.roles import NO_MATCHES, View

REPO = Path(__file__).resolve().parents[1]
GOLD = [REPO / "tests" / "gold" / "aleppo-shell-kills-five-children.raw.txt",
        REPO / "tests" / "gold" / "doha-lavrov-kerry-jubeir-meeting.raw.txt"]
TEXTS = [
    # a claim (قال … إن), talks (التقى، محادثات), a time (يوم الاثنين)
    "وقال المتحدث باسم الخارجية إن الوزير التقى نظيره الروسي يوم الاثنين، وأجرى معه "
    "محادثات حول الأزمة السورية.",
    # an attack with its toll, a time (أمس), a place (في مدينة الرقة)
    "قصفت طائرات حربية أمس مدينة الرقة، ما أدى إلى مقتل 12 مدنيا وإصابة أكثر من 20 آخرين "
    "بحسب ناشطين.",
]

compiled = pytest.mark.skipif(roles._hot() is None, reason="entities/_hot not built")


def _sets(kind: type) -> list[frozenset]:
    """The lexicons' phrase sets (tuples of words) or word sets (strings)."""
    out = []
    for d in (claim_words(), event_markers()):
        for s in d.values():
            if isinstance(s, (set, frozenset)) and s and all(isinstance(p, kind) for p in s):
                out.append(s)
    return out


PHRASES, WORDS = _sets(tuple), _sets(str)


@pytest.fixture(scope="module")
def docs():
    return [before_events(t) for t in TEXTS + [p.read_text(encoding="utf-8") for p in GOLD]]


def _answer(f, *args):
    try:
        return f(*args)
    except IndexError:
        return IndexError


def test_the_lexicons_give_sets_to_check() -> None:
    assert len(PHRASES) > 30 and len(WORDS) > 50


@compiled
def test_a_view_reads_through_the_compiled_look_ups(docs) -> None:
    v = View(docs[0])
    for name in ("phrase_at", "openings", "is_verb", "is_def", "in_words", "is_time", "stop",
                 "token_range", "candidates", "trigger_noun_at"):
        assert getattr(v, name).__self__ is v._words, name


def test_without_the_module_the_views_own_methods_run(docs, monkeypatch) -> None:
    monkeypatch.setattr(roles, "_HOT", [None])
    v = View(docs[0])
    assert v._words is None and v.phrase_at.__func__ is View.phrase_at
    assert v.stop.__func__ is View.stop


@compiled
@pytest.mark.parametrize("k", range(len(TEXTS) + len(GOLD)))
def test_phrase_at_every_token_set_and_end(docs, k) -> None:
    v = View(docs[k])
    n = len(v.toks)
    found = 0
    for i in range(-n - 1, n + 1):
        for ps in PHRASES:
            for end in (None, i + 1, i + 3, n + 2, -1):
                want = _answer(View.phrase_at, v, i, ps, end)
                assert _answer(v.phrase_at, i, ps, end) == want, (i, end)
                found += want is not IndexError and want > 0
        for a, b in ((i, n), (i, i + 4)):
            if -n <= a:
                assert _answer(v.openings, PHRASES[0], a, b) == _answer(
                    View.openings, v, PHRASES[0], a, b)
    assert found  # (إن، يوم، بحسب …)


@compiled
@pytest.mark.parametrize("k", range(len(TEXTS) + len(GOLD)))
def test_word_tests_at_every_token(docs, k) -> None:
    v, ref = View(docs[k]), View(docs[k])
    n = len(v.toks)
    order = list(range(-n - 1, n + 1))
    random.Random(k).shuffle(order)
    for i in order + order:  # (asked again: the kept `stop`)
        for name in ("is_verb", "is_def", "is_time", "stop"):
            want = _answer(getattr(View, name), ref, i)
            got = _answer(getattr(v, name), i)
            assert got == want and type(got) is type(want), (name, i)
        for ws in WORDS:
            assert _answer(v.in_words, i, ws) == _answer(View.in_words, ref, i, ws), i
    assert v._stops == ref._stops
    for ps in PHRASES:
        assert v.openings(ps, 0, n) == View.openings(ref, ps, 0, n)
    assert v.opener_tok == ref.opener_tok and v.time_word_tok == ref.time_word_tok


@compiled
def test_token_ranges_of_every_offset_pair(docs) -> None:
    for doc in docs[:2]:
        v = View(doc)
        offs = sorted({0, len(v.text), len(v.text) + 2} | {t.start for t in v.toks}
                      | {t.end for t in v.toks} | {t.start + 1 for t in v.toks})
        for s in offs:
            for e in offs:
                assert v.token_range(s, e) == View.token_range(v, s, e), (s, e)


@compiled
@pytest.mark.parametrize("matcher", [trigger_matcher, cue_matcher])
def test_candidates_and_trigger_nouns(docs, matcher) -> None:
    m = matcher()
    for doc in docs:
        v, ref = View(doc), View(doc)
        n = len(v.toks)
        for i in [*range(n), -1, -2]:
            for _ in range(2):  # (asked again: the kept list, or the shared empty one)
                got, want = v.candidates(m, i), View.candidates(ref, m, i)
                assert got == want == m.candidates(v.text, v.toks, i), i
                assert (got is NO_MATCHES) == (want is NO_MATCHES), i
            assert v.trigger_noun_at(i) == View.trigger_noun_at(ref, i), i
        assert v._starts_of.keys() == ref._starts_of.keys()


@compiled
def test_real_answers_on_a_sentence(docs) -> None:
    v = View(docs[0])
    at = {t: i for i, t in enumerate(v.text[x.start:x.end] for x in v.toks)}
    W = v.W
    assert v.phrase_at(at["إن"], W["complementizers"]) == 1
    assert v.is_time(at["يوم"]) == 2  # يوم الاثنين
    assert v.is_def(at["الخارجية"]) and not v.is_def(at["نظيره"])
    assert v.stop(at["إن"]) and v.stop(at["،"]) and not v.stop(at["الوزير"])
    assert v.token_range(v.toks[at["الوزير"]].start + 1, v.toks[at["التقى"]].end) == (
        at["الوزير"], at["التقى"] + 1)


def test_the_same_events_and_claims_without_the_compiled_module() -> None:
    code = (
        "import json, sys; sys.path.insert(0, 'tests')\n"
        "from event_helpers import before_events\n"
        "from rasd.pipeline import STAGES\n"
        f"texts = {TEXTS!r} + [open(p, encoding='utf-8').read()\n"
        f"                     for p in {[str(p) for p in GOLD]!r}]\n"
        "out = []\n"
        "for t in texts:\n"
        "    d = STAGES['events'](before_events(t))\n"
        "    out.append(json.loads(d.to_json()))\n"
        "print(json.dumps([(o['claims'], o['events']) for o in out], ensure_ascii=False))\n"
    )
    runs = []
    for pure in ("1", "0"):
        env = dict(os.environ, RASD_PURE_PYTHON=pure)
        got = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, check=True,
                             capture_output=True, text=True).stdout
        runs.append(json.loads(got.strip().splitlines()[-1]))
    assert runs[0] == runs[1]
    assert any(events for _, events in runs[0])
