"""The learned argument labeller: fills an actor, recipient or place the rule passes left
empty when a small model is confident.

Candidates and their attribute rows come from rasd.events.role_features (the clause
reading of rasd.clause among them); features are conjunctions of attributes hashed into a
fixed space, and the weights (one linear model per role over the hashed ids, sparse, and
the threshold of each) are the data file data/events/roles_model.json, rebuilt by
scripts/train_roles.py from the dev gold. The model is a logistic one per candidate, or
(`"kind": "softmax"`, roles15) a conditional logit in which the candidates of one event
compete with "none", each getting its share. At run time only numpy: per document one id
matrix of the candidates, each role's weights summed over it.

Off by default (DEFAULT): `RASD_ROLES_MODEL=on` turns it on with the shipped weights,
`RASD_ROLES_MODEL=PATH` with other weights (the leave-one-set-out measurement of
docs/history/evaluation.md does). Measured by leaving one dev set out, its fills find more actors
but cost precision on the sets whose rules are already near 0.75 (fresh10, fresh11), so it
stays off: see docs/history/evaluation.md, "roles15".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from rasd.document import Event, Role
from rasd.events.role_features import (
    ATTRS,
    DIM,
    ROLES,
    TEMPLATES,
    Candidate,
    candidates,
    feature_ids,
)
from rasd.events.switch import switched, weights_file
from rasd.roles import View

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "events" / "roles_model.json"
DEFAULT = "off"  # what an unset RASD_ROLES_MODEL means (see docs/history/evaluation.md, roles14)
# set by scripts/train_roles.py: receives (view, events, candidates of each event)
collector: list[tuple[View, list[Event], list[list[Candidate]]]] | None = None


@dataclass(frozen=True)
class RoleModel:
    weights: dict[str, np.ndarray]  # role → weight of each hashed feature id (DIM of them)
    bias: dict[str, float]
    threshold: dict[str, float]  # role → least probability to fill an empty role
    drop: dict[str, float]  # role → a rules' phrase given less than this is dropped
    # "logistic": each candidate's own probability; "softmax": the candidates of one event
    # compete with "none" (score 0), each gets its share (scripts/train_roles.py --softmax)
    kind: str = "logistic"

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> RoleModel:
        """Weights kept sparse in the file ({id: weight} per role) over DIM hashed ids."""
        if d.get("dim") != DIM or d.get("templates") != len(TEMPLATES):
            raise ValueError("roles model: weights of another feature space "
                             f"(dim {d.get('dim')}, templates {d.get('templates')}): retrain "
                             "with scripts/train_roles.py")
        weights = {}
        for role, sparse_w in d["weights"].items():
            w = np.zeros(DIM, dtype=np.float64)
            if sparse_w:
                ids = np.fromiter((int(k) for k in sparse_w), dtype=np.int64)
                w[ids] = np.fromiter(sparse_w.values(), dtype=np.float64)
            weights[role] = w
        return cls(weights, {r: float(d["bias"][r]) for r in d["bias"]},
                   {r: float(d["threshold"][r]) for r in d["threshold"]},
                   {r: float(t) for r, t in d.get("drop", {}).items()},
                   str(d.get("kind", "logistic")))

    def probabilities(self, ids: np.ndarray, role: str) -> np.ndarray:
        """The probability of each candidate (rows of hashed feature ids) for the role; for
        a softmax model the rows are all the candidates of one event."""
        z = self.weights[role][ids].sum(axis=1) + self.bias[role]
        if self.kind == "softmax":
            top = max(0.0, float(z.max())) if len(z) else 0.0
            e = np.exp(z - top)
            return e / (np.exp(-top) + e.sum())
        return 1.0 / (1.0 + np.exp(-z))


def candidate_ids(cands: list[Candidate]) -> np.ndarray:
    """The hashed feature ids of candidates, one row each."""
    rows = np.array([c.attrs for c in cands], dtype=np.int64).reshape(len(cands), len(ATTRS))
    return feature_ids(rows)


@cache
def _load(path: str) -> RoleModel:
    return RoleModel.from_json(weights_file("RASD_ROLES_MODEL", path))


def model() -> RoleModel | None:
    """The shipped model (RASD_ROLES_MODEL=on), the weights at the path it names,
    or None (`off`); unset or empty: DEFAULT."""
    return switched("RASD_ROLES_MODEL", DEFAULT, WEIGHTS, _load)


def event_candidates(v: View, evs: list[Event]) -> list[list[Candidate]]:
    """Each event's candidates (rasd.events.role_features), the document's sentences and
    the rules' proposals computed once."""
    sent_tokens = [v.token_range(s.start, s.end) for s in v.sents]
    proposed: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    for k, ev in enumerate(evs):
        for role in ROLES:
            for r in getattr(ev, role):
                proposed.setdefault(v.token_range(r.start, r.end), []).append(
                    (role, k, ev.sentence))
    speakers = {}
    for c in v.doc.claims:
        speakers.setdefault(v.token_range(c.speaker.start, c.speaker.end), c.id)
    return [candidates(v, ev, k, sent_tokens, proposed, speakers, evs)
            for k, ev in enumerate(evs)]


def label_roles(v: View, evs: list[Event]) -> None:
    """Fill each empty role of each event with its best candidate when the model gives it at
    least the role's threshold; a candidate fills one role of an event at most."""
    m = model()
    if m is None and collector is None:
        return
    cands = event_candidates(v, evs)
    if collector is not None:
        collector.append((v, evs, cands))
    if m is None:
        return
    flat = [c for cs in cands for c in cs]
    if not flat:
        return
    ids = candidate_ids(flat)
    probs = {role: np.zeros(len(flat)) for role in ROLES if role in m.weights}
    k = 0
    for ev, cs in zip(evs, cands, strict=True):
        rows = range(k, k + len(cs))
        k += len(cs)
        if not cs:
            continue
        for role, p in probs.items():  # this event's candidates (a softmax's denominator)
            p[rows.start:rows.stop] = m.probabilities(ids[rows.start:rows.stop], role)
        used = {r for r in rows if flat[r].own is not None}
        for role, p in probs.items():
            if getattr(ev, role) and m.drop.get(role, 0.0) > 0.0:
                setattr(ev, role, _drop(v, getattr(ev, role), role, flat, rows, p,
                                        m.drop[role]))
                continue
            if getattr(ev, role) or not cs:
                continue
            best = max((r for r in rows if r not in used), key=lambda r: (p[r], -r),
                       default=None)
            if best is None or p[best] < m.threshold[role]:
                continue
            used.add(best)
            c = flat[best]
            span = v.span(c.i, c.j)
            basis = "sentence" if c.si == ev.sentence else "context"
            whole = c.entity is not None and (c.entity.start, c.entity.end) == (
                span.start, span.end)
            getattr(ev, role).append(Role(span.start, span.end,
                                          c.entity.id if whole and c.entity else None,
                                          basis=basis))


def _drop(v: View, roles: list[Role], role: str, flat: list[Candidate], rows: range,
          p: np.ndarray, threshold: float) -> list[Role]:
    """The rules' phrases of a role the model gives at least `threshold`."""
    at = {(flat[r].i, flat[r].j): r for r in rows if flat[r].own == role}
    keep = []
    for x in roles:
        r = at.get(v.token_range(x.start, x.end))
        if r is None or p[r] >= threshold:
            keep.append(x)
    return keep


__all__ = ["RoleModel", "WEIGHTS", "candidate_ids", "event_candidates", "label_roles", "model"]
