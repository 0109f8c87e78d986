"""Reading the store: documents, events, merged events, claims, aggregates, search.

Every method returns plain JSON-ready dicts/lists (shapes in rasd.store.store);
filters travel as query parameters, never inside the SQL text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from rasd.store import aggregates, facets, fts, key_filter, keysets, outlet_keys, status_filter
from rasd.store.blobs import contract, expand, layer_item, unpack, unpack_text
from rasd.store.db import Database
from rasd.store.merge import quad
from rasd.store.model import Filters, Page, clamp
from rasd.store.query import (
    Where,
    categories,
    doc_where,
    event_where,
    has_event_filters,
    placeholders,
    rare_status,
    speaker_match,
    text_capped,
    uncapped,
)


class Reader:
    db: Database

    def documents(self, page: int = 1, per_page: int = 50,
                  filters: Filters | None = None, *, rows: bool = True,
                  after: str | None = None) -> Page:
        """Document summaries, newest published first. Event filters (category,
        actor, place, status) keep documents holding at least one such event.
        `rows=False` (here and in the other lists): the total only, no items.
        `after`: the id of the last document of the page before (the page's `next`): the
        page is read from there in the list's order (keyset), not by skipping the rows
        before it, so a deep page costs what the first does; `page` then only numbers it.
        An unknown id reads the page by its number."""
        f = (filters or Filters()).checked()
        page, per_page, offset = clamp(page, per_page)
        w = self._doc_filters(f)
        total = self._key_counted("document", f)
        if total is None:
            total = self.db.scalar("SELECT count(*) FROM documents d" + w.sql(), w.params)
        start = self._doc_position(after) if rows and after else None
        if start is not None:
            offset = 0
        w = (self._key_walk("document", f, offset + per_page) if rows else None) or w
        found = self._doc_page(w, start, per_page, offset) if rows else []
        out = Page(self._summaries(found), int(total or 0), page, per_page,
                   capped=text_capped(self.db, f.q))
        if rows and len(found) == per_page and page * per_page < out.total:
            out.next = found[-1]["id"]
        return out

    _DOC_COLUMNS = ("SELECT d.id, d.title, d.source, d.url, d.published, d.language,"
                    " d.group_id, d.n_events, d.n_claims, d.n_entities, d.num FROM documents d")
    _DOC_ORDER = " ORDER BY d.published DESC NULLS LAST, d.num DESC LIMIT ? OFFSET ?"

    def _doc_position(self, doc_id: str) -> tuple[str | None, int] | None:
        """(published, num) of a document: where a page after it starts; None if unknown."""
        row = self.db.one("SELECT published, num FROM documents WHERE id = ?",
                          (doc_id.replace("\x00", ""),))
        return (row["published"], int(row["num"])) if row else None

    def _doc_page(self, w: Where, start: tuple[str | None, int] | None, per_page: int,
                  offset: int) -> list[dict[str, Any]]:
        """A page of the documents `w` selects in the list's order (published newest first,
        no date last, then the latest written): from `offset`, or after the document at
        `start` (its published and num). After a dated one, the rows dated no later are read
        by the date index (the walk under a key, status or outlet starts there), then those
        without a date."""
        if start is None:
            return self.db.query(self._DOC_COLUMNS + w.sql() + self._DOC_ORDER,
                                 [*w.params, per_page, offset])
        published, num = start
        found: list[dict[str, Any]] = []
        if published is not None:
            dated = Where()
            dated.extend(w)
            dated.add("d.published <= ?", published)
            dated.add("(d.published < ? OR d.num < ?)", published, num)
            found = self.db.query(self._DOC_COLUMNS + dated.sql() + self._DOC_ORDER,
                                  [*dated.params, per_page, 0])
        if len(found) < per_page:
            undated = Where()
            undated.extend(w)
            undated.add("d.published IS NULL")
            if published is None:
                undated.add("d.num < ?", num)
            found += self.db.query(self._DOC_COLUMNS + undated.sql() + self._DOC_ORDER,
                                   [*undated.params, per_page - len(found), 0])
        return found

    def _doc_filters(self, f: Filters) -> Where:
        w = doc_where(f, self.db.sql, "d.id")
        if f.date_from:
            w.add("d.published >= ?", f.date_from)
        if f.date_to:
            w.add("d.published <= ?", f.date_to)
        if has_event_filters(f):
            if _selective(f, self.db):  # the few events of an actor, place or rare status
                ew = event_where(f, self.db, "e", dates=False, doc_level=False)
                w.add("d.id IN (SELECT e.doc_id FROM events e" + ew.sql() + ")", *ew.params)
            else:  # a category or status: documents in order, each looking at its events
                ew = event_where(f, self.db, "e", dates=False, doc_level=False,
                                 in_document=True)
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
        row = self.db.one("SELECT text, data, group_id FROM documents WHERE id = ?",
                          (doc_id.replace("\x00", ""),))
        if row is None:
            return None
        out = expand(contract(unpack(row["data"])), unpack_text(row["text"]))
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
        with uncapped():  # an export reads every document a text matches
            w = self._doc_filters(f)
        last = 0
        while True:
            ww = Where()
            ww.extend(w)
            ww.add("d.num > ?", last)
            rows = self.db.query("SELECT d.num, d.text, d.data FROM documents d" + ww.sql()
                                 + " ORDER BY d.num LIMIT ?", [*ww.params, batch])
            if not rows:
                return
            for r in rows:
                yield expand(contract(unpack(r["data"])), unpack_text(r["text"]))
            last = rows[-1]["num"]

    def events(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50, *, rows: bool = True) -> Page:
        """Event mentions (one per document event), newest date first."""
        f = (filters or Filters()).checked()
        page, per_page, offset = clamp(page, per_page)
        w = event_where(f, self.db, "e")
        total = self._key_counted("event", f)
        if total is None:
            total = self.db.scalar("SELECT count(*) FROM events e" + w.sql(), w.params)
        w = (self._key_walk("event", f, offset + per_page) if rows else None) or w
        found = self.db.query(
            "SELECT e.*, d.title AS doc_title FROM events e JOIN documents d ON d.id = e.doc_id"
            + w.sql()
            + " ORDER BY e.date DESC NULLS LAST, e.doc_id, e.event_id LIMIT ? OFFSET ?",
            [*w.params, per_page, offset]) if rows else []
        docs = _Layers(self.db)
        return Page([_event_out(r, docs) for r in found], int(total or 0), page, per_page,
                    capped=text_capped(self.db, f.q))

    def iter_events(self, filters: Filters | None = None,
                    batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every (filtered) event mention with its document's url/published, streaming."""
        f = (filters or Filters()).checked()
        with uncapped():
            w = event_where(f, self.db, "e")
        last = (-1, "")
        docs = _Layers(self.db)
        while True:
            ww = Where()
            ww.extend(w)
            ww.add("(d.num > ? OR (d.num = ? AND e.event_id > ?))", last[0], last[0], last[1])
            rows = self.db.query(
                "SELECT e.*, d.num, d.url, d.published, d.title AS doc_title FROM events e"
                " JOIN documents d"
                " ON d.id = e.doc_id" + ww.sql() + " ORDER BY d.num, e.event_id LIMIT ?",
                [*ww.params, batch])
            if not rows:
                return
            for r in rows:
                out = _event_out(r, docs)
                out["url"], out["published"] = r["url"], r["published"]
                yield out
            last = (rows[-1]["num"], rows[-1]["event_id"])

    def _merged_where(self, f: Filters) -> Where:
        w = Where()
        cats = categories(f.category)
        if cats:  # with dates, the date index reads fewer rows than the category's
            column = self.db.sql.unindexed("m.type") if f.date_from or f.date_to else "m.type"
            w.add(f"{column} IN ({placeholders(len(cats))})", *cats)
        narrow = self._narrow(f)
        date = "m.date" if narrow else self.db.sql.unindexed("m.date")
        if f.date_from:
            w.add("m.date_to >= ?", f.date_from)
            span = aggregates.longest_span(self.db)
            if span is not None and narrow:  # implied: an index range, not a scan
                w.add("m.date >= ?", (dt.date.fromisoformat(f.date_from)
                                      - dt.timedelta(days=span)).isoformat())
        if f.date_to:
            w.add(f"{date} <= ?", f.date_to)
        ew = event_where(Filters(q=f.q, actor=f.actor, recipient=f.recipient, place=f.place,
                                 outlet=f.outlet, status=f.status, doc_id=f.doc_id,
                                 record_id=f.record_id),
                         self.db, "e")
        if ew:
            w.add("m.id IN (SELECT e.merged_id FROM events e" + ew.sql() + ")", *ew.params)
        return w

    def _narrow(self, f: Filters) -> bool:
        """Dates covering under a quarter of the days the store's documents were published
        over: read through the date index (a wider range reads fewer pages by scanning; the
        events' own dates reach years back, so the publication days measure the store)."""
        if not (f.date_from or f.date_to):
            return False
        first = self.db.scalar("SELECT min(published) FROM documents")
        last = self.db.scalar("SELECT max(published) FROM documents")
        if not first or not last:
            return False
        lo, hi = (max(first, f.date_from or first), min(last, f.date_to or last))
        if lo > hi:
            return True
        days = (dt.date.fromisoformat(last[:10]) - dt.date.fromisoformat(first[:10])).days
        return (dt.date.fromisoformat(hi[:10]) - dt.date.fromisoformat(lo[:10])).days * 4 < days

    def merged_events(self, filters: Filters | None = None, page: int = 1,
                      per_page: int = 50, *, rows: bool = True) -> Page:
        """Cross-report events, most reported first then newest."""
        f = (filters or Filters()).checked()
        page, per_page, offset = clamp(page, per_page)
        w = self._merged_where(f)
        cats = categories(f.category)
        key = self._kept_key(f)
        if cats and aggregates.answerable(f) and not (f.date_from or f.date_to):
            total = self.db.scalar("SELECT COALESCE(sum(events), 0) FROM agg_types WHERE type"
                                   f" IN ({placeholders(len(cats))})", cats)
        elif aggregates.outlet_only(f):  # kept per outlet (agg_outlet_merged)
            total = aggregates.outlet_merged(self.db, f.outlet)
        elif key and key.merged_kept():  # one key (or key set): the merged events' contributions
            total = key.counted("merged")
        elif status := self._status_alone(f):  # kept per status (agg_totals, schema 19)
            total = status_filter.counted(self.db, "merged", status)
        else:
            total = self.db.scalar("SELECT count(*) FROM merged_events m" + w.sql(), w.params)
        order = " ORDER BY m.reports DESC, m.date DESC NULLS LAST, m.id LIMIT ? OFFSET ?"
        if not rows:
            found = []
        elif aggregates.outlet_only(f) and self._walk_outlet(f.outlet, offset + per_page):
            # a large outlet's page lies among the most reported merged events: they are
            # walked in the list's order (the reports index), each checked for a member
            # from the outlet, instead of reading and sorting all the outlet's merged events
            found = self.db.query(
                "SELECT m.* FROM merged_events m WHERE EXISTS (SELECT 1 FROM events e"
                " CROSS JOIN copies c WHERE e.merged_id = m.id AND c.doc_id = e.doc_id AND"
                " c.source = ?)" + order, [f.outlet, per_page, offset])
        else:
            w = self._key_walk("merged", f, offset + per_page) or w
            found = self.db.query("SELECT m.* FROM merged_events m" + w.sql() + order,
                                  [*w.params, per_page, offset])
        return Page([_merged_out(r) for r in found], int(total or 0), page, per_page,
                    capped=text_capped(self.db, f.q))

    def _walk_outlet(self, source: str, upto: int) -> bool:
        """Whether the first `upto` merged events of outlet `source`, in the list's order,
        are found sooner by walking that order: the outlet holds at least 1/20 of the
        documents and `upto` is within half its expected share of the multi-report merged
        events (those come first; under them the walk would check every one-report event
        of the store). Kept counts only (agg_outlets, agg_totals, agg_types)."""
        docs = int(self.db.scalar("SELECT documents FROM agg_outlets WHERE source = ?",
                                  (source,)) or 0)
        total = int(self.db.scalar("SELECT n FROM agg_totals WHERE name = 'documents'") or 0)
        multi = int(self.db.scalar("SELECT COALESCE(sum(multi), 0) FROM agg_types") or 0)
        return total > 0 and docs * 20 >= total and upto * total * 2 <= docs * multi

    def merged_event(self, merged_id: str) -> dict[str, Any] | None:
        """One merged event with its members, claims and conflicts, or None."""
        row = self.db.one("SELECT * FROM merged_events WHERE id = ?",
                          (merged_id.replace("\x00", ""),))
        if row is None:
            return None
        out = _merged_out(row)
        docs = _Layers(self.db)
        out["members"] = [_event_out(r, docs) for r in self.db.query(
            "SELECT e.*, d.title AS doc_title FROM events e JOIN documents d ON d.id = e.doc_id"
            " WHERE e.merged_id = ? ORDER BY e.date, e.doc_id, e.event_id", (merged_id,))]
        claim_rows = self.db.query(  # from its members (by index), not every claim
            "SELECT c.* FROM claims c WHERE (c.doc_id, c.claim_id) IN (SELECT ce.doc_id,"
            " ce.claim_id FROM events e JOIN claim_events ce ON ce.doc_id = e.doc_id AND"
            " ce.event_id = e.event_id WHERE e.merged_id = ?) ORDER BY c.published,"
            " c.doc_id, c.claim_id", (merged_id,))
        out["claims"] = self._claims_out(claim_rows)
        out["conflict_list"] = [_conflict_out(r) for r in self.db.query(
            "SELECT * FROM conflicts WHERE merged_id = ? ORDER BY id", (merged_id,))]
        return out

    def claims(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50, *, rows: bool = True) -> Page:
        """Claims (who said what), newest first; `actor` filters on the speaker."""
        f = (filters or Filters()).checked()
        page, per_page, offset = clamp(page, per_page)
        w = doc_where(f, self.db.sql, "c.doc_id")
        if f.date_from:
            w.add("c.published >= ?", f.date_from)
        if f.date_to:
            w.add("c.published <= ?", f.date_to)
        if f.actor:
            w.extend(speaker_match(self.db, f.actor, "c"))
        ef = Filters(category=f.category, recipient=f.recipient, place=f.place, status=f.status)
        if has_event_filters(ef):
            selective = _selective(ef, self.db)
            ew = event_where(ef, self.db, "e", dates=False, doc_level=False,
                             in_document=not selective)
            if selective:
                # the selected events first, then their claims (CROSS JOIN keeps SQLite to
                # that order: it read every claim-event link, EXPLAIN's SCAN ce)
                ew.conds[0:0] = ["ce.doc_id = e.doc_id", "ce.event_id = e.event_id"]
                w.add("(c.doc_id, c.claim_id) IN (SELECT ce.doc_id, ce.claim_id FROM"
                      " events e CROSS JOIN claim_events ce" + ew.sql() + ")", *ew.params)
            else:
                w.add("EXISTS (SELECT 1 FROM claim_events ce JOIN events e ON e.doc_id ="
                      " ce.doc_id AND e.event_id = ce.event_id WHERE ce.doc_id = c.doc_id AND"
                      " ce.claim_id = c.claim_id AND " + " AND ".join(ew.conds) + ")",
                      *ew.params)
        total = None if f.actor else self._key_counted("claim", f)  # (actor: the speaker)
        if total is None:
            total = self.db.scalar("SELECT count(*) FROM claims c" + w.sql(), w.params)
        if not f.actor:
            w = (self._key_walk("claim", f, offset + per_page) if rows else None) or w
        found = self.db.query("SELECT c.* FROM claims c" + w.sql()
                              + " ORDER BY c.published DESC NULLS LAST, c.doc_id, c.claim_id"
                              " LIMIT ? OFFSET ?", [*w.params, per_page, offset]) if rows else []
        return Page(self._claims_out(found), int(total or 0), page, per_page,
                    capped=text_capped(self.db, f.q))

    def _claims_out(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        docs = _Layers(self.db)
        for r in rows:
            d = docs.item(r, "claims", r["claim_id"])
            d.update(doc_id=r["doc_id"], key=f"{r['doc_id']}:{r['claim_id']}",
                     source=r["source"], published=r["published"])
            d["events"] = [f"{r['doc_id']}:{x['event_id']}" for x in self.db.query(
                "SELECT event_id FROM claim_events WHERE doc_id = ? AND claim_id = ?"
                " ORDER BY event_id", (r["doc_id"], r["claim_id"]))]
            out.append(d)
        return out

    def conflicts(self, filters: Filters | None = None, page: int = 1,
                  per_page: int = 50, *, rows: bool = True) -> Page:
        """Conflicting accounts inside merged events."""
        f = (filters or Filters()).checked()
        page, per_page, offset = clamp(page, per_page)
        key = self._kept_key(f)
        status = self._status_alone(f)
        w = Where()
        if (key or status) and (walk := self._key_walk("conflict", f, offset + per_page)):
            w = walk  # each conflict, in the list's order, looks its members up
        elif aggregates.outlet_only(f):  # each looks its merged event's members' outlets up
            # (the outlet's merged events, a large outlet's tens of thousands, not listed)
            w.add("EXISTS (SELECT 1 FROM events e CROSS JOIN copies c WHERE e.merged_id ="
                  " k.merged_id AND c.doc_id = e.doc_id AND c.source = ?)", f.outlet)
        elif mw := self._merged_where(f):  # conflicts are few: each looks its merged event up
            w.add("EXISTS (SELECT 1 FROM merged_events m WHERE m.id = k.merged_id AND "
                  + " AND ".join(mw.conds) + ")", *mw.params)
        if key and key.merged_kept():  # one key (or key set) alone: kept (agg_keys, agg_totals)
            total = key.counted("conflict")
        elif status:  # a status alone: kept per status (agg_totals)
            total = status_filter.counted(self.db, "conflict", status)
        else:
            total = self.db.scalar("SELECT count(*) FROM conflicts k" + w.sql(), w.params)
        found = self.db.query("SELECT k.* FROM conflicts k" + w.sql()
                              + " ORDER BY k.merged_id, k.id LIMIT ? OFFSET ?",
                              [*w.params, per_page, offset]) if rows and total else []
        return Page([_conflict_out(r) for r in found], int(total or 0), page, per_page,
                    capped=text_capped(self.db, f.q))

    def _keys_page(self, grp: str, roles: tuple[str, ...], f: Filters, page: int,
                   per_page: int) -> Page:
        page, per_page, offset = clamp(page, per_page)
        if aggregates.answerable(f):
            rows, total = aggregates.keys_page(self.db, grp, f, per_page, offset)
        elif aggregates.outlet_only(f):  # kept per outlet (schema 16)
            rows, total = outlet_keys.page(self.db, grp, f.outlet, per_page, offset)
        elif facet := facets.of_filters(self.db, f):  # a common key or a status (schema 19)
            rows, total = facets.page(self.db, facet, grp, per_page, offset)
        else:
            rows, total = aggregates.scan_keys_page(self.db, roles, f, per_page, offset)
        return Page(rows, total, page, per_page, capped=text_capped(self.db, f.q))

    def actors(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Event actors/recipients with counts: items {"key", "name", "name_en",
        "kind", "events" (as actor), "targeted" (as recipient), "mentions"}."""
        p = self._keys_page("party", ("actor", "recipient"), (filters or Filters()).checked(),
                            page, per_page)
        p.items = [{"key": r["key"], "name": r["name"] or r["text"], "name_en": r["name_en"],
                    "kind": r["kind"], "events": r["events"], "targeted": r["targeted"],
                    "mentions": r["mentions"]} for r in p.items]
        return p

    def places(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Event locations with counts: items {"key", "name", "name_en", "lat",
        "lon", "events", "mentions"} (lat/lon null when not geocoded)."""
        p = self._keys_page("place", ("location",), (filters or Filters()).checked(), page,
                            per_page)
        p.items = [{"key": r["key"], "name": r["name"] or r["text"], "name_en": r["name_en"],
                    "lat": r["lat"], "lon": r["lon"], "events": r["events"],
                    "mentions": r["mentions"]} for r in p.items]
        return p

    def search(self, q: str, filters: Filters | None = None, page: int = 1,
               per_page: int = 20, after: str | None = None) -> Page:
        """Full-text search: document summaries plus "snippet" (original text
        around the first hit), "highlights" ([start, end] of the matching words in the
        snippet) and "hits" (number of matching words in the document)."""
        f = (filters or Filters()).checked()
        f = Filters(**{**asdict(f), "q": q})
        result = self.documents(page, per_page, f, after=after)
        query = fts.parse_query(q)
        for item in result.items:
            text = unpack_text(self.db.scalar("SELECT text FROM documents WHERE id = ?",
                                              (item["id"],)))
            spans = fts.hits(text, query)
            item["hits"] = len(spans)
            item["snippet"], item["highlights"] = fts.excerpt(text, spans)
        return result

    def capped(self, filters: Filters | None = None) -> bool:
        """Whether the filters' text matches more documents than it selects
        (query.TEXT_CAP): every answer under them is then that of the last written."""
        return text_capped(self.db, (filters or Filters()).checked().q)

    def stats(self) -> dict[str, Any]:
        """Counts: documents, records, exact_copies, near_duplicates,
        duplicate_groups, entities, events, merged_events, multi_report_events,
        claims, conflicts, outlets, first_date, last_date, by_category."""
        totals = {r["name"]: int(r["n"]) for r in self.db.query(
            "SELECT name, n FROM agg_totals")}  # kept on write (store/aggregates.py)
        types = self.db.query("SELECT type, events, multi FROM agg_types WHERE events > 0"
                              " ORDER BY type")
        docs, records = totals.get("documents", 0), totals.get("records", 0)
        return {
            "documents": docs,
            "records": records,
            "exact_copies": records - docs,
            "near_duplicates": totals.get("near_duplicates", 0),
            "duplicate_groups": totals.get("duplicate_groups", 0),
            "entities": totals.get("entities", 0),
            "events": totals.get("events", 0),
            "merged_events": sum(int(r["events"]) for r in types),
            "multi_report_events": sum(int(r["multi"]) for r in types),
            "claims": totals.get("claims", 0),
            "conflicts": int(self.db.scalar("SELECT count(*) FROM conflicts") or 0),
            "outlets": int(self.db.scalar("SELECT count(*) FROM agg_outlets WHERE documents > 0")
                           or 0),
            "first_date": self.db.scalar("SELECT MIN(published) FROM documents"),
            "last_date": self.db.scalar("SELECT MAX(published) FROM documents"),
            "by_category": {r["type"]: int(r["events"]) for r in types},
        }

    def timeline(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Merged events per day per category: [{"date", "category", "count"}]; a merged
        event counts once, on the day most of its reports allow (ten reports of one event
        count once)."""
        return aggregates.timeline(self.db, (filters or Filters()).checked())

    def network(self, filters: Filters | None = None, limit: int = 200
                ) -> list[dict[str, Any]]:
        """Actor→recipient edges: [{"source", "source_name", "target",
        "target_name", "count", "quad", "categories": {type: n}}], heaviest first."""
        return aggregates.network(self.db, (filters or Filters()).checked(), limit)

    def outlets_selected(self, filters: Filters | None = None) -> int:
        """How many outlets have at least one document the filters select (one query: the
        documents' copies grouped by outlet)."""
        f = (filters or Filters()).checked()
        kept = aggregates.outlets_counted(self.db, f)
        if kept is not None:
            return kept
        key = key_filter.single(self.db, f)
        if key:  # one key alone (agg_outlet_keys)
            return key_filter.outlets(self.db, key)
        if kset := keysets.of_filters(self.db, f):  # a kept key set (schema 21)
            return kset.outlets()
        if status := self._status_alone(f):  # a status alone (agg_outlet_status)
            return status_filter.outlets(self.db, status)
        w = self._doc_filters(f)
        w.add("c.source <> ''")
        return int(self.db.scalar(
            "SELECT count(DISTINCT c.source) FROM documents d JOIN copies c ON c.doc_id = d.id"
            + w.sql(), w.params) or 0)

    def _key_counted(self, kind: str, f: Filters) -> int | None:
        """Documents, events or claims the filters select, from kept counts: a category,
        dates or an outlet (aggregates.counted), or one key alone (agg_keys); else
        None."""
        total = aggregates.counted(self.db, kind, f)
        if total is None and (key := self._kept_key(f)):
            total = key.counted(kind)
        if total is None and (status := self._status_alone(f)):
            total = status_filter.counted(self.db, kind, status)
        return total

    def _kept_key(self, f: Filters) -> _OneKey | keysets.KeySet | None:
        """One key alone (`key_filter.single`) or a kept key set (`keysets`, schema 21)
        whose counts are kept, or None."""
        if key := key_filter.single(self.db, f):
            return _OneKey(self.db, key)
        return keysets.of_filters(self.db, f)

    def _status_alone(self, f: Filters) -> str | None:
        """The status when it is the only filter and the store keeps its counts."""
        status = status_filter.alone(f)
        return status if status and status_filter.kept_here(self.db) else None

    def _key_walk(self, kind: str, f: Filters, upto: int) -> Where | None:
        """The condition a list walked in its order checks on each row, under one key alone
        whose rows are common enough (`key_filter.walk`), or an outlet alone
        (`_outlet_walk`); else None."""
        if aggregates.outlet_only(f):
            return self._outlet_walk(kind, f.outlet, upto)
        if status := self._status_alone(f):
            return status_filter.walk(self.db, kind, status, upto)
        key = self._kept_key(f)
        if not key or not key.walk(kind, upto):
            return None
        cond, params = key.holds(kind)
        w = Where()
        w.add(cond, *params)
        return w

    def _outlet_walk(self, kind: str, source: str, upto: int) -> Where | None:
        """Under an outlet alone, the documents, events and claims lists walked in their
        order, each row's document checked for a copy from the outlet (by the copies' key,
        doc_id first), when the kept counts say the walk looks at under WALK_CHECKS rows and
        at most OUTLET_WALK times the outlet's rows, which the plain query reads and sorts
        (the largest outlet of a 100k store: 22% of the documents, 60-110 ms)."""
        column = _OUTLET_COLUMN.get(kind)
        if column is None:
            return None
        have = int(self.db.scalar(f"SELECT {column} FROM agg_outlets WHERE source = ?",
                                  (source,)) or 0)
        total = int(self.db.scalar("SELECT n FROM agg_totals WHERE name = ?", (kind + "s",))
                    or 0)
        if have <= 0:
            return None
        checks = upto * total / have
        if checks > key_filter.WALK_CHECKS or checks > OUTLET_WALK * have:
            return None
        row = {"document": "d.id", "event": "e.doc_id", "claim": "c.doc_id"}[kind]
        w = Where()
        w.add(f"EXISTS (SELECT 1 FROM copies o WHERE o.doc_id = {row} AND"
              f" {self.db.sql.unindexed('o.source')} = ?)", source)
        return w

    def outlets(self) -> list[dict[str, Any]]:
        """Outlets with document counts: [{"source", "documents"}]."""
        return [{"source": r["source"], "documents": int(r["documents"])} for r in self.db.query(
            "SELECT source, documents FROM agg_outlets WHERE documents > 0"
            " ORDER BY documents DESC, source")]



class _OneKey:
    """One key's kept counts and walks (key_filter), read as a key set's (keysets.KeySet)."""

    def __init__(self, db: Database, rk: tuple[str, str]) -> None:
        self.db, self.rk = db, rk

    def merged_kept(self) -> bool:
        return key_filter.merged_kept(self.rk)

    def counted(self, kind: str) -> int:
        if kind == "merged":
            return key_filter.merged(self.db, self.rk)
        return key_filter.counted(self.db, kind, self.rk)

    def walk(self, kind: str, upto: int) -> bool:
        return key_filter.walk(self.db, kind, self.rk, upto)

    def holds(self, kind: str) -> tuple[str, list[Any]]:
        return key_filter.holds(self.db, kind, self.rk)


_OUTLET_COLUMN = {"document": "documents", "event": "events", "claim": "claims"}
OUTLET_WALK = 4  # rows a walk may look at per row of the outlet (see Reader._outlet_walk)


def _selective(f: Filters, db: Database) -> bool:
    """An actor, target or place filter, or a rare status: its events are found first (by
    index)."""
    return bool(f.actor or f.recipient or f.place
                or (f.status and rare_status(db, f.status)))


class _Layers:
    """Events and claims from their documents' JSON (where the store keeps them once),
    each document read once however many of its rows come in a row."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.docs: dict[str, tuple[dict[str, Any], str]] = {}

    def item(self, row: dict[str, Any], layer: str, item_id: str) -> dict[str, Any]:
        if row.get("data"):  # written by a rasd that kept a copy in the row
            return unpack(row["data"])
        doc_id = row["doc_id"]
        if doc_id not in self.docs:
            if len(self.docs) >= 64:
                self.docs.clear()
            d = self.db.one("SELECT text, data FROM documents WHERE id = ?", (doc_id,))
            self.docs[doc_id] = (unpack(d["data"]), unpack_text(d["text"]))
        data, text = self.docs[doc_id]
        return layer_item(data, text, layer, item_id)


def _event_out(r: dict[str, Any], docs: _Layers) -> dict[str, Any]:
    d = docs.item(r, "events", r["event_id"])
    d.update(doc_id=r["doc_id"], key=f"{r['doc_id']}:{r['event_id']}",
             quad=r["quad"] or quad(r["type"]),  # (derived from the type: not stored since 11)
             date=r["date"], lat=r["lat"], lon=r["lon"], merged_id=r["merged_id"],
             source=r["source"], title=r.get("doc_title", r["title"]),
             why=unpack(r["why"]) if r.get("why") else None)  # (packed since schema 20)
    return d


def _merged_out(r: dict[str, Any]) -> dict[str, Any]:
    names = unpack(r["names"])  # compressed since schema 12 (JSON text before)
    support = names.get("support", {})  # reports naming each, most first (older rows: none)

    def parties(role: str) -> list[dict[str, Any]]:
        return [{"key": k, "name": v, **({"support": support[role][k]}
                                         if k in support.get(role, {}) else {})}
                for k, v in names.get(role, {}).items()]

    return {
        "id": r["id"], "type": r["type"], "quad": quad(r["type"]), "date": r["date"],
        "date_to": r["date_to"],
        "actors": parties("actors"), "recipients": parties("recipients"),
        "places": names.get("places", []), "lat": r["lat"], "lon": r["lon"],
        "reports": r["reports"], "outlets": json.loads(r["outlets"]), "dead": r["dead"],
        "injured": r["injured"], "statuses": json.loads(r["statuses"]),
        "conflicts": r["n_conflicts"],
    }


def _conflict_out(r: dict[str, Any]) -> dict[str, Any]:
    return {"id": r["id"], "merged_id": r["merged_id"], "kind": r["kind"], "field": r["field"],
            "accounts": json.loads(r["accounts"])}
