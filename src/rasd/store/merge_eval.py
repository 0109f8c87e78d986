"""Score a store's cross-report merging against hand-labelled incidents.

The gold (tests/merge_gold/incidents.jsonl, see its README) lists real
incidents, each with the event mentions that tell it: an article's record id,
a short quote of its text and the trigger word inside the quote. Pairs follow
from it: two mentions of one incident are the same event; mentions of two
incidents dated at most `PAIR_DAYS` apart are different events (the hard
negatives: same place another day, same day another place, another war), and so
are mentions of incidents an incident lists in `apart_from` whatever their dates
(a city's liberation a week before, told in passing by the reports of the
recaptures near it; the other side's seizure of the city months before).

A gold mention is found in the store by its record id, then its quote in the
stored text, then the stored event whose trigger overlaps the gold trigger
(else the nearest event trigger inside the quote). Pairwise precision and
recall count a pair as merged when both mentions sit in one merged event; a
mention the extraction missed counts as not merged.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.store.blobs import unpack, unpack_text
from rasd.store.store import Store

PAIR_DAYS = 3  # incidents this close in time give "different" pairs
FAR_KM = 100


class GoldError(ValueError):
    """A gold file that cannot be read: one line."""


@dataclass(frozen=True, slots=True)
class GoldMention:
    incident: str
    record: str
    quote: str
    trigger: str
    back_reference: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.record, self.quote, self.trigger)


@dataclass(slots=True)
class Incident:
    id: str
    split: str
    date: str
    mentions: list[GoldMention] = field(default_factory=list)
    apart_from: tuple[str, ...] = ()  # incidents labelled different whatever their dates


def load_gold(path: str | Path) -> list[Incident]:
    out: list[Incident] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"{path}: {exc.strerror or exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            inc = Incident(d["id"], d.get("split", "dev"), dt.date.fromisoformat(d["date"])
                           .isoformat(), apart_from=tuple(d.get("apart_from", ())))
            for m in d["mentions"]:
                if m["trigger"] not in m["quote"]:
                    raise ValueError(f"trigger {m['trigger']!r} is not in its quote")
                inc.mentions.append(GoldMention(inc.id, m["record"], m["quote"], m["trigger"],
                                                bool(m.get("back_reference"))))
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}:{n}: {exc}") from None
        out.append(inc)
    return out


def gold_pairs(incidents: list[Incident], split: str = "all"
               ) -> list[tuple[GoldMention, GoldMention, bool]]:
    """(a, b, same) for every labelled pair whose incidents are all in `split`."""
    chosen = [i for i in incidents if split == "all" or i.split == split]
    pairs = []
    for inc in chosen:
        pairs += [(a, b, True) for a, b in itertools.combinations(inc.mentions, 2)]
    for x, y in itertools.combinations(chosen, 2):
        if abs((dt.date.fromisoformat(x.date) - dt.date.fromisoformat(y.date)).days) \
                <= PAIR_DAYS or x.id in y.apart_from or y.id in x.apart_from:
            pairs += [(a, b, False) for a in x.mentions for b in y.mentions]
    return pairs


# --- finding gold mentions in a store -------------------------------------------------------

def _squeeze(text: str) -> tuple[str, list[int]]:
    """`text` with every run of whitespace as one space, and each char's original offset."""
    out, where = [], []
    for m in re.finditer(r"\s+|\S+", text):
        if m.group().isspace():
            out.append(" ")
            where.append(m.start())
        else:
            out.append(m.group())
            where.extend(range(m.start(), m.end()))
    return "".join(out), where


def locate(store: Store, mentions: list[GoldMention]) -> dict[tuple[str, str, str], dict | None]:
    """Each mention's stored event {"doc_id", "event_id", "merged_id", "lat", "lon"} or None."""
    found: dict[tuple[str, str, str], dict | None] = {}
    by_record: dict[str, list[GoldMention]] = defaultdict(list)
    for m in mentions:
        by_record[m.record].append(m)
    db = store.db
    for record, ms in by_record.items():
        row = db.one("SELECT d.id, d.text, d.data FROM documents d JOIN copies c ON c.doc_id = d.id"
                     " WHERE c.record_id = ? ORDER BY d.num LIMIT 1", (record,))
        if row is None:
            found.update((m.key, None) for m in ms)
            continue
        text, where = _squeeze(unpack_text(row["text"]))
        sentences = [(s["start"], s["end"]) for s in unpack(row["data"])["sentences"]]
        events = db.query("SELECT event_id, trigger_s, trigger_e, merged_id, lat, lon"
                          " FROM events WHERE doc_id = ?", (row["id"],))
        for m in ms:
            quote, _ = _squeeze(m.quote)
            at = text.find(quote)
            if at < 0:
                found[m.key] = None
                continue
            qs, qe = where[at], where[at + len(quote) - 1] + 1
            t_at = at + quote.find(m.trigger)
            ts, te = where[t_at], where[t_at + len(m.trigger) - 1] + 1
            # the sentence holding the trigger: an event anchored on another word of it
            # (قتلوا حينما سقطت مقاتلة) tells the same occurrence
            ss, se = next(((s, e) for s, e in sentences if s <= ts < e), (qs, qe))
            best, best_rank = None, None
            for e in events:
                overlap = min(te, e["trigger_e"]) - max(ts, e["trigger_s"])
                inside = qs <= e["trigger_s"] and e["trigger_e"] <= qe
                same_sentence = ss <= e["trigger_s"] and e["trigger_e"] <= se
                if overlap <= 0 and not inside and not same_sentence:
                    continue
                rank = (overlap > 0, inside, -abs(e["trigger_s"] - ts))
                if best_rank is None or rank > best_rank:
                    best, best_rank = e, rank
            found[m.key] = None if best is None else {
                "doc_id": row["id"], "event_id": best["event_id"],
                "merged_id": best["merged_id"], "lat": best["lat"], "lon": best["lon"]}
    return found


# --- scores --------------------------------------------------------------------------------

def pairwise(pairs: list[tuple[GoldMention, GoldMention, bool]],
             found: dict[tuple[str, str, str], dict | None]) -> dict[str, Any]:
    tp = fp = fn = tn = extracted = 0
    by_kind: Counter[str] = Counter()
    for a, b, same in pairs:
        ea, eb = found.get(a.key), found.get(b.key)
        merged = bool(ea and eb and ea["merged_id"] == eb["merged_id"])
        extracted += bool(same and ea and eb)
        if same and merged:
            tp += 1
        elif same:
            fn += 1
        elif merged:
            fp += 1
            by_kind[f"{a.incident} + {b.incident}"] += 1
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"pairs": len(pairs), "same": tp + fn, "different": fp + tn, "merged_same": tp,
            "merged_different": fp, "precision": round(precision, 3),
            "recall": round(recall, 3),
            # recall over the same-event pairs whose two mentions the extraction found
            "recall_extracted": round(tp / extracted, 3) if extracted else 0.0,
            "wrong_merges": dict(by_kind.most_common())}


def incidents_score(incidents: list[Incident],
                    found: dict[tuple[str, str, str], dict | None]) -> dict[str, Any]:
    """Share of same-incident report pairs (different articles, not back-references)
    in one merged event, and merged events joining mentions of several incidents."""
    rows = []
    total = merged = 0
    for inc in incidents:
        reports = [m for m in inc.mentions if not m.back_reference]
        n = k = 0
        for a, b in itertools.combinations(reports, 2):
            if a.record == b.record:
                continue
            n += 1
            ea, eb = found.get(a.key), found.get(b.key)
            k += bool(ea and eb and ea["merged_id"] == eb["merged_id"])
        if n:
            rows.append({"incident": inc.id, "reports": len({m.record for m in reports}),
                         "pairs": n, "merged": k})
        total, merged = total + n, merged + k
    members: dict[str, set[str]] = defaultdict(set)
    for inc in incidents:
        for m in inc.mentions:
            e = found.get(m.key)
            if e:
                members[e["merged_id"]].add(inc.id)
    across = {mid: sorted(incs) for mid, incs in members.items() if len(incs) > 1}
    return {"incidents": len(rows), "pairs": total, "merged": merged,
            "merged_share": round(merged / total, 3) if total else 0.0,
            "cross_incident_merges": len(across), "across": across, "per_incident": rows}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def corpus_figures(store: Store, top: int = 5) -> dict[str, Any]:
    """Merged events, those told by several reports, the share of those whose located
    reports lie more than FAR_KM apart or in different countries, and the largest."""
    db = store.db
    n_merged = int(db.scalar("SELECT count(*) FROM merged_events") or 0)
    multi = [r["id"] for r in db.query("SELECT id FROM merged_events WHERE reports > 1")]
    far = countries = 0
    spread: dict[str, float] = {}
    for mid in multi:
        rows = db.query("SELECT doc_id, lat, lon, features FROM events WHERE merged_id = ?",
                        (mid,))
        points = [(r["doc_id"], (r["lat"], r["lon"])) for r in rows if r["lat"] is not None]
        km = max((_km(p, q) for (da, p), (db_, q) in itertools.combinations(points, 2)
                  if da != db_), default=0.0)
        spread[mid] = km
        far += km > FAR_KM
        lands = []
        for r in rows:
            # the countries of its places (merge features: [key, name, level, lat, lon,
            # within, country])
            # a dateline's city (an 8th field, true) is where the report was filed
            cs = {p[6] for p in unpack(r["features"])["places"] if not p[7:8] or not p[7]} \
                - {None}
            if cs:
                lands.append((r["doc_id"], cs))
        countries += any(da != db_ and not (ca & cb)
                         for (da, ca), (db_, cb) in itertools.combinations(lands, 2))
    largest = []
    for r in db.query("SELECT * FROM merged_events ORDER BY reports DESC, id LIMIT ?", (top,)):
        full = store.merged_event(r["id"]) or {}
        largest.append({
            "id": r["id"], "type": r["type"], "date": r["date"], "date_to": r["date_to"],
            "reports": r["reports"], "outlets": len(json.loads(r["outlets"])),
            "places": [p["name"] for p in full.get("places", [])][:6],
            "actors": [a["name"] for a in full.get("actors", [])][:6],
            "km": round(spread.get(r["id"], 0.0))})
    return {"documents": int(db.scalar("SELECT count(*) FROM documents") or 0),
            "events": int(db.scalar("SELECT count(*) FROM events") or 0),
            "merged_events": n_merged, "multi_report": len(multi),
            "far_apart": far, "far_share": round(far / len(multi), 3) if multi else 0.0,
            "across_countries": countries, "largest": largest}


def _mention(store: Store, e: dict) -> Any:
    from rasd.store import merge
    from rasd.store.merged import MEMBER

    row = store.db.one(f"SELECT {MEMBER} FROM events WHERE doc_id = ? AND event_id = ?",
                       (e["doc_id"], e["event_id"]))
    return merge.Mention.from_json(unpack(row["features"]), row)


def _brief(m: Any) -> str:
    places = ",".join(p.name for p in m.places) or "-"
    actors = ",".join(p.name for p in m.actors) or "-"
    targets = ",".join(p.name for p in m.recipients) or "-"
    return (f"{m.doc_id[:8]} {m.type} {m.lo}..{m.hi} at {places}; "
            f"{actors} -> {targets}")


def misses(store: Store, incidents: list[Incident],
           found: dict[tuple[str, str, str], dict | None], split: str) -> list[dict[str, Any]]:
    """Every same-incident pair of `split` left unmerged, with why: a mention not
    extracted, or the rule that refused each mention against the other alone."""
    from rasd.store import merge

    out = []
    for inc in incidents:
        if split != "all" and inc.split != split:
            continue
        for a, b in itertools.combinations(inc.mentions, 2):
            ea, eb = found.get(a.key), found.get(b.key)
            if ea and eb and ea["merged_id"] == eb["merged_id"]:
                continue
            row: dict[str, Any] = {"incident": inc.id, "a": f"{a.record} {a.trigger}",
                                   "b": f"{b.record} {b.trigger}"}
            if not (ea and eb):
                row["reason"] = "not extracted: " + " ".join(
                    f"{g.record} {g.trigger}" for g, e in ((a, ea), (b, eb)) if not e)
                out.append(row)
                continue
            ma, mb = _mention(store, ea), _mention(store, eb)
            ab = merge.judge(ma, _alone(mb))
            ba = merge.judge(mb, _alone(ma))
            refused = [x for x in (ab, ba) if isinstance(x, str)]
            row["reason"] = refused[0] if refused else "fits alone, not the merged core"
            row["features"] = [_brief(ma), _brief(mb)]
            out.append(row)
    return out


def _alone(m: Any) -> Any:
    from rasd.store import merge

    state = merge.State()
    state.add(m)
    return state.core()


def evaluate(store: Store, gold_path: str | Path, misses_of: str | None = None
             ) -> dict[str, Any]:
    """The scores; with `misses_of` (a split), its unmerged same-incident pairs and why."""
    incidents = load_gold(gold_path)
    mentions = [m for inc in incidents for m in inc.mentions]
    found = locate(store, mentions)
    out: dict[str, Any] = {
        "gold": {"incidents": len(incidents), "mentions": len(mentions),
                 "found": sum(v is not None for v in found.values())},
        "missing": sorted(f"{m.incident}: {m.record} {m.trigger}" for m in mentions
                          if found.get(m.key) is None)}
    for split in ("dev", "test", "all"):
        out[split] = pairwise(gold_pairs(incidents, split), found)
    out["incidents"] = incidents_score(incidents, found)
    out["corpus"] = corpus_figures(store)
    if misses_of:
        out["misses"] = misses(store, incidents, found, misses_of)
    return out


def format_report(r: dict[str, Any]) -> str:
    g = r["gold"]
    lines = [f"gold: {g['incidents']} incidents, {g['mentions']} mentions, "
             f"{g['found']} found as stored events"]
    for split in ("dev", "test", "all"):
        s = r[split]
        lines.append(f"pairs {split:4s}: {s['pairs']:5d} ({s['same']} same, {s['different']} "
                     f"different)  precision {s['precision']:.3f}  recall {s['recall']:.3f} "
                     f"(extracted pairs: {s['recall_extracted']:.3f})")
    i = r["incidents"]
    lines.append(f"incidents: {i['merged']}/{i['pairs']} same-incident report pairs merged "
                 f"({100 * i['merged_share']:.1f}%), {i['cross_incident_merges']} merged "
                 f"events across incidents")
    for mid, incs in i["across"].items():
        lines.append(f"  across: {mid} {' + '.join(incs)}")
    for mid, n in r["all"]["wrong_merges"].items():
        lines.append(f"  wrong pair merges: {mid} ({n})")
    c = r["corpus"]
    lines.append(f"corpus: {c['documents']} documents, {c['events']} events, "
                 f"{c['merged_events']} merged events, {c['multi_report']} told by more than "
                 f"one report; {c['far_apart']} ({100 * c['far_share']:.1f}%) with located "
                 f"reports > {FAR_KM} km apart, {c['across_countries']} across countries")
    for m in c["largest"]:
        lines.append(f"  largest: {m['id']} {m['type']} {m['date']}..{m['date_to']} "
                     f"{m['reports']} reports / {m['outlets']} outlets, {m['km']} km; places "
                     f"{'، '.join(m['places'])}; actors {'، '.join(m['actors'])}")
    if "misses" in r:
        reasons = Counter(x["reason"].split(":")[0] for x in r["misses"])
        lines.append(f"unmerged same-incident pairs ({len(r['misses'])}): " + ", ".join(
            f"{k} {n}" for k, n in reasons.most_common()))
        for x in r["misses"]:
            lines.append(f"  {x['incident']}: {x['a']} / {x['b']}: {x['reason']}")
            lines.extend(f"      {f}" for f in x.get("features", []))
    if r["missing"]:
        lines.append(f"not found as events ({len(r['missing'])}): " + "; ".join(r["missing"]))
    return "\n".join(lines)
