"""Schema as a versioned list of migrations, applied in order at open.

Each migration is a list of statements written once; `{blob}`, `{real}`,
`{serial}`, `{int_key}`, `{without_rowid}` are the only per-dialect words (store/dialect.py).
A store records the versions it has in `schema_version`; opening a store
applies the missing ones in one transaction. Never edit a released migration:
append a new one. A migration that lists `REMERGE` has the store recompute
its merged events and aggregates from the stored documents (Store.open); one that
lists `REINDEX` has it rebuild the search index from the stored texts; one that lists
`REPACK` has it rewrite the merge's blobs in their compact form (unless it re-merges).
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.store.db import Database, DatabaseError

# Column names avoid SQL keywords (`start`/`end` are spelled s/e).
MIGRATIONS: list[list[str]] = [
    # 1: documents, copies, near-duplicate signatures, layers, merged events.
    [
        """CREATE TABLE documents (
            num {serial},
            id TEXT NOT NULL UNIQUE,
            published TEXT, source TEXT, url TEXT, title TEXT, language TEXT,
            group_id TEXT NOT NULL,
            added TEXT NOT NULL,
            n_entities INTEGER NOT NULL, n_claims INTEGER NOT NULL, n_events INTEGER NOT NULL,
            text TEXT NOT NULL,
            data TEXT NOT NULL)""",
        "CREATE INDEX documents_published ON documents (published)",
        "CREATE INDEX documents_source ON documents (source)",
        "CREATE INDEX documents_group ON documents (group_id)",
        # Every record that produced a stored text: exact duplicates keep all sources.
        """CREATE TABLE copies (
            doc_id TEXT NOT NULL REFERENCES documents (id),
            origin TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL,
            record_id TEXT, published TEXT, title TEXT, added TEXT NOT NULL,
            PRIMARY KEY (doc_id, origin, source, url))""",
        "CREATE INDEX copies_source ON copies (source)",
        "CREATE TABLE signatures (doc_id TEXT PRIMARY KEY REFERENCES documents (id), "
        "sig {blob} NOT NULL)",
        # LSH bands: near-duplicate candidates are an indexed lookup, linear overall.
        """CREATE TABLE lsh_bands (
            band INTEGER NOT NULL, hash BIGINT NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents (id),
            PRIMARY KEY (band, hash, doc_id))""",
        """CREATE TABLE entities (
            doc_id TEXT NOT NULL REFERENCES documents (id), ent_id TEXT NOT NULL,
            s INTEGER NOT NULL, e INTEGER NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL,
            norm TEXT NOT NULL, link_id TEXT, link_name TEXT, link_name_en TEXT,
            link_kind TEXT, country TEXT, lat {real}, lon {real},
            PRIMARY KEY (doc_id, ent_id))""",
        "CREATE INDEX entities_link ON entities (link_id)",
        """CREATE TABLE claims (
            doc_id TEXT NOT NULL REFERENCES documents (id), claim_id TEXT NOT NULL,
            sentence INTEGER, speaker_text TEXT NOT NULL, speaker_s INTEGER, speaker_e INTEGER,
            speaker_entity TEXT, speaker_key TEXT, speaker_name TEXT, speaker_name_en TEXT,
            speaker_norm TEXT, speaker_kind TEXT,
            cue_text TEXT, content_s INTEGER, content_e INTEGER, content_text TEXT,
            direct INTEGER NOT NULL, via_text TEXT,
            source TEXT, published TEXT, data TEXT NOT NULL,
            PRIMARY KEY (doc_id, claim_id))""",
        "CREATE INDEX claims_speaker ON claims (speaker_key)",
        """CREATE TABLE events (
            doc_id TEXT NOT NULL REFERENCES documents (id), event_id TEXT NOT NULL,
            sentence INTEGER, type TEXT NOT NULL, quad TEXT, status TEXT NOT NULL,
            date TEXT, trigger_text TEXT, trigger_s INTEGER, trigger_e INTEGER,
            dead INTEGER, injured INTEGER, size INTEGER, claim_id TEXT,
            lat {real}, lon {real}, merged_id TEXT, source TEXT, title TEXT,
            data TEXT NOT NULL,
            PRIMARY KEY (doc_id, event_id))""",
        "CREATE INDEX events_type_date ON events (type, date)",
        "CREATE INDEX events_date ON events (date)",
        "CREATE INDEX events_merged ON events (merged_id)",
        # Actor/recipient/location of an event, one row each: what filters join on.
        """CREATE TABLE event_roles (
            doc_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL,
            idx INTEGER NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL,
            name TEXT, name_norm TEXT, name_en TEXT, kind TEXT, lat {real}, lon {real},
            PRIMARY KEY (doc_id, event_id, role, idx),
            FOREIGN KEY (doc_id, event_id) REFERENCES events (doc_id, event_id))""",
        "CREATE INDEX event_roles_key ON event_roles (role, key)",
        "CREATE INDEX event_roles_norm ON event_roles (role, norm)",
        # Which claims report which events (same document).
        """CREATE TABLE claim_events (
            doc_id TEXT NOT NULL, claim_id TEXT NOT NULL, event_id TEXT NOT NULL,
            PRIMARY KEY (doc_id, claim_id, event_id))""",
        "CREATE INDEX claim_events_event ON claim_events (doc_id, event_id)",
        """CREATE TABLE merged_events (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, quad TEXT,
            date TEXT, date_to TEXT, lat {real}, lon {real},
            actor_keys TEXT NOT NULL, recipient_keys TEXT NOT NULL, place_keys TEXT NOT NULL,
            names TEXT NOT NULL, reports INTEGER NOT NULL, outlets TEXT NOT NULL,
            dead INTEGER, injured INTEGER, statuses TEXT NOT NULL,
            n_conflicts INTEGER NOT NULL, updated TEXT NOT NULL)""",
        "CREATE INDEX merged_type_date ON merged_events (type, date)",
        "CREATE INDEX merged_reports ON merged_events (reports)",
        """CREATE TABLE conflicts (
            id TEXT PRIMARY KEY, merged_id TEXT NOT NULL REFERENCES merged_events (id),
            kind TEXT NOT NULL, field TEXT NOT NULL, summary TEXT NOT NULL,
            accounts TEXT NOT NULL)""",
        "CREATE INDEX conflicts_merged ON conflicts (merged_id)",
    ],
    # 2: full-text search over normalized words and their clitic-stripped stems.
    [
        "FTS",
    ],
    # 3: per-document event lookups (search + category filter) use this, not (type, date).
    [
        "CREATE INDEX events_doc_type ON events (doc_id, type)",
    ],
    # 4: the claims board lists claims newest first without sorting them all.
    [
        "CREATE INDEX claims_published ON claims (published DESC, doc_id, claim_id)",
    ],
    # 5: merging on what identifies an event, incrementally; aggregates kept on write;
    # JSON compressed and documents' JSON without copies of their text (store/blobs.py).
    [
        "BLOB documents text",
        "BLOB documents data",
        "BLOB events data",
        "BLOB claims data",
        # entities: where and what, and the KB link (names live in the KB and the JSON)
        """CREATE TABLE entities_v5 (
            doc_id TEXT NOT NULL REFERENCES documents (id), ent_id TEXT NOT NULL,
            s INTEGER NOT NULL, e INTEGER NOT NULL, type TEXT NOT NULL, link_id TEXT,
            PRIMARY KEY (doc_id, ent_id)){without_rowid}""",
        "INSERT INTO entities_v5 (doc_id, ent_id, s, e, type, link_id)"
        " SELECT doc_id, ent_id, s, e, type, link_id FROM entities",
        "DROP TABLE entities",
        "ALTER TABLE entities_v5 RENAME TO entities",  # (no query reads by link: no index)
        "DROP TABLE conflicts",
        "DROP TABLE merged_events",
        # merge features and the evidence that joined the member (JSON)
        "ALTER TABLE events ADD COLUMN features {blob}",
        "ALTER TABLE events ADD COLUMN why TEXT",
        "CREATE INDEX events_merged_doc ON events (merged_id, doc_id)",
        """CREATE TABLE merged_events (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, quad TEXT, family TEXT NOT NULL,
            date TEXT, date_to TEXT, day TEXT, lat {real}, lon {real},
            names TEXT NOT NULL, reports INTEGER NOT NULL, outlets TEXT NOT NULL,
            dead INTEGER, injured INTEGER, statuses TEXT NOT NULL,
            n_conflicts INTEGER NOT NULL, core {blob} NOT NULL, state {blob} NOT NULL,
            updated TEXT NOT NULL)""",
        "CREATE INDEX merged_type_date ON merged_events (type, date)",
        "CREATE INDEX merged_reports ON merged_events (reports)",
        # conflicts are data: kind, field and the accounts; the UI words them
        """CREATE TABLE conflicts (
            id TEXT PRIMARY KEY, merged_id TEXT NOT NULL REFERENCES merged_events (id),
            kind TEXT NOT NULL, field TEXT NOT NULL, accounts TEXT NOT NULL)""",
        "CREATE INDEX conflicts_merged ON conflicts (merged_id)",
        # a mention looks its candidates up here: keys of each merged event's core
        """CREATE TABLE merged_keys (
            key TEXT NOT NULL, family TEXT NOT NULL, day TEXT NOT NULL,
            merged_id TEXT NOT NULL,
            PRIMARY KEY (key, family, day, merged_id)){without_rowid}""",
        # aggregates maintained on write (store/aggregates.py)
        """CREATE TABLE role_names (
            key TEXT PRIMARY KEY, text TEXT NOT NULL, name TEXT, name_en TEXT, kind TEXT,
            lat {real}, lon {real}){without_rowid}""",
        """CREATE TABLE agg_keys (
            grp TEXT NOT NULL, key TEXT NOT NULL, events INTEGER NOT NULL,
            targeted INTEGER NOT NULL, mentions INTEGER NOT NULL,
            PRIMARY KEY (grp, key)){without_rowid}""",
        "CREATE INDEX agg_keys_rank ON agg_keys (grp, mentions DESC, key)",
        """CREATE TABLE agg_daily (
            grp TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL,
            events INTEGER NOT NULL, targeted INTEGER NOT NULL, mentions INTEGER NOT NULL,
            PRIMARY KEY (grp, key, type, day)){without_rowid}""",
        "CREATE INDEX agg_daily_day ON agg_daily (grp, day)",
        """CREATE TABLE agg_timeline (
            day TEXT NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL,
            PRIMARY KEY (day, type)){without_rowid}""",
        """CREATE TABLE agg_edges (
            akey TEXT NOT NULL, rkey TEXT NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL,
            events INTEGER NOT NULL,
            PRIMARY KEY (akey, rkey, type, day)){without_rowid}""",
        "CREATE INDEX agg_edges_day ON agg_edges (day)",
        """CREATE TABLE agg_edge_types (
            akey TEXT NOT NULL, rkey TEXT NOT NULL, type TEXT NOT NULL,
            events INTEGER NOT NULL,
            PRIMARY KEY (akey, rkey, type)){without_rowid}""",
        """CREATE TABLE agg_edge_weight (
            akey TEXT NOT NULL, rkey TEXT NOT NULL, events INTEGER NOT NULL,
            PRIMARY KEY (akey, rkey)){without_rowid}""",
        "CREATE INDEX agg_edge_weight_rank ON agg_edge_weight (events DESC, akey, rkey)",
        "REMERGE",
    ],
    # 6: entities live in their document's JSON only (no query read the table; stats count
    # documents' n_entities).
    [
        "DROP TABLE entities",
    ],
    # 7: merging reads large counts (30 killed) and lets "yesterday" in a copy published a
    # day late mean the day before too: recompute the merged events.
    [
        "REMERGE",
    ],
    # 8: a background mention the text dates merges, a report's two acts with different
    # actors stay apart, a report's lead joins the event its report tells further down
    # (merge features and states keep what these need): recompute the merged events.
    [
        "REMERGE",
    ],
    # 9: what filters and the overview read at scale (store/aggregates.py, store/query.py).
    [
        # every distinct form a role was written in: an actor or place filter is matched
        # against these (a few thousand rows), then the events are found by index
        """CREATE TABLE role_forms (
            role TEXT NOT NULL, norm TEXT NOT NULL, key TEXT NOT NULL,
            name_norm TEXT NOT NULL, name_en TEXT NOT NULL,
            PRIMARY KEY (role, norm, key, name_norm, name_en)){without_rowid}""",
        "INSERT INTO role_forms (role, norm, key, name_norm, name_en)"
        " SELECT DISTINCT role, norm, key, COALESCE(name_norm, ''), COALESCE(name_en, '')"
        " FROM event_roles",
        # the actors and places of a category, without summing its days
        """CREATE TABLE agg_keys_type (
            grp TEXT NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL,
            events INTEGER NOT NULL, targeted INTEGER NOT NULL, mentions INTEGER NOT NULL,
            PRIMARY KEY (grp, type, key)){without_rowid}""",
        "CREATE INDEX agg_keys_type_rank ON agg_keys_type (grp, type, mentions DESC, key)",
        "INSERT INTO agg_keys_type (grp, type, key, events, targeted, mentions)"
        " SELECT grp, type, key, sum(events), sum(targeted), sum(mentions) FROM agg_daily"
        " GROUP BY grp, type, key",
        # merged events per category (and those told by several reports): the stats
        """CREATE TABLE agg_types (
            type TEXT PRIMARY KEY, events INTEGER NOT NULL, multi INTEGER NOT NULL
            ){without_rowid}""",
        "INSERT INTO agg_types (type, events, multi) SELECT type, count(*),"
        " sum(CASE WHEN reports > 1 THEN 1 ELSE 0 END) FROM merged_events GROUP BY type",
        # documents (by publication day) holding an event of a category, claims (same)
        # reporting one, events (by their date) of it: a category's counts without a scan
        """CREATE TABLE agg_days (
            kind TEXT NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (kind, type, day)){without_rowid}""",
        "INSERT INTO agg_days (kind, type, day, n) SELECT 'document', e.type,"
        " COALESCE(d.published, ''), count(DISTINCT d.id) FROM documents d JOIN events e"
        " ON e.doc_id = d.id GROUP BY e.type, COALESCE(d.published, '')",
        "INSERT INTO agg_days (kind, type, day, n) SELECT 'event', type, COALESCE(date, ''),"
        " count(*) FROM events GROUP BY type, COALESCE(date, '')",
        "INSERT INTO agg_days (kind, type, day, n) SELECT 'claim', e.type,"
        " COALESCE(c.published, ''), count(DISTINCT c.doc_id || ':' || c.claim_id) FROM claims c"
        " JOIN claim_events ce ON ce.doc_id = c.doc_id AND ce.claim_id = c.claim_id"
        " JOIN events e ON e.doc_id = ce.doc_id AND e.event_id = ce.event_id"
        " GROUP BY e.type, COALESCE(c.published, '')",
        # merged events by the days they span: a date filter reads an index range
        """CREATE TABLE agg_spans (days INTEGER PRIMARY KEY, events INTEGER NOT NULL)""",
        "INSERT INTO agg_spans (days, events) SELECT {span_days}, count(*) FROM merged_events"
        " WHERE date IS NOT NULL GROUP BY {span_days}",
        "CREATE INDEX merged_date ON merged_events (date, date_to)",
        # a category's merged events in the list's order (most reported, newest): a page
        # reads its rows, not the category's
        "DROP INDEX merged_type_date",
        "CREATE INDEX merged_type_rank ON merged_events"
        " (type, reports DESC, date DESC{nulls_last}, id)",
        # the stats' document counts, and each outlet's documents
        """CREATE TABLE agg_totals (name TEXT PRIMARY KEY, n BIGINT NOT NULL){without_rowid}""",
        "INSERT INTO agg_totals (name, n) SELECT 'documents', count(*) FROM documents",
        "INSERT INTO agg_totals (name, n) SELECT 'records', count(*) FROM copies",
        "INSERT INTO agg_totals (name, n) SELECT 'near_duplicates', count(*) FROM documents"
        " WHERE group_id <> id",
        "INSERT INTO agg_totals (name, n) SELECT 'duplicate_groups', count(*) FROM"
        " (SELECT group_id FROM documents GROUP BY group_id HAVING count(*) > 1) g",
        "INSERT INTO agg_totals (name, n) SELECT 'entities', COALESCE(sum(n_entities), 0)"
        " FROM documents",
        "INSERT INTO agg_totals (name, n) SELECT 'events', count(*) FROM events",
        "INSERT INTO agg_totals (name, n) SELECT 'claims', count(*) FROM claims",
        """CREATE TABLE agg_outlets (
            source TEXT PRIMARY KEY, documents INTEGER NOT NULL){without_rowid}""",
        "INSERT INTO agg_outlets (source, documents) SELECT source, count(DISTINCT doc_id)"
        " FROM copies WHERE source <> '' GROUP BY source",
    ],
    # 10: the same rows in less space (issue 16). The band hashes are kept in their key's
    # b-tree alone (a rowid table kept each row twice: the table and its key's index); the
    # per-day edges are keyed by day first, so a date range reads their key and the second
    # index on the day goes (the per-day keys' index on the day was never read: gone); an
    # index that repeated the first column of a longer one (events_merged, of
    # events_merged_doc) goes.
    [
        """CREATE TABLE lsh_bands_v10 (
            band INTEGER NOT NULL, hash BIGINT NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents (id),
            PRIMARY KEY (band, hash, doc_id)){without_rowid}""",
        "INSERT INTO lsh_bands_v10 (band, hash, doc_id) SELECT band, hash, doc_id"
        " FROM lsh_bands",
        "DROP TABLE lsh_bands",
        "ALTER TABLE lsh_bands_v10 RENAME TO lsh_bands",
        "DROP INDEX agg_daily_day",  # (a key's days are read in key order: never used)
        """CREATE TABLE agg_edges_v10 (
            day TEXT NOT NULL, type TEXT NOT NULL, akey TEXT NOT NULL, rkey TEXT NOT NULL,
            events INTEGER NOT NULL,
            PRIMARY KEY (day, type, akey, rkey)){without_rowid}""",
        "INSERT INTO agg_edges_v10 (day, type, akey, rkey, events)"
        " SELECT day, type, akey, rkey, events FROM agg_edges",
        "DROP TABLE agg_edges",
        "ALTER TABLE agg_edges_v10 RENAME TO agg_edges",
        "DROP INDEX events_merged",
        # a status filter reads its events by index when the status is rare (a negation,
        # a forecast: 1-3% of events) and scans when it is common (agg_totals 'status:…'
        # says which); a speaker filter matches the forms speakers were written in
        # (role_forms, role 'speaker') first, then their claims by index
        "CREATE INDEX events_status ON events (status)",
        "INSERT INTO agg_totals (name, n) SELECT 'status:' || status, count(*) FROM events"
        " GROUP BY status",
        "INSERT INTO role_forms (role, norm, key, name_norm, name_en) SELECT DISTINCT"
        " 'speaker', COALESCE(speaker_norm, ''), COALESCE(speaker_key, ''), '',"
        " COALESCE(speaker_name_en, '') FROM claims",
        "CREATE INDEX claims_speaker_norm ON claims (speaker_norm)",
        # each outlet's documents by publication day (type ''), and those holding an event
        # of a category: how many outlets a date or category filter selects, without
        # reading the documents
        """CREATE TABLE agg_outlet_days (
            source TEXT NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (source, type, day)){without_rowid}""",
        "INSERT INTO agg_outlet_days (source, type, day, n) SELECT c.source, '',"
        " COALESCE(d.published, ''), count(DISTINCT d.id) FROM documents d JOIN copies c"
        " ON c.doc_id = d.id WHERE c.source <> '' GROUP BY c.source, COALESCE(d.published, '')",
        "INSERT INTO agg_outlet_days (source, type, day, n) SELECT c.source, e.type,"
        " COALESCE(d.published, ''), count(DISTINCT d.id) FROM documents d JOIN copies c"
        " ON c.doc_id = d.id JOIN (SELECT DISTINCT doc_id, type FROM events) e"
        " ON e.doc_id = d.id WHERE c.source <> ''"
        " GROUP BY c.source, e.type, COALESCE(d.published, '')",
    ],
    # 11: less space, and fewer b-trees written out of order (issue 16). SQLite's search
    # index in two tables: the exact words with positions (phrases), the clitic-stripped
    # readings without (detail=none), rebuilt from the texts (REINDEX); PostgreSQL's is
    # unchanged. A document's MinHash signature and band hashes keyed by its number (the
    # order it was written in) instead of its 16-character id: the signatures are a
    # table in insertion order with no second index. The index of claim_events on
    # (doc_id, event_id) goes: its key's first column is the table's, and a document
    # has a few claims.
    [
        "FTS_SPLIT",
        "REINDEX",
        """CREATE TABLE signatures_v11 (
            num {int_key} REFERENCES documents (num), sig {blob} NOT NULL)""",
        "INSERT INTO signatures_v11 (num, sig) SELECT d.num, s.sig FROM signatures s"
        " JOIN documents d ON d.id = s.doc_id",
        "DROP TABLE signatures",
        "ALTER TABLE signatures_v11 RENAME TO signatures",
        """CREATE TABLE lsh_bands_v11 (
            band INTEGER NOT NULL, hash BIGINT NOT NULL,
            num BIGINT NOT NULL REFERENCES documents (num),
            PRIMARY KEY (band, hash, num)){without_rowid}""",
        "INSERT INTO lsh_bands_v11 (band, hash, num) SELECT l.band, l.hash, d.num"
        " FROM lsh_bands l JOIN documents d ON d.id = l.doc_id",
        "DROP TABLE lsh_bands",
        "ALTER TABLE lsh_bands_v11 RENAME TO lsh_bands",
        "DROP INDEX claim_events_event",
    ],
    # 12: the merge's blobs in less space (issue 16): the sketches in merge features and
    # cores as binary deltas (`blobs.pack_sketches`), a one-report merged event's core
    # left out of its row (it is its member's: read from the member's features), its
    # names compressed, all rewritten in place (REPACK; nothing is recomputed, the merges
    # stay as they are); a merged event's quad and family (both follow from its type) and
    # the time it was last written (read by nothing) no longer stored; the merge's lookup
    # keys filed under a day number (date.toordinal) instead of its ISO text; two indexes
    # no statement reads go (claims by speaker key: a speaker filter reads
    # claims_speaker_norm; documents by source: outlets are in copies).
    [
        "BLOB merged_events names",
        """CREATE TABLE merged_keys_v12 (
            key TEXT NOT NULL, family TEXT NOT NULL, day INTEGER NOT NULL,
            merged_id TEXT NOT NULL,
            PRIMARY KEY (key, family, day, merged_id)){without_rowid}""",
        "INSERT INTO merged_keys_v12 (key, family, day, merged_id)"
        " SELECT key, family, {day_number}, merged_id FROM merged_keys",
        "DROP TABLE merged_keys",
        "ALTER TABLE merged_keys_v12 RENAME TO merged_keys",
        "ALTER TABLE merged_events DROP COLUMN quad",
        "ALTER TABLE merged_events DROP COLUMN family",
        "ALTER TABLE merged_events DROP COLUMN updated",  # (when it was last written: unread)
        "DROP INDEX claims_speaker",
        "DROP INDEX documents_source",
        "REPACK",
    ],
    # 13: an outlet filter alone answered from counts kept on write (issue 16): each
    # outlet's events and claims beside its documents, and its merged events (those with
    # a member from one of its documents, copies included) by category and day ('' when
    # the merged event has none), as the contributions of store/aggregates.py keep them
    [
        "ALTER TABLE agg_outlets ADD COLUMN events INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE agg_outlets ADD COLUMN claims INTEGER NOT NULL DEFAULT 0",
        "UPDATE agg_outlets SET events = (SELECT count(*) FROM events e WHERE e.doc_id IN"
        " (SELECT c.doc_id FROM copies c WHERE c.source = agg_outlets.source)),"
        " claims = (SELECT count(*) FROM claims k WHERE k.doc_id IN"
        " (SELECT c.doc_id FROM copies c WHERE c.source = agg_outlets.source))",
        """CREATE TABLE agg_outlet_merged (
            source TEXT NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL,
            events INTEGER NOT NULL,
            PRIMARY KEY (source, type, day)){without_rowid}""",
        "INSERT INTO agg_outlet_merged (source, type, day, events) SELECT c.source, m.type,"
        " COALESCE(m.day, ''), count(DISTINCT m.id) FROM merged_events m JOIN events e"
        " ON e.merged_id = m.id JOIN copies c ON c.doc_id = e.doc_id WHERE c.source <> ''"
        " GROUP BY c.source, m.type, COALESCE(m.day, '')",
    ],
    # 14: less space (issue 16). The merge's lookup keys file a merged event under the
    # number its id stands for (the id's 15 hex digits: 8 bytes in each of the keys' rows,
    # where the id took 16; `merged.id_number`) and its category family under a code
    # (merge_families: 1 byte where the name took 7), the rows copied in key order
    # (MERGED_NUMBERS); the index of events on (doc_id, type) goes: a document's events are
    # found by the table's key (doc_id, event_id), their category read from the row (a
    # document has a few events, written together).
    [
        "DROP INDEX events_doc_type",
        """CREATE TABLE merge_families (code {serial}, name TEXT NOT NULL UNIQUE)""",
        """CREATE TABLE merged_keys_v14 (
            key TEXT NOT NULL, family INTEGER NOT NULL, day INTEGER NOT NULL,
            merged BIGINT NOT NULL,
            PRIMARY KEY (key, family, day, merged)){without_rowid}""",
        "MERGED_NUMBERS",
        "DROP TABLE merged_keys",
        "ALTER TABLE merged_keys_v14 RENAME TO merged_keys",
    ],
    # 15: a store built before the merge rules of schema 12 (its version 12 applied in a
    # later transaction than its version 1) still holds the merged events of its older rules,
    # which no migration since recomputed (OLD_MERGES): up to REMERGE_ON_OPEN documents they
    # are recomputed here, once, in the opening transaction; a larger store gets a note in
    # store_notes ('merges'), one line on stderr at each open, and `rasd remerge` does it
    # (`Store.remerge`, about 8 ms CPU a document at 2,000).
    [
        "CREATE TABLE store_notes (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "OLD_MERGES",
    ],
    # 16: actors and places under an outlet filter alone from counts kept on write
    # (store/outlet_keys.py): per outlet and key the distinct merged events, the role rows
    # of the outlet's documents and the largest shown names, filled from the rows
    # (OUTLET_KEYS)
    [
        """CREATE TABLE agg_outlet_keys (
            source TEXT NOT NULL, grp TEXT NOT NULL, key TEXT NOT NULL,
            events INTEGER NOT NULL, targeted INTEGER NOT NULL, mentions INTEGER NOT NULL,
            text TEXT, name TEXT, name_en TEXT, kind TEXT, lat {real}, lon {real},
            PRIMARY KEY (source, grp, key)){without_rowid}""",
        "OUTLET_KEYS",
    ],
    # 17: a filter on one actor, target or place key alone (the dashboard's click) from
    # counts kept on write (store/key_filter.py), in the key's agg_keys row: the documents,
    # events and claims holding it as actor or place and as target (t_), and the conflicts
    # of the merged events holding it as actor or place, filled from the rows (KEY_DOCS)
    [
        "ALTER TABLE agg_keys ADD COLUMN docs INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE agg_keys ADD COLUMN reports INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE agg_keys ADD COLUMN claims INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE agg_keys ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE agg_keys ADD COLUMN t_docs INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE agg_keys ADD COLUMN t_reports INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE agg_keys ADD COLUMN t_claims INTEGER NOT NULL DEFAULT 0",
        "KEY_DOCS",
    ],
    # 18: the merge rules changed (session of 2026-12-05: a clash and a one-sided telling of
    # one incident agree; neighbouring towns, a toll retold, a state acting abroad need more
    # evidence; docs/store.md): an existing store's merged events are those of the older
    # rules, so they are recomputed as in 15 (MERGE_RULES): on open up to REMERGE_ON_OPEN
    # documents, else a note and `rasd remerge`
    ["MERGE_RULES"],
    # 19: actors, places, the map and the network under a filter selecting many events (a
    # common key alone, a status alone) from counts kept on write (store/facets.py): per
    # facet kept (agg_facets: those selecting FACET_EVENTS events) its keys' distinct
    # merged events, role rows and largest shown names, and its edges' merged events by
    # category, filled from the rows (FACETS)
    [
        "CREATE TABLE agg_facets (facet TEXT PRIMARY KEY){without_rowid}",
        """CREATE TABLE agg_facet_keys (
            facet TEXT NOT NULL, grp TEXT NOT NULL, key TEXT NOT NULL,
            events INTEGER NOT NULL, targeted INTEGER NOT NULL, mentions INTEGER NOT NULL,
            text TEXT, name TEXT, name_en TEXT, kind TEXT, lat {real}, lon {real},
            PRIMARY KEY (facet, grp, key)){without_rowid}""",
        """CREATE TABLE agg_facet_edges (
            facet TEXT NOT NULL, akey TEXT NOT NULL, rkey TEXT NOT NULL, type TEXT NOT NULL,
            events INTEGER NOT NULL,
            PRIMARY KEY (facet, akey, rkey, type)){without_rowid}""",
        "FACETS",
        # a status filter alone (store/status_filter.py): agg_totals gains per status its
        # documents, claims, merged events and conflicts; the outlets' documents per status
        """CREATE TABLE agg_outlet_status (
            source TEXT NOT NULL, status TEXT NOT NULL, documents INTEGER NOT NULL,
            PRIMARY KEY (source, status)){without_rowid}""",
        "STATUS_COUNTS",
    ],
    # 20: the store under 25 KiB a document (store14, issue 16): a merged event's state is
    # stored without the wording and phrasing sketches its core holds already, the members'
    # evidence (`events.why`) compressed, both rewritten in place (STATES; older values
    # still read); the claims' date index ascending, read backwards for the list's order
    # (newest first): rows arrive oldest first, and a descending index filled its pages
    # half (each insert split the leftmost page)
    [
        "BLOB events why",
        "STATES",
        # a status filter's timeline from counts kept on write (store/status_filter.py):
        # agg_days gains per status its merged events by day and category (STATUS_DAYS)
        "STATUS_DAYS",
        # event_roles in its key's order (SQLite: WITHOUT ROWID; dialect.roles_by_event):
        # walks check an event's roles in one lookup, a key's events are read from its index
        "ROLES_BY_EVENT",
        "DROP INDEX claims_published",
        "CREATE INDEX claims_published ON claims (published{nulls_first}, doc_id DESC,"
        " claim_id DESC)",
    ],
    # 21: a name selecting several keys exactly (حلب: the city, its governorate and the
    # countryside districts; query.key_set) keeps its actors, places and network as a
    # facet of its key set (store/facets.py, `keys:`), registered for every kept key's
    # name and filled from the rows (KEYSETS); no table changes
    ["KEYSETS"],
]

# A store whose merged events are of older rules (built before schema 12 or 18) with up to
# this many documents is re-merged when opened
# (8.4 s CPU a thousand documents measured at 2,000: under a minute); a larger one is told
# to run `rasd remerge` (at 100k documents it would hold the open for a quarter of an hour).
REMERGE_ON_OPEN = 5000

VERSION = len(MIGRATIONS)


def statements(version: int, db: Database) -> list[str]:
    out: list[str] = []
    for stmt in MIGRATIONS[version - 1]:
        if stmt == "FTS":
            out.extend(db.sql.fts_schema())
        elif stmt.startswith("BLOB "):
            out.extend(db.sql.to_blob(*stmt.split()[1:]))
        elif stmt == "FTS_SPLIT":
            out.extend(db.sql.fts_split())
        elif stmt == "ROLES_BY_EVENT":
            out.extend(db.sql.roles_by_event())
        elif stmt in ("MERGED_NUMBERS", "OLD_MERGES", "OUTLET_KEYS", "KEY_DOCS",
                      "MERGE_RULES", "FACETS", "STATUS_COUNTS", "STATES", "STATUS_DAYS",
                      "KEYSETS"):
            out.append(stmt)  # done in Python, in its place (`migrate`)
        elif stmt not in ("REMERGE", "REINDEX", "REPACK"):
            out.append(stmt.format(**db.sql.words))
    return out


def current_version(db: Database) -> int:
    if not db.scalar(db.sql.table_exists_sql(), ("schema_version",)):
        return 0
    return int(db.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version") or 0)


def migrate(db: Database, remerge: Callable[[], None] | None = None,
            reindex: Callable[[], None] | None = None,
            repack: Callable[[], None] | None = None) -> int:
    """Apply missing migrations in one transaction; return the version reached.
    `remerge` recomputes merged events when a migration asks for it; `reindex` rebuilds
    the search index from the stored texts (REINDEX, where the dialect's index changed);
    `repack` rewrites the merge's blobs (REPACK; a re-merge writes them anew instead)."""
    with db.transaction():
        db.sql.lock_migrations(db)
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                   "applied TEXT NOT NULL)")
        have = current_version(db)
        if have > VERSION:
            raise DatabaseError(f"store schema version {have} is newer than this rasd "
                                f"({VERSION}): upgrade rasd")
        again = index = blobs = old = False
        for v in range(have + 1, VERSION + 1):
            for stmt in statements(v, db):
                if stmt == "MERGED_NUMBERS":
                    _merged_numbers(db)
                elif stmt == "OLD_MERGES":
                    old = old or have > 0 and merged_before_12(db)
                elif stmt == "MERGE_RULES":
                    old = old or have > 0
                elif stmt == "OUTLET_KEYS":
                    from rasd.store import outlet_keys

                    outlet_keys.fill(db)
                elif stmt == "KEY_DOCS":
                    from rasd.store import key_filter

                    key_filter.fill(db)
                elif stmt == "FACETS":
                    from rasd.store import facets

                    facets.fill(db)
                elif stmt == "STATUS_COUNTS":
                    from rasd.store import status_filter

                    status_filter.fill(db)
                elif stmt == "STATES":
                    _states_once(db)
                elif stmt == "STATUS_DAYS":
                    from rasd.store import status_filter

                    status_filter.fill_days(db)
                elif stmt == "KEYSETS":
                    from rasd.store import facets

                    facets.fill_keysets(db)
                else:
                    db.execute(stmt)
            again |= "REMERGE" in MIGRATIONS[v - 1] and have > 0
            index |= "REINDEX" in MIGRATIONS[v - 1] and have > 0 and db.sql.reindex_on_split
            blobs |= "REPACK" in MIGRATIONS[v - 1] and have > 0
            db.execute("INSERT INTO schema_version (version, applied) VALUES (?, ?)",
                       (v, _now()))
        if index and reindex is not None:
            reindex()
        if old and not again:
            n = int(db.scalar("SELECT count(*) FROM documents") or 0)
            if n > REMERGE_ON_OPEN or remerge is None:
                db.execute("INSERT INTO store_notes (name, value) VALUES (?, ?)",
                           (OLD_MERGES_NOTE, f"{n:,} documents"))
            else:
                again = True
        if again and remerge is not None:
            remerge()
        elif blobs and repack is not None:
            repack()
    return VERSION


OLD_MERGES_NOTE = "merges"


def merged_before_12(db: Database) -> bool:
    """Whether the store was built before schema 12: its version 12 applied more than a
    minute after its version 1 (a store made at 12 or later writes them in one transaction)."""
    import datetime as dt

    applied = {int(r["version"]): r["applied"] for r in db.query(
        "SELECT version, applied FROM schema_version WHERE version IN (1, 12)")}
    if 1 not in applied or 12 not in applied:
        return False
    first, twelve = (dt.datetime.fromisoformat(applied[v]) for v in (1, 12))
    return (twelve - first).total_seconds() > 60


def old_merges(db: Database) -> str | None:
    """The note left by schema 15 on a large store built before schema 12 (its merged
    events still those of older rules), or None."""
    if current_version(db) < 15:
        return None
    return db.scalar("SELECT value FROM store_notes WHERE name = ?", (OLD_MERGES_NOTE,))


def _merged_numbers(db: Database, chunk: int = 20000) -> None:
    """Schema 14: copy the merge's lookup keys into merged_keys_v14, each merged id as its
    number (`merged.id_number`), each family as its code (merge_families), a chunk at a
    time in key order."""
    from rasd.store.merged import id_number

    db.execute("INSERT INTO merge_families (name) SELECT DISTINCT family FROM merged_keys"
               " ORDER BY family")
    codes = {r["name"]: int(r["code"]) for r in db.query("SELECT code, name FROM"
                                                        " merge_families")}
    last: tuple[str, str, int, str] | None = None
    while True:
        after = "" if last is None else " WHERE (key, family, day, merged_id) > (?, ?, ?, ?)"
        rows = db.query("SELECT key, family, day, merged_id FROM merged_keys" + after
                        + " ORDER BY key, family, day, merged_id LIMIT ?",
                        (*(last or ()), chunk))
        if not rows:
            return
        db.executemany("INSERT INTO merged_keys_v14 (key, family, day, merged)"
                       " VALUES (?, ?, ?, ?)",
                       [(r["key"], codes[r["family"]], r["day"], id_number(r["merged_id"]))
                        for r in rows])
        r = rows[-1]
        last = (r["key"], r["family"], r["day"], r["merged_id"])


def _states_once(db: Database, chunk: int = 2000) -> None:
    """Schema 20's rewrite: each merged event's state without the sketches its core holds
    (`merged.without_sketches`), each member's evidence compressed. The same JSON reads
    back (`merged.with_sketches`, `blobs.unpack`); idempotent."""
    from rasd.store import merge
    from rasd.store.blobs import pack, pack_small, packed, unpack
    from rasd.store.merged import SKETCHES, without_sketches

    last = ""
    while True:
        rows = db.query("SELECT id, core, state FROM merged_events WHERE id > ? ORDER BY id"
                        " LIMIT ?", (last, chunk))
        if not rows:
            break
        changed = []
        for r in rows:
            if r["state"] and r["core"]:
                state = unpack(r["state"])
                if all(k in state for k in SKETCHES):  # (else rewritten already)
                    slim = without_sketches(state, merge.Core.from_json(unpack(r["core"])))
                    if slim is not state:
                        changed.append((pack(slim), r["id"]))
        db.executemany("UPDATE merged_events SET state = ? WHERE id = ?", changed)
        last = rows[-1]["id"]
    last_doc = ""
    while True:
        docs = [r[0] for r in db.tuples("SELECT DISTINCT doc_id FROM events WHERE doc_id > ?"
                                        " ORDER BY doc_id LIMIT ?", (last_doc, chunk))]
        if not docs:
            break
        rows = db.tuples("SELECT doc_id, event_id, why FROM events WHERE doc_id >= ? AND"
                         " doc_id <= ? AND why IS NOT NULL", (docs[0], docs[-1]))
        changed = []
        for d, e, w in rows:  # (PostgreSQL's are bytes already, of the text: BLOB above)
            small = w if packed(w) else pack_small(unpack(w))
            if isinstance(w, str) or small != bytes(w):
                changed.append((small, d, e))
        db.executemany("UPDATE events SET why = ? WHERE doc_id = ? AND event_id = ?", changed)
        last_doc = docs[-1]


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
