# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""The entity stage's per-token loops, compiled (Cython): the same results as the Python
functions they stand in for, which stay the reference and the fallback where no compiler
built this module (features.py and tagger.py pick this one when it imports).

- `context_rest`: features.context_rest (with features._scan_features)
- `word_features`: features.word_features (a word's own features)
- `context_ids`: features.context_ids (context_rest's features as a CRF's attribute ids)
- `sentence_votes`, `add_votes`: the same names in features.py
- `with_votes`: tagger._with_votes
- `vote_ids`: tagger.document_pass_features of a whole document, as ids
- `feature_ids`, `flat_ids`: the ids and cuts of crf.CrfsuiteMarginals.emissions
- `viterbi_paths`: the steps of neural._viterbi_group
- `neural_inputs`: the normalized words and list-mark ids of neural.NeuralTagger._emissions
- `known_rows`: cache.RowCache's look-up when every key is known
- `phrase_marks`: features._marks (the multi-word list marks)
- `backtrack`: the path read-out of neural._viterbi_group
- `fill_projections`: the LSTM's input projections laid out (neural.NeuralTagger._emissions)
- `lstm_cell`, `lstm_hidden`: an LSTM step's elementwise work (neural.NeuralTagger._run)
- `char_window_keys`: neural.window_keys (the character CNN's windows of new words)
- `add_neighbours`: the neighbours' shares of crf.CrfsuiteMarginals.marginals, no grid
- `neighbour_ids`: crf.NeighbourIds.ids (the ids of new words' neighbour features)
- `row_sums`: the sums of crf.CrfsuiteMarginals._local (a word's rows one after another)
- `word_feature_ids`: `feature_ids` of new words' `word_features`, no feature string built
- `input_ids`: neural.input_ids (new words' embedding rows, by input)
- `id_hits`: the tokens whose word's answer in a table by word id is not no (text.vocab)
- `ViewWords`: roles.View's word look-ups (`phrase_at`, `openings`, `is_verb`, `in_words`,
  `is_def`, `is_time`, `stop`, `token_range`, `candidates`, `trigger_noun_at`), asked thousands of times a document by the claims and events passes

Features come out as the same strings in the same order (the CRF sums their weights in
that order: another order would move the sums in the last bits).
"""

cimport cython
from cpython.dict cimport PyDict_GetItem
from cpython.object cimport PyObject
from libc.stdint cimport int32_t, int64_t
from libc.stdlib cimport free, malloc, realloc

import numpy as np

# What this build offers (compiled.API must match: a module built from an older .pyx is
# then not used). Raise both when a function is added or changes its meaning.
API = 13

from rasd.entities.features import (
    _MARKED,
    _QUOTES,
    _core,
    _readings,
    _shape,
    cues,
    gazetteer,
    _context_keys,
    _lex_key,
    _phrase_marks,
    _phrases_after,
    _vote_key,
    norm_word,
    vote_features,
    vote_key,
    word_flags,
)

cdef frozenset QUOTES = frozenset(_QUOTES)
cdef frozenset MARKED = frozenset(_MARKED)
cdef tuple LC_DIST = ("", ":1", ":2", ":3", ":4")
cdef tuple OC = ("", "oc=1", "oc=2", "oc=3")


cdef dict FACTS = {}  # normalized word -> (cue class, flag bits): see _facts
cdef Py_ssize_t MAX_FACTS = 1 << 18  # words kept; past it the kept facts start again


cdef tuple _facts(str w):
    """What the context features read of a normalized word, kept per word (one look-up a
    token instead of three): (its cue class, `_context_keys(w)[2]`; bits: 1 given name,
    2 nationality adjective, 4 definite or nationality, 8 punctuation, 16 quote or bracket,
    from `word_flags` and MARKED)."""
    cdef PyObject *got = PyDict_GetItem(FACTS, w)
    if got != NULL:
        return <tuple> got
    fl = word_flags(w)
    cdef long bits = ((1 if fl[0] else 0) | (2 if fl[1] else 0) | (4 if (fl[2] or fl[1]) else 0)
                      | (8 if fl[3] else 0) | (16 if w in MARKED else 0))
    cdef tuple facts = (<str> _context_keys(w)[2], bits)
    if len(FACTS) >= MAX_FACTS:
        FACTS.clear()
    FACTS[w] = facts
    return facts


cdef inline object _id(dict attr, str feature, object unk):
    cdef PyObject *got = PyDict_GetItem(attr, feature)
    return unk if got == NULL else <object> got


cdef inline object _pair_id(dict table, dict attr, str prefix, str a, str b, object unk):
    """The id of the bigram feature prefix + a|b: from `table` (first word -> second word ->
    id), or from its string where a word holds "|" (the table has no such pair)."""
    cdef PyObject *got
    if "|" in a or "|" in b:
        return _id(attr, prefix + a + "|" + b, unk)
    got = PyDict_GetItem(table, a)
    if got == NULL:
        return unk
    got = PyDict_GetItem(<dict> got, b)
    return unk if got == NULL else <object> got


cdef inline object _emit(dict attr, str feature, object unk):
    """A feature as it is given: its string (attr None), else its id in `attr`."""
    if attr is None:
        return feature
    return _id(attr, feature, unk)


cdef list _context_walk(list norms, dict attr, object unk, dict before, dict after,
                        object marks):
    """The context features of features.context_rest, one walk for both forms: strings
    (attr None) or `attr` ids, the word bigrams then looked up in `before` and `after`
    (features.bigram_tables) without building their strings; `marks`: the sentence's
    phrase marks (None: found here)."""
    cdef Py_ssize_t n = len(<list> norms)
    if n == 0:
        return []
    if marks is None:
        marks = _phrase_marks(norms)
    cdef list classes = [""] * n
    cdef tuple facts
    cdef long bits
    cdef unsigned char *flag = <unsigned char *> malloc(n * 5)
    if flag == NULL:
        raise MemoryError()
    # per token: 0 given name, 1 nationality, 2 definite, 3 punctuation, 4 quote or bracket
    cdef unsigned char *near = flag + 4 * n  # (reused below: tokens near a name flag)
    cdef unsigned char *given = flag
    cdef unsigned char *nat = flag + n
    cdef unsigned char *plainish = flag + 2 * n  # definite or nationality
    cdef unsigned char *punct = flag + 3 * n
    cdef unsigned char *marked = NULL
    cdef Py_ssize_t i, j, d, cue = -9, org = -9, mark = -9, plain = -9
    cdef list out = []
    cdef list f
    cdef str w, c, m, prev_word, nxt
    try:
        marked = <unsigned char *> malloc(n)
        if marked == NULL:
            raise MemoryError()
        for i in range(n):
            facts = _facts(<str> norms[i])
            classes[i] = facts[0]
            bits = <long> facts[1]
            given[i] = bits & 1
            nat[i] = (bits >> 1) & 1
            plainish[i] = (bits >> 2) & 1
            punct[i] = (bits >> 3) & 1
            marked[i] = (bits >> 4) & 1
            near[i] = 0
        for j in range(n):
            if given[j] or nat[j]:
                for i in range(j - 2, j + 3):
                    if 0 <= i < n:
                        near[i] = 1
        prev_word = "<s>"
        for i in range(n):
            f = []
            if cue >= i - 4 and mark < cue:
                c = <str> classes[cue]
                d = i - cue
                f.append(_emit(attr, "lc=" + c + <str> LC_DIST[d], unk))
                if d > 1 and plain <= cue:
                    f.append(_emit(attr, "lct=" + c, unk))
            if not plainish[i]:
                plain = i
            if org >= i - 4 and plain <= org:
                d = i - org
                f.append(_emit(attr, <str> OC[d if d < 3 else 3], unk))
            if (i > 0 and marked[i - 1]) or (i + 1 < n and marked[i + 1]):
                if i > 0 and norms[i - 1] in QUOTES:
                    f.append(_emit(attr, "q-1", unk))
                if i + 1 < n and norms[i + 1] in QUOTES:
                    f.append(_emit(attr, "q+1", unk))
                if i > 0 and norms[i - 1] == "(":
                    f.append(_emit(attr, "(-1", unk))
                if i + 1 < n and norms[i + 1] == ")":
                    f.append(_emit(attr, ")+1", unk))
            if near[i]:
                if i >= 2 and nat[i - 2]:
                    f.append(_emit(attr, "nat-2", unk))
                if i >= 1:
                    if given[i - 1]:
                        f.append(_emit(attr, "gn-1", unk))
                    if nat[i - 1]:
                        f.append(_emit(attr, "nat-1", unk))
                if i + 1 < n:
                    if given[i + 1]:
                        f.append(_emit(attr, "gn1", unk))
                    if nat[i + 1]:
                        f.append(_emit(attr, "nat1", unk))
                if i + 2 < n and nat[i + 2]:
                    f.append(_emit(attr, "nat2", unk))
            # bigrams with the word before and after, the multi-word list mark
            w = <str> norms[i]
            nxt = <str> norms[i + 1] if i + 1 < n else "</s>"
            if attr is None:
                f.append("bg-=" + prev_word + "|" + w)
                f.append("bg+=" + w + "|" + nxt)
            else:
                f.append(_pair_id(before, attr, "bg-=", prev_word, w, unk))
                f.append(_pair_id(after, attr, "bg+=", w, nxt, unk))
            prev_word = w
            m = <str> marks[i]
            if m:
                f.append(_emit(attr, "ph=" + m, unk))
            out.append(f)
            if punct[i]:
                mark = i
            c = <str> classes[i]
            if c:
                cue = i
                if c == "ORG":
                    org = i
    finally:
        free(flag)
        free(marked)
    (<list> out[0]).append(_emit(attr, "BOS", unk))
    (<list> out[n - 1]).append(_emit(attr, "EOS", unk))
    return out


def context_rest(words, norms=None, marks=None):
    """features.context_rest, compiled."""
    return _context_walk(list(map(norm_word, words)) if norms is None else list(norms),
                         None, None, None, None, marks)


def context_ids(words, norms, dict attr, unk, dict before, dict after, marks=None):
    """features.context_ids, compiled: context_rest's features as `attr` ids, in the same
    order."""
    return _context_walk(list(map(norm_word, words)) if norms is None else list(norms),
                         attr, unk, before, after, marks)


cdef dict VOTE_KEYS = {}  # token string -> (_vote_key, vote_key): see _vote_keys
cdef dict TYPES = {}  # tag -> the type it votes for (B-PER -> PER, O -> O)


cdef tuple _vote_keys(str w):
    """(`_vote_key(w)`, `vote_key(w)`), kept per word in a plain dict (a look-up there costs
    a third of a call to the two functions' caches)."""
    cdef PyObject *got = PyDict_GetItem(VOTE_KEYS, w)
    if got != NULL:
        return <tuple> got
    cdef tuple keys = (<str> _vote_key(w), <str> vote_key(w))
    if len(VOTE_KEYS) >= MAX_FACTS:
        VOTE_KEYS.clear()
    VOTE_KEYS[w] = keys
    return keys


cdef str _vote_type(str t):
    cdef PyObject *got = PyDict_GetItem(TYPES, t)
    if got != NULL:
        return <str> got
    typ = t[2:] if t != "O" else "O"
    if len(TYPES) < 64:  # (tags: a handful)
        TYPES[t] = typ
    return typ


def sentence_votes(words, tags):
    """features.sentence_votes, compiled."""
    cdef dict votes = {}
    cdef dict d
    cdef str key, t, typ
    if len(words) != len(tags):
        raise ValueError("sentence_votes: words and tags differ in length")
    for w, t in zip(words, tags):
        key = <str> _vote_keys(w)[0]
        if key:
            typ = _vote_type(t)
            d = votes.get(key)
            if d is None:
                d = votes[key] = {}
            d[typ] = d.get(typ, 0) + 1
    return votes


def add_votes(dict total, dict votes, int sign=1):
    """features.add_votes, compiled."""
    cdef dict t
    for core, d in votes.items():
        t = total.get(core)
        if t is None:
            t = total[core] = {}
        for typ, k in (<dict> d).items():
            t[typ] = t.get(typ, 0) + sign * k


cdef tuple NONE = ((), [], [])


def with_votes(list base, words, dict total, dict own, dict memo, dict attr=None, unk=0):
    """tagger._with_votes, compiled."""
    cdef list got = []
    cdef object d, mine
    cdef tuple counts, v, f
    for w in words:
        key = _vote_keys(w)[1]
        d = total.get(key)
        if not d:
            got.append(NONE)
            continue
        mine = own.get(key)
        if mine == d:  # the stem's votes all come from this sentence
            got.append(NONE)
            continue
        if mine is None:
            counts = tuple((<dict> d).items())
        else:
            counts = tuple([(t, k - (<dict> mine).get(t, 0)) for t, k in (<dict> d).items()])
        v = memo.get(counts)
        if v is None:
            f = vote_features(dict(counts))
            if not f:
                v = NONE
            elif attr is None:
                v = (f, [f[0] + "@-1"], [f[0] + "@1"])
            else:
                v = (tuple([_id(attr, x, unk) for x in f]), [_id(attr, f[0] + "@-1", unk)],
                     [_id(attr, f[0] + "@1", unk)])
            memo[counts] = v
        got.append(v)
    cdef list out = []
    cdef Py_ssize_t i, n = len(base), last = len(got) - 1
    cdef list prev = []
    cdef object after
    cdef tuple own_f
    cdef list row
    for i in range(n):
        fi = base[i]
        own_f = <tuple> (<tuple> got[i])[0]
        after = (<tuple> got[i + 1])[2] if i < last else ()
        if own_f or prev or after:
            row = list(fi)
            row.extend(own_f)
            row.extend(prev)
            row.extend(after)
            out.append(row)
        else:
            out.append(fi)
        prev = <list> (<tuple> got[i])[1]
    return out


def feature_ids(context, dict attr, Py_ssize_t unk):
    """The attribute ids of each token's features, a leading `unk` id per token, and where
    each token's ids start (crf.CrfsuiteMarginals.emissions), as intp arrays."""
    return _packed_ids(list(context), attr, unk)


cdef tuple _packed_ids(list rows, dict attr, Py_ssize_t unk):
    """feature_ids of `rows`: features looked up in `attr`, or ids already (attr None)."""
    cdef Py_ssize_t total = len(rows), k = 0, pos = 0
    for f in rows:
        total += len(f)
    ids = np.empty(total, np.intp)
    cuts = np.empty(len(rows), np.intp)
    cdef Py_ssize_t[::1] iv = ids
    cdef Py_ssize_t[::1] cv = cuts
    cdef PyObject *got
    for f in rows:
        cv[k] = pos
        k += 1
        iv[pos] = unk
        pos += 1
        if attr is None:
            for a in f:
                iv[pos] = a
                pos += 1
        else:
            for a in f:
                got = PyDict_GetItem(attr, a)
                iv[pos] = unk if got == NULL else <Py_ssize_t> (<object> got)
                pos += 1
    return ids, cuts


def neighbour_ids(list norms, tuple tables, dict bands, tuple no_band, tuple none,
                  Py_ssize_t unk):
    """crf.NeighbourIds.ids: the ids of each word's seven `features.neighbour_features`
    groups, each led by `unk`, read from its tables by the word's `_context_keys` (its core's
    lexicon band ids from `bands`), and where each group starts, as intp arrays."""
    cdef Py_ssize_t n_words = len(norms), pos = 0, g = 0, k
    cdef dict tw = tables[0], tc = tables[1], tcue = tables[2], tgaz = tables[3]
    ids = np.empty(26 * n_words, np.intp)  # at most 3 x 2 + 4 x 5 ids a word
    cuts = np.empty(7 * n_words, np.intp)
    cdef Py_ssize_t[::1] iv = ids
    cdef Py_ssize_t[::1] cv = cuts
    cdef PyObject *got
    cdef tuple keys, lx, wi, ci, cue, gaz
    for n in norms:
        keys = _context_keys(n)
        got = PyDict_GetItem(bands, keys[1])
        lx = no_band if got == NULL else <tuple> got
        got = PyDict_GetItem(tw, keys[0])
        wi = none if got == NULL else <tuple> got
        got = PyDict_GetItem(tc, keys[1])
        ci = none if got == NULL else <tuple> got
        cue = gaz = None
        if keys[2]:
            got = PyDict_GetItem(tcue, keys[2])
            cue = none if got == NULL else <tuple> got
        if keys[3]:
            got = PyDict_GetItem(tgaz, keys[3])
            gaz = none if got == NULL else <tuple> got
        for k in range(3):
            cv[g] = pos
            g += 1
            iv[pos] = unk
            iv[pos + 1] = <Py_ssize_t> lx[k]
            pos += 2
        for k in range(4):
            cv[g] = pos
            g += 1
            iv[pos] = unk
            iv[pos + 1] = <Py_ssize_t> wi[k]
            iv[pos + 2] = <Py_ssize_t> ci[k]
            pos += 3
            if cue is not None:
                iv[pos] = <Py_ssize_t> cue[k]
                pos += 1
            if gaz is not None and (k == 1 or k == 2):
                iv[pos] = <Py_ssize_t> gaz[k]
                pos += 1
    return ids[:pos], cuts


@cython.boundscheck(True)  # the ids are checked once each (the inner loop is not)
def row_sums(const double[:, ::1] w, const Py_ssize_t[::1] ids, const Py_ssize_t[::1] cuts):
    """Row g: the rows w[ids[j]] of group g (ids from cuts[g] + 1, past its leading id, up to
    the next group's cut) added one after another in float64, the first copied: the sums
    crf.CrfsuiteMarginals._local makes with numpy (`.sum(axis=1)` of each group's rows,
    sequential along that axis), element by element."""
    cdef Py_ssize_t n = cuts.shape[0], kw = w.shape[1], g, j, a, b, l, r
    out = np.empty((n, kw), np.float64)
    cdef double[:, ::1] ov = out
    cdef double *dst
    cdef const double *src
    for g in range(n):
        a = cuts[g] + 1
        b = cuts[g + 1] if g + 1 < n else ids.shape[0]
        if a >= b or b > ids.shape[0]:
            raise ValueError("row_sums: a group without rows")
        for j in range(a, b):
            r = ids[j]
            if r < 0 or r >= w.shape[0]:
                raise IndexError("row_sums: an id past the rows")
        dst = &ov[g, 0]
        src = &w[ids[a], 0]
        for l in range(kw):
            dst[l] = src[l]
        for j in range(a + 1, b):
            src = &w[ids[j], 0]
            for l in range(kw):
                dst[l] = dst[l] + src[l]
    return out


def input_ids(list norms, list maps, dict lex, Py_ssize_t unk):
    """neural.input_ids, compiled: each word's row of every embedding the network reads of
    it (word, core, then `neural.SLOTS`' `word_slots`), `unk` where an index lacks it."""
    cdef Py_ssize_t n_words = len(norms), i = 0, j
    out = np.empty((n_words, 7), np.intp)
    cdef Py_ssize_t[:, ::1] ov = out
    cdef PyObject *got
    cdef tuple keys, flags, vals
    cdef str core
    if len(maps) != 7:
        raise ValueError("input_ids: seven indexes")
    for n in norms:
        keys = _context_keys(n)
        core = keys[1]
        flags = word_flags(n)
        vals = (n, core, keys[2] or "-", keys[3] or "-", _lex_key(lex, core), _shape(n),
                "given" if flags[0] else "nationality" if flags[1] else "-")
        for j in range(7):
            got = PyDict_GetItem(<dict> maps[j], vals[j])
            ov[i, j] = unk if got == NULL else <Py_ssize_t> (<object> got)
        i += 1
    return out


def neural_inputs(sentences, dict mark_index, Py_ssize_t unk, bint normalized=False,
                  given=None):
    """The normalized words of all the sentences in order, and each token's list-mark id
    (neural.NeuralTagger._emissions); `normalized`: the sentences are their norm_words;
    `given`: each sentence's phrase marks (None: found here)."""
    cdef list norms = []
    cdef list marks = []
    cdef list ns
    for k, words in enumerate(sentences):
        ns = list(words) if normalized else list(map(norm_word, words))
        norms.extend(ns)
        marks.extend(_phrase_marks(ns) if given is None else given[k])
    cdef Py_ssize_t i, n = len(marks)
    mk = np.empty(n, np.intp)
    cdef Py_ssize_t[::1] mv = mk
    cdef PyObject *got
    for i in range(n):
        m = marks[i]
        got = PyDict_GetItem(mark_index, m or "-")
        mv[i] = unk if got == NULL else <Py_ssize_t> (<object> got)
    return norms, mk


def known_rows(dict index, keys):
    """The rows of `keys` as an intp array, or None when a key is not in `index`."""
    cdef list ks = list(keys)
    cdef Py_ssize_t i, n = len(ks)
    at = np.empty(n, np.intp)
    cdef Py_ssize_t[::1] av = at
    cdef PyObject *got
    for i in range(n):
        got = PyDict_GetItem(index, ks[i])
        if got == NULL:
            return None
        av[i] = <Py_ssize_t> (<object> got)
    return at


def phrase_marks(tuple norms):
    """features._marks (uncached: the caller caches), compiled."""
    cdef Py_ssize_t n = len(norms), i = 0, j, k, hit
    cdef list marks = [""] * n
    cdef str cls, c
    while i < n:
        after = _phrases_after(norms[i])
        entries = (<dict> after).get(norms[i + 1]) if after and i + 1 < n else None
        if not entries:  # most words start no list name
            i += 1
            continue
        hit = 0
        cls = ""
        for rest, c in entries:
            k = len(<tuple> rest)
            if k + 1 > hit and norms[i + 1 : i + 1 + k] == rest:
                hit = k + 1
                cls = c
        if hit:
            marks[i] = "B-" + cls
            for j in range(i + 1, i + hit):
                marks[j] = "I-" + cls
            i += hit
        else:
            i += 1
    return tuple(marks)


def backtrack(const int64_t[:, :, ::1] back, const int64_t[::1] lengths,
              const int64_t[::1] last_tags):
    """The Viterbi paths of a group's rows (neural._viterbi_group): row r is `lengths[r]`
    long and ends on `last_tags[r]`; `back[t, r, j]` is the best tag before tag j at t."""
    cdef Py_ssize_t r, t, rows = lengths.shape[0]
    cdef int64_t j
    cdef list out = []
    cdef list path
    for r in range(rows):
        j = last_tags[r]
        path = [j]
        for t in range(lengths[r] - 1, 0, -1):
            j = back[t, r, j]
            path.append(j)
        path.reverse()
        out.append(path)
    return out


@cython.boundscheck(True)  # each token's row and mark checked (the inner loops are not)
def fill_projections(float[:, :, :, ::1] proj, const float[:, :, ::1] rows,
                     const Py_ssize_t[::1] at, const float[:, ::1] fwd,
                     const float[:, ::1] bwd, const Py_ssize_t[::1] marks,
                     const Py_ssize_t[::1] lengths, const float[::1] scale):
    """proj[s, 0, r] = (rows[at[k], 0] + fwd[marks[k]]) * scale for the token k at step s of
    sentence r, and proj[len - 1 - s, 1, r] the same backward: the float32 sums and
    products numpy makes in neural.NeuralTagger._emissions, element by element."""
    cdef Py_ssize_t r, s, k = 0, j, width = scale.shape[0], n
    cdef const float *src
    cdef const float *mark
    cdef float *dst
    if rows.shape[2] != width or fwd.shape[1] != width or proj.shape[3] != width:
        raise ValueError("fill_projections: widths differ")
    if at.shape[0] != marks.shape[0]:
        raise ValueError("fill_projections: tokens and marks differ")
    for r in range(lengths.shape[0]):
        n = lengths[r]
        if k + n > at.shape[0] or n > proj.shape[0]:
            raise ValueError("fill_projections: more tokens than given")
        for s in range(n):
            src = &rows[at[k], 0, 0]
            mark = &fwd[marks[k], 0]
            dst = &proj[s, 0, r, 0]
            for j in range(width):
                dst[j] = (src[j] + mark[j]) * scale[j]
            src = &rows[at[k], 1, 0]
            mark = &bwd[marks[k], 0]
            dst = &proj[n - 1 - s, 1, r, 0]
            for j in range(width):
                dst[j] = (src[j] + mark[j]) * scale[j]
            k += 1



def viterbi_paths(const float[:, :, ::1] pad, const int64_t[::1] lengths,
                  const float[:, ::1] pen, const float[::1] lead, const float[::1] tail):
    """The best paths of a group (neural._viterbi_group): `pad` (T, rows, tags) time-major
    log scores, row r `lengths[r]` long; `pen` (from, to), `lead` and `tail` the move, first
    and last tag scores. The same float32 sums, maxima and first-index argmaxes as numpy's
    there, one row at a time (rows never mix)."""
    cdef Py_ssize_t t_max = pad.shape[0], b = pad.shape[1], k = pad.shape[2]
    cdef Py_ssize_t r, t, i, j, n, arg
    cdef float best, c
    if pen.shape[0] != k or pen.shape[1] != k or lead.shape[0] != k or tail.shape[0] != k:
        raise ValueError("viterbi_paths: tag counts differ")
    if lengths.shape[0] != b:
        raise ValueError("viterbi_paths: rows and lengths differ")
    for r in range(b):
        if lengths[r] < 1 or lengths[r] > t_max:
            raise ValueError("viterbi_paths: a length out of range")
    cdef float *block = <float *> malloc(2 * k * sizeof(float))
    cdef int64_t *back = <int64_t *> malloc(t_max * k * sizeof(int64_t))
    cdef float *score
    cdef float *nxt
    cdef float *tmp
    cdef list out = []
    cdef list path
    cdef int64_t last
    if block == NULL or back == NULL:
        free(block)
        free(back)
        raise MemoryError()
    try:
        for r in range(b):
            n = lengths[r]
            score = block
            nxt = block + k
            for j in range(k):
                score[j] = pad[0, r, j] + lead[j]
            for t in range(1, n):
                for j in range(k):  # to tag j: the best tag before it (the first on ties)
                    best = score[0] + pen[0, j]
                    arg = 0
                    for i in range(1, k):
                        c = score[i] + pen[i, j]
                        if c > best:
                            best = c
                            arg = i
                    back[t * k + j] = arg
                    nxt[j] = best + pad[t, r, j]
                tmp = score
                score = nxt
                nxt = tmp
            best = score[0] + tail[0]
            last = 0
            for j in range(1, k):
                c = score[j] + tail[j]
                if c > best:
                    best = c
                    last = j
            path = [last]
            for t in range(n - 1, 0, -1):
                last = back[t * k + last]
                path.append(last)
            path.reverse()
            out.append(path)
    finally:
        free(block)
        free(back)
    return out


def flat_ids(context, Py_ssize_t unk):
    """crf.flat_ids, compiled: `feature_ids` of rows already given as ids."""
    return _packed_ids(list(context), None, unk)


cdef tuple PREFIX = ("", "p1=", "p2=", "p3=", "p4=")
cdef tuple SUFFIX = ("", "s1=", "s2=", "s3=", "s4=")
cdef tuple BODY_PREFIX = ("", "", "bp2=", "bp3=")
cdef tuple VOWEL_BAND = ("vow=0", "vow=1", "vow=2", "vow=3")


def word_features(str n):
    """features.word_features, compiled (uncached: features caches it)."""
    cdef dict cue = cues()
    cdef dict single = gazetteer()[0]
    cdef str shape = _shape(n)
    cdef Py_ssize_t ln = len(n), k, lb, vowels = 0
    cdef list f = ["b", "w=" + n, "sh=" + shape, "len=" + str(min(ln, 12))]
    if shape != "ar":
        return tuple(f)
    for k in range(1, 5):
        if ln > k:
            f.append(<str> PREFIX[k] + n[:k])
            f.append(<str> SUFFIX[k] + n[ln - k :])
    cdef tuple readings = _readings(n)
    cdef str core = _core(n)
    f.append("core=" + core)
    for s in readings:
        f.append("st=" + <str> s)
    cdef list seen_cue = []
    cdef list seen_gaz = []
    for s in (n, *readings):
        c = cue.get(s)
        if c and c not in seen_cue:
            seen_cue.append(c)
            f.append("cue=" + <str> c)
        g = single.get(s)
        if g and g not in seen_gaz:
            seen_gaz.append(g)
            f.append("gaz=" + <str> g)
    if n.startswith("ال"):
        f.append("al")
    flags = word_flags(n)
    if flags[0]:
        f.append("gn")
    if flags[1]:
        f.append("nat")
    # letters of transliterated foreign names: long vowels everywhere, rare letters
    cdef str body = core[2:] if core.startswith("ال") else core
    lb = len(body)
    if body != n:
        for k in (2, 3):
            if lb > k:
                f.append(<str> BODY_PREFIX[k] + body[:k])
    for ch in body:
        if ch == "ا" or ch == "و" or ch == "ي":
            vowels += 1
    k = vowels * 4 // (lb if lb > 1 else 1)
    f.append(<str> VOWEL_BAND[k if k < 3 else 3])
    for k in range(lb - 2):
        f.append("g3=" + body[k : k + 3])
    return tuple(f)


cdef inline Py_ssize_t _fid(dict table, object value, Py_ssize_t unk):
    """The id of a family's feature for `value` (`unk`: the model never saw it)."""
    if table is None:
        return unk
    cdef PyObject *got = PyDict_GetItem(table, value)
    return unk if got == NULL else <Py_ssize_t> (<object> got)


cdef class _Ids:
    """A growing buffer of ids (C)."""
    cdef Py_ssize_t *v
    cdef Py_ssize_t n, cap

    def __cinit__(self, Py_ssize_t cap):
        self.cap = cap if cap > 16 else 16
        self.n = 0
        self.v = <Py_ssize_t *> malloc(self.cap * sizeof(Py_ssize_t))
        if self.v == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.v)

    cdef int add(self, Py_ssize_t x) except -1:
        cdef Py_ssize_t *grown
        if self.n == self.cap:
            grown = <Py_ssize_t *> realloc(self.v, 2 * self.cap * sizeof(Py_ssize_t))
            if grown == NULL:
                raise MemoryError()
            self.v = grown
            self.cap *= 2
        self.v[self.n] = x
        self.n += 1
        return 0

    cdef object array(self):
        out = np.empty(self.n, np.intp)
        cdef Py_ssize_t[::1] ov = out
        cdef Py_ssize_t i
        for i in range(self.n):
            ov[i] = self.v[i]
        return out


def word_feature_ids(list norms, dict families, dict attr, Py_ssize_t unk):
    """`feature_ids` of the `word_features` of `norms` (crf.CrfsuiteMarginals._local): the
    same ids in the same order, each word's led by `unk`, and where each word's start, as
    intp arrays; each feature's id read from its family's table (`families`: the part of a
    feature up to its first "=" -> the rest -> id; `attr` for those without one) by the
    value alone, no feature string built. Follows `word_features` step for step."""
    cdef dict cue = cues()
    cdef dict single = gazetteer()[0]
    cdef dict t_w = families.get("w="), t_sh = families.get("sh=")
    cdef dict t_len = families.get("len="), t_core = families.get("core=")
    cdef dict t_st = families.get("st="), t_cue = families.get("cue=")
    cdef dict t_gaz = families.get("gaz="), t_vow = families.get("vow=")
    cdef dict t_g3 = families.get("g3=")
    cdef list t_p = [families.get(PREFIX[k]) for k in range(5)]
    cdef list t_s = [families.get(SUFFIX[k]) for k in range(5)]
    cdef list t_bp = [families.get(BODY_PREFIX[k]) for k in range(4)]
    cdef Py_ssize_t id_b = _fid(attr, "b", unk), id_al = _fid(attr, "al", unk)
    cdef Py_ssize_t id_gn = _fid(attr, "gn", unk), id_nat = _fid(attr, "nat", unk)
    cdef Py_ssize_t n_words = len(norms), w = 0, ln, k, lb, vowels
    cdef _Ids ids = _Ids(24 * n_words)
    cuts = np.empty(n_words, np.intp)
    cdef Py_ssize_t[::1] cv = cuts
    cdef str n, shape, core, body
    cdef tuple readings
    cdef list seen_cue, seen_gaz
    for n in norms:
        cv[w] = ids.n
        w += 1
        ids.add(unk)
        shape = _shape(n)
        ln = len(n)
        ids.add(id_b)
        ids.add(_fid(t_w, n, unk))
        ids.add(_fid(t_sh, shape, unk))
        ids.add(_fid(t_len, str(min(ln, 12)), unk))
        if shape != "ar":
            continue
        for k in range(1, 5):
            if ln > k:
                ids.add(_fid(<dict> t_p[k], n[:k], unk))
                ids.add(_fid(<dict> t_s[k], n[ln - k :], unk))
        readings = _readings(n)
        core = _core(n)
        ids.add(_fid(t_core, core, unk))
        for r in readings:
            ids.add(_fid(t_st, r, unk))
        seen_cue = []
        seen_gaz = []
        for r in (n, *readings):
            c = cue.get(r)
            if c and c not in seen_cue:
                seen_cue.append(c)
                ids.add(_fid(t_cue, c, unk))
            g = single.get(r)
            if g and g not in seen_gaz:
                seen_gaz.append(g)
                ids.add(_fid(t_gaz, g, unk))
        if n.startswith("ال"):
            ids.add(id_al)
        flags = word_flags(n)
        if flags[0]:
            ids.add(id_gn)
        if flags[1]:
            ids.add(id_nat)
        body = core[2:] if core.startswith("ال") else core
        lb = len(body)
        if body != n:
            for k in (2, 3):
                if lb > k:
                    ids.add(_fid(<dict> t_bp[k], body[:k], unk))
        vowels = 0
        for ch in body:
            if ch == "ا" or ch == "و" or ch == "ي":
                vowels += 1
        k = vowels * 4 // (lb if lb > 1 else 1)
        ids.add(_fid(t_vow, str(k if k < 3 else 3), unk))
        for k in range(lb - 2):
            ids.add(_fid(t_g3, body[k : k + 3], unk))
    return ids.array(), cuts


@cython.boundscheck(True)  # the shapes are checked once (the inner loop is not)
def lstm_cell(const float[:, :, ::1] g, float[:, :, ::1] c):
    """One LSTM step's cell state after its gates' tanh (neural.NeuralTagger._run): with g
    (direction, row, 4h), its i, f and o columns tanh(x / 2), c (direction, row, h) becomes
    sigma_f * c + sigma_i * g_g, each sigma tanh(x / 2) * 0.5 + 0.5: the float32 products
    and sums numpy makes there, each rounded to float32 in the same order."""
    cdef Py_ssize_t d, r, j, hs = c.shape[2]
    cdef float half = 0.5, s_i, s_f, kept, added
    if g.shape[0] != c.shape[0] or g.shape[1] != c.shape[1] or g.shape[2] != 4 * hs:
        raise ValueError("lstm_cell: shapes differ")
    cdef const float *gr
    cdef float *cr
    for d in range(c.shape[0]):
        for r in range(c.shape[1]):
            gr = &g[d, r, 0]
            cr = &c[d, r, 0]
            for j in range(hs):
                s_i = gr[j] * half
                s_i = s_i + half
                s_f = gr[hs + j] * half
                s_f = s_f + half
                kept = s_f * cr[j]
                added = s_i * gr[2 * hs + j]
                cr[j] = kept + added


@cython.boundscheck(True)
def lstm_hidden(float[:, :, ::1] h, const float[:, :, ::1] g):
    """h (direction, row, h), tanh of the cell state, times sigma_o = tanh(x / 2) * 0.5 + 0.5
    from g's o columns (neural.NeuralTagger._run), in float32 as numpy makes it there."""
    cdef Py_ssize_t d, r, j, hs = h.shape[2]
    cdef float half = 0.5, s_o
    if g.shape[0] != h.shape[0] or g.shape[1] != h.shape[1] or g.shape[2] != 4 * hs:
        raise ValueError("lstm_hidden: shapes differ")
    cdef const float *gr
    cdef float *hr
    for d in range(h.shape[0]):
        for r in range(h.shape[1]):
            gr = &g[d, r, 3 * hs]
            hr = &h[d, r, 0]
            for j in range(hs):
                s_o = gr[j] * half
                s_o = s_o + half
                hr[j] = hr[j] * s_o


def vote_ids(list sentences, list base, list tags, tuple label_types, tuple types,
             dict memo, dict attr, unk):
    """tagger.document_pass_features(sentences, base, votes, None, attr, unk), the votes
    given as each token's label index (`tags`: a list per sentence, empty for an empty one;
    `label_types[j]`: the index in `types` of label j's type, B-PER -> PER, O -> O).

    Each stem's votes are counted in C arrays (the document's, then this sentence's taken
    away), not in dicts of dicts; a stem's vote features are what `vote_features` gives its
    counts by type (the zero counts it never read change nothing), kept in `memo` (by the
    counts: a memo per `attr`) as ids."""
    cdef Py_ssize_t nt = len(types), ns = len(sentences), total = 0, s, t, n, k, j, r
    cdef Py_ssize_t at
    for s in range(ns):
        total += len(<list> tags[s])
    cdef int *counts = <int *> malloc((2 * total * nt + 1) * sizeof(int))
    cdef Py_ssize_t *own_row = <Py_ssize_t *> malloc((total + 1) * sizeof(Py_ssize_t))
    cdef Py_ssize_t *type_of = <Py_ssize_t *> malloc((total + 1) * sizeof(Py_ssize_t))
    cdef int *doc_counts
    cdef int *mine
    cdef int diff
    cdef bint any_left, small
    cdef long long packed
    cdef dict index = {}  # voting stem -> its row
    cdef list read_keys = []
    cdef list out = []
    cdef list got, row, prev, ws, ts
    cdef tuple v, key_pair, own_f
    cdef object rowobj, after
    cdef list diffs
    if counts == NULL or own_row == NULL or type_of == NULL:
        free(counts)
        free(own_row)
        free(type_of)
        raise MemoryError()
    doc_counts = counts
    mine = counts + total * nt
    try:
        for j in range(2 * total * nt):
            counts[j] = 0
        # the document's votes, each token's voting row and type
        at = 0
        for s in range(ns):
            ws = <list> sentences[s] if type(sentences[s]) is list else list(sentences[s])
            ts = <list> tags[s]
            n = len(ts)
            if len(ws) != n:
                raise ValueError("vote_ids: words and tags differ in length")
            for t in range(n):
                key_pair = _vote_keys(<str> ws[t])
                read_keys.append(key_pair[1])
                k = <Py_ssize_t> label_types[<Py_ssize_t> ts[t]]
                type_of[at] = k
                if key_pair[0]:
                    rowobj = index.get(key_pair[0])
                    if rowobj is None:
                        r = len(index)
                        index[key_pair[0]] = r
                    else:
                        r = <Py_ssize_t> rowobj
                    own_row[at] = r
                    doc_counts[r * nt + k] += 1
                else:
                    own_row[at] = -1
                at += 1
        at = 0
        for s in range(ns):
            ts = <list> tags[s]
            n = len(ts)
            if n == 0:
                out.append([])
                continue
            for t in range(at, at + n):  # this sentence's own votes
                if own_row[t] >= 0:
                    mine[own_row[t] * nt + type_of[t]] += 1
            got = []
            for t in range(at, at + n):
                rowobj = index.get(read_keys[t])
                if rowobj is None:
                    got.append(NONE)
                    continue
                r = <Py_ssize_t> rowobj
                any_left = False
                small = nt <= 5
                packed = 0
                for k in range(nt):
                    diff = doc_counts[r * nt + k] - mine[r * nt + k]
                    if diff:
                        any_left = True
                    if diff < 0 or diff >= 4096:
                        small = False
                    packed = (packed << 12) | (diff & 4095)
                if not any_left:  # the stem's votes all come from this sentence
                    got.append(NONE)
                    continue
                if small:  # the counts packed in one int (12 bits each), else as a tuple
                    counts_key = packed
                else:
                    counts_key = tuple([doc_counts[r * nt + k] - mine[r * nt + k]
                                        for k in range(nt)])
                v = memo.get(counts_key)
                if v is None:
                    diffs = [doc_counts[r * nt + k] - mine[r * nt + k] for k in range(nt)]
                    f = vote_features(dict(zip(types, diffs)))
                    if not f:
                        v = NONE
                    else:
                        v = (tuple([_id(attr, x, unk) for x in f]),
                             [_id(attr, f[0] + "@-1", unk)], [_id(attr, f[0] + "@1", unk)])
                    memo[counts_key] = v
                got.append(v)
            for t in range(at, at + n):  # taken away again
                if own_row[t] >= 0:
                    mine[own_row[t] * nt + type_of[t]] -= 1
            # each token's base ids, then its own vote ids, the one before's @-1, the one
            # after's @1 (tagger._with_votes)
            rows = <list> base[s]
            sent_out = []
            prev = []
            for j in range(n):
                own_f = <tuple> (<tuple> got[j])[0]
                after = (<tuple> got[j + 1])[2] if j < n - 1 else ()
                if own_f or prev or after:
                    row = list(rows[j])
                    row.extend(own_f)
                    row.extend(prev)
                    row.extend(after)
                    sent_out.append(row)
                else:
                    sent_out.append(rows[j])
                prev = <list> (<tuple> got[j])[1]
            out.append(sent_out)
            at += n
    finally:
        free(counts)
        free(own_row)
        free(type_of)
    return out


def char_window_keys(list norms, const int32_t[::1] table, dict chars, Py_ssize_t unk,
                     Py_ssize_t base, Py_ssize_t max_chars):
    """neural.window_keys(norms, chars, unk, base, max_chars), compiled: each character's
    id read from `table` (by code point, `unk` where `chars` has none; `neural.char_table`)
    below its length, from `chars` above it, no string made per character."""
    cdef Py_ssize_t nw = len(norms), total = 0, i, j, ln, at = 0, half = max_chars // 2
    cdef Py_ssize_t ntab = table.shape[0], prev, cur, nxt
    cdef str n, s
    cdef Py_UCS4 ch
    lengths = np.empty(nw, np.intp)
    cdef Py_ssize_t[::1] lv = lengths
    for i in range(nw):
        ln = len(<str> norms[i]) + 2
        if ln > max_chars:
            ln = 2 * half
        lv[i] = ln
        total += ln
    keys = np.empty(total, np.intp)
    cdef Py_ssize_t[::1] kv = keys
    starts = np.empty(nw, np.intp)
    cdef Py_ssize_t[::1] sv = starts
    cdef Py_ssize_t *ids = <Py_ssize_t *> malloc((max_chars + 2 * half + 2) * sizeof(Py_ssize_t))
    if ids == NULL:
        raise MemoryError()
    try:
        for i in range(nw):
            n = <str> norms[i]
            s = "<" + n + ">"
            if len(s) > max_chars:
                s = s[:half] + s[-half:]
            ln = 0
            for ch in s:
                if <Py_ssize_t> ch < ntab:
                    ids[ln] = table[<Py_ssize_t> ch] + 1
                else:
                    ids[ln] = <Py_ssize_t> chars.get(chr(ch), unk) + 1
                ln += 1
            sv[i] = at
            for j in range(ln):
                prev = ids[j - 1] if j > 0 else 0
                cur = ids[j]
                nxt = ids[j + 1] if j + 1 < ln else 0
                kv[at] = (prev * base + cur) * base + nxt
                at += 1
    finally:
        free(ids)
    return keys, starts


@cython.boundscheck(True)  # each token's row checked (the inner loop is not)
def add_neighbours(double[:, :, ::1] em, const double[:, :, ::1] rows,
                   const Py_ssize_t[::1] at, const double[:, ::1] pad,
                   const Py_ssize_t[::1] lengths, tuple shifts):
    """em[b, t] += the share slot s of the word at t - shifts[s] gives (rows[at[k], s] for
    that word's token k, `pad[s]` where there is none in sentence b), slot after slot: the
    float64 sums crf.CrfsuiteMarginals.marginals makes with its grid of words (padding
    steps included), element by element, without the grid."""
    cdef Py_ssize_t nb = em.shape[0], tm = em.shape[1], kw = em.shape[2]
    cdef Py_ssize_t ns = len(shifts), b, t, s, q, k, n, first = 0
    cdef Py_ssize_t *sh = <Py_ssize_t *> malloc((ns + 1) * sizeof(Py_ssize_t))
    cdef const double *src
    cdef double *dst
    if sh == NULL:
        raise MemoryError()
    try:
        if rows.shape[1] != ns or pad.shape[0] != ns or rows.shape[2] != kw \
                or pad.shape[1] != kw or lengths.shape[0] != nb:
            raise ValueError("add_neighbours: shapes differ")
        for s in range(ns):
            sh[s] = <Py_ssize_t> shifts[s]
        for b in range(nb):
            n = lengths[b]
            if n > tm or first + n > at.shape[0]:
                raise ValueError("add_neighbours: more tokens than given")
            for t in range(tm):
                dst = &em[b, t, 0]
                for s in range(ns):
                    q = t - sh[s]
                    if 0 <= q < n:
                        src = &rows[at[first + q], s, 0]
                    else:
                        src = &pad[s, 0]
                    for k in range(kw):
                        dst[k] += src[k]
            first += n
    finally:
        free(sh)


def id_hits(const int32_t[::1] ids, const signed char[::1] table, Py_ssize_t a=0,
            Py_ssize_t b=-1):
    """The positions k in [a, b) (b -1: to the end) of `ids`, ascending, where
    table[ids[k]] is not 0 (text.vocab.IdTable: 0 no, -1 not asked yet, else an answer).
    An id outside the table raises."""
    cdef Py_ssize_t n = ids.shape[0], m = table.shape[0], k
    cdef int32_t w
    cdef list out = []
    if b < 0 or b > n:
        b = n
    if a < 0:
        a = 0
    for k in range(a, b):
        w = ids[k]
        if w < 0 or w >= m:
            raise IndexError("id_hits: a word id outside the table")
        if table[w] != 0:
            out.append(k)
    return out


cdef extern from "Python.h":
    object PyLong_FromVoidPtr(void *p)
    Py_ssize_t PyUnicode_FindChar(object s, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end,
                                  int direction) except -2
    Py_UCS4 PyUnicode_ReadChar(object s, Py_ssize_t index) except? <Py_UCS4> -1


cdef class ViewWords:
    """A roles.View's word look-ups asked thousands of times a document by the claims and
    events passes (`phrase_at`, `openings`, `is_verb`, `in_words`, `is_def`, `is_time`,
    `stop`, `token_range`, `candidates`, `trigger_noun_at`): the same
    answers as the View's Python methods of those names (they stay the reference and the
    fallback), one C call each instead of a Python frame. Built from the View's lists,
    which never change after the View is made; the phrase tries are roles' own (`tries`,
    filled by `make_trie`), walked word by word."""
    cdef list norms, bares, toks, none, is_word
    cdef Py_ssize_t n
    cdef dict tries, starts_of, cands, stops
    cdef object make_trie, verbs, relatives, ids, trigger_matcher
    # what `is_time` and `stop` read, given once the View has made it (`held`)
    cdef object time_tok, time_words, opener_tok, stop_words, enders, complementizers, \
        connectives
    cdef str text
    cdef Py_ssize_t *starts
    cdef Py_ssize_t *ends

    def __cinit__(self, list toks, list norms, list bares, list starts, list ends, str text,
                  ids, dict tries, make_trie, verbs, relatives, dict starts_of, dict cands,
                  list none, trigger_matcher):
        cdef Py_ssize_t k, n = len(norms)
        if len(toks) != n or len(bares) != n or len(starts) != n or len(ends) != n:
            raise ValueError("ViewWords: one norm, bare form, start and end a token")
        self.toks, self.norms, self.bares, self.n, self.text, self.ids = toks, norms, bares, n, \
            text, ids
        self.tries, self.make_trie, self.verbs, self.relatives = tries, make_trie, verbs, relatives
        self.starts_of, self.cands, self.none = starts_of, cands, none
        self.trigger_matcher = trigger_matcher
        self.starts = <Py_ssize_t *> malloc((2 * n + 1) * sizeof(Py_ssize_t))
        if self.starts == NULL:
            raise MemoryError()
        self.ends = self.starts + n
        for k in range(n):
            self.starts[k] = starts[k]
            self.ends[k] = ends[k]

    def __dealloc__(self):
        free(self.starts)

    def held(self, list is_word, set time_tok, time_words, set opener_tok, dict stops,
             stop_words, enders, complementizers, connectives):
        """What `is_time` and `stop` read, made by the View after this: its time tokens and
        `time_words`, the tokens inside discourse openers, its `stop` memo (shared with its
        copies), the one-word phrases that end a noun phrase as a word (`stop_words`) or as
        a bare form (`enders`), and the complementizers and connectives."""
        if len(is_word) != self.n:
            raise ValueError("ViewWords.held: one is_word a token")
        self.is_word, self.time_tok, self.time_words = is_word, time_tok, time_words
        self.opener_tok, self.stops, self.stop_words, self.enders = opener_tok, stops, \
            stop_words, enders
        self.complementizers, self.connectives = complementizers, connectives

    def openings(self, phrases, Py_ssize_t a, Py_ssize_t b):
        """roles.View.openings: the tokens in [a, b) whose word or bare form opens a phrase
        of `phrases`."""
        cdef dict trie = self._trie(phrases)
        cdef list out = []
        cdef Py_ssize_t i, k
        for i in range(a, b):
            k = self._index(i)
            if PyDict_GetItem(trie, self.norms[k]) != NULL \
                    or PyDict_GetItem(trie, self.bares[k]) != NULL:
                out.append(i)
        return out

    def is_time(self, Py_ssize_t i):
        """roles.View.is_time: how many tokens from i a time covers (its tokens in a row, or
        a phrase of `time_words`), 0 if none."""
        cdef Py_ssize_t n = 1
        if i in self.time_tok:
            while i + n in self.time_tok:
                n += 1
            return n
        return self._phrase_at(i, self.time_words, None)

    def stop(self, Py_ssize_t i):
        """roles.View.stop (with View._stop): the token ends a noun phrase; kept in the
        View's memo."""
        cdef object at = i
        cdef PyObject *got = PyDict_GetItem(self.stops, at)
        if got != NULL and <object> got is not None:
            return <object> got
        cdef Py_ssize_t k = self._index(i)
        cdef bint found = not self.is_word[k] or i in self.opener_tok \
            or self.norms[k] in self.stop_words or self.bares[k] in self.enders \
            or self._phrase_at(i, self.complementizers, None) > 0 \
            or self._phrase_at(i, self.connectives, None) > 0 or self._is_verb(i)
        self.stops[at] = found
        return found

    cdef dict _trie(self, phrases):
        """roles' trie of a phrase set (made by `make_trie` the first time, or while empty)."""
        cdef PyObject *got = PyDict_GetItem(self.tries, PyLong_FromVoidPtr(<void *> phrases))
        if got == NULL or not <object> got:
            return <dict> self.make_trie(phrases)
        return <dict> got

    cdef inline Py_ssize_t _index(self, Py_ssize_t i) except -1:
        """A list's index i (negative from the end), or IndexError, as `norms[i]`."""
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("list index out of range")
        return i

    def phrase_at(self, Py_ssize_t i, phrases, end=None):
        """roles.View.phrase_at: the length of the longest phrase of `phrases` at token i
        (0 if none), its first word the token or its bare form."""
        return self._phrase_at(i, phrases, end)

    @cython.wraparound(True)
    cdef Py_ssize_t _phrase_at(self, Py_ssize_t i, phrases, object end) except -1:
        cdef Py_ssize_t k = self._index(i), stop, j, best = 0, t
        cdef dict trie = self._trie(phrases)
        cdef object w = self.norms[k], b = self.bares[k]
        cdef PyObject *nodes[2]
        nodes[0] = PyDict_GetItem(trie, w)
        nodes[1] = NULL if (b is w or <str> b == <str> w) else PyDict_GetItem(trie, b)
        if nodes[0] == NULL and nodes[1] == NULL:
            return 0
        if end is None:
            stop = self.n
        else:
            stop = end
            if stop > self.n:
                stop = self.n
        cdef PyObject *node
        for t in range(2):
            node = nodes[t]
            j = i + 1
            while node != NULL:  # the words after the first along the trie
                if j <= stop and j - i > best and None in <dict> node:
                    best = j - i
                if j >= stop:
                    break
                node = PyDict_GetItem(<dict> node, self.norms[j])
                j += 1
        return best

    def is_verb(self, Py_ssize_t i):
        """roles.View.is_verb: the token, or it without a leading و/ف, is a known verb form."""
        return self._is_verb(i)

    cdef bint _is_verb(self, Py_ssize_t i) except -1:
        cdef Py_ssize_t k = self._index(i)
        return self.norms[k] in self.verbs or self.bares[k] in self.verbs

    @cython.wraparound(True)
    def in_words(self, Py_ssize_t i, words):
        """roles.View.in_words: the token, with or without a leading و/ف, is one of `words`,
        with or without the article."""
        cdef Py_ssize_t k = self._index(i)
        cdef str n = self.norms[k], b = self.bares[k]
        if n in words or b in words:
            return True
        if len(n) > 4 and n[0] == "ا" and n[1] == "ل" and n[2:] in words:
            return True
        return len(b) > 4 and b[0] == "ا" and b[1] == "ل" and b[2:] in words

    @cython.wraparound(True)
    def is_def(self, Py_ssize_t i):
        """roles.View.is_def: the word carries the article ال (written so: a bare alif, آليات،
        ألقيت, is none)."""
        cdef Py_ssize_t k = self._index(i), at
        cdef str n = self.bares[k]
        if not (len(n) > 3 and n[0] == "ا" and n[1] == "ل" and n not in self.relatives):
            return False
        at = PyUnicode_FindChar(self.text, 0x644, self.starts[k], self.ends[k], 1)  # ل
        return at > self.starts[k] and PyUnicode_ReadChar(self.text, at - 1) == 0x627  # ا

    def candidates(self, matcher, Py_ssize_t i):
        """roles.View.candidates: `matcher.candidates` at token i, kept in the View's dicts
        (`cands`, and `starts_of` as View.starting fills it); `none` where no entry starts."""
        cdef object key = PyLong_FromVoidPtr(<void *> matcher), starts
        cdef PyObject *got = PyDict_GetItem(self.cands, key)
        cdef dict kept
        if got == NULL or <object> got is None:
            got = PyDict_GetItem(self.starts_of, key)
            if got == NULL or <object> got is None:
                starts = matcher.starting(self.toks, 0, self.n, self.ids)
                self.starts_of[key] = starts
            else:
                starts = <object> got
            kept = dict.fromkeys(starts[0:len(starts)])  # (View.starting's slice of them all)
            self.cands[key] = kept
        else:
            kept = <dict> got
        cdef object at = i
        got = PyDict_GetItem(kept, at)
        if got != NULL:
            if <object> got is None:
                found = matcher.candidates(self.text, self.toks, i)
                kept[at] = found
                return found
            return <object> got
        if 0 <= i < self.n:
            return self.none
        return matcher.candidates(self.text, self.toks, i)

    def trigger_noun_at(self, Py_ssize_t i):
        """roles.View.trigger_noun_at: a candidate of the trigger lexicon at token i is a
        noun (its payload's `verb` false)."""
        for m in self.candidates(self.trigger_matcher(), i):
            if not getattr(m.payload, "verb", True):
                return True
        return False

    def token_range(self, Py_ssize_t start, Py_ssize_t end):
        """roles.View.token_range: the tokens [a, b) that offsets [start, end) cover."""
        cdef Py_ssize_t a = self._bisect(start), b = self._bisect(end)
        if a > 0 and self.ends[a - 1] > start:
            a -= 1
        return (a, b)

    cdef inline Py_ssize_t _bisect(self, Py_ssize_t x):
        """bisect_left of x in the token starts."""
        cdef Py_ssize_t lo = 0, hi = self.n, mid
        while lo < hi:
            mid = (lo + hi) >> 1
            if self.starts[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo
