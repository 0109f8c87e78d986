"""What identifies an event mention, read from its document and the knowledge base.

A role's key is its KB link id, else `~` + its normalized surface. Places get
their level (how specific their KB kind is) and the units holding them (the
KB's part-of chain); actors and targets get the ids they stand for: their
entry and the units it belongs to (a ministry, its government, its country),
or for an unlinked surface the country a nationality word in it names.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from rasd import quantities
from rasd.document import Claim, Document, Entity, Event, Role
from rasd.once import once
from rasd.store import merge
from rasd.store.fts import words
from rasd.store.model import valid_date
from rasd.text.normalize import normalize, normalize_key
from rasd.times import counted_from_publication


@once
def _kb() -> Any:
    from rasd.entities.kb import get_kb

    return get_kb()


@lru_cache(maxsize=65536)
def chain(entry_id: str) -> tuple[str, ...]:
    """The KB units an entry belongs to, nearest first, ending with its country."""
    kb = _kb()
    out = [a.id for a in kb.ancestors(entry_id)]
    entry = kb.get(entry_id)
    country = f"country-{entry.country}" if entry is not None and entry.country else None
    if country and country not in out and country != entry_id:
        out.append(country)
    return tuple(out)


@lru_cache(maxsize=65536)
def nationality(norm: str) -> str | None:
    """The country a nationality word of an unlinked surface names (مقاتلات تركية -> TR)."""
    kb = _kb()
    for word in norm.split():
        entry = kb.nationality(word)
        if entry is not None:
            return entry.id
    return None


def role_info(doc: Document, r: Role, ents: dict[str, Entity]) -> dict[str, Any]:
    """What the store keeps of a role: a KB link id as key, else the normalized surface."""
    text = doc.text[r.start:r.end]
    norm = normalize_key(text)
    ent = ents.get(r.entity) if r.entity else None
    link = ent.link if ent is not None else None
    if link is not None:
        return {"text": text, "norm": norm, "key": link.id, "name": link.name_ar,
                "name_en": link.name_en, "kind": link.kind, "country": link.country,
                "lat": link.lat, "lon": link.lon, "entity": ent.type if ent else None,
                "basis": r.basis}
    return {"text": text, "norm": norm, "key": "~" + norm, "name": None, "name_en": None,
            "kind": ent.type if ent is not None else None, "country": None, "lat": None,
            "lon": None, "entity": ent.type if ent is not None else None, "basis": r.basis}


def _place(info: dict[str, Any], landmark: bool = False, province: bool = False
           ) -> merge.Place:
    """A location role as the merge reads it; one taken from the report's dateline (where
    it was filed: عين اليوم – واشنطن) is marked so (`Place.dateline`), and one the event
    lies in a direction from (شمالي عدن: `landmarked`) too (`Place.landmark`)."""
    label = info["name"] or info["text"]
    dateline = info.get("basis") == "dateline"
    if province and not info["key"].startswith("~") \
            and merge.place_level(info["kind"]) >= merge.rules()["specific_level"]:
        # a town told as the governorate named after it (محافظتي مأرب وتعز): the
        # governorate's level, so it names no town the event happened in
        return merge.Place(info["key"], label, merge.place_level("governorate"), info["lat"],
                           info["lon"], chain(info["key"]), info["country"], dateline, landmark)
    if info["key"].startswith("~"):
        # an unlinked surface names a place only when the tagger called it one
        level = merge.place_level(None) if info["entity"] == "LOC" else 0
        return merge.Place(info["key"], label, level, dateline=dateline, landmark=landmark)
    return merge.Place(info["key"], label, merge.place_level(info["kind"]), info["lat"],
                       info["lon"], chain(info["key"]), info["country"], dateline, landmark,
                       borrowed_point(info["key"]))


@lru_cache(maxsize=65536)
def borrowed_point(entry_id: str) -> bool:
    """Whether the KB's point for a place is its division's (or its country's): a curated
    place whose coordinates were not checked takes them (`kb.load`), so الوهط and قاعدة
    العند both lie at Lahj governorate's point. On the map that is the right region; to the
    merge it is no position: such a place is neither near another (0 km from every other
    unchecked place of its governorate) nor far from it, and agrees only by its entry or
    part-of. A gazetteer's town has its own point, even where its governorate's point is
    the town's (العريش and North Sinai)."""
    from rasd.entities.kb import GAZETTEERS

    kb = _kb()
    entry = kb.get(entry_id)
    if entry is None or entry.lat is None or entry.source in GAZETTEERS:
        return False
    for up in (kb.get(entry.affiliation or ""), kb.get(f"country-{entry.country}")):
        if up is not None and up.id != entry.id and (up.lat, up.lon) == (entry.lat, entry.lon):
            return True
    return False


@once
def _landmark_words() -> tuple[frozenset[str], frozenset[str]]:
    r = merge.rules()
    return frozenset(r["landmark_words"]), frozenset(r["landmark_heads"])


def landmarked(text: str, start: int, end: int, name: str | None = None) -> bool:
    """Whether the place written at text[start:end] is a landmark the event lies in a
    direction from, not the event's place: a direction word (or ريف, countryside) opens its
    surface (شمالي عدن) or comes before it, across words that only say what kind of place
    it is (شمال مدينة عدن) and a clitic و ب ل ف (بشمال عدن). A KB `name` that opens with
    the same word is the place's own name (شمال سيناء, the governorate North Sinai)."""
    marks, heads = _landmark_words()
    surface = normalize_key(text[start:end]).split()
    before = normalize_key(text[max(0, start - LANDMARK_CHARS):start]).split()
    if start > LANDMARK_CHARS and before:
        before = before[1:]  # the first word may be cut
    def mark(w: str) -> bool:
        return w in marks or (len(w) > 3 and w[0] in "وبلف" and w[1:] in marks)

    if surface and mark(surface[0]):
        return not (name and normalize_key(name).split()[:1] == surface[:1])
    for w in list(reversed(before))[:LANDMARK_WORDS]:
        if mark(w):
            return True
        if w not in heads and not (len(w) > 3 and w[0] in "لب" and w[1:] in heads):
            return False
    return False


@once
def _province_words() -> tuple[frozenset[str], frozenset[str]]:
    r = merge.rules()
    return frozenset(r["province_words"]), frozenset(r["province_pair_words"])


def provincial(text: str, start: int, end: int) -> bool:
    """Whether the place written at text[start:end] is told as the governorate named after
    its seat, not as the town: محافظة (or a clitic و ب ل ف on it) right before it
    (محافظة تعز), or the dual محافظتي before a pair whose second it is (محافظتي مأرب وتعز,
    محافظتي عدن وتعز): the report says the governorate, so it names no town."""
    single, pair = _province_words()
    before = normalize_key(text[max(0, start - LANDMARK_CHARS):start]).split()
    if start > LANDMARK_CHARS and before:
        before = before[1:]  # the first word may be cut
    surface = normalize_key(text[start:end]).split()

    def bare(w: str) -> str:
        return w[1:] if len(w) > 3 and w[0] in "وبلف" else w

    if before and (bare(before[-1]) in single or bare(before[-1]) in pair):
        return True
    second = (surface and surface[0].startswith("و")) or (before and before[-1] == "و")
    words = before[:-1] if before and before[-1] == "و" else before
    return bool(second and len(words) >= 2 and bare(words[-2]) in pair)


LANDMARK_WORDS = 3  # words before the place: a direction word, after kinds of place
LANDMARK_CHARS = 40


def _party(info: dict[str, Any], actor: bool = False) -> merge.Party:
    label = info["name"] or info["text"]
    if info["key"].startswith("~"):
        if info["entity"] == "PER" and len(info["norm"].split()) >= 2:
            # a person the KB does not know: the first and last names identify them
            # (سليمان الاسد، سليمان هلال الاسد)
            words = info["norm"].split()
            return merge.Party(info["key"], label, (f"person:{words[0]}|{words[-1]}",),
                               (label,), "person")
        country = nationality(info["norm"])
        ids: tuple[str, ...] = (country,) if country else ()
        kind = "country" if country else None
    elif actor and info["kind"] in merge.rules()["place_levels"] \
            and merge.place_level(info["kind"]) > 0:
        # a town or governorate named as the actor stands for its authorities or people
        # (أنقرة: Turkey's government; اللاذقية read as who arrested): it says which
        # country, not which party, and never disagrees with a named one (as a target it
        # is the place attacked, which identifies the event: it keeps its entry)
        ids = tuple(i for i in chain(info["key"]) if i.startswith("country-"))
        kind = info["kind"]
    else:
        ids = (info["key"], *chain(info["key"]))
        kind = info["kind"]
    return merge.Party(info["key"], label, ids,
                       tuple(label if i == info["key"] else name_of(i) for i in ids), kind)


def own_side_dropped(targets: list[merge.Party], actors: list[merge.Party]
                     ) -> list[merge.Party]:
    """The targets, less those the KB puts inside the actor's own side beyond a country
    (the Syrian government "arresting" Bashar al-Assad: قريب بشار الأسد, a relative of his,
    read as the target): a misread apposition says nothing of the event, and would part
    its reports from those that read the target right. A party aimed at itself is kept
    (Nusra executing its own: the same entry both sides)."""
    mine = {i for p in actors for i in p.specific_ids}
    return [p for p in targets
            if p.key in {a.key for a in actors} or not (set(p.specific_ids) - {p.key}) & mine]


@lru_cache(maxsize=65536)
def name_of(entry_id: str) -> str:
    entry = _kb().get(entry_id)
    return entry.names_ar[0] if entry is not None else entry_id


def own_date(v: Event) -> str | None:
    """The day the text gives the event (a date, a weekday, أمس), if any."""
    return valid_date(v.time.date if v.time and v.time.date else None)


def date_interval(v: Event, published: str | None, text: str = "") -> tuple[str | None,
                                                                            str | None]:
    """The event's own date, else the publication day or the day before (news lag). An own
    date counted from the publication day (أمس، اليوم) may be a day late too: agency copy
    written one day is published the next."""
    own = own_date(v)
    if own:
        if published and v.time and counted_from_publication(text[v.time.start:v.time.end]):
            day = dt.date.fromisoformat(own)
            if 0 <= (dt.date.fromisoformat(published) - day).days <= 1:
                return (day - dt.timedelta(days=1)).isoformat(), own
        return own, own
    if published:
        day = dt.date.fromisoformat(published)
        return (day - dt.timedelta(days=1)).isoformat(), published
    return None, None


def speaker_of(doc: Document, v: Event, claims: list[Claim], ents: dict[str, Entity]
               ) -> dict[str, Any] | None:
    """Who tells the event, when a claim holds it: {"text", "key", "name"}."""
    for c in claims:
        if c.id == v.claim or (c.content.start <= v.trigger.start
                               and v.trigger.end <= c.content.end):
            info = role_info(doc, c.speaker, ents)
            return {"text": info["text"], "key": info["key"], "name": info["name"]}
    return None


def mention(doc: Document, v: Event, infos: dict[str, list[dict[str, Any]]],
            published: str | None, speaker: dict[str, Any] | None) -> merge.Mention:
    """The merge features of event `v`; `infos` are its roles' role_info by role."""
    lo, hi = date_interval(v, published, doc.text)
    sent = doc.sentences[v.sentence] if 0 <= v.sentence < len(doc.sentences) else None
    return merge.Mention(
        doc.id, v.id, doc.meta.source, v.type, v.status, lo, hi,
        places=[_place(i, landmarked(doc.text, r.start, r.end, i["name"]),
                       provincial(doc.text, r.start, r.end))
                for r, i in zip(v.location, infos["location"], strict=True)],
        actors=(actors := [_party(i, actor=True) for i in infos["actor"]]),
        recipients=own_side_dropped([_party(i) for i in infos["recipient"]], actors),
        dead=v.dead, injured=v.injured, size=v.size,
        sentence=(sent.start, sent.end) if sent else None, speaker=speaker,
        wording=merge.sketch(window(doc, v, sent)),
        phrasing=sentence_sketch(doc.text[sent.start:sent.end]) if sent else [],
        exact=exact_counts(doc, v, sent),
        context=countries_named(doc), dated=own_date(v) is not None,
        lead=v.sentence == min(e.sentence for e in doc.events), modes=sorted(set(v.mode)),
        mutual=mutual(doc.text, v))


def mutual(text: str, v: Event) -> bool:
    """Whether the event is told as a fight between sides (اشتباكات بين X وY، تبادل لإطلاق
    النار بين الجيش التركي والمسلحين): its first actor opens right after a word that makes
    its parties sides (`mutual_words` in merge.json: بين), whichever side the extraction put
    as actor or recipient; or it is told with its other side after مع (`with_recipient`) or
    by a verb of mutual fighting (`reciprocal_trigger`). Its parties are the union of both
    (`merge.Mention.mutual`)."""
    if not v.actor:
        return False
    start = min(r.start for r in v.actor)
    before = normalize_key(text[max(0, start - MUTUAL_CHARS):start]).split()
    words_ = _mutual_words()
    if before and _one_of(before[-1], words_):
        return True
    return with_recipient(text, v) or reciprocal_trigger(text, v)


def _one_of(word: str, words_: frozenset[str]) -> bool:
    """The word, or the word after a clitic و (وبين، ومع), is one of `words_`."""
    return word in words_ or (len(word) > 3 and word[0] == "و" and word[1:] in words_)


def with_recipient(text: str, v: Event) -> bool:
    """A clash told as one side's deed "with" the other (اشتبكت قوات النظام مع مقاتلي
    المعارضة، تبادلت القوات إطلاق النار مع المسلحين): the word right before its first
    recipient is one of `mutual_with_words` (مع). The recipient is a side, not a target."""
    if not v.recipient:
        return False
    start = min(r.start for r in v.recipient)
    before = normalize_key(text[max(0, start - MUTUAL_CHARS):start]).split()
    return bool(before) and _one_of(before[-1], frozenset(merge.rules()["mutual_with_words"]))


def reciprocal_trigger(text: str, v: Event) -> bool:
    """A trigger that is itself a verb or noun of mutual fighting (تقاتل، يتقاتلون، اقتتال:
    the reciprocal forms of قاتل): X تقاتل Y tells two sides fighting (`reciprocal_triggers`,
    normalized, a clitic و or ف read off)."""
    word = normalize_key(text[v.trigger.start:v.trigger.end]).split()[:1]
    if not word:
        return False
    w, triggers = word[0], frozenset(merge.rules()["reciprocal_triggers"])
    return w in triggers or (len(w) > 3 and w[0] in "وف" and w[1:] in triggers)


MUTUAL_CHARS = 12  # enough for the word before the first actor


@once
def _mutual_words() -> frozenset[str]:
    return frozenset(merge.rules()["mutual_words"])


@lru_cache(maxsize=4096)
def sentence_sketch(sentence: str) -> list[int]:
    """The letter sketch of a sentence (`merge.phrasing`), once for all its events."""
    return merge.phrasing(words(sentence))


def countries_named(doc: Document) -> list[str]:
    """The countries of the places a document names (linked LOC entities)."""
    return sorted({e.link.country for e in doc.entities
                   if e.type == "LOC" and e.link is not None and e.link.country})


def exact_counts(doc: Document, v: Event, sent: Any) -> list[str]:
    """The event's counts (dead, size) that its sentence writes as a number, not as a
    vague plural (عشرات: "tens", read as 10): only those can tell one event from another."""
    if sent is None:
        return []
    words = quantities.lexicon().words
    out = []
    for fld, value in (("dead", v.dead), ("size", v.size)):
        if value is None:
            continue
        for q in doc.quantities:
            if sent.start <= q.start < sent.end and q.value == value:
                first = normalize(doc.text[q.start:q.end]).split()[:1]
                word = words.get(first[0]) if first else None
                if word is None or word.kind not in VAGUE:
                    out.append(fld)
                    break
    return out


VAGUE = {"approx", "plural"}  # number word kinds that only say "tens", "thousands"


WINDOW = 6  # words on each side of the trigger that the wording sketch reads


WINDOW_CHARS = 16 * WINDOW  # enough text for WINDOW words (normalizing is the cost)


def window(doc: Document, v: Event, sent: Any) -> list[str]:
    """The normalized words around the trigger, inside its sentence."""
    start, end = (sent.start, sent.end) if sent else (0, len(doc.text))
    start = max(min(start, v.trigger.start), v.trigger.start - WINDOW_CHARS)
    end = min(max(end, v.trigger.end), v.trigger.end + WINDOW_CHARS)
    before = words(doc.text[start:v.trigger.start])
    if start > 0 and start == v.trigger.start - WINDOW_CHARS:
        before = before[1:]  # the first word may be cut
    return before[-WINDOW:] + words(doc.text[v.trigger.start:end])[:WINDOW + 1]
