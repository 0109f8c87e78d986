"""Scoring rasd against gold files (the format of shared/gold/: surface strings, no offsets).

Matching rules (docs/evaluation.md documents them):
- Surface forms are compared as word tokens of `normalize` (diacritics, hamza, taa marbuta
  folded); two tokens are equal when they are equal or share a clitic-stripped stem of at
  least 3 letters (وروسيا = روسيا، لاتفاق = اتفاق). A predicted string matches a gold one
  when the tokens they share are at least half of the shorter one's (so containment
  matches: أبو بكر ~ الفاروق أبو بكر); among candidates the pairing with the higher token
  F1 wins, and pairs are one-to-one (greedy, best first).
- Entities: the gold lists each entity once (entries with one `name_en` and type are one
  entity with several names), so predicted mentions are first grouped
  (same link id, or same normalized text; a PER mention inside a longer PER name joins
  it) and a group matches a gold entity when one of its mentions matches and its type
  is the gold type (or one of `alt_types`).
- Claims match when cue, speaker and content all match.
- Events match when the type is the gold type or one of `alt_types`, the trigger matches
  the gold `trigger` or one of `alt_triggers`, and the predicted trigger lies inside the
  gold `sentence` fragment (when it is found).
- Event arguments of matched events: per role, predicted and gold strings are paired one
  to one under the span rule; `event_args` counts them (recall = the share of annotated
  actors, recipients and places found), and the per-role accuracies ask the whole list to
  match (every gold string paired, nothing extra).
- Optional gold items (`optional: true`) count as true positives when matched and cost
  nothing when missed. Unmatched predictions are false positives, except entities whose
  text is one of the gold's `also_ok` strings, cut or extended by a little (`tolerated`).
"""

from __future__ import annotations

import glob
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.pipeline import Pipeline, extract
from rasd.readers.record import BadInput, Record
from rasd.text.normalize import normalize, normalize_key, normalize_with_map
from rasd.text.segment import clitic_stems, tokenize

ROLES = ("actor", "recipient", "location")


# --- surface matching -----------------------------------------------------------


def words(s: str) -> list[str]:
    return [t.norm.lower() for t in tokenize(s) if t.is_word]


def _stems(w: str) -> set[str]:
    return {s for s, _, _ in clitic_stems(w, 3)}


def _same(a: str, b: str) -> bool:
    return a == b or bool(_stems(a) & _stems(b))


def overlap(a: list[str], b: list[str]) -> int:
    """Tokens of `a` that have an equal token in `b` (each used once)."""
    free = list(b)
    n = 0
    for w in a:
        for k, x in enumerate(free):
            if _same(w, x):
                n += 1
                del free[k]
                break
    return n


def span_score(pred: str, gold: str) -> float:
    """Token F1 when the shared tokens are ≥ half of the shorter string's, else 0."""
    a, b = words(pred), words(gold)
    if not a or not b:
        return 0.0
    o = overlap(a, b)
    if o * 2 < min(len(a), len(b)):
        return 0.0
    return 2 * o / (len(a) + len(b))


def tolerated(pred: str, ok: str) -> bool:
    """An `also_ok` string forgives a prediction that is it, or it cut or extended by a little:
    the shorter's words all lie in the longer, and they are at least half of the longer.
    (`span_score`'s half-overlap would forgive «قوات الاحتلال» for «إدارة سجون الاحتلال».)"""
    a, b = words(pred), words(ok)
    if not a or not b:
        return False
    o = overlap(a, b)
    return o == min(len(a), len(b)) and o * 2 >= max(len(a), len(b))


def pair_up(scores: list[list[float]]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (pred, gold, score) with score > 0, greedily by best score."""
    cands = [(s, i, j) for i, row in enumerate(scores) for j, s in enumerate(row) if s > 0]
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for s, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j, s))
    return out


# --- counts -----------------------------------------------------------------------


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, o: PRF) -> None:
        self.tp, self.fp, self.fn = self.tp + o.tp, self.fp + o.fp, self.fn + o.fn

    def as_dict(self) -> dict[str, float | int | None]:
        """Counts and rates; the rates are None when there was nothing to find or predict."""
        empty = not (self.tp or self.fp or self.fn)
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "p": None if empty else round(self.p, 4),
                "r": None if empty else round(self.r, 4),
                "f1": None if empty else round(self.f1, 4)}


@dataclass
class Acc:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, o: Acc) -> None:
        self.correct, self.total = self.correct + o.correct, self.total + o.total

    def hit(self, ok: bool) -> None:
        self.total += 1
        self.correct += bool(ok)

    def as_dict(self) -> dict[str, Any]:
        v = self.value
        return {"correct": self.correct, "total": self.total,
                "value": None if v is None else round(v, 4)}


PRF_KEYS = ("entities", "claims", "events", "event_args", "actor_args", "recipient_args",
            "location_args", "boilerplate")
ACC_KEYS = ("actor", "recipient", "location", "arguments", "status", "magnitudes",
            "links", "quantities", "times", "claim_via", "speaker_kind", "content_f1")


@dataclass
class Scores:
    prf: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in PRF_KEYS})
    acc: dict[str, Acc] = field(default_factory=lambda: {k: Acc() for k in ACC_KEYS})
    content_f1_sum: float = 0.0
    errors: list[str] = field(default_factory=list)  # what went wrong, for `--errors`

    def add(self, o: Scores) -> None:
        for k in PRF_KEYS:
            self.prf[k].add(o.prf[k])
        for k in ACC_KEYS:
            self.acc[k].add(o.acc[k])
        self.content_f1_sum += o.content_f1_sum

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {k: self.prf[k].as_dict() for k in PRF_KEYS}
        d["accuracy"] = {k: self.acc[k].as_dict() for k in ACC_KEYS if k != "content_f1"}
        n = self.acc["content_f1"].total
        d["accuracy"]["content_f1"] = {"mean": round(self.content_f1_sum / n, 4) if n else None,
                                       "total": n}
        return d


# --- gold files -----------------------------------------------------------------


class GoldError(ValueError):
    pass


def resolve_raw(gold_path: Path, raw: str) -> Path:
    """The gold's article: `raw` relative to the gold file's folder or one of its parents."""
    for base in [gold_path.parent, *gold_path.parent.parents]:
        p = base / raw
        if p.is_file():
            return p
    raise GoldError(f"{gold_path}: raw article {raw!r} not found beside it or in its parents")


def load_gold(path: str | Path) -> tuple[dict[str, Any], str]:
    """The gold annotation and its raw article text."""
    p = Path(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{p}: not a readable gold JSON file ({exc.__class__.__name__})") \
            from None
    if not isinstance(gold, dict) or not isinstance(gold.get("raw"), str):
        raise GoldError(f"{p}: gold file has no 'raw' article path")
    return gold, resolve_raw(p, gold["raw"]).read_text(encoding="utf-8")


def run_gold(gold: dict[str, Any], raw: str, origin: str,
             pipeline: Pipeline | None = None) -> Document:
    rec = Record(origin=origin, text=raw)
    try:
        return extract(rec, gold.get("published"), gold.get("source"), pipeline)
    except BadInput as exc:
        raise GoldError(str(exc)) from None


# --- scoring ------------------------------------------------------------------------


def score(doc: Document, gold: dict[str, Any]) -> Scores:
    sc = Scores()
    _entities(doc, gold.get("entities", []), sc, _strings(gold.get("also_ok", [])))
    _claims(doc, gold.get("claims", []), sc)
    _events(doc, gold.get("events", []), sc)
    _quantities(doc, gold.get("quantities", []), sc)
    _times(doc, gold.get("times", []), sc)
    _boilerplate(doc, gold.get("boilerplate", []), sc)
    return sc


def _strings(items: list[Any]) -> list[str]:
    """`also_ok` entries: strings, or objects with a `text`."""
    return [x if isinstance(x, str) else x.get("text", "") for x in items
            if isinstance(x, str | dict)]


def _count(prf: PRF, n_pred: int, golds: list[dict[str, Any]],
           pairs: list[tuple[int, int, float]]) -> None:
    matched = {j for _, j, _ in pairs}
    prf.tp += len(pairs)
    prf.fp += n_pred - len(pairs)
    prf.fn += sum(1 for j, g in enumerate(golds) if j not in matched and not g.get("optional"))


def _types(g: dict[str, Any]) -> set[str]:
    return {g.get("type"), *g.get("alt_types", [])}


def gold_referents(golds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold entities naming one referent (same `name_en` and type) as one entity.

    Older gold files list each name of a party on its own (الحوثيين, ميليشيات الحوثي);
    predictions are grouped by link, so such a pair would count one miss for a found entity.
    Each result keeps all its names in `texts`; it is optional only when all of them are.
    """
    out: list[dict[str, Any]] = []
    by_key: dict[tuple[str, Any], dict[str, Any]] = {}
    for g in golds:
        name = g.get("name_en")
        key = (_fold(name), g.get("type")) if name else None
        host = by_key.get(key) if key else None
        if host is None:
            host = {**g, "texts": [g["text"]]}
            out.append(host)
            if key:
                by_key[key] = host
        else:
            host["texts"].append(g["text"])
            host["alt_types"] = sorted({*host.get("alt_types", []), *g.get("alt_types", [])})
            host["optional"] = bool(host.get("optional")) and bool(g.get("optional"))
    return out


def entity_groups(doc: Document) -> list[dict[str, Any]]:
    """The predicted entities as the score counts them: one group per link (or per
    normalized text when unlinked) and type, with its texts; a PER name inside a longer
    unlinked PER name joins it."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for e in doc.entities:
        text = doc.span_text(e)
        key = (e.link.id if e.link else normalize_key(text), e.type)
        g = groups.setdefault(key, {"type": e.type, "texts": set(), "link": e.link})
        g["texts"].add(text)
    # a PER mention inside a longer PER name is the same person (لافروف ⊂ سيرجي لافروف)
    items = list(groups.values())
    merged: list[dict[str, Any]] = []
    for g in sorted(items, key=lambda g: -max(len(words(t)) for t in g["texts"])):
        host = None
        if g["type"] == "PER" and g["link"] is None:
            mine = {w for t in g["texts"] for w in words(t)}
            host = next((h for h in merged if h["type"] == "PER" and mine <= {
                w for t in h["texts"] for w in words(t)}), None)
        if host is not None:
            host["texts"] |= g["texts"]
        else:
            merged.append(g)
    return merged


def entity_pairs(doc: Document, golds: list[dict[str, Any]]) -> tuple[
        list[dict[str, Any]], list[dict[str, Any]], list[tuple[int, int, float]]]:
    """The predicted groups, the gold referents and the pairs (group, gold, score) that
    the entity and link scores count."""
    merged = entity_groups(doc)
    golds = gold_referents(golds)
    scores = [[max(span_score(t, gt) for t in g["texts"] for gt in gd["texts"])
               if g["type"] in _types(gd) else 0.0 for gd in golds] for g in merged]
    return merged, golds, pair_up(scores)


def _entities(doc: Document, golds: list[dict[str, Any]], sc: Scores,
              also_ok: list[str] | None = None) -> None:
    merged, golds, pairs = entity_pairs(doc, golds)
    paired = {i for i, _, _ in pairs}
    forgiven = sum(1 for i, g in enumerate(merged) if i not in paired and any(
        tolerated(t, ok) for t in g["texts"] for ok in also_ok or ()))
    _count(sc.prf["entities"], len(merged) - forgiven, golds, pairs)
    gold_hit = {j for _, j, _ in pairs}
    sc.errors += [f"entity missed: {g['text']} {g.get('type')}" for j, g in enumerate(golds)
                  if j not in gold_hit and not g.get("optional")]
    sc.errors += [f"entity spurious: {' / '.join(sorted(g['texts']))} {g['type']}"
                  for i, g in enumerate(merged) if i not in paired and not any(
                      tolerated(t, ok) for t in g["texts"] for ok in also_ok or ())]
    for i, j, _ in pairs:
        name = golds[j].get("name_en")
        if name:
            sc.acc["links"].hit(_link_ok(merged[i]["link"], name))


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold()
                    .replace("-", " ").replace("'", "").replace("’", "").split())


def _link_ok(link: Any, name_en: str) -> bool:
    if link is None:
        return False
    names = {link.name_en or ""}
    try:
        from rasd.entities.kb import english_names_agree, get_kb
        entry = get_kb().get(link.id)
        if entry is not None:
            names |= set(entry.english_names())
    except Exception:  # a KB that fails to load only loses the aliases
        return _fold(name_en) in {_fold(n) for n in names if n}
    # another transliteration of the same name (Muqdadiya, al-Miqdadiyah) is the same name
    return _fold(name_en) in {_fold(n) for n in names if n} or any(
        english_names_agree(name_en, n, link.kind == "person") for n in names if n)


def _claims(doc: Document, golds: list[dict[str, Any]], sc: Scores) -> None:
    preds = doc.claims
    t = doc.span_text
    table = []
    for c in preds:
        row = []
        for g in golds:
            parts = [span_score(t(c.cue), g.get("cue", "")),
                     span_score(t(c.speaker), g.get("speaker", "")),
                     span_score(t(c.content), g.get("content", ""))]
            row.append(sum(parts) / 3 if all(parts) else 0.0)
        table.append(row)
    pairs = pair_up(table)
    _count(sc.prf["claims"], len(preds), golds, pairs)
    hit_p, hit_g = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    sc.errors += [f"claim missed: {g.get('speaker')} | {g.get('cue')} | "
                  f"{_short(g.get('content', ''))}" for j, g in enumerate(golds)
                  if j not in hit_g and not g.get("optional")]
    sc.errors += [f"claim spurious: {t(c.speaker)} | {t(c.cue)} | {_short(t(c.content))}"
                  for i, c in enumerate(preds) if i not in hit_p]
    for i, j, _ in pairs:
        c, g = preds[i], golds[j]
        a, b = words(t(c.content)), words(g.get("content", ""))
        sc.content_f1_sum += 2 * overlap(a, b) / (len(a) + len(b))
        sc.acc["content_f1"].total += 1
        if g.get("speaker_kind"):
            sc.acc["speaker_kind"].hit(c.speaker.kind == g["speaker_kind"])
        gv = g.get("via")
        if gv or c.via:
            sc.acc["claim_via"].hit(bool(gv and c.via and span_score(t(c.via), gv)))


def _fragment_spans(text: str, fragment: str) -> list[tuple[int, int]]:
    norm, index = normalize_with_map(text)
    parts = normalize(fragment).split()
    if not parts:
        return []
    pat = re.compile(r"\s+".join(re.escape(p) for p in parts))
    return [(index[m.start()], index[m.end() - 1] + 1) for m in pat.finditer(norm)]


def event_pairs(doc: Document, golds: list[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """(predicted, gold, score) event pairs: same type, the trigger inside the gold sentence
    fragment, one to one by trigger score (the benches list errors on the same pairs)."""
    t = doc.span_text
    frags = [_fragment_spans(doc.text, g.get("sentence", "")) for g in golds]
    table = []
    for v in doc.events:
        row = []
        for g, spans in zip(golds, frags, strict=True):
            ok = v.type in _types(g) and (not spans or any(
                v.trigger.start < e and s < v.trigger.end for s, e in spans))
            row.append(max(span_score(t(v.trigger), x) for x in _triggers(g)) if ok else 0.0)
        table.append(row)
    return pair_up(table)


def _events(doc: Document, golds: list[dict[str, Any]], sc: Scores) -> None:
    preds = doc.events
    t = doc.span_text
    pairs = event_pairs(doc, golds)
    _count(sc.prf["events"], len(preds), golds, pairs)
    hit_p, hit_g = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    sc.errors += [f"event missed: {g.get('type')} {g.get('trigger')} "
                  f"«{_short(g.get('sentence', ''))}»" for j, g in enumerate(golds)
                  if j not in hit_g and not g.get("optional")]
    sc.errors += [f"event spurious: {v.type} {t(v.trigger)} «{_context(doc, v.trigger)}»"
                  for i, v in enumerate(preds) if i not in hit_p]
    for i, j, _ in pairs:
        v, g = preds[i], golds[j]
        for role in ROLES:
            gold_args = g.get(role, [])
            pred_args = [t(r) for r in getattr(v, role)]
            if gold_args or pred_args:
                ok = _same_list(pred_args, gold_args)
                if not ok:
                    sc.errors.append(f"event {v.type} {t(v.trigger)}: {role} {pred_args} "
                                     f"(gold {gold_args})")
                sc.acc[role].hit(ok)
                sc.acc["arguments"].hit(ok)
                found = len(pair_up([[span_score(p, x) for x in gold_args] for p in pred_args]))
                for key in ("event_args", f"{role}_args"):
                    prf = sc.prf[key]
                    prf.tp, prf.fp = prf.tp + found, prf.fp + len(pred_args) - found
                    prf.fn += len(gold_args) - found
        if g.get("status"):
            sc.acc["status"].hit(v.status == g["status"])
        for k in ("dead", "injured", "size"):
            if g.get(k) is not None:
                sc.acc["magnitudes"].hit(getattr(v, k) == g[k])
                if getattr(v, k) != g[k]:
                    sc.errors.append(f"event {v.type} {t(v.trigger)}: {k} {getattr(v, k)} "
                                     f"(gold {g[k]}) «{_context(doc, v.trigger)}»")


def _short(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"


def _context(doc: Document, span: Any, n: int = 40) -> str:
    return " ".join(doc.text[max(0, span.start - n):span.end + n].split())


def _triggers(g: dict[str, Any]) -> list[str]:
    return [g.get("trigger", ""), *g.get("alt_triggers", [])]


def _same_list(pred: list[str], gold: list[str]) -> bool:
    pairs = pair_up([[span_score(p, g) for g in gold] for p in pred])
    return len(pairs) == len(pred) == len(gold)


def _aligned(doc: Document, preds: list[Any], golds: list[dict[str, Any]]) -> list[Any | None]:
    """For each gold item, the predicted span paired with it one-to-one by surface, or None."""
    pairs = pair_up([[span_score(doc.span_text(p), g.get("text", "")) for g in golds]
                     for p in preds])
    by_gold = {j: preds[i] for i, j, _ in pairs}
    return [by_gold.get(j) for j in range(len(golds))]


def _quantities(doc: Document, golds: list[dict[str, Any]], sc: Scores) -> None:
    for q, g in zip(_aligned(doc, doc.quantities, golds), golds, strict=True):
        sc.acc["quantities"].hit(q is not None and float(q.value) == float(g.get("value", -1)))


def _times(doc: Document, golds: list[dict[str, Any]], sc: Scores) -> None:
    for x, g in zip(_aligned(doc, doc.times, golds), golds, strict=True):
        sc.acc["times"].hit(x is not None and x.date == g.get("date"))


def _boilerplate(doc: Document, golds: list[str], sc: Scores) -> None:
    removed = [normalize_key(line) for block in doc.removed for line in block.splitlines()
               if line.strip()]
    gold = [normalize_key(g) for g in golds if g.strip()]
    pairs = pair_up([[1.0 if r == g or (g and g in r) or (r and r in g) else 0.0
                      for g in gold] for r in removed])
    prf = sc.prf["boilerplate"]
    prf.tp += len(pairs)
    prf.fp += len(removed) - len(pairs)
    prf.fn += len(gold) - len(pairs)


# --- many files ----------------------------------------------------------------------


def gold_paths(paths: list[str]) -> list[str]:
    """Gold files named directly, and the `*.json` files of named folders (not their
    subfolders: `tests/gold/` leaves `tests/gold/region/` and `tests/gold/heldout/` alone).
    A quoted pattern (`'tests/gold/fresh/*.json'`, as a shell without globbing passes it)
    stands for the files it matches."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if not path.exists() and glob.has_magic(p):
            matched = sorted(x for x in glob.glob(p) if Path(x).is_file())
            if not matched:
                raise GoldError(f"{p}: no file matches this pattern")
            out += matched
        elif path.is_dir():
            found = sorted(str(x) for x in path.glob("*.json") if x.is_file())
            if not found:
                raise GoldError(f"{p}: no gold .json files in this folder")
            out += found
        else:
            out.append(p)
    return out


def evaluate_files(paths: list[str], pipeline: Pipeline | None = None
                   ) -> tuple[list[tuple[str, Scores]], Scores]:
    """Per-file scores and their micro-average (counts summed over files); folders stand for
    their gold files (see `gold_paths`)."""
    pipeline = pipeline or Pipeline()
    per: list[tuple[str, Scores]] = []
    total = Scores()
    for path in gold_paths(paths):
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, str(path), pipeline)
        s = score(doc, gold)
        per.append((str(path), s))
        total.add(s)
    return per, total


def report(per: list[tuple[str, Scores]], total: Scores) -> dict[str, Any]:
    return {"files": [{"path": p, **s.as_dict()} for p, s in per],
            "micro": total.as_dict()}


SUMMARY = (("entities", "entities"), ("claims", "claims"), ("events", "events"),
           ("args P", "event_args"), ("args found", "event_args"))


def format_summary(per: list[tuple[str, Scores]], total: Scores) -> str:
    """One line per article and the micro-average: F1 of entities, claims and events, and the
    precision and recall ("found") of the arguments of matched events."""
    def cells(s: Scores) -> list[str]:
        d = s.as_dict()
        out = []
        for label, key in SUMMARY:
            x = d[key]["p" if label == "args P" else "r" if label == "args found" else "f1"]
            out.append("-" if x is None else f"{x:.3f}")
        return out
    names = [Path(p).name.removesuffix(".json") for p, _ in per]
    width = max([len(n) for n in names] + [len("micro-average")])
    head = "  ".join(f"{label:>10}" for label, _ in SUMMARY)
    lines = [f"{'article':<{width}}  {head}"]
    for name, (_, s) in zip(names, per, strict=True):
        lines.append(f"{name:<{width}}  " + "  ".join(f"{c:>10}" for c in cells(s)))
    if len(per) > 1:
        lines.append(f"{'micro-average':<{width}}  "
                     + "  ".join(f"{c:>10}" for c in cells(total)))
    return "\n".join(lines)


def format_table(per: list[tuple[str, Scores]], total: Scores, detail: bool = True) -> str:
    """Every figure: per article when `detail`, then the micro-average (for several)."""
    rows = [*per, ("micro-average", total)] if len(per) > 1 else per
    if not detail:
        rows = rows[-1:]
    lines = []
    for name, s in rows:
        d = s.as_dict()
        lines.append(name)
        for k in PRF_KEYS:
            x = d[k]
            p, r, f = ("-" if x[n] is None else f"{x[n]:.3f}" for n in ("p", "r", "f1"))
            lines.append(f"  {k:<14} P {p}  R {r}  F1 {f}"
                         f"   (tp {x['tp']}, fp {x['fp']}, fn {x['fn']})")
        for k, x in d["accuracy"].items():
            if k == "content_f1":
                val = "-" if x["mean"] is None else f"{x['mean']:.3f}"
                lines.append(f"  {'content F1':<14} {val}  (mean token F1 of matched claims'"
                             f" content, n={x['total']})")
                continue
            val = "-" if x["value"] is None else f"{x['value']:.3f}"
            lines.append(f"  {k:<14} {val}  ({x['correct']}/{x['total']})")
    return "\n".join(lines)


__all__ = ["GoldError", "PRF", "Acc", "Scores", "evaluate_files", "format_summary",
           "format_table", "gold_paths", "load_gold",
           "report", "resolve_raw", "run_gold", "score", "span_score", "asdict"]
