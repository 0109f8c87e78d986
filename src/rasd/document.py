"""The Document: one text and layers of offset spans into it.

Layers never copy text: every span is a (start, end) pair into `Document.text`
and the JSON contract (shared spec `document.md`) adds the surface string only
when serialising. Everything here is plain dataclasses so documents pickle and
travel to worker processes unchanged.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from dataclasses import dataclass, field
from typing import Any

from rasd import plover

SCHEMA = "rasd/document@1"

# The vocabulary lives in data/plover/vocabulary.json (rasd.plover); named here for the layers.
PLOVER_TYPES = plover.CATEGORIES
STATUSES = plover.STATUSES
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
# How an event role was found. No pass writes "dateline" since places23 (the dateline is where
# the report was filed); it stays valid so documents stored before still pass the contract and
# the store still reads them (rasd.store.features: a dateline place neither identifies an event).
ROLE_BASES = ("sentence", "context", "lead", "speaker", "dateline")


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Token(Span):
    """A word or punctuation mark; `norm` is its matching form (see text.normalize)."""

    norm: str = ""
    is_word: bool = True


@dataclass(slots=True)
class Link:
    id: str
    name_ar: str
    name_en: str | None
    kind: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Entity(Span):
    id: str = ""
    type: str = "MISC"
    link: Link | None = None


@dataclass(slots=True)
class Quantity(Span):
    value: float | int = 0
    unit: str | None = None
    ordinal: bool = False


@dataclass(slots=True)
class Time(Span):
    date: str | None = None
    part: str | None = None


@dataclass(slots=True)
class Role(Span):
    """An argument of a claim or event: a span, optionally pointing at an entity id.

    `basis` says how an event's role was found: in the trigger's own sentence
    ("sentence"), carried from the sentences before it ("context"), from the claim that
    reports it ("speaker"), or, in documents written before places28 and places23, the main
    place of a story of one theatre named in its lead ("lead") and the article's dateline
    ("dateline"). `via` names the pass that set it (rasd.events.context: "carried_place",
    "previous_place" …; "clause" for the events stage's own reading of the trigger's
    clause): for the benches only, the output contract has no such field, so it is not
    serialised and not compared."""

    entity: str | None = None
    basis: str = field(default="sentence", kw_only=True)
    via: str = field(default="", kw_only=True, compare=False, repr=False)


@dataclass(slots=True)
class Speaker(Role):
    kind: str = "unknown"  # named | institution | anonymous | unknown


@dataclass(slots=True)
class Claim:
    id: str
    sentence: int
    speaker: Speaker
    cue: Span
    content: Span
    direct: bool = False
    via: Span | None = None


@dataclass(slots=True)
class EventTime(Span):
    date: str | None = None


@dataclass(slots=True)
class Event:
    id: str
    sentence: int
    type: str
    trigger: Span
    mode: list[str] = field(default_factory=list)
    actor: list[Role] = field(default_factory=list)
    recipient: list[Role] = field(default_factory=list)
    location: list[Role] = field(default_factory=list)
    time: EventTime | None = None
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    status: str = "asserted"
    claim: str | None = None


@dataclass(slots=True)
class Meta:
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str = "und"


@dataclass(slots=True)
class Document:
    text: str
    meta: Meta = field(default_factory=Meta)
    removed: list[str] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)  # internal: not in the contract
    # internal: each token's word id (text.vocab), written with `tokens` by the segment stage
    word_ids: array = field(default_factory=lambda: array("i"))
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    record_id: str | None = None  # the input's own id (JSONL `id`), if it had one

    @property
    def id(self) -> str:
        return content_id(self.text)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding `offset` (binary search), -1 if none."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1

    # --- the JSON contract -------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "meta": {
                "source": self.meta.source,
                "url": self.meta.url,
                "title": self.meta.title,
                "published": self.meta.published,
                "language": self.meta.language,
                "record_id": self.record_id,  # the input's own id (JSONL `id`), if any
            },
            "text": self.text,
            "removed": list(self.removed),
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "entities": [
                {**self._span(e), "id": e.id, "type": e.type, "link": _link(e.link)}
                for e in self.entities
            ],
            "quantities": [
                {**self._span(q), "value": q.value, "unit": q.unit}
                | ({"ordinal": True} if q.ordinal else {})
                for q in self.quantities
            ],
            "times": [{**self._span(t), "date": t.date, "part": t.part} for t in self.times],
            "claims": [self._claim(c) for c in self.claims],
            "events": [self._event(v) for v in self.events],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def _span(self, s: Span) -> dict[str, Any]:
        return {"text": self.text[s.start : s.end], "start": s.start, "end": s.end}

    def _role(self, r: Role) -> dict[str, Any]:
        return {**self._span(r), "entity": r.entity}

    def _event_role(self, r: Role) -> dict[str, Any]:
        return {**self._role(r), "basis": r.basis}

    def _claim(self, c: Claim) -> dict[str, Any]:
        return {
            "id": c.id,
            "sentence": c.sentence,
            "speaker": {**self._role(c.speaker), "kind": c.speaker.kind},
            "cue": self._span(c.cue),
            "content": self._span(c.content),
            "direct": c.direct,
            "via": self._span(c.via) if c.via else None,
        }

    def _event(self, v: Event) -> dict[str, Any]:
        return {
            "id": v.id,
            "sentence": v.sentence,
            "type": v.type,
            "mode": list(v.mode),
            "trigger": self._span(v.trigger),
            "actor": [self._event_role(r) for r in v.actor],
            "recipient": [self._event_role(r) for r in v.recipient],
            "location": [self._event_role(r) for r in v.location],
            "time": {"text": self.text[v.time.start : v.time.end], "date": v.time.date,
                     "start": v.time.start, "end": v.time.end} if v.time else None,
            "dead": v.dead,
            "injured": v.injured,
            "size": v.size,
            "status": v.status,
            "claim": v.claim,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """Rebuild a Document from its contract JSON (the store and API read this)."""
        m = d.get("meta") or {}
        doc = cls(
            text=d["text"],
            meta=Meta(m.get("source"), m.get("url"), m.get("title"), m.get("published"),
                      m.get("language") or "und"),
            removed=list(d.get("removed", [])),
            sentences=[Span(s["start"], s["end"]) for s in d.get("sentences", [])],
            record_id=m.get("record_id"),
        )
        doc.entities = [
            Entity(e["start"], e["end"], e["id"], e["type"],
                   Link(**e["link"]) if e.get("link") else None)
            for e in d.get("entities", [])
        ]
        doc.quantities = [
            Quantity(q["start"], q["end"], q["value"], q.get("unit"), bool(q.get("ordinal")))
            for q in d.get("quantities", [])
        ]
        doc.times = [Time(t["start"], t["end"], t.get("date"), t.get("part"))
                     for t in d.get("times", [])]
        doc.claims = [
            Claim(
                c["id"], c["sentence"],
                Speaker(c["speaker"]["start"], c["speaker"]["end"], c["speaker"].get("entity"),
                        c["speaker"].get("kind", "unknown")),
                Span(c["cue"]["start"], c["cue"]["end"]),
                Span(c["content"]["start"], c["content"]["end"]),
                bool(c.get("direct")),
                Span(c["via"]["start"], c["via"]["end"]) if c.get("via") else None,
            )
            for c in d.get("claims", [])
        ]
        doc.events = [_event_from(v) for v in d.get("events", [])]
        return doc


def _roles(items: list[dict[str, Any]]) -> list[Role]:
    return [Role(r["start"], r["end"], r.get("entity"), basis=r.get("basis", "sentence"))
            for r in items]


def _event_from(v: dict[str, Any]) -> Event:
    t = v.get("time")
    return Event(
        v["id"], v["sentence"], v["type"], Span(v["trigger"]["start"], v["trigger"]["end"]),
        list(v.get("mode", [])), _roles(v.get("actor", [])), _roles(v.get("recipient", [])),
        _roles(v.get("location", [])),
        EventTime(t["start"], t["end"], t.get("date")) if t and "start" in t else None,
        v.get("dead"), v.get("injured"), v.get("size"), v.get("status", "asserted"),
        v.get("claim"),
    )


def _link(link: Link | None) -> dict[str, Any] | None:
    if link is None:
        return None
    return {"id": link.id, "name_ar": link.name_ar, "name_en": link.name_en, "kind": link.kind,
            "country": link.country, "lat": link.lat, "lon": link.lon}


def content_id(text: str) -> str:
    """Stable id of a document: a hash of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
