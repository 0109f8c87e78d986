"""Four writers ingesting into one PostgreSQL store at once: no lost or doubled row.

Each writer adds the same documents (as copies from its own outlet) in its own
order, in small transactions, all starting together. The store must end as a
single writer would leave it: every document once, every copy recorded, the
same merged events, aggregates that match a scan of the events.
"""

from __future__ import annotations

import random
import threading

import pytest

import store_helpers
from rasd.document import Meta
from rasd.store import Store
from store_helpers import ALEPPO, IDLIB, RUSSIA, document, entity, event, role
from test_merge import _check_aggregates

pytestmark = pytest.mark.skipif(not store_helpers.PG, reason="RASD_TEST_PG not set "
                                "(run scripts/pg-test-server.sh)")

WRITERS = 4
DAYS = ["2016-12-01", "2016-12-03", "2016-12-05", "2016-12-07", "2016-12-09", "2016-12-11"]


def _report(i: int, day: str, city: str, link, outlet: str):
    text = f"قصفت طائرات حربية روسية مدينة {city} يوم {day}، التقرير {i} من {outlet}."
    ents = [entity(text, "e1", "روسية", "LOC", RUSSIA), entity(text, "e2", city, "LOC", link)]
    return document(text, outlet, day, entities=ents, events=[
        event(text, "v1", "ASSAULT", "قصفت", actor=[role(text, "روسية", "e1")],
              location=[role(text, city, "e2")], date=day)])


def corpus():
    """Three reports of a strike on Aleppo and two on Idlib each day: 30 documents."""
    docs = []
    for day in DAYS:
        docs += [_report(i, day, "حلب", ALEPPO, f"o{i}") for i in range(3)]
        docs += [_report(i, day, "إدلب", IDLIB, f"o{i}") for i in range(2)]
    return docs


def _as_copy(doc, writer: int):
    """The same text from the writer's own feed: a copy with its own outlet."""
    m = doc.meta
    copy = document(doc.text, m.source, m.published, entities=doc.entities,
                    events=doc.events)
    copy.meta = Meta(f"{m.source}-w{writer}", f"https://w{writer}.example/{doc.id}", m.title,
                     m.published, "ar")
    return copy


def _partition(st: Store) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for r in st.db.query("SELECT doc_id, event_id, merged_id FROM events"):
        groups.setdefault(r["merged_id"], set()).add(r["doc_id"])
    return {frozenset(g) for g in groups.values()}


@pytest.fixture
def pg_url():
    yield from store_helpers.pg_database()


def test_four_concurrent_writers_leave_what_one_writer_leaves(pg_url, tmp_path):
    docs = corpus()
    with Store.open(pg_url):
        pass  # migrate once, as `rasd ingest` does before its workers write
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    def write(writer: int) -> None:
        mine = [_as_copy(d, writer) for d in docs]
        random.Random(writer).shuffle(mine)
        try:
            with Store.open(pg_url) as st:
                start.wait()
                for i in range(0, len(mine), 3):
                    st.add_documents(mine[i:i + 3])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    with Store.open(f"sqlite:///{tmp_path / 'one.db'}") as one:
        one.add_documents(docs)
        expected = _partition(one)
    with Store.open(pg_url) as st:
        s = st.stats()
        assert s["documents"] == len(docs) and s["events"] == len(docs)
        assert s["records"] == len(docs) * WRITERS  # every copy, once
        assert st.db.scalar("SELECT count(*) FROM events WHERE merged_id IS NULL") == 0
        assert _partition(st) == expected
        for m in st.merged_events(per_page=500).items:
            # a merged event's outlets are every copy's outlet of its reports
            assert len(m["outlets"]) == m["reports"] * WRITERS
        _check_aggregates(st)
