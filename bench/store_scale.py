"""The store's cost per document as it grows, and its aggregates' latency.

Documents are real articles extracted once by the full pipeline (the 471 demo
articles and the 800 region articles of ../shared/data/news, cached in
bench/.cache/), then written to a fresh store in date order, a batch at a time
(as `rasd ingest` writes), so the figures are the store's own: writing, near-
duplicate grouping, search index, merging and aggregates.

- `--real 8000 --stretch 2000`: real articles arriving day after day, 11 a day
  (8,000 over two years; each article reused with its dates moved to its new
  day and a line of its own, so each text is new): CPU per document for each
  stretch of 2,000, and the last stretch's against the first's (same arrival
  rate, a store four times larger).
- `--n 100000`: synthetic-but-realistic documents for scale: each joins two
  excerpts of real articles (a run of their sentences with every layer inside
  it, offsets moved: about one article's length), dated over two years (137 a
  day at 100k), so stories recur the same day in several documents as they do
  across outlets (drawn from 40 outlets by a Zipf-like law: `outlet_mix`). CPU and
  wall per document and documents per second for each stretch, store size per
  document, then (at each of `--checkpoints`, 10k/50k/100k by default, and at the
  end) the latency of every query path of the
  API the dashboard calls (summary, timeline, actors, places, map, network, the
  document, event, merged-event, claim and conflict lists, search, stats, one
  document, the largest merged event), each under every filter the dashboard
  sends (none, a category, a month, a year, both, the most mentioned place and
  actor keys and the 100th, a place name, an outlet, a status, a common and a
  rare search): first call, then the medians of 3 calls, wall and CPU.
- `--n 100000 --news FILE... --per-day 24`: real articles (the news files' articles,
  filtered as notes/COMMON.md says, extracted once and cached) arriving 24 a day, day
  after day, re-dated and re-sourced so that a story is reported by several outlets over
  a few days (`news_stream`); the same figures and checkpoints as `--n`, resumable too.
- `--queries --db URL [--only NAME] [--offset-pages]`: only those timings, on an existing store
  (migrated first).

The synthetic documents are composed by `--prep-workers` processes (1 by default) while
the writer writes, as `rasd ingest`'s workers extract while its parent writes: the
figures are the writer's alone (its CPU, and its wall time less any wait for the next
document). Document i of the stream is the same however the run is cut (each draws from
its own seeded generator), so a run stopped by a signal or the session's end goes on
with `--resume` (`--db` and `--json` as before): the store's records say where, the
stretches written so far are read back from the JSON, which is rewritten after each
stretch.

    nice -n 10 .venv/bin/python bench/store_scale.py --n 100000 --stretch 5000 \
        --db sqlite:///big.db --json big.json [--resume]

    .venv/bin/python bench/store_scale.py --real 8000 --stretch 2000
    .venv/bin/python bench/store_scale.py --n 100000 --stretch 10000
    .venv/bin/python bench/store_scale.py --n 20000 --db postgresql://rasd@127.0.0.1:54329/x
    .venv/bin/python bench/store_scale.py --n 100000 --db sqlite:///big.db --sample 2000
    .venv/bin/python bench/store_scale.py --queries --db sqlite:///big.db

The last, after a run that built big.db with 100k documents, takes sample points: 2,000
more documents into it against the same 2,000 into an empty store, back to back (a
ratio measured under one load), then the aggregates' latency again.

Process CPU time is the figure to trust on a shared machine (`uptime` is printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import random
import statistics
import sys
import tempfile
import time
from dataclasses import astuple
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.document import Document  # noqa: E402
from rasd.store import Filters, Store, dedup, fts  # noqa: E402
from rasd.store.model import Incoming  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache" / "articles.pkl"
SOURCES = [ROOT / "demo-data" / "saudinewsnet" / "articles.jsonl",
           ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-region.jsonl"]
START = dt.date(2016, 1, 1)
SPAN_DAYS = 730
BATCH = 64


def articles() -> list[Document]:
    """The real articles, extracted once (cached: the pipeline is not what is measured)."""
    if CACHE.exists():
        docs = pickle.loads(CACHE.read_bytes())
        for d in docs:
            d.tokens = []  # internal to the pipeline; copying them is the cost here
        return docs
    from rasd.pipeline import extract_text

    docs = []
    for path in SOURCES:
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            a = json.loads(line)
            doc = extract_text(a["content"], published=(a.get("date_extracted") or "")[:10],
                               source=a.get("source"), title=a.get("title"), url=a.get("url"))
            docs.append(doc)
    docs.sort(key=lambda d: d.meta.published or "")
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_bytes(pickle.dumps(docs))
    return docs


def _clone(obj: Any) -> Any:
    """A deep copy through pickle (about 3x faster than copy.deepcopy on a Document)."""
    return pickle.loads(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL))


def _shift(date: str | None, days: int) -> str | None:
    if not date:
        return date
    try:
        return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return date


def redated(doc: Document, day: dt.date, tag: str) -> Document:
    """The document moved to `day` (every date by the same offset), with a line of its own."""
    out = _clone(doc)
    offset = (day - dt.date.fromisoformat(doc.meta.published)).days if doc.meta.published \
        else 0
    out.meta.published = day.isoformat()
    for t in out.times:
        t.date = _shift(t.date, offset)
    for v in out.events:
        if v.time is not None:
            v.time.date = _shift(v.time.date, offset)
    out.text = out.text + "\n" + tag
    return out


def composed(parts: list[Document], day: dt.date, source: str) -> Document:
    """Articles (or excerpts) as one document: texts joined, every span moved, ids renamed."""
    pieces = [redated(p, day, "") for p in parts]
    doc = Document(text="")
    doc.meta = _clone(pieces[0].meta)
    doc.meta.source = source
    doc.meta.language = "ar"
    at = 0
    for n, p in enumerate(pieces):
        text = p.text.rstrip("\n")

        def moved(span, at=at):  # noqa: ANN001, ANN202
            span.start += at
            span.end += at
            return span

        sentences = len(doc.sentences)
        doc.sentences += [moved(s) for s in p.sentences]
        for e in p.entities:
            e.id = f"p{n}{e.id}"
            doc.entities.append(moved(e))
        doc.quantities += [moved(q) for q in p.quantities]
        doc.times += [moved(t) for t in p.times]
        for c in p.claims:
            c.id, c.sentence = f"p{n}{c.id}", c.sentence + sentences
            for span in (c.speaker, c.cue, c.content, c.via):
                if span is not None:
                    moved(span)
            if c.speaker.entity:
                c.speaker.entity = f"p{n}{c.speaker.entity}"
            doc.claims.append(c)
        for v in p.events:
            v.id, v.sentence = f"p{n}{v.id}", v.sentence + sentences
            v.claim = f"p{n}{v.claim}" if v.claim else None
            moved(v.trigger)
            if v.time is not None:
                moved(v.time)
            for r in (*v.actor, *v.recipient, *v.location):
                moved(r)
                if r.entity:
                    r.entity = f"p{n}{r.entity}"
            doc.events.append(v)
        doc.text += text + "\n\n"
        at += len(text) + 2
    return doc


def excerpt(doc: Document, first: int, last: int) -> Document:
    """Sentences first..last of `doc` with the layers that lie inside them."""
    if not doc.sentences:
        return _clone(doc)
    lo, hi = doc.sentences[first].start, doc.sentences[last].end

    def inside(span) -> bool:  # noqa: ANN001
        return span is None or lo <= span.start and span.end <= hi

    out = Document(text=doc.text[lo:hi], meta=_clone(doc.meta))
    src = _clone(doc)

    def moved(span):  # noqa: ANN001, ANN202
        span.start -= lo
        span.end -= lo
        return span

    out.sentences = [moved(x) for x in src.sentences[first:last + 1]]
    out.entities = [moved(e) for e in src.entities if inside(e)]
    keep = {e.id for e in out.entities}
    out.quantities = [moved(q) for q in src.quantities if inside(q)]
    out.times = [moved(t) for t in src.times if inside(t)]
    for c in src.claims:
        if all(inside(x) for x in (c.speaker, c.cue, c.content, c.via)):
            for x in (c.speaker, c.cue, c.content, c.via):
                if x is not None:
                    moved(x)
            if c.speaker.entity not in keep:
                c.speaker.entity = None
            c.sentence -= first
            out.claims.append(c)
    claims = {c.id for c in out.claims}
    for v in src.events:
        if not inside(v.trigger):
            continue
        moved(v.trigger)
        v.time = moved(v.time) if v.time is not None and inside(v.time) else None
        for roles in (v.actor, v.recipient, v.location):
            roles[:] = [moved(r) for r in roles if inside(r)]
            for r in roles:
                if r.entity not in keep:
                    r.entity = None
        v.claim = v.claim if v.claim in claims else None
        v.sentence -= first
        out.events.append(v)
    return out


def _half(doc: Document, rng: random.Random) -> Document:
    """About half of an article: a run of its sentences."""
    n = len(doc.sentences)
    if n < 2:
        return doc
    size = max(1, n // 2)
    first = rng.randrange(0, n - size + 1)
    return excerpt(doc, first, first + size - 1)


NEWS_CACHE = Path(__file__).resolve().parent / ".cache"


def news_articles(paths: list[str]) -> list[Document]:
    """The articles of `paths` (JSONL of articles with `content`, e.g. ../shared/data/news
    filtered as notes/COMMON.md says), extracted once by the full pipeline in batches
    (`Pipeline.pipe`), cached under a key of the files' names and sizes, sorted by date."""
    import hashlib

    key = hashlib.sha1(repr([(os.path.abspath(p), os.path.getsize(p)) for p in paths])
                       .encode()).hexdigest()[:12]
    cache = NEWS_CACHE / f"news-{key}.pkl"
    if cache.exists():
        docs = pickle.loads(cache.read_bytes())
    else:
        from rasd.pipeline import Pipeline, make_document
        from rasd.readers.record import Record

        records = []
        for path in paths:
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                a = json.loads(line)
                records.append(Record(origin=a.get("id") or a.get("url") or "",
                                      text=a["content"], title=a.get("title"),
                                      url=a.get("url"), source=a.get("source"),
                                      published=(a.get("date_extracted") or "")[:10] or None))
        docs = list(Pipeline().pipe((make_document(r) for r in records), 64))
        docs.sort(key=lambda d: d.meta.published or "")
        cache.parent.mkdir(exist_ok=True)
        cache.write_bytes(pickle.dumps(docs))
    for d in docs:
        d.tokens = []  # internal to the pipeline; copying them is the cost here
    return docs


NEWS_STEP = 6  # the corpus's articles entering the news a day
NEWS_WINDOW = 24  # a day's documents are drawn from the NEWS_WINDOW articles that entered
# last: each is reported on about NEWS_WINDOW / NEWS_STEP = 4 consecutive days


def news_stream(base: list[Document], per_day: int, first: int = 0, count: int = 0,
                seed: int = 11):
    """Documents `first`..`first + count` of real articles arriving `per_day` a day from
    START on, day after day (no end: the rate does not depend on how many are written).
    The corpus (in date order) enters the news NEWS_STEP articles a day; each document is
    one of the NEWS_WINDOW articles that entered last, moved to its day (every date by
    the same offset) under an outlet drawn from `outlet_mix` and with a line of its own
    (its text is new): a story is reported by several outlets on several consecutive
    days, then leaves the news; the corpus comes round again every len(base) / NEWS_STEP
    days. Each document draws from its own seeded generator, so document i is the same
    however the run is cut (`--resume`)."""
    outlets, weights = outlet_mix(base)
    for i in range(first, first + count):
        days = i // per_day
        rng = random.Random(seed * 1_000_003 + i)
        k = (days * NEWS_STEP + rng.randrange(NEWS_WINDOW)) % len(base)
        doc = redated(base[k], START + dt.timedelta(days=days), f"({i})")
        doc.meta.source = rng.choices(outlets, weights)[0]
        yield doc


def real_stream(base: list[Document], n: int):
    for i in range(n):
        day = START + dt.timedelta(days=i * SPAN_DAYS // n)
        yield redated(base[i % len(base)], day, f"({i})")


OUTLETS = 40  # a regional monitor's outlets: the real ones, then more, by a Zipf-like law


def outlet_mix(base: list[Document]) -> tuple[list[str], list[float]]:
    """`OUTLETS` outlet names (the corpus's own first, largest first) and their weights
    (rank ** -0.7: the largest about a tenth of the documents, the smallest 1/130)."""
    counts: dict[str, int] = {}
    for d in base:
        counts[d.meta.source or "x"] = counts.get(d.meta.source or "x", 0) + 1
    names = sorted(counts, key=lambda s: (-counts[s], s))
    names += [f"outlet{k:02d}" for k in range(len(names), OUTLETS)]
    return names, [(k + 1) ** -0.7 for k in range(len(names))]


def synthetic_stream(base: list[Document], n: int, seed: int = 7, first: int = 0,
                     count: int | None = None, mixed: bool = True):
    """Documents `first`..`first + count` of a stream of `n` over SPAN_DAYS (past `n`:
    the days after, at the same rate). `mixed`: outlets drawn from `outlet_mix` (else
    uniformly from the corpus's 13, as before 2026-12-04 23:00). Each document draws from
    its own seeded generator, so document i is the same whatever `first` is: a run resumed
    at `first` writes what the uninterrupted run would have (since 2026-12-05)."""
    if mixed:
        outlets, weights = outlet_mix(base)
    else:
        outlets, weights = sorted({d.meta.source or "x" for d in base}), None
    for i in range(first, first + (n if count is None else count)):
        day = START + dt.timedelta(days=i * SPAN_DAYS // n)
        rng = random.Random(seed * 1_000_003 + i)
        parts = [_half(d, rng) for d in rng.sample(base, 2)]
        source = rng.choices(outlets, weights)[0] if weights else rng.choice(outlets)
        yield composed(parts, day, source)


def _db_size(url: str, store: Store) -> int:
    if url.startswith("sqlite"):
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the log's pages are the file's
        path = url.split("sqlite:///", 1)[1]
        return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    return int(store.db.scalar("SELECT pg_database_size(current_database())") or 0)


def prepare(doc: Document) -> Incoming:
    """A document as an ingest worker hands it to the writer: with its MinHash and its
    search words."""
    return Incoming(doc, None, dedup.signature(doc.text), fts.index_strings(doc.text))


_POOL_BASE: list[Document] = []


def _pool_init(news: list[str] | None = None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the writer stops the pool
    global _POOL_BASE
    _POOL_BASE = news_articles(news) if news else articles()


def _pool_make(job: tuple[int, int, int, int, bool]) -> list[Incoming]:
    """A chunk of the synthetic stream (`n` > 0) or of the news stream (`n` = -per_day)."""
    n, seed, first, count, mixed = job
    if n < 0:
        return [prepare(d) for d in news_stream(_POOL_BASE, -n, first, count)]
    return [prepare(d) for d in synthetic_stream(_POOL_BASE, n, seed=seed, first=first,
                                                 count=count, mixed=mixed)]


def prepared_stream(base: list[Document], n: int, first: int = 0, mixed: bool = True,
                    workers: int = 1, chunk: int = BATCH, ahead: int = 8,
                    news: list[str] | None = None, per_day: int = 0):
    """Documents `first`..`n` of the synthetic stream (of the news stream of `news`'s
    articles, `per_day` a day, with `news`), prepared (`prepare`) by `workers`
    processes while the writer writes (as `rasd ingest`'s workers extract while its parent
    writes), at most `ahead` chunks in advance; in this process with `workers` 0. The
    pool is closed when the stream ends or is dropped: no process is left."""
    if workers <= 0:
        docs = (news_stream(base, per_day, first, n - first) if news else
                synthetic_stream(base, n, first=first, count=n - first, mixed=mixed))
        yield from (prepare(d) for d in docs)
        return
    import multiprocessing
    from collections import deque

    size = -per_day if news else n
    jobs = iter([(size, 7, i, min(chunk, n - i), mixed) for i in range(first, n, chunk)])
    with multiprocessing.get_context("forkserver").Pool(workers, _pool_init,
                                                        (news,)) as pool:
        pending: deque = deque()
        for job in jobs:
            pending.append(pool.apply_async(_pool_make, (job,)))
            if len(pending) >= ahead:
                break
        while pending:
            got = pending.popleft().get()
            job = next(jobs, None)
            if job is not None:
                pending.append(pool.apply_async(_pool_make, (job,)))
            yield from got


def ingest(url: str, docs, n: int, stretch: int, checkpoints: tuple[int, ...] = (),
           timings: dict[int, dict] | None = None, start: int = 0,
           on_stretch=None) -> list[dict]:  # noqa: ANN001
    """Write `docs` (Documents, or Incoming already prepared) in batches; figures per
    stretch of `stretch` documents. The MinHash and the search words are computed
    beforehand, as ingest workers do, and not counted. `checkpoints`: after that many
    documents, every query path is timed (`aggregates`, by a reader beside the writer, as
    the API reads while `rasd ingest` writes; its time is not counted in the stretch) into
    `timings[documents]`. `start`: documents the store already holds (a resumed run);
    `on_stretch(rows)` is called after each stretch (and checkpoint)."""
    rows = []
    with Store.open(url) as st:
        batch: list[Incoming] = []
        cpu0, wall0, done = time.process_time(), time.perf_counter(), start
        last = start  # documents at the start of this stretch
        prep_cpu = prep_wall = 0.0
        stream = iter(docs)
        while True:
            c, w = time.process_time(), time.perf_counter()
            doc = next(stream, None)
            if doc is not None:
                batch.append(doc if isinstance(doc, Incoming) else prepare(doc))
            prep_cpu += time.process_time() - c
            prep_wall += time.perf_counter() - w
            if doc is None and not batch:
                break
            if len(batch) == BATCH or doc is None or (done + len(batch)) % stretch == 0:
                st.add_documents(batch)
                done += len(batch)
                batch = []
                if done % stretch == 0 or done == n:
                    cpu = time.process_time() - prep_cpu
                    wall = time.perf_counter() - prep_wall
                    k, last = done - last, done
                    size = _db_size(url, st)
                    rows.append({"documents": done, "cpu_ms_per_doc": 1000 * (cpu - cpu0) / k,
                                 "wall_ms_per_doc": 1000 * (wall - wall0) / k,
                                 "kib_per_doc": size / 1024 / done,
                                 "merged": st.db.scalar("SELECT count(*) FROM merged_events"),
                                 "multi": st.db.scalar(
                                     "SELECT count(*) FROM merged_events WHERE reports > 1")})
                    r = rows[-1]
                    r["docs_per_s"] = 1000 / r["wall_ms_per_doc"]
                    r["docs_per_cpu_s"] = 1000 / r["cpu_ms_per_doc"]
                    r["load"] = os.getloadavg()[0]
                    r["utc"] = dt.datetime.now(dt.UTC).strftime("%H:%M")
                    print(f"  {done:7d} docs: {r['cpu_ms_per_doc']:6.2f} CPU ms/doc "
                          f"({r['docs_per_cpu_s']:5.0f} docs per CPU s), "
                          f"{r['wall_ms_per_doc']:6.2f} wall ms/doc ({r['docs_per_s']:5.0f} "
                          f"docs/s), {r['kib_per_doc']:5.1f} KiB/doc, {r['merged']} merged "
                          f"events ({r['multi']} multi-report), load "
                          f"{os.getloadavg()[0]:.1f}", flush=True)
                    if done in checkpoints and timings is not None:
                        c, w = time.process_time(), time.perf_counter()
                        print(f"  -- every query path at {done:,} documents --")
                        timings[done] = aggregates(url)
                        prep_cpu += time.process_time() - c
                        prep_wall += time.perf_counter() - w
                    if on_stretch is not None:
                        on_stretch(rows)
                    cpu0 = time.process_time() - prep_cpu
                    wall0 = time.perf_counter() - prep_wall
    return rows


def _stored_records(url: str) -> int:
    """Records a store holds (each document of the stream is one): where a resumed run
    starts."""
    if url.startswith("sqlite:///") and not Path(url.split("sqlite:///", 1)[1]).exists():
        return 0
    with Store.open(url) as st:
        return int(st.db.scalar("SELECT count(*) FROM copies") or 0)


def _timed(run, f) -> tuple[float, float]:  # noqa: ANN001
    """(wall, CPU) ms of one call: CPU is this process's (SQLite runs in it), the figure to
    trust on a shared machine; on PostgreSQL the server's work is in wall time only."""
    t, c = time.perf_counter(), time.process_time()
    run(f)
    return 1000 * (time.perf_counter() - t), 1000 * (time.process_time() - c)


SLOW_MS = 1000.0  # a query taking this much CPU on its first call (or 10x in wall time:
# PostgreSQL's work is not this process's) is not repeated; wall time alone said little
# on the loaded machine (3-10x CPU), where cold first calls were all some paths got


def _pick(st: Store) -> dict[str, str]:
    """Filter values as the dashboard sends them, taken from the store: the most mentioned
    place and actor keys (what a click on the map or the actors list sends), one of middle
    rank, the largest outlet, a common and a rarer search word."""
    def key(grp: str, rank: int) -> str:
        rows = st.db.query("SELECT key FROM agg_keys WHERE grp = ? AND mentions > 0"
                           " ORDER BY mentions DESC, key LIMIT 1 OFFSET ?", (grp, rank))
        return rows[0]["key"] if rows else "~x"
    outlets = st.outlets()
    return {"place": key("place", 0), "place_mid": key("place", 100),
            "actor": key("party", 0), "actor_mid": key("party", 100),
            "outlet": outlets[0]["source"] if outlets else "x"}


OFFSET_PAGES = False  # --offset-pages: deep pages by their number (no `after`)
_AFTER: dict[tuple, str | None] = {}


def _after(q: Any, f: Filters, page: int, per_page: int) -> str | None:
    """The `next` of the page before `page` (computed once, outside the timings' repeats:
    the first call of a path includes it)."""
    if OFFSET_PAGES or page <= 1:
        return None
    key = (astuple(f), page, per_page)
    if key not in _AFTER:
        _AFTER[key] = q.documents(f, page - 1, per_page).get("next")
    return _AFTER[key]


def query_cases(st: Store, q: Any) -> list[tuple[str, Any]]:
    """Every query path of the API the dashboard calls (rasd.serve.queries, uncached), under
    each filter it sends."""
    first = st.db.scalar("SELECT min(published) FROM documents") or START.isoformat()
    last = st.db.scalar("SELECT max(published) FROM documents") or first
    days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
    mid = _shift(first, days // 2)  # a month in the middle of what the store holds
    v = _pick(st)
    filters = [
        ("none", Filters()),
        ("category", Filters(category="ASSAULT")),
        ("month", Filters(date_from=mid, date_to=_shift(mid, 30))),
        ("year", Filters(date_from=_shift(mid, -182), date_to=_shift(mid, 182))),
        ("cat+month", Filters(category="ASSAULT", date_from=mid, date_to=_shift(mid, 30))),
        ("place", Filters(place=v["place"])),
        ("place (100th)", Filters(place=v["place_mid"])),
        ("place=حلب", Filters(place="حلب")),
        ("actor", Filters(actor=v["actor"])),
        ("actor (100th)", Filters(actor=v["actor_mid"])),
        ("outlet", Filters(outlet=v["outlet"])),
        ("status", Filters(status="negated")),
        ("q=حلب", Filters(q="حلب")),
        ("q rare", Filters(q="مستشفى الكندي")),
    ]
    paths = [
        ("summary", lambda f: q.summary(f)),
        ("timeline", lambda f: q.timeline(f)),
        ("actors", lambda f: q.actors(f, 1, 50)),
        ("places", lambda f: q.places(f, 1, 50)),
        ("map", lambda f: q.map_points(f, 500)),
        ("network", lambda f: q.network(f, 400)),
        ("documents", lambda f: q.documents(f, 1, 30)),
        # page 50 as the dashboard reaches it (schema 20): its "next" link carries where
        # the page starts, the id of page 49's last document (`after`, found untimed);
        # `--offset-pages`: by its number alone, as before
        ("documents p50", lambda f: q.documents(f, 50, 30, _after(q, f, 50, 30))),
        ("events", lambda f: q.events(f, 1, 25)),
        ("merged", lambda f: q.merged_events(f, 1, 50)),
        ("claims", lambda f: q.claims(f, 1, 50)),
        ("conflicts", lambda f: q.conflicts(f, 1, 50)),
        ("search", lambda f: q.search(f.q, f, 1, 20) if f.q else None),
    ]
    cases: list[tuple[str, Any]] = [(f"{p} | {fn}", (run, f)) for p, run in paths
                                    for fn, f in filters if p != "search" or f.q]
    first_doc = st.db.scalar("SELECT id FROM documents ORDER BY num LIMIT 1")
    top = st.db.scalar("SELECT id FROM merged_events ORDER BY reports DESC, id LIMIT 1")
    cases += [("stats", (lambda f: q.stats(), None)), ("outlets", (lambda f: q.outlets(), None)),
              ("document", (lambda f: q.document(first_doc), None)),
              ("merged event (largest)", (lambda f: q.merged_event(top), None))]
    return cases


def aggregates(url: str, only: str | None = None) -> dict[str, tuple[float, float, float]]:
    """Time every API query path under every filter (first call, then the medians of the
    next 3: wall and CPU ms; a first call over SLOW_MS of CPU is not repeated). `only`: the
    names containing it."""
    from rasd.serve.queries import Queries

    out: dict[str, tuple[float, float]] = {}
    with Store.open(url, readonly=True) as st:
        q = Queries(lambda: Store.open(url, readonly=True), cache_ttl=0)
        q._local.store = st
        cases = query_cases(st, q)
        print(f"query paths (first call / median of the next 3: wall, CPU; ms; filters: "
              f"{_pick(st)}):")
        slow = []
        for name, (run, f) in cases:
            if only and only not in name:
                continue
            first, cpu = _timed(run, f)
            if cpu <= SLOW_MS and first <= 10 * SLOW_MS:
                runs = [_timed(run, f) for _ in range(3)]
                med = statistics.median(w for w, _ in runs)
                cpu = statistics.median(c for _, c in runs)
            else:
                med = first
            out[name] = (first, med, cpu)
            over = min(med, cpu) > 50  # CPU where the machine is loaded, wall on PostgreSQL
            if over:
                slow.append(name)
            print(f"  {name:32s} {first:9.1f} / {med:9.1f} {cpu:9.1f}"
                  + ("  <-- over 50 ms" if over else ""), flush=True)
        print(f"{len(out) - len(slow)} of {len(out)} under 50 ms; over: "
              + (", ".join(slow) or "none"))
    return out


def sample(base: list[Document], url: str, n: int, k: int, tmp: str,
           at: int | None = None) -> None:
    """Sample points: `k` new documents arriving after the `n` of the store at `url` (`at`:
    it holds the first `at` of a stream of `n`), and the same `k` as the first of an empty
    store (same daily rate), timed back to back twice: the cost per document at n against
    at 0, under the same load."""
    at = n if at is None else at
    print(f"sample points: {k} documents after {at:,} vs into an empty store (same rate):")
    at_n: list[float] = []
    at_0: list[float] = []
    for rnd in range(2):
        fresh = f"sqlite:///{tmp}/fresh{rnd}.db"
        seed = 100 + rnd
        for into, first, out in ((url, at + rnd * k, at_n), (fresh, 0, at_0)):
            docs = list(synthetic_stream(base, n, seed=seed, first=first, count=k))
            rows = ingest(into, docs, k, k)
            out.append(rows[-1]["cpu_ms_per_doc"])
    a, b = statistics.mean(at_n), statistics.mean(at_0)
    print(f"CPU ms/doc after {at:,}: {a:.2f}; into an empty store: {b:.2f}; ratio {a / b:.2f}x")


def news_sample(base: list[Document], url: str, k: int, per_day: int, tmp: str) -> None:
    """Sample points of the news stream: its next `k` documents written into the store at
    `url` (a copy of a run's store: it is changed) and the same `k` into an empty store,
    back to back, twice (the next `k` after those the second time): the cost per
    document at the store's size against at 0, under the same load."""
    at = _stored_records(url)
    print(f"sample points: {k} documents of the news stream after {at:,} vs the same "
          "into an empty store:")
    at_n: list[float] = []
    at_0: list[float] = []
    for rnd in range(2):
        docs = [prepare(d) for d in news_stream(base, per_day, at + rnd * k, k)]
        for into, out in ((url, at_n), (f"sqlite:///{tmp}/fresh{rnd}.db", at_0)):
            rows = ingest(into, [Incoming(_clone(i.doc), i.origin, i.signature, i.index)
                                 for i in docs], k, k)
            out.append(rows[-1]["cpu_ms_per_doc"])
    a, b = statistics.mean(at_n), statistics.mean(at_0)
    print(f"CPU ms/doc after {at:,}: {a:.2f} ({at_n}); into an empty store: {b:.2f} "
          f"({at_0}); ratio {a / b:.2f}x")


def _curve(rows: list[dict], timings: dict[int, dict]) -> None:
    """The run in two tables: cost per stretch, and each query path's CPU ms at each
    checkpoint (median of 3; first call where it took over SLOW_MS)."""
    print("\ndocuments | CPU ms/doc | docs per CPU s | wall ms/doc | docs/s | KiB/doc")
    for r in rows:
        print(f"{r['documents']:9d} | {r['cpu_ms_per_doc']:10.2f} | {r['docs_per_cpu_s']:14.0f}"
              f" | {r['wall_ms_per_doc']:11.2f} | {r['docs_per_s']:6.0f} | "
              f"{r['kib_per_doc']:7.1f}")
    if not timings:
        return
    points = sorted(timings)
    print("\nquery path (CPU ms) | " + " | ".join(f"{p:,}" for p in points))
    names = list(timings[points[-1]])
    for name in names:
        cells = []
        for p in points:
            t = timings[p].get(name)
            cells.append("" if t is None else f"{t[2]:.1f}" + (" !" if min(t[1], t[2]) > 50
                                                              else ""))
        print(f"{name} | " + " | ".join(cells))
    for p in points:
        over = sum(1 for t in timings[p].values() if min(t[1], t[2]) > 50)
        print(f"at {p:,}: {len(timings[p]) - over} of {len(timings[p])} under 50 ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, help="synthetic documents (e.g. 100000)")
    ap.add_argument("--stretch", type=int, default=10000)
    ap.add_argument("--real", type=int, help="real-article documents, e.g. 8000")
    ap.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    ap.add_argument("--sample", type=int, metavar="K",
                    help="with --db holding --n documents (a run of --n with --db): time K "
                    "more against K into an empty store, then the aggregates")
    ap.add_argument("--at", type=int, help="with --sample: the store holds the first AT "
                    "documents of the stream of --n (a copy taken while it was written)")
    ap.add_argument("--no-queries", action="store_true", help="with --sample: no timings")
    ap.add_argument("--queries", action="store_true",
                    help="only time the API's query paths on the store at --db")
    ap.add_argument("--only", help="with --queries: the paths whose name contains this")
    ap.add_argument("--offset-pages", action="store_true", help="with --queries: deep pages "
                    "by their number alone (no `after`: how the dashboard paged before "
                    "schema 20)")
    ap.add_argument("--checkpoints", default="10000,50000,100000",
                    help="with --n: time every query path after these many documents")
    ap.add_argument("--uniform-outlets", action="store_true",
                    help="with --n: the corpus's 13 outlets, uniformly (the stream before "
                    "2026-12-04 23:00)")
    ap.add_argument("--json", help="with --n: write the stretches and timings here (after "
                    "each stretch)")
    ap.add_argument("--resume", action="store_true",
                    help="with --n and --db: continue a run that was stopped (the store's "
                    "records say where; the stretches so far are read back from --json)")
    ap.add_argument("--news", nargs="+", metavar="JSONL",
                    help="with --n: real articles of these files (filtered as "
                    "notes/COMMON.md says) arriving --per-day a day (`news_stream`) instead "
                    "of synthetic documents")
    ap.add_argument("--per-day", type=int, default=30,
                    help="with --news: documents a day (the rate does not depend on --n)")
    ap.add_argument("--prep-workers", type=int, default=1,
                    help="with --n: processes that compose and prepare the documents while "
                    "the writer writes (0: in the writer's process)")
    args = ap.parse_args()
    global OFFSET_PAGES
    OFFSET_PAGES = args.offset_pages
    if args.queries:
        print("load:", os.getloadavg())
        t = time.perf_counter()
        Store.open(args.db).close()  # brought to this rasd's schema
        print(f"opened (and migrated) in {time.perf_counter() - t:.1f} s")
        aggregates(args.db, args.only)
        print("load:", os.getloadavg())
        return
    import signal

    # a TERM (the session's end) unwinds like Ctrl-C: the preparing pool is stopped
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print("load:", os.getloadavg())
    if args.news:
        t = time.process_time()
        base = news_articles(args.news)
        print(f"{len(base)} real articles of {', '.join(args.news)} (extracted once in "
              f"{time.process_time() - t:.1f} CPU s, cached in {NEWS_CACHE}), "
              f"{args.per_day} a day")
    else:
        base = articles()
        print(f"{len(base)} real articles (extracted once, cached in {CACHE})")
    with tempfile.TemporaryDirectory() as tmp:
        if args.real:
            n = args.real
            url = args.db or f"sqlite:///{tmp}/real.db"
            print(f"real articles, {n} documents over {SPAN_DAYS} days:")
            rows = ingest(url, real_stream(base, n), n, args.stretch)
            print("CPU per document, last stretch / first: "
                  f"{rows[-1]['cpu_ms_per_doc'] / rows[0]['cpu_ms_per_doc']:.2f}x; wall: "
                  f"{rows[-1]['wall_ms_per_doc'] / rows[0]['wall_ms_per_doc']:.2f}x")
        if args.sample and args.news and args.db:
            news_sample(base, args.db, args.sample, args.per_day, tmp)
        elif args.sample and args.n and args.db:
            sample(base, args.db, args.n, args.sample, tmp, args.at)
            if not args.no_queries:
                aggregates(args.db)
        elif args.n:
            url = args.db or f"sqlite:///{tmp}/synthetic.db"
            points = tuple(int(x) for x in args.checkpoints.split(",") if x.strip())
            timings: dict[int, dict] = {}
            before: list[dict] = []
            start = 0
            if args.resume:
                start = _stored_records(url)
                if args.json and Path(args.json).exists() and start:
                    kept = json.loads(Path(args.json).read_text())
                    before = [r for r in kept["stretches"] if r["documents"] <= start]
                    timings = {int(k): v for k, v in kept["queries"].items()
                               if int(k) <= start}
            print((f"real articles, {args.n}, {args.per_day} a day" if args.news else
                   f"synthetic documents, {args.n} over {SPAN_DAYS} days")
                  + (f", resumed after {start:,}" if start else "") + ":")

            def keep(rows: list[dict]) -> None:
                if args.json:
                    Path(args.json).write_text(json.dumps(
                        {"stretches": before + rows,
                         "queries": {str(k): v for k, v in timings.items()}}, indent=1))

            stream = prepared_stream(base, args.n, start, not args.uniform_outlets,
                                     args.prep_workers, news=args.news, per_day=args.per_day)
            rows = before + ingest(url, stream, args.n, args.stretch, points, timings, start,
                                   keep)
            full = [r for r in rows if r["documents"] % args.stretch == 0]
            if len(full) > 1:
                print(f"CPU per document, last stretch / first: "
                      f"{full[-1]['cpu_ms_per_doc'] / full[0]['cpu_ms_per_doc']:.2f}x; "
                      f"docs/s: {full[-1]['docs_per_s'] / full[0]['docs_per_s']:.2f}x")
            if args.n not in timings:
                timings[args.n] = aggregates(url)
            _curve(rows, timings)
            before = []
            keep(rows)
    print("load:", os.getloadavg())


if __name__ == "__main__":
    main()
