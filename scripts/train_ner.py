"""Build the frozen gazetteer and train the CRF entity model (`make model`).

    python scripts/train_ner.py                  # gazetteer + model, written into the package
    python scripts/train_ner.py --grid           # also try a few c1/c2 pairs, keep the best on dev
    python scripts/train_ner.py --no-write --c1 0.05 --c2 0.01   # an experiment, nothing written
    python scripts/train_ner.py --silver build/silver/silver.conll --silver-share 0.5

Training reads the ANERcorp train split and, with --silver, news text tagged by the
e5 mode (scripts/silver_ner.py: distillation; the lexicon, the gazetteer and the
name words stay the train split's); the dev split is used for the choice of
regularisation and for the printed score, never for training.
crfsuite's L-BFGS is deterministic for a given input, so the model is
reproducible.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import pycrfsuite  # noqa: E402

from rasd.entities import features  # noqa: E402
from rasd.entities.features import (  # noqa: E402
    count_lexicon,
    fold_lexicons,
    gazetteer,
    lexicon,
    norm_word,
    sentence_features,
)
from rasd.entities.tagger import (  # noqa: E402
    CONLL_WINDOW,
    FIRST,
    SECOND,
    Tagger,
    document_pass_features,
)
from rasd.evaluate_ner import (  # noqa: E402
    ConllError,
    canon_tag,
    format_score,
    read_conll,
    score,
)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = ROOT / "src" / "rasd" / "data" / "ner"
ANER = SHARED / "data" / "anercorp"
GAZ = SHARED / "data" / "gazetteers"


# --- gazetteer -------------------------------------------------------------

def _names_babel() -> list[str]:
    import babel

    names: set[str] = set()
    for loc in ("ar", "ar_SY", "ar_EG", "ar_SA", "ar_MA", "ar_LB", "ar_IQ"):
        try:
            names.update(babel.Locale.parse(loc).territories.values())
        except (ValueError, babel.UnknownLocaleError):
            continue
    return sorted(names)


def _names_world_cities() -> list[str]:
    out = []
    with open(GAZ / "world-cities" / "world-cities.csv", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            out += [row["CountryNameAr"], row["CityNameAr"]]
    return out


def _names_opensyria() -> list[str]:
    out = []
    with open(GAZ / "opensyria" / "syria_admin_flat.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.append(row["name_ar"])
            out += [a for a in row["aliases_ar"].split("|") if a]
    return out


def _names_kb_countries() -> list[str]:
    """Country names and spellings of rasd's KB (Babel/CLDR + curated, Apache-2.0):
    the short forms news uses (السعودية، الإمارات) beside CLDR's official ones."""
    import json

    path = ROOT / "src" / "rasd" / "data" / "kb" / "built" / "countries.jsonl"
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line) if line.strip() else {}
        out += entry.get("names_ar", [])
    return out


def build_gazetteer(train: list[list[list[str]]]) -> list[tuple[str, str]]:
    """(class, normalized name) pairs of place names from permissive sources.

    World-cities is noisy (some Arabic names are wrong links, some are common
    words), so a one-word name is dropped when the train split uses that word
    mostly outside any entity: a common word, not a place, in news text.
    """
    outside: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for sent in train:
        for row in sent:
            n = norm_word(row[0])
            seen[n] += 1
            if row[-1] == "O":
                outside[n] += 1
    names: set[str] = set()
    for raw in _names_babel() + _names_world_cities() + _names_opensyria() + _names_kb_countries():
        words = [norm_word(w) for w in raw.replace("(", " ").replace(")", " ").split()]
        words = [w for w in words if w != "<sp>"]
        if not words or any(len(w) < 2 for w in words) and len(words) == 1:
            continue
        if len(words) == 1 and seen[words[0]] >= 3 and outside[words[0]] / seen[words[0]] > 0.5:
            continue
        if len(words) > 4:
            continue
        names.add(" ".join(words))
    return [("LOC", n) for n in sorted(names)]


def write_gazetteer(pairs: list[tuple[str, str]]) -> None:
    header = (
        "# Place names (class<TAB>normalized name), built by scripts/train_ner.py from\n"
        "# Babel/CLDR Arabic territory names (Unicode licence), world-cities-translations\n"
        "# (CC BY 4.0) and Open-Syria data-geography (CC BY 4.0); see README.md here.\n"
    )
    with open(DATA / "gazetteer.tsv", "w", encoding="utf-8") as fh:
        fh.write(header)
        for cls, name in pairs:
            fh.write(f"{cls}\t{name}\n")
    gazetteer.cache_clear()
    features._marks.cache_clear()  # sentence marks read the gazetteer


def write_name_words(train: list[list[list[str]]]) -> int:
    """First words of train-split names, minus clitic-prefixed forms of other names.

    The entity stage keeps these whole (لبنان is a name, not ل + بنان) and cuts
    a leading clitic from forms such as وسوريا whose remainder is a name.
    """
    from rasd.evaluate_ner import chunks

    first: set[str] = set()
    for sent in train:
        tags = [canon_tag(r[-1]) for r in sent]
        for a, _, _ in chunks(tags):
            first.add(norm_word(sent[a][0]))
    single, multi = gazetteer()
    names = first | set(single) | set(multi)
    keep = sorted(w for w in first if not (w[:1] in "وفبلك" and w[1:] in names)
                  and not (w[:1] in "وف" and len(w) > 3 and (w[1:3] == "ال" or w[1] in "بلك")))
    with open(DATA / "name_words.txt", "w", encoding="utf-8") as fh:
        fh.write("# Normalized first words of names in the ANERcorp train split (Benajiba et al.\n"
                 "# 2007), clitic-prefixed forms removed; built by scripts/train_ner.py.\n")
        fh.write("\n".join(keep) + "\n")
    return len(keep)


# --- training --------------------------------------------------------------

def load(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    sents = read_conll(path)
    return [[r[0] for r in s] for s in sents], [[canon_tag(r[-1]) for r in s] for s in sents]


def train_crf(feats: list[list[list[str]]], tags: list[list[str]], out: Path, c1: float,
              c2: float, max_iter: int, min_freq: int) -> float:
    trainer = pycrfsuite.Trainer(verbose=False)
    for f, t in zip(feats, tags, strict=True):
        trainer.append(f, t)
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": max_iter,
        "feature.possible_transitions": True, "feature.minfreq": min_freq,
    })
    t0 = time.time()
    trainer.train(str(out))
    return time.time() - t0


def jackknife(base: list[list[list[str]]], tags: list[list[str]], folds: int, tmp: Path,
              **params: float) -> list[list[str]]:
    """First-pass tags of every train sentence from a model that did not see it.

    Folds are contiguous blocks, so neighbouring sentences (the document
    context of the second pass) are tagged the way unseen text is.
    """
    n = len(base)
    out: list[list[str]] = [[] for _ in range(n)]
    for k in range(folds):
        a, b = k * n // folds, (k + 1) * n // folds
        train_crf(base[:a] + base[b:], tags[:a] + tags[b:], tmp, **params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(tmp))
        for i in range(a, b):
            out[i] = list(tagger.tag(base[i]))
        tagger.close()
    return out


def fold_features(words: list[list[str]], tags: list[list[str]],
                  folds: int) -> list[list[list[str]]]:
    """Features of the train sentences, each fold's word counts taken from the other folds."""
    lexes = fold_lexicons(words, tags, max(folds, 2))
    return [sentence_features(w, lex) for w, lex in zip(words, lexes, strict=True)]


def write_lexicon(words: list[list[str]], tags: list[list[str]]) -> None:
    lex = count_lexicon(words, tags)
    text = ("# core stem<TAB>times seen<TAB>times inside a name, in the ANERcorp train split\n"
            "# (Benajiba et al. 2007); built by scripts/train_ner.py.\n")
    text += "".join(f"{stem}\t{lex[stem][0]}\t{lex[stem][1]}\n" for stem in sorted(lex))
    path = DATA / "lexicon.tsv"
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)  # whole: another run may be reading it
    lexicon.cache_clear()


Silver = list[tuple[list[list[str]], list[list[str]]]]  # documents of (words, tags)


def read_silver(path: Path, share: float) -> Silver:
    """The documents of a silver CoNLL file (`-DOCSTART-` lines between them), the first
    `share` of them (silver_ner.py wrote them in a seeded order)."""
    from rasd.evaluate_ner import parse_conll

    docs: Silver = []
    for part in re.split(r"^-DOCSTART-.*$", path.read_text("utf-8"), flags=re.M):
        sents = parse_conll(part, str(path))
        if sents:
            docs.append(([[r[0] for r in s] for s in sents],
                         [[canon_tag(r[-1]) for r in s] for s in sents]))
    return docs[: round(len(docs) * share)]


CACHE = ROOT / "build" / "ner-jackknife"


def _key(base: list[list[list[str]]], tags: list[list[str]], *rest: object) -> str:
    key = hashlib.sha256(json.dumps(rest, sort_keys=True).encode())
    for f, t in zip(base, tags, strict=True):
        key.update(json.dumps([f, t], ensure_ascii=False).encode())
    return key.hexdigest()[:24]


def cached_jackknife(base: list[list[list[str]]], tags: list[list[str]], folds: int,
                     tmp: Path, **params: float) -> list[list[str]]:
    """`jackknife`, cached under build/ner-jackknife/ by a hash of its whole input."""
    path = CACHE / f"{_key(base, tags, folds, sorted(params.items()))}.json"
    if path.is_file():
        return json.loads(path.read_text())
    out = jackknife(base, tags, folds, tmp, **params)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out))
    return out


def gold_first(base: list[list[list[str]]], tags: list[list[str]], tmp: Path,
               **params: float) -> Path:
    """The first CRF trained on the train split alone (cached under build/ner-jackknife/)."""
    model = CACHE / f"first-{_key(base, tags, sorted(params.items()))}.crfsuite"
    if not model.is_file():
        train_crf(base, tags, tmp, **params)
        model.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tmp, model)
    return model


def silver_pass_features(silver: Silver, tmp: Path, gold_base: list[list[list[str]]],
                         gold_tags: list[list[str]], **params: float
                         ) -> tuple[list[list[list[str]]], list[list[list[str]]], list[list[str]]]:
    """(first-pass features, second-pass features, tags) of the silver sentences.

    Silver text reads the train split's full lexicon, as new text does at run time; its
    document votes come from a first CRF trained on the train split alone, which never saw
    it (new text's votes are a tagger's guesses, not the teacher's), over each whole
    document (the pipeline tags documents whole).
    """
    model = gold_first(gold_base, gold_tags, tmp, **params)
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    base: list[list[list[str]]] = []
    second: list[list[list[str]]] = []
    tags: list[list[str]] = []
    for words, tg in silver:
        b = [sentence_features(w) for w in words]
        first = [list(crf.tag(f)) for f in b]
        base += b
        second += document_pass_features(words, b, first, None)
        tags += tg
    crf.close()
    return base, second, tags


def train_models(words: list[list[str]], tags: list[list[str]], out_dir: Path, c1: float,
                 c2: float, max_iter: int, min_freq: int, folds: int,
                 silver: Silver | None = None, gold_copies: int = 1,
                 silver_pass: str = "both") -> float:
    """Both passes into `out_dir`; returns the seconds spent. With `silver`, its sentences
    join the train split's (repeated `gold_copies` times) in the CRFs `silver_pass` names
    ("first", "second" or "both"); the other is trained on the train split alone."""
    t0 = time.time()
    params = {"c1": c1, "c2": c2, "max_iter": max_iter, "min_freq": min_freq}
    base = fold_features(words, tags, folds)
    s_base: list[list[list[str]]] = []
    s_second: list[list[list[str]]] = []
    s_tags: list[list[str]] = []
    if silver:
        s_base, s_second, s_tags = silver_pass_features(silver, out_dir / "fold.tmp", base,
                                                        tags, **params)
    if silver and silver_pass == "second":
        shutil.copyfile(gold_first(base, tags, out_dir / "fold.tmp", **params), out_dir / FIRST)
    elif silver:
        train_crf(base * gold_copies + s_base, tags * gold_copies + s_tags, out_dir / FIRST,
                  **params)
    else:
        train_crf(base, tags, out_dir / FIRST, **params)
    if silver and silver_pass == "first":
        s_second, s_tags, gold_copies = [], [], 1
    if folds > 1:
        first = cached_jackknife(base, tags, folds, out_dir / "fold.tmp", **params)
        (out_dir / "fold.tmp").unlink(missing_ok=True)
        feats = document_pass_features(words, base, first, CONLL_WINDOW)
        train_crf(feats * gold_copies + s_second, tags * gold_copies + s_tags,
                  out_dir / SECOND, **params)
    else:
        (out_dir / SECOND).unlink(missing_ok=True)
    return time.time() - t0


def evaluate(model_dir: Path, words: list[list[str]], tags: list[list[str]]):
    tagger = Tagger(model_dir)
    return score(tags, tagger.tag_document(words, window=CONLL_WINDOW))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, default=ANER / "train.txt")
    ap.add_argument("--dev", type=Path, default=ANER / "dev.txt")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--min-freq", type=int, default=1)
    ap.add_argument("--folds", type=int, default=10,
                    help="jackknife folds for the document pass (1: first pass only)")
    ap.add_argument("--grid", action="store_true", help="choose c1/c2 on dev from a small grid")
    ap.add_argument("--no-write", action="store_true", help="train and score; ship nothing")
    ap.add_argument("--out", type=Path, help="write the two CRFs here instead (an experiment)")
    ap.add_argument("--keep-gazetteer", action="store_true", help="do not rebuild the gazetteer")
    ap.add_argument("--silver", type=Path, help="silver CoNLL (scripts/silver_ner.py) to add")
    ap.add_argument("--silver-share", type=float, default=1.0,
                    help="the share of the silver documents used (their first ones)")
    ap.add_argument("--silver-pass", choices=("both", "first", "second"), default="both",
                    help="the CRF(s) trained with the silver data")
    ap.add_argument("--gold-copies", type=int, default=1,
                    help="times the train split is repeated beside the silver data")
    args = ap.parse_args(argv)

    try:
        train_words, train_tags = load(args.train)
        dev_words, dev_tags = load(args.dev)
        if not args.keep_gazetteer and not GAZ.is_dir():
            raise ConllError(f"{GAZ}: gazetteer sources not found (../shared beside the repo)")
    except ConllError as exc:
        print(f"train_ner: {exc}", file=sys.stderr)
        return 1
    if not args.keep_gazetteer:
        pairs = build_gazetteer(read_conll(args.train))
        write_gazetteer(pairs)
        print(f"gazetteer: {len(pairs)} names -> {DATA / 'gazetteer.tsv'}")
        print(f"name words: {write_name_words(read_conll(args.train))}")
    write_lexicon(train_words, train_tags)
    silver = read_silver(args.silver, args.silver_share) if args.silver else None
    if silver:
        print(f"silver: {len(silver)} documents, {sum(len(s) for d, _ in silver for s in d)} "
              f"words from {args.silver}", flush=True)

    grid = [(args.c1, args.c2)]
    if args.grid:
        grid = [(c1, c2) for c1 in (0.0, 0.05, 0.2) for c2 in (0.001, 0.01, 0.05)]
    best: tuple[float, float, float] | None = None
    work = Path(tempfile.mkdtemp(prefix="rasd-ner-"))
    for c1, c2 in grid:
        secs = train_models(train_words, train_tags, work, c1, c2, args.max_iter,
                            args.min_freq, args.folds, silver, args.gold_copies,
                            args.silver_pass)
        s = evaluate(work, dev_words, dev_tags)
        print(f"c1={c1} c2={c2}: dev P {s.overall.precision:.4f} R {s.overall.recall:.4f} "
              f"F1 {s.overall.f1:.4f} (trained in {secs:.0f}s)", flush=True)
        if best is None or s.overall.f1 > best[0]:
            best = (s.overall.f1, c1, c2)
            if not args.no_write:
                dest = args.out or DATA
                dest.mkdir(parents=True, exist_ok=True)
                for name in (FIRST, SECOND):
                    if (work / name).exists():
                        shutil.copyfile(work / name, dest / name)
                    else:
                        (dest / name).unlink(missing_ok=True)
    shutil.rmtree(work, ignore_errors=True)
    assert best is not None
    print(f"best: c1={best[1]} c2={best[2]} dev F1 {best[0]:.4f}")
    if not args.no_write:
        dest = args.out or DATA
        s = evaluate(dest, dev_words, dev_tags)
        print(format_score(s))
        size = sum((dest / n).stat().st_size for n in (FIRST, SECOND) if (dest / n).exists())
        print(f"models in {dest}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
