"""The ordered, named stages that turn a raw record into a grounded Document.

Every stage is a module-level function `stage(doc) -> doc` that fills its own
layer from the layers before it. Resources (models, lexicons) are loaded lazily
and cached per process, so a Pipeline pickles to a worker as a list of names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rasd import claims, events, quantities, times
from rasd.clean import clean_text
from rasd.document import Document, Meta
from rasd.entities import link, recognize
from rasd.limits import check_length, check_record
from rasd.readers.html import extract_html
from rasd.readers.record import BadInput, Record
from rasd.text import stage as segment
from rasd.text.language import guess_language

Stage = Callable[[Document], Document]

STAGES: dict[str, Stage] = {
    "segment": segment.stage,
    "entities": recognize.stage,
    "link": link.stage,
    "quantities": quantities.stage,
    "times": times.stage,
    "claims": claims.stage,
    "events": events.stage,
}


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
    """Runs the named stages in order; `skip` leaves chosen layers empty."""

    names: tuple[str, ...] = tuple(STAGES)

    def __call__(self, doc: Document) -> Document:
        for name in self.names:
            doc = STAGES[name](doc)
        return doc

    def run_many(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


def extract(record: Record, published: str | None = None, source: str | None = None,
            pipeline: Pipeline | None = None) -> Document:
    """Raw record in, grounded document out: rasd's heart."""
    return (pipeline or Pipeline())(make_document(record, published, source))


def extract_text(text: str, published: str | None = None, source: str | None = None,
                 **meta: str | None) -> Document:
    """Convenience for library users: plain text in, document out."""
    return extract(Record(origin="<text>", text=text, **meta), published, source)
