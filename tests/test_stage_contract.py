"""The pipeline's contract in code: each stage declares the layers it reads and writes, only
entity stages write entities, and a stage that steps outside its declaration fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.document import Document, Entity
from rasd.pipeline import (
    STAGE_LIST,
    STAGES,
    Pipeline,
    Stage,
    StageContractError,
    make_document,
)
from rasd.readers.record import Record

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / \
    "aleppo-evacuation-talks.raw.txt"
TEXT = ("وقال مصدر أمني إن الغارات الروسية استهدفت مدينة حلب أمس. وأكد الروس أنهم قصفوا "
        "مواقع تنظيم داعش.")


def _doc(text: str = TEXT) -> Document:
    return make_document(Record(origin="t", text=text), "2016-12-15")


def test_every_stage_declares_its_layers_and_only_entity_stages_write_entities():
    for st in STAGE_LIST:
        assert st.writes, st.name
        assert ("entities" in st.writes) == st.entity_stage, st.name
    assert {s.name for s in STAGE_LIST if "entities" in s.writes} == \
        {"entities", "link", "nominals"}
    assert "entities" not in STAGES["events"].writes | STAGES["claims"].writes
    with pytest.raises(ValueError, match="only entity stages"):
        Stage("bad", lambda d: d, frozenset({"text"}), frozenset({"entities"}))
    with pytest.raises(ValueError, match="unknown layers"):
        Stage("bad", lambda d: d, frozenset({"paragraphs"}), frozenset({"events"}))


def test_the_real_pipeline_keeps_its_contract():
    """Every stage runs on a real article seeing only its declared layers, and no layer it
    does not write changes, item by item."""
    doc = Pipeline(check=True)(_doc(SEED.read_text(encoding="utf-8")))
    assert doc.events and doc.claims and doc.entities
    # the events stage alone adds no entity: roles only point at existing ones
    doc = _doc()
    for name in ("segment", "entities", "link", "quantities", "times", "claims"):
        doc = STAGES[name](doc, check=True)
    before = [(e.start, e.end, e.id) for e in doc.entities]
    doc = STAGES["events"](doc, check=True)
    assert [(e.start, e.end, e.id) for e in doc.entities] == before
    assert any(r.entity is None for e in doc.events for r in e.actor)
    # the nominals stage (an entity stage) links الروس
    doc = STAGES["nominals"](doc, check=True)
    t = doc.span_text
    linked = {t(r): r.entity for e in doc.events for r in e.actor}
    ent = {e.id: e for e in doc.entities}
    assert linked.get("الروس") in ent and ent[linked["الروس"]].link.id == "country-RU"


def _adds_an_entity(doc: Document) -> Document:
    doc.entities.append(Entity(0, 3, "e99", "ORG"))
    return doc


def _replaces_claims(doc: Document) -> Document:
    doc.claims = []
    return doc


def _reads_events(doc: Document) -> Document:
    doc.claims = [c for c in doc.claims if c.id in {e.claim for e in doc.events}]
    return doc


def _base() -> Document:
    doc = _doc()
    for name in ("segment", "entities", "link", "quantities", "times", "claims"):
        doc = STAGES[name](doc)
    return doc


def test_a_stage_writing_outside_its_declaration_fails():
    sneaky = Stage("sneaky", _adds_an_entity, frozenset({"text", "events"}),
                   frozenset({"events"}))
    with pytest.raises(StageContractError, match="changed the entities layer"):
        sneaky(_base(), check=False)  # even without the full check: the layer grew
    rude = Stage("rude", _replaces_claims, frozenset({"text"}), frozenset({"events"}))
    with pytest.raises(StageContractError, match="writes the claims layer"):
        rude(_base(), check=True)
    with pytest.raises(StageContractError, match="changed the claims layer"):
        rude(_base(), check=False)


def test_a_stage_reading_outside_its_declaration_fails_under_check():
    nosy = Stage("nosy", _reads_events, frozenset({"text", "claims"}), frozenset({"claims"}))
    with pytest.raises(StageContractError, match="reads the events layer"):
        nosy(_base(), check=True)
    honest = Stage("honest", _reads_events, frozenset({"text", "claims", "events"}),
                   frozenset({"claims"}))
    assert honest(_base(), check=True).claims == []


def test_item_changes_are_caught_under_check():
    def relinks(doc: Document) -> Document:
        for e in doc.entities:
            e.type = "MISC"
        doc.events = []
        return doc
    quiet = Stage("quiet", relinks, frozenset({"text", "entities"}), frozenset({"events"}))
    with pytest.raises(StageContractError, match="changed the entities layer"):
        quiet(_base(), check=True)


def test_pipe_gives_each_document_what_it_gets_alone():
    """`Pipeline.pipe` runs each stage over a batch (the entity stage over all of it at
    once): every document's output is byte for byte what it gets alone, in any batch size,
    under the contract too."""
    texts = [SEED.read_text(encoding="utf-8"), TEXT, "حلب",
             "أعلن الجيش التركي مقتل جنديين في هجوم قرب الحدود مع العراق."]
    alone = [Pipeline()(_doc(t)).to_json() for t in texts]
    for size in (1, 2, 3, 64):
        assert [d.to_json() for d in Pipeline().pipe([_doc(t) for t in texts], size)] == alone
    checked = Pipeline(check=True).pipe((_doc(t) for t in texts), 3)
    assert [d.to_json() for d in checked] == alone
    assert list(Pipeline().pipe([])) == []
