"""`Store`: the one public data-access class over SQLite and PostgreSQL.

Every read method returns plain JSON-ready dicts/lists (no ORM objects), so the
API server can return them as they are. Every filter value is passed as a
query parameter, never formatted into SQL.

Shapes returned (all keys always present; unknown values are null):

- document summary: {"id", "title", "source", "url", "published", "language",
  "group": near-duplicate group id, "outlets": [str], "events": int,
  "claims": int, "entities": int}
- document (full): the contract dict of shared spec document.md plus
  "copies": [{"source", "url", "origin", "record_id", "published"}],
  "group": {"id", "documents": [summary...], "outlets": [str]},
  "merged": {event id: merged event id}
- event: {"doc_id", "id" (event id in its document), "key" ("DOCID:EVENTID"),
  "type", "quad", "mode": [str], "status", "date" (event date, else the
  document's published date), "trigger": Span, "actor"/"recipient"/"location":
  [Span + {"entity", "key", "name", "name_en", "lat", "lon"}], "lat", "lon",
  "dead", "injured", "size", "claim", "merged_id", "source", "title"}
- merged event: {"id", "type", "quad", "date", "date_to", "actors": [{"key",
  "name"}], "recipients": [...], "places": [{"key", "name", "lat", "lon"}],
  "lat", "lon", "reports": int, "outlets": [str], "dead": int|null,
  "injured": int|null, "statuses": [str], "conflicts": int};
  `merged_event(id)` adds "members": [event...], "claims": [claim...],
  "conflict_list": [conflict...]
- claim: {"doc_id", "id", "key", "sentence", "speaker": Span + {"entity",
  "kind", "name"}, "cue": Span, "content": Span, "direct", "via": Span|null,
  "source", "published", "events": [event keys it reports]}
- conflict: {"id", "merged_id", "kind": "actor"|"status"|"casualties",
  "field", "summary", "accounts": [{"doc_id", "event_id", "source", "value"}]}
- page: {"items": [...], "total": int, "page": int, "per_page": int}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from rasd.document import Document, Role
from rasd.store import dedup, fts
from rasd.store import merge as merging
from rasd.store.db import Database, DatabaseError
from rasd.store.query import (
    Where,
    doc_where,
    event_where,
    has_event_filters,
    like_escape,
    placeholders,
)
from rasd.store.schema import migrate
from rasd.text.normalize import normalize_key

DEFAULT_URL = "sqlite:///rasd.db"
MAX_PER_PAGE = 500


class StoreError(Exception):
    """A store that cannot be opened or used: the message is one line."""


class BadFilter(StoreError, ValueError):
    """A filter value that is not valid (e.g. a date not in YYYY-MM-DD form): HTTP 422."""


@dataclass(slots=True)
class Filters:
    """Filters shared by documents/events/merged events/claims/search/timeline/network.

    q: full-text query (diacritics, hamza forms and clitics ignored);
    category: PLOVER type (e.g. ASSAULT) or comma-separated list;
    actor: link id (e.g. `country-RU`) or a name (Arabic surface, any
    spelling/clitics, or English name) of an event actor;
    recipient: same for the recipient; place: link id or name of an event
    location; date_from/date_to: inclusive YYYY-MM-DD (event date, or the
    document's published date for documents); outlet: source name;
    status: event status; doc_id: one document; record_id: the input record's own id
    (JSONL `id`) that produced a document.
    """

    q: str | None = None
    category: str | None = None
    actor: str | None = None
    recipient: str | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    status: str | None = None
    doc_id: str | None = None
    record_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}

    def checked(self) -> Filters:
        """These filters with dates validated (raises BadFilter) and blanks as None."""
        # NUL can be in no stored text (and PostgreSQL refuses it): drop it
        values = {k: (str(v).replace("\x00", "") or None) if v is not None else None
                  for k, v in asdict(self).items()}
        for key in ("date_from", "date_to"):
            v = values[key]
            if v is not None:
                try:
                    values[key] = dt.date.fromisoformat(str(v)).isoformat()
                except ValueError:
                    raise BadFilter(f"{key}: {v!r} is not a date in YYYY-MM-DD form") from None
        return Filters(**values)


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "page": self.page,
                "per_page": self.per_page}


@dataclass(slots=True)
class AddResult:
    """What `add_documents` did: new documents, copies of stored ones, groups joined."""

    added: int = 0
    copies: int = 0
    near_duplicates: int = 0
    events: int = 0
    merged_into_existing: int = 0


@dataclass(slots=True)
class Incoming:
    """A document on its way into the store, with what the worker computed.

    `signature`: its MinHash (computed here when None); `origin`: where the
    record came from (path, path:line, URL) for the copies table.
    """

    doc: Document
    origin: str | None = None
    signature: bytes | None = None
    index: tuple[str, str] | None = None  # fts.index_strings(doc.text), if computed


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _clamp(page: int, per_page: int) -> tuple[int, int, int]:
    page = max(1, int(page))
    per_page = max(1, min(MAX_PER_PAGE, int(per_page)))
    return page, per_page, (page - 1) * per_page


def _shift(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def _valid_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


class Store:
    """The corpus store. Open with `Store.open(url)`; use as a context manager.

    Thread-safety: one Store per thread/process (the server opens one per worker
    or guards it with a lock).
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, url: str | None = None, *, readonly: bool = False) -> Store:
        """Open (creating and migrating if needed) the store at `url`.

        `url`: `sqlite:///path/file.db`, a bare path, or `postgresql://user@host:port/db`;
        default `sqlite:///rasd.db` in the cwd. Raises StoreError with a one-line
        message when it cannot be opened. `readonly` skips migrations (worker
        processes and readers of an existing store).
        """
        try:
            db = Database(url or DEFAULT_URL, readonly=readonly)
        except DatabaseError as exc:
            raise StoreError(str(exc)) from None
        try:
            if not readonly:
                migrate(db)
        except DatabaseError as exc:
            db.close()
            raise StoreError(f"{url or DEFAULT_URL}: {exc}") from None
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------

    def add_documents(self, docs: Iterable[Document | Incoming | tuple[Document, str | None]],
                      ) -> AddResult:
        """Store documents in ONE transaction: all their rows or none.

        Items are Documents, Incoming, or (Document, origin) pairs. A document
        already stored (same content hash) only gains a copy row (its
        source/url/origin). New documents are grouped with near-duplicates
        (MinHash/LSH) and their events merged into cross-report events.
        """
        result = AddResult()
        items = [_incoming(d) for d in docs]
        try:
            with self.db.transaction():
                for item in items:
                    self._add_one(item, result)
        except DatabaseError as exc:
            raise StoreError(str(exc)) from None
        return result

    def has_document(self, doc_id: str) -> bool:
        return self.db.scalar("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def _add_copy(self, doc: Document, origin: str | None) -> bool:
        m = doc.meta
        before = self.db.scalar(
            "SELECT count(*) FROM copies WHERE doc_id = ? AND source = ?",
            (doc.id, m.source or "")) if m.source else 1
        cur = self.db.execute(
            "INSERT INTO copies (doc_id, origin, source, url, record_id, published, title, added)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (doc.id, origin or "", m.source or "", m.url or "", doc.record_id,
             _valid_date(m.published), m.title, _now()))
        return bool(cur.rowcount) and not before

    def _add_one(self, item: Incoming, result: AddResult) -> None:
        doc = item.doc
        did = doc.id
        if self.has_document(did):
            if self._add_copy(doc, item.origin):
                # a new outlet for a stored text: its merged events gain it
                for row in self.db.query("SELECT DISTINCT merged_id FROM events "
                                         "WHERE doc_id = ?", (did,)):
                    self._refresh_merged(row["merged_id"])
            result.copies += 1
            return
        sig = item.signature if item.signature is not None else dedup.signature(doc.text)
        bands = dedup.band_hashes(sig)
        group = self._find_group(did, sig, bands)
        if group != did:
            result.near_duplicates += 1
        m = doc.meta
        published = _valid_date(m.published)
        data = doc.to_dict()
        row = self.db.one(
            "INSERT INTO documents (id, published, source, url, title, language, group_id,"
            " added, n_entities, n_claims, n_events, text, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING num",
            (did, published, m.source, m.url, m.title, m.language, group, _now(),
             len(doc.entities), len(doc.claims), len(doc.events), doc.text, _dumps(data)))
        assert row is not None
        exact, stems = item.index or fts.index_strings(doc.text)
        if self.db.is_pg:
            self.db.execute("INSERT INTO doc_search (doc_id, exact, stems) VALUES "
                            "(?, to_tsvector('simple', ?), to_tsvector('simple', ?))",
                            (did, exact, stems))
        else:
            self.db.execute("INSERT INTO doc_fts (rowid, exact, stems) VALUES (?, ?, ?)",
                            (row["num"], exact, stems))
        self._add_copy(doc, item.origin)
        self.db.execute("INSERT INTO signatures (doc_id, sig) VALUES (?, ?)", (did, sig))
        self.db.executemany("INSERT INTO lsh_bands (band, hash, doc_id) VALUES (?, ?, ?) "
                            "ON CONFLICT DO NOTHING",
                            [(b, h, did) for b, h in enumerate(bands)])
        self._add_layers(doc, data, published, result)
        result.added += 1

    def _find_group(self, did: str, sig: bytes, bands: list[int]) -> str:
        """The group of the most similar stored near-duplicate, else the document's own id."""
        if not bands:
            return did
        cond = " OR ".join(["(band = ? AND hash = ?)"] * len(bands))
        params: list[Any] = []
        for b, h in enumerate(bands):
            params += [b, h]
        rows = self.db.query(
            "SELECT d.id, d.group_id, s.sig FROM documents d JOIN signatures s ON s.doc_id = d.id "
            f"WHERE d.id IN (SELECT DISTINCT doc_id FROM lsh_bands WHERE {cond})", params)
        best: tuple[float, str] | None = None
        for r in rows:
            sim = dedup.similarity(sig, bytes(r["sig"]))
            # most similar wins; ties go to the smaller group id (deterministic)
            if sim >= dedup.THRESHOLD and (best is None or sim > best[0]
                                           or (sim == best[0] and r["group_id"] < best[1])):
                best = (sim, r["group_id"])
        return best[1] if best else did

    def _add_layers(self, doc: Document, data: dict[str, Any], published: str | None,
                    result: AddResult) -> None:
        did, source = doc.id, doc.meta.source
        ents = {e.id: e for e in doc.entities}
        self.db.executemany(
            "INSERT INTO entities (doc_id, ent_id, s, e, type, text, norm, link_id, link_name,"
            " link_name_en, link_kind, country, lat, lon) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(did, e.id, e.start, e.end, e.type, doc.text[e.start:e.end],
              normalize_key(doc.text[e.start:e.end]),
              e.link.id if e.link else None, e.link.name_ar if e.link else None,
              e.link.name_en if e.link else None, e.link.kind if e.link else None,
              e.link.country if e.link else None, e.link.lat if e.link else None,
              e.link.lon if e.link else None) for e in doc.entities])
        claim_rows = []
        for c, cd in zip(doc.claims, data["claims"], strict=True):
            info = _role_info(doc, c.speaker, ents)
            cd["speaker"].update(name=info["name"], key=info["key"])
            claim_rows.append((
                did, c.id, c.sentence, info["text"], c.speaker.start, c.speaker.end,
                c.speaker.entity, info["key"], info["name"], info["name_en"], info["norm"],
                c.speaker.kind, doc.text[c.cue.start:c.cue.end], c.content.start, c.content.end,
                doc.text[c.content.start:c.content.end], int(c.direct),
                doc.text[c.via.start:c.via.end] if c.via else None, source, published,
                _dumps(cd)))
        self.db.executemany(
            "INSERT INTO claims (doc_id, claim_id, sentence, speaker_text, speaker_s, speaker_e,"
            " speaker_entity, speaker_key, speaker_name, speaker_name_en, speaker_norm,"
            " speaker_kind, cue_text, content_s, content_e, content_text, direct, via_text,"
            " source, published, data) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING", claim_rows)
        for v, vd in zip(doc.events, data["events"], strict=True):
            mention = self._add_event(doc, v, vd, ents, published)
            self._merge(mention, result)
            result.events += 1
            for c in doc.claims:
                if c.id == v.claim or (c.content.start <= v.trigger.start
                                       and v.trigger.end <= c.content.end):
                    self.db.execute("INSERT INTO claim_events (doc_id, claim_id, event_id)"
                                    " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                    (did, c.id, v.id))

    def _add_event(self, doc: Document, v: Any, vd: dict[str, Any], ents: dict[str, Any],
                   published: str | None) -> merging.Mention:
        did = doc.id
        date = _valid_date(v.time.date if v.time and v.time.date else None) or published
        mention = merging.Mention(did, v.id, doc.meta.source, v.type, date, v.status,
                                  dead=v.dead, injured=v.injured)
        role_rows = []
        lat = lon = None
        for role, spans in (("actor", v.actor), ("recipient", v.recipient),
                            ("location", v.location)):
            for idx, (r, rd) in enumerate(zip(spans, vd[role], strict=True)):
                info = _role_info(doc, r, ents)
                rd.update(key=info["key"], name=info["name"], name_en=info["name_en"],
                          country=info["country"], lat=info["lat"], lon=info["lon"])
                role_rows.append((did, v.id, role, idx, info["key"], info["text"], info["norm"],
                                  info["name"], normalize_key(info["name"] or "") or None,
                                  info["name_en"], info["kind"], info["lat"], info["lon"]))
                label = info["name"] or info["text"]
                if role == "actor":
                    mention.actors.setdefault(info["key"], label)
                elif role == "recipient":
                    mention.recipients.setdefault(info["key"], label)
                else:
                    mention.places.append(merging.Place(info["key"], label, info["lat"],
                                                        info["lon"]))
                    if lat is None and info["lat"] is not None:
                        lat, lon = info["lat"], info["lon"]
        vd["date"] = date
        self.db.execute(
            "INSERT INTO events (doc_id, event_id, sentence, type, quad, status, date,"
            " trigger_text, trigger_s, trigger_e, dead, injured, size, claim_id, lat, lon,"
            " merged_id, source, title, data) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (did, v.id, v.sentence, v.type, merging.quad(v.type), v.status, date,
             doc.text[v.trigger.start:v.trigger.end], v.trigger.start, v.trigger.end,
             v.dead, v.injured, v.size, v.claim, lat, lon, None, doc.meta.source,
             doc.meta.title, _dumps(vd)))
        self.db.executemany(
            "INSERT INTO event_roles (doc_id, event_id, role, idx, key, text, norm, name,"
            " name_norm, name_en, kind, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            role_rows)
        return mention

    def _merge(self, m: merging.Mention, result: AddResult) -> None:
        """Put one new event mention into its merged event (an existing one or a new one)."""
        chosen = None
        if m.date:
            tol = merging.rules()["date_tolerance_days"]
            types = merging.related_categories(m.type)
            rows = self.db.query(
                "SELECT id, type, date, date_to, actor_keys, recipient_keys, place_keys, names"
                f" FROM merged_events WHERE type IN ({placeholders(len(types))})"
                " AND date <= ? AND date_to >= ? ORDER BY id",
                (*types, _shift(m.date, tol), _shift(m.date, -tol)))
            chosen = merging.best_cluster(m, [_cluster(r) for r in rows])
        if chosen is None:
            cluster = merging.Cluster.start(m)
            self.db.execute(
                "INSERT INTO merged_events (id, type, quad, date, date_to, actor_keys,"
                " recipient_keys, place_keys, names, reports, outlets, statuses, n_conflicts,"
                " updated) VALUES (?, ?, ?, ?, ?, '[]', '[]', '[]', '{}', 0, '[]', '[]', 0, ?)",
                (cluster.id, m.type, merging.quad(m.type), m.date, m.date, _now()))
        else:
            cluster = chosen
            cluster.add(m)
            result.merged_into_existing += 1
        self.db.execute("UPDATE events SET merged_id = ? WHERE doc_id = ? AND event_id = ?",
                        (cluster.id, m.doc_id, m.event_id))
        self._save_cluster(cluster)
        self._refresh_merged(cluster.id)

    def _save_cluster(self, c: merging.Cluster) -> None:
        names = {"actors": c.actors, "recipients": c.recipients,
                 "places": [{"key": p.key, "name": p.name, "lat": p.lat, "lon": p.lon}
                            for p in c.places]}
        geo = next((p for p in c.places if p.lat is not None), None)
        self.db.execute(
            "UPDATE merged_events SET date = ?, date_to = ?, actor_keys = ?, recipient_keys = ?,"
            " place_keys = ?, names = ?, lat = ?, lon = ? WHERE id = ?",
            (c.date, c.date_to, _dumps(sorted(c.actors)), _dumps(sorted(c.recipients)),
             _dumps([p.key for p in c.places]), _dumps(names), geo.lat if geo else None,
             geo.lon if geo else None, c.id))

    def _refresh_merged(self, merged: str) -> None:
        """Recompute a merged event's reports, outlets, magnitudes and conflicts."""
        members = [_mention(r) for r in self.db.query(
            "SELECT doc_id, event_id, source, type, date, status, dead, injured, data"
            " FROM events WHERE merged_id = ? ORDER BY doc_id, event_id", (merged,))]
        docs = sorted({m.doc_id for m in members})
        outlets = [r["source"] for r in self.db.query(
            f"SELECT DISTINCT source FROM copies WHERE doc_id IN ({placeholders(len(docs))})"
            " AND source <> '' ORDER BY source", docs)] if docs else []
        found = merging.conflicts(merged, members)
        self.db.execute("DELETE FROM conflicts WHERE merged_id = ?", (merged,))
        self.db.executemany(
            "INSERT INTO conflicts (id, merged_id, kind, field, summary, accounts)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(c["id"], merged, c["kind"], c["field"], c["summary"], _dumps(c["accounts"]))
             for c in found])
        dead = [m.dead for m in members if m.dead is not None]
        injured = [m.injured for m in members if m.injured is not None]
        self.db.execute(
            "UPDATE merged_events SET reports = ?, outlets = ?, dead = ?, injured = ?,"
            " statuses = ?, n_conflicts = ?, updated = ? WHERE id = ?",
            (len(docs), _dumps(outlets), max(dead) if dead else None,
             max(injured) if injured else None,
             _dumps(sorted({m.status for m in members})), len(found), _now(), merged))

    # --- reading -------------------------------------------------------------

    def documents(self, page: int = 1, per_page: int = 50,
                  filters: Filters | None = None) -> Page:
        """Document summaries, newest published first. Event filters (category,
        actor, place, status) keep documents holding at least one such event."""
        f = (filters or Filters()).checked()
        page, per_page, offset = _clamp(page, per_page)
        w = self._doc_filters(f)
        total = self.db.scalar("SELECT count(*) FROM documents d" + w.sql(), w.params)
        rows = self.db.query(
            "SELECT d.id, d.title, d.source, d.url, d.published, d.language, d.group_id,"
            " d.n_events, d.n_claims, d.n_entities FROM documents d" + w.sql()
            + " ORDER BY d.published DESC NULLS LAST, d.num DESC LIMIT ? OFFSET ?",
            [*w.params, per_page, offset])
        return Page(self._summaries(rows), int(total or 0), page, per_page)

    def _doc_filters(self, f: Filters) -> Where:
        w = doc_where(f, self.db.is_pg, "d.id")
        if f.date_from:
            w.add("d.published >= ?", f.date_from)
        if f.date_to:
            w.add("d.published <= ?", f.date_to)
        if has_event_filters(f):
            ew = event_where(f, self.db.is_pg, "e", dates=False, doc_level=False)
            w.add("EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id AND "
                  + " AND ".join(ew.conds) + ")", *ew.params)
        return w

    def _summaries(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        ids = [r["id"] for r in rows]
        outlets: dict[str, list[str]] = {i: [] for i in ids}
        if ids:
            for c in self.db.query(
                    f"SELECT DISTINCT doc_id, source FROM copies WHERE doc_id IN"
                    f" ({placeholders(len(ids))}) AND source <> '' ORDER BY source", ids):
                outlets[c["doc_id"]].append(c["source"])
        return [{"id": r["id"], "title": r["title"], "source": r["source"], "url": r["url"],
                 "published": r["published"], "language": r["language"],
                 "group": r["group_id"], "outlets": outlets[r["id"]],
                 "events": r["n_events"], "claims": r["n_claims"],
                 "entities": r["n_entities"]} for r in rows]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One full document (contract dict + copies, group, merged ids), or None."""
        row = self.db.one("SELECT data, group_id FROM documents WHERE id = ?",
                          (doc_id.replace("\x00", ""),))
        if row is None:
            return None
        out = json.loads(row["data"])
        out["copies"] = [
            {"source": c["source"] or None, "url": c["url"] or None, "origin": c["origin"] or None,
             "record_id": c["record_id"], "published": c["published"]}
            for c in self.db.query("SELECT * FROM copies WHERE doc_id = ? ORDER BY added,"
                                   " origin, source, url", (doc_id,))]
        members = self.db.query(
            "SELECT id, title, source, url, published, language, group_id, n_events, n_claims,"
            " n_entities FROM documents WHERE group_id = ? ORDER BY num", (row["group_id"],))
        summaries = self._summaries(members)
        out["group"] = {"id": row["group_id"], "documents": summaries,
                        "outlets": sorted({o for s in summaries for o in s["outlets"]})}
        out["merged"] = {r["event_id"]: r["merged_id"] for r in self.db.query(
            "SELECT event_id, merged_id FROM events WHERE doc_id = ?", (doc_id,))}
        return out

    def iter_documents(self, filters: Filters | None = None,
                       batch: int = 200) -> Iterator[dict[str, Any]]:
        """Every (filtered) document's contract dict, in insertion order, streaming."""
        f = (filters or Filters()).checked()
        w = self._doc_filters(f)
        last = 0
        while True:
            ww = Where()
            ww.extend(w)
            ww.add("d.num > ?", last)
            rows = self.db.query("SELECT d.num, d.data FROM documents d" + ww.sql()
                                 + " ORDER BY d.num LIMIT ?", [*ww.params, batch])
            if not rows:
                return
            for r in rows:
                yield json.loads(r["data"])
            last = rows[-1]["num"]

    def events(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Event mentions (one per document event), newest date first."""
        f = (filters or Filters()).checked()
        page, per_page, offset = _clamp(page, per_page)
        w = event_where(f, self.db.is_pg, "e")
        total = self.db.scalar("SELECT count(*) FROM events e" + w.sql(), w.params)
        rows = self.db.query(
            "SELECT e.* FROM events e" + w.sql()
            + " ORDER BY e.date DESC NULLS LAST, e.doc_id, e.event_id LIMIT ? OFFSET ?",
            [*w.params, per_page, offset])
        return Page([_event_out(r) for r in rows], int(total or 0), page, per_page)

    def iter_events(self, filters: Filters | None = None,
                    batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every (filtered) event mention with its document's url/published, streaming."""
        f = (filters or Filters()).checked()
        w = event_where(f, self.db.is_pg, "e")
        last = (-1, "")
        while True:
            ww = Where()
            ww.extend(w)
            ww.add("(d.num > ? OR (d.num = ? AND e.event_id > ?))", last[0], last[0], last[1])
            rows = self.db.query(
                "SELECT e.*, d.num, d.url, d.published FROM events e JOIN documents d"
                " ON d.id = e.doc_id" + ww.sql() + " ORDER BY d.num, e.event_id LIMIT ?",
                [*ww.params, batch])
            if not rows:
                return
            for r in rows:
                out = _event_out(r)
                out["url"], out["published"] = r["url"], r["published"]
                yield out
            last = (rows[-1]["num"], rows[-1]["event_id"])

    def _merged_where(self, f: Filters) -> Where:
        w = Where()
        cats = [c.strip().upper() for c in (f.category or "").split(",") if c.strip()]
        if cats:
            w.add(f"m.type IN ({placeholders(len(cats))})", *cats)
        if f.date_from:
            w.add("m.date_to >= ?", f.date_from)
        if f.date_to:
            w.add("m.date <= ?", f.date_to)
        ew = event_where(Filters(q=f.q, actor=f.actor, recipient=f.recipient, place=f.place,
                                 outlet=f.outlet, status=f.status, doc_id=f.doc_id,
                                 record_id=f.record_id),
                         self.db.is_pg, "e")
        if ew:
            w.add("m.id IN (SELECT e.merged_id FROM events e" + ew.sql() + ")", *ew.params)
        return w

    def merged_events(self, filters: Filters | None = None, page: int = 1,
                      per_page: int = 50) -> Page:
        """Cross-report events, most reported first then newest."""
        f = (filters or Filters()).checked()
        page, per_page, offset = _clamp(page, per_page)
        w = self._merged_where(f)
        total = self.db.scalar("SELECT count(*) FROM merged_events m" + w.sql(), w.params)
        rows = self.db.query(
            "SELECT m.* FROM merged_events m" + w.sql()
            + " ORDER BY m.reports DESC, m.date DESC NULLS LAST, m.id LIMIT ? OFFSET ?",
            [*w.params, per_page, offset])
        return Page([_merged_out(r) for r in rows], int(total or 0), page, per_page)

    def merged_event(self, merged_id: str) -> dict[str, Any] | None:
        """One merged event with its members, claims and conflicts, or None."""
        row = self.db.one("SELECT * FROM merged_events WHERE id = ?",
                          (merged_id.replace("\x00", ""),))
        if row is None:
            return None
        out = _merged_out(row)
        out["members"] = [_event_out(r) for r in self.db.query(
            "SELECT * FROM events WHERE merged_id = ? ORDER BY date, doc_id, event_id",
            (merged_id,))]
        claim_rows = self.db.query(
            "SELECT c.* FROM claims c WHERE EXISTS (SELECT 1 FROM claim_events ce JOIN events e"
            " ON e.doc_id = ce.doc_id AND e.event_id = ce.event_id WHERE ce.doc_id = c.doc_id"
            " AND ce.claim_id = c.claim_id AND e.merged_id = ?) ORDER BY c.published,"
            " c.doc_id, c.claim_id", (merged_id,))
        out["claims"] = self._claims_out(claim_rows)
        out["conflict_list"] = [_conflict_out(r) for r in self.db.query(
            "SELECT * FROM conflicts WHERE merged_id = ? ORDER BY id", (merged_id,))]
        return out

    def claims(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Claims (who said what), newest first; `actor` filters on the speaker."""
        f = (filters or Filters()).checked()
        page, per_page, offset = _clamp(page, per_page)
        w = doc_where(f, self.db.is_pg, "c.doc_id")
        if f.date_from:
            w.add("c.published >= ?", f.date_from)
        if f.date_to:
            w.add("c.published <= ?", f.date_to)
        if f.actor:
            norm = normalize_key(f.actor)
            w.add("(c.speaker_key = ? OR c.speaker_norm = ? OR lower(c.speaker_name_en) = ?"
                  " OR c.speaker_norm LIKE ? ESCAPE '\\')", f.actor.strip(), norm,
                  f.actor.strip().lower(), "%" + like_escape(norm) + "%")
        ef = Filters(category=f.category, recipient=f.recipient, place=f.place, status=f.status)
        if has_event_filters(ef):
            ew = event_where(ef, self.db.is_pg, "e", dates=False, doc_level=False)
            w.add("EXISTS (SELECT 1 FROM claim_events ce JOIN events e ON e.doc_id = ce.doc_id"
                  " AND e.event_id = ce.event_id WHERE ce.doc_id = c.doc_id AND ce.claim_id ="
                  " c.claim_id AND " + " AND ".join(ew.conds) + ")", *ew.params)
        total = self.db.scalar("SELECT count(*) FROM claims c" + w.sql(), w.params)
        rows = self.db.query("SELECT c.* FROM claims c" + w.sql()
                             + " ORDER BY c.published DESC NULLS LAST, c.doc_id, c.claim_id"
                             " LIMIT ? OFFSET ?", [*w.params, per_page, offset])
        return Page(self._claims_out(rows), int(total or 0), page, per_page)

    def _claims_out(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for r in rows:
            d = json.loads(r["data"])
            d.update(doc_id=r["doc_id"], key=f"{r['doc_id']}:{r['claim_id']}",
                     source=r["source"], published=r["published"])
            d["events"] = [f"{r['doc_id']}:{x['event_id']}" for x in self.db.query(
                "SELECT event_id FROM claim_events WHERE doc_id = ? AND claim_id = ?"
                " ORDER BY event_id", (r["doc_id"], r["claim_id"]))]
            out.append(d)
        return out

    def conflicts(self, filters: Filters | None = None, page: int = 1,
                  per_page: int = 50) -> Page:
        """Conflicting accounts inside merged events."""
        f = (filters or Filters()).checked()
        page, per_page, offset = _clamp(page, per_page)
        mw = self._merged_where(f)
        w = Where()
        if mw:
            w.add("k.merged_id IN (SELECT m.id FROM merged_events m" + mw.sql() + ")",
                  *mw.params)
        total = self.db.scalar("SELECT count(*) FROM conflicts k" + w.sql(), w.params)
        rows = self.db.query("SELECT k.* FROM conflicts k" + w.sql()
                             + " ORDER BY k.merged_id, k.id LIMIT ? OFFSET ?",
                             [*w.params, per_page, offset])
        return Page([_conflict_out(r) for r in rows], int(total or 0), page, per_page)

    def _roles_page(self, roles: tuple[str, ...], f: Filters, page: int, per_page: int,
                    extra: str) -> Page:
        page, per_page, offset = _clamp(page, per_page)
        w = event_where(f, self.db.is_pg, "e")
        w.conds.insert(0, f"r.role IN ({placeholders(len(roles))})")
        w.params[0:0] = list(roles)
        base = (" FROM event_roles r JOIN events e ON e.doc_id = r.doc_id"
                " AND e.event_id = r.event_id" + w.sql())
        total = self.db.scalar("SELECT count(DISTINCT r.key)" + base, w.params)
        rows = self.db.query(
            "SELECT r.key, MAX(r.name) AS name, MAX(r.name_en) AS name_en, MAX(r.text) AS text,"
            f" MAX(r.kind) AS kind, MAX(r.lat) AS lat, MAX(r.lon) AS lon, {extra},"
            " count(*) AS mentions" + base
            + " GROUP BY r.key ORDER BY mentions DESC, r.key LIMIT ? OFFSET ?",
            [*w.params, per_page, offset])
        return Page(rows, int(total or 0), page, per_page)

    def actors(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Event actors/recipients with counts: items {"key", "name", "name_en",
        "kind", "events" (as actor), "targeted" (as recipient), "mentions"}."""
        p = self._roles_page(
            ("actor", "recipient"), (filters or Filters()).checked(), page, per_page,
            "count(DISTINCT CASE WHEN r.role = 'actor' THEN e.merged_id END) AS events,"
            " count(DISTINCT CASE WHEN r.role = 'recipient' THEN e.merged_id END) AS targeted")
        p.items = [{"key": r["key"], "name": r["name"] or r["text"], "name_en": r["name_en"],
                    "kind": r["kind"], "events": r["events"], "targeted": r["targeted"],
                    "mentions": r["mentions"]} for r in p.items]
        return p

    def places(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Event locations with counts: items {"key", "name", "name_en", "lat",
        "lon", "events", "mentions"} (lat/lon null when not geocoded)."""
        p = self._roles_page(("location",), (filters or Filters()).checked(), page, per_page,
                             "count(DISTINCT e.merged_id) AS events")
        p.items = [{"key": r["key"], "name": r["name"] or r["text"], "name_en": r["name_en"],
                    "lat": r["lat"], "lon": r["lon"], "events": r["events"],
                    "mentions": r["mentions"]} for r in p.items]
        return p

    def search(self, q: str, filters: Filters | None = None, page: int = 1,
               per_page: int = 20) -> Page:
        """Full-text search: document summaries plus "snippet" (original text
        around the first hit), "highlights" ([start, end] of the matching words in the
        snippet) and "hits" (number of matching words in the document)."""
        f = (filters or Filters()).checked()
        f = Filters(**{**asdict(f), "q": q})
        result = self.documents(page, per_page, f)
        query = fts.parse_query(q)
        for item in result.items:
            text = self.db.scalar("SELECT text FROM documents WHERE id = ?", (item["id"],))
            spans = fts.hits(text, query)
            item["hits"] = len(spans)
            item["snippet"], item["highlights"] = fts.excerpt(text, spans)
        return result

    def stats(self) -> dict[str, Any]:
        """Counts: documents, records, exact_copies, near_duplicates,
        duplicate_groups, entities, events, merged_events, multi_report_events,
        claims, conflicts, outlets, first_date, last_date, by_category."""
        s = self.db.scalar
        docs = int(s("SELECT count(*) FROM documents") or 0)
        records = int(s("SELECT count(*) FROM copies") or 0)
        groups = int(s("SELECT count(*) FROM (SELECT group_id FROM documents GROUP BY group_id"
                       " HAVING count(*) > 1) g") or 0)
        grouped = int(s("SELECT count(*) FROM documents WHERE group_id <> id") or 0)
        by_cat = {r["type"]: r["n"] for r in self.db.query(
            "SELECT type, count(*) AS n FROM merged_events GROUP BY type ORDER BY type")}
        return {
            "documents": docs,
            "records": records,
            "exact_copies": records - docs,
            "near_duplicates": grouped,
            "duplicate_groups": groups,
            "entities": int(s("SELECT count(*) FROM entities") or 0),
            "events": int(s("SELECT count(*) FROM events") or 0),
            "merged_events": int(s("SELECT count(*) FROM merged_events") or 0),
            "multi_report_events": int(s("SELECT count(*) FROM merged_events WHERE reports > 1")
                                       or 0),
            "claims": int(s("SELECT count(*) FROM claims") or 0),
            "conflicts": int(s("SELECT count(*) FROM conflicts") or 0),
            "outlets": int(s("SELECT count(DISTINCT source) FROM copies WHERE source <> ''")
                           or 0),
            "first_date": s("SELECT MIN(published) FROM documents"),
            "last_date": s("SELECT MAX(published) FROM documents"),
            "by_category": by_cat,
        }

    def timeline(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Event counts per day per category: [{"date", "category", "count"}]
        (count = distinct merged events, so ten reports of one event count once)."""
        w = event_where((filters or Filters()).checked(), self.db.is_pg, "e")
        w.add("e.date IS NOT NULL")
        return [{"date": r["date"], "category": r["type"], "count": r["n"]}
                for r in self.db.query(
                    "SELECT e.date, e.type, count(DISTINCT e.merged_id) AS n FROM events e"
                    + w.sql() + " GROUP BY e.date, e.type ORDER BY e.date, e.type", w.params)]

    def network(self, filters: Filters | None = None, limit: int = 200
                ) -> list[dict[str, Any]]:
        """Actor→recipient edges: [{"source", "source_name", "target",
        "target_name", "count", "quad", "categories": {type: n}}], heaviest first."""
        w = event_where((filters or Filters()).checked(), self.db.is_pg, "e")
        rows = self.db.query(
            "SELECT a.key AS akey, MAX(COALESCE(a.name, a.text)) AS aname, r.key AS rkey,"
            " MAX(COALESCE(r.name, r.text)) AS rname, e.type, count(DISTINCT e.merged_id) AS n"
            " FROM events e JOIN event_roles a ON a.doc_id = e.doc_id AND a.event_id ="
            " e.event_id AND a.role = 'actor' JOIN event_roles r ON r.doc_id = e.doc_id AND"
            " r.event_id = e.event_id AND r.role = 'recipient'" + w.sql()
            + " GROUP BY a.key, r.key, e.type", w.params)
        edges: dict[tuple[str, str], dict[str, Any]] = {}
        for r in rows:
            if r["akey"] == r["rkey"]:
                continue
            edge = edges.setdefault((r["akey"], r["rkey"]), {
                "source": r["akey"], "source_name": r["aname"], "target": r["rkey"],
                "target_name": r["rname"], "count": 0, "categories": {}, "quad": None})
            edge["count"] += r["n"]
            edge["categories"][r["type"]] = edge["categories"].get(r["type"], 0) + r["n"]
        for edge in edges.values():
            weight: dict[str, int] = {}
            for cat, n in edge["categories"].items():
                q = merging.quad(cat) or "unknown"
                weight[q] = weight.get(q, 0) + n
            edge["quad"] = max(sorted(weight), key=lambda k: weight[k])
        return sorted(edges.values(), key=lambda e: (-e["count"], e["source"],
                                                     e["target"]))[: max(1, int(limit))]

    def outlets(self) -> list[dict[str, Any]]:
        """Outlets with document counts: [{"source", "documents"}]."""
        return [{"source": r["source"], "documents": r["n"]} for r in self.db.query(
            "SELECT source, count(DISTINCT doc_id) AS n FROM copies WHERE source <> ''"
            " GROUP BY source ORDER BY n DESC, source")]


def _incoming(item: Any) -> Incoming:
    if isinstance(item, Incoming):
        return item
    if isinstance(item, Document):
        return Incoming(item)
    doc, origin = item
    return Incoming(doc, origin)


def _role_info(doc: Document, r: Role, ents: dict[str, Any]) -> dict[str, Any]:
    """What the store keeps of a role: a KB link id as key, else the normalized surface."""
    text = doc.text[r.start:r.end]
    norm = normalize_key(text)
    ent = ents.get(r.entity) if r.entity else None
    link = ent.link if ent is not None else None
    if link is not None:
        return {"text": text, "norm": norm, "key": link.id, "name": link.name_ar,
                "name_en": link.name_en, "kind": link.kind, "country": link.country,
                "lat": link.lat, "lon": link.lon}
    return {"text": text, "norm": norm, "key": "~" + norm, "name": None, "name_en": None,
            "kind": ent.type if ent is not None else None, "country": None, "lat": None,
            "lon": None}


def _cluster(r: dict[str, Any]) -> merging.Cluster:
    names = json.loads(r["names"])
    return merging.Cluster(
        r["id"], r["type"], r["date"], r["date_to"], dict(names.get("actors", {})),
        dict(names.get("recipients", {})),
        [merging.Place(p["key"], p["name"], p["lat"], p["lon"])
         for p in names.get("places", [])])


def _mention(r: dict[str, Any]) -> merging.Mention:
    d = json.loads(r["data"])

    def label(x: dict[str, Any]) -> str:
        return x.get("name") or x["text"]

    return merging.Mention(
        r["doc_id"], r["event_id"], r["source"], r["type"], r["date"], r["status"],
        {x["key"]: label(x) for x in d["actor"]}, {x["key"]: label(x) for x in d["recipient"]},
        [merging.Place(x["key"], label(x), x.get("lat"), x.get("lon")) for x in d["location"]],
        r["dead"], r["injured"])


def _event_out(r: dict[str, Any]) -> dict[str, Any]:
    d = json.loads(r["data"])
    d.update(doc_id=r["doc_id"], key=f"{r['doc_id']}:{r['event_id']}", quad=r["quad"],
             date=r["date"], lat=r["lat"], lon=r["lon"], merged_id=r["merged_id"],
             source=r["source"], title=r["title"])
    return d


def _merged_out(r: dict[str, Any]) -> dict[str, Any]:
    names = json.loads(r["names"])
    return {
        "id": r["id"], "type": r["type"], "quad": r["quad"], "date": r["date"],
        "date_to": r["date_to"],
        "actors": [{"key": k, "name": v} for k, v in names.get("actors", {}).items()],
        "recipients": [{"key": k, "name": v} for k, v in names.get("recipients", {}).items()],
        "places": names.get("places", []), "lat": r["lat"], "lon": r["lon"],
        "reports": r["reports"], "outlets": json.loads(r["outlets"]), "dead": r["dead"],
        "injured": r["injured"], "statuses": json.loads(r["statuses"]),
        "conflicts": r["n_conflicts"],
    }


def _conflict_out(r: dict[str, Any]) -> dict[str, Any]:
    return {"id": r["id"], "merged_id": r["merged_id"], "kind": r["kind"], "field": r["field"],
            "summary": r["summary"], "accounts": json.loads(r["accounts"])}
