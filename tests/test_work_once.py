"""Work done once per document (speed9): a View per document of a batch, the times read
once for the quantities and times stages, phrase scans only where a phrase may start."""

from __future__ import annotations

import pytest

from rasd import times
from rasd.pipeline import STAGES, Pipeline, make_document
from rasd.readers.record import Record
from rasd.roles import View, claim_words

TEXTS = [
    "ومن جهة أخرى قال وزير الخارجية إن القوات قصفت حلب أمس. من جهته نفى الجيش ذلك.",
    "قتل 12 مدنيا وأصيب 30 آخرون يوم الأحد في غارات على مدينة إدلب، بحسب المرصد السوري.",
    "وأعلن الجيش يوم 15 ديسمبر 2016 أنه سيطر على حي الشيخ سعيد في مدينة حلب.",
]


def _docs(names: tuple[str, ...]):  # type: ignore[no-untyped-def]
    docs = [make_document(Record(origin="<test>", text=t), "2016-12-15") for t in TEXTS]
    for name in names:
        docs = STAGES[name].many(docs)
    return docs


def test_each_document_of_a_batch_keeps_its_view() -> None:
    docs = _docs(("segment", "entities", "link", "quantities", "times"))
    built = [View.of(d) for d in docs]  # as the claims stage over a batch
    for d, v in zip(docs, built, strict=True):  # then the events stage
        again = View.of(d)
        assert again is not v and again.norms is v.norms and again.memo is not v.memo


@pytest.mark.parametrize("set_name", ["complementizers", "connectives", "time_words",
                                      "clause_openers"])
def test_openings_hold_every_token_where_a_phrase_starts(set_name: str) -> None:
    for doc in _docs(("segment", "entities", "link", "quantities", "times")):
        v = View(doc)
        phrases = claim_words()[set_name]
        starts = [i for i in range(len(v.toks)) if v.phrase_at(i, phrases)]
        opens = v.openings(phrases, 0, len(v.toks))
        assert set(starts) <= set(opens)
        assert v.openings(phrases, 2, 5) == [i for i in opens if 2 <= i < 5]


def test_times_read_for_quantities_are_the_times_stage_reading() -> None:
    for doc in _docs(("segment",)):
        fresh = times.find_times(doc)
        STAGES["quantities"](doc)  # reads the times and keeps the reading
        doc = STAGES["times"](doc)  # takes it
        assert [(t.start, t.end, t.date, t.part) for t in doc.times] \
            == [(t.start, t.end, t.date, t.part) for t in fresh]
        assert any(t.date for t in doc.times)


def test_a_new_publication_date_is_read_again() -> None:
    doc = _docs(("segment",))[0]
    STAGES["quantities"](doc)  # read as published 2016-12-15: أمس is the 14th
    doc.meta.published = "2017-01-10"
    assert [t.date for t in STAGES["times"](doc).times] == ["2017-01-09"]


def test_a_batch_gives_what_one_by_one_gives() -> None:
    one = [Pipeline()(d) for d in _docs(())]
    batch = list(Pipeline().pipe(_docs(()), batch_size=64))
    assert [(len(d.events), len(d.claims), len(d.times), len(d.quantities)) for d in batch] \
        == [(len(d.events), len(d.claims), len(d.times), len(d.quantities)) for d in one]
    assert sum(len(d.times) for d in batch) >= 3
