"""Candidate search: the keys a mention is filed under, and its matches among candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.store.merge.mention import cells
from rasd.store.merge.places import _regions
from rasd.store.merge.scoring import compare
from rasd.store.merge.tables import rules

if TYPE_CHECKING:
    from rasd.store.merge.mention import Mention
    from rasd.store.merge.scoring import Evidence
    from rasd.store.merge.state import Core


def mention_keys(m: Mention) -> set[str]:
    """What a mention looks merged events up by (see Core.lookup_keys)."""
    keys = set()
    for p in m.event_places():
        keys.add("p:" + p.key)
        if p.level > rules()["specific_level"] and p.within:
            keys.add("p:" + p.within[0])
        keys.update(cells(p, ring=1))
    # a town the KB does not know, named beside a known one (الوهط وصبر, where
    # `event_places` keeps only الوهط): it finds a merged event told at that town alone
    # (سيطرت على مدينة صبر), which `_named_unlinked` then judges
    keys.update("p:" + p.key for p in m.places if p.key.startswith("~") and p.specific)
    # a seizure told only at a governorate: it finds the capture of its seat (`_seat`)
    if set(m.modes) & set(rules()["control_modes"]) and not m.event_places():
        for p in _regions(m):
            if p.lat is not None:
                keys.update(cells(p, ring=1))
    keys.update("a:" + i for p in m.actors for i in p.specific_ids)
    keys.update("r:" + i for p in m.recipients for i in p.specific_ids)
    keys.update(m.abroad_keys())
    keys.update(f"w:{h:x}" for h in m.wording)  # all: a core files its smallest only
    keys.update("k:" + k for k in m.magnitudes())
    return keys


def matches(m: Mention, candidates: list[tuple[str, Core]]) -> list[tuple[str, Evidence]]:
    """The candidates (merged id, core) `m` fits, best first; ties go to the one more reports
    tell (`told_by`), then to the smallest id."""
    found = [(mid, ev, told_by(core)) for mid, core in candidates
             if (ev := compare(m, core)) is not None]
    return [(mid, ev) for mid, ev, _ in sorted(found, key=lambda x: (-x[1].score, -x[2], x[0]))]


def told_by(core: Core) -> int:
    """How many reports tell a merged event: of two that fit a mention equally, it tells the
    one more outlets report (عدن retaken, told by 9 outlets, rather than a lone misplaced
    mention of the Houthis' hold on the cities, which the same evidence fits)."""
    return len(core.reports)
