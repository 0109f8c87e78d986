"""The merge gold (tests/merge_gold/) is well formed and `rasd eval merge` scores a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
