"""Status (PLOVER's auxiliary modes) and modes of an event, from marker words."""

from __future__ import annotations

from rasd.document import Event
from rasd.lexicons import event_markers
from rasd.roles import PREPS, View
from rasd.text.normalize import normalize


def status_of(v: View, m, t0: int, a: int) -> str:
    M = event_markers()
    st = M["status"]
    prefix = normalize(v.text[v.toks[t0].start:m.start])
    found: set[str] = set()
    if "س" in prefix and m.payload.verb:
        found.add("future")
    k = t0 - 1
    if k >= a and v.bare(k) in M["hypothetical_adjacent"] and "ب" in prefix:
        found.add("hypothetical")  # يسمح بإجلاء (not تسمح العقوبات)
    while k >= a and t0 - k <= M["status_scope"]:
        if not v.word(k) and v.text[v.toks[k].start] not in "()":
            break
        for status, phrases in st.items():
            if v.phrase_at(k, phrases):
                if status == "negated" and (t0 - k > M["negation_scope"]
                                            or v.phrase_at(k, M["not_negation"])):
                    continue
                found.add(status)
        if (v.norms[k],) in PREPS and v.norms[k] != "من":  # (partitive من: المزيد من)
            break  # the trigger sits in a phrase of its own: سيمهد تحديد المسؤولية عن | هجمات
        if _future_verb(v, k, M):
            found.add("future")
        k -= 1
    if not m.payload.verb:  # المباحثات سوف تتطرق، الاجتماع سيكون
        for k in range(m.last, min(len(v.toks), m.last + 2)):
            if not v.word(k):
                break
            if v.bare(k) in M["future_after"]:
                found.add("future")
    for s in ("negated", "hypothetical", "future", "historical"):
        if s in found:
            return s
    return "asserted"


def light_verb(v: View, i: int, M) -> bool:
    n = v.bare(i)
    return n in M["light_verbs"] or (n[:1] == "س" and n[1:] in M["light_verbs"]) \
        or v.norms[i] in M["light_verbs"]


def _future_verb(v: View, k: int, M) -> bool:
    """س + an imperfect (سيستمر، ستقدم، سنرد), not a noun like سيارة or سيطرة."""
    n = v.bare(k)
    return (n[:1] == "س" and n[1:2] in "يتن" and len(n) >= 5
            and n not in M["future_prefix_exclude"] and k not in v.ent_tok) \
        or (n[:1] == "س" and n[1:] in M["light_verbs"])


def add_modes(v: View, ev: Event, t0: int, t1: int, a: int, b: int) -> None:
    M = event_markers()
    for mode, phrases in M["modes"].items():
        if mode in ev.mode:
            continue
        if mode in ("aerial", "drone", "heavy-weapons") and ev.type != "ASSAULT":
            continue
        if mode in ("third-party", "phone") and ev.type != "CONSULT":
            continue
        for k in range(max(a, t0 - 6), min(b, t1 + 6)):
            if v.phrase_at(k, phrases):
                ev.mode.append(mode)
                break
    if ev.type == "CONSULT" and len(ev.actor) >= M["multilateral_min"]:
        ev.mode.append("multilateral")
    conv = M["plover_future"].get(ev.type)
    if conv and ev.status == "future":
        ev.type = conv[0]
        ev.mode = [conv[1]] if conv[1] else []


# --- magnitudes and claims -------------------------------------------------------
