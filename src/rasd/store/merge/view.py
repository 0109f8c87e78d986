"""What a merged event shows: its conflicts between accounts and its summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasd.store.merge.parties import meet
from rasd.store.merge.tables import rules

if TYPE_CHECKING:
    from rasd.store.merge.state import Core, State


# --- conflicts --------------------------------------------------------------------------------

def conflicts(merged: str, accounts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Conflicting accounts among a merged event's members, between different documents:
    actor (disjoint KB-resolved actors from different outlets), status (asserted and
    negated), casualties (dead or injured counts apart by more than the tolerance).
    Data only: {"id", "merged_id", "kind", "field", "accounts": [...]}."""
    out: list[dict[str, Any]] = []

    def view(a: dict[str, Any], value: Any) -> dict[str, Any]:
        return {"doc_id": a["doc_id"], "event_id": a["event_id"], "source": a["source"],
                "speaker": a["speaker"], "sentence": a["sentence"], "value": value}

    named = [a for a in accounts if a["actors"]]
    if any(a["doc_id"] != b["doc_id"] and (a["source"] or a["doc_id"]) != (
            b["source"] or b["doc_id"]) and meet(set(a["actors"]), set(b["actors"])) is False
           for i, a in enumerate(named) for b in named[i + 1:]):
        out.append(_conflict(merged, "actor", "actor",
                             [view(a, a["actor_names"]) for a in named]))
    said = [a for a in accounts if a["status"] == "asserted"]
    denied = [a for a in accounts if a["status"] == "negated"]
    if any(a["doc_id"] != d["doc_id"] for a in said for d in denied):
        out.append(_conflict(merged, "status", "status",
                             [view(a, a["status"]) for a in said + denied]))
    r = rules()
    for fld in ("dead", "injured"):
        valued = [a for a in accounts if a[fld] is not None]
        if len({a["doc_id"] for a in valued}) < 2:
            continue
        values = [a[fld] for a in valued]
        lo, hi = min(values), max(values)
        if hi - lo > max(r["casualty_abs_tolerance"], r["casualty_rel_tolerance"] * hi):
            out.append(_conflict(merged, "casualties", fld, [view(a, a[fld]) for a in valued]))
    return out


def _conflict(merged: str, kind: str, fld: str, accounts: list[dict[str, Any]]
              ) -> dict[str, Any]:
    return {"id": f"{merged}:{kind}:{fld}", "merged_id": merged, "kind": kind, "field": fld,
            "accounts": accounts}


def summary(state: State, core: Core) -> dict[str, Any]:
    """The merged event's row figures from its state."""
    acc = state.accounts
    dead = [a["dead"] for a in acc if a["dead"] is not None]
    injured = [a["injured"] for a in acc if a["injured"] is not None]
    dates = sorted(a["date"] for a in acc if a["date"])

    support = {"actor": _support(acc, "roles"), "recipient": _support(acc, "targets")}

    def top(role: str) -> list[str]:
        """Its keys by support: the reports naming them, then the members, then the key
        (one wrong report, however many of its events joined, lists its actor last)."""
        counts, reports = state.roles[role], support.get(role, {})
        return sorted(counts, key=lambda k: (-reports.get(k, 0), -counts[k], k))[:TOP_NAMES]

    point = next(([p["lat"], p["lon"]] for p in core.places.values() if p["lat"] is not None),
                 None)
    if point is None:
        located = [k for k in top("location") if k in state.coords]
        point = state.coords[located[0]] if located else None
    return {
        "type": core.type, "date": dates[0] if dates else None,
        "date_to": dates[-1] if dates else None, "day": core.day or None,
        "lat": point[0] if point else None, "lon": point[1] if point else None,
        "names": {"actors": {k: state.names.get(k, k) for k in top("actor")},
                  "recipients": {k: state.names.get(k, k) for k in top("recipient")},
                  "support": {"actors": {k: support["actor"].get(k, 0) for k in top("actor")},
                              "recipients": {k: support["recipient"].get(k, 0)
                                             for k in top("recipient")}},
                  "places": [{"key": k, "name": state.names.get(k, k),
                              "lat": (state.coords.get(k) or [None, None])[0],
                              "lon": (state.coords.get(k) or [None, None])[1]}
                             for k in top("location")]},
        "reports": len({a["doc_id"] for a in acc}),
        "outlets": sorted(state.outlets),
        "dead": max(dead) if dead else None, "injured": max(injured) if injured else None,
        "statuses": sorted({a["status"] for a in acc})}


TOP_NAMES = 12  # actors, targets and places listed with a merged event


def _support(accounts: list[dict[str, Any]], field_: str) -> dict[str, int]:
    """Role key -> how many reports (documents) among the members name it."""
    docs: dict[str, set[str]] = {}
    for a in accounts:
        for r in a.get(field_, ()):
            docs.setdefault(r[0], set()).add(a["doc_id"])
    return {k: len(v) for k, v in docs.items()}
