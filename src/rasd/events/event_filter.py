"""The learned event filter: drops a coded event that a small logistic model, reading how
the event is told, judges no event a monitor would code (a generic or habitual mention, a
retelling, a word in another sense).

Each event of a document gets a list of named binary features (`features`): its category,
the lexicon rows of its trigger (`row=` the row's first form in data/events/triggers.tsv),
its trigger form (verb, perfect or imperfect; noun, definite, plural, with a pronoun
suffix; several words), its status and modes, which roles it has and how they were found,
toll, size and time (a day or a part of one; a duration with neither is `duration`, and
whether the time lies well before the article's date), its place
in the article (headline, lead, last quarter), whether it sits inside quotation marks or a
reported claim, the nearest clause opener before it (`data/events/filter_markers.json`:
أن، إذا/لو/في حال، قبل أن، كي، a relative pronoun, a negation, a modal word, a generic
determiner, a background time word, a demand), the word before it (a preposition, a
noun, a verb), and whether it repeats an earlier event of its category (same lexicon row,
shared roles, same sentence). No feature names a word of the article but the closed
classes of the markers file and the trigger's lexicon row, so the model learns how events
are told, not strings.

The weights (named features, bias, threshold) are `data/events/event_filter.json`, rebuilt
by `scripts/train_event_filter.py` from the dev gold, which also measures the filter set by
set with the set left out of training. `RASD_EVENT_FILTER=off` turns it off, `=on` on
with the shipped weights, `=PATH` on with other weights; unset, the shipped default
(`DEFAULT` below) holds. At run time only numpy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from rasd.document import Event
from rasd.events.frame import clear_relative
from rasd.events.switch import switched, weights_file
from rasd.lexicons import norm_phrases, read_json, trigger_matcher
from rasd.once import once
from rasd.roles import PREPS, View, norm_piece

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "events" / "event_filter.json"
DEFAULT = "off"  # the shipped choice when RASD_EVENT_FILTER is unset (docs/history/evaluation.md)
OLD_DAYS = 30  # a time this many days before the article's date is background
ROLES = ("actor", "recipient", "location")
PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
# set by scripts/train_event_filter.py: receives (view, events, features of each event)
collector: list[tuple[View, list[Event], list[list[str]]]] | None = None


@once
def markers() -> dict[str, Any]:
    raw = read_json("events", "filter_markers.json")
    return {"scope": raw["scope"],
            "openers": {k: norm_phrases(v) for k, v in raw["clause_openers"].items()},
            "quotes": raw["quote_marks"], "open_quotes": raw["opening_quotes"]}


# --- features -----------------------------------------------------------------


def features(v: View, evs: list[Event]) -> list[list[str]]:
    """The named features of each event of a document (evs in trigger order)."""
    n_sents = max(1, len(v.sents))
    out = []
    for k, ev in enumerate(evs):
        i, j = v.token_range(ev.trigger.start, ev.trigger.end)
        f = [f"type={ev.type}", f"status={ev.status}"]
        f += _form(v, ev, i, j)
        f += [f"mode={m}" for m in ev.mode[:3]]
        f += [f"row={r}" for r in sorted(_rows(v, ev))]  # the trigger's lexicon rows
        f += _roles(v, ev)
        f += _position(v, ev, n_sents)
        f += _clause(v, ev, i)
        f += _neighbours(v, i, j)
        f += _repeats(v, ev, evs[:k], evs)
        f += _nested(v, ev, i, j, evs)
        if _quoted(v, ev):
            f.append("quoted")
        if ev.claim:
            f.append("claim")
        out.append(f)
    return out


def _form(v: View, ev: Event, i: int, j: int) -> list[str]:
    """Verb or noun, and the shape of the word."""
    word = norm_piece(v.text[v.toks[i].start:v.toks[j - 1].end]) if j > i else ""
    verb = any(m.payload.verb for m in v.candidates(trigger_matcher(), i)
               if m.payload.type == ev.type) and v.is_verb(i)
    f = ["multiword"] if j - i > 1 else []
    if verb:
        stem = v.bare(i)
        stem = stem[1:] if stem[:1] in "لس" and len(stem) > 4 else stem
        f += ["verb", f"verb&{ev.type}"]
        f.append("imperfect" if stem[:1] in "يتن" else "perfect")
        return f
    f += ["noun", f"noun&{ev.type}"]
    f.append("definite" if v.is_def(i) else "indefinite")
    head = word.split()[0] if word else ""
    if head.endswith("ات") or head.endswith("ات" + "ها"):
        f.append("plural")
    if any(head.endswith(p) for p in PRONOUNS) and not v.is_def(i):
        f.append("suffixed")
    return f


def _roles(v: View, ev: Event) -> list[str]:
    f = []
    for role in ROLES:
        rs = getattr(ev, role)
        if rs:
            f.append(f"{role}")
            f += sorted({f"{role}:{r.basis}" for r in rs})
    if not (ev.actor or ev.recipient or ev.location):
        f.append("no_roles")
    for k in ("dead", "injured", "size"):
        if getattr(ev, k) is not None:
            f.append(k)
    if ev.time is not None:
        if _anchored(v, ev):
            f.append("time")
            if _old(v, ev):
                f.append("time_old")
        else:
            f.append("duration")
    return f


def _anchored(v: View, ev: Event) -> bool:
    """The event's time names a day or a part of one (أمس، صباح الثلاثاء، الأسبوع الماضي), not
    only a stretch of time with no date and no part (لمدة ثلاثة أيام، خلال أربعة أشهر، منذ
    سنوات): a duration tells how long a deed lasts or how far back, and a habitual or generic
    mention carries one as often as a dated deed, so it places nothing in time."""
    if ev.time is None:
        return False
    if ev.time.date:
        return True
    return any(t.start == ev.time.start and t.end == ev.time.end and t.part
               for t in v.times_in(ev.time.start, ev.time.end))


def _old(v: View, ev: Event) -> bool:
    pub, when = v.doc.meta.published, ev.time.date if ev.time else None
    if not pub or not when:
        return False
    try:
        return (date.fromisoformat(pub[:10]) - date.fromisoformat(when[:10])).days > OLD_DAYS
    except ValueError:
        return False


def _position(v: View, ev: Event, n_sents: int) -> list[str]:
    f = []
    if ev.sentence == 0:
        f.append("sent0")
    elif ev.sentence <= 2:
        f.append("lead")
    elif ev.sentence >= 0.75 * n_sents:
        f.append("last_quarter")
    if v.para and ev.sentence < len(v.para) and v.para[ev.sentence] == 0:
        f.append("para0")
    return f


def _clause(v: View, ev: Event, i: int) -> list[str]:
    """The nearest clause opener class within `scope` words before the trigger."""
    M = markers()
    a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    words = 0
    k = i - 1
    while k >= a and words < M["scope"]:
        if v.word(k):
            words += 1
            for name, phrases in M["openers"].items():
                if v.phrase_at(k, phrases, i):
                    return [f"opener={name}"]
        k -= 1
    return []


def _neighbours(v: View, i: int, j: int) -> list[str]:
    """The kind of word right before and right after the trigger."""
    f = []
    k = i - 1
    if k < 0 or not v.word(k):
        f.append("prev=mark")
    elif (v.norms[k],) in PREPS or (v.bares[k],) in PREPS:
        f.append("prev=prep")
    elif v.is_verb(k):
        f.append("prev=verb")
    elif v.is_def(k):
        f.append("prev=def")
    else:
        f.append("prev=word")
    word = norm_piece(v.raw(i))
    if word[:1] in "بل" and not v.is_verb(i):
        f.append("prefixed")
    if j >= len(v.toks) or not v.word(j):
        f.append("next=mark")
    elif (v.norms[j],) in PREPS:
        f.append("next=prep")
    elif v.is_def(j):
        f.append("next=def")
    return f


NEST_REACH = 3  # words between another event's trigger and this one for it to govern it


def _nested(v: View, ev: Event, i: int, j: int, evs: list[Event]) -> list[str]:
    """Another event's trigger right before this one (طالب بتحرير، ردت على الاتهامات: the
    event is what the other is about), or right after it; a trigger inside a name."""
    f = []
    for e in evs:
        if e is ev or e.sentence != ev.sentence:
            continue
        a, b = v.token_range(e.trigger.start, e.trigger.end)
        if b <= i and sum(1 for k in range(b, i) if v.word(k)) < NEST_REACH:
            f.append(f"after_event={e.type}")
            f.append("after_event")
        elif a >= j and sum(1 for k in range(j, a) if v.word(k)) < NEST_REACH:
            f.append("before_event")
    if any(k in v.ent_tok for k in range(i, j)):
        f.append("in_entity")
    if i > 0 and clear_relative(v.norms[i - 1]):
        f.append("after_relative")
    return sorted(set(f))


def _rows(v: View, ev: Event) -> set[str]:
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    return {m.payload.lemma for m in v.candidates(trigger_matcher(), i)
            if m.payload.type == ev.type}


def _role_words(v: View, ev: Event) -> set[str]:
    return {norm_piece(v.text[r.start:r.end]) for role in ROLES for r in getattr(ev, role)}


def _repeats(v: View, ev: Event, before: list[Event], evs: list[Event]) -> list[str]:
    """Whether an earlier event of the category tells the same deed again."""
    same = [e for e in before if e.type == ev.type]
    f = []
    if not same:
        f.append("first_of_type")
    else:
        f.append("repeat_type")
        rows = _rows(v, ev)
        if any(rows & _rows(v, e) for e in same):
            f.append("repeat_row")
        mine = _role_words(v, ev)
        if mine and any(mine & _role_words(v, e) for e in same):
            f.append("repeat_roles")
        if any(e.sentence == ev.sentence for e in same):
            f.append("repeat_sentence")
    n = sum(1 for e in evs if e.type == ev.type)
    f.append("type_count=1" if n == 1 else "type_count=2-3" if n <= 3 else "type_count=4+")
    return f


def _quoted(v: View, ev: Event) -> bool:
    """The trigger lies inside quotation marks of its sentence."""
    M = markers()
    s = v.sents[ev.sentence]
    before = v.text[s.start:ev.trigger.start]
    opens = sum(before.count(c) for c in M["open_quotes"])
    closes = before.count("»") + before.count("”")
    return opens > closes or before.count('"') % 2 == 1


# --- the model ----------------------------------------------------------------


@dataclass(frozen=True)
class FilterModel:
    index: dict[str, int]  # feature name → column
    weights: np.ndarray
    bias: float
    threshold: float  # least probability that an event is one to code, to keep it

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> FilterModel:
        return cls({f: k for k, f in enumerate(d["features"])},
                   np.asarray(d["weights"], dtype=np.float64), float(d["bias"]),
                   float(d["threshold"]))

    def matrix(self, feats: list[list[str]]) -> np.ndarray:
        x = np.zeros((len(feats), len(self.index)), dtype=np.float64)
        for row, fs in enumerate(feats):
            x[row, [self.index[f] for f in fs if f in self.index]] = 1.0
        return x

    def probabilities(self, feats: list[list[str]]) -> np.ndarray:
        z = self.matrix(feats) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))


@cache
def _load(path: str) -> FilterModel:
    return FilterModel.from_json(weights_file("RASD_EVENT_FILTER", path))


def model() -> FilterModel | None:
    """The shipped model (RASD_EVENT_FILTER=on), the weights at the path it names,
    or None (`off`); unset or empty: DEFAULT."""
    return switched("RASD_EVENT_FILTER", DEFAULT, WEIGHTS, _load)


def filter_events(v: View, evs: list[Event]) -> list[Event]:
    """The events the model keeps (all of them when it is off)."""
    m = model()
    if (m is None and collector is None) or not evs:
        return evs
    feats = features(v, evs)
    if collector is not None:
        collector.append((v, list(evs), feats))
    if m is None:
        return evs
    p = m.probabilities(feats)
    return [e for e, q in zip(evs, p, strict=True) if q >= m.threshold]


__all__ = ["FilterModel", "WEIGHTS", "features", "filter_events", "model"]
