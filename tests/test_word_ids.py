"""Word ids held on the Document (text/vocab.py): the segment stage writes one id per token
from a vocabulary fixed at load (the language data's words; any other word one id), and
the word scans and phrase matchers' first-word tests read them (text/scan.py,
text/matcher.py): the same positions as asking every word, in any thread."""

import threading
from array import array
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.entities import ruler
from rasd.entities.heads import is_head, is_state_head
from rasd.entities.kb import SKIP_TOKENS
from rasd.pipeline import STAGES, Pipeline
from rasd.roles import View
from rasd.text import vocab
from rasd.text.scan import WordScan
from rasd.text.segment import tokenize
from rasd.text.stage import stage

GOLD = Path(__file__).resolve().parent / "gold"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.raw.txt"))[:6]]

SENTENCES = [
    "وطالب مجلس محافظة الأنبار بتوفير ممر آمن",
    "قال «المرصد السوري» (ومقره لندن) إن الطائرات قصفت حلب وبحلب.",
    "أعلنت وزارة الدفاع الأمريكية (البنتاغون) أن «التحالف» نفذ 12 غارة",
]


def _doc(text: str) -> Document:
    return stage(Document(text=text))


@pytest.mark.parametrize("text", SENTENCES + TEXTS)
def test_the_segment_stage_writes_one_id_per_token(text: str) -> None:
    doc = _doc(text)
    ids = doc.word_ids
    assert isinstance(ids, array) and ids.typecode == "i" and len(ids) == len(doc.tokens)
    words = vocab.vocabulary()
    by_norm: dict[str, int] = {}
    for t, wid in zip(doc.tokens, ids, strict=True):
        # a word of the vocabulary its own id, every other word the unknown one
        assert wid == words.get(t.norm, vocab.UNKNOWN)
        assert by_norm.setdefault(t.norm, wid) == wid
    known = {n: w for n, w in by_norm.items() if w != vocab.UNKNOWN}
    assert len(set(known.values())) == len(known)  # one word an id
    # most of a news text's words are in it (the lexicons' and the KB's words)
    assert sum(w != vocab.UNKNOWN for w in ids) >= 0.6 * len(ids)


def test_words_of_the_lexicons_and_kb_have_ids_and_spellings_share_one() -> None:
    words = vocab.vocabulary()
    for word in ("قال", "حلب", "وزارة", "الدفاع", "غارة", "المرصد", "(", "«"):
        assert words[tokenize(word)[0].norm] > vocab.UNKNOWN, word
    # hamza forms and taa marbuta fold to one matching form: one id
    a, b = _doc("أعلنت الحكومة"), _doc("اعلنت الحكومه")
    assert list(a.word_ids) == list(b.word_ids) and vocab.UNKNOWN not in a.word_ids


def test_the_vocabulary_is_fixed_over_a_stream_of_new_words() -> None:
    size = len(vocab.vocabulary())
    table = vocab.IdTable()
    # 3,000 made-up words never seen: all the one unknown id, nothing added
    made_up = " ".join("زخق" + "".join("بتثجحخ"[int(d) % 6] for d in str(k)) for k in range(3000))
    doc = _doc(made_up)
    assert len(doc.word_ids) == 3000 and set(doc.word_ids) == {vocab.UNKNOWN}
    assert len(vocab.vocabulary()) == size and len(table.values) == size + 1
    # the ids are the words' places in sorted order: the same in every process
    words = vocab.vocabulary()
    assert sorted(words, key=words.__getitem__) == sorted(words)
    assert min(words.values()) == vocab.UNKNOWN + 1 and max(words.values()) == size


def test_the_vocabulary_is_read_once_whatever_the_threads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocab, "_VOCAB", [])
    got: list[dict[str, int]] = []
    start = threading.Barrier(8)

    def read() -> None:
        start.wait()
        got.append(vocab.vocabulary())

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 8 and all(g is got[0] for g in got) and len(vocab._VOCAB) == 1


def _by_words(tokens: list, test) -> list[int]:
    return [i for i, t in enumerate(tokens) if test(t.norm)]


@pytest.mark.parametrize("text", SENTENCES + TEXTS)
@pytest.mark.parametrize("compiled", [True, False])
def test_a_scan_by_ids_finds_the_words_that_pass_each_test(
        text: str, compiled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not compiled:
        monkeypatch.setattr(vocab, "_HOT", [None])
    elif vocab._hot() is None:
        pytest.skip("the compiled loops are not built")
    doc = _doc(text)
    for tests in ((is_head,), (is_head, is_state_head)):
        sc = WordScan(tests)
        for test in tests:
            assert sc.positions(doc.tokens, test, doc.word_ids) == _by_words(doc.tokens, test)
    # asked again by a fresh list (its answers kept by id): the same
    sc = WordScan((is_head, is_state_head))
    first = sc.positions(doc.tokens, is_head, doc.word_ids)
    assert sc.positions(list(doc.tokens), is_head, doc.word_ids) == first
    with pytest.raises(ValueError):
        WordScan((is_head,)).positions(doc.tokens, is_head, doc.word_ids[:-1])


@pytest.mark.parametrize("text", SENTENCES + TEXTS)
def test_word_tokens_drop_brackets_and_quotes_with_their_ids(text: str) -> None:
    doc = _doc(text)
    got, ids = ruler.word_tokens_ids(doc)
    assert got == [t for t in doc.tokens if t.norm not in SKIP_TOKENS] == ruler.word_tokens(doc)
    assert got is not doc.tokens and list(ids) == list(vocab.ids_of(got))
    # a document without ids for its tokens (another list of tokens): read by words
    doc.tokens = tokenize(text + " قال")
    assert ruler.word_tokens_ids(doc) == ([t for t in doc.tokens if t.norm not in SKIP_TOKENS],
                                          None)


def _matchers() -> list:
    from rasd.entities.link import get_kb
    from rasd.text.matcher import PhraseMatcher

    small = PhraseMatcher()
    small.add_many([("حلب", 1), ("وزارة الدفاع", 2), ("(", 3), ('"', 4), ("قال", 5),
                    ("زخقبت", 6)])
    plain = PhraseMatcher(clitics=False)
    plain.add_many([("حلب", 1), ("المرصد السوري", 2), (".", 3)])
    return [get_kb().matcher, small, plain]


@pytest.mark.parametrize("text", SENTENCES + TEXTS)
@pytest.mark.parametrize("compiled", [True, False])
def test_entry_starts_by_ids_are_those_by_words(
        text: str, compiled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # marks (read unsegmented only), words of one spelling and words outside the
    # vocabulary included
    if not compiled:
        monkeypatch.setattr(vocab, "_HOT", [None])
    elif vocab._hot() is None:
        pytest.skip("the compiled loops are not built")
    doc = _doc(text + " وزخقبت")
    tokens, ids = doc.tokens, doc.word_ids
    n = len(tokens)
    for matcher in _matchers():
        for a, b in ((0, n), (0, n // 2), (n // 3, n), (2, 3), (n, n)):
            want = matcher.starting(tokens, a, b)
            assert matcher.starting(tokens, a, b, ids) == want
            assert matcher.starting(tokens, a, b, ids) == want  # asked again: kept answers
    small, quoted = _matchers()[1], _doc('قال: "حلب" (بحلب) وزخقبت')
    assert [quoted.tokens[i].norm for i in small.starting(quoted.tokens, 0, len(quoted.tokens),
                                                          quoted.word_ids)] \
        == ["قال", '"', "حلب", '"', "(", "بحلب", "وزخقبت"]


def test_threads_reading_ids_find_what_one_thread_finds() -> None:
    from rasd.entities.link import get_kb

    matcher = get_kb().matcher
    docs = [_doc(t) for t in TEXTS]
    want = [(matcher.starting(d.tokens, 0, len(d.tokens)), _by_words(d.tokens, is_head))
            for d in docs]
    sc = WordScan((is_head, is_state_head))  # (fresh tables: the threads fill them at once)
    fresh = type(matcher)()
    fresh._index, fresh.clitics, fresh.min_stem = matcher._index, True, matcher.min_stem
    got: dict[int, list] = {}
    start = threading.Barrier(4)

    def run(k: int) -> None:
        start.wait()
        out = []
        for _ in range(3):
            for d in docs[k % 2::2] + docs:
                out.append((fresh.starting(d.tokens, 0, len(d.tokens), d.word_ids),
                            sc.positions(d.tokens, is_head, d.word_ids)))
        got[k] = out

    threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k, out in got.items():
        order = (docs[k % 2::2] + docs) * 3
        assert out == [want[docs.index(d)] for d in order]


def test_the_pipeline_declares_the_layer_and_passes_read_it() -> None:
    assert "word_ids" in STAGES["segment"].writes
    assert {"link", "claims", "events"} <= {n for n, s in STAGES.items() if "word_ids" in s.reads}
    # under the full contract (undeclared layers refused) the pipeline runs; the View
    # reads the document's ids
    doc = Pipeline(check=True)(Document(text=SENTENCES[2]))
    assert len(doc.word_ids) == len(doc.tokens) and doc.events
    assert View(doc).ids is doc.word_ids
