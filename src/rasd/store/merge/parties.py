"""Party evidence: whether a mention's actors and targets agree with a core's."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rasd.store.merge.mention import Party
from rasd.store.merge.state import _voice
from rasd.store.merge.tables import quad, rules

if TYPE_CHECKING:
    from rasd.store.merge.mention import Mention
    from rasd.store.merge.state import Core


def meet(mine: set[str], theirs: set[str]) -> str | None | bool:
    """How two sets of party ids meet: the most specific shared id; None when either is
    empty; False when they disagree. Two named parties that only share a country (the
    regime's army and the opposition) disagree; a country agrees with its own units."""
    if not mine or not theirs:
        return None
    shared = mine & theirs
    specific = {i for i in shared if not i.startswith("country-")}
    if specific:
        return min(specific)
    if any(not i.startswith("country-") for i in mine) and any(
            not i.startswith("country-") for i in theirs):
        return False
    return min(shared) if shared else False


def _party_evidence(mine: list[Party], core_ids: list[str], names: dict[str, str]
                    ) -> dict[str, Any] | None | bool:
    """How a mention's actors (or targets) meet the core's (see `meet`)."""
    have = {i for p in mine for i in p.ids}
    shared = meet(have, set(core_ids))
    if not shared:
        return shared  # type: ignore[return-value]
    keys = {p.key for p in mine}
    best = max((i for i in have & set(core_ids)),
               key=lambda i: (i in keys, not i.startswith("country-"), i))
    how = "same" if best in keys else ("country" if best.startswith("country-") else "part")
    return {"key": best, "name": names.get(best, best), "how": how}


_PARTY_SCORE = {"same": 3.0, "part": 2.0, "country": 1.0}


def sides(m: Mention) -> list[Party]:
    """The parties of a telling as sides: a fight between sides (`Mention.mutual`: اشتباكات
    بين X وY) has no actor and target, whichever of them the extraction put as actor or
    recipient; its sides are both."""
    return [*m.actors, *m.recipients]


def role_evidence(m: Mention, core: Core) -> tuple[Any, Any]:
    """How the mention's actors and targets meet the core's (`_party_evidence` each: a
    dict, None when a side is empty, False when they disagree). A clash and a one-sided
    telling of one incident (اشتباكات بين الجيش التركي ومسلحي داعش; داعش أطلق النار على
    مركز حدودي تركي) agree when each role of the one-sided telling is among the clash's
    sides: its actor and its target are both compared with all of them. Two clashes
    compare their sides: one side meeting is the actor's agreement, a second side meeting
    too the target's. Two one-sided tellings keep their direction (X on Y is not Y on X: an
    attack and the reply to it, `_reversed`)."""
    if not (m.mutual or core.mutual):
        return (_party_evidence(m.actors, core.actors, core.names),
                _party_evidence(m.recipients, core.recipients, core.names))
    theirs = sorted({*core.actors, *core.recipients})
    if not m.mutual:  # a one-sided telling against a clash
        return (_party_evidence(m.actors, theirs, core.names),
                _party_evidence(m.recipients, theirs, core.names))
    mine = sides(m)
    if not core.mutual:  # a clash against a one-sided telling
        return (_party_evidence(mine, core.actors, core.names),
                _party_evidence(mine, core.recipients, core.names))
    actor = _party_evidence(mine, theirs, core.names)
    if not actor:
        return actor, None
    rest = [p for p in mine if actor["key"] not in p.ids]
    return actor, _party_evidence(rest, theirs, core.names) or None


def _parties_identify(category: str, actor: dict[str, Any], target: dict[str, Any]) -> bool:
    """Whether an agreeing actor and target identify an event with no place: one of them
    beyond a country; in material conflict the target (whom a force struck says which
    strike: Turkish jets, a nationality, on Daesh; the Syrian government's forces "on
    Syrians" name no day's act: they fight all day long)."""
    if quad(category) == "material-conflict":
        return target["how"] != "country"
    return any(x["how"] != "country" for x in (actor, target))


def _misread(parties: list[Party]) -> bool:
    """Roles that only name a nationality (طائرات حربية تركية: Turkey, nothing more): in a
    sentence another outlet tells with the same words and other roles, the extraction
    misread them (the planes read as the target), not the outlet another event."""
    return bool(parties) and all(p.kind == "country" and not p.specific_ids
                                 and p.key.startswith("~") for p in parties)


def _own_report_tells(m: Mention, core: Core, actor: dict[str, Any] | None,
                      target: dict[str, Any] | None) -> bool:
    """The report's lead tells the event other reports tell: the mention is in its report's
    lead (the first sentence telling an event), names no town, shares a party beyond a
    country with the core, and another event of its report is a member of this merged
    event, which other reports tell too (the lead شنت مقاتلات تركية ضربات جوية ضد أهداف
    لداعش, its actor lost to a parenthesis, and the report's own استهدف سلاح الجو التركي
    ثلاثة مواقع لداعش further down, which joined the other outlets' reports). A later
    sentence may tell another act of the same parties (a day's summary tells many)."""
    if not m.lead or m.doc_id not in core.reports or len(core.reports) < 2 \
            or m.event_places():
        return False
    return any(x and x["how"] != "country" for x in (actor, target))


def _own_report_differs(m: Mention, core: Core) -> bool:
    """Another event of the mention's own report is a member, and the report tells two
    acts: it names different actors for the two (وكان جهاديون فتحوا النار ... واطلقت
    دبابات قذائف), or the target of one is the actor of the other (جهاديون فتحوا النار
    على مركز حدودي ... رد الجيش بفتح النار على المواقع الجهادية: an attack and the reply).
    Only events the same voice tells and does not deny: two speakers naming two actors,
    or a denial beside an accusation, are accounts of one event. Within one report its
    wording is comparable: unlinked names count here (across outlets they are not)."""
    if m.status == "negated":
        return False
    theirs = core.reports.get(m.doc_id, {}).get(_voice(m.speaker))
    if not theirs:
        return False
    # a member is checked against a core that holds its own roles too: they never reverse
    # its roles (an extraction's target may repeat its actor: داعش -> عناصر داعش)
    own = frozenset(p.key for p in (*m.actors, *m.recipients))
    if m.mutual:
        return _two_acts(sides(m), [], theirs, own, own)
    return _two_acts(m.actors, m.recipients, theirs, own)


def _two_acts(actors: list[Party], targets: list[Party],
              theirs: dict[str, list[list[str]]], own: frozenset[str] = frozenset(),
              mutual: frozenset[str] = frozenset()) -> bool:
    """Roles of one event against those one voice of its report gives its other events:
    other actors, or the roles reversed (`own`: role keys of the event itself, left out
    of the reversal). A clash's sides (`mutual`: keys of `actors` that are sides; "s" in
    `theirs`) have no direction: they are actors, never reversed (a report telling
    اشتباكات بين X وY and X's attack on Y tells one incident)."""
    if actors and theirs["a"] and not any(
            p.key == r[0] or (p.ids and r[1:] and meet(set(p.ids), set(r[1:])))
            for p in actors for r in theirs["a"]):
        return True  # (the army and the opposition share a country: they disagree)
    clash = theirs.get("s", [])
    directed = [p for p in actors if p.key not in mutual]
    return _names_one(targets, [r for r in theirs["a"] if r[0] not in own and r not in clash]) \
        or _names_one(directed, [r for r in theirs["r"] if r[0] not in own])


def _reports_clash(a: Core, b: Core) -> bool:
    """A report with events in both merged events tells two acts there, in one voice
    (see `_own_report_differs`): they are not fused."""
    for doc in set(a.reports) & set(b.reports):
        for voice in set(a.reports[doc]) & set(b.reports[doc]):
            x, y = a.reports[doc][voice], b.reports[doc][voice]
            if _two_acts(_parties(x["a"]), _parties(x["r"]), y,
                         mutual=frozenset(r[0] for r in x.get("s", ()))):
                return True
    return False


def _parties(roles: list[list[str]]) -> list[Party]:
    return [Party(r[0], r[0], tuple(r[1:])) for r in roles]


def _names_one(parties: list[Party], roles: list[list[str]]) -> bool:
    """Whether one of `parties` names one of `roles` ([key, *ids]): a specific shared
    id, or a shared word of their unlinked surfaces beyond the words that only say what
    kind of thing (مواقع، قوات، عناصر: `role_filler_words`), a nisba and its plural as
    one (الجهادية، جهاديون)."""
    if not parties or not roles:
        return False
    ids = {i for r in roles for i in r[1:] if not i.startswith("country-")}
    stems = {w for r in roles for w in _role_stems(r[0])}
    return any(set(p.specific_ids) & ids or _role_stems(p.key) & stems for p in parties)


@lru_cache(maxsize=65536)
def _role_stems(key: str) -> frozenset[str]:
    """The content words of an unlinked role key (~surface), less the article and the
    nisba and plural endings; none for a linked key (its ids say who it is)."""
    if not key.startswith("~"):
        return set()
    filler = set(rules()["role_filler_words"])
    out = set()
    for w in key[1:].split():
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if w in filler:
            continue
        for suf in ("يون", "يين", "يه", "ون", "ين", "ي", "ه"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                break
        if len(w) >= 3 and w not in filler:
            out.add(w)
    return frozenset(out)
