"""The compiled per-token loops (entities/_hot.pyx) give what the Python functions give.

Run on real text: the sentences of demo articles and the seed, with the tags the
tagger gives them. Without the compiled module (no compiler at install) the
comparisons are skipped and the Python functions are what runs; the last test tags
the same documents in a process with RASD_PURE_PYTHON=1 and compares the entities.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import lru_cache
from itertools import islice
from pathlib import Path

import numpy as np
import pytest

from rasd.entities import cache, crf, features, neural, tagger
from rasd.entities.compiled import hot

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"
SEED = REPO.parent / "shared" / "examples" / "aleppo-evacuation-talks.raw.txt"
DOCS = 40  # demo articles read (and the seed)

_hot = hot()
compiled = pytest.mark.skipif(_hot is None, reason="entities/_hot not built (no compiler)")


@lru_cache(maxsize=1)
def documents() -> list[list[list[str]]]:
    """Token strings by sentence of the seed and the first demo articles."""
    from rasd.document import Document
    from rasd.entities.recognize import sentence_tokens
    from rasd.text.stage import stage as segment_stage

    texts = [SEED.read_text(encoding="utf-8")] if SEED.exists() else []
    with DEMO.open(encoding="utf-8") as fh:
        texts += [json.loads(line)["content"] for line in islice(fh, DOCS)]
    out = []
    for text in texts:
        doc = segment_stage(Document(text=text))
        out.append([[text[t.start : t.end] for t in g] for g in sentence_tokens(doc)])
    return out


def sentences() -> list[list[str]]:
    return [s for d in documents() for s in d]


def new_words(extra: list[str]) -> list[str]:
    """The demo sentences' words, normalized, once each, then `extra`'s."""
    words = list(dict.fromkeys(features.norm_word(w) for s in sentences() for w in s))
    return words + [features.norm_word(w) for w in extra]


@lru_cache(maxsize=1)
def first_tags() -> list[list[list[str]]]:
    """The tagger's tags of each document (the votes' input)."""
    t = tagger.default_tagger()
    return [t.tag_document(d) for d in documents()]


def test_the_documents_are_real_text() -> None:
    assert len(documents()) > DOCS // 2
    assert sum(map(len, sentences())) > 5_000  # tokens


@compiled
def test_context_rest_is_the_same() -> None:
    for words in [[], *sentences()]:
        want = features.py_context_rest(words)
        assert _hot.context_rest(words) == want
        norms = [features.norm_word(w) for w in words]  # the caller's norms: the same
        assert _hot.context_rest(words, norms) == want
        assert features.py_context_rest(words, norms) == want
    # and what the scan reads: quotes, brackets, cues next to each other, a given name
    for words in (["«", "حزب", "الله", "»"], ["(", "داعش", ")"], ["قال", "محمد", "علي"],
                  ["وزير", "الخارجية", "السعودي", "عادل", "الجبير"], ["."]):
        assert _hot.context_rest(words) == features.py_context_rest(words)


def test_context_ids_are_the_context_features_ids() -> None:
    """Each CRF's ids of the context features (the bigrams found from its tables, without
    their strings): what looking the strings up gives, compiled or not; a word holding the
    tables' "|" is looked up by its string."""
    t = tagger.default_tagger()
    for second in (True, False):
        m = t._crf(second)
        attr, unk = m.attributes
        before, after = m._pairs
        assert before and after and all("|" not in w for w in before)
        found = 0
        for words in [*sentences(), ["a|b", "|", "قال"], ["<s>", "</s>", "."]]:
            want = [[attr.get(f, unk) for f in row] for row in features.py_context_rest(words)]
            assert features.py_context_ids(words, None, attr, unk, before, after) == want
            assert m.context_ids(words) == want
            # the sentence's list marks handed in (the tagger finds them once): the same
            marks = features.phrase_marks([features.norm_word(w) for w in words])
            assert m.context_ids(words, None, marks) == want
            assert features.py_context_ids(words, None, attr, unk, before, after, marks) == want
            found += sum(i != unk for row in want for i in row)
        assert found > 5_000  # known bigrams and cues, not only unknown ones


@compiled
def test_word_features_are_the_same() -> None:
    words = {features.norm_word(w) for s in sentences() for w in s}
    # short words, the article alone, Latin letters, digits, long vowels only
    words |= {"", "و", "ال", "الي", "اا", "abc", "2016", "<sp>", "واشنطن", "بالولايات"}
    for n in sorted(words):
        assert _hot.word_features(n) == features.py_word_features.__wrapped__(n), n
    assert len(words) > 3_000


@compiled
def test_phrase_marks_are_the_same() -> None:
    norms = [tuple(map(features.norm_word, s)) for s in sentences()]
    got = [_hot.phrase_marks(n) for n in norms]
    assert got == [features.py_marks.__wrapped__(n) for n in norms]
    assert sum(m.startswith("B-") for ms in got for m in ms) > 10  # list names were found
    # a list name of several words, each clitic reading
    single, multi = features.gazetteer()
    first, entries = next((w, e) for w, e in multi.items() if len(e) > 1)
    words = ("قال", first, *entries[0][0], "و" + first, *entries[-1][0], ".")
    assert _hot.phrase_marks(words) == features.py_marks.__wrapped__(words)
    assert _hot.phrase_marks(words)[1].startswith("B-")


@compiled
def test_viterbi_paths_are_the_same() -> None:
    rng = np.random.default_rng(7)
    for rows, t_max in ((1, 1), (3, 5), (17, 40)):
        back = rng.integers(0, 9, (t_max, rows, 9)).astype(np.int64)
        lengths = np.sort(rng.integers(1, t_max + 1, rows))[::-1].astype(np.int64)
        lengths[0] = t_max
        last = rng.integers(0, 9, rows).astype(np.int64)
        assert _hot.backtrack(back, lengths, last) == neural.backtrack(back, lengths, last)


def _mixture_scores() -> list[np.ndarray]:
    """The log scores the tagger's Viterbi reads: its mixture of CRF and network
    probabilities on the documents (as `Tagger.mix` makes them)."""
    t = tagger.default_tagger()
    out = []
    for _keep, crf_p, net_p in t.probabilities_many(documents()[:10]):
        for a, b in zip(crf_p, net_p, strict=True):
            logp = np.log(t.crf_weight * a + (1.0 - t.crf_weight) * b + 1e-9)
            logp[:, t._labels.index("O")] -= t.o_bias
            out.append(logp)
    return out


@compiled
def test_viterbi_groups_are_the_same() -> None:
    """The compiled Viterbi steps give the paths of numpy's, on the tagger's own scores and
    on scores full of ties (rounded: the first best tag must win in both)."""
    t = tagger.default_tagger()
    neg = np.float32(-1e9)
    pen = np.where(t._move, 0.0, neg).astype(np.float32)
    lead = np.where(t._start, 0.0, neg).astype(np.float32)
    tail = np.zeros(len(lead), np.float32)
    real = _mixture_scores()
    assert len(real) > 50
    rng = np.random.default_rng(5)
    tied = [np.round(rng.standard_normal((n, len(lead)))).astype(np.float32)
            for n in rng.integers(1, 30, 40)]
    weighted = (pen + rng.standard_normal(pen.shape)).astype(np.float32)
    for logps, move, last in ((real, pen, tail), (tied, pen, tail),
                              (tied, weighted, rng.standard_normal(len(lead)).astype(np.float32)),
                              (real[:1], pen, tail)):
        want = neural.py_viterbi_group(logps, move, lead, last)
        assert neural._compiled_viterbi_group(logps, move, lead, last) == want
    # and through the batch of every sentence: the tags the tagger reads off
    assert neural.viterbi_batch(real, t._move, t._start) == \
        neural.py_viterbi_group(real, pen, lead, tail)


@compiled
def test_network_inputs_laid_out_are_the_same_bits() -> None:
    """The LSTM's input projections: cached word rows plus list-mark rows, times the gate
    scale, each token at its step forward and backward: the bits numpy gives."""
    rng = np.random.default_rng(3)
    width = 256
    rows = rng.standard_normal((50, 2, width)).astype(np.float32)
    fwd, bwd = (rng.standard_normal((5, width)).astype(np.float32) for _ in range(2))
    scale = np.where(np.arange(width) // 64 == 2, 1.0, 0.5).astype(np.float32)
    lengths = np.array([7, 3, 1, 7], np.intp)
    at = rng.integers(0, 50, lengths.sum()).astype(np.intp)
    mk = rng.integers(0, 5, lengths.sum()).astype(np.intp)
    got = np.zeros((7, 2, 4, width), np.float32)
    _hot.fill_projections(got, rows, at, fwd, bwd, mk, lengths, scale)
    row = np.repeat(np.arange(4), lengths)
    step = np.arange(len(at)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    back = np.repeat(lengths, lengths) - 1 - step
    want = np.zeros_like(got)
    want[step, 0, row] = (rows[at][:, 0] + fwd[mk]) * scale
    want[back, 1, row] = (rows[at][:, 1] + bwd[mk]) * scale
    assert got.tobytes() == want.tobytes()
    with pytest.raises(IndexError):  # a row past the cache is refused, not read
        _hot.fill_projections(got, rows, np.full_like(at, 50), fwd, bwd, mk, lengths, scale)


@compiled
def test_lstm_steps_compiled_are_the_same_bits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The LSTM's elementwise steps compiled (`lstm_cell`, `lstm_hidden`): the states numpy's
    steps give, on the network's own projections of the documents' sentences and on random
    ones, large (saturated gates), small, and of one row."""
    net = tagger.default_tagger()._neural
    seen: list[np.ndarray] = []
    run = neural.NeuralTagger._run

    def keep(self: neural.NeuralTagger, proj: np.ndarray, compiled: bool = True) -> np.ndarray:
        seen.append(proj.copy())
        return run(self, proj, compiled)

    monkeypatch.setattr(neural.NeuralTagger, "_run", keep)
    net.marginals(sentences())
    monkeypatch.setattr(neural.NeuralTagger, "_run", run)
    rng = np.random.default_rng(5)
    seen += [(rng.standard_normal((t, 2, b, 256)) * scale).astype(np.float32)
             for t, b, scale in ((9, 17, 30.0), (4, 3, 1e-3), (6, 1, 1.0))]
    assert len(seen) > 5
    for proj in seen:
        assert net._run(proj).tobytes() == net._run(proj, compiled=False).tobytes()
    with pytest.raises(ValueError):
        _hot.lstm_cell(np.zeros((2, 3, 256), np.float32), np.zeros((2, 3, 32), np.float32))


@compiled
def test_votes_are_the_same() -> None:
    for doc, tags in zip(documents(), first_tags(), strict=True):
        votes_c = [_hot.sentence_votes(s, t) for s, t in zip(doc, tags, strict=True)]
        votes_p = [features.py_sentence_votes(s, t) for s, t in zip(doc, tags, strict=True)]
        assert votes_c == votes_p
        total_c: features.Votes = {}
        total_p: features.Votes = {}
        for v in votes_p:
            _hot.add_votes(total_c, v)
            features.py_add_votes(total_p, v)
        assert total_c == total_p
        _hot.add_votes(total_c, votes_p[0], -1)
        features.py_add_votes(total_p, votes_p[0], -1)
        assert total_c == total_p
        memo_c: dict = {}
        memo_p: dict = {}
        attr, unk = tagger.default_tagger()._crf(True).attributes
        ids_c: dict = {}
        ids_p: dict = {}
        for words, own in zip(doc, votes_p, strict=True):
            base = features.py_context_rest(words)
            got = _hot.with_votes(base, words, total_p, own, memo_c)
            assert got == tagger.py_with_votes(base, words, total_p, own, memo_p)
            assert len(got) == len(words)
            # as the CRF's ids: the ids of the same features
            want = [[attr.get(f, unk) for f in row] for row in got]
            base_ids = [[attr.get(f, unk) for f in row] for row in base]
            assert _hot.with_votes(base_ids, words, total_p, own, ids_c, attr, unk) == want
            assert tagger.py_with_votes(base_ids, words, total_p, own, ids_p, attr, unk) == want
        assert any(f.startswith("doc=") for s in doc for f in
                   [x for row in tagger.py_with_votes(features.py_context_rest(s), s, total_p,
                                                      {}, {}) for x in row])


@compiled
def test_document_votes_counted_by_label_are_the_same_ids() -> None:
    """A document's second-pass ids with the network's tags voting, counted in C arrays by
    label index (`_hot.vote_ids`): the ids of the votes counted as strings in dicts
    (`document_pass_features`), for every document, the memo kept across them."""
    t = tagger.default_tagger()
    crf_second = t._crf(True)
    attr, unk = crf_second.attributes
    memo: dict = {}
    voted = 0
    for doc in documents():
        base = [crf_second.context_ids(s) if s else [] for s in doc]
        keep = [i for i, f in enumerate(base) if f]
        probs = t._neural.marginals([doc[i] for i in keep])
        votes = t._votes(len(doc), keep, probs)
        want = tagger.document_pass_features(doc, base, votes, None, attr, unk)
        tags = [[] for _ in doc]
        for i, m in zip(keep, probs, strict=True):
            tags[i] = m.argmax(axis=1).tolist()
        types = ("PER", "O", "LOC", "ORG", "MISC")  # any order: the features read counts
        label_types = tuple(types.index(x[2:] if x != "O" else "O") for x in t._labels)
        got = _hot.vote_ids([list(s) for s in doc], base, tags, label_types, types, memo,
                            attr, unk)
        assert got == want
        assert t._document_ids(doc, base, keep, probs, None, crf_second) == want
        voted += sum(len(r) > len(b) for g, bs in zip(got, base, strict=True)
                     for r, b in zip(g, bs, strict=True))
    assert voted > 100 and memo  # vote features were added
    with pytest.raises(ValueError):
        _hot.vote_ids([["a", "b"]], [[[], []]], [[0]], label_types, types, {}, attr, unk)


@compiled
def test_feature_ids_inputs_and_rows_are_the_same() -> None:
    t = tagger.default_tagger()
    marginals = t._marginals["second"]
    attr, unk = marginals._attr, marginals._unknown
    context = [f for s in sentences()[:300] for f in features.py_context_rest(s)]
    ids_c, cuts_c = _hot.feature_ids(context, attr, unk)
    ids_p, cuts_p = crf.feature_ids(context, attr, unk)
    assert ids_c.tolist() == ids_p and cuts_c.tolist() == cuts_p
    as_ids = [[attr.get(f, unk) for f in row] for row in context]  # given as ids: the same
    flat_c, flat_cuts_c = _hot.flat_ids(as_ids, unk)
    assert (flat_c.tolist(), flat_cuts_c.tolist()) == crf.flat_ids(as_ids, unk) == (ids_p, cuts_p)
    assert unk in ids_p and len(set(ids_p)) > 100  # known and unknown features both
    mark_index = t._neural.vocab.index["mark"]
    norms_c, mk_c = _hot.neural_inputs(sentences(), mark_index, neural.UNK)
    norms_p, mk_p = neural.inputs(sentences(), mark_index, neural.UNK)
    assert norms_c == norms_p and mk_c.tolist() == mk_p
    by_sentence = [list(map(features.norm_word, s)) for s in sentences()]
    marks = [features.phrase_marks(n) for n in by_sentence]
    for inputs in (_hot.neural_inputs, neural.inputs):  # given the norms: the same
        got_norms, got_mk = inputs(by_sentence, mark_index, neural.UNK, True)
        assert got_norms == norms_p and list(got_mk) == mk_p
        got_norms, got_mk = inputs(by_sentence, mark_index, neural.UNK, True, marks)
        assert got_norms == norms_p and list(got_mk) == mk_p  # and the marks: the same
        # the marks given are the ones read: none given as none found
        _, none_mk = inputs(by_sentence, mark_index, neural.UNK, True,
                            [[""] * len(n) for n in by_sentence])
        assert set(none_mk) == {mark_index["-"]}
    assert len(set(mk_p)) > 1  # list marks were found
    index = {w: i for i, w in enumerate(dict.fromkeys(norms_p))}
    assert _hot.known_rows(index, norms_p).tolist() == cache.known_rows(index, norms_p)
    assert _hot.known_rows(index, [*norms_p, "<not a word>"]) is None
    assert cache.known_rows(index, ["<not a word>"]) is None


@compiled
@pytest.mark.parametrize("extra", [
    [],  # the demo words alone
    ["ب" * 21, "ب" * 22, "ب" * 23, "ب" * 40, "a" * 30],  # at, past and far past the cut
    ["😀", "x😀y", "\U0001F600" * 30, "Ω", "x"],  # letters the network has no id for
])
def test_character_window_keys_are_the_same(extra: list[str]) -> None:
    net = tagger.default_tagger()._neural
    chars = net.vocab.index["chars"]
    table = neural.char_table(chars, neural.UNK)
    words = sorted({features.norm_word(w) for s in sentences() for w in s}) + extra
    for batch in (words, words[:1], words[-7:]):
        want = neural.window_keys(batch, chars, neural.UNK, net._char_base)
        got = _hot.char_window_keys(batch, table, chars, neural.UNK, net._char_base,
                                    neural.MAX_CHARS)
        assert got[0].dtype == want[0].dtype and got[1].dtype == want[1].dtype
        assert got[0].tolist() == want[0].tolist() and got[1].tolist() == want[1].tolist()
        # a word's keys are as many as the characters the network reads of it
        assert np.diff([*got[1].tolist(), len(got[0])]).tolist() == \
            [len(neural.word_chars(w)) for w in batch]
    # and the keys of a letter it has no id for are those of the unknown id
    unknown = _hot.char_window_keys(["😀"], table, chars, neural.UNK, net._char_base, 24)[0]
    base = net._char_base
    ids = [chars["<"], neural.UNK, chars[">"]]
    assert unknown[1] == ((ids[0] + 1) * base + ids[1] + 1) * base + ids[2] + 1


@compiled
def test_neighbour_shares_without_the_grid_are_the_same_bits(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The CRF's marginals with the neighbours' shares added in one compiled pass and with
    the grid of words (`_add_neighbours`): the same bits, in batches and one by one."""
    t = tagger.default_tagger()
    sents = sentences()[:400]
    for second in (True, False):
        m = t._crf(second)
        ctx = [m.context_ids(s) for s in sents]
        got = m.marginals(sents, ctx, ids=True) + m.marginals(sents[:3], ctx[:3], ids=True)
        with monkeypatch.context() as mp:
            mp.setattr(crf, "_hot", None)
            want = m.marginals(sents, ctx, ids=True) + m.marginals(sents[:3], ctx[:3],
                                                                  ids=True)
        assert len(got) == len(want) == len(sents) + 3
        assert all(a.tobytes() == b.tobytes() for a, b in zip(got, want, strict=True))


@pytest.mark.parametrize("extra", [
    [],  # the demo words alone
    ["=", "x=y", "<sp>", "وال", "ال", "12", "abc", "بغداد", "وبغداد", "الرئيس", "«"],
])
def test_neighbour_ids_from_tables_are_the_strings_ids(extra: list[str]) -> None:
    """The ids of new words' neighbour features read from tables by their context keys
    (`crf.NeighbourIds`, and compiled) are `feature_ids` of the feature strings, group for
    group; the rows summed from them are the reference's, bit for bit (both CRFs)."""
    t = tagger.default_tagger()
    words = new_words(extra)
    for second in (True, False):
        m = t._crf(second)
        table = m._neighbour_ids
        attr, unk = m.attributes
        groups = [g for n in words for g in features.neighbour_features(n, features.lexicon())]
        want = crf.feature_ids(groups, attr, unk)
        assert table.ids(words) == want
        assert len(want[1]) == 7 * len(words)
        known = [i for i in want[0] if i != unk]
        assert len(set(known)) > 1000  # words, cores, cue and list classes, bands known
        if _hot is not None:
            got = _hot.neighbour_ids(words, table.tables, table.bands, table.no_band,
                                     table.none, table.unk)
            assert (got[0].tolist(), got[1].tolist()) == want
        assert m._neighbours(words).tobytes() == m.reference_neighbours(words).tobytes()


@compiled
@pytest.mark.parametrize("extra", [
    [],  # the demo words alone
    ["=", "x=y", "ي=و", "<sp>", "وال", "ال", "ا", "اا", "12", "abc", "«", "ب" * 30,
     "بغداد", "وبغداد", "الرئيس", "والأمريكيين"],
])
def test_word_feature_ids_by_family_are_the_strings_ids(extra: list[str]) -> None:
    """A new word's own feature ids read by family and value (`_hot.word_feature_ids`) are
    `feature_ids` of its `word_features` strings (the Python reference's), in batches and
    alone; the compiled row sums of them are numpy's, bit for bit (both CRFs)."""
    t = tagger.default_tagger()
    words = new_words(extra)
    for second in (True, False):
        m = t._crf(second)
        attr, unk = m.attributes
        for batch in (words, words[:1], words[-20:]):
            want = crf.feature_ids([features.py_word_features(n) for n in batch], attr, unk)
            got = _hot.word_feature_ids(batch, crf.families(attr), attr, unk)
            assert (got[0].tolist(), got[1].tolist()) == want
            assert _hot.row_sums(m._w, *got).tobytes() == \
                crf.row_sums(m._w, *want).tobytes()
        known = set(want[0]) - {unk}
        assert len(known) > 10  # the last words' features are mostly known


@pytest.mark.parametrize("extra", [
    [],  # the demo words alone
    ["=", "<sp>", "وال", "ال", "12", "abc", "«", "ب" * 30, "😀", "محمد", "السوريين"],
])
def test_network_input_rows_laid_side_by_side_are_the_same_bits(extra: list[str]) -> None:
    """New words' input projections from their embedding rows written side by side
    (`input_ids`, compiled and not) are the reference's (gathered input by input and
    concatenated), bit for bit, in batches and alone."""
    net = tagger.default_tagger()._neural
    words = sorted({features.norm_word(w) for s in sentences() for w in s})
    words += [features.norm_word(w) for w in extra]
    for batch in (words, words[:1], words[-9:]):
        got = net._projections(batch)
        want = net.reference_projections(batch)
        assert got.dtype == want.dtype and got.tobytes() == want.tobytes()
        ids = neural.input_ids(batch, net._input_maps, net._lex, neural.UNK)
        if _hot is not None:
            assert _hot.input_ids(batch, net._input_maps, net._lex, neural.UNK).tolist() == \
                ids.tolist()
    assert len({tuple(r) for r in ids.tolist()}) > 1  # rows differ by word


def _entities_script() -> str:
    return (
        "import json, sys\n"
        "from rasd.entities.compiled import hot\n"
        "from rasd.entities.tagger import default_tagger\n"
        "docs = json.load(sys.stdin)\n"
        "print(json.dumps({'compiled': hot() is not None,\n"
        "                  'tags': default_tagger().tag_documents(docs)}))\n"
    )


def test_pure_python_tags_equal_compiled_tags() -> None:
    """The whole tagger, batched, in a process without the compiled module and in one with
    it (where built): the same tags."""
    docs = json.dumps(documents()[:20])
    runs = {}
    for pure in ("1", "0"):
        env = {**os.environ, "RASD_PURE_PYTHON": pure, "OMP_NUM_THREADS": "1"}
        got = subprocess.run([sys.executable, "-c", _entities_script()], input=docs,
                             capture_output=True, text=True, env=env, check=True)
        runs[pure] = json.loads(got.stdout)
    assert runs["1"]["compiled"] is False
    assert runs["0"]["compiled"] is (_hot is not None)
    assert runs["1"]["tags"] == runs["0"]["tags"]
    assert any(t != "O" for d in runs["1"]["tags"] for s in d for t in s)
    assert np.mean([len(d) for d in runs["1"]["tags"]]) > 3  # documents, not lone lines
