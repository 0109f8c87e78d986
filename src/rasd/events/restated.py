"""One deed told twice in one clause: a second trigger of the same category, coordinated
after the first, that only restates it (its object points back, or it names the first's
target) is folded into the first.

Reads: the events of one sentence (their triggers, roles, time, status) and the View's
tokens. Writes: the first event's empty roles and time, from the second; drops the second.
The gold codes these as one event whose `alt_triggers` hold the second word (قصفت سفينة
ببنغازي وأغرقتها; هاجم الأهالي مندوبي التمرد … واعتدوا عليهم; ضربات جوية شنتها مقاتلات
التحالف … واستهدفت مواقع للتنظيم). A second deed on another target (وهاجمت سفينة أخرى،
كما استهدف أيضا آليات) names its own object and stays an event.

The other passes here fold a word that restates a deed of its sentence: an absolute object
(fold_cognate), a branding after an accusation (fold_branded), an attack noun under ب that
tells the means of a deed of attacking (fold_means: وقصفت مقاتلات التحالف بغارتين جويتين),
a demand that tells a protest's purpose (fold_protest_demand: تظاهر … للمطالبة بإيجاد حل).
Word lists of the last two: data/events/restated.json."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.frame import OBJECT_PRONOUNS, clear_relative
from rasd.lexicons import event_markers, trigger_matcher, word_lists
from rasd.once import once
from rasd.roles import View, norm_piece
from rasd.text.normalize import normalize

RESTATE_REACH = 14  # words from the first trigger to the second that may restate it
DONE = frozenset({"asserted", "historical"})
CLAUSE_MARKS = frozenset(".:؛;؟?!«»\"“”()")  # marks that end or open a clause (a comma does not)


def fill_empty_roles(host: Event, e: Event, *, actor: bool = False) -> None:
    """The roles `host` lacks, taken from `e`, an event folded into it (the actor too when
    asked: a deed told again has its doer; a description or an absolute object has none)."""
    if actor:
        host.actor = host.actor or e.actor
    host.recipient = host.recipient or e.recipient
    host.location = host.location or e.location
    host.time = host.time or e.time


def fold_restated(v: View, evs: list[Event]) -> list[Event]:
    """The events of one sentence, each second mention of a deed folded into its first."""
    out: list[Event] = []
    for e in sorted(evs, key=lambda x: x.trigger.start):
        host = out[-1] if out else None
        if host is not None and restates(v, e, host):
            fill_empty_roles(host, e, actor=True)
            continue
        out.append(e)
    return out


def restates(v: View, e: Event, host: Event) -> bool:
    """e, opened by و right after `host` in its clause (the event told just before it, of
    its category and status, no clause mark, clause opener or other verb of its own
    subject between), with no doer but the host's, on the same day and of the same kind
    (`restate_distinct_modes`: an abduction beside a deed sharing no mode with it is another
    deed; `restate_result_modes`: a destruction is a strike's result, but a deed of its own
    after one of no named kind, an entry or a raid), is the host told
    again when its object is a pronoun pointing back (وأغرقتها، واعتدوا عليهم، واقتحامه) or
    when it is a verb of targeting after an attack noun with no target of its own, outside a
    relative clause told between (قصف المدفعية … واستهدف أهدافا: the noun's target)."""
    if e.type != host.type or not (e.status == host.status or {e.status, host.status} <= DONE):
        return False
    i, j = v.token_range(e.trigger.start, e.trigger.end)
    hi, hj = v.token_range(host.trigger.start, host.trigger.end)
    if v.norms[i][:1] != "و" or hj > i or not _one_clause(v, hj, i):
        return False
    if e.time is not None and host.time is not None and _t(v, e.time) != _t(v, host.time):
        return False  # (اختطف … يوم 4 يونيو، وأعدمه … يوم 15 يوليو: two days, two deeds)
    M = event_markers()
    if not set(e.mode) & set(host.mode) and any(
            (m in e.mode) != (m in host.mode) for m in M["restate_distinct_modes"]):
        return False  # (اختطفه وأعدمه: seizing a man and what is done to him are two deeds)
    if not host.mode and any(m in e.mode for m in M["restate_result_modes"]):
        return False  # (اقتحمت القرية … وهدمتها: an entry, then a demolition; قصفت سفينة
        # وأغرقتها: the strike's result, one deed)
    theirs = {_t(v, r) for r in host.actor}
    if any(_t(v, r) not in theirs for r in e.actor):
        return False  # (وهاجم مسلحون آخرون: a doer of its own)
    if _points_back(v, e, j):
        return True
    return e.type == "ASSAULT" and not host.recipient and v.trigger_noun_at(hi) and v.is_verb(i) \
        and not _in_relative(v, hj, i) \
        and any(m.payload.verb and m.payload.lemma in event_markers()["target_verbs"]
                for m in v.candidates(trigger_matcher(), i))


def _in_relative(v: View, a: int, b: int) -> bool:
    """A relative pronoun among tokens a..b-1 with no comma after it: a verb at b goes on its
    relative clause, whose subject is another noun (لحج التي تنطلق منها صواريخ الحوثي
    وتستهدف المواطنين: the rockets target them); a comma closes it (شنتها مقاتلات التحالف
    الذي تقوده الولايات المتحدة، واستهدفت: the strikes did)."""
    for k in range(b - 1, a - 1, -1):
        if not v.word(k) and v.comma(k):
            return False
        if v.word(k) and clear_relative(v.norms[k]):
            return True
    return False


def _one_clause(v: View, a: int, b: int) -> bool:
    """Tokens a..b-1 lie in one clause: at most RESTATE_REACH words, no clause mark and no
    word that opens a clause (كما، حيث، ثم: triggers.opens_clause)."""
    from rasd.events.triggers import _opens_clause
    words = [k for k in range(a, b) if v.word(k)]
    if len(words) > RESTATE_REACH:
        return False
    if any(c in CLAUSE_MARKS for k in range(a, b) if not v.word(k)
           for c in v.raw(k)):
        return False
    return not any(_opens_clause(v, k) for k in words)


def _points_back(v: View, e: Event, j: int) -> bool:
    """The trigger word carries an object pronoun past the lexicon form (وأغرقتها،
    واقتحامه), or a preposition with a pronoun follows it (واعتدوا عليهم، وفتحوا النار
    عليه)."""
    rest = norm_piece(v.text[e.trigger.end:v.toks[j - 1].end])
    rest = rest[1:] if rest[:1] == "ت" else rest  # (مداهمتها: the ta of the feminine noun)
    if rest in OBJECT_PRONOUNS:
        return True
    if j >= len(v.toks) or not v.word(j):
        return False
    nxt = norm_piece(v.raw(j))
    return any(nxt == p + q for p in event_markers()["restate_preps"] for q in OBJECT_PRONOUNS)


def _t(v: View, r) -> str:
    return norm_piece(v.text[r.start:r.end])


COGNATE_REACH = 3  # words from a verb to the accusative verbal noun of its own row after it


def fold_cognate(v: View, evs: list[Event]) -> list[Event]:
    """نرفض رفضا قاطعا، ضربوا الجنود ضربا مبرحا، قصفت المدينة قصفا عنيفا: an indefinite
    accusative verbal noun (its form ends in the alef of the tanween) within COGNATE_REACH
    words after a verb of its own lexicon row (category and first form) is that verb's absolute
    object (مفعول مطلق), which says how the deed was done: no second deed. It is dropped, its
    empty roles given to the verb's event."""
    out: list[Event] = []
    for e in sorted(evs, key=lambda x: x.trigger.start):
        host = _cognate_host(v, e, out)
        if host is None:
            out.append(e)
            continue
        fill_empty_roles(host, e)
    return out


def _cognate_host(v: View, e: Event, before: list[Event]) -> Event | None:
    i, j = v.token_range(e.trigger.start, e.trigger.end)
    word = norm_piece(v.text[e.trigger.start:v.toks[i].end])
    if j - i != 1 or not word.endswith("ا") or v.is_def(i) or v.norms[i][:1] in "وفبل":
        return None
    rows = {m.payload.lemma for m in v.candidates(trigger_matcher(), i)
            if not m.payload.verb and m.payload.type == e.type}
    for h in reversed(before):
        hi, hj = v.token_range(h.trigger.start, h.trigger.end)
        if h.type != e.type or hj > i or len([k for k in range(hj, i) if v.word(k)]) \
                > COGNATE_REACH or any(not v.word(k) for k in range(hj, i)):
            continue
        if any(m.payload.verb and m.payload.type == e.type and m.payload.lemma in rows
               for m in v.candidates(trigger_matcher(), hi)):
            return h
    return None


def fold_branded(v: View, evs: list[Event]) -> list[Event]:
    """وحملت حركتا حماس والجهاد الإسلامي الاحتلال المسؤولية الكاملة عن هذه الجرائم، واعتبرتا
    جريمة قتل فلاح أبو ماريا إعداما مقصودا: an accusation told by branding (a row with the need
    @branded: وصف، اعتبر), opened by و after another accusation of its sentence and with no doer
    but that one's, goes on with the same accusation: it is folded into it."""
    out: list[Event] = []
    for e in sorted(evs, key=lambda x: x.trigger.start):
        host = next((h for h in reversed(out) if h.type == "ACCUSE"), None) \
            if e.type == "ACCUSE" else None
        if host is not None and _branded_again(v, e, host):
            fill_empty_roles(host, e)
            continue
        out.append(e)
    return out


def _branded_again(v: View, e: Event, host: Event) -> bool:
    i, _ = v.token_range(e.trigger.start, e.trigger.end)
    if v.norms[i][:1] != "و" or not any(
            "@branded" in m.payload.needs for m in v.candidates(trigger_matcher(), i)):
        return False
    theirs = {_t(v, r) for r in host.actor}
    return all(_t(v, r) in theirs for r in e.actor)


MEANS_REACH = 8  # words from a deed of attacking to the attack noun under ب that tells its means


@once
def means_words() -> dict[str, frozenset[str]]:
    """data/events/restated.json: the verbal nouns of targeting and the counts under ب."""
    return word_lists("events", "restated.json")


def fold_means(v: View, evs: list[Event]) -> list[Event]:
    """وقصفت مقاتلات التحالف بغارتين جويتين معسكر المنار، في استهدافهم بكمائن، جراء
    استهدافهما بغارات من طائرات حربية … بضربات عدة: an attack noun under the clitic ب
    (`_means_of`) after a verb of attacking, or the verbal noun of targeting, of its clause
    tells how that deed was done (the strikes it was carried out by): one deed. The verb
    is kept (the gold's trigger, the noun among its alt_triggers); after a verbal noun of
    targeting the attack noun is kept, the more concrete word (استهدافهم بكمائن: the
    ambushes). The kept event takes the other's roles where its own are empty. A second
    deed told by its own verb stays (ورد الجيش على الهجوم بقصف: a noun, not a verb, before
    it; وقامت المدفعية بقصف: no deed verb). A second means after a kept one is the same deed
    (بغارات من طائرات حربية تابعة للائتلاف بضربات عدة)."""
    out: list[Event] = []
    kept: set[int] = set()  # the events a means was folded into or kept for
    for e in sorted(evs, key=lambda x: x.trigger.start):
        host = _means_host(v, e, out, kept)
        if host is None:
            out.append(e)
            continue
        if id(host) in kept or v.is_verb(v.token_range(host.trigger.start, host.trigger.end)[0]):
            fill_empty_roles(host, e, actor=True)
            kept.add(id(host))
            continue
        fill_empty_roles(e, host, actor=True)
        out[next(k for k, x in enumerate(out) if x is host)] = e
        kept.add(id(e))
    return out


def _means_host(v: View, e: Event, before: list[Event], kept: set[int]) -> Event | None:
    """The deed of attacking `e` tells the means of: the last ASSAULT event before it in its
    clause, a verb, a verbal noun of targeting (`targeting_nouns`) or an event a means was
    folded into, within MEANS_REACH words, of e's status, with no mark, verb (a light verb
    in any person: `light_verbs`), relative pronoun (من and ما are prepositions as often)
    or clause opener between."""
    if e.type != "ASSAULT" or not _means_of(v, e) or any(
            m in e.mode for m in event_markers()["restate_result_modes"]):
        return None  # (a destruction is a deed's result, never its means)
    from rasd.events.triggers import _opens_clause
    i, _ = v.token_range(e.trigger.start, e.trigger.end)
    host = next((h for h in reversed(before) if h.trigger.end <= e.trigger.start), None)
    if host is None or host.type != "ASSAULT" or not (
            host.status == e.status or {host.status, e.status} <= DONE):
        return None
    hi, hj = v.token_range(host.trigger.start, host.trigger.end)
    if hj > i:
        return None
    targeting = means_words()["targeting_nouns"]
    if id(host) not in kept and not v.is_verb(hi) and not any(
            not m.payload.verb and normalize(m.payload.lemma) in targeting
            for m in v.candidates(trigger_matcher(), hi)):
        return None
    words = [k for k in range(hj, i) if v.word(k)]
    if len(words) > MEANS_REACH or any(not v.word(k) for k in range(hj, i)):
        return None
    light = means_words()["light_verbs"]
    if any(v.is_verb(k) or v.bare(k) in light or clear_relative(v.norms[k])
           or _opens_clause(v, k) for k in words):
        return None
    return host


def _means_of(v: View, e: Event) -> bool:
    """e's trigger is a noun of attacking (no verb row matches its word) whose word carries
    the clitic ب and nothing else before the lexicon form (بغارتين، بالغارات، بكمائن), or
    follows a count under ب (بعدة غارات، بسلسلة غارات: `means_counts`)."""
    i, _ = v.token_range(e.trigger.start, e.trigger.end)
    if v.is_verb(i) or not v.trigger_noun_at(i):
        return False
    head = norm_piece(v.text[v.toks[i].start:e.trigger.start])
    if head in ("ب", "بال"):
        return True
    return head == "" and i > 0 and v.word(i - 1) and v.bare(i - 1)[:1] == "ب" \
        and v.bare(i - 1)[1:] in means_words()["means_counts"]


DEMAND_REACH = 16  # words from a protest to the demand that tells its purpose


def fold_protest_demand(v: View, evs: list[Event]) -> list[Event]:
    """تظاهر أمس نحو 500 شخص يرفعون الأعلام العراقية واللافتات للمطالبة بإيجاد حل، خروج
    تظاهرات جماهيرية مطالبة بتحسين الخدمات: a REQUEST told by the verbal noun or a
    participle of demanding (`protest_demands`) after a protest of its clause is that
    protest's purpose (the demonstrators demand it), one deed: the protest is kept and takes
    its time and place where it has none. A verb of demanding or calling is a deed of its own
    (ودعوا إلى الإفراج الفوري عنهم) and stays."""
    out: list[Event] = []
    for e in sorted(evs, key=lambda x: x.trigger.start):
        host = _protest_of(v, e, out)
        if host is None:
            out.append(e)
            continue
        host.location = host.location or e.location
        host.time = host.time or e.time
    return out


def _protest_of(v: View, e: Event, before: list[Event]) -> Event | None:
    """The last PROTEST event before the demand `e` in its clause: at most DEMAND_REACH
    words between, no clause mark (a comma may stand) and no word that opens a clause."""
    if e.type != "REQUEST":
        return None
    i, _ = v.token_range(e.trigger.start, e.trigger.end)
    if v.bare(i) not in means_words()["protest_demands"]:
        return None
    host = next((h for h in reversed(before) if h.type == "PROTEST"
                 and h.trigger.end <= e.trigger.start), None)
    if host is None:
        return None
    hj = v.token_range(host.trigger.start, host.trigger.end)[1]
    return host if hj <= i and _clause_words(v, hj, i, DEMAND_REACH) else None


def _clause_words(v: View, a: int, b: int, reach: int) -> bool:
    """Tokens a..b-1: at most `reach` words, no clause mark but a comma, no clause opener."""
    from rasd.events.triggers import _opens_clause
    words = [k for k in range(a, b) if v.word(k)]
    if len(words) > reach or any(c in CLAUSE_MARKS for k in range(a, b) if not v.word(k)
                                 for c in v.raw(k)):
        return False
    return not any(_opens_clause(v, k) for k in words)
