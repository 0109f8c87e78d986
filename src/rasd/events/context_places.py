"""The place passes of rasd.events.context: a deed with no place takes one from beyond its
clause (its sentence, the deeds just before, a partner, an office, هناك or البلاد), and a
place found gains the wider units said to hold it (enclosing_place, compass_region,
linked_units). Each fills only an empty place and says how it found it (`Role.basis`)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date

from rasd.document import Event, Role
from rasd.entities.kb import get_kb
from rasd.events.arguments import roles as span_roles
from rasd.events.context_shared import (
    MATERIAL,
    PURPOSE_BACK,
    QUOTE_MARKS,
    Story,
    _chain_back,
    _resumptive,
    _visit_object,
    copy_roles,
)
from rasd.events.fallen import time_of_fall
from rasd.events.frame import clear_relative, where_at
from rasd.events.places import (
    DESTINATION_PREPS,
    _chained,
    _same_place,
    anaphoric_place,
    antecedent,
    destination_word,
    destined,
    directions_end,
    generic_place,
    listed_places,
    located_before,
    locations,
    locative,
    named_place,
    office_after_comma,
    place_names,
    place_word,
    region_past,
)
from rasd.events.referents import pronoun_on
from rasd.events.status import imperfect_form, light_verb
from rasd.events.warnings import warning_event
from rasd.lexicons import event_markers
from rasd.roles import PREPS, RELATIVES, View
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.segment import clitic_stems

CLAUSE_PLACE_REACH = 12  # tokens back from a deed to a place named before it in its clause


def gives_place(ev: Event, v: View | None = None) -> bool:
    """A deed whose places pass on to the next deed: not a party withdrawing or fleeing,
    where it left or fled to is no theatre of the deed told after it (events22: فروا من
    معسكر اللواء 15 … باتجاه محافظة البيضاء. … قصفا لمواقع المتمردين was not in البيضاء).
    A release (RETREAT too) does give its place. Nor is a place a party was driven from
    (`leaving_modes`: طرد الحوثيين من عدن, places22), nor, with the View, one whose fall is
    told as the time of another clause (events38: قبل سقوط قاعدة العند بأيدي الجيش)."""
    return ev.type in MATERIAL and not event_markers()["leaving_modes"] & set(ev.mode) \
        and not (v is not None and time_of_fall(v, ev))


def other_story(v: View, si: int) -> bool:
    """A sentence that turns to another story of a round-up: it opens with a topic shift
    (topic_shifts: الى ذلك، من جهة أخرى، على صعيد آخر) or with the place it happens in (وفي
    محافظة ديالى، وفي إقليم نانجارهار شرق البلاد): a claim made for the article's first
    attack does not reach its deeds."""
    a, b = v.token_range(v.sents[si].start, v.sents[si].end)
    M = event_markers()
    if v.phrase_at(a, M["topic_shifts"]) or _opening(v, si):
        return True
    k = a + 1  # وفي محافظة ديالى، (a name the place scan reads as an adjective: ديالى)
    ent = v.ent_tok.get(k + 1) if k + 1 < b else None
    return v.bare(a) == "في" and v.in_words(k, M["named_place_heads"]) \
        and ent is not None and ent.type == "LOC"


def clause_place(story: Story) -> None:
    """A deed with no place takes a place named before it in its clause (وشهدت مدينة
    اللاذقية أمس اعتصاما … احتجاجا، في ريف إدلب استهدفت الطائرات …): a place entity after a
    locative word or a named place after في/ب (في بلدة X), at most CLAUSE_PLACE_REACH tokens
    back, with no punctuation, verb, relative pronoun, حيث or complementizer (another clause)
    and no other event between."""
    v = story.v
    starts = sorted(e.trigger.start for e in story.events)
    kinds = event_markers()["location_types"]
    for ev in story.events:
        if ev.location or ev.type not in kinds:
            continue
        a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        t0, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        k = t0 - 1
        while k >= max(a, t0 - CLAUSE_PLACE_REACH) and v.word(k) and not (
                k not in v.ent_tok and (
                    v.is_verb(k) and not light_verb(v, k, event_markers())
                    or where_at(v, k)
                    or clear_relative(v.norms[k])
                    or v.phrase_at(k, v.W["complementizers"])
                    or v.norms[k] in event_markers()["subject_pronouns"])):
            ent = v.ent_tok.get(k)
            if ent is not None and ent.type == "LOC":
                s = k
                s = v.skip_back_ent(s, ent, a)
                if locative(v, s, a, event_markers()) and not any(
                        v.toks[k].end <= x < ev.trigger.start for x in starts):
                    ev.location = [v.role(x, y) for x, y in _compass_located(v, s, k + 1, a)]
                break
            e = named_place(v, k, t0) if ent is None else k
            if e > k and k - 1 >= a and v.bare(k - 1) in ("في", "ب") and not any(
                    v.toks[k].end <= x < ev.trigger.start for x in starts):
                ev.location = [v.role(x, y) for x, y in place_names(v, k, e)]  # في بلدة X
                break
            k -= 1


OBJECT_REACH = 3  # words between a deed noun and the ل of the place it was done to


def object_place(story: Story) -> None:
    """A deed noun with no place whose object, after ل, is a named place that is no country
    happened there (basis "sentence"): الاقتحامات الإسرائيلية للمسجد الأقصى، اقتحام المستوطنين
    لباحات المسجد الأقصى، استعادتها لمدينة الرمادي. A verbal noun takes its object after ل when
    its doer stands between (اقتحام الشرطة للمسجد) or an adjective does; a verb's object is
    read by the place scan (اقتحم المسجد الأقصى). Only what the noun is done to: up to
    OBJECT_REACH words between, each the doer the event has, an adjective or a name, no
    verb, mark or preposition; not a country (a state is a party: the recipient, gold rule
    18), nor a place the event already holds as its recipient (a base attacked, rule 26)."""
    v = story.v
    by_start = {e.start: e for e in story.doc.entities if e.type == "LOC"}
    for ev in story.events:
        if ev.location or ev.type not in OBJECT_TYPES:
            continue
        i, j = v.token_range(ev.trigger.start, ev.trigger.end)
        if any(v.is_verb(t) for t in range(i, j)):
            continue
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        own = [v.token_range(r.start, r.end) for r in ev.actor]
        k = j
        while k < min(b, j + OBJECT_REACH) and v.word(k) and v.norms[k][:1] != "ل" \
                and not v.is_verb(k) and not v.stop(k) and not v.prefixed(k) \
                and (k in v.ent_tok or any(x <= k < y for x, y in own) or _adjective(v, k)):
            k += 1
        if k >= b or not v.word(k) or v.bare(k)[:1] != "ل" or v.norms[k][:1] != "ل":
            continue
        place = _lam_place(v, k, b, by_start)
        if place is None or any(r.start < place.end and place.start < r.end
                                for r in ev.recipient + ev.actor):
            continue
        ev.location = [place]


OBJECT_TYPES = ("ASSAULT", "COERCE")


def _adjective(v: View, k: int) -> bool:
    """A definite relative adjective (الإسرائيلية، المتواصلة، اليومية): no noun of its own."""
    n = v.norms[k]
    return v.is_def(k) and (n.endswith(("يه", "يون", "يين")) or n.endswith("ه")
                            and len(n) > 5 and n[2:3] == "م")


def _lam_place(v: View, k: int, b: int, by_start: dict) -> Role | None:
    """The named place after the ل of token k, no country: a place entity that starts inside
    the token (للمسجد الأقصى) or a place head with ل and the name after it (لمدينة الرمادي)."""
    ent = v.ent_tok.get(k)
    if ent is None or ent.type != "LOC" or ent.start <= v.toks[k].start:
        head = v.bare(k)[1:] in event_markers()["named_place_heads"] \
            or v.bare(k)[1:3] == "ال" and v.bare(k)[3:] in event_markers()["named_place_heads"]
        ent = v.ent_tok.get(k + 1) if head and k + 1 < b else None
        if ent is None or ent.type != "LOC":
            return None
    if ent.link is not None and ent.link.kind == "country":
        return None
    return Role(ent.start, ent.end, ent.id, basis="sentence")


OFFICE_REACH = 25  # tokens from a meeting's trigger to its host's office phrase


def office_place(story: Story) -> None:
    """A meeting (CONSULT) with no place whose host's name runs past the place window and
    ends at a comma before في + the host's office and the place it stands in (اجتمع معالي
    الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني، في
    مكتبه بمقر الأمانة في مدينة الرياض): the place the office phrase names (`locations` read
    from the في), basis "sentence". Only within OFFICE_REACH tokens of the trigger, with no
    verb, complementizer or other event between (another clause); the office is the host's
    own (`places.office_after_comma`), so a comma before في إطار … opens no place."""
    v = story.v
    starts = sorted(e.trigger.start for e in story.events)
    for ev, a, b, t1 in _placeless_meetings(story):
        for k in range(t1, min(b - 1, t1 + OFFICE_REACH)):
            if v.word(k) and k not in v.ent_tok and (
                    v.is_verb(k) or v.phrase_at(k, v.W["complementizers"])) \
                    or _event_at(v, k, starts):
                break
            if not v.word(k) and v.comma(k) and v.bare(k + 1) == "في" \
                    and office_after_comma(v, k + 2, b):
                _place_after_in(v, ev, k + 1, a, b)
                break


def _placeless_meetings(story: Story) -> Iterator[tuple[Event, int, int, int]]:
    """Each meeting (CONSULT) still without a place when its turn comes, with its sentence's
    tokens [a, b) and the token after its trigger (`office_place`, `held_place`)."""
    v = story.v
    for ev in story.events:
        if ev.location or ev.type != "CONSULT":
            continue
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        yield ev, a, b, v.token_range(ev.trigger.start, ev.trigger.end)[1]


def _event_at(v: View, k: int, starts: list[int]) -> bool:
    """Token k holds the start of an event's trigger (`starts`): another clause's deed."""
    return any(v.toks[k].start <= x < v.toks[k].end for x in starts)


def _place_after_in(v: View, ev: Event, k: int, a: int, b: int) -> None:
    """The places the في at token k names (`locations`) become the meeting's, if any."""
    found = locations(v, k, k, a, b, [])
    if found:
        ev.location = [v.role(x, y) for x, y, *_ in found]


HELD_ADJECTIVES = 2  # words (adjectives) between a meeting noun and its relative pronoun
HELD_REACH = 20  # tokens of the relative clause in which the meeting's place may stand


def held_place(story: Story) -> None:
    """places34: a meeting (CONSULT) with no place told with a relative clause of holding
    right after its noun (`held_verbs`: اللقاء الثلاثي الذي جمع وزير الخارجية السعودي بنظيره
    الروسي سيرغي لافروف والأميركي جون كيري في العاصمة القطرية الدوحة، الاجتماع الذي عقده …):
    the place the first في of that clause names (`locations` read from the في), basis
    "sentence". The clause ends at punctuation, another verb or another event, and at most
    HELD_REACH tokens on; a first في that names no place (في ظل …) ends the search."""
    v, M = story.v, event_markers()
    starts = sorted(e.trigger.start for e in story.events)
    for ev, a, b, t1 in _placeless_meetings(story):
        r = t1
        while r < min(b, t1 + HELD_ADJECTIVES) and v.word(r) and r not in v.ent_tok \
                and (v.norms[r],) not in RELATIVES:
            r += 1
        if r + 2 >= b or (v.norms[r],) not in RELATIVES or not _held_verb(v, r + 1, M):
            continue
        for k in range(r + 2, min(b, r + 2 + HELD_REACH)):
            if not v.word(k) or k not in v.ent_tok and v.is_verb(k) or _event_at(v, k, starts):
                break
            if v.norms[k] == "في":
                _place_after_in(v, ev, k, a, b)
                break


def _held_verb(v: View, k: int, M) -> bool:
    """Token k is a verb of holding or gathering, alone or with the pronoun that stands for
    the meeting (عقده، جمعهما)."""
    return v.norms[k] in M["held_verbs"] or v.bare(k) in M["held_verbs"] or any(
        suffix and st in M["held_verbs"] for st, _, suffix in clitic_stems(v.norms[k]))


def _compass_located(v: View, s: int, e: int, a: int) -> list[tuple[int, int]]:
    """A place entity [s, e) after compass words that follow another place entity (محافظة
    البصرة جنوبي العراق، جبهة الجفينة جنوب مأرب): the place the compass phrase locates, which
    is where the deed was, then [s, e) as the unit that holds it (the dev sets' convention,
    as `linked_units`), unless [s, e) is a country (`ENCLOSING_SKIP`: a country is no
    place of its own; `named_first` drops it the same way). The same for a place entity
    joined to [s, e) by the ب on it (places30: المقاومة في جبهة سناح بالضالع تمكنت من قتل).
    Else [s, e) alone."""
    k = s
    while k - 1 >= a and s - k < 3 and v.bare(k - 1) in event_markers()["directions"] \
            and v.bare(k - 1) != "ريف" and k - 1 not in v.ent_tok:
        k -= 1
    ent = v.ent_tok.get(k - 1) if k - 1 >= a else None
    if k == s and ent is not None and ent.type == "LOC" and ent is not v.ent_tok.get(s) \
            and v.norms[s][:1] == "ب" and v.clitic_start(s) > v.toks[s].start:
        p = v.skip_back_ent(s, ent, a)  # places30: جبهة سناح | بالضالع، منطقة المسيمير | بلحج:
        if locative(v, p, a, event_markers()):  # the place held by the one after ب
            unit = v.ent_tok.get(s)
            return [(p, s)] + ([] if unit is not None and unit.link is not None
                               and unit.link.kind in ENCLOSING_SKIP else [(s, e)])
    if k == s or ent is None or ent.type != "LOC":
        return [(s, e)]
    p = k - 1
    p = v.skip_back_ent(p, ent, a)
    unit = v.ent_tok.get(s)
    if unit is not None and unit.link is not None and unit.link.kind in ENCLOSING_SKIP:
        return [(p, k)]
    return [(p, k), (s, e)]


WHERE_REACH = 8  # tokens from حيث to the deed whose place the phrase before it gives


def where_place(story: Story) -> None:
    """A deed told in a حيث clause right after a place phrase happened there (… ما أحدث حالة
    من الانفلات الأمني في المحافظة، حيث هاجم الأهالي …، … في منطقة بغداد الجديدة، حيث أدى
    تفجير سيارة مفخخة …): حيث is "where" after a place. The place ends right before حيث (a
    comma between): a place entity introduced as a place (`locative`), a named place after
    في/ب (في بلدة X) or a definite place noun that points back at a named place (في
    المحافظة → محافظة ذمار named before). At most WHERE_REACH tokens from حيث to the deed,
    with no punctuation, and no other deed between (basis "sentence")."""
    v = story.v
    M = event_markers()
    starts = sorted(e.trigger.start for e in story.events)
    for ev in story.events:
        if ev.location or ev.type not in M["location_types"]:
            continue
        a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        t0, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        h = next((k for k in range(t0 - 1, max(a, t0 - WHERE_REACH) - 1, -1)
                  if not v.word(k) or where_at(v, k)), None)
        if h is None or not v.word(h) or any(v.toks[h].end <= x < ev.trigger.start
                                             for x in starts):
            continue
        place = _place_before(v, h, a, M)
        if place:
            ev.location = [v.role(x, y) for x, y in place]


def _place_before(v: View, h: int, a: int, M) -> list[tuple[int, int]]:
    """The place phrase that ends right before token h (a comma between), or []."""
    k = h - 1
    if k >= a and not v.word(k) and v.comma(k):
        k -= 1
        t = k
        while t >= a and v.word(t) and v.in_time(t):
            t -= 1  # بكين، أمس، حيث التقى: the day set off by commas after the place
        if a <= t < k and not v.word(t) and v.comma(t):
            k = t - 1
    if k < a or not v.word(k):
        return []
    ent = v.ent_tok.get(k)
    if ent is not None and ent.type == "LOC":
        s = k
        s = v.skip_back_ent(s, ent, a)
        if not locative(v, s, a, M) or destined(v, s, a):
            return []
        if s - 1 >= a and v.bare(s - 1) in M["directions"]:
            return [(s - 1, k + 1)]  # في ريف حلب، شرقي حمص
        p = s - 1  # في بلدة | X: the head names it with the name
        return place_names(v, p, k + 1) if p >= a and named_place(v, p, k + 1) == k + 1 \
            else [(s, k + 1)]
    noun = anaphoric_place(v, k) if ent is None else None
    if noun and (v.bare(k)[:1] == "ب" or k - 1 >= a and v.bare(k - 1) == "في"):
        found = antecedent(v, k, noun)  # في المحافظة: the province named before
        return [found] if found else []
    for p in range(k - 1, max(a - 1, k - 4), -1):  # في بلدة X: a name the tagger did not know
        if named_place(v, p, k + 1) == k + 1 and p - 1 >= a and v.bare(p - 1) in ("في", "ب"):
            return place_names(v, p, k + 1)
    return []


THERE_REACH = 12  # tokens from a deed to the هناك ("there") that closes its clause
THERE_BACK = 40  # tokens back from هناك to the place it stands for


def there_place(story: Story) -> None:
    """معارك شرسة تدور هناك، ضربات التحالف الجوية قتلت نحو ثمانية مقاتلين حوثيين هناك، القضاء
    على وجودها هناك: the adverb "there" (`there_adverbs`) after a deed in its clause, at most
    THERE_REACH tokens on with no punctuation (quotation marks aside: "معركة شاملة" وشيكة على
    مقاتلي داعش هناك) or complementizer between, says the deed happened
    at the place named last before it (`_there_antecedent`; basis "sentence", or "context"
    when that place is in the sentence before). Not the existential هناك ("there is": أن
    هناك مؤشرات، كان هناك ربيع، ما زالت هناك عقبات; `_locative_there`)."""
    v = story.v
    M = event_markers()
    for ev in story.events:
        if ev.location or ev.type not in MATERIAL:
            continue
        h = _there_token(v, ev, M)
        if h is None:
            continue
        a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        found = _there_antecedent(v, h, ev.sentence, M)
        if found:
            basis = "sentence" if found[0][0] >= a else "context"
            ev.location = [Role(r.start, r.end, r.entity, basis=basis)
                           for r in (v.role(x, y) for x, y in found)]


def _there_token(v: View, ev: Event, M) -> int | None:
    """The token of the locative هناك that closes the deed's clause: at most THERE_REACH
    tokens on, no punctuation (quotation marks aside) or complementizer before it; None
    when there is none."""
    _, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    _, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
    h = next((k for k in range(t1, min(b, t1 + THERE_REACH))
              if not v.word(k) and v.text[v.toks[k].start] not in QUOTE_MARKS
              or v.bare(k) in M["there_adverbs"]
              or v.phrase_at(k, v.W["complementizers"])), None)
    if h is None or not v.word(h) or v.bare(h) not in M["there_adverbs"] \
            or not _locative_there(v, h, b, M):
        return None
    return h


def _locative_there(v: View, h: int, b: int, M) -> bool:
    """هناك at token h means "there": the word before it is no complementizer, copula or
    particle that opens an existential clause (`there_existential_before`), and after it
    the clause ends, goes on with و / ف, or with a preposition (`there_followers`: تدور
    هناك بين …), not with the noun an existential هناك introduces (هناك حالة من الاستياء)."""
    if h - 1 < 0 or not v.word(h - 1) or v.bare(h - 1) in M["there_existential_before"] \
            or v.norms[h - 1] in M["there_existential_before"]:
        return False
    n = h + 1
    return n >= b or not v.word(n) or v.norms[n][:1] in ("و", "ف") \
        or v.norms[n] in M["there_followers"] or v.in_time(n)


def _there_antecedent(v: View, h: int, si: int, M) -> list[tuple[int, int]]:
    """The place هناك at token h stands for: the last place entity before it that its
    sentence or the sentence before (in the same paragraph) introduces as a place
    (`locative`), at most THERE_BACK tokens back, with the place it is said to lie in
    (منطقة عقان في محافظة لحج); not a place after من (where from, or a point of reference:
    تقع إلى الشمال من عدن) nor one that is where a journey goes."""
    lo = v.token_range(v.sents[si].start, v.sents[si].end)[0]
    if si > 0 and v.para[si - 1] == v.para[si]:
        lo = v.token_range(v.sents[si - 1].start, v.sents[si - 1].end)[0]
    k = h - 1
    while k >= max(lo, h - THERE_BACK):
        ent = v.ent_tok.get(k)
        if ent is None or ent.type != "LOC":
            k -= 1
            continue
        s = k
        s = v.skip_back_ent(s, ent, lo)
        a = lo if s < v.token_range(v.sents[si].start, v.sents[si].end)[0] else \
            v.token_range(v.sents[si].start, v.sents[si].end)[0]
        if locative(v, s, a, M) and not destined(v, s, a) and (s == 0 or v.norms[s - 1] != "من"):
            located = _compass_located(v, s, k + 1, a)
            if len(located) > 1 or located[0][0] != s:
                return located  # (جبهة الجفينة جنوب مأرب)
            if s - 1 >= a and v.bare(s - 1) in M["directions"]:
                return [(s - 1, k + 1)]  # في شمال سوريا
            p = s - 1 if s - 1 >= a and named_place(v, s - 1, k + 1) == k + 1 else s
            return _chain_back(v, (p, k + 1), a)[:-1] + [(s, k + 1)]  # (في | محافظة لحج)
        k = s - 1
    return []


LAND_REACH = 12  # tokens from a deed to the البلاد ("the country") of its place phrase


def land_place(story: Story) -> None:
    """وتعهدت بشن هجمات في جميع أنحاء البلاد، غاراتها الجوية … في أنحاء متفرقة من البلاد،
    قتلوا نتيجة لأعمال العنف في البلاد: a deed with no place whose own clause says it
    happened "in the country" (في/ب, then words of spread such as أنحاء، مختلف، جميع, then a
    `land_nouns` word with the article and no pronoun) happened in the country the article
    tells of (`_story_land`), named by its last mention before the deed (else its first
    after). Within LAND_REACH tokens, no punctuation (quotation marks aside), verb or
    complementizer between; not البلاد after a compass word (شمال البلاد is a place of its
    own, kept as said) nor after من alone (غادر البلاد: where from)."""
    v = story.v
    M = event_markers()
    said: list[tuple[Event, int, int]] = []
    for ev in story.events:
        if ev.location or ev.type not in M["location_types"] or warning_event(v, ev):
            continue  # (محذرة من تصاعد الغضب … في البلاد: the country of the danger warned of)
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        if _in_land(v, v.token_range(ev.trigger.start, ev.trigger.end)[1], b, M):
            said.append((ev, a, b))
    land = _story_land(story) if said else None  # (asked only of articles that say it)
    if land is None:
        return
    for ev, a, b in said:
        x = _land_mention(v, land, v.token_range(ev.trigger.start, ev.trigger.end)[0])
        if x is not None:
            basis = "sentence" if a <= x[0] < b else "context"
            r = v.role(*x)
            ev.location = [Role(r.start, r.end, r.entity, basis=basis)]


def _in_land(v: View, t1: int, b: int, M) -> bool:
    """The clause after a trigger ending at token t1 says "in the country" (`land_place`)."""
    for k in range(t1, min(b, t1 + LAND_REACH)):
        if not v.word(k):
            if v.text[v.toks[k].start] in QUOTE_MARKS:
                continue
            return False
        if v.is_verb(k) or v.phrase_at(k, v.W["complementizers"]):
            return False
        n = v.norms[k]
        if n in ("في", "وفي") or n[:1] == "ب" and len(n) > 3:
            e = k + (n in ("في", "وفي"))
            if n[:1] == "ب":  # بأنحاء البلاد، بالبلاد
                if n[1:] in M["land_nouns"]:
                    return True
                if n[1:] not in M["land_spread"]:
                    continue
                e = k + 1
            while e < b and v.word(e) and v.norms[e] in M["land_spread"]:
                e += 1
            if e < b and v.norms[e] in M["land_nouns"]:
                return True
    return False


LAND_MIN = 3  # place mentions the article's country must hold
LAND_LEAD = 2  # times as many as any other country's


def _story_land(story: Story) -> str | None:
    """The country the article tells of (its knowledge-base id): the country its place
    mentions lie in (the country itself counted too), at least LAND_MIN of them and
    LAND_LEAD times as many as any other country's (a short report of Turkish strikes in
    Syria that names Syria once is no story of Syria). None when there is none or it is
    never named by its own name."""
    counts: dict[str, int] = {}
    for e in story.doc.entities:
        c = _country(e.link) if e.type == "LOC" else None
        if c is not None:
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    top = sorted(counts.values(), reverse=True) + [0]
    best = max(counts, key=lambda c: counts[c])
    if top[0] < LAND_MIN or top[0] < LAND_LEAD * top[1]:
        return None
    if not any(e.type == "LOC" and e.link is not None and e.link.id == best
               for e in story.doc.entities):
        return None
    return best


def _land_mention(v: View, land: str, t0: int) -> tuple[int, int] | None:
    """Tokens of the country's last mention before token t0, else its first after."""
    spans = [v.token_range(e.start, e.end) for e in v.doc.entities
             if e.type == "LOC" and e.link is not None and e.link.id == land]
    before = [x for x in spans if x[0] < t0]
    if before:
        return max(before)
    return min(spans) if spans else None


JOINED_GAP = 8  # tokens between a deed noun and the deed joined to it by و


def joined_place(story: Story) -> None:
    """A deed joined by و to the next deed of its clause shares the place phrase said after
    both (غارات التحالف الدولي، وضرباته الصاروخية على مناطق في سورية; قصف واشتباكات في
    ريف حلب): the next deed's places found after its trigger in its sentence, when the
    two triggers are at most JOINED_GAP tokens apart, with no verb, no other place and no
    clause edge between them (basis "sentence")."""
    v = story.v
    for ev, nxt in zip(story.events, story.events[1:], strict=False):
        if ev.location or ev.type not in MATERIAL or nxt.type not in MATERIAL \
                or nxt.sentence != ev.sentence or not nxt.location \
                or nxt.location[0].basis != "sentence" \
                or any(r.start < nxt.trigger.end for r in nxt.location):
            continue
        _, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
        n0, _ = v.token_range(nxt.trigger.start, nxt.trigger.end)
        if n0 - t1 > JOINED_GAP or not (v.norms[n0][:1] == "و" or v.norms[n0 - 1] == "و") \
                or _clause_between(v, t1 - 1, n0) or own_place_phrase(v, ev) \
                or any(v.is_verb(k) or k in v.ent_tok and v.ent_tok[k].type == "LOC"
                       for k in range(t1, n0)):
            continue
        ev.location = copy_roles(nxt.location, "sentence")


ARRIVAL_BACK = 6  # tokens from the last word of the place arrived at back to its إلى


def arrival_visit(story: Story) -> None:
    """وصل آشتون كارتر، اليوم (الخميس)، إلى بغداد، في زيارة غير معلنة؛ وصلوا إلى عمان أمس في
    زيارة: a visit noun after في or خلال that follows an arrival (a verb of motion and its
    إلى + place: `_arrived`, `_visit_object`) is the visit paid where the traveller
    arrived (rule 32 of tests/gold/README.md: the arrival and the visit are one event):
    it takes that place (basis "sentence"). Between the place and في at most a time and a
    comma (without one, `clause_place` reads it already: وصلوا إلى عمان أمس في زيارة)."""
    v = story.v
    M = event_markers()
    for ev in story.events:
        if ev.location or ev.type != "CONSULT" or "visit" not in ev.mode:
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        if v.is_verb(i) or i - 1 <= a or v.bare(i - 1) not in ("في", "خلال"):
            continue
        k = i - 2  # the last token of the place, past a comma and a time
        if not v.word(k) and v.comma(k):
            k -= 1
        while k > a and v.word(k) and v.in_time(k):
            k -= 1
        to = next((t for t in range(k - 1, max(a, k - ARRIVAL_BACK) - 1, -1)
                   if v.bare(t) == "الي"), None)
        if to is None or not _arrived(v, to, a):
            continue
        found = _visit_object(v, to + 1, b, M)
        if found and found[-1][1] == k + 1:
            ev.location = [v.role(x, y) for x, y in found]


def _arrived(v: View, to: int, a: int) -> bool:
    """The verb nearest before the إلى at token `to` in its clause is a verb of motion
    (`motion_verbs`: وصل، يصل), past the traveller, times and the commas that set them off
    (وصل آشتون كارتر وزير الدفاع الاميركي، اليوم (الخميس)، إلى بغداد); no relative pronoun or
    complementizer between."""
    M = event_markers()
    for k in range(to - 1, max(a - 1, to - PURPOSE_BACK), -1):
        if not v.word(k):
            continue
        if (v.norms[k],) in RELATIVES or v.phrase_at(k, v.W["complementizers"]):
            return False
        if v.is_verb(k) and k not in v.ent_tok:
            return v.bare(k) in M["motion_verbs"] or v.norms[k] in M["motion_verbs"]
    return False


VISIT_GAP = 1  # sentences from a visit placed in its own sentence to the talks held on it
TALK_TYPES = ("CONSULT",)  # talks held (not AGREE: «الاتفاق الذي توصل إليه البلدان» is older)
TALK_STATUS = ("asserted", "future")  # talks held or to be held on the visit


def visit_talks(story: Story) -> None:
    """زار بغداد الخميس، واجتمع مع رئيس الوزراء; يقوم الرئيس بخاري بزيارة الى الكاميرون … .
    محادثات بخاري مع نظيره: a meeting (TALK_TYPES) told after a visit or an arrival (a
    CONSULT of mode visit) placed in its own sentence is held where the visitor went: in
    the visit's sentence, or in the next one (VISIT_GAP) when the visitor is one of its
    parties (`_visitor_talks`), when its sentence names no other place after the visit
    (`_other_place`), its clause says no place in its own words and it is no phone call
    (basis "context"). Another deed placed elsewhere in its own sentence, or another visit,
    ends the visit's thread. Not agreements (الاتفاق الذي توصل إليه البلدان: reached
    before), nor words: where a word is said is not where it is about (places26: the demo
    and region news read 7 right, 1 wrong, 1 unsure)."""
    v = story.v
    host: Event | None = None
    for ev in story.events:
        if host is not None and ev.sentence - host.sentence > VISIT_GAP:
            host = None
        if ev.type == "CONSULT" and "visit" in ev.mode:
            placed = bool(ev.location) and ev.location[0].basis == "sentence"
            if placed or host is None or ev.sentence != host.sentence:
                host = ev if placed else None
                continue
        if ev.location:
            if ev.location[0].basis == "sentence" and host is not None and {
                    r.entity for r in ev.location} - {r.entity for r in host.location}:
                host = None  # (a deed placed elsewhere: the story has moved)
            continue
        if host is None or ev.type not in TALK_TYPES or ev.status not in TALK_STATUS \
                or "phone" in ev.mode or ev.trigger.start < host.trigger.start \
                or ev.sentence != host.sentence and not _visitor_talks(story, host, ev) \
                or _other_place(story, host, ev) or own_place_phrase(v, ev):
            continue
        ev.location = copy_roles(host.location, "context")


def _visitor_talks(story: Story, host: Event, ev: Event) -> bool:
    """The visitor (the visit's actor) is a party of the talks: the same entity, or the
    same name word, among their actors or recipients (يقوم الرئيس بخاري بزيارة الى
    الكاميرون … . محادثات بخاري مع نظيره الكاميروني). Talks told in the next sentence
    without him are other talks (المحادثات التي تجريها الحركة، سيتواصل مع الصليب الأحمر)."""
    v = story.v
    ids = {r.entity for r in host.actor if r.entity}
    names = {v.bare(k) for r in host.actor for k in range(*v.token_range(r.start, r.end))
             if v.word(k) and v.ent_tok.get(k) is not None}
    for r in ev.actor + ev.recipient:
        if r.entity and r.entity in ids or any(
                v.bare(k) in names for k in range(*v.token_range(r.start, r.end))):
            return True
    return False


def _other_place(story: Story, host: Event, ev: Event) -> bool:
    """The talks' sentence names a place entity other than the visit's places: after the
    visit's trigger when the two share a sentence (زار بغداد، واجتمع مع …: not the places
    named before the visit), else anywhere in it (the claim's content when reported)."""
    own = {r.entity for r in host.location}
    lo, hi = _deed_span(story, ev)
    if ev.sentence == host.sentence:
        lo = max(lo, host.trigger.end)
    return any(e.type == "LOC" and lo <= e.start < hi and e.id not in own
               for e in story.doc.entities)


def accompanied_place(story: Story) -> None:
    """اشتباكات عنيفة في محيط حقلي شاعر وجزل بريف حمص الشرقي، وترافق ذلك مع قصف الطيران،
    خطف … في هجمات على قرى بشمال شرق سوريا في عملية تزامنت مع هجوم شنته قوات كردية: a deed
    told as going with another (a word of `accompany_words` and مع right before its trigger,
    a pointer such as ذلك between) happened where that deed happened: it takes the places
    the nearest deed before it has from its own sentence (basis "sentence"). That deed is
    in the same sentence, or in the sentence before in the paragraph when none comes before
    the cue in this one (ويأتي ذلك بالتزامن مع …); a nearest deed with no place gives none."""
    v = story.v
    M = event_markers()
    for n, ev in enumerate(story.events):
        if ev.location or ev.type not in MATERIAL or not _accompanies(v, ev, M):
            continue
        before = [p for p in story.events[:n] if p.type in MATERIAL
                  and p.trigger.end <= ev.trigger.start and (
                      p.sentence == ev.sentence or p.sentence == ev.sentence - 1
                      and v.para[p.sentence] == v.para[ev.sentence])]
        same = [p for p in before if p.sentence == ev.sentence]
        deed = (same or before or [None])[-1]
        if deed is not None and deed.location and deed.location[0].basis == "sentence":
            ev.location = copy_roles(deed.location, "sentence")


def _accompanies(v: View, ev: Event, M) -> bool:
    """مع right before the trigger, and before it a word of accompanying (ترافقت مع، بالتزامن
    مع), or a pointer between them (وترافق ذلك مع)."""
    t0, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    if t0 - 2 < a or v.norms[t0 - 1] != "مع":
        return False
    k = t0 - 2
    if v.norms[k] in M["accompany_pointers"] and k - 1 >= a:
        k -= 1
    return v.norms[k] in M["accompany_words"] or v.bare(k) in M["accompany_words"]


def opening_place(story: Story) -> None:
    """A sentence that opens with a place (وفي إقليم نانجارهار شرق البلاد أصيب … بعد انفجار
    قنبلة) sets it for its deeds that have none."""
    v = story.v
    opened: dict[int, list[Role]] = {}
    for ev in story.events:
        if ev.location or ev.type not in MATERIAL:
            continue
        if ev.sentence not in opened:
            opened[ev.sentence] = _opening(v, ev.sentence)
        if opened[ev.sentence]:
            ev.location = copy_roles(opened[ev.sentence], "sentence")


def _opening(v: View, si: int) -> list[Role]:
    a, b = v.token_range(v.sents[si].start, v.sents[si].end)
    k = a
    while k < b and (k in v.opener_tok or v.bare(k) == "اما"):
        k += 1  # (أما في ريف حمص الشرقي، فقد اندلعت …)
    if k + 1 >= b or v.bare(k) != "في":
        return []
    k += 1
    M = event_markers()
    if k + 1 < b and (v.bare(k) in M["vague_places"] or v.bare(k) in M["front_nouns"]) \
            and (nxt := v.ent_tok.get(k + 1)) is not None and nxt.type == "LOC":
        k += 1  # وفي العاصمة صنعاء، سقط …، أما في جبهة الزبداني: the place noun before the name
    ent = v.ent_tok.get(k)
    e = named_place(v, k, b)
    if e == k and ent is not None and ent.type == "LOC":
        e = k
        e = v.skip_ent(e, ent, b)
    if e == k:
        return _opening_phrase(v, k, b, M)
    return [v.role(x, y) for x, y in place_names(v, k, e)]


OPENING_REACH = 10  # tokens of a fronted في phrase, up to its comma


def _opening_phrase(v: View, k: int, b: int, M) -> list[Role]:
    """وفي محيط قرى عدة في ريف حلب الشمالي، دارت اشتباكات: a fronted في phrase closed by a
    comma within OPENING_REACH tokens, with no verb and no deed in it, sets the place of its
    sentence: the last place entity it introduces as a place (with its compass word). A
    phrase that names no place (وفي أكتوبر،) sets none."""
    a = k
    last: tuple[int, int] | None = None
    for m in range(k, min(b, k + OPENING_REACH)):
        if not v.word(m):
            if not v.comma(m):
                return []
            break
        if v.is_verb(m) or v.trigger_noun_at(m):
            return []
        ent = v.ent_tok.get(m)
        if ent is not None and ent.type == "LOC" and v.ent_tok.get(m - 1) is not ent \
                and locative(v, m, a, M) and not destined(v, m, a):
            e = m
            e = v.skip_ent(e, ent, b)
            last = (m - 1 if v.bare(m - 1) in M["directions"] else m, e)
    else:
        return []
    if last is None or any(  # (وفي جنوب سوريا، سيطر … على سد كوكب في ريف درعا الغربي)
            (ent := v.ent_tok.get(x)) is not None and ent.type == "LOC"
            and v.ent_tok.get(x - 1) is not ent and locative(v, x, a, M)
            for x in range(m + 1, b)):
        return []
    return [v.role(*last)]


def speaker_place(story: Story) -> None:
    """وقال المسؤول في مدينة سبها "سقط 40 قتيلا … في اشتباكات"، وقالت مصادر في المقاومة
    الشعبية بقيفة إن مسلحي المقاومة نفذوا كمائن: a deed told in a claim whose speaker is a
    local source (`local_sources`: a source, correspondent, official, activist, witness,
    resident or field commander) named with the place he speaks from (a place entity after
    في/ب inside the speaker's phrase), and that says no place of its own, happened there: a
    local source tells local news (basis "context": the deed's sentence does not say it).
    Run after the passes that read the deed's own sentence and the deed before it
    (`sentence_place`, `carried_place`). Talks and words are left: an envoy or a minister
    speaks of elsewhere. Nor when the claim names a place in the deed's sentence: that is
    the deed's (`sentence_place` and the place window read it)."""
    v = story.v
    M = event_markers()
    claims = {c.id: c for c in story.doc.claims}
    for ev in story.events:
        c = claims.get(ev.claim) if ev.claim else None
        if ev.location or ev.type not in MATERIAL or c is None \
                or c.speaker.end <= c.speaker.start or not _local_source(v, c.speaker, M):
            continue
        lo, hi = _deed_span(story, ev)
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        if any(e.type == "LOC" and lo <= e.start < hi
               and locative(v, v.token_range(e.start, e.end)[0], a, M)
               for e in story.doc.entities):
            continue  # (… غرب الرمادي: what the claim says of where wins; `sentence_place`)
        found = _speaker_place(v, c.speaker.start, c.speaker.end, M)
        if found and not _scene_told(story, ev, [v.role(x, y) for x, y in found]):
            ev.location = [Role(r.start, r.end, r.entity, basis="context")
                           for r in (v.role(x, y) for x, y in found)]


def _local_source(v: View, speaker, M) -> bool:
    """The speaker's phrase opens with a local source (`local_sources`), or with a word
    that picks one or some of them (`source_quantifiers`, places35: وقال أحد سكان بلدة
    الفوعة إن …) and the source after it."""
    i, j = v.token_range(speaker.start, speaker.end)
    if v.bare(i) in M["source_quantifiers"] and i + 1 < j:
        i += 1
    return v.bare(i) in M["local_sources"]


def _scene_told(story: Story, ev: Event, own: list[Role]) -> bool:
    """What a claim of the deed's sentence says names a place other than the speaker's, no
    country (مصدر أمني بشمال سيناء، أن قوات الأمن مشطت … موقع الحادث الذي تم أمام مسجد
    الخلفاء على طريق العريش الساحلي، موضحاً أن عبوتين … انفجرت إحداهما): the source tells
    the scene in his own words, in whichever clause (places24: fresh19's two deeds, where
    شمال سيناء was wrong for both)."""
    s = story.v.sents[ev.sentence]
    t = story.doc.span_text
    names = {normalize(t(r)) for r in own}
    contents = [c.content for c in story.doc.claims if s.start <= c.content.start < s.end]
    return any(e.type == "LOC" and (e.link is None or e.link.kind != "country")
               and normalize(t(e)) not in names
               and any(c.start <= e.start < c.end for c in contents)
               for e in story.doc.entities if s.start <= e.start < s.end)


def _speaker_place(v: View, start: int, end: int, M) -> list[tuple[int, int]]:
    """The first place entity the speaker's phrase [start, end) introduces after في/ب (with
    its place noun: في مدينة سبها، بالعاصمة طرابلس) or after a word of residents whose place
    it is (`resident_heads`: أهالي قرية بلعين), and the places joined to it by و / ب
    (في الضفة الغربية والقدس المحتلة)."""
    i, j = v.token_range(start, end)
    for k in range(i + 1, j):
        ent = v.ent_tok.get(k)
        if ent is None or ent.type != "LOC" or v.ent_tok.get(k - 1) is ent:
            continue
        p = k - 1
        if v.bare(p) in M["place_nouns"] or v.bare(p) in M["named_place_heads"] \
                or v.bare(p) in M["vague_places"]:
            p -= 1  # في | مدينة سبها
        if p < i or not (v.bare(p) == "في" or v.bare(k - 1)[:1] == "ب"
                         or v.norms[k][:1] == "ب" and v.clitic_start(k) > v.toks[k].start
                         or v.bare(p) in M["resident_heads"]):
            continue  # (places35: أهالي قرية بلعين، أحد سكان سوروتش: residents of a place)
        names = place_names(v, k, j)
        out = names[:1]
        for y in names[1:]:  # في الضفة الغربية والقدس المحتلة: the places joined to it
            if not _chained(v, out[-1][1], y[0]):
                break
            out.append(y)
        return out
    return []


CARRY_STATUS = ("asserted", "historical")
# places33: a withdrawal, a flight or a release takes no place from the deed told before it
# (in its sentence or the one before): where it went from or to is said in its own words
# (هروب المئات … تجاه تعز، فرار قيادات داعش من المدينة), and the place before is the one taken
# or the one left. On the 21 dev sets carried_place gave RETREAT right 3 / wrong 7, and with
# it gone the passes that give the place of the deed told in the same sentence
# (partner_place, clause_partner_place) right 2 / wrong 8. Aid is left carried: on the demo
# the camp or airport a story tells of is where the aid was given (مخيم الزعتري، مطار عدن).
MOVED = frozenset({"RETREAT"})


OTHER_DAYS = 2  # days between two deeds' dates beyond which they are other incidents
LEAD_REACH = 6  # sentences after the lead paragraph's place over which it may be carried


PLACE_GAP = 1  # sentences from a placed deed to the next deed that may take its place


def carried_place(story: Story) -> None:
    """A deed with no place takes the place of the deed just before it, while the story
    stays there: in its sentence or the next one (PLACE_GAP: a sentence between that tells
    no placed deed, a statement, a reaction or background, leaves the thread; places24: two
    or more sentences on, right 6 / wrong 15 on the dev sets), and in the paragraph that
    named the place or, for a place named in the lead paragraph, within LEAD_REACH
    sentences of it (basis "context"). A deed placed so passes the place on. Only a
    specific place is carried (a town, district, camp or province: not a country or a
    region, not a compass phrase such as شمال غرب بغداد): a wide place said once is no
    place of the next deed. A list of places, none lying in another (`_place_list`:
    الأنبار وصلاح الدين وكركوك), is carried only within the sentence that named it: which
    of them a deed told after it was in is not said (places24: right 1 / wrong 14 on the
    dev sets). Words and talks (CONSULT, AGREE …) carry no place: where a meeting was held
    is said when it matters; nor does a withdrawal, a flight or a release take one (`MOVED`)."""
    v = story.v
    last: list[Role] = []
    listed = False  # the places carried are a list of places, not one place
    at = 0  # the sentence of the deed that carries them
    named = 0  # the sentence that named them
    when: str | None = None  # the date of the deed that named them
    for ev in story.events:
        if not ev.location and ev.type in MATERIAL and ev.type not in MOVED and last and \
                ev.status in CARRY_STATUS and not own_place_phrase(v, ev) and \
                not _other_time(ev, when) and not _their_deeds(v, ev) and \
                not _habitual(v, ev) and \
                (ev.sentence == at or not _placed_elsewhere(story, ev, last)) and \
                (ev.sentence == named or not _new_thread(story, ev, last)) and \
                not _named_object(story, ev, last) and \
                ev.sentence - at <= PLACE_GAP and (ev.sentence == named or not listed) and (
                    v.para[ev.sentence] == v.para[named]
                    or v.para[named] == 0 and ev.sentence - named <= LEAD_REACH):
            ev.location = copy_roles(last, "context")
        if ev.location and gives_place(ev, v) and ev.location[0].basis in (
                "sentence", "context"):
            specific = [r for r in ev.location if _specific(story, r)]
            if ev.location[0].basis == "sentence" and specific:
                named, last = ev.sentence, specific  # (a country said again moves nothing)
                listed = _place_list(story, specific)
                when = ev.time.date if ev.time else None
            at = ev.sentence


def _new_thread(story: Story, ev: Event, carried: list[Role]) -> bool:
    """The deed's sentence, after the one that named the carried places, turns from them:
    it opens with a topic shift or the place it happens in (`other_story`: من جهة أخرى،
    في غضون ذلك، وفي محافظة ديالى،), or it names, anywhere (the speaker's place too:
    وقالت مصادر في المقاومة الشعبية بقيفة إن …، أفادت مصادر أمنية … في صنعاء أن …), a place
    entity that is no country and lies in no chain with a carried place (`_other_named`).
    A reader takes the deed to be where that sentence is, not where the one before was."""
    return other_story(story.v, ev.sentence) or _other_named(story, ev, carried)


def _named_object(story: Story, ev: Event, carried: list[Role]) -> bool:
    """The deed's object, right after its word, is a named place other than the carried
    ones (تحرير قاعدة العند، في أعقاب استعادتها قاعدة العند الجوية، تطهير «مثلث العند»): the
    place the deed took or struck is where it was, not the place told before it. A
    definite place noun alone (قصف المدينة، اقتحام المعسكر) points back at the carried
    place and blocks nothing, nor does a named place that holds a carried one's name (تحرير
    مطار عدن after عدن)."""
    v, t = story.v, story.doc.span_text
    heads = event_markers()["place_nouns"] | event_markers()["named_place_heads"]
    names = {normalize(t(r)) for r in carried}
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    k = j
    k = v.skip_quotes(k, len(v.toks), "\"«“")  # (تطهير «مثلث العند»)
    spots = [k - 1, k] if j - i > 1 and v.bare(j - 1) in heads else [k]
    if k < len(v.toks) and (v.bare(k) in heads or v.bare(k)[2:] in heads):
        spots.append(k + 1)  # (استعادتها قاعدة العند: the head, then the name)
    for x in spots:
        ent = v.ent_tok.get(x)
        if ent is not None and ent.type == "LOC" and (ent.link is None
                                                      or ent.link.kind != "country"):
            words = set(normalize(t(ent)).split())
            return not any(set(n.split()) <= words for n in names)  # (مطار عدن: in عدن)
    return False


def _other_named(story: Story, ev: Event, carried: list[Role]) -> bool:
    """The deed's sentence names as a place (`locative`, not after على), in what it says of
    the deed (`_deed_span`) or as the place a local source speaks from (مصادر في المقاومة
    الشعبية بقيفة; not where a speaker spoke: في مؤتمر صحافي في شانلي أورفة), a place the knowledge
    base knows that is no country, no carried place (by its link or its words) and lies in
    none of them nor holds one nor lies near one (`_near`: the knowledge base keeps few
    units of a town): بعقوبة after منطقة الشرطة الرابعة ببغداد, صنعاء after لحج.
    A place it does not know is as often a street or quarter of the town carried (شارع
    الثلاثين ومنطقة الضباب after تعز) and moves nothing."""
    kb, t, v, M = get_kb(), story.doc.span_text, story.v, event_markers()
    by_id = {e.id: e for e in story.doc.entities}
    ents = [by_id[r.entity] for r in carried if r.entity in by_id]
    ids = {e.link.id for e in ents if e.link is not None}
    names = {normalize(t(r)) for r in carried} | {normalize(t(e)) for e in ents}
    s = v.sents[ev.sentence]
    a = v.token_range(s.start, s.end)[0]
    lo, hi = _deed_span(story, ev)
    local = [c.speaker for c in story.doc.claims if s.start <= c.speaker.start < s.end
             and c.speaker.end > c.speaker.start and v.bare(v.token_range(
                 c.speaker.start, c.speaker.end)[0]) in M["local_sources"]]
    for e in story.doc.entities:
        if e.type != "LOC" or not s.start <= e.start < s.end or normalize(t(e)) in names:
            continue
        if not lo <= e.start < hi and not any(x.start <= e.start < x.end for x in local):
            continue  # (قال في مؤتمر صحافي في شانلي أورفة: where he spoke, no scene)
        k = v.token_range(e.start, e.end)[0]
        if not locative(v, k, a, M):
            continue  # (ولكن القاهرة تلكأت: a capital for its government, no place)
        if k > a and v.bare(k - 1) in ("علي", "وعلي"):
            continue  # (فرضت طوقا على الرمادي: what the deed bore on, in the theatre)
        if e.link is None or e.link.kind == "country" or e.link.id in ids:
            continue  # (شارع الثلاثين، منطقة الضباب: a street or quarter of the town carried)
        if not any(kb.is_part_of(e.link.id, x) or kb.is_part_of(x, e.link.id)
                   or _near(kb.get(e.link.id), kb.get(x)) for x in ids):
            return True
    return False


NEAR_KM = 20.0  # two places this close are one theatre (a quarter and its town)


def _near(a, b) -> bool:
    """Both knowledge-base places have coordinates and lie within NEAR_KM of each other
    (great-circle distance): الضباب and تعز, whose hierarchy the knowledge base lacks."""
    if a is None or b is None or a.lat is None or b.lat is None or a.lon is None \
            or b.lon is None:
        return False
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))) <= NEAR_KM


def _place_list(story: Story, places: list[Role]) -> bool:
    """Two or more of the places name places none of which lies in another (الرمادي
    والفلوجة، عقان وكرش), once the units said to hold another are set aside (برقين في جنين،
    الحوطة بمحافظة لحج: one place): by the knowledge base, or a unit the sentence links
    to the place (`enclosing_place`, `linked_units` add them after the place)."""
    kb = get_kb()
    by_id = {e.id: e for e in story.doc.entities}
    links = [by_id[r.entity].link if r.entity in by_id else None for r in places]
    own: list[int] = []
    for n, link in enumerate(links):
        if n and _unit_of_before(story, places, n):
            continue  # (a unit named after the place it holds)
        if link is not None and any(o is not None and o.id != link.id and kb.is_part_of(
                o.id, link.id) for o in links):
            continue  # (a unit of another place of the list)
        own.append(n)
    return len(own) > 1


def _unit_of_before(story: Story, places: list[Role], n: int) -> bool:
    """The place n follows a place before it as its unit, in one phrase of the sentence:
    right after it with في or ب (برقين في جنين، الحوطة بمحافظة لحج), or linked by a
    compass, belonging or seat word (`_units_chain`)."""
    v, M = story.v, event_markers()
    x = v.token_range(places[n].start, places[n].end)
    heads = M["place_nouns"] | M["named_place_heads"]
    for r in places[:n]:
        i, j = v.token_range(r.start, r.end)
        between = [v.norms[k] for k in range(j, x[0] + 1)]
        if 0 < len(between) <= 3 and (between[0] == "في" or between[0][:1] == "ب") and all(
                w == "في" or w[:1] == "ب" or w in heads or w[1:] in heads
                for w in between[:-1]):
            return True
        s = next((k for k, sn in enumerate(v.sents) if sn.start <= r.start < sn.end), None)
        if s is None:
            continue
        b = v.token_range(v.sents[s].start, v.sents[s].end)[1]
        if any(u[0] <= x[0] < u[1] or x[0] <= u[0] < x[1] for u in _units_chain(v, j, b, M, i)):
            return True
    return False


def previous_place(story: Story) -> None:
    """A deed whose sentence names no place at all happened where the deed told in the
    sentence just before it happened (basis "context"), as a reader takes it and the
    annotation spec records it (قتلوا اثنين من جنوده … في تفجير قنبلة … قرب مدينة ديار بكر.
    وأضاف البيان أن … ستة أشخاص على الأقل اعتقلوا). The places are those the last deed
    (ASSAULT … PROTEST) of the previous sentence has from its own sentence, a region too
    (unlike `carried_place`, one sentence back only), but not a country alone
    (`_country_only`). Not when the deed's
    sentence (the claim's content when reported) names any place entity (`_names_place`:
    it may be placed elsewhere) or speaks of a place in words of its own (`_speaks_of_place`,
    `own_place_phrase`),
    tells a habit or a party's deeds in general (`_habitual`, `_their_deeds`), dates
    another deed (`_reference_deed`), points back with the article at one deed where that
    deed is deeds in general (`_general_antecedent`: هجمات … . … عن الهجوم), has a time of
    its own for another day, one of the two is background and the other not
    (`_background`), or when the sentence before names other towns besides that deed's
    places (`_one_theatre`), or that deed's places are a list of places none in another
    (`_place_list`: قصفت … في التومة والشيخ زويد; places33, as `carried_place` keeps a list
    in its sentence: which of them the next deed was in is not said). Nor a withdrawal, a
    flight or a release (`MOVED`)."""
    v = story.v
    for ev in story.events:
        if ev.location or ev.type not in MATERIAL or ev.type in MOVED \
                or ev.status not in CARRY_STATUS or ev.sentence == 0:
            continue
        before = [p for p in story.events if p.sentence == ev.sentence - 1
                  and gives_place(p, v) and p.location and p.location[0].basis == "sentence"]
        if not before or _background(before[-1]) != _background(ev) or _names_place(story, ev) \
                or _country_only(story, before[-1]) \
                or _speaks_of_place(story, ev) \
                or own_place_phrase(v, ev) or _habitual(v, ev) or _their_deeds(v, ev) \
                or _reference_deed(v, ev) \
                or _other_time(ev, before[-1].time.date if before[-1].time else None) \
                or _general_antecedent(v, before[-1], ev) or not _one_theatre(story, before[-1]) \
                or _place_list(story, before[-1].location) \
                or _new_thread(story, ev, before[-1].location):
            continue
        ev.location = copy_roles(before[-1].location, "context")


def _country_only(story: Story, ev: Event) -> bool:
    """The deed's places are countries named by their names only (قصف … في العراق): a
    country says which land, not where in it the deed after it happened (places24:
    previous_place carrying a country was right 0 / wrong 4 on the dev sets: الشريط
    الحدودي، الأراضي العراقية). A compass phrase on a country is a region of it (جنوب
    اليمن), and is carried."""
    v = story.v
    by_id = {e.id: e for e in story.doc.entities}
    directions = event_markers()["directions"]
    for r in ev.location:
        link = by_id[r.entity].link if r.entity in by_id else None
        i = v.token_range(r.start, r.end)[0]
        if link is None or link.kind != "country" or v.bare(i) in directions \
                or v.norms[i] in directions:
            return False
    return True


def _one_theatre(story: Story, ev: Event) -> bool:
    """Every place entity the deed's sentence names, countries aside, is one of the deed's
    places or lies in one chain with one of them in the knowledge base (ريف حلب، حلب): the
    sentence tells one theatre. A sentence that lists other towns (محافظة بغداد … تلتها
    محافظة ديالى … صلاح الدين) or names a second one (ضبطا قاطرتين … في طريقها للحوثيين في
    صنعاء, said by the governor of مأرب) or another country as a place (أهدافا لداعش شمالي
    سوريا، ولحزب العمال بشمالي العراق) leaves open where the next deed was. A country named
    as a party (وشنت تركيا … غارات … في شمال العراق) leaves it one theatre."""
    kb, v, M = get_kb(), story.v, event_markers()
    ents = {e.id: e for e in story.doc.entities}
    own = {r.entity for r in ev.location if r.entity}
    ids = {ents[x].link.id for x in own if x in ents and ents[x].link is not None}
    lands = {_country(ents[x].link) for x in own if x in ents}
    s = v.sents[ev.sentence]
    a, _ = v.token_range(s.start, s.end)
    for e in story.doc.entities:
        if e.type != "LOC" or not s.start <= e.start < s.end or e.id in own:
            continue
        if e.link is None:
            return False
        if e.link.kind == "country":  # a party (وشنت تركيا), unless another land as a place
            k = v.token_range(e.start, e.end)[0]
            if e.link.id not in lands and locative(v, k, a, M) \
                    and not (k > a and v.bare(k - 1) in DESTINATION_PREPS):
                return False  # (في زيارته إلى العراق: a journey's end, no theatre)
            continue
        if not any(e.link.id == x or kb.is_part_of(e.link.id, x) or kb.is_part_of(x, e.link.id)
                   for x in ids):
            return False
    return True


def partner_place(story: Story) -> None:
    """A deed told in one sentence with a deed placed there, whose sentence names no place
    but that deed's, happened there too (basis "sentence"): أعلن الجيش أنه حرر خلال عملية
    عسكرية نفذها في شمال شرق البلاد 178 شخصا … مؤكدا أنه اعتقل خلال العملية نفسها أحد قادة
    الحركة. The partner is the nearest deed of the sentence, before or after it, placed in
    its own sentence (`clause_partner_place` takes one before it in its clause: this one
    also crosses a clause edge, which a sentence naming one place allows, but not حيث). Not
    when the deed says where in words of its own, tells a habit or a party's deeds in
    general, dates the clause (`_reference_deed`: وبعد أربعة أيام على هجوم انتحاري …، شن
    سلاح الجو …), has a time of its own for another day, or one of the two is background
    and the other not (`_background`: a campaign waged since March, حملة جوية … اسهمت في
    استعادة عدن, is not where the recapture was), nor for a withdrawal, flight or
    release (`MOVED`: هروب المئات … تجاه تعز after the places taken)."""
    v = story.v
    for ev in story.events:
        if ev.location or ev.type not in MATERIAL or ev.type in MOVED \
                or ev.status not in CARRY_STATUS:
            continue
        same = [p for p in story.events if p is not ev and p.sentence == ev.sentence
                and gives_place(p, v) and p.location and p.location[0].basis == "sentence"]
        if not same:
            continue
        near = min(same, key=lambda p: abs(p.trigger.start - ev.trigger.start))
        lo, hi = sorted((near.trigger.start, ev.trigger.start))
        if any(where_at(v, k) for k in range(*v.token_range(lo, hi))):
            continue  # (فوجئت بإطلاق نيران، حيث شهدت مدينة بيدوا إجراءات: another clause's)
        if _credited(v, lo, hi):
            continue  # (حملة جوية … اسهمت في استعادة عدن: the outcome's place, not the campaign's)
        if _background(near) != _background(ev) \
                or _names_place(story, ev, {r.entity for r in near.location}) \
                or own_place_phrase(v, ev) or _habitual(v, ev) or _their_deeds(v, ev) \
                or _reference_deed(v, ev) \
                or _other_time(ev, near.time.date if near.time else None):
            continue
        ev.location = copy_roles(near.location, "sentence")


def _credited(v: View, lo: int, hi: int) -> bool:
    """A verb of contributing (`contribution_verbs`: أسهم، ساهم) stands between two deeds: the
    later is an outcome credited to the earlier (status13 reads both as background), and an
    outcome's place is not where the deed credited with it happened."""
    verbs = event_markers()["contribution_verbs"]
    return any(st in verbs for k in range(*v.token_range(lo, hi))
               for st, _, _ in clitic_stems(v.bares[k]))


ONE_PLACE_REACH = 25  # tokens between a deed and the one place its sentence names


SINGLE_PREPS = frozenset(p[0] for p in PREPS if len(p) == 1)  # في، على، قرب …


def _bare_object(v: View, k: int, a: int) -> bool:
    """The place at token k, after a bare place noun, is what a verb of going names as its
    object (`motion_verbs`: دخل الوفد مدينة حلب، زار مدينة …): where a journey ends, no scene
    of the clause after it. A place noun governed by a preposition, a deed noun or another
    noun (تأمين مدينة عدن، مسيحيي سهل نينوى ومدينة الموصل) is not."""
    p = k - 1
    if p < a or not v.word(p) or v.bare(p) not in event_markers()["place_nouns"]:
        return False
    verbs = event_markers()["motion_verbs"]
    return any(v.in_words(q, verbs) for q in range(max(a, p - 3), p)) \
        and not any(v.in_words(q, SINGLE_PREPS) for q in range(max(a, p - 3), p))


def _seat(v: View, k: int, a: int) -> bool:
    """The place at token k is where a party named right before it sits, or where a journey
    goes, not where a deed was done: في/ب + the place right after a party entity (مدير
    المرصد السوري لحقوق الإنسان في لندن), or ل + a place noun before it."""
    p = k - 1 if k - 1 >= a and v.bare(k - 1) == "في" else k
    q = p - 1
    # (past a closing quotation mark: تنتمي لـ«داعش» في إسطنبول)
    q = v.skip_back_quotes(q, a, "\"»”)")
    ent = v.ent_tok.get(q) if q >= a else None
    if ent is not None and ent.type in ("ORG", "PER"):
        return True
    # ل + a place noun introduces where a journey goes or whose a thing is, no scene
    # (قبل رحلة مقررة لبلدة كوباني في سوريا)
    return k - 1 >= a and v.norms[k - 1][:1] == "ل" \
        and v.norms[k - 1][1:] in event_markers()["place_nouns"]


def one_place(story: Story) -> None:
    """A deed with no place whose sentence (the claim's content when it is reported) names
    one specific place and no other place happened there, across a clause edge or beyond
    SENTENCE_PLACE_REACH too, within ONE_PLACE_REACH tokens (basis "sentence"), as a reader
    takes a sentence that tells one scene: زار داود أوغلو أمس موقعا أماميا حدوديا في منطقة
    كلس قرب الموقع الذي قتل فيه جندي في اشتباكات مع متشددي تنظيم داعش. The specific places
    (not a country or region: `WIDE_KINDS`) are introduced as places (`locative`; not where
    a journey goes or a party sits: `_seat`; not a verb's object: `_bare_object`; not before
    منذ + a deed of reference: `_since_between`) and lie in one chain of the knowledge base;
    every other place entity of the span is linked and a country or region they lie in, or
    a party (وشنت تركيا). Not when the place is one of the deed's own parties (تطلق الخرطوم
    سراح), another deed of the sentence holds it as its own place (`partner_place` weighs
    that: سيطروا على العاصمة صنعاء في سبتمبر is no place of a campaign told with it), a حيث
    stands between them (another scene), or the deed says where in words of its own or
    speaks of places it does not name (`_unnamed_places`), tells a habit or a party's deeds
    in general, or dates a clause (`_reference_deed`)."""
    v, kb, M = story.v, get_kb(), event_markers()
    for ev in story.events:
        if ev.location or ev.type not in MATERIAL or ev.status not in CARRY_STATUS:
            continue
        lo, hi = _deed_span(story, ev)
        s = v.sents[ev.sentence]
        a, _ = v.token_range(s.start, s.end)
        ents = [e for e in story.doc.entities if e.type == "LOC" and lo <= e.start < hi]
        if not ents or any(e.link is None for e in ents):
            continue
        places = [e for e in ents if e.link.kind not in WIDE_KINDS]  # type: ignore[union-attr]
        ids = {e.link.id for e in places}  # type: ignore[union-attr]
        if not places or not all(x == y or kb.is_part_of(x, y) or kb.is_part_of(y, x)
                                 for x in ids for y in ids):
            continue
        toks = [v.token_range(e.start, e.end)[0] for e in places]
        t0 = v.token_range(ev.trigger.start, ev.trigger.end)[0]
        if not all(locative(v, k, a, M) and not destined(v, k, a) and not _seat(v, k, a)
                   and not _bare_object(v, k, a) and not _since_between(v, k, t0, M)
                   and abs(k - t0) <= ONE_PLACE_REACH for k in toks):
            continue
        wide = [e for e in ents if e not in places]
        if any(not any(kb.is_part_of(x, e.link.id) for x in ids)  # type: ignore[union-attr]
               and locative(v, v.token_range(e.start, e.end)[0], a, M) for e in wide):
            continue  # (another country or region as a place: two theatres)
        if _taken(story, ev, {e.id for e in ents}, {e.id for e in places}) \
                or _where_between(v, t0, toks):
            continue
        if own_place_phrase(v, ev) or _habitual(v, ev) or _their_deeds(v, ev) \
                or _reference_deed(v, ev) or _unnamed_places(story, lo, hi) \
                or _there_after(v, ev, M):
            continue
        ev.location = [Role(e.start, e.end, e.id) for e in places]


def _taken(story: Story, ev: Event, party_ids: set[str], placed_ids: set[str]) -> bool:
    """One guard of `one_place` and `one_land`: the place is a party of the deed, or another
    material deed of the sentence already has it as its place."""
    held = {r.entity for r in ev.actor + ev.recipient}
    return bool(held & party_ids) or any(
        p is not ev and p.sentence == ev.sentence and p.type in MATERIAL
        and any(r.entity in placed_ids for r in p.location) for p in story.events)


def _where_between(v: View, t0: int, toks: list[int]) -> bool:
    """A حيث between the deed and its places opens another clause's scene."""
    return any(where_at(v, m) for m in range(min(t0, *toks), max(t0, *toks)))


def one_land(story: Story) -> None:
    """A deed with no place whose sentence (the claim's content when it is reported) names
    no specific place, only one country or region as a place (in one chain of the
    knowledge base: شمال سوريا and سوريا count as one), happened there, across a clause
    edge too, within ONE_PLACE_REACH tokens (basis "sentence"): the one land the sentence
    names is where a reader puts the deed (وتعاني شبكة الكهرباء في ليبيا أعطالا متكررة …
    جراء استهداف الأبراج … بسبب الاشتباكات المسلحة; ارتكاب جرائم حرب في اليمن).
    `one_place` does this for a specific place; `sentence_place` takes a land only in the
    deed's own clause and after it. The same guards as `one_place`: the land is introduced
    as a place (not where a journey goes or a party sits, not a verb's object, not a
    party of the deed or another deed's place of the sentence); no حيث between; the deed
    says no place in words of its own, speaks of no unnamed places, tells no habit and
    dates no clause."""
    v, kb, M = story.v, get_kb(), event_markers()
    placed: list[tuple[Event, list[Role]]] = []  # set at the end: deeds of one sentence
    for ev in story.events:                      # may share the land (one_land's own)
        if ev.location or ev.type not in MATERIAL or ev.status not in CARRY_STATUS:
            continue
        lo, hi = _deed_span(story, ev)
        ents = [e for e in story.doc.entities if e.type == "LOC" and lo <= e.start < hi]
        if not ents or any(e.link is None or e.link.kind not in WIDE_KINDS for e in ents):
            continue
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        t0 = v.token_range(ev.trigger.start, ev.trigger.end)[0]
        toks = [v.token_range(e.start, e.end)[0] for e in ents]
        if not all(locative(v, k, a, M) and not _toward(v, k, a) and not _seat(v, k, a)
                   and not _bare_object(v, k, a) and not _since_between(v, k, t0, M)
                   and abs(k - t0) <= ONE_PLACE_REACH for k in toks):
            continue
        if any(_in_party(story, ev, e.start) for e in ents):
            continue
        land = _wide_place(ents)
        ids = {e.link.id for e in ents}  # type: ignore[union-attr]
        if not land or not all(x == y or kb.is_part_of(x, y) or kb.is_part_of(y, x)
                               for x in ids for y in ids):
            continue  # (two lands: the sentence does not say which)
        if _taken(story, ev, ids | {e.id for e in ents}, {e.id for e in ents}) \
                or _where_between(v, t0, toks):
            continue
        if own_place_phrase(v, ev) or _habitual(v, ev) or _their_deeds(v, ev) \
                or _reference_deed(v, ev) or _dating_clause(v, t0, a, M) \
                or _unnamed_places(story, lo, hi) or _there_after(v, ev, M):
            continue
        placed.append((ev, [Role(e.start, e.end, e.id) for e in land]))
    for ev, roles in placed:
        ev.location = roles


GOING_BACK = 3  # words from a word of going to the في of the land it goes to fight in


def _toward(v: View, k: int, a: int) -> bool:
    """The land at token k is no scene: where someone goes or is sent, after إلى / نحو /
    صوب (and a place noun) whatever word of going comes before (أعيداني الى فرنسا), or
    after في within GOING_BACK words of a word of going (للسفر للقتال في سوريا: the arrest
    told after it was at home); or what a deed is done against, after على (العدوان على
    سوريا: a state is a party, gold rule 18)."""
    M = event_markers()
    p = k - 1
    if p >= a and v.bare(p) in M["place_nouns"]:
        p -= 1
    if p < a:
        return False
    if v.bare(p) in DESTINATION_PREPS or v.bare(p) == "علي":
        return True
    return v.bare(p) == "في" and any(v.word(q) and destination_word(v, q, M)
                                     for q in range(max(a, p - GOING_BACK), p))


def _dating_clause(v: View, t0: int, a: int, M) -> bool:
    """A verb after بعد أن / قبل أن (`reference_preps`): a deed told to date the clause
    before it (لإحلال السلام في سوريا بعد أن انسحب اثنان قبله), not a deed of that
    clause's land."""
    k = t0 - 1
    if k >= a and v.norms[k] == "قد":
        k -= 1
    return k - 1 >= a and v.norms[k] == "ان" and v.norms[k - 1] in M["reference_preps"]


def _in_party(story: Story, ev: Event, start: int) -> bool:
    """A land named inside a party's phrase — the deed's actor or recipient, or the speaker
    of a claim (المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا): part of
    who acts or speaks, no scene."""
    spans = [(r.start, r.end) for r in ev.actor + ev.recipient]
    spans += [(c.speaker.start, c.speaker.end) for c in story.doc.claims]
    return any(x <= start < y for x, y in spans)


def _there_after(v: View, ev: Event, M) -> bool:
    """A locative هناك closes the deed's clause (as `there_place` reads it: تحرز تقدما في
    المعارك هناك، وإنها ستصبح … عند حدود مدينة الرمادي): the deed is where a place told before
    it lies, not at the one its sentence names after (events38)."""
    return _there_token(v, ev, M) is not None


def rally_place(story: Story) -> None:
    """Words said at a protest were said where it was held: a demand or a condemnation
    (any event that is no deed: مطالبين، للتنديد) told after a protest in its clause, with
    no clause edge between, takes the places the protest has from its own sentence (basis
    "sentence"): تظاهر الآلاف في ساحة التحرير وسط بغداد مطالبة بمحاسبة الفاسدين; نفذت
    العشرات من الأسر وقفة احتجاجية أمام فندق شيراتون وسط صنعاء للتنديد باختطاف ذويهم.
    Not from a protest told as background (its status, or كان … قد before it: وكان أهالي
    العاصمة صنعاء قد خرجوا من قبل في مظاهرات مماثلة للمطالبة …, an earlier protest)."""
    v = story.v
    for ev in story.events:
        if ev.location or ev.type in MATERIAL or ev.status not in CARRY_STATUS:
            continue
        t0 = v.token_range(ev.trigger.start, ev.trigger.end)[0]
        rally = [p for p in story.events if p.type == "PROTEST" and p.sentence == ev.sentence
                 and p.trigger.start < ev.trigger.start and p.location
                 and p.location[0].basis == "sentence" and not _background(p)]
        if not rally:
            continue
        r0 = v.token_range(rally[-1].trigger.start, rally[-1].trigger.end)[0]
        if _clause_between(v, r0, t0) or _pluperfect(v, ev.sentence, r0):
            continue
        ev.location = copy_roles(rally[-1].location, "sentence")


def _pluperfect(v: View, si: int, k: int) -> bool:
    """Sentence si tells what had happened before token k with كان … قد (`pluperfect_auxiliaries`:
    وكان أهالي العاصمة صنعاء قد خرجوا من قبل في مظاهرات مماثلة)."""
    a, _ = v.token_range(v.sents[si].start, v.sents[si].end)
    aux = event_markers()["pluperfect_auxiliaries"]
    at = next((m for m in range(a, k) if v.bare(m) in aux), None)
    return at is not None and any(v.bare(m) == "قد" for m in range(at + 1, k))


def _unnamed_places(story: Story, lo: int, hi: int) -> bool:
    """The span speaks of other places in words of its own: a plural place noun that heads
    no name and bears no pronoun (`unnamed_place_plurals`: تسود محافظة ذمار حالة من التوتر …
    في المواجهات التي تشهدها العديد من المدن والمحافظات اليمنية; not هجروا من مناطقهم, the
    places named)."""
    v, plurals = story.v, event_markers()["unnamed_place_plurals"]
    i, j = v.token_range(lo, hi)
    named = {k for e in story.doc.entities if lo <= e.start < hi
             for k in range(*v.token_range(e.start, e.end))}
    return any(k not in named and k + 1 not in named and k + 2 not in named
               and any(st in plurals and not suffix for st, _, suffix in clitic_stems(v.norms[k]))
               for k in range(i, j) if v.word(k))


REFERENCE_BACK = 5  # words from a deed noun back to the بعد/قبل/غداة that dates a clause by it


def _reference_deed(v: View, ev: Event) -> bool:
    """A deed noun told to date another deed (`reference_anchors`: غداة غارات …; or
    `reference_preps` with a duration between, `duration_nouns`: وبعد أربعة أيام على هجوم
    انتحاري دامٍ استهدف الأراضي التركية، شن سلاح الجو التركي … غاراته … في سوريا): the
    place the clause gives the dated deed is not its own."""
    M = event_markers()
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.is_verb(i):
        return False
    for k in range(i - 1, max(-1, i - REFERENCE_BACK - 1), -1):
        if not v.word(k):
            return False
        if v.norms[k] in M["reference_anchors"]:
            return True
        if v.norms[k] in M["reference_preps"]:
            return any(v.norms[x] in M["duration_nouns"] for x in range(k + 1, i))
    return False


def _general_antecedent(v: View, before: Event, ev: Event) -> bool:
    """A definite singular deed noun (الهجوم) points back at one deed, not at deeds told in
    general with an indefinite plural (وشن التنظيم هجمات في مدينة سرت. وأعلن تنظيم داعش
    مسؤوليته عن الهجوم: the story's attack, elsewhere)."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    k, _ = v.token_range(before.trigger.start, before.trigger.end)
    if not _told_again(v, ev) or v.bare(i).endswith("ات") or v.is_verb(k):
        return False
    b = v.bare(k)
    return b.endswith("ات") and not b.startswith("ال")


def _background(ev: Event) -> bool:
    """A deed told as background (status "historical": وكان … قد، منذ مارس) happened at
    another time than the deeds told around it."""
    return ev.status == "historical"


def _speaks_of_place(story: Story, ev: Event) -> bool:
    """The deed's sentence (all of it: a claim's other content too) speaks of a place in
    words no place entity was found in: a place noun (سد كوكب يقع بين بلدتي نافعة وعين ذكر،
    في 13 محافظة تركية) or a vague place (حملات المداهمة … في جميع أنحاء البلاد): it says
    where, or that it was elsewhere, in its own words."""
    v, M = story.v, event_markers()
    words = M["place_nouns"] | M["named_place_heads"] | M["vague_places"]
    s = v.sents[ev.sentence]
    i, j = v.token_range(s.start, s.end)
    return any(st in words or "ال" + st in words or st[-2:] == "تي" and st[:-2] + "ه" in words
               for k in range(i, j) if v.word(k) for st, _, _ in clitic_stems(v.norms[k]))


def _names_place(story: Story, ev: Event, but: set[str | None] | None = None) -> bool:
    """The deed's sentence (the claim's content when the deed is reported) names a place
    entity (other than those `but` holds)."""
    lo, hi = _deed_span(story, ev)
    return any(e.type == "LOC" and lo <= e.start < hi and e.id not in (but or set())
               for e in story.doc.entities)


def _told_again(v: View, ev: Event) -> bool:
    """A deed noun with the article (الهجوم، بالاشتباكات، وللقتال) points back at the deed
    the story is about; a verb, an indefinite noun or a possessed one (انسحابهم: theirs,
    whatever it was) does not."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.is_verb(i) or j - i == 1 and pronoun_on(v, i, ev.trigger.end) is not None:
        return False
    return v.bare(i).startswith("ال") or v.norms[i].startswith(("بال", "لل", "وال", "فال"))


def _placed_elsewhere(story: Story, ev: Event, carried: list[Role]) -> bool:
    """The deed's sentence names, as places (after في، ب، a place noun: المتواجدة بنطاق
    أسواق بدر بمحافظة السويس), specific places the knowledge base knows, and none lies in
    a carried place or holds one: the story has moved to another town. (Asked only of
    a place carried from another sentence: one placed deed of a sentence passes its place
    on within it.)"""
    v, kb = story.v, get_kb()
    ids = [e.link.id for r in carried for e in story.doc.entities
           if e.id == r.entity and e.link is not None]
    if not ids:
        return False
    s = v.sents[ev.sentence]
    a, _ = v.token_range(s.start, s.end)
    lo, hi = _deed_span(story, ev)
    named = [e.link.id for e in story.doc.entities
             if e.type == "LOC" and e.link is not None and lo <= e.start < hi
             and e.link.kind not in ("country", "region")
             and locative(v, v.token_range(e.start, e.end)[0], a, event_markers())]
    return bool(named) and not any(kb.is_part_of(x, m) or kb.is_part_of(m, x)
                                   for x in named for m in ids)


def _deed_span(story: Story, ev: Event) -> tuple[int, int]:
    """Where a place of the deed may be named in its sentence: inside the content of the
    claim that reports it, when it is reported (قال في مؤتمر صحافي في شانلي أورفة "… هجوما
    انتحاريا": where the speaker spoke is no place of the deed), else the whole sentence."""
    s = story.v.sents[ev.sentence]
    claim = next((c for c in story.doc.claims if c.id == ev.claim), None) if ev.claim else None
    if claim is not None and claim.content.start <= ev.trigger.start < claim.content.end:
        return max(s.start, claim.content.start), min(s.end, claim.content.end)
    return s.start, s.end


SENTENCE_PLACE_REACH = 20  # tokens between a deed and a place its sentence names
WIDE_KINDS = ("country", "region")


def sentence_place(story: Story) -> None:
    """A deed with no place whose sentence names one place as a place (a place the
    knowledge base knows, after في، ب or a place noun; the places of one chain, a province
    and a district of it, count as one), within SENTENCE_PLACE_REACH tokens and its clause
    (`_clause_between`), happened there (basis "sentence"): قال المتحدث إن عناصر التأمين
    المتواجدة بنطاق أسواق بدر بمحافظة السويس فوجئت بإطلاق نيران. Two places not of one
    chain: the sentence does not say which. A country or a region counts only when the
    clause names no specific place (`_wide_place`: قتل … بنيران هندية … في كشمير)."""
    v, kb = story.v, get_kb()
    M = event_markers()
    starts = [e.trigger.start for e in story.events]
    for ev in story.events:
        if ev.location or ev.type not in MATERIAL or ev.status not in CARRY_STATUS:
            continue
        s = v.sents[ev.sentence]
        a, _ = v.token_range(s.start, s.end)
        t0, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        found = []
        lo, hi = _deed_span(story, ev)
        for e in story.doc.entities:
            if e.type != "LOC" or e.link is None or not lo <= e.start < hi:
                continue
            k = v.token_range(e.start, e.end)[0]
            if locative(v, k, a, M) and abs(k - t0) <= SENTENCE_PLACE_REACH \
                    and not _clause_between(v, t0, k) and not destined(v, k, a) \
                    and not _since_between(v, k, t0, M):
                found.append(e)
        specific = [e for e in found if e.link.kind not in WIDE_KINDS]  # type: ignore[union-attr]
        wide = [e for e in found if e.start > ev.trigger.start
                and not any(ev.trigger.end <= x < e.start for x in starts)]
        found = specific or ([] if own_place_phrase(v, ev) or _resumptive(v, ev)
                             else _wide_place(wide))
        if found and _named_object(story, ev, [Role(e.start, e.end, e.id) for e in found]):
            continue  # (تطهير «مثلث العند» … نحو محافظة تعز: the object is where)
        ids = {e.link.id for e in found}  # type: ignore[union-attr]
        linked = _linked_pairs(v, found, M)
        if found and all(x == y or kb.is_part_of(x, y) or kb.is_part_of(y, x)
                         or (x, y) in linked or (y, x) in linked for x in ids for y in ids):
            spans = listed_places(v, [v.token_range(e.start, e.end) for e in found])
            listed = [v.ent_tok[i] for i, _ in spans[:M["location_max"]]]
            ev.location = [Role(e.start, e.end, e.id) for e in listed]


def _since_between(v: View, k: int, t0: int, M) -> bool:
    """Between a place at token k and the deed after it, منذ opens a deed of reference, not
    a time (قتل مئات … في شمال سيناء منذ إعلان الجيش عزل الرئيس … إثر احتجاجات حاشدة: the
    protests were not there; منذ صباح أمس, منذ 26 يوما are times and change nothing)."""
    return any(v.norms[x] in M["since_words"] and x + 1 < t0 and v.word(x + 1)
               and x + 1 not in v.time_tok and not v.norms[x + 1][:1].isdigit()
               for x in range(k, t0))


def _linked_pairs(v: View, found: list, M) -> set[tuple[str, str]]:
    """Pairs of link ids of places the sentence itself joins as a place and the unit it
    lies in or by (`_units_chain`: بالقرب من قاعدة العند الجوية شمالي عدن), which the
    knowledge base may not know: one chain, not two places the sentence leaves open."""
    out: set[tuple[str, str]] = set()
    b = len(v.toks)
    for e in found:
        i, j = v.token_range(e.start, e.end)
        for x, y in _units_chain(v, j, b, M, i):
            out |= {(e.link.id, o.link.id) for o in found
                    if o is not e and x <= v.token_range(o.start, o.end)[0] < y}
    return out


def clause_partner_place(story: Story) -> None:
    """A deed with no place told in one clause with a deed placed in the sentence before it
    (شهدت الأطراف الغربية لمدينة حلب اشتباكات … ترافقت مع قصف جوي … واستهداف تمركزات) happened
    there too (basis "sentence"): the nearest placed deed before it in its sentence, its
    places named in the sentence and no country (a town, a province, a countryside: ريف
    حلب الشمالي; a sentence names a country as the frame of several deeds: قصفت تركيا
    مواقع … في سوريا … بعد 3 أيام على هجوم انتحاري), no clause edge between the two deeds
    (`_clause_between`),
    and, as for a carried place, no place phrase of its own, not a party's deeds in
    general and no time of its own for another day, nor for a withdrawal, flight or
    release (`MOVED`). (`carried_place` does this for the places found before it runs; this pass
    takes those the later passes found.)"""
    v = story.v
    for ev in story.events:
        if ev.location or ev.type not in MATERIAL or ev.type in MOVED \
                or ev.status not in CARRY_STATUS:
            continue
        t0, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        partner = next((p for p in reversed(story.events) if p.sentence == ev.sentence
                        and p.trigger.start < ev.trigger.start and p.location
                        and p.type in MATERIAL and p.status in CARRY_STATUS
                        and p.location[0].basis == "sentence"), None)
        if partner is None or own_place_phrase(v, ev) or _their_deeds(v, ev) \
                or _other_time(ev, partner.time.date if partner.time else None) \
                or _named_object(story, ev, partner.location):
            continue
        p0, _ = v.token_range(partner.trigger.start, partner.trigger.end)
        s = v.sents[ev.sentence]
        if _clause_between(v, p0, t0) or not all(s.start <= r.start < s.end
                                                 for r in partner.location):
            continue
        specific = [r for r in partner.location if _specific(story, r)
                    or _kind(story, r) not in (None, "country")]
        if specific:
            ev.location = copy_roles(specific, "sentence")


def _kind(story: Story, r: Role) -> str | None:
    """The knowledge-base kind of a role's place, or None."""
    ent = next((e for e in story.doc.entities if e.id == r.entity), None) if r.entity else None
    return ent.link.kind if ent is not None and ent.link is not None else None


def _wide_place(found: list) -> list:
    """The one country or region a deed's clause names as a place, when it names no
    specific place (وذكر مسؤولون أن أربعة مدنيين قتلوا بنيران هندية … في كشمير): where
    the deed happened as the sentence says it. Two wide places: the sentence does not say
    which, unless one lies in the other (the narrower one)."""
    kb = get_kb()
    ids = {e.link.id for e in found}
    narrow = {x for x in ids if not any(y != x and kb.is_part_of(y, x) for y in ids)}
    if len(narrow) != 1:
        return []
    return [e for e in found if e.link.id in narrow][:1]


def _clause_between(v: View, i: int, j: int) -> bool:
    """Between tokens i and j (either order): a mark that ends a clause (. ؛ : ! ؟), a comma
    before a verb with و/ف, حيث, a relative pronoun or a complementizer: the place is
    another clause's (حيث شهدت مدينة العريش إجراءات، القذافي الذي ألقى مسلحون القبض عليه،
    دخل الوفد مدينة حلب، وواصلت القوات حصارها)."""
    for k in range(min(i, j) + 1, max(i, j)):
        if not v.word(k):
            if v.text[v.toks[k].start] in ".;؛:!?؟" or k + 1 < len(v.toks) and v.text[
                    v.toks[k].start] in "،," and v.is_verb(k + 1) and v.norms[k + 1][:1] in "وف":
                return True  # (، وواصلت القوات: a new clause)
            continue
        if where_at(v, k) or clear_relative(v.norms[k]) \
                or v.phrase_at(k, v.W["complementizers"]):
            return True
    return False


def _their_deeds(v: View, ev: Event) -> bool:
    """A plural deed noun with a possessive pronoun (هجماتهم، تعزيزاته، عملياتها) names a
    party's deeds in general, not the one just placed."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1:
        return False
    n = v.bare(i)
    return any(n.endswith("ات" + p) for p in ("هم", "ها", "ه", "هما"))


HABITUAL_AN = 3  # tokens back from an imperfect verb to an أن that makes it a told deed


def _habitual(v: View, ev: Event) -> bool:
    """A deed told with an imperfect verb of the third person (حيث يعتدي عناصرها على
    المتظاهرين ويعتقلون بعضهم، كان يعود ويخرق الالتزام) says what a party does, not the deed
    just placed: no place is carried to it (a place of its own sentence still is its own).
    Not after أن (قبل أن يترجل ويطلق عليه النار: a deed told), nor a ت form, as often a
    noun or a perfect (تقدم، توقف)."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if any(v.bare(k) in ("ان", "بان") for k in range(max(0, i - HABITUAL_AN), i)):
        return False  # قبل أن يترجل ويطلق عليه النار: a deed told in the past
    return v.is_verb(i) and v.bare(i)[:1] == "ي" and imperfect_form(v.bare(i))


def _other_time(ev: Event, when: str | None) -> bool:
    """The deed has a time of its own that resolves to no day, or to a day more than
    OTHER_DAYS from the date of the deed that named the place (في وقت سابق من العام الجاري،
    في نيسان - أبريل): another incident, told elsewhere than the place just named. (Days
    close together are one story told with أمس and أمس الأربعاء.)"""
    if ev.time is None:
        return False
    if ev.time.date is None:
        return True
    if when is None:
        return False
    try:
        gap = abs((date.fromisoformat(ev.time.date[:10]) - date.fromisoformat(when[:10])).days)
    except ValueError:
        return ev.time.date != when
    return gap > OTHER_DAYS


def own_place_phrase(v: View, ev: Event) -> bool:
    """The deed's clause says where it happened in words no place was resolved from (في
    مناطق الريف الشرقي، على أحياء سكنية في تلك المدينة، في نفس المنطقة، بشمال البلاد): في or
    على after the trigger, within the location window and before any punctuation, governing
    a place noun, a generic place, a compass word or a demonstrative.
    A place carried from before would override what the sentence says."""
    M = event_markers()
    _, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
    b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[1]
    words = M["place_nouns"] | M["named_place_heads"] | M["directions"] | M["vague_places"]
    for k in range(t1, min(b, t1 + M["location_window"])):
        if not v.word(k):
            return False
        n = v.bare(k)
        if n in ("في", "علي") and k + 1 < b:  # (علي: على normalized)
            nxt = v.bare(k + 1)
            nxt = nxt[2:] if nxt.startswith("ال") else nxt
            if nxt in words or n == "في" and generic_place(v, k + 1) \
                    or v.bare(k + 1) in M["demonstratives"] or nxt in ("نفس", "ذات"):
                return True  # (على المواقع: a target, not where; على مناطق: a place noun)
        elif v.preposed_in(k, words, "ب"):
            return True  # بمنطقة، بشمال
    return False


def _specific(story: Story, r: Role) -> bool:
    """A place that may be carried: a named place that is no country, region or compass
    phrase."""
    v = story.v
    i, j = v.token_range(r.start, r.end)
    if v.bare(i) in event_markers()["directions"]:
        return False
    ent = next((e for e in story.doc.entities if e.id == r.entity), None) if r.entity else None
    if ent is not None and ent.link is not None:
        parent = get_kb().parent(ent.link.id)
        return ent.link.kind != "country" and not (  # الضفة الغربية، البقاع: a country's region
            ent.link.kind == "region" and (parent is None or parent.kind == "country"))
    return ent is not None and ent.type == "LOC" or named_place(v, i, j) > i \
        or j - i == 1 and anaphoric_place(v, i) is not None  # المخيم: the camp named before


ENCLOSING_SKIP = {"country"}  # kinds of wider unit never added: a country is no place of its own
ENCLOSING_REACH = 6  # tokens from a place to the wider unit named after it


def enclosing_place(story: Story) -> None:
    """A place said to lie in a wider unit takes that unit too: a unit named right after it
    in its phrase (معسكر العند المجاور لقاعدة العند الجوية بمحافظة لحج، مخيم الدهيشة جنوب
    مدينة بيت لحم) or opening its sentence (وفي محافظة ديالى، قتل … في بلدة مندلي). After
    the place, the unit is one the knowledge base puts the place in (a province, district
    or city; no country), or any place after a compass word right behind it (جنوب مدينة
    X); at the opening, it must be the place's unit. Units named farther away (حاكم إقليم
    باداخشان) or in other sentences are left: they say who, not where."""
    v, kb = story.v, get_kb()
    by_id = {e.id: e for e in story.doc.entities}
    for ev in story.events:
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        added: list[Role] = []
        for r in ev.location:
            if not v.sents[ev.sentence].start <= r.start < v.sents[ev.sentence].end:
                continue  # a place carried from before: its units were said there
            ent = by_id.get(r.entity) if r.entity else None
            link = ent.link if ent is not None else None
            units = [x for x in kb.ancestors(link.id) if x.kind not in ENCLOSING_SKIP] \
                if link is not None else []
            i, j = v.token_range(r.start, r.end)
            t0, _ = v.token_range(ev.trigger.start, ev.trigger.end)
            found = _unit_after(v, j, b, units) or _unit_opening(v, a, b, units) \
                or opening_scene(v, a, min(i, t0), link)
            t = story.doc.span_text
            if found is not None and not any(
                    x.start < found.end and found.start < x.end or found.entity is not None
                    and x.entity == found.entity or normalize(t(x)) == normalize(t(found))
                    for x in ev.location + added):
                added.append(found)
        ev.location = ev.location + added


def compass_region(story: Story) -> None:
    """Gold rule 20 for every place of an event inside its sentence, whoever set it: the
    compass phrase that says in which region of a country the place lies is a location too
    (`places.region_past`), right after it (مدينة الحوطة عاصمة محافظة لحج جنوبي اليمن، for
    a fight the sentence's later clause tells: `clause_place` set لحج; قبالة سواحل مدينة
    شقرة في محافظة أبين جنوب اليمن, set by `one_place`) or past a short apposition when the
    knowledge base puts the place in that country (دونيتسك معقل الانفصاليين الموالين لروسيا
    شرق أوكرانيا). The events stage's `region_of_place` reads the adjacent phrase of the
    places it finds; this pass reads the others and the farther phrase."""
    v, M = story.v, event_markers()
    for ev in story.events:
        if not ev.location or len(ev.location) >= M["location_max"]:
            continue
        s = v.sents[ev.sentence]
        _, b = v.token_range(s.start, s.end)
        spans = [v.token_range(r.start, r.end) for r in ev.location if s.start <= r.start < s.end]
        added: list[tuple[int, ...]] = []
        for x in spans:
            y = region_past(v, x, b)
            if y is not None and not any(_same_place(v, (y[0], y[1]), w) or w[0] <= y[0] < w[1]
                                         for w in spans + added):
                added.append(y)
        if added:
            ev.location = (ev.location + span_roles(v, added))[:M["location_max"]]


UNIT_CHAIN = 3  # links followed from a place to the units said to hold it


def linked_units(story: Story) -> None:
    """A place the sentence says lies in a named unit takes the unit too, as the article
    names it, whether or not the knowledge base knows the unit (the dev sets' convention:
    named places from the finest to the containing unit named in the phrase): a unit
    joined to the place by a link of belonging or of lying (`unit_links`: منطقة قلاج
    كورتك التابعة لبلدة رميلان، مدينة أعزاز الواقعة بريف حلب الشمالي) or by a compass word
    (بشارع الستين وسط صنعاء), after a comma or a bracket too (في منطقة الحسينية، شمالي
    بغداد), by a seat apposition (`seat_link`: في مدينة الموصل، عاصمة محافظة نينوى) or by
    a word of nearness, which links as a compass word does (`near_links`: في قريتي دويزات
    والحود قرب الموصل). The
    chain is followed from each unit found, at most UNIT_CHAIN links. The unit is a place
    entity or a named place (head and name); a country ends the chain (a city is named
    without its country), and a link to anything else (التابعة لقوات الحرس الجمهوري: a
    party) adds nothing."""
    v = story.v
    M = event_markers()
    for ev in story.events:
        s = v.sents[ev.sentence]
        _, b = v.token_range(s.start, s.end)
        added: list[Role] = []
        for r in ev.location:
            if not s.start <= r.start < s.end:
                continue  # a place carried from before: its units were said there
            i, j = v.token_range(r.start, r.end)
            for x, y in _units_chain(v, j, b, M, i):
                for p, q in place_names(v, x, y):
                    found = _unit_role(v, p, q, M)
                    if not any(_same_role(story, found, o) for o in ev.location + added):
                        added.append(found)
        ev.location = ev.location + added


def _same_role(story: Story, x: Role, y: Role) -> bool:
    """Two place roles name one place: overlapping, the same entity or the same words."""
    t = story.doc.span_text
    return x.start < y.end and y.start < x.end or x.entity is not None \
        and x.entity == y.entity or normalize(t(x)) == normalize(t(y))


def _unit_role(v: View, i: int, j: int, M) -> Role:
    """The role of a unit over tokens [i, j), without the ل or ب a bare place head carries
    (لمنطقة الدورة → منطقة الدورة)."""
    r = v.role(i, j)
    n = v.norms[i]
    if r.start == v.toks[i].start and n[:1] in "لب" \
            and n[1:] in M["named_place_heads"] | M["place_nouns"]:
        _, index = normalize_with_map(v.raw(i))
        return Role(v.toks[i].start + (index[1] if len(index) > 1 else 1), r.end, r.entity)
    return r


UNIT_RANKS = {"country": 6, "region": 5, "governorate": 4, "district": 3, "subdistrict": 3,
              "city": 2, "town": 1}  # knowledge-base kinds, the wider the higher
PROVINCE_RANK = 4  # a place named with a province head (محافظة ذمار)


def _units_chain(v: View, j: int, b: int, M, i: int | None = None) -> list[tuple[int, int]]:
    """The units linked one after another to a place over tokens [i, j) (see
    `linked_units`). A compass word says where a place lies beside another as often as in
    it: it links a unit only when the place is no wider than the unit (بمحافظة ذمار، جنوب
    صنعاء: the province lies south of the capital, not in it)."""
    out: list[tuple[int, int]] = []
    k, prev = j, (j - 1 if i is None else i, j)
    while len(out) < UNIT_CHAIN and k < b:
        if not v.word(k) and v.text[v.toks[k].start] in "،,(" and k + 1 < b:
            k += 1  # (الحسينية، شمالي بغداد، X (غرب Y): the compass word must follow, no و)
            if v.norms[k] not in M["directions"] and not seat_link(v, k, b, M):
                break  # (الموصل، عاصمة محافظة نينوى: a seat apposition may follow too)
        seat = seat_link(v, k, b, M)
        near = 0 if seat else v.phrase_at(k, M["near_links"], b)
        beside = False
        n = seat or v.phrase_at(k, M["unit_links"], b)
        if n and k + n < b:
            k += n  # التابع | لمنطقة الدورة، الواقعة | جنوب غرب بغداد، الواقع | في
            k += v.norms[k] == "في" and k + 1 < b
        d = directions_end(v, k, b) if v.bare(k) in M["directions"] else \
            directions_end(v, k + 1, b) if v.norms[k] in M["directions"] else k
        inside = bool(n) and d == k or v.bare(k) == "وسط" or v.norms[k] == "وسط"
        # (الواقعة شمال عدن: a link of lying then a compass word says beside, as a compass
        # word alone does; places22)
        if d > k and v.bare(k) != "ريف" and v.norms[k] != "ريف":
            k = d  # جنوبي | بغداد; وسط | مدينة رفح (its و is its own)
        elif near and k + near < b:
            k += near  # قريتي دويزات والحود قرب | الموصل: beside it, like a compass word
            beside = True
        elif not n:
            break
        unit = _unit_at(v, k, b)
        if unit is None or not inside and _rank(v, *prev, M) >= _rank(v, *unit, M) > 0 \
                or beside and _rank(v, *unit, M) <= _rank(v, *prev, M):
            break  # (معسكر العند المجاور لقاعدة العند: a site beside a site, no unit of it)
        out.append(unit)
        prev = unit
        k = unit[1]
    return out


def seat_link(v: View, k: int, b: int, M) -> int:
    """Length of a seat apposition at token k (`seat_links`: عاصمة، مركز) when a province
    head and its name follow (الموصل، عاصمة محافظة نينوى، بعقوبة مركز محافظة ديالى): the
    place is the seat of that province, so it lies in it; 0 otherwise (مركز المدينة،
    عاصمة الولاية: no name; مركز مدينة الرمادي: a city's centre is no unit of it)."""
    n = v.phrase_at(k, M["seat_links"], b)
    if not n or k + n + 1 >= b or not any(st in M["province_heads"] for st, _, _ in
                                         clitic_stems(v.norms[k + n])):
        return 0
    return n if named_place(v, k + n, b) > k + n + 1 or v.ent_tok.get(k + n + 1) is not None \
        else 0


def _rank(v: View, i: int, j: int, M) -> int:
    """How wide the place over tokens [i, j) is: a province by its head noun (محافظة ذمار,
    also when the head is the token before), else by its knowledge-base kind; 0 unknown."""
    for t in (i - 1, i):
        if t >= 0 and any(st in M["province_heads"] for st, _, _ in clitic_stems(v.norms[t])):
            return PROVINCE_RANK
    ent = next((v.ent_tok[t] for t in range(i, j) if t in v.ent_tok), None)
    if ent is None or ent.link is None:
        return 0
    return UNIT_RANKS.get(ent.link.kind, 0)


def _unit_at(v: View, k: int, b: int) -> tuple[int, int] | None:
    """The unit named at token k: a place entity that is no country (with the place noun
    before it: مدينة رفح) or a named place (لمنطقة الدورة); else None."""
    e = named_place(v, k, b)
    ent = v.ent_tok.get(k if e == k else k + 1)
    if ent is not None and (ent.type != "LOC" or ent.link is not None
                            and ent.link.kind == "country"):
        return None
    if e > k:
        return k, e
    if ent is None:
        return None
    e = k
    e = v.skip_ent(e, ent, b)
    return k, e


def _unit_after(v: View, j: int, b: int, units: list) -> Role | None:
    """The wider unit named within ENCLOSING_REACH tokens after a place ending at token j."""
    M = event_markers()
    k = j
    while k < min(b, j + ENCLOSING_REACH) and v.word(k):
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "LOC" and v.ent_tok.get(k - 1) is not ent:
            e = k
            e = v.skip_ent(e, ent, b)
            compass = v.bare(j) in M["directions"] and all(
                v.bare(t) in M["directions"] or place_word(v, t) for t in range(j + 1, k)) \
                and (ent.link is None or ent.link.kind not in ENCLOSING_SKIP)
            if compass or ent.link is not None and any(_same_unit(ent.link, u) for u in units):
                return v.role(k, e)
            k = e
            continue
        if v.is_verb(k) and k not in v.ent_tok:
            return None
        k += 1
    return None


def _unit_opening(v: View, a: int, b: int, units: list) -> Role | None:
    """The place's unit opening its sentence after في (وفي محافظة ديالى، …)."""
    if not units:
        return None
    k = a
    while k < b and k in v.opener_tok:
        k += 1
    if k + 1 >= b or v.bare(k) != "في":
        return None
    for t in range(k + 1, min(b, k + 3)):
        ent = v.ent_tok.get(t)
        if ent is not None and ent.type == "LOC" and ent.link is not None:
            if any(_same_unit(ent.link, u) for u in units):
                e = t
                e = v.skip_ent(e, ent, b)
                return v.role(t, e)
            return None
    return None


SCENE_KINDS = ("governorate", "region", "city")  # units a fronted scene (وفي محافظة أبين،)
# gives a place the knowledge base does not know (places30)


def opening_scene(v: View, a: int, s: int, link) -> Role | None:
    """places30: the place a sentence opens with after (و)في sets the scene of the deeds its
    clause tells (وفي محافظة أبين نفذت المقاومة … هجومًا … في منطقة السلامية؛ وفي صنعاء، عاد
    شبح التفجيرات؛ إذ استهدف انفجار … مسجدًا في منطقة نقم؛ وفي العراق أصابت الغارات أهدافا
    عدة قرب تسع مدن بينها الموصل): the deed's own place, starting at token s, lies in it. Two
    kinds where `_unit_opening` (the knowledge base's unit) does not answer: the country the
    knowledge base puts the place in, and a province, region or city (`SCENE_KINDS`) for a
    place it does not know (`link` None), when no reported clause (a complementizer: وفي
    القاهرة، قال الوزير إن …) and no second fronted في (a new scene) stand between. None
    otherwise."""
    k = a
    while k < s and k in v.opener_tok:
        k += 1
    if k + 1 >= s or v.bare(k) != "في":
        return None
    t = k + 1 + (named_place(v, k + 1, s) > k + 1)  # وفي محافظة أبين: past the head noun
    ent = v.ent_tok.get(t)
    if ent is None or ent.type != "LOC" or ent.link is None or v.ent_tok.get(t - 1) is ent:
        return None
    e = t
    e = v.skip_ent(e, ent, s)
    if e >= s or any(v.norms[x] == "وفي" or v.phrase_at(x, v.W["complementizers"])
                     for x in range(e, s)):
        return None
    if ent.link.kind == "country":
        if link is None or link.id == ent.link.id or _country(link) != ent.link.id:
            return None
    elif link is not None or ent.link.kind not in SCENE_KINDS:
        return None
    return v.role(t, e)


def _same_unit(link, unit) -> bool:
    """A mention's link names the knowledge-base unit: the same entry, or an entry of the
    same English name (ديالى linked to the city entry, the unit محافظة ديالى)."""
    return link.id == unit.id or bool(link.name_en) and link.name_en == unit.name_en


def _country(link) -> str | None:
    """The knowledge-base country a place link lies in (itself when a country)."""
    if link is None:
        return None
    if link.kind == "country":
        return link.id
    return next((x.id for x in get_kb().ancestors(link.id) if x.kind == "country"), None)


def reference_place(story: Story) -> None:
    """A town that only locates another place of the event (لحج شمالي عدن: the event is in
    لحج; `places.located_before`) is dropped, whichever pass carried it in."""
    v = story.v
    for ev in story.events:
        if len(ev.location) < 2:
            continue
        spans = {id(r): v.token_range(r.start, r.end) for r in ev.location}
        ev.location = [r for r in ev.location if not _locates(v, spans[id(r)][0], [
            spans[id(o)] for o in ev.location if o is not r])]


def _locates(v: View, s: int, others: list[tuple[int, int]]) -> bool:
    y = located_before(v, s)
    return y is not None and any(o[0] < y[1] and y[0] < o[1] for o in others)
