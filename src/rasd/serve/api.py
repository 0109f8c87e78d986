"""The JSON API routes (mounted under /api). Thin: validate, call Queries, return.

Filters are the CLI's (`rasd search`): q, category, actor, recipient, place,
from/to dates, outlet, status. Every value is validated here (dates, PLOVER
categories, lengths) and handed to the store as a query parameter.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field, model_validator

from rasd import __version__, plover
from rasd.document import PLOVER_TYPES, STATUSES
from rasd.outlets import display_name
from rasd.outlets import outlets as known_outlets
from rasd.serve.queries import Queries
from rasd.store import Filters


class ErrorBody(BaseModel):
    status: int
    message: str = Field(description="one line, never a traceback")


class ErrorOut(BaseModel):
    error: ErrorBody


router = APIRouter(responses={
    404: {"model": ErrorOut, "description": "not found"},
    413: {"model": ErrorOut, "description": "request body over 1 MB"},
    422: {"model": ErrorOut, "description": "invalid parameter or body"},
    500: {"model": ErrorOut, "description": "internal error"},
})

MAX_PER_PAGE = 200
DATE = r"^\d{4}-\d{2}-\d{2}$"
Text = Annotated[str | None, Query(max_length=200)]


def queries(request: Request) -> Queries:
    return request.app.state.queries


Q = Annotated[Queries, Depends(queries)]


def filters(
    q: Annotated[str | None, Query(max_length=500, description="full-text query")] = None,
    category: Annotated[str | None, Query(
        max_length=200, description="PLOVER category, or several comma-separated")] = None,
    actor: Annotated[str | None, Query(
        max_length=200, description="actor link id or name (Arabic or English)")] = None,
    recipient: Annotated[str | None, Query(max_length=200)] = None,
    place: Annotated[str | None, Query(max_length=200, description="place link id or name")
                     ] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE,
                                           description="YYYY-MM-DD, inclusive")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE,
                                         description="YYYY-MM-DD, inclusive")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="source name")] = None,
    status: Annotated[str | None, Query(description="event status: " + ", ".join(STATUSES))
                      ] = None,
    doc: Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-f]+$",
                                     description="one document id")] = None,
    record: Annotated[str | None, Query(max_length=200, description=(
        "the input record's own id (JSONL `id`) that produced a document"))] = None,
) -> Filters:
    if category:
        cats = [c.strip().upper() for c in category.split(",") if c.strip()]
        bad = [c for c in cats if c not in PLOVER_TYPES]
        if bad:
            raise HTTPException(422, f"category: unknown PLOVER category {bad[0]!r}")
        category = ",".join(cats)
    if status and status not in STATUSES:
        raise HTTPException(422, f"status: must be one of {', '.join(STATUSES)}")
    for name, value in (("from", date_from), ("to", date_to)):
        if value and not _valid_date(value):
            raise HTTPException(422, f"{name}: {value!r} is not a date")
    return Filters(q=q or None, category=category or None, actor=actor or None,
                   recipient=recipient or None, place=place or None, date_from=date_from,
                   date_to=date_to, outlet=outlet or None, status=status, doc_id=doc,
                   record_id=record or None)


def _valid_date(value: str) -> bool:
    import datetime as dt
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


F = Annotated[Filters, Depends(filters)]
PageNo = Annotated[int, Query(ge=1, le=1_000_000, description="1-based page")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"at most {MAX_PER_PAGE}")]
After = Annotated[str | None, Query(max_length=64, description=(
    "the previous page's `next` (the id of its last document): this page is read from "
    "there, as fast as the first; `page` then only numbers it"))]


def _found(item: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if item is None:
        raise HTTPException(404, f"{what} not found")
    return item


@router.get("/documents", tags=["documents"], summary="Document summaries (filterable)")
def list_documents(db: Q, f: F, page: PageNo = 1, per_page: PerPage = 50,
                   after: After = None) -> dict[str, Any]:
    return db.documents(f, page, per_page, after)


@router.get("/documents/{doc_id}", tags=["documents"],
            summary="One document: text and every layer, with copies and merged event ids")
def get_document(db: Q, doc_id: str) -> dict[str, Any]:
    return _found(db.document(doc_id), f"document {doc_id!r}")


@router.get("/events", tags=["events"], summary="Event mentions, one per document event")
def list_events(db: Q, f: F, page: PageNo = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return db.events(f, page, per_page)


@router.get("/merged-events", tags=["events"], summary="Events merged across reports")
def list_merged(db: Q, f: F, page: PageNo = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return db.merged_events(f, page, per_page)


@router.get("/merged-events/{merged_id}", tags=["events"],
            summary="One merged event with its reports, claims and conflicts")
def get_merged(db: Q, merged_id: str) -> dict[str, Any]:
    return _found(db.merged_event(merged_id), f"merged event {merged_id!r}")


@router.get("/claims", tags=["claims"], summary="Claims: who said what (actor = speaker)")
def list_claims(db: Q, f: F, page: PageNo = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return db.claims(f, page, per_page)


@router.get("/conflicts", tags=["claims"], summary="Conflicting accounts of merged events")
def list_conflicts(db: Q, f: F, page: PageNo = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return db.conflicts(f, page, per_page)


@router.get("/actors", tags=["actors and places"], summary="Actors with event counts")
def list_actors(db: Q, f: F, page: PageNo = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return db.actors(f, page, per_page)


@router.get("/places", tags=["actors and places"], summary="Places with event counts")
def list_places(db: Q, f: F, page: PageNo = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return db.places(f, page, per_page)


@router.get("/search", tags=["search"],
            summary="Full-text search (diacritics, hamza forms and clitics ignored)")
def search(db: Q, f: F, page: PageNo = 1, per_page: PerPage = 20,
           after: After = None) -> dict[str, Any]:
    if not f.q or not f.q.strip():
        raise HTTPException(422, "q: a search query is required")
    return db.search(f.q, f, page, per_page, after)


@router.get("/stats", tags=["corpus"], summary="Corpus statistics")
def stats(db: Q) -> dict[str, Any]:
    return db.stats()


@router.get("/summary", tags=["corpus"],
            summary="The overview's figures under the filters: documents, events (merged), "
                    "reports (event mentions), claims, conflicts, outlets")
def summary(db: Q, f: F) -> dict[str, Any]:
    return db.summary(f)


@router.get("/outlets", tags=["corpus"],
            summary="Outlets with document counts and display names (Arabic, English)")
def outlets(db: Q) -> list[dict[str, Any]]:
    return [{**o, "name_ar": display_name(o["source"], "ar"),
             "name_en": display_name(o["source"], "en")} for o in db.outlets()]


@router.get("/meta", tags=["corpus"],
            summary="The vocabulary: PLOVER categories, quads, modes, statuses, outlet names")
def meta() -> dict[str, Any]:
    """What the dashboard labels things with: each item has its code and Arabic (`ar`) and
    English (`en`) labels; categories also their quad and modes; outlets are keyed by slug."""
    return {"version": __version__, **plover.vocabulary(),
            "outlets": {slug: {"ar": o["ar"], "en": o["en"]}
                        for slug, o in known_outlets().items()}}


@router.get("/timeline", tags=["corpus"], summary="Event counts per day per category")
def timeline(db: Q, f: F, response: Response) -> list[dict[str, Any]]:
    """A text matching more documents than a filter selects counts the last written of
    them: the header `X-Rasd-Capped: true` says so (the other answers carry `capped`)."""
    out = db.timeline(f)
    if f.q and db.capped(f):
        response.headers["X-Rasd-Capped"] = "true"
    return out


@router.get("/network", tags=["corpus"],
            summary="Actor→recipient edges (weight = events, quad of the main category)")
def network(db: Q, f: F, limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict[str, Any]:
    return db.network(f, limit)


@router.get("/map", tags=["actors and places"],
            summary="Geocoded places with event counts (the map's markers)")
def map_points(db: Q, f: F, limit: Annotated[int, Query(ge=1, le=500)] = 500
               ) -> dict[str, Any]:
    return db.map_points(f, limit)


# format: (media type, file name) of a download
DOWNLOADS = {
    "csv": ("text/csv; charset=utf-8", "rasd-events.csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "rasd-documents.jsonl"),
    "plover": ("application/x-ndjson; charset=utf-8", "rasd-events-plover.jsonl"),
    "parquet": ("application/vnd.apache.parquet", "rasd-events.parquet"),
}


@router.get("/export", tags=["export"], response_class=StreamingResponse,
            summary="Download what the filters select: events as CSV, Parquet or PLOVER "
                    "records, documents as JSON Lines (the contract)")
def export_download(db: Q, f: F, format: Annotated[  # noqa: A002 (the CLI's option name)
        Literal["csv", "jsonl", "plover", "parquet"], Query(
            description="csv/parquet: one row per event; plover: one PLOVER JSON record per "
                        "event and line; jsonl: one contract document per line")] = "csv",
        ) -> StreamingResponse:
    media, name = DOWNLOADS[format]
    # Written to a spooled file first (in memory up to 16 MB, then on disk): the store
    # connection belongs to this worker thread, the response is streamed from another.
    buf = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115 (closed by chunks)
    try:
        if format == "parquet":
            n = db.export(format, f, buf)
        else:
            text = io.TextIOWrapper(buf, encoding="utf-8", newline="")
            n = db.export(format, f, text)
            text.flush()
            text.detach()
        buf.seek(0)
    except BaseException:
        buf.close()
        raise

    def chunks() -> Iterator[bytes]:
        with buf:
            while chunk := buf.read(1 << 16):
                yield chunk

    return StreamingResponse(chunks(), media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{name}"', "X-Rasd-Records": str(n)})


class ExtractIn(BaseModel):
    """One article: `text` (plain) or `html` (a page), with optional metadata."""

    text: str | None = Field(None, description="plain article text")
    html: str | None = Field(None, description="an HTML page (main text extracted)")
    published: str | None = Field(None, pattern=DATE, description="YYYY-MM-DD")
    source: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _one_input(self) -> ExtractIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self


@router.post("/extract", tags=["extract"],
             summary="Extract one article (text or HTML in, contract document out)",
             responses={503: {"model": ErrorOut,
                              "description": "every extraction worker busy and the queue "
                                             "full: retry after Retry-After seconds"}})
async def extract_one(body: ExtractIn, request: Request) -> Response:
    """Runs in the server's bounded pool of extraction processes (rasd.serve.workers)."""
    if body.published and not _valid_date(body.published):
        raise HTTPException(422, f"published: {body.published!r} is not a date")
    outcome = await request.app.state.extractor.extract(body.model_dump())
    if outcome.status == 200:
        return Response(outcome.body, media_type="application/json")
    headers = {"Retry-After": str(outcome.retry_after)} if outcome.retry_after else None
    raise HTTPException(outcome.status, outcome.body, headers=headers)
