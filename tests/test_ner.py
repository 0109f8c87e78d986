"""The entity tagger, its stage, its commands and CoNLL scoring."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REPO, SEED_GOLD, SHARED
from rasd.cli import app
from rasd.document import Document
from rasd.entities import recognize
from rasd.entities.tagger import default_tagger, model_dir
from rasd.evaluate_ner import chunks, parse_conll, score
from rasd.text import stage as segment

DEV = SHARED / "data" / "anercorp" / "dev.txt"
runner = CliRunner()


# --- scoring -------------------------------------------------------------------

def test_chunks_bio_and_conlleval_rules():
    assert chunks(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    # I- without B- opens a chunk; a type change inside a chunk opens another
    assert chunks(["O", "I-LOC", "I-LOC"]) == [(1, 3, "LOC")]
    assert chunks(["B-PER", "I-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC")]
    assert chunks(["B-ORG", "B-ORG"]) == [(0, 1, "ORG"), (1, 2, "ORG")]


def test_score_needs_exact_span_and_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG"]]
    pred = [["B-PER", "O", "O", "B-LOC", "O", "B-LOC"]]  # short span; wrong type
    s = score(gold, pred)
    assert (s.overall.gold, s.overall.pred, s.overall.correct) == (3, 3, 1)
    assert s.by_type["LOC"].precision == pytest.approx(0.5)
    assert s.by_type["LOC"].recall == pytest.approx(1.0)
    assert s.by_type["PER"].f1 == 0.0
    assert s.by_type["ORG"].recall == 0.0
    assert s.overall.f1 == pytest.approx(1 / 3)


def test_score_i_without_b_matches_b():
    s = score([["O", "B-LOC", "I-LOC"]], [["O", "I-LOC", "I-LOC"]])
    assert s.overall.f1 == 1.0


def test_score_rejects_misaligned_sentences():
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])


# --- the model -----------------------------------------------------------------

def test_model_ships_inside_the_package():
    d = model_dir()
    assert d.is_relative_to(REPO / "src" / "rasd") or "site-packages" in str(d)
    size = sum(p.stat().st_size for p in d.glob("*.crfsuite"))
    assert 0 < size <= 50_000_000
    assert sum(p.stat().st_size for p in d.iterdir()) <= 80_000_000  # all models together


def test_tags_a_real_sentence():
    sentence = ("وقال الرئيس الأمريكي جورج بوش في مؤتمر صحفي في واشنطن إن وزارة الدفاع "
                "ستواصل عملها")
    words = sentence.split()
    tags = default_tagger().tag(words)
    found = {" ".join(words[a:b]): t for a, b, t in chunks(tags)}
    assert found.get("جورج بوش") == "PER"
    assert found.get("واشنطن") == "LOC"


def test_stage_spans_drop_leading_clitics(seed_text):
    doc = segment.stage(Document(text="التقى وزير الخارجية الروسي سيرجي لافروف نظيره "
                                      "التركي في موسكو، وبحثا العلاقات بين تركيا وروسيا."))
    doc = recognize.stage(doc)
    got = {(doc.text[e.start : e.end], e.type) for e in doc.entities}
    assert ("سيرجي لافروف", "PER") in got
    assert ("موسكو", "LOC") in got
    assert ("روسيا", "LOC") in got  # وروسيا tagged, و cut from the span
    assert [e.id for e in doc.entities] == [f"e{k}" for k in range(1, len(doc.entities) + 1)]
    assert all(e.link is None for e in doc.entities)
    assert [e.start for e in doc.entities] == sorted(e.start for e in doc.entities)


def test_seed_article_places_and_people(seed_text):
    doc = recognize.stage(segment.stage(Document(text=seed_text)))
    found = {(doc.text[e.start : e.end], e.type) for e in doc.entities}
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["entities"]
    single = [(g["text"], g["type"]) for g in gold
              if g["type"] in ("LOC", "PER") and g["text"] in ("روسيا", "إيران", "تركيا", "موسكو",
                                                              "سيرجي لافروف", "جون كيري")]
    assert len(single) == 6
    missing = [g for g in single if g not in found]
    assert not missing
    for e in doc.entities:
        assert doc.text[e.start : e.end].strip() == doc.text[e.start : e.end]


def test_proclitic_cut():
    assert recognize.proclitic_length("وسوريا") == 1
    assert recognize.proclitic_length("والاراضي") == 1
    assert recognize.proclitic_length("لبنان") == 0
    assert recognize.proclitic_length("بيروت") == 0


# --- commands -----------------------------------------------------------------

def _dev_head(tmp_path: Path, n_sent: int) -> Path:
    sents = DEV.read_text(encoding="utf-8").strip().split("\n\n")[:n_sent]
    p = tmp_path / "head.conll"
    p.write_text("\n\n".join(sents) + "\n", encoding="utf-8")
    return p


def test_eval_ner_command_on_dev_head(tmp_path):
    path = _dev_head(tmp_path, 60)
    res = runner.invoke(app, ["eval", "ner", str(path)])
    assert res.exit_code == 0, res.output
    rows = {ln.split()[0]: ln.split()[1:] for ln in res.output.splitlines() if ln.strip()}
    p, r, f1 = (float(x) for x in rows["overall"][:3])
    assert 0.5 < f1 <= 1.0 and 0.5 < p <= 1.0 and 0.3 < r <= 1.0
    assert {"LOC", "PER", "ORG"} <= set(rows)


def test_tag_command_adds_a_column(tmp_path):
    path = _dev_head(tmp_path, 5)
    res = runner.invoke(app, ["tag", str(path)])
    assert res.exit_code == 0, res.output
    src = parse_conll(path.read_text(encoding="utf-8"))
    out = parse_conll(res.output)
    assert [len(s) for s in out] == [len(s) for s in src]
    for s_in, s_out in zip(src, out, strict=True):
        for a, b in zip(s_in, s_out, strict=True):
            assert b[:-1] == a
            assert re.fullmatch(r"O|[BI]-(PER|LOC|ORG|MISC)", b[-1])


@pytest.mark.parametrize("content", [None, b"\x00\x01binary", "a O\nb O extra\n"])
def test_bad_input_is_one_line(tmp_path, content):
    path = tmp_path / "bad.conll"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    for cmd in (["eval", "ner"], ["tag"]):
        res = runner.invoke(app, [*cmd, str(path)])
        assert res.exit_code == 1
        assert "Traceback" not in res.output
        assert len(res.output.strip().splitlines()) == 1


def test_head_noun_tagged_apart_is_dropped():
    doc = segment.stage(Document(text="في ريف إدلب"))
    ents = recognize.spans_from_tags(doc.text, doc.tokens, ["O", "B-LOC", "B-LOC"])
    assert [doc.text[e.start : e.end] for e in ents] == ["إدلب"]
    ents = recognize.spans_from_tags(doc.text, doc.tokens, ["O", "B-LOC", "I-LOC"])
    assert [doc.text[e.start : e.end] for e in ents] == ["ريف إدلب"]


@pytest.mark.parametrize(("text", "tags", "spans"), [
    # a dual area noun tagged into the name counts the places: it is cut off (news)
    ("مثل ولايتي قندهار وهلمند", ["O", "B-LOC", "I-LOC", "O"], ["قندهار"]),
    ("وذلك في ولايتي قندوز وبدخشان", ["O", "O", "B-LOC", "I-LOC", "O"], ["قندوز"]),
    # a singular one stays: مدينة نجران is the city's name (fresh15)
    ("في مدينة نجران", ["O", "B-LOC", "I-LOC"], ["مدينة نجران"]),
])
def test_a_dual_area_noun_is_no_part_of_the_name(text: str, tags: list[str],
                                                 spans: list[str]) -> None:
    doc = segment.stage(Document(text=text))
    ents = recognize.spans_from_tags(doc.text, doc.tokens, tags)
    assert [doc.text[e.start : e.end] for e in ents] == spans


def test_invocations_are_not_entities() -> None:
    from rasd.pipeline import extract_text

    doc = extract_text("ويصرخ الطفل: بابا الله يوفقك. وقال وزير الخارجية الروسي سيرجي لافروف إن "
                       "موسكو مستعدة.", published="2016-12-15")
    names = [doc.span_text(e) for e in doc.entities]
    assert "الله" not in names and "بابا الله" not in names
    assert "سيرجي لافروف" in names


# --- features --------------------------------------------------------------------

def test_nationality_adjectives_in_all_forms():
    from rasd.entities.features import is_nationality, norm_word

    for w in ("اللبناني", "الأمريكية", "لبنانية", "الإسرائيليين", "والروسي", "المغربي"):
        assert is_nationality(norm_word(w)), w
    for w in ("الخارجية", "الرئيس", "الدولي", "لبنان", "اللبن"):
        assert not is_nationality(norm_word(w)), w


def test_given_names_through_clitics():
    from rasd.entities.features import is_given_name, norm_word

    for w in ("محمد", "ولمحمد", "جورج", "وجورج", "عبد"):
        assert is_given_name(norm_word(w)), w
    for w in ("قال", "الحكومة", "في"):
        assert not is_given_name(norm_word(w)), w


def _feats(sentence: str) -> dict[str, list[str]]:
    from rasd.entities.features import sentence_features

    words = sentence.split()
    return dict(zip(words, sentence_features(words), strict=True))


def test_left_cue_reaches_past_a_title_phrase():
    f = _feats("وقال وزير الخارجية الأمريكي كولن باول إن")
    assert "lc=PER:3" in f["كولن"] and "lct=PER" in f["كولن"]
    assert "nat-1" in f["كولن"] and "gn" in f["كولن"] and "gn-1" in f["باول"]
    assert "lc=PER:1" in f["الخارجية"] and "lct=PER" not in f["الخارجية"]
    # punctuation ends the look-back
    f = _feats("قال الوزير ، سامر")
    assert not any(x.startswith("lc=") for x in f["سامر"])


def test_document_pass_features_equal_the_plain_vote_arithmetic():
    """The memoised document pass gives each sentence exactly what the plain definition
    does: `document_features` of the other sentences' votes (within the window), and each
    neighbour's first one marked @-1/@1, on ANERcorp dev with its gold tags as the votes."""
    from rasd.entities.features import (
        add_votes,
        context_rest,
        document_features,
        sentence_votes,
    )
    from rasd.entities.tagger import document_pass_features

    rows = [[ln.split() for ln in block.splitlines()]
            for block in DEV.read_text(encoding="utf-8").strip().split("\n\n")[:300]]
    sents = [[r[0] for r in s] for s in rows]
    tags = [[r[-1] for r in s] for s in rows]
    base = [context_rest(s) for s in sents]
    votes = [sentence_votes(s, t) for s, t in zip(sents, tags, strict=True)]
    for window in (None, 10):
        want = []
        for i, words in enumerate(sents):
            lo, hi = (0, len(sents)) if window is None else (i - window, i + window + 1)
            others: dict = {}
            for j in range(max(0, lo), min(len(sents), hi)):
                if j != i:
                    add_votes(others, votes[j])
            doc = document_features(words, others)
            before = [[]] + doc[:-1]  # the neighbours' document features
            after = doc[1:] + [[]]
            want.append([f + doc[k] + [x + "@-1" for x in before[k][:1]]
                         + [x + "@1" for x in after[k][:1]] for k, f in enumerate(base[i])])
        assert document_pass_features(sents, base, tags, window) == want
    assert any("doc=LOC" in f for s in want for f in s)


def test_organisation_chain_and_quotes():
    f = _feats("أعلنت « حركة المقاومة الإسلامية » أمس أن وزارة الدفاع قررت")
    assert "oc=1" in f["المقاومة"] and "oc=2" in f["الإسلامية"]
    assert "q-1" in f["حركة"] and "q+1" in f["الإسلامية"]
    assert "oc=1" in f["الدفاع"]
    assert not any(x.startswith("oc=") for x in f["قررت"])  # not definite: the chain ends


def test_spans_cut_at_brackets_and_before_qualifying_words():
    from rasd.document import Document
    from rasd.entities.recognize import spans_from_tags

    doc = segment.stage(Document(text="قاتلت جبهة النصرة الإرهابية و تنظيم ( داعش ) هناك"))
    words = [doc.text[t.start:t.end] for t in doc.tokens]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert len(words) == len(tags)
    found = [doc.text[e.start:e.end] for e in spans_from_tags(doc.text, doc.tokens, tags)]
    assert found == ["جبهة النصرة", "داعش"]  # تنظيم alone is a head noun, no name


def test_untagged_repeats_of_a_name_get_its_type():
    from rasd.entities.consistency import propagate
    sents = [["أعلنت", "شركة", "فولكسفاغن", "الألمانية"], ["وقالت", "فولكسفاغن", "إنها"],
             ["زار", "جورج", "بوش", "بغداد"], ["وصل", "جورج", "بوش", "أمس"]]
    tags = [["O", "O", "B-ORG", "O"], ["O", "O", "O"],
            ["O", "B-PER", "I-PER", "B-LOC"], ["O", "O", "O", "O"]]
    out = propagate(sents, tags)
    assert out[1] == ["O", "B-ORG", "O"]
    assert out[3] == ["O", "B-PER", "I-PER", "O"]
    assert out[0] == tags[0] and out[2] == tags[2]  # what was tagged stays
    later = propagate([["زار", "جورج", "بوش", "بغداد"], ["وقال", "بوش", "إن"]],
                      [["O", "B-PER", "I-PER", "B-LOC"], ["O", "O", "O"]])
    assert later[1] == ["O", "B-PER", "O"]  # the surname alone


def test_common_words_and_far_sentences_do_not_spread():
    from rasd.entities.consistency import propagate
    # الحكومة: 97 times in the training text, never in a name; a stray tag stays alone.
    sents = [["الحكومة", "قررت"], ["ثم", "الحكومة", "رفضت"]]
    assert propagate(sents, [["B-ORG", "O"], ["O", "O", "O"]])[1] == ["O", "O", "O"]
    # In a stream, only sentences within the window count as the document.
    far = [["فولكسفاغن"], ["x"], ["x"], ["فولكسفاغن"]]
    tags = [["B-ORG"], ["O"], ["O"], ["O"]]
    assert propagate(far, tags, window=2)[3] == ["O"]
    assert propagate(far, tags, window=3)[3] == ["B-ORG"]


def test_quoted_titles_after_a_title_noun_are_misc():
    from rasd.entities.titles import mark_titles
    sents = [["في", "برنامج", "«", "حوار", "من", "القلب", "»", "الذي"],
             ["من", "البرنامج", "الطبي", "«", "نمو", "بصحة", "وأمان", "»"],
             ["على", "استاد", '"', "سلتيك", "بارك", '"']]
    tags = [["O"] * 8, ["O"] * 8, ["O", "O", "O", "B-ORG", "I-ORG", "O"]]
    out = mark_titles(sents, tags)
    assert out[0] == ["O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "O"]
    assert out[1][4:7] == ["B-MISC", "I-MISC", "I-MISC"]
    assert out[2][3:5] == ["B-MISC", "I-MISC"]  # the title noun decides the type


def test_titles_need_a_title_noun_and_a_near_closing_quote():
    from rasd.entities.titles import mark_titles
    no_cue = [["قال", "«", "لن", "نتراجع", "»"]]
    assert mark_titles(no_cue, [["O"] * 5]) == [["O"] * 5]
    far = [["برنامج", "«", *["كلمة"] * 8, "»"]]
    assert mark_titles(far, [["O"] * 11]) == [["O"] * 11]
    two_between = [["برنامج", "جديد", "آخر", "«", "مانشيت", "»"]]
    assert mark_titles(two_between, [["O"] * 6]) == [["O"] * 6]
    one_between = [["كتاب", "جديد", "«", "مانشيت", "»"]]
    assert mark_titles(one_between, [["O"] * 5])[0][3] == "B-MISC"
