"""The numpy neural tagger and its mixture with the CRF."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from conftest import REPO, SHARED
from rasd.entities.cache import RowCache
from rasd.entities.convnet import CONVNET, ConvTagger
from rasd.entities.features import context_rest, norm_word, sentence_features
from rasd.entities.neural import (
    NEURAL,
    SLOTS,
    NeuralTagger,
    Vocab,
    allowed_transitions,
    viterbi,
)
from rasd.entities.tagger import CONLL_WINDOW, Tagger, model_dir
from rasd.evaluate_ner import chunks, read_conll, score

shipped = pytest.mark.skipif(not (model_dir() / NEURAL).is_file(), reason="no neural model")
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]


def tiny_tagger(seed: int = 0) -> NeuralTagger:
    """A randomly weighted network of the shipped shape, small."""
    rng = np.random.default_rng(seed)
    head = ["<pad>", "<unk>"]
    vocab = Vocab({"words": head + ["قال", "بوش"], "cores": head + ["قال"],
                   "chars": head + list("<>قالبوشفي"), "mark": head + ["-"], "tags": TAGS,
                   **{s: head + ["-"] for s in SLOTS}})
    h, d = 3, 4
    d_in = d * (3 + len(SLOTS))
    w = {"emb.word": rng.normal(size=(4, d)), "emb.core": rng.normal(size=(3, d)),
         "emb.char": np.vstack([np.zeros((1, 2)), rng.normal(size=(12, 2))]),
         "cnn.weight": rng.normal(size=(d, 2, 3)), "cnn.bias": rng.normal(size=d),
         "emb.mark": rng.normal(size=(3, 2)),
         "out.weight": rng.normal(size=(len(TAGS), 2 * h)), "out.bias": rng.normal(size=len(TAGS)),
         "crf.trans": rng.normal(size=(len(TAGS),) * 2), "crf.start": rng.normal(size=len(TAGS)),
         "crf.end": rng.normal(size=len(TAGS))}
    for s in SLOTS:
        w["emb." + s] = rng.normal(size=(3, d))
    for direction in ("fwd", "bwd"):
        w[f"{direction}.w_ih"] = rng.normal(size=(4 * h, d_in + 2))
        w[f"{direction}.w_hh"] = rng.normal(size=(4 * h, h))
        w[f"{direction}.b"] = rng.normal(size=4 * h)
    return NeuralTagger(w, vocab)


def test_marginals_equal_brute_force_over_all_paths():
    net = tiny_tagger()
    sent = ["قال", "جورج", "بوش", "في"]
    em = net.emissions([sent])[0]
    trans, start, end = net.w["crf.trans"], net.w["crf.start"], net.w["crf.end"]
    k = len(TAGS)
    expect = np.zeros((len(sent), k))
    for path in itertools.product(range(k), repeat=len(sent)):
        s = start[path[0]] + end[path[-1]] + sum(em[t, p] for t, p in enumerate(path))
        s += sum(trans[a, b] for a, b in itertools.pairwise(path))
        for t, p in enumerate(path):
            expect[t, p] += np.exp(s)
    expect /= expect.sum(axis=1, keepdims=True)
    got = net.marginals([sent])[0]
    assert np.allclose(got, expect, atol=1e-5)


def test_batching_and_padding_do_not_change_a_sentence():
    # bit for bit: a sentence's scores must not depend on the batch it is tagged in
    # (a lone row goes another BLAS path unless computed as one of two)
    net = tiny_tagger(1)
    short, long = ["بوش"], ["قال", "بوش", "في", "قال", "بوش"]
    alone = net.emissions([short])[0]
    together = net.emissions([long, short, ["في", "قال"]])
    assert np.array_equal(alone, together[1])
    assert np.array_equal(net.emissions([long])[0], together[0])
    assert np.array_equal(net.marginals([short])[0], net.marginals([long, short])[1])


def test_rows_product_gives_each_row_the_same_bits_in_any_batch():
    from rasd.entities.neural import rows_product

    rng = np.random.default_rng(7)
    x = rng.normal(size=(300, 128)).astype(np.float32)
    w = np.ascontiguousarray(rng.normal(size=(9, 128)).astype(np.float32).T)
    full = rows_product(x, w)
    for a, b in ((0, 1), (5, 6), (0, 2), (3, 40), (17, 300)):
        assert np.array_equal(rows_product(x[a:b], w), full[a:b]), (a, b)


def test_words_read_together_equal_words_read_alone():
    # New words are projected in one batch (char CNN padded to the longest word):
    # a fresh network reading them among longer words must give the same scores.
    words = ["بوش", "قالفيبوشقال", "في"]
    alone = np.vstack([tiny_tagger(2).emissions([[w]])[0] for w in words])
    together = tiny_tagger(2).emissions([[w] for w in words])
    assert np.allclose(alone, np.vstack(together), atol=1e-5)


def test_word_cache_refills_past_its_limit():
    cache = RowCache((2,), np.float64, limit=3)
    def rows(keys: list[str]) -> np.ndarray:
        return np.array([[len(k), ord(k[0])] for k in keys], np.float64)
    first = cache.take(["ab", "c", "ab"], rows)
    assert first.tolist() == [[2, 97], [1, 99], [2, 97]]
    later = cache.take(["dddd", "e", "ab"], rows)  # over the limit: emptied, then refilled
    assert later.tolist() == [[4, 100], [1, 101], [2, 97]] and len(cache) == 3
    many = cache.take(["a", "bb", "ccc", "dddd"], rows)  # more than it holds: computed
    assert many[:, 0].tolist() == [1, 2, 3, 4]


@shipped
def test_crf_marginals_equal_crfsuite_own():
    # The numpy forward-backward over crfsuite's weights must give crfsuite's marginals.
    sents = read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:60]
    words = [[r[0] for r in s] for s in sents]
    tagger = Tagger(mode="accurate")
    for second, crf in ((False, tagger._first), (True, tagger._second)):
        got = tagger.crf_marginals(words, [context_rest(w) for w in words], second=second)
        for w, m in zip(words, got, strict=True):
            crf.set(sentence_features(w))
            want = [[crf.marginal(lab, t) for lab in tagger._labels] for t in range(len(w))]
            assert np.allclose(m, want, atol=1e-4)


@shipped
def test_character_rows_laid_out_together_are_each_words_own():
    """The character CNN's input, every word's character rows put in with one index: the
    bits of the word-by-word copies it replaced (dev words, short and long)."""
    from rasd.entities.neural import UNK, word_chars

    net = Tagger(mode="accurate")._neural
    sents = read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:40]
    norms = list(dict.fromkeys([norm_word(r[0]) for s in sents for r in s] + ["ا", "و" * 40]))
    char = net.vocab.index["chars"].get
    chars = [[char(c, UNK) for c in word_chars(n)] for n in norms]
    k = net.w["cnn.weight"]
    width, pad = k.shape[2], k.shape[2] // 2
    longest = max(map(len, chars))
    e = np.zeros((len(chars), longest + 2 * pad, k.shape[1]), np.float32)
    for i, idx in enumerate(chars):  # word by word, as before
        e[i, pad : pad + len(idx)] = net.w["emb.char"][idx]
    windows = np.stack([e[:, i : i + longest] for i in range(width)], axis=3)
    out = np.maximum(np.einsum("nlcw,ocw->nlo", windows, k) + net.w["cnn.bias"], 0)
    out[np.arange(longest)[None, :] >= np.array(list(map(len, chars)))[:, None]] = 0
    assert net._char_cnn(norms).tobytes() == out.max(axis=1).tobytes()


@shipped
def test_character_windows_kept_give_the_convolutions_bits():
    """The CNN's outputs kept per window of three characters, a word's features their
    maximum: the bits of every word convolved padded to the longest of its batch, whatever
    the batch (demo and dev words, a lone word, a word cut to MAX_CHARS, an unknown letter)."""
    import json

    net = Tagger(mode="accurate")._neural
    sents = read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:200]
    words = [norm_word(r[0]) for s in sents for r in s]
    demo = (REPO / "demo-data" / "saudinewsnet" / "articles.jsonl").read_text(encoding="utf-8")
    words += [norm_word(w) for ln in demo.splitlines()[:40]
              for w in json.loads(ln)["content"].split()]
    norms = list(dict.fromkeys([*words, "ا", "و" * 40, "ж", "قال☃"]))
    for size in (1, 2, 7, 300):
        for a in range(0, min(len(norms), 60 * size), size):
            batch = norms[a : a + size]
            assert net._char_cnn(batch).tobytes() == net.reference_char_cnn(batch).tobytes()
    assert 0 < len(net._windows) < 1 << 16


def test_cache_rows_are_zeroed_and_leave_numpys_page_advice_as_it_was():
    from rasd.entities.cache import zeroed_rows

    switch = np._core.multiarray._set_madvise_hugepage
    for advice in (True, False):
        switch(advice)
        rows = zeroed_rows((2048, 2, 256), np.float32)  # 4 MiB: numpy would advise
        assert rows.shape == (2048, 2, 256) and rows.dtype == np.float32 and not rows.any()
        assert switch(True) is advice  # restored
    cache = RowCache((2, 3), np.float32, limit=5)
    got = cache.take(["a", "b"], lambda keys: np.ones((len(keys), 2, 3), np.float32))
    assert got.shape == (2, 2, 3) and got.all() and len(cache) == 2


def test_keyed_rows_compute_new_keys_once_and_refill_past_their_limit():
    from rasd.entities.cache import KeyedRows

    asked: list[list[int]] = []

    def rows(keys: np.ndarray) -> np.ndarray:
        asked.append(keys.tolist())
        return np.stack([keys * 10, keys + 1], axis=1).astype(np.float32)

    kept = KeyedRows(100, 2, np.float32, limit=4)
    got = kept.rows(np.array([7, 3, 7]), rows)
    assert got.tolist() == [[70, 8], [30, 4], [70, 8]] and asked == [[3, 7]]
    assert kept.rows(np.array([3, 9]), rows).tolist() == [[30, 4], [90, 10]]
    assert asked[-1] == [9] and len(kept) == 3
    # two new keys would pass the limit: emptied, then this call's keys computed anew
    assert kept.rows(np.array([1, 2, 3]), rows)[:, 0].tolist() == [10, 20, 30]
    assert asked[-1] == [1, 2, 3] and len(kept) == 3
    # more distinct keys than it holds: computed, not kept
    assert kept.rows(np.array([5, 6, 5, 8, 4, 11]), rows)[:, 0].tolist() == [50, 60, 50, 80,
                                                                             40, 110]
    assert asked[-1] == [4, 5, 6, 8, 11] and len(kept) == 0


@shipped
def test_crf_word_sums_together_are_each_words_own_bits():
    """A new word's own-feature weights, summed with the other new words of its feature
    count, are the bits of its features summed alone, in their order (dev words)."""
    from rasd.entities.features import word_features

    sents = read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:80]
    norms = list(dict.fromkeys(norm_word(r[0]) for s in sents for r in s))
    marginals = Tagger(mode="accurate")._marginals["second"]
    get, unk = marginals._attr.get, marginals._unknown
    together = marginals._local(norms)
    alone = np.stack([marginals._w[[get(a, unk) for a in word_features(n)]].sum(axis=0)
                      for n in norms])
    assert together.tobytes() == alone.tobytes()
    assert len({len(word_features(n)) for n in norms}) > 5 and len(norms) > 500


def test_viterbi_never_opens_with_inside_or_switches_type():
    move, first = allowed_transitions(TAGS)
    logp = np.log(np.array([[0.1, 0.1, 0.6, 0.1, 0.1],     # I-PER most likely first
                            [0.1, 0.1, 0.1, 0.1, 0.6]]))    # then I-LOC
    path = [TAGS[j] for j in viterbi(logp, move, first)]
    assert path[0] != "I-PER" and not (path[1] == "I-LOC" and path[0] != "B-LOC")


@shipped
def test_shipped_mixture_beats_the_crf_alone_on_dev_head():
    sents = read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:200]
    words = [[r[0] for r in s] for s in sents]
    gold = [[r[-1] for r in s] for s in sents]
    crf = score(gold, Tagger(neural=False, mode="accurate").tag_document(words, CONLL_WINDOW)
                ).overall.f1
    mixed = score(gold, Tagger(mode="accurate").tag_document(words, CONLL_WINDOW)).overall.f1
    assert mixed > crf


# Names from 2020s news that the training text (ANERcorp, 2007) never contains.
UNSEEN = [("وصل وزير الدفاع ياروسلاف كوفالتشيك إلى دمشق", "ياروسلاف كوفالتشيك"),
          ("التقى الرئيس ماكرون نظيره في باريس", "ماكرون"),
          ("وقال المتحدث باسم الخارجية نيد برايس إن المحادثات مستمرة", "نيد برايس"),
          ("أعلن رئيس الوزراء كير ستارمر أن الحكومة ستدعم الخطة", "كير ستارمر"),
          ("وصرحت الوزيرة أنالينا بيربوك للصحفيين في برلين", "أنالينا بيربوك"),
          ("استقبل الملك الضيف فولوديمير زيلينسكي في القصر", "فولوديمير زيلينسكي"),
          ("ونقلت الوكالة عن المبعوث الأممي غير بيدرسن قوله", "غير بيدرسن"),
          ("وأكد المستشار الألماني أولاف شولتس دعم بلاده", "أولاف شولتس"),
          ("واجتمع وزير الخارجية أنتوني بلينكن بنظيره التركي", "أنتوني بلينكن"),
          ("وقالت رئيسة المفوضية أورسولا فون دير لاين إن الاتحاد سيرسل مساعدات",
           "أورسولا فون دير لاين"),
          ("وصل قائد الجيش عبد الفتاح البرهان إلى بورتسودان", "عبد الفتاح البرهان"),
          ("وصرح رئيس الحكومة نجيب ميقاتي بأن لبنان لن ينجر إلى الحرب", "نجيب ميقاتي")]


def _found(sents: list[list[str]], tags: list[list[str]]) -> int:
    """How many of the UNSEEN names came out as exactly one PER span."""
    return sum(name in {" ".join(words[a:b]) for a, b, t in chunks(tg) if t == "PER"}
               for words, tg, (_, name) in zip(sents, tags, UNSEEN, strict=True))


@shipped
def test_shipped_taggers_find_most_names_they_never_saw():
    net = NeuralTagger.load(model_dir() / NEURAL)
    sents = [text.split() for text, _ in UNSEEN]
    for _, name in UNSEEN:  # the network's word table knows most of these words not
        assert sum(net.vocab.get("words", w) == 1 for w in name.split()) >= 1
    marginals = net.marginals(sents)
    for words, m in zip(sents, marginals, strict=True):
        assert m.shape == (len(words), len(net.tags))
        assert np.allclose(m.sum(axis=1), 1.0, atol=1e-4)
    alone = [[net.tags[j] for j in m.argmax(axis=1)] for m in marginals]
    tagger = Tagger(mode="accurate")
    # A floor, not this model's exact count: most unseen names must be found.
    assert _found(sents, alone) >= 6
    assert _found(sents, [tagger.tag(s) for s in sents]) >= 7
    assert _found(sents, tagger.tag_document(sents)) >= 7


@shipped
def test_lone_sentences_are_mixed_too():
    """A post or a headline alone gets the network as well (first CRF pass + network)."""
    sents = read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:200]
    gold = [[r[-1] for r in s] for s in sents]
    scores = []
    for neural in (False, True):
        tagger = Tagger(neural=neural, mode="accurate")
        scores.append(score(gold, [tagger.tag([r[0] for r in s]) for s in sents]).overall.f1)
    assert scores[1] > scores[0]


def _words(sentence: str) -> list[str]:
    return sentence.split()


DOCUMENTS = [
    [_words("قال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت مدينة حلب ."),
     _words("وأكد رامي عبد الرحمن مدير المرصد أن القصف أصاب مستشفى في ريف إدلب .")],
    [_words("أعلن الجيش التركي مقتل جنديين في هجوم قرب الحدود مع العراق .")],
    [["حلب"], _words("وصل وزير الخارجية الأمريكي جون كيري إلى جنيف أمس ."), [],
     _words("وقال كيري إن المحادثات مع لافروف كانت بناءة .")],
]


@shipped
def test_documents_tagged_together_equal_documents_tagged_alone():
    """`tag_documents` runs the network and the CRFs over the sentences of all the documents
    at once: every probability is bit for bit what the document gets alone, whatever the
    batch and whatever the word caches hold, so the tags are the same too."""
    together = Tagger(mode="accurate")
    alone = Tagger(mode="accurate")
    many = together.probabilities_many(DOCUMENTS)
    for doc, (keep, crf, net) in zip(reversed(DOCUMENTS), reversed(many), strict=True):
        k, c, n = alone.probabilities(doc)  # other order: other words new at each call
        assert k == keep
        assert all(np.array_equal(a, b) for a, b in zip(c + n, crf + net, strict=True))
    tags = together.tag_documents(DOCUMENTS)
    assert tags == [alone.tag_document(d) for d in DOCUMENTS]
    assert tags[0][1][1:4] == ["B-PER", "I-PER", "I-PER"]  # رامي عبد الرحمن
    assert tags[1][0][-2] == "B-LOC"  # العراق
    assert tags[2][1][4:6] == ["B-PER", "I-PER"] and tags[2][1][7] == "B-LOC"  # جون كيري، جنيف
    assert tags[2][2] == [] and tags[2][3][1] == "B-PER"  # an empty sentence; كيري again
    assert together.tag_documents([]) == []


def test_batched_viterbi_equals_one_sentence_at_a_time():
    from rasd.entities.neural import viterbi_batch

    rng = np.random.default_rng(3)
    move, first = allowed_transitions(TAGS)
    logps = [np.log(rng.dirichlet(np.ones(len(TAGS)), size=n)) for n in (1, 7, 3, 12)]
    one_by_one = [viterbi(x, move, first) for x in logps]
    assert viterbi_batch(logps, move, first) == one_by_one
    assert viterbi_batch(logps, move, first, budget=10) == one_by_one  # several groups


def test_viterbi_with_transition_scores_finds_the_best_valid_path():
    from rasd.entities.neural import viterbi_batch

    rng = np.random.default_rng(5)
    move, first = allowed_transitions(TAGS)
    k = len(TAGS)
    trans, start, end = rng.normal(size=(k, k)), rng.normal(size=k), rng.normal(size=k)
    ems = [rng.normal(size=(n, k)) for n in (1, 4, 2, 5, 5)]

    def best(em: np.ndarray) -> list[int]:
        def value(p: tuple[int, ...]) -> float:
            if not first[p[0]] or any(not move[a, b] for a, b in itertools.pairwise(p)):
                return -np.inf
            return (start[p[0]] + end[p[-1]] + sum(em[t, j] for t, j in enumerate(p))
                    + sum(trans[a, b] for a, b in itertools.pairwise(p)))
        return list(max(itertools.product(range(k), repeat=len(em)), key=value))

    got = viterbi_batch(ems, move, first, trans=trans, start_scores=start, end_scores=end)
    assert got == [best(e) for e in ems]


@shipped
def test_rasd_ner_neural_0_leaves_the_network_out(monkeypatch):
    sents = [[r[0] for r in s] for s in read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:60]]
    monkeypatch.setenv("RASD_NER_NEURAL", "0")
    monkeypatch.setenv("RASD_NER_MODE", "accurate")
    assert Tagger().tag_document(sents, CONLL_WINDOW) == \
        Tagger(neural=False).tag_document(sents, CONLL_WINDOW)
    monkeypatch.delenv("RASD_NER_NEURAL")
    assert Tagger()._neural is not None


# --- the fast tagger (entities/convnet.py), RASD_NER_MODE=fast -------------------

fast_shipped = pytest.mark.skipif(not (model_dir() / CONVNET).is_file(), reason="no fast model")


@fast_shipped
def test_fast_tagger_reads_unseen_names(monkeypatch):
    monkeypatch.setenv("RASD_NER_MODE", "fast")
    tagger = Tagger()
    assert tagger.mode == "fast" and tagger._neural is None
    monkeypatch.delenv("RASD_NER_MODE")
    assert Tagger().mode == "accurate"
    monkeypatch.setenv("RASD_NER_MODE", "")  # set but empty is the default, as in the CLI's check
    assert Tagger().mode == "accurate"
    sents = [text.split() for text, _ in UNSEEN]
    # A floor, not this model's exact count: most names never seen in training are found.
    assert _found(sents, [tagger.tag(s) for s in sents]) >= 7
    assert _found(sents, tagger.tag_document(sents)) >= 7


@fast_shipped
def test_fast_tagger_on_dev_head_is_near_the_crfs_alone():
    sents = read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:200]
    words = [[r[0] for r in s] for s in sents]
    gold = [[r[-1] for r in s] for s in sents]
    crf = score(gold, Tagger(neural=False, mode="accurate").tag_document(words, CONLL_WINDOW))
    fast = score(gold, Tagger(mode="fast").tag_document(words, CONLL_WINDOW))
    assert fast.overall.f1 > crf.overall.f1 - 0.05


@fast_shipped
def test_fast_tagger_reads_each_sentence_alone():
    """Sentences of one document are read apart (no convolution crosses them), and a word's
    cached vector is the one computed alone."""
    net = ConvTagger.load(model_dir() / CONVNET)
    sents = [s.split() for s in (
        "وقال الرئيس الأمريكي جورج بوش في مؤتمر صحفي", "في واشنطن", "وصل الوفد إلى دمشق أمس")]
    together = net.emissions(sents)
    for s, em in zip(sents, together, strict=True):
        fresh = ConvTagger.load(model_dir() / CONVNET)
        assert np.allclose(fresh.emissions([s])[0], em, atol=1e-4)


@fast_shipped
def test_fast_tagger_is_safe_across_threads():
    """Many threads tagging at once, the word cache filling and refilling past its limit,
    give the tags one thread gives."""
    from concurrent.futures import ThreadPoolExecutor

    sents = [[norm_word(r[0]) for r in s]
             for s in read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:240]]
    docs = [sents[i : i + 12] for i in range(0, len(sents), 12)]
    want = [ConvTagger.load(model_dir() / CONVNET).tag(d) for d in docs]
    shared = ConvTagger.load(model_dir() / CONVNET)
    shared._words = RowCache((shared.width, shared.hidden), np.float32, limit=300)
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(shared.tag, docs * 3))
    assert got == want * 3


@shipped
def test_accurate_tagger_is_safe_across_threads():
    """The mixture's word caches (CRF and network) filling and refilling from many threads
    at once give the tags one thread gives."""
    from concurrent.futures import ThreadPoolExecutor

    sents = [[r[0] for r in s] for s in read_conll(SHARED / "data" / "anercorp" / "dev.txt")[:160]]
    docs = [sents[i : i + 10] for i in range(0, len(sents), 10)]
    want = [Tagger(mode="accurate").tag_document(d) for d in docs]
    shared = Tagger(mode="accurate")
    shared._neural._words = RowCache(shared._neural._words._rows.shape[1:], np.float32, limit=200)
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(shared.tag_document, docs * 3))
    assert got == want * 3
