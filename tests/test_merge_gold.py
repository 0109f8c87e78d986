"""The merge gold (tests/merge_gold/) is well formed and `rasd eval merge` scores a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.store.merge import REFUSALS
from rasd.store.merge_eval import GoldError, gold_pairs, load_gold
from store_helpers import DEMO

GOLD = Path(__file__).resolve().parent / "merge_gold" / "incidents.jsonl"


def test_every_gold_quote_is_one_passage_of_its_article():
    articles = {}
    with DEMO.open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            articles[a["id"]] = a["content"]
    incidents = load_gold(GOLD)
    assert len({i.id for i in incidents}) == len(incidents)
    for inc in incidents:
        for m in inc.mentions:
            assert articles[m.record].count(m.quote) == 1, (inc.id, m.record)


def test_gold_gives_at_least_200_labelled_pairs_of_both_kinds_in_both_splits():
    incidents = load_gold(GOLD)
    pairs = gold_pairs(incidents)
    same = sum(s for _, _, s in pairs)
    assert len(pairs) >= 200 and same >= 100 and len(pairs) - same >= 100
    for split in ("dev", "test"):
        part = gold_pairs(incidents, split)
        assert sum(s for _, _, s in part) >= 40 and sum(not s for _, _, s in part) >= 40
    # the hard negatives are there: same place another day, same day another place
    ids = {i.id for i in incidents}
    assert {"suruc-bombing", "kobani-car-bomb", "kilis-border-fire", "turkish-tank-reply",
            "latakia-sit-in", "suleiman-assad-arrested"} <= ids


def test_a_bad_gold_line_is_one_clear_error(tmp_path):
    bad = tmp_path / "g.jsonl"
    bad.write_text('{"id": "x", "date": "2015-07-20", "mentions": [{"record": "r", '
                   '"quote": "abc", "trigger": "z"}]}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"g.jsonl:1: trigger 'z' is not in its quote"):
        load_gold(bad)


def test_eval_merge_scores_a_real_store_and_says_why_pairs_did_not_merge(tmp_path):
    """Two incidents' articles through the real pipeline into a real store: the pairs are
    scored, and every unmerged same-incident pair carries the rule that refused it."""
    from typer.testing import CliRunner

    from rasd.cli import app
    from rasd.ingest import ingest

    chosen = [i for i in load_gold(GOLD) if i.id in ("kashmir-poonch-firing", "suruc-bombing")]
    records = {m.record for i in chosen for m in i.mentions}
    corpus = tmp_path / "articles.jsonl"
    with DEMO.open(encoding="utf-8") as fh, corpus.open("w", encoding="utf-8") as out:
        out.writelines(line for line in fh if json.loads(line)["id"] in records)
    gold = tmp_path / "incidents.jsonl"
    gold.write_text("".join(json.dumps({"id": i.id, "split": i.split, "date": i.date,
                                        "mentions": [{"record": m.record, "quote": m.quote,
                                                      "trigger": m.trigger} for m in i.mentions]},
                                       ensure_ascii=False) + "\n" for i in chosen),
                    encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    ingest([str(corpus)], url, workers=1)
    out = CliRunner().invoke(app, ["eval", "merge", "--db", url, "--gold", str(gold),
                                   "--misses", "dev", "--json"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    dev = report["dev"]
    # Kashmir on 18 July and Suruc on 20 July: close enough in time to be labelled apart
    assert (dev["same"], dev["different"]) == (1 + 28, 2 * 8)
    # the two copies of one AFP story on the Kashmir firing merge; the two wars never do
    assert dev["merged_same"] >= 1 and dev["merged_different"] == 0
    misses = report["misses"]
    assert len(misses) == dev["same"] - dev["merged_same"]
    refusals = {*REFUSALS, "not extracted", "fits alone, not the merged core"}
    assert {x["reason"].split(":")[0] for x in misses} <= refusals
    assert all(x["incident"] == "suruc-bombing" for x in misses)
    bad = CliRunner().invoke(app, ["eval", "merge", "--db", url, "--misses", "train"])
    assert bad.exit_code != 0 and "not a split" in bad.output


def test_hard_cases_told_the_same_days_are_labelled_apart_whatever_their_dates():
    """The liberation of Aden (mid-July) is told in passing by the reports of 25-27 July
    that tell the recaptures near it and recall the Houthis' seizure of the city: the gold
    labels them different events although their dates lie more than three days apart."""
    incidents = {i.id: i for i in load_gold(GOLD)}
    hard = ("houthis-seize-aden", "sabr-wahat-taken", "bisatin-jaawla-retaken",
            "anad-base-push")
    assert set(hard) <= set(incidents["aden-liberation"].apart_from)
    pairs = gold_pairs(list(incidents.values()))
    labelled = {(a.incident, b.incident): same for a, b, same in pairs}
    for other in hard:
        assert labelled.get(("aden-liberation", other), labelled.get(
            (other, "aden-liberation"))) is False
    # one outlet telling the capture of al-Wahat and Sabr twice: the same event
    assert labelled[("sabr-wahat-taken", "sabr-wahat-taken")] is True


def test_the_liberation_of_aden_holds_no_other_seizure_told_beside_it(tmp_path):
    """The Aden reports through the real pipeline into a real store: the wire copies of the
    liberation merge, and neither the Houthis' seizure of the city nor the recaptures of
    places north of it (al-Wahat and Sabr, al-Basatin, al-Anad's base) join it."""
    from typer.testing import CliRunner

    from rasd.cli import app
    from rasd.ingest import ingest

    keep = {"aden-liberation", "houthis-seize-aden", "sabr-wahat-taken",
            "bisatin-jaawla-retaken", "anad-base-push"}
    chosen = [i for i in load_gold(GOLD) if i.id in keep]
    records = {m.record for i in chosen for m in i.mentions} | {"snn_syria_0135"}
    corpus = tmp_path / "articles.jsonl"
    with DEMO.open(encoding="utf-8") as fh, corpus.open("w", encoding="utf-8") as out:
        out.writelines(line for line in fh if json.loads(line)["id"] in records)
    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    ingest([str(corpus)], url, workers=1)
    out = CliRunner().invoke(app, ["eval", "merge", "--db", url, "--gold", str(GOLD),
                                   "--json"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    assert report["all"]["merged_different"] == 0, report["all"]["wrong_merges"]
    assert report["dev"]["merged_same"] >= 3  # the liberation told by several outlets
