"""Facets that become kept in a transaction are named once each, however many keys the
transaction brings (they are looked up 200 at a time: a key's actor and target rows can fall
in two lookups, and each named both, so that a batch of 64 real documents at 12,000 failed
with `UNIQUE constraint failed: agg_facets.facet`)."""

from __future__ import annotations

import pytest

from rasd.store import Store, facets


@pytest.mark.parametrize(("places", "expected"), [
    (10, ["actor:org-k", "recipient:org-k"]),  # both roles in one lookup
    (250, ["actor:org-k", "recipient:org-k"]),  # actor in the first, target in the second
])
def test_a_key_crossing_the_threshold_is_named_once_per_role(tmp_path, monkeypatch,
                                                             places, expected):
    monkeypatch.setattr(facets, "FACET_EVENTS", 3)
    with Store.open(f"sqlite:///{tmp_path}/f.db") as st:
        st.db.execute("INSERT INTO agg_keys (grp, key, events, targeted, mentions, reports,"
                      " t_reports) VALUES ('party', 'org-k', 3, 3, 6, 3, 3)")
        kept = facets.FacetKeys()
        # sorted, the place keys lie between the actor and the target: ("actor", ...) <
        # ("location", ...) < ("recipient", ...)
        kept.keys = {("actor", "org-k"), ("recipient", "org-k"),
                     *(("location", f"p{i:03d}") for i in range(places))}
        assert kept._newly_kept(st.db, set()) == expected
