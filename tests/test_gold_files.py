"""Format checks for the hand-annotated gold files under tests/gold/ (and the shared seed).

Every annotated string must be a verbatim substring of its raw article, every category
must be one the contract allows, so that `rasd eval` can trust what it reads.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).parent / "gold"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev"

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
# Modes of plover.md, per category (REJECT shares REQUEST's).
_REQUEST_MODES = {"assist", "change", "yield", "meet"}
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": _REQUEST_MODES,
    "REJECT": _REQUEST_MODES,
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
ALL_MODES = set().union(*MODES.values())
ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
STATUSES = {"asserted", "future", "hypothetical", "negated", "historical"}
SPEAKER_KINDS = {"named", "institution", "anonymous", "unknown"}

TOP_KEYS = {"doc", "raw", "published", "language", "boilerplate", "entities", "claims",
            "events", "quantities", "times"}
ENTITY_KEYS = {"text", "type", "name_en"}
CLAIM_KEYS = {"speaker", "cue", "content", "speaker_kind", "direct", "via", "optional"}
EVENT_KEYS = {"type", "trigger", "sentence", "actor", "recipient", "location", "status", "mode",
              "alt_types", "alt_triggers", "optional", "time", "dead", "injured", "size"}
QUANTITY_KEYS = {"text", "value", "unit", "ordinal"}
TIME_KEYS = {"text", "date"}


def _own_files() -> list[Path]:
    return sorted(GOLD_DIR.rglob("*.json"))  # region/ and heldout/ included


def _all_files() -> list[Path]:
    seed = sorted(SEED.glob("*.json")) if SEED.is_dir() else []
    return _own_files() + seed


def _raw_path(gold: Path, data: dict) -> Path:
    # Our files name the raw text relative to themselves; the shared seed names it
    # relative to the shared folder (two levels up from gold/dev/).
    own = gold.parent / data["raw"]
    return own if own.exists() else gold.parents[2] / data["raw"]


def _load(gold: Path) -> tuple[dict, str]:
    data = json.loads(gold.read_text(encoding="utf-8"))
    return data, _raw_path(gold, data).read_text(encoding="utf-8")


def _is_date(value: object) -> bool:
    if value is None:
        return True
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return len(str(value)) == 10


def _problems(gold: Path) -> list[str]:
    """Every format problem of one gold file, as readable lines (empty when valid)."""
    data, raw = _load(gold)
    out: list[str] = []

    def verbatim(value: object, where: str) -> None:
        if not isinstance(value, str) or not value.strip():
            out.append(f"{where}: not a non-empty string: {value!r}")
        elif value not in raw:
            out.append(f"{where}: not in the raw text: {value!r}")

    missing = TOP_KEYS - data.keys()
    if missing:
        return [f"missing keys {sorted(missing)}"]
    if not _is_date(data["published"]):
        out.append(f"published is not YYYY-MM-DD: {data['published']!r}")
    if data["language"] != "ar":
        out.append(f"language {data['language']!r}")
    lines = raw.split("\n")
    for line in data["boilerplate"]:
        if line not in lines:
            out.append(f"boilerplate is not a whole line of the raw text: {line!r}")

    seen: set[str] = set()
    for i, ent in enumerate(data["entities"]):
        where = f"entities[{i}]"
        if set(ent) - ENTITY_KEYS or not {"text", "type"} <= set(ent):
            out.append(f"{where}: keys {sorted(ent)}")
            continue
        verbatim(ent["text"], where)
        if ent["type"] not in ENTITY_TYPES:
            out.append(f"{where}: type {ent['type']!r}")
        if ent["text"] in seen:
            out.append(f"{where}: listed twice: {ent['text']!r}")
        seen.add(ent["text"])
        if ent.get("name_en") is not None and not isinstance(ent["name_en"], str):
            out.append(f"{where}: name_en {ent['name_en']!r}")

    for i, claim in enumerate(data["claims"]):
        where = f"claims[{i}]"
        if set(claim) - CLAIM_KEYS or not CLAIM_KEYS - {"via", "optional"} <= set(claim):
            out.append(f"{where}: keys {sorted(claim)}")
            continue
        for key in ("speaker", "cue", "content"):
            verbatim(claim[key], f"{where}.{key}")
        if claim.get("via") is not None:
            verbatim(claim["via"], f"{where}.via")
        if claim["speaker_kind"] not in SPEAKER_KINDS:
            out.append(f"{where}: speaker_kind {claim['speaker_kind']!r}")
        if not isinstance(claim["direct"], bool) or not isinstance(
            claim.get("optional", False), bool
        ):
            out.append(f"{where}: direct/optional must be booleans")

    time_texts = {t["text"] for t in data["times"] if isinstance(t, dict) and "text" in t}
    for i, ev in enumerate(data["events"]):
        where = f"events[{i}]"
        required = {"type", "trigger", "sentence", "actor", "recipient", "location", "status"}
        if set(ev) - EVENT_KEYS or not required <= set(ev):
            out.append(f"{where}: keys {sorted(ev)}")
            continue
        verbatim(ev["sentence"], f"{where}.sentence")
        if ev["trigger"] not in ev["sentence"]:
            out.append(f"{where}: trigger {ev['trigger']!r} not inside its sentence")
        alt_triggers = ev.get("alt_triggers", [])
        if not isinstance(alt_triggers, list):
            out.append(f"{where}.alt_triggers: not a list")
            alt_triggers = []
        for alt in alt_triggers:  # annotation.md: other defensible triggers, in the sentence
            if not isinstance(alt, str) or alt not in ev["sentence"]:
                out.append(f"{where}: alt trigger {alt!r} not inside its sentence")
        if ev["type"] not in PLOVER:
            out.append(f"{where}: type {ev['type']!r}")
        for alt in ev.get("alt_types", []):
            if alt not in PLOVER:
                out.append(f"{where}: alt type {alt!r}")
        if ev["status"] not in STATUSES:
            out.append(f"{where}: status {ev['status']!r}")
        for mode in ev.get("mode", []):
            allowed = set().union(
                *(MODES.get(t, set()) for t in [ev["type"], *ev.get("alt_types", [])])
            )
            if mode not in allowed:
                out.append(f"{where}: mode {mode!r} is not one of {ev['type']}'s")
        for role in ("actor", "recipient", "location"):
            if not isinstance(ev[role], list):
                out.append(f"{where}.{role}: not a list")
                continue
            for j, arg in enumerate(ev[role]):
                verbatim(arg, f"{where}.{role}[{j}]")
        if ev.get("time") is not None:
            verbatim(ev["time"], f"{where}.time")
            if ev["time"] not in time_texts:
                out.append(f"{where}: time {ev['time']!r} is not among the times")
        for key in ("dead", "injured", "size"):
            value = ev.get(key)
            if value is not None and (not isinstance(value, int) or value < 0):
                out.append(f"{where}.{key}: {value!r}")
        if not isinstance(ev.get("optional", False), bool):
            out.append(f"{where}: optional must be a boolean")

    for i, qty in enumerate(data["quantities"]):
        where = f"quantities[{i}]"
        if set(qty) - QUANTITY_KEYS or not {"text", "value"} <= set(qty):
            out.append(f"{where}: keys {sorted(qty)}")
            continue
        verbatim(qty["text"], where)
        if isinstance(qty["value"], bool) or not isinstance(qty["value"], int | float):
            out.append(f"{where}: value {qty['value']!r}")
        if qty.get("unit") is not None and not isinstance(qty["unit"], str):
            out.append(f"{where}: unit {qty['unit']!r}")

    for i, tim in enumerate(data["times"]):
        where = f"times[{i}]"
        if set(tim) != TIME_KEYS:
            out.append(f"{where}: keys {sorted(tim)}")
            continue
        verbatim(tim["text"], where)
        if not _is_date(tim["date"]):
            out.append(f"{where}: date {tim['date']!r}")
    return out


@pytest.mark.parametrize("gold", _all_files(), ids=lambda p: p.stem)
def test_gold_file_is_valid(gold: Path) -> None:
    problems = _problems(gold)
    assert not problems, "\n".join(problems)


def test_enough_gold_files_with_distinct_outlets() -> None:
    files = _own_files()
    assert len(files) >= 10
    datas = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    assert len({d["doc"] for d in datas}) == len(datas)
    assert all(d["doc"] == p.stem for d, p in zip(datas, files, strict=True))
    assert len({d.get("source") for d in datas}) >= 6
    # A set worth scoring: claims and events in most articles.
    assert sum(bool(d["claims"]) for d in datas) >= len(datas) * 2 // 3
    assert all(d["events"] for d in datas)


def test_validator_catches_a_string_not_in_the_text(tmp_path: Path) -> None:
    gold = _own_files()[0]
    data, raw = _load(gold)
    (tmp_path / data["raw"]).write_text(raw, encoding="utf-8")
    data["entities"].append({"text": "كلمة غير موجودة في النص", "type": "LOC", "name_en": None})
    data["events"][0]["type"] = "ATTACK"
    sentence = data["events"][0]["sentence"]
    data["events"][0]["alt_triggers"] = [sentence.split()[0], "كلمة ليست في الجملة"]
    bad = tmp_path / gold.name
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    problems = _problems(bad)
    assert any("not in the raw text" in p for p in problems)
    assert any("type 'ATTACK'" in p for p in problems)
    # alt_triggers is a key of the format: only the one outside its sentence is a problem
    assert [p for p in problems if "alt trigger" in p or "keys" in p] == [
        "events[0]: alt trigger 'كلمة ليست في الجملة' not inside its sentence"]
