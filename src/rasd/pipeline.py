"""The ordered, named stages that turn a raw record into a grounded Document.

Every stage is a module-level function `stage(doc) -> doc` that fills its own layers
from the layers before it, and declares which layers it reads (`reads`) and which it
writes (`writes`), as spaCy components declare `requires`/`assigns`. Only the entity
stages write `entities`. The declarations are enforced: a stage that replaces or resizes
a layer it did not declare fails with StageContractError; with `Pipeline(check=True)`
(or RASD_CHECK_STAGES=1) the stage also sees only the layers it declared and any change
to another layer's items fails. Resources (models, lexicons) are loaded lazily and
cached per process, so a Pipeline pickles to a worker as a list of names.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from rasd import claims, events, quantities, times
from rasd.clean import clean_text
from rasd.document import Document, Meta
from rasd.entities import link, nominal, recognize
from rasd.limits import check_length, check_record
from rasd.readers.html import extract_html
from rasd.readers.record import BadInput, Record
from rasd.text import stage as segment
from rasd.text.language import guess_language

LAYERS = ("text", "meta", "removed", "tokens", "word_ids", "sentences", "entities", "quantities",
          "times", "claims", "events")
ALWAYS_READ = frozenset({"text", "meta", "removed", "record_id"})


class StageContractError(RuntimeError):
    """A stage read or wrote a layer it did not declare."""


@dataclass(frozen=True)
class Stage:
    """A named stage with the layers it reads and writes; calling it runs it under its
    contract (see the module docstring)."""

    name: str
    run: Callable[[Document], Document]
    reads: frozenset[str]
    writes: frozenset[str]
    entity_stage: bool = False
    # the stage over a batch of documents at once (same output as one by one), if it has one
    run_many: Callable[[list[Document]], list[Document]] | None = None

    def __post_init__(self) -> None:
        unknown = (self.reads | self.writes) - set(LAYERS)
        if unknown:
            raise ValueError(f"stage {self.name}: unknown layers {sorted(unknown)}")
        if "entities" in self.writes and not self.entity_stage:
            raise ValueError(f"stage {self.name}: only entity stages write entities")

    def __call__(self, doc: Document, check: bool | None = None) -> Document:
        strict = CHECK if check is None else check
        before = self._unwritten_shapes(doc, strict)
        self.run(_Guarded(doc, self) if strict else doc)
        self._check_unwritten(doc, before, strict)
        return doc

    def many(self, docs: list[Document], check: bool | None = None) -> list[Document]:
        """The stage over each of `docs` (together when it has `run_many`), each document
        under the contract as in `__call__`."""
        if self.run_many is None:
            return [self(doc, check) for doc in docs]
        strict = CHECK if check is None else check
        before = [self._unwritten_shapes(doc, strict) for doc in docs]
        self.run_many([_Guarded(d, self) if strict else d for d in docs])  # type: ignore[misc]
        for doc, shapes in zip(docs, before, strict=True):
            self._check_unwritten(doc, shapes, strict)
        return docs

    def _unwritten_shapes(self, doc: Document, strict: bool) -> dict[str, Any]:
        """The shape of every layer this stage does not write, to check it is left alone."""
        return {name: _shape(getattr(doc, name), strict) for name in LAYERS
                if name not in self.writes}

    def _check_unwritten(self, doc: Document, before: dict[str, Any], strict: bool) -> None:
        for name, shape in before.items():
            if _shape(getattr(doc, name), strict) != shape:
                raise StageContractError(
                    f"stage {self.name} changed the {name} layer, which it does not write "
                    f"(it writes {', '.join(sorted(self.writes)) or 'nothing'})")


def _shape(value: Any, deep: bool) -> Any:
    """What must not change in a layer the stage does not write: the object and its size;
    with `deep`, every item's value too."""
    if deep:
        return repr(value)
    return id(value), len(value) if hasattr(value, "__len__") else None


class _Guarded:
    """The document as a stage sees it under `check`: undeclared layers cannot be read or
    assigned."""

    __slots__ = ("_doc", "_stage")

    def __init__(self, doc: Document, stage: Stage) -> None:
        object.__setattr__(self, "_doc", doc)
        object.__setattr__(self, "_stage", stage)

    def __getattr__(self, name: str) -> Any:
        st: Stage = object.__getattribute__(self, "_stage")
        if name in LAYERS and name not in st.reads | st.writes | ALWAYS_READ:
            raise StageContractError(f"stage {st.name} reads the {name} layer, which it does "
                                     "not declare")
        return getattr(object.__getattribute__(self, "_doc"), name)

    def __setattr__(self, name: str, value: Any) -> None:
        st: Stage = object.__getattribute__(self, "_stage")
        if name in LAYERS and name not in st.writes:
            raise StageContractError(f"stage {st.name} writes the {name} layer, which it does "
                                     "not declare")
        setattr(object.__getattribute__(self, "_doc"), name, value)


def _stage(name: str, run: Callable[[Document], Document], reads: str, writes: str,
           entity_stage: bool = False,
           run_many: Callable[[list[Document]], list[Document]] | None = None) -> Stage:
    return Stage(name, run, frozenset(reads.split()), frozenset(writes.split()), entity_stage,
                 run_many)


STAGE_LIST: tuple[Stage, ...] = (
    _stage("segment", segment.stage, "text", "tokens word_ids sentences"),
    _stage("entities", recognize.stage, "text tokens sentences", "entities", entity_stage=True,
           run_many=recognize.stage_many),
    _stage("link", link.stage, "text meta tokens word_ids sentences entities", "entities",
           entity_stage=True),
    _stage("quantities", quantities.stage, "text tokens word_ids", "quantities"),
    _stage("times", times.stage, "text meta tokens word_ids", "times"),
    _stage("claims", claims.stage, "text tokens word_ids sentences entities quantities times",
           "claims"),
    _stage("events", events.stage,
           "text meta tokens word_ids sentences entities quantities times claims", "events"),
    _stage("nominals", nominal.stage, "text meta tokens sentences entities claims events",
           "entities events", entity_stage=True),
)
STAGES: dict[str, Stage] = {s.name: s for s in STAGE_LIST}
CHECK = os.environ.get("RASD_CHECK_STAGES") == "1"
# Documents a batch of `Pipeline.pipe` (and of `rasd extract`, the ingest workers): the
# entity tagger's numeric steps then serve the sentences of all of them at once.
BATCH_SIZE = 64


def make_document(record: Record, published: str | None = None,
                  source: str | None = None) -> Document:
    """Clean a raw record into a Document with meta and no layers yet.

    `published`/`source` are defaults for records that do not carry their own.
    """
    check_record(record)
    title, date = record.title, record.published
    if record.html is not None:
        page = extract_html(record.html, record.origin)
        raw = page.text
        title = title or page.title
        date = date or page.published
    elif record.text is not None:
        raw = record.text
    else:
        raise BadInput(f"{record.origin}: no text or html")
    check_length(raw, record.origin)
    if "\x00" in raw:
        raise BadInput(f"{record.origin}: binary content")
    body, removed = clean_text(raw)
    if not body.strip():
        raise BadInput(f"{record.origin}: empty (no text left after cleaning)")
    meta = Meta(
        source=record.source or source,
        url=record.url,
        title=title,
        published=date or published,
        language=guess_language(body),
    )
    return Document(text=body, meta=meta, removed=removed, record_id=record.id)


@dataclass
class Pipeline:
    """Runs the named stages in order; `skip` leaves chosen layers empty; `check` runs each
    stage under its full contract (slower: for tests and debugging)."""

    names: tuple[str, ...] = tuple(STAGES)
    check: bool = field(default=False)

    def __call__(self, doc: Document) -> Document:
        for name in self.names:
            doc = STAGES[name](doc, self.check or None)
        return doc

    def run_many(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)

    def pipe(self, docs: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Document]:
        """Every document through the stages, `batch_size` at a time: each stage over the
        whole batch before the next, the entity stage over all of it at once (spaCy's
        `nlp.pipe`). The output is that of `__call__` document by document, bit for bit:
        no number depends on the batch a document is in (`Tagger.tag_documents`)."""
        it = iter(docs)
        while batch := list(islice(it, max(1, batch_size))):
            for name in self.names:
                batch = STAGES[name].many(batch, self.check or None)
            yield from batch


def extract(record: Record, published: str | None = None, source: str | None = None,
            pipeline: Pipeline | None = None) -> Document:
    """Raw record in, grounded document out: rasd's heart."""
    return (pipeline or Pipeline())(make_document(record, published, source))


def extract_text(text: str, published: str | None = None, source: str | None = None,
                 **meta: str | None) -> Document:
    """Convenience for library users: plain text in, document out."""
    return extract(Record(origin="<text>", text=text, **meta), published, source)
