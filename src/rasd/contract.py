"""The output contract (shared spec document.md) as executable checks.

`check(doc)` lists every violation in one document dict: what the shared
`tools/check-document.py` checks (schema, lists present, span offsets and
text, entity types, PLOVER types, statuses, claim and entity references,
sentence indices) and more: the id is the content hash of `text`, ids are
unique, sentences are ordered, non-overlapping and stripped, meta is
complete, dates are YYYY-MM-DD, categorical fields take their allowed values.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Any

from rasd.document import ENTITY_TYPES, PLOVER_TYPES, ROLE_BASES, SCHEMA, STATUSES, content_id

LISTS = ("removed", "sentences", "entities", "quantities", "times", "claims", "events")
META = ("source", "url", "title", "published", "language")
SPEAKER_KINDS = ("named", "institution", "anonymous", "unknown")
ROLES = ("actor", "recipient", "location")


def _spans(doc: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(where, span) for every text span of the document."""
    for key in ("entities", "quantities", "times"):
        for i, s in enumerate(_list(doc, key)):
            yield f"{key}[{i}]", s
    for i, c in enumerate(_list(doc, "claims")):
        if not isinstance(c, dict):
            continue
        for part in ("speaker", "cue", "content"):
            yield f"claims[{i}].{part}", c.get(part)
        if c.get("via") is not None:
            yield f"claims[{i}].via", c["via"]
    for i, v in enumerate(_list(doc, "events")):
        if not isinstance(v, dict):
            continue
        yield f"events[{i}].trigger", v.get("trigger")
        for role in ROLES:
            for j, a in enumerate(v.get(role) or []):
                yield f"events[{i}].{role}[{j}]", a
        t = v.get("time")
        if isinstance(t, dict) and "start" in t:  # the spec's {text, date}, plus our offsets
            yield f"events[{i}].time", t


def _list(doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key)
    return value if isinstance(value, list) else []


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_date(x: object) -> bool:
    if not isinstance(x, str) or len(x) != 10:
        return False
    try:
        dt.date.fromisoformat(x)
    except ValueError:
        return False
    return True


def check(doc: object) -> list[str]:
    """Every way `doc` (a parsed JSON document) breaks the contract; [] when it holds."""
    if not isinstance(doc, dict):
        return ["document is not a JSON object"]
    errs: list[str] = []
    if doc.get("schema") != SCHEMA:
        errs.append(f"schema is {doc.get('schema')!r}, not {SCHEMA!r}")
    text = doc.get("text")
    if not isinstance(text, str):
        return errs + ["text missing or not a string"]
    if doc.get("id") != content_id(text):
        errs.append(f"id {doc.get('id')!r} is not the content hash of text ({content_id(text)})")
    for key in LISTS:
        if not isinstance(doc.get(key), list):
            errs.append(f"{key} is not a list")
    errs += _check_meta(doc.get("meta"))
    if not all(isinstance(r, str) for r in _list(doc, "removed")):
        errs.append("removed holds something that is not a string")
    errs += _check_sentences(_list(doc, "sentences"), text)
    for where, s in _spans(doc):
        errs += _check_span(where, s, text)
    errs += _check_layers(doc)
    return errs


def _check_meta(meta: object) -> list[str]:
    if not isinstance(meta, dict):
        return ["meta is not an object"]
    errs = [f"meta.{k} missing" for k in META if k not in meta]
    for k in ("source", "url", "title", "record_id"):
        if meta.get(k) is not None and not isinstance(meta[k], str):
            errs.append(f"meta.{k} is not a string or null")
    if meta.get("published") is not None and not _is_date(meta["published"]):
        errs.append(f"meta.published {meta['published']!r} is not YYYY-MM-DD")
    if not isinstance(meta.get("language"), str) or not meta.get("language"):
        errs.append("meta.language is not a non-empty string")
    return errs


def _check_sentences(sentences: list[Any], text: str) -> list[str]:
    errs: list[str] = []
    prev_end = 0
    for i, s in enumerate(sentences):
        st, en = (s.get("start"), s.get("end")) if isinstance(s, dict) else (None, None)
        if not (_is_int(st) and _is_int(en) and 0 <= st < en <= len(text)):
            errs.append(f"sentences[{i}]: bad offsets {st}..{en}")
            continue
        if st < prev_end:
            errs.append(f"sentences[{i}]: starts at {st}, before the previous end {prev_end}")
        if text[st].isspace() or text[en - 1].isspace():
            errs.append(f"sentences[{i}]: not stripped of surrounding whitespace")
        prev_end = max(prev_end, en)
    return errs


def _check_span(where: str, s: object, text: str) -> list[str]:
    if not isinstance(s, dict):
        return [f"{where}: not a span object"]
    st, en, t = s.get("start"), s.get("end"), s.get("text")
    if not (_is_int(st) and _is_int(en) and 0 <= st <= en <= len(text)):
        return [f"{where}: bad offsets {st}..{en}"]
    if text[st:en] != t:
        return [f"{where}: text[{st}:{en}]={text[st:en]!r} but span says {t!r}"]
    return []


def _dupes(items: list[Any], what: str) -> list[str]:
    ids = Counter(x.get("id") for x in items if isinstance(x, dict))
    return [f"{what} id {k!r} used {n} times" for k, n in ids.items() if n > 1]


def _check_layers(doc: dict[str, Any]) -> list[str]:
    errs: list[str] = []
    entities, claims, events = _list(doc, "entities"), _list(doc, "claims"), _list(doc, "events")
    n_sent = len(_list(doc, "sentences"))
    errs += _dupes(entities, "entity") + _dupes(claims, "claim") + _dupes(events, "event")
    entity_ids = {e.get("id") for e in entities if isinstance(e, dict)}
    claim_ids = {c.get("id") for c in claims if isinstance(c, dict)}
    for i, e in enumerate(entities):
        if not isinstance(e, dict):
            continue
        if not isinstance(e.get("id"), str):
            errs.append(f"entities[{i}]: id is not a string")
        if e.get("type") not in ENTITY_TYPES:
            errs.append(f"entities[{i}]: type {e.get('type')!r}")
        link = e.get("link")
        if link is not None and not (isinstance(link, dict) and isinstance(link.get("id"), str)
                                     and isinstance(link.get("name_ar"), str)):
            errs.append(f"entities[{i}]: link is not an object with id and name_ar")
    for i, q in enumerate(_list(doc, "quantities")):
        if isinstance(q, dict) and (not isinstance(q.get("value"), int | float)
                                    or isinstance(q.get("value"), bool)):
            errs.append(f"quantities[{i}]: value {q.get('value')!r} is not a number")
    for i, t in enumerate(_list(doc, "times")):
        if isinstance(t, dict) and t.get("date") is not None and not _is_date(t["date"]):
            errs.append(f"times[{i}]: date {t['date']!r} is not YYYY-MM-DD")
    for i, c in enumerate(claims):
        if not isinstance(c, dict):
            errs.append(f"claims[{i}]: not an object")
            continue
        if not (_is_int(c.get("sentence")) and 0 <= c["sentence"] < n_sent):
            errs.append(f"claims[{i}]: sentence {c.get('sentence')!r}")
        sp = c.get("speaker") if isinstance(c.get("speaker"), dict) else {}
        if sp.get("entity") is not None and sp["entity"] not in entity_ids:
            errs.append(f"claims[{i}].speaker: entity {sp['entity']!r} does not exist")
        if sp.get("kind") not in SPEAKER_KINDS:
            errs.append(f"claims[{i}].speaker: kind {sp.get('kind')!r}")
        if not isinstance(c.get("direct"), bool):
            errs.append(f"claims[{i}]: direct is not a boolean")
    for i, v in enumerate(events):
        if not isinstance(v, dict):
            errs.append(f"events[{i}]: not an object")
            continue
        errs += _check_event(i, v, n_sent, entity_ids, claim_ids)
    return errs


def _check_event(i: int, v: dict[str, Any], n_sent: int, entity_ids: set[Any],
                 claim_ids: set[Any]) -> list[str]:
    errs: list[str] = []
    if v.get("type") not in PLOVER_TYPES:
        errs.append(f"events[{i}]: type {v.get('type')!r} is not a PLOVER category")
    if v.get("status") not in STATUSES:
        errs.append(f"events[{i}]: status {v.get('status')!r}")
    if v.get("claim") is not None and v["claim"] not in claim_ids:
        errs.append(f"events[{i}]: claim {v['claim']!r} does not exist")
    if not (_is_int(v.get("sentence")) and 0 <= v["sentence"] < n_sent):
        errs.append(f"events[{i}]: sentence {v.get('sentence')!r}")
    if not isinstance(v.get("mode"), list):
        errs.append(f"events[{i}]: mode is not a list")
    for role in ROLES:
        if not isinstance(v.get(role), list):
            errs.append(f"events[{i}]: {role} is not a list")
            continue
        for j, a in enumerate(v[role]):
            if isinstance(a, dict) and a.get("entity") is not None \
                    and a["entity"] not in entity_ids:
                errs.append(f"events[{i}].{role}[{j}]: entity {a['entity']!r} does not exist")
            if isinstance(a, dict) and "basis" in a and a["basis"] not in ROLE_BASES:
                errs.append(f"events[{i}].{role}[{j}]: basis {a['basis']!r}")
    for k in ("dead", "injured", "size"):
        if v.get(k) is not None and not (_is_int(v[k]) and v[k] >= 0):
            errs.append(f"events[{i}]: {k} {v[k]!r} is not a count")
    t = v.get("time")
    if t is not None and not isinstance(t, dict):
        errs.append(f"events[{i}].time is not an object or null")
    elif isinstance(t, dict) and t.get("date") is not None and not _is_date(t["date"]):
        errs.append(f"events[{i}].time: date {t['date']!r} is not YYYY-MM-DD")
    return errs
