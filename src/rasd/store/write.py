"""Writing documents: rows, copies, near-duplicate groups, layers, then merging.

`add_documents` writes one batch in one transaction: first every document's
rows (inserts that concurrent writers may run side by side; a document
another writer stored meanwhile becomes a copy), then, under the writers'
lock, the merging of its events and the aggregates (store/merged.py). On
PostgreSQL a transaction that met a deadlock or a serialization failure is
run again from the start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rasd.document import Document, Event
from rasd.store import (
    aggregates,
    dedup,
    facets,
    features,
    fts,
    key_filter,
    merge,
    outlet_keys,
    status_filter,
)
from rasd.store.blobs import (
    compact,
    contract,
    expand,
    pack,
    pack_document,
    pack_sketches,
    pack_text,
    packed,
    unpack,
    unpack_text,
)
from rasd.store.db import Database, DatabaseError
from rasd.store.merged import MEMBER, Merger, alone_core
from rasd.store.model import (
    AddResult,
    Incoming,
    StoreError,
    incoming,
    now,
    valid_date,
)
from rasd.text.normalize import normalize_key

RETRIES = 5


class Writer:
    db: Database
    _pending: aggregates.Pending

    def add_documents(self, docs: Iterable[Document | Incoming | tuple[Document, str | None]],
                      ) -> AddResult:
        """Store documents in ONE transaction: all their rows or none.

        Items are Documents, Incoming, or (Document, origin) pairs. A document
        already stored (same content hash) only gains a copy row (its
        source/url/origin). New documents are grouped with near-duplicates
        (MinHash/LSH) and their events merged into cross-report events.
        """
        items = [incoming(d) for d in docs]
        for attempt in range(RETRIES):
            result = AddResult()
            try:
                with self.db.transaction():
                    self._add_batch(items, result)
                return result
            except DatabaseError as exc:
                if attempt + 1 < RETRIES and self.db.sql.retryable(exc):
                    continue
                raise StoreError(str(exc)) from None
        raise AssertionError("unreachable")

    def has_document(self, doc_id: str) -> bool:
        return self.db.scalar("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def _add_batch(self, items: list[Incoming], result: AddResult) -> None:
        self._pending = aggregates.Pending()
        mentions: list[merge.Mention] = []
        outlets: list[tuple[str, str]] = []
        for item in items:
            self._add_one(item, result, mentions, outlets)
        self.db.sql.lock_writers(self.db)
        merger = Merger(self.db, self._pending)
        for doc_id, source in outlets:
            merger.add_outlet(doc_id, source)
        merger.place_all(mentions)
        merger.flush()
        self._pending.flush(self.db)
        result.merged_into_existing += merger.joined

    def _add_copy(self, doc: Document, origin: str | None,
                  stored: tuple[str | None, list[str], int, int, list[str]] | None = None
                  ) -> bool:
        """Record this copy; True when it brings an outlet the document did not have.
        `stored`: the document's publication day, event categories, numbers of events
        and claims and event statuses, when it is being written now (else read from its
        rows)."""
        m = doc.meta
        before = self.db.scalar(
            "SELECT count(*) FROM copies WHERE doc_id = ? AND source = ?",
            (doc.id, m.source or "")) if m.source else 1
        cur = self.db.execute(
            "INSERT INTO copies (doc_id, origin, source, url, record_id, published, title, added)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (doc.id, origin or "", m.source or "", m.url or "", doc.record_id,
             valid_date(m.published), m.title, now()))
        if cur.rowcount:
            self._pending.total("records")
            if not before:
                day, types, events, claims, statuses = stored or self._stored_days(doc.id)
                self._pending.outlet(m.source, events, claims)
                self._pending.outlet_day(m.source, day, types)
                self._pending.outlet_statuses(m.source, statuses)
        return bool(cur.rowcount) and not before

    def _stored_days(self, doc_id: str) -> tuple[str | None, list[str], int, int, list[str]]:
        """A stored document's publication day, the categories of its events, how many
        events and claims it holds, and its events' statuses."""
        return (self.db.scalar("SELECT published FROM documents WHERE id = ?", (doc_id,)),
                [r["type"] for r in self.db.query(
                    "SELECT DISTINCT type FROM events WHERE doc_id = ?", (doc_id,))],
                int(self.db.scalar("SELECT count(*) FROM events WHERE doc_id = ?",
                                   (doc_id,)) or 0),
                int(self.db.scalar("SELECT count(*) FROM claims WHERE doc_id = ?",
                                   (doc_id,)) or 0),
                [r["status"] for r in self.db.query(
                    "SELECT DISTINCT status FROM events WHERE doc_id = ?", (doc_id,))])

    def _add_one(self, item: Incoming, result: AddResult, mentions: list[merge.Mention],
                 outlets: list[tuple[str, str]]) -> None:
        doc = item.doc
        did = doc.id
        if self.has_document(did) or not self._insert_document(item, result, mentions):
            if self._add_copy(doc, item.origin) and doc.meta.source:
                outlets.append((did, doc.meta.source))  # its merged events gain an outlet
            result.copies += 1
        elif doc.meta.source:  # its outlet's actors and places (schema 16)
            self._pending.outlet_keys.gain(self.db, did, doc.meta.source)

    def _insert_document(self, item: Incoming, result: AddResult,
                         mentions: list[merge.Mention]) -> bool:
        """The document's rows; False when another writer stored it first."""
        doc = item.doc
        did = doc.id
        sig = item.signature if item.signature else dedup.signature(doc.text)
        bands = dedup.band_hashes(sig)
        group = self._find_group(did, sig, bands)
        m = doc.meta
        published = valid_date(m.published)
        data = doc.to_dict()
        layers = self._layers(doc, data, published)  # adds the store's names to `data`
        row = self.db.one(
            "INSERT INTO documents (id, published, source, url, title, language, group_id,"
            " added, n_entities, n_claims, n_events, text, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING RETURNING num",
            (did, published, m.source, m.url, m.title, m.language, group, now(),
             len(doc.entities), len(doc.claims), len(doc.events), pack_text(doc.text),
             pack_document(compact(data))))
        if row is None:
            return False  # a concurrent writer's copy of the same text won
        if group != did:
            result.near_duplicates += 1
            self._pending.total("near_duplicates")
            if self.db.scalar("SELECT count(*) FROM (SELECT 1 FROM documents WHERE"
                              " group_id = ? LIMIT 3) g",  # (not the whole group's rows)
                              (group,)) == 2:  # its first near-duplicate: a new group
                self._pending.total("duplicate_groups")
        for name, n in (("documents", 1), ("entities", len(doc.entities)),
                        ("events", len(doc.events)), ("claims", len(doc.claims))):
            self._pending.total(name, n)
        types = {v.id: v.type for v in doc.events}
        for typ in sorted(set(types.values())):
            self._pending.day("document", typ, published)
        for ev in layers["events"]:  # (doc_id, event_id, sentence, type, quad, status, date...)
            self._pending.day("event", ev[3], ev[6])
            self._pending.total("status:" + ev[5])
        for _claim, typ in sorted({(c, types[v]) for _, c, v in layers["links"]}):
            self._pending.day("claim", typ, published)
        exact, stems = item.index or fts.index_strings(doc.text)
        self.db.sql.index_text(self.db, row["num"], did, exact, stems)
        # a key filter alone (schema 17)
        self._pending.key_docs(key_filter.document_rows(layers["roles"], layers["links"]))
        statuses = status_filter.document_rows(layers["events"], layers["links"])  # (19)
        self._pending.status_docs(statuses)
        self._add_copy(doc, item.origin, (published, sorted({v.type for v in doc.events}),
                                          len(layers["events"]), len(layers["claims"]),
                                          sorted(statuses)))
        num = row["num"]  # the document's rows elsewhere keyed in the order they come
        self.db.execute("INSERT INTO signatures (num, sig) VALUES (?, ?)", (num, sig))
        self.db.executemany("INSERT INTO lsh_bands (band, hash, num) VALUES (?, ?, ?) "
                            "ON CONFLICT DO NOTHING",
                            [(b, h, num) for b, h in enumerate(bands)])
        mentions.extend(self._add_layers(layers, result))
        self._pending.facets.added(layers["events"], layers["roles"],  # (schema 19)
                                   layers["links"])  # (a key set's claims: schema 21)
        result.added += 1
        return True

    def _find_group(self, did: str, sig: bytes, bands: list[int]) -> str:
        """The group of the most similar stored near-duplicate, else the document's own id."""
        if not bands:
            return did
        cond = " OR ".join(["(band = ? AND hash = ?)"] * len(bands))
        params: list[Any] = []
        for b, h in enumerate(bands):
            params += [b, h]
        rows = self.db.query(
            "SELECT d.id, d.group_id, s.sig FROM documents d JOIN signatures s ON s.num = d.num "
            f"WHERE d.num IN (SELECT DISTINCT num FROM lsh_bands WHERE {cond})", params)
        best: tuple[float, str] | None = None
        for r in rows:
            sim = dedup.similarity(sig, bytes(r["sig"]))
            # most similar wins; ties go to the smaller group id (deterministic)
            if sim >= dedup.THRESHOLD and (best is None or sim > best[0]
                                           or (sim == best[0] and r["group_id"] < best[1])):
                best = (sim, r["group_id"])
        return best[1] if best else did

    def _layers(self, doc: Document, data: dict[str, Any], published: str | None
                ) -> dict[str, Any]:
        """The rows of the document's claims, events and roles, and its events' merge
        features (entities live in the document's JSON only). Events and claims in
        `data` gain what the store resolved (KB names and keys, places' points, the
        event's date): the document's JSON holds them once; their rows hold only what
        queries filter and sort on."""
        did, source = doc.id, doc.meta.source
        ents = {e.id: e for e in doc.entities}
        claim_rows = []
        for c, cd in zip(doc.claims, data["claims"], strict=True):
            info = features.role_info(doc, c.speaker, ents)
            cd["speaker"].update(name=info["name"], key=info["key"])
            claim_rows.append((  # texts are the document's, by offsets (and in the JSON)
                did, c.id, c.sentence, "", c.speaker.start, c.speaker.end,
                c.speaker.entity, info["key"], info["name"], info["name_en"], info["norm"],
                c.speaker.kind, None, c.content.start, c.content.end, None, int(c.direct),
                None, source, published, ""))
        out: dict[str, Any] = {
            "claims": claim_rows, "events": [], "roles": [], "mentions": [], "links": [],
            "role_counts": [], "names": {}}
        for v, vd in zip(doc.events, data["events"], strict=True):
            m, event_row, rows = self._event_rows(doc, v, vd, ents, published)
            out["mentions"].append(m)
            out["events"].append(event_row)
            out["roles"] += rows
            for r in rows:
                out["role_counts"].append((r[2], r[4], v.type, m.date or ""))
                out["names"].setdefault(r[4], (r[4], r[5], r[7], r[9], r[10], r[11], r[12]))
            out["links"] += [(did, c.id, v.id) for c in doc.claims
                             if c.id == v.claim or (c.content.start <= v.trigger.start
                                                    and v.trigger.end <= c.content.end)]
        return out

    def _add_layers(self, layers: dict[str, Any], result: AddResult) -> list[merge.Mention]:
        self.db.executemany(
            "INSERT INTO claims (doc_id, claim_id, sentence, speaker_text, speaker_s, speaker_e,"
            " speaker_entity, speaker_key, speaker_name, speaker_name_en, speaker_norm,"
            " speaker_kind, cue_text, content_s, content_e, content_text, direct, via_text,"
            " source, published, data) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING", layers["claims"])
        self.db.executemany(
            "INSERT INTO events (doc_id, event_id, sentence, type, quad, status, date,"
            " trigger_text, trigger_s, trigger_e, dead, injured, size, claim_id, lat, lon,"
            " merged_id, source, title, data, features) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", layers["events"])
        self.db.executemany(
            "INSERT INTO event_roles (doc_id, event_id, role, idx, key, text, norm, name,"
            " name_norm, name_en, kind, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            layers["roles"])
        self.db.executemany("INSERT INTO claim_events (doc_id, claim_id, event_id)"
                            " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", layers["links"])
        result.events += len(layers["events"])
        self._pending.mentions(layers["role_counts"])
        self._pending.role_forms(layers["roles"])
        self._pending.speaker_forms(layers["claims"])
        aggregates.name_roles(self.db, sorted(layers["names"].values()))
        return layers["mentions"]

    def _event_rows(self, doc: Document, v: Event, vd: dict[str, Any], ents: dict[str, Any],
                    published: str | None
                    ) -> tuple[merge.Mention, tuple[Any, ...], list[tuple[Any, ...]]]:
        """The event's row (unmerged yet), its roles' rows and its merge features."""
        did = doc.id
        date = valid_date(v.time.date if v.time and v.time.date else None) or published
        role_rows = []
        infos: dict[str, list[dict[str, Any]]] = {"actor": [], "recipient": [], "location": []}
        for role, spans in (("actor", v.actor), ("recipient", v.recipient),
                            ("location", v.location)):
            for idx, (r, rd) in enumerate(zip(spans, vd[role], strict=True)):
                info = features.role_info(doc, r, ents)
                infos[role].append(info)
                rd.update(key=info["key"], name=info["name"], name_en=info["name_en"],
                          country=info["country"], lat=info["lat"], lon=info["lon"])
                role_rows.append((did, v.id, role, idx, info["key"], info["text"], info["norm"],
                                  info["name"], normalize_key(info["name"] or "") or None,
                                  info["name_en"], info["kind"], info["lat"], info["lon"]))
        vd["date"] = date
        mention = features.mention(doc, v, infos, published,
                                   features.speaker_of(doc, v, doc.claims, ents))
        mention.date = date
        # the event's point: its most specific located place (a country's centroid says
        # little; towns far apart, a list of several events, give none)
        spread = bool(mention.specific_places()) and not mention.event_places()
        located = [p for p in mention.places if p.lat is not None and p.level >= 1
                   and not spread and not p.dateline]  # a dateline: where it was filed
        point = max(located, key=lambda p: p.level) if located else None
        lat, lon = (point.lat, point.lon) if point else (None, None)
        # the trigger's text, the title and the event's JSON are the document's (offsets,
        # documents.title, documents.data)
        row = (did, v.id, v.sentence, v.type, None, v.status, date,  # quad: read from type
               None, v.trigger.start, v.trigger.end,
               v.dead, v.injured, v.size, v.claim, lat, lon, None, doc.meta.source,
               None, "", pack_sketches(mention.to_json()))
        return mention, row, role_rows

    # --- rebuilding the search index -----------------------------------------------------------

    def rebuild_search_index(self) -> None:
        """Index every stored document's text again (after a migration that changed the
        search index's tables; they are empty then), inside the caller's transaction."""
        last = 0
        while True:
            docs = self.db.query("SELECT num, id, text FROM documents WHERE num > ?"
                                 " ORDER BY num LIMIT 500", (last,))
            if not docs:
                break
            for d in docs:
                exact, stems = fts.index_strings(unpack_text(d["text"]))
                self.db.sql.index_text(self.db, d["num"], d["id"], exact, stems)
            last = docs[-1]["num"]

    # --- the merge's blobs in their compact form -------------------------------------------------

    def repack_merge_blobs(self) -> None:
        """Rewrite every event's merge features, every document's JSON and every merged
        event's core and names as this rasd writes them (`blobs.pack_sketches`; entities as
        rows, `blobs.pack_document`; a one-report event's core left out when it is its
        member's; names compressed), inside the caller's transaction: the same values, less
        space."""
        db, last = self.db, ("", "")
        while True:
            rows = db.query("SELECT doc_id, event_id, features FROM events WHERE features IS"
                            " NOT NULL AND (doc_id > ? OR (doc_id = ? AND event_id > ?))"
                            " ORDER BY doc_id, event_id LIMIT 1000",
                            (last[0], last[0], last[1]))
            if not rows:
                break
            db.executemany("UPDATE events SET features = ? WHERE doc_id = ? AND event_id = ?",
                           [(pack_sketches(unpack(r["features"])), r["doc_id"], r["event_id"])
                            for r in rows if r["features"]])
            last = (rows[-1]["doc_id"], rows[-1]["event_id"])
        last_num = 0
        while True:
            rows = db.query("SELECT num, data FROM documents WHERE num > ? ORDER BY num"
                            " LIMIT 500", (last_num,))
            if not rows:
                break
            db.executemany("UPDATE documents SET data = ? WHERE num = ?",
                           [(pack_document(unpack(r["data"])), r["num"]) for r in rows
                            if packed(r["data"]) and bytes(r["data"][:1]) == b"\x78"])
            last_num = rows[-1]["num"]
        last_id = ""
        while True:
            rows = db.query("SELECT id, core, state, names FROM merged_events WHERE id > ?"
                            " ORDER BY id LIMIT 1000", (last_id,))
            if not rows:
                break
            db.executemany("UPDATE merged_events SET core = ?, names = ? WHERE id = ?",
                           [(self._repacked_core(r) if r["core"] else r["core"],
                             r["names"] if packed(r["names"]) else pack(unpack(r["names"])),
                             r["id"]) for r in rows])
            last_id = rows[-1]["id"]

    def _repacked_core(self, row: dict[str, Any]) -> bytes:
        core = unpack(row["core"])
        if not row["state"]:  # one member: its core is left out when it is the member's own
            members = self.db.query(f"SELECT {MEMBER} FROM events WHERE merged_id = ?",
                                    (row["id"],))
            if len(members) == 1 and alone_core(merge.Mention.from_json(
                    unpack(members[0]["features"]), members[0])).to_json() == core:
                return b""
        return pack_sketches(core)

    # --- recomputing every merge ---------------------------------------------------------------

    def rebuild_merges(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Recompute merge features, merged events and aggregates from the stored documents
        (after a migration that changed how events merge), inside the caller's transaction.
        `progress(done, total)` is called after each hundred documents. Idempotent: the
        same documents give the same merged events whatever the store held before."""
        db = self.db
        total = int(db.scalar("SELECT count(*) FROM documents") or 0)
        done = 0
        for table in ("merged_keys", "conflicts", "merged_events"):
            db.execute(f"DELETE FROM {table}")
        aggregates.clear(db)
        db.execute("UPDATE events SET merged_id = NULL, why = NULL")
        outlet_keys.fill(db)  # every event in none: the re-merge's moves keep them
        facets.fill(db)  # (the same)
        self._pending = aggregates.Pending()
        merger = Merger(db, self._pending)
        last = 0
        while True:
            docs = db.query("SELECT num, id, published, text, data FROM documents"
                            " WHERE num > ? ORDER BY num LIMIT 100", (last,))
            if not docs:
                break
            for d in docs:
                self._remerge_document(merger, d)
            merger.flush()
            self._pending.flush(db)
            last = docs[-1]["num"]
            done += len(docs)
            if progress is not None:
                progress(done, total)

    def _remerge_document(self, merger: Merger, row: dict[str, Any]) -> None:
        data, text = unpack(row["data"]), unpack_text(row["text"])
        if not packed(row["data"]):  # written by an older rasd: compress it now
            self.db.execute("UPDATE documents SET text = ?, data = ? WHERE id = ?",
                            (pack_text(text), pack_document(compact(data)), row["id"]))
            for table, key in (("events", "event_id"), ("claims", "claim_id")):
                for r in self.db.query(f"SELECT {key}, data FROM {table} WHERE doc_id = ?",
                                       (row["id"],)):
                    if not packed(r["data"]):
                        self.db.execute(f"UPDATE {table} SET data = ? WHERE doc_id = ?"
                                        f" AND {key} = ?", (pack(unpack(r["data"])),
                                                            row["id"], r[key]))
        doc = Document.from_dict(expand(contract(data), text))
        ents = {e.id: e for e in doc.entities}
        stored = {r["event_id"]: r for r in self.db.query(
            "SELECT event_id, date, type FROM events WHERE doc_id = ?", (row["id"],))}
        roles, names, mentions = [], {}, []
        for v in doc.events:
            if v.id not in stored:
                continue
            infos: dict[str, list[dict[str, Any]]] = {"actor": [], "recipient": [],
                                                      "location": []}
            for role, spans in (("actor", v.actor), ("recipient", v.recipient),
                                ("location", v.location)):
                for r in spans:
                    info = features.role_info(doc, r, ents)
                    infos[role].append(info)
                    roles.append((role, info["key"], v.type, stored[v.id]["date"] or ""))
                    names.setdefault(info["key"], (
                        info["key"], info["text"], info["name"], info["name_en"],
                        info["kind"], info["lat"], info["lon"]))
            m = features.mention(doc, v, infos, row["published"],
                                 features.speaker_of(doc, v, doc.claims, ents))
            m.date = stored[v.id]["date"]
            self.db.execute("UPDATE events SET features = ? WHERE doc_id = ? AND event_id = ?",
                            (pack_sketches(m.to_json()), doc.id, v.id))
            mentions.append(m)
        merger.place_all(mentions)
        self._pending.mentions(roles)
        aggregates.name_roles(self.db, sorted(names.values()))


__all__ = ["Writer", "unpack"]
