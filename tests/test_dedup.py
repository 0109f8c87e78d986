"""Near-duplicates: MinHash signatures, LSH bands, and grouping in the store
on real articles with controlled copies (exact, syndicated, lightly edited)."""

from __future__ import annotations

import json
import random

import store_helpers
from conftest import REPO
from rasd.store import Store
from rasd.store.dedup import BANDS, THRESHOLD, band_hashes, signature, similarity
from store_helpers import document

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set

DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"


def articles(n: int) -> list[dict]:
    """Distinct real articles (the corpus has its own syndicated pairs: one kept)."""
    out: list[dict] = []
    sigs: list[bytes] = []
    with DEMO.open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            sig = signature(a["content"])
            if len(a["content"]) > 600 and all(similarity(sig, s) < 0.5 for s in sigs):
                sigs.append(sig)
                out.append(a)
            if len(out) == n:
                break
    return out


def edit(text: str, rng: random.Random, changes: int = 4) -> str:
    """A lightly edited copy: a wire byline, a few words replaced, the last line dropped."""
    words = text.split()
    for _ in range(changes):
        words[rng.randrange(len(words))] = rng.choice(["أمس", "الجمعة", "قوات", "مصادر"])
    lines = " ".join(words).rsplit(".", 1)[0]
    return "(أ ف ب) - " + lines + "."


def test_signatures_estimate_similarity():
    a, b = articles(2)
    rng = random.Random(1)
    sa = signature(a["content"])
    assert signature(a["content"]) == sa  # deterministic
    assert similarity(sa, signature(edit(a["content"], rng))) >= THRESHOLD
    assert similarity(sa, signature(b["content"])) < 0.2
    # diacritics and hamza spelling do not make a text new
    assert similarity(signature("قَصَفَ الطيرانُ مدينةَ حلبَ أمس وقتل مدنيين"),
                      signature("قصف الطيران مدينة حلب امس وقتل مدنيين")) == 1.0


def test_bands():
    (a,) = articles(1)
    bands = band_hashes(signature(a["content"]))
    assert len(bands) == BANDS and all(-(2**63) <= h < 2**63 for h in bands)
    assert band_hashes(signature("...")) == []  # no words: matches nothing


def test_store_groups_exactly_the_constructed_copies(store_url):
    rng = random.Random(7)
    base = articles(30)
    docs, truth = [], {}
    for i, a in enumerate(base):
        docs.append(document(a["content"], a["source"], "2015-07-21"))
        truth[docs[-1].id] = i
    for i in range(0, 30, 3):  # ten edited copies from other outlets
        d = document(edit(base[i]["content"], rng), f"wire{i}", "2015-07-22")
        docs.append(d)
        truth[d.id] = i
    for i in range(1, 30, 6):  # five exact copies
        docs.append(document(base[i]["content"], f"mirror{i}", "2015-07-23"))
    rng.shuffle(docs)
    with Store.open(store_url) as st:
        for k in range(0, len(docs), 7):  # several ingests: later ones join earlier groups
            st.add_documents(docs[k : k + 7])
        groups: dict[str, set[int]] = {}
        for r in st.db.query("SELECT id, group_id FROM documents"):
            groups.setdefault(r["group_id"], set()).add(truth[r["id"]])
        # every group holds one article only, and every article is in one group
        assert all(len(g) == 1 for g in groups.values())
        assert len(groups) == 30
        s = st.stats()
        assert (s["documents"], s["exact_copies"], s["near_duplicates"]) == (40, 5, 10)
