"""The sentence view the claims and events stages share: phrase lookups and its reuse."""

from __future__ import annotations

from rasd.document import Entity
from rasd.pipeline import STAGES, make_document
from rasd.readers.record import Record
from rasd.roles import View

TEXT = "ومن جهة أخرى قال وزير الخارجية إن القوات قصفت حلب أمس. من جهته نفى الجيش ذلك."


def _doc():  # type: ignore[no-untyped-def]
    doc = make_document(Record(origin="<test>", text=TEXT), "2016-12-15")
    for name in ("segment", "entities", "link", "quantities", "times"):
        doc = STAGES[name](doc)
    return doc


def test_phrase_at_finds_the_longest_phrase_within_the_end() -> None:
    v = View(_doc())
    phrases = {("من", "جهه"), ("من", "جهه", "اخري"), ("من", "جهته")}
    k = v.norms.index("ومن")  # a leading و is allowed
    assert v.phrase_at(k, phrases) == 3
    assert v.phrase_at(k, phrases, end=k + 2) == 2
    assert v.phrase_at(k, phrases, end=k + 1) == 0
    assert v.phrase_at(v.norms.index("من"), phrases) == 2
    assert v.phrase_at(v.norms.index("قال"), phrases) == 0
    assert {v.norms[i] for i in v.opener_tok} >= {"ومن", "جهه", "اخري", "من", "جهته"}


def test_claims_and_events_share_one_view_until_a_layer_changes() -> None:
    doc = _doc()
    first = View.of(doc)
    again = View.of(doc)
    assert again is not first and again.norms is first.norms and again.memo is not first.memo
    k = first.norms.index("الجيش")
    assert k not in first.ent_tok
    tok = doc.tokens[k]
    doc.entities.append(Entity(tok.start, tok.end, "e99", "ORG"))  # a new entity: a new view
    fresh = View.of(doc)
    assert fresh.norms is not first.norms and fresh.ent_tok[k].id == "e99"
    doc.entities[-1].type = "PER"  # changed in place: a new view again
    assert View.of(doc).ent_tok[k].type == "PER" and View.of(doc).norms is not fresh.norms
