"""Objects of a verb that the subject passes (rasd.events.verbs) leave behind.

Passes over a trigger's clause (rasd.events.frame.Frame):

- `comma_antecedent` (called by verbs.relative_subject): a relative clause set off by a
  comma after names (مئير اتينغر وافيتار سلونيم، اللذين اعتقلا في الأيام الأخيرة; عبدالله
  قابل، ويوسف العيزري، اللذين اغتيلا): the names before the comma are its antecedent, and
  with a deed on people and no object after the verb, what was done to.
- `object_past_complement`: the subject after the verb goes on past a complement, a
  preposition phrase (جماعات مدافعة | عن حقوق الانسان) or a relative clause (المؤسسة
  الوطنية للنفط | التي يوجد مقرها في طرابلس), and the object comes after it; a name or a
  definite party noun right after a definite word or a name is that object (انتقدت
  جماعات مدافعة عن حقوق الانسان اسرائيل، اتهمت المؤسسة … في طرابلس الحكومة المعترف بها):
  a definite word takes no genitive, so the phrase starts anew there.
- `charged`: an accusation or threat noun followed by إلى and a party (وجهت اتهامات إلى
  سويدي من أصل فلسطيني): that party is charged or threatened.
- `owned_target` (recip2): a military thing struck or seized (`owned_heads`: أهداف،
  تعزيزات، رتل، نقطة تفتيش، معسكرات) after a deed noun, as its genitive (بقصف أهداف لتنظيم
  داعش) or after its role preposition (غارات جوية على تعزيزات حربية للحوثيين), takes its
  owner after it as a verb's object does (`owned_object`), and the party filter keeps it.
- `condemned_doer`: a verb of condemning whose object is a deed told by ما and a verb
  (أدان ما تقوم به قوات الاحتلال، استنكر ما ترتكبه الميليشيات): the subject of that verb,
  the doer of the deed condemned, is the recipient.

Word lists: `agent_heads` (data/events/markers.json), the relative pronouns of rasd.roles,
data/events/owned.json (`owned_words`).
"""

from __future__ import annotations

from rasd.events.frame import (
    Frame,
    TokSpan,
    clear_relative,
    counted,
    genitive_kind,
    partitive_end,
    skip_time,
)
from rasd.events.parties import _national, _pronominal, party_span
from rasd.events.places import generic_place, is_place, place_word
from rasd.lexicons import addressee_words, event_markers, trigger_matcher, word_lists
from rasd.once import once
from rasd.roles import PREPS, PRONOUN_PREPS, RELATIVES, View, _adjective_like

DUAL = {"اللذين", "اللتين", "اللذان", "اللتان"}  # normalized
MANY = {"الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"}  # normalized
COMPLEMENT_MAX = 10  # tokens of a subject's complement between it and the verb's object
# types whose object is a party (as rasd.events.verbs.OBJECT_IS_RECIPIENT, less meetings:
# زار الرئيس في القاهرة المسؤولين is told by the visit passes)
PARTY_OBJECT_TYPES = {"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "SANCTION", "REQUEST",
                      "SUPPORT"}
ANTECEDENT_MAX = 6  # tokens of one name before a comma and a relative pronoun


def _named(v: View, found: list[TokSpan]) -> bool:
    """Phrases naming persons: a person's name among them and no organisation's (not a
    party: الجيش، الذي اعتقل في المنطقة خمسة مطلوبين is the doer, its object after a place
    phrase; a second name the tagger missed or read as a place, افيتار سلونيم, is kept)."""
    types = {v.ent_tok[k].type for s, e in found for k in range(s, e) if k in v.ent_tok}
    return "PER" in types and "ORG" not in types


def _phrase_before(v: View, k: int, a: int) -> int:
    """Start of the noun phrase ending right before token k (a و opening it kept)."""
    s = v.np_backward(k, a, ANTECEDENT_MAX, preps=False)
    if s == k and k - 1 >= a and v.word(k - 1) and not v.is_verb(k - 1):
        s = k - 1
        while s - 1 >= a and v.word(s - 1) and v.ent_tok.get(s - 1) is not None \
                and v.ent_tok.get(s - 1) is v.ent_tok.get(s):
            s -= 1  # (the whole name: عبدالله | قابل)
    ent = v.ent_tok.get(s + 1)
    if s + 1 < k and s not in v.ent_tok and not v.is_def(s) and ent is not None \
            and ent.type == "PER" and ent.start >= v.toks[s + 1].start:
        s += 1  # تم وضع | مئير اتينغر: an indefinite noun governing the name is no title
    return s


def comma_antecedent(v: View, r: int, a: int) -> list[TokSpan]:
    """The names before a comma and the relative pronoun at token r (مئير اتينغر وافيتار
    سلونيم، | اللذين): one phrase, or, for a dual or plural pronoun, two joined across a
    comma by و (عبدالله قابل، ويوسف العيزري، | اللذين); [] unless they name persons."""
    c = r - 1
    if c <= a or v.word(c) or not v.comma(c):
        return []
    s = _phrase_before(v, c, a)
    if s == c or not v.word(s):
        return []
    found = [(s, c)]
    if v.norms[s] == "و" or v.norms[s][:1] == "و" and s in v.ent_tok \
            and v.ent_tok[s].start > v.toks[s].start:
        if v.bare(r) not in MANY or s - 1 <= a or v.word(s - 1) \
                or not v.comma(s - 1):
            return []
        p = _phrase_before(v, s - 1, a)
        if p == s - 1 or not v.word(p) or v.norms[p][:1] == "و" and p in v.ent_tok \
                and v.ent_tok[p].start > v.toks[p].start:
            return []
        found = [(p, s - 1), (s, c)]
    if len(found) == 1:
        found = v.split_coordination(s, c)
    if len(found) == 1 and v.bare(r) in DUAL:
        joins = [t for t in range(s + 2, c - 1) if v.norms[t][:1] == "و" and len(v.norms[t]) > 3
                 and not v.is_verb(t)]  # (inside one name the tagger joined, too)
        if len(joins) == 1:  # مئير اتينغر | وافيتار سلونيم، اللذين: the dual names two
            found = [(s, joins[0]), (joins[0], c)]
    if len(found) > 1 and v.bare(r) not in MANY:
        return []
    return found if _named(v, found) else []


def _definite_end(v: View, k: int) -> bool:
    """Token k is definite or ends a name: no genitive follows it."""
    ent = v.ent_tok.get(k)
    if ent is not None:
        return v.ent_tok.get(k + 1) is not ent
    return v.is_def(k)


def _object_start(v: View, k: int) -> bool:
    """A person's, organisation's or state's name, or a definite party noun (الحكومة، قوات
    الأمن), opens at k."""
    ent = v.ent_tok.get(k)
    if ent is not None:
        return ent.type in ("PER", "ORG", "GPE", "LOC") and v.ent_tok.get(k - 1) is not ent \
            and ent.start == v.toks[k].start  # (not وإسرائيل: a و on it joins it)
    if not v.in_words(k, event_markers()["agent_heads"]) or v.norms[k][:1] in "وبل":
        return False
    return v.is_def(k) or k + 1 < len(v.toks) and v.word(k + 1) and v.is_def(k + 1)
    # (قوات الأمن: definite by its genitive)


def complement_object(v: View, e: int, b: int) -> TokSpan | None:
    """The object after a subject ending at token e and its complement (a preposition
    phrase or a relative clause, see the module's docstring); None when there is none."""
    if e >= b or not v.word(e):
        return None
    rel = clear_relative(v.bare(e))
    if not (rel or (v.norms[e],) in PREPS and v.norms[e] not in ("من", "الي", "ل")):
        return None  # (من: whose the subject is; إلى, ل: where or to whom the deed went)
    for k in range(e + 2, min(b, e + 1 + COMPLEMENT_MAX)):
        if not v.word(k) or not v.word(k - 1):
            return None
        if not rel and (v.is_verb(k) or v.prefixed(k)) or (v.norms[k],) in PRONOUN_PREPS \
                and not rel or (v.bare(k),) in RELATIVES:
            return None  # (a clause inside the complement: السلطات التي تندرج تحت …)
        if _definite_end(v, k - 1) and _object_start(v, k) and (v.norms[k - 1],) not in PREPS:
            f = v.np_forward(k, b)
            if f > k and (k in v.ent_tok or not is_place(v, k, f)):
                cut = party_span(v, (k, f))  # (a state's name: انتقدت … اسرائيل)
                return (cut[0], cut[1]) if cut is not None else None
            return None
    return None


def condemned_doer(v: View, t1: int, b: int) -> TokSpan | None:
    """The doer of the deed a verb of condemning ending at token t1 takes as its object,
    told by ما and a verb (أدان | ما تقوم به قوات الاحتلال): the party after that verb
    (and its resumptive pronoun); None when the object is no such clause."""
    if t1 + 2 >= b or v.norms[t1] not in ("ما", "بما") or not v.is_verb(t1 + 1):
        return None
    k = t1 + 2
    if k < b and (v.norms[k],) in PRONOUN_PREPS:
        k += 1  # تقوم | به
    if k >= b or not v.word(k) or k in v.ent_tok and v.ent_tok[k].type not in ("PER", "ORG") \
            or k not in v.ent_tok and not v.in_words(k, event_markers()["agent_heads"]):
        return None
    f = v.np_forward(k, b)
    cut = party_span(v, (k, f)) if f > k else None
    return (cut[0], cut[1]) if cut is not None and not is_place(v, cut[0], cut[1]) else None


def past_complement(f: Frame) -> None:
    """انتقدت جماعات مدافعة عن حقوق الانسان | اسرائيل: a verb whose object is a party
    (PARTY_OBJECT_TYPES), its subject after it and no object naming a party found: the
    object after the subject's complement (complement_object) is the recipient."""
    if not f.trig.verb or not f.actor or f.trig.type not in PARTY_OBJECT_TYPES \
            or min(x[0] for x in f.actor) < f.t1 \
            or any(party_span(f.v, r) is not None for r in f.recipient):
        return  # (a recipient that names no party, الصادر اليوم, is dropped later anyway)
    if any(party_span(f.v, x) is None for x in f.actor if x[1] > x[0]):
        return  # (no subject read there: عليها وبتسليم أسلحتهم)
    found = complement_object(f.v, max(x[1] for x in f.actor), f.b)
    if found is not None:
        f.recipient = [found]


def condemned(f: Frame) -> None:
    """أدان أبو ردينة ما تقوم به قوات الاحتلال: a verb of accusing or condemning with no
    recipient whose object is a deed told by ما and a verb: its doer (condemned_doer)."""
    if not f.trig.verb or f.recipient or f.trig.type != "ACCUSE":
        return
    s = f.after if f.actor and f.after > f.t1 else f.t1
    found = condemned_doer(f.v, s, f.b)
    if found is not None:
        f.recipient = [found]


ADDRESSED = {"الموجهه", "الموجه", "موجهه", "موجه"}  # normalized: (charges) brought against


def charged(f: Frame) -> None:
    """وجهت السلطات اتهامات إلى سويدي من أصل فلسطيني، الاتهامات الموجهة إلى الحكومة: an
    accusation or threat noun with no recipient, right after it (past الموجهة) إلى and the
    party charged or threatened: the recipient."""
    if f.trig.verb or f.recipient or f.trig.type not in ("ACCUSE", "THREATEN"):
        return
    v, b = f.v, f.b
    k = skip_time(v, f.t1, b)
    if k < b and v.norms[k] in ADDRESSED:
        k += 1
    if k + 1 >= b or v.norms[k] not in ("الي", "إلى"):
        return
    e = v.np_forward(k + 1, b)
    cut = party_span(v, (k + 1, e)) if e > k + 1 and not is_place(v, k + 1, e) else None
    if cut is not None:
        f.recipient = [(cut[0], cut[1])]



def _owner_start(v: View, e: int, b: int, partitive: bool) -> int:
    """Where the owner of a phrase ending at token e starts: ل on a party's name or a party
    noun (لمنظمة التحرير، للحوثيين), after تابع(ة) (تابعة لميليشيات الحوثي) or after من
    (من سلاح الحوثي); -1 when no owner follows."""
    k = e + (e < b and ((v.bare(e),) in v.W["attachment_adjectives"]
                        or v.bare(e) in owned_words()["attachment_accusatives"]))
    if partitive and k < b and v.norms[k] == "من":
        k += 1
    elif not (k < b and v.norms[k][:1] == "ل" and len(v.norms[k]) > 3):
        return -1
    if k >= b or not v.word(k):
        return -1
    ent = v.ent_tok.get(k)
    if ent is not None:
        return k if ent.type in ("PER", "ORG") else -1
    heads = event_markers()["agent_heads"]
    n = v.bare(k)
    lam = n[2:] if n[:2] == "لل" and len(n) > 4 else ""  # للجيش، للمجموعات: ل + the article
    return k if v.in_words(k, heads) or v.preposed_in(k, heads, "ل") or lam in heads \
        or _armed_group(v, lam, k + 1, b) else -1


def _armed_group(v: View, noun: str, k: int, b: int) -> bool:
    """A group noun (`owner_groups`) with an armed group's adjective at token k after it
    (للمجموعات | الإرهابية، للتنظيمات | المتطرفة: markers.json `group_adjectives`): a party,
    which the noun alone is not (مجموعات من الشباب)."""
    return noun in owned_words()["owner_groups"] and k < b and v.word(k) \
        and v.bare(k) in event_markers()["group_adjectives"]


@once
def owned_words() -> dict[str, frozenset[str]]:
    """data/events/owned.json, normalized: `owned_heads`, `attachment_accusatives`."""
    return word_lists("events", "owned.json")


def owner_end(v: View, k: int, b: int) -> int:
    """End of the owner's phrase starting at token k (its ل on it), with the parties joined
    to it by و (للحوثيين | وقوات صالح: a definite word, a name or a party noun), as
    View.np_coordinated joins them."""
    e = v.np_forward(k, b, prefixed_ok=True)
    e = next((t for t in range(k + 1, e) if v.norms[t][:1] in "بل" and len(v.norms[t]) > 3
              and t not in v.ent_tok), e)  # للمتمردين | بمديرية باجل: a place after it
    heads = event_markers()["agent_heads"]
    if e > k and e < b and v.norms[e][:1] == "و" and len(v.norms[e]) > 3 and (
            v.norms[e][1:3] == "ال" or e in v.ent_tok or v.bare(e) in heads) \
            and (v.bare(e),) not in RELATIVES and not v.joined_deed(e):  # (والذي يضم: a
        # relative clause on the owner, no party joined to it)
        e = max(e, v.np_coordinated(e, b))
    return e


def _before_next(spans: list[TokSpan], i: int, e: int) -> int:
    """`e`, or the start of the next of `spans` after token i when it comes first: the
    owner's conjuncts end where another recipient begins (تجمعًا لميليشيا الحوثي | وقوات
    المخلوع صالح, read as two already)."""
    return min([e] + [x[0] for x in spans if i < x[0] < e])


def _owned_head(v: View, k: int) -> bool:
    """A military thing (`owned_heads`) heads the phrase at token k, no party's name
    (القاعدة; a place's may be: قاعدة العند الجوية)."""
    ent = v.ent_tok.get(k)
    return (ent is None or ent.type not in ("PER", "ORG")) and v.word(k) \
        and not v.prefixed(k) and v.in_words(k, owned_words()["owned_heads"])


def owned_target(f: Frame) -> None:
    """غارات جوية على تعزيزات حربية | للحوثيين، بقصف أهداف | لتنظيم داعش، قصفت الطائرات
    أهدافا | تابعة لتنظيم داعش: a deed's target (its recipient read after the verb or a role
    preposition, else the phrase right after a deed noun) that is a military thing
    (`_owned_head`) takes the owner after it (`_owner_start`: ل or تابع(ة) ل and a party)
    and is kept whole by the party filter (`Frame.owned`), as a verb's object that names
    no party is (`owned_object`). Only a thing with such an owner: a bare one is left as
    it was."""
    v, b = f.v, f.b
    if f.trig.type not in ("ASSAULT", "COERCE"):
        return
    found = f.recipient or ([] if f.trig.verb else [(f.t1, v.np_forward(f.t1, b))])
    out, owned = [], []
    for r in found:
        i, j = r[0], r[1]
        if i >= f.t1 and j > i and r not in f.owned and _owned_head(v, i) \
                and not any(x[0] <= i < x[1] for x in f.actor):
            k = next((t for t in range(i + 1, j) if v.norms[t][:1] == "ل"
                      and _owner_start(v, t, b, False) == t), -1)  # (أهداف | لتنظيم داعش:
            # a name after ل is inside the phrase read)
            k = k if k >= 0 else _owner_start(v, j, b, False)
            if k >= 0 and (e := _before_next(found, i, owner_end(v, k, b))) > k:
                r = (i, e)  # (نقطة تابعة للمتمردين | بمديرية باجل: the owner ends it)
                owned.append(r)
        out.append(r)
    f.owned.extend(owned)
    if f.recipient or owned:
        f.recipient = out if f.recipient else owned


def struck_subject(f: Frame) -> None:
    """وهاجمت سفينة أخرى، كما استهدف أيضا آليات عسكرية في صحراء وادي الحسيني، كما دمرت بعض
    آلياتهم: the thing struck that the subject reading found right after an attack verb
    (`Frame.struck`, decided by rasd.events.verbs.struck_thing) is the recipient, with its
    owner after it (استهدفت تجمعات | للمليشيات في مزارع الوهط), kept by the party filter
    (`Frame.owned`); places read after it stay for the place passes."""
    if not f.struck or any(r[0] == f.struck[0] for r in f.recipient):
        return  # (استهدفت مناطق تجمع | ووحدات تكتيكية: the object reading split a list)
    v, b = f.v, f.b
    i, e = f.struck
    if (k := _owner_start(v, e, b, False)) >= 0 and owner_end(v, k, b) > k:
        e = owner_end(v, k, b)
    f.recipient = [(i, e)] + [r for r in f.recipient if is_place(v, r[0], r[1])
                              and r[0] >= e]
    f.owned.append((i, e))


# deeds done to a party and calls made to one: what condemning or supporting verbs take
# (أدان، رحب) is a deed or a statement (أدان تصريحات الأمين العام), not a party
OWNED_TYPES = frozenset({"ASSAULT", "COERCE", "REQUEST", "THREATEN", "SANCTION"})
TANWEEN = ("ًا", "اً", "ً")  # an accusative noun (قصفًا، قصفاً) read as a verb form


def _ownable(f: Frame, i: int, j: int) -> bool:
    """The object [i, j) may take an owner: after the verb, no preposition before it nor
    ب/ل on it, no time, no place, no pronoun of its own owner (بلاده), no deed asked for
    (a deed noun, but for deeds done to it), and no party by its own words."""
    v = f.v
    deed = f.trig.type in ("ASSAULT", "COERCE")
    last = v.raw(j - 1)
    if v.norms[i][:1] == "و" and v.bare(i) != v.norms[i] and any(x[1] == i for x in f.actor):
        return False  # استهدفت مناطق تجمع ووحدات تكتيكية | وأسلحة ومواقع أخرى للتنظيم: the
        # tail of a list read as the subject is no object of its own
    return i >= f.t1 and (v.norms[i - 1],) not in PREPS and not v.is_time(i) \
        and not (v.norms[i][:1] in "بل" and v.clitic_start(i) == v.toks[i].start) \
        and not last.endswith(("ه", "ها", "هم")) and not is_place(v, i, j) \
        and not (not deed and v.trigger_noun_at(i)) and party_span(v, (i, j)) is None


def owned_object(f: Frame) -> None:
    """طالب أبو مرزوق الإطار القيادي المؤقت | لمنظمة التحرير الفلسطينية، استهدف طيران التحالف
    تعزيزات عسكرية | تابعة لميليشيات الحوثي، دمر التحالف الركيزة الأساسية | من سلاح الحوثي:
    a verb's object that names no party by its own words (the party filter would drop it:
    an abstract head, a deed noun) takes the owner after it, a party's name or a party
    noun after ل, تابعة ل or (for deeds) من; the object, with its owner, is that party's,
    and the party filter keeps it (`Frame.owned`). Not a place or a time (they have their
    roles), not a phrase after a preposition (اعتقل على يد أفراد من قوة: an agent phrase)
    or with ب/ل on it (نددت … بتصريحات الأمين العام), not a deed asked for (طالب … إنقاذ
    بلاده من المتمردين) (`_ownable`)."""
    v, b = f.v, f.b
    if not f.trig.verb or f.trig.type not in OWNED_TYPES \
            or v.text[f.m.start:v.toks[f.t0].end].endswith(TANWEEN):
        return  # (شهدت المدينة قصفًا عنيفًا من الطيران: a noun, its adjective)
    deed = f.trig.type in ("ASSAULT", "COERCE")
    out = []
    for r in f.recipient:
        i, j = r[0], r[1]
        if _ownable(f, i, j) and (k := _owner_start(v, j, b, deed)) >= 0:
            e = _before_next(f.recipient, i, owner_end(v, k, b))
            if e > k:
                r = (i, e)
                f.owned.append(r)
        out.append(r)
    f.recipient = out


@once
def aside_words() -> dict[str, frozenset[str]]:
    """data/events/asides.json, normalized: `aside_openers`, `manner_nouns`."""
    return word_lists("events", "asides.json")


@once
def _aside_openers() -> set[tuple[str, ...]]:
    return {tuple(w.split()) for w in aside_words()["aside_openers"]}


OBJECT_ASIDES = 4  # asides passed between a verb and its object
ASIDE_WORDS = 7  # words of one aside set off by commas


def _comma(v: View, k: int) -> bool:
    return v.text[v.toks[k].start] in "،,"


def _manner_phrase(v: View, k: int, b: int) -> int:
    """Tokens of a manner phrase at token k: ب + a noun of manner and its adjective (بشكل
    مكثف، وبشكل عشوائي), or an aside word (مجددا، أيضا); else 0."""
    n = v.bare(k)
    if n[:1] == "ب" and n[1:] in aside_words()["manner_nouns"] and k + 1 < b and v.word(k + 1) \
            and not v.stop(k + 1):
        return 2
    return v.phrase_at(k, _aside_openers())


def verb_asides(v: View, k: int, b: int) -> int:
    """The token after the asides right after a verb whose subject came before it: times
    (فجر الأول من أمس، في الأيام الأخيرة), manner phrases (وبشكل مكثف), a comma after them,
    an aside between commas opening with a time, a preposition or an aside word (، أمس
    الجمعة،، عبر وزارة خارجيتها،)."""
    for _ in range(OBJECT_ASIDES):
        j = skip_time(v, k, b)
        if j + 1 < b and v.norms[j] in ("في", "فى") and v.is_time(j + 1):
            j = skip_time(v, j + 1, b)  # في الأيام الأخيرة
        j += _manner_phrase(v, j, b) if j < b else 0
        if j < b and _comma(v, j):
            e = j + 1
            while e < b and e - j <= ASIDE_WORDS and v.word(e):
                e += 1
            if j + 1 < e < b and _comma(v, e) and (
                    v.is_time(j + 1) or (v.norms[j + 1],) in PREPS
                    or _manner_phrase(v, j + 1, b)):
                j = e + 1  # ، أمس الجمعة، | ، عبر وزارة خارجيتها،
            elif j > k:
                j += 1  # فجر الأول من أمس، | الشاب
        if j == k:
            break
        k = j
    return k


def object_past_asides(f: Frame) -> bool:
    """قتلت قوات الاحتلال فجر الأول من أمس، الشاب أحمد علاونة؛ ضربت القوات المسلحة، أمس
    الجمعة، أهدافاً تابعة لتنظيم داعش؛ استهدفت تركيا في الأيام الأخيرة مواقع تنظيم داعش؛
    قصفت المقاومة وبشكل مكثف المعسكر؛ أبلغت تركيا، عبر وزارة خارجيتها، المؤسسات الدولية: a
    verb of a deed done to a party, or of a call made to one, whose subject came before it
    has its object after the asides that follow it (`verb_asides`), where the object
    reading (rasd.events.verbs.object_pass) stops at the first. Only when no party was read
    for the recipient and an aside stands between; not a place, a time, a preposition's
    phrase or a new conjunct (و on it)."""
    v, b = f.v, f.b
    if not f.trig.verb or f.t1 - f.t0 != 1 or f.m.end < v.toks[f.t0].end \
            or f.trig.type not in PARTY_OBJECT_TYPES | {"CONSULT"} \
            or v.text[f.m.start:v.toks[f.t0].end].endswith(TANWEEN):
        return False  # (a pronoun on the verb: whom it was done to was named before)
    if not f.actor or any(x[1] > f.t0 for x in f.actor) \
            or any(party_span(v, r) is not None for r in f.recipient):
        return False  # (its subject after it: the object reading passes the asides there)
    s = verb_asides(v, f.t1, b)
    if s <= skip_time(v, f.t1, b) or s >= b or not v.word(s) or v.stop(s) or v.prefixed(s) \
            or v.is_verb(s) or v.is_time(s) or (v.norms[s],) in PREPS \
            or v.bare(s) != v.norms[s] or v.norms[s][:1] in "بل" and (
                v.clitic_start(s) > v.toks[s].start):
        return False
    e = v.np_forward(s, b)
    if e > s and party_span(v, (s, e)) is not None:
        e = v.np_coordinated(s, b)
    if e > s and (counted(v, s, e) or v.bare(s) in event_markers()["head_skip"]):
        e = partitive_end(v, e, b)  # عدد | من المواقع
    if e <= s or is_place(v, s, e):
        return False
    if f.trig.type == "CONSULT" and any(v.norms[k] == "مع" for k in range(e, min(b, e + 4))):
        return False  # (the topic, then the partner after مع)
    f.recipient = v.split_coordination(s, e)
    return True


@once
def _companions() -> set[tuple[str, ...]]:
    """data/events/counterparts.json `companion_heads` (والوفد المرافق له: the subject's own
    company, no second party), as phrases."""
    return {tuple(w.split()) for w in word_lists("events", "counterparts.json")[
        "companion_heads"]}


JOINED_PLACE = 6  # tokens of the place phrase passed between two joined recipients
RELATIVE_REACH = 3  # tokens from a relative pronoun to the trigger it opens the clause of
RELATIVE_PRONOUNS = MANY | {"الذي", "التي"}  # normalized (not من، ما: من تطهير)


def past_place(v: View, k: int, b: int) -> int:
    """The token after a place phrase at token k that qualifies the phrase before it (في
    شمال العراق، شمالي سوريا، بشمالي العراق، في منطقة السلامية), or after a partitive من
    on an organisation (ناشطين | من حزب العمال الكردستاني); k when none."""
    if k + 1 >= b or not v.word(k):
        return k
    n = v.bare(k)
    s = k + 1 if v.norms[k] in ("في", "فى", "من") else k
    directions = event_markers()["directions"]
    if s == k and (n in directions or n[:1] == "ب" and n[1:] in directions):
        s = k + 1  # شمالي | سوريا، بشمالي | العراق
    elif s == k and not (n[:1] == "ب" and k in v.ent_tok and v.ent_tok[k].type in (
            "LOC", "GPE")):
        return k
    e = v.np_forward(s, b, prefixed_ok=s == k)
    if e <= s or e - s > JOINED_PLACE:
        return k
    if v.norms[k] == "من":
        ent = v.ent_tok.get(s)
        return e if ent is not None and ent.type == "ORG" else k
    return e if is_place(v, s, e) or s in v.ent_tok and v.ent_tok[s].type in (
        "LOC", "GPE") else k


def _conjunct_end(v: View, j: int, b: int) -> int:
    """End of the phrase joined by و at token j (وزعماء سياسيين عراقيين، ورئيس البرلمان سليم
    الجبوري), with a military thing's owner after it (وأهداف | لمنظمة بي كا كا); j when
    none."""
    if v.is_verb(j) or v.prefixed(j) or v.is_time(j) or (v.bare(j),) in PREPS \
            or (v.bare(j),) in RELATIVES or v.joined_deed(j):
        return j
    e = v.np_forward(j, b)
    if e > j and _owned_head(v, j) and (k := _owner_start(v, e, b, False)) >= 0:
        e = max(e, owner_end(v, k, b))
    return e


def _phrase_ends(v: View, k: int, b: int) -> bool:
    """A noun phrase may end before token k: the sentence's end, a mark, a preposition (on
    the word or as a clitic: بالإصلاح), a relative pronoun, a time or another conjunct; not
    a word that goes on the clause (a verb the lexicon may not know: والسكان | يفرون)."""
    return k >= b or not v.word(k) or (v.norms[k],) in PREPS or (v.norms[k],) in PRONOUN_PREPS \
        or (v.bare(k),) in RELATIVES or v.norms[k] in ("له", "لها", "لهم") \
        or v.norms[k][:1] == "و" or bool(v.is_time(k)) \
        or v.norms[k][:1] in "بل" and v.clitic_start(k) > v.toks[k].start


def _names_party(v: View, i: int, j: int) -> bool:
    """A person's or organisation's name or a party noun (`agent_heads`, ل or لل on it
    too) among tokens [i, j): مواقع | للحوثيين، مواقع | المليشيات الحوثية."""
    heads = event_markers()["agent_heads"]
    for t in range(i, j):
        ent = v.ent_tok.get(t)
        n = v.bare(t)
        if ent is not None and ent.type in ("PER", "ORG") or v.in_words(t, heads) \
                or n[:2] == "لل" and n[2:] in heads or v.preposed_in(t, heads, "ل"):
            return True
    return False


def joined_party(f: Frame) -> bool:
    """تستهدف ناشطين من حزب العمال الكردستاني في شمال العراق | ومتطرفين من التنظيم، بقصف
    أهداف لتنظيم داعش شمالي سوريا، | وأهداف لمنظمة بي كا كا، تطهير محافظة البيضاء من مسلحي
    الحوثي، | والقوات الموالية له، بحث كارتر مع قادة عسكريين أمريكيين | وزعماء سياسيين
    عراقيين: a party joined by و to the last recipient after the trigger — past the place
    or the partitive that qualifies that recipient (`past_place`) and a comma — is one more
    recipient, where the coordination reading (View.np_coordinated) stops at an indefinite
    conjunct, a place or a comma. Only a phrase that names a party whole (the party filter's
    reading starts at its first word), no place or state, and no subject of a clause of its
    own (a verb after it: ، والجيش يتقدم) nor the subject's company (والوفد المرافق له)."""
    v, b = f.v, f.b
    kept = [r for r in f.recipient if r[0] >= f.t1]
    if not kept or len(kept) != len(f.recipient) or v.bare(kept[0][0]) != v.norms[kept[0][0]]:
        return False  # (يدمر فيه الحوثيون | ومعهم عصابات صالح: a reading that opens with و)
    last = max(kept, key=lambda r: r[1])
    if last not in f.owned and any(place_word(v, t) or generic_place(v, t)
                                   for t in range(last[0], last[1])) \
            and not _names_party(v, last[0], last[1]):
        return False  # (السيطرة على معظم حي التواهي | ومنشآته: a place, not a party; but
        # غارات على مواقع للحوثيين | وقوات صالح)
    added: list[TokSpan] = []
    k = last[1]
    for _ in range(4):
        j = past_place(v, past_place(v, k, b), b)  # (من حزب العمال | في شمال العراق)
        if j < b and _comma(v, j):
            j += 1
        apart = j > k  # a place or a comma between: a list of its own
        if j > k and _comma(v, j - 1) and any(
                v.bare(t) in RELATIVE_PRONOUNS
                for t in range(max(f.a, f.t0 - RELATIVE_REACH), f.t0)):
            break  # (بين جبهة النصرة التي ركزت عملياتها ضد قوات النظام، | وتنظيم داعش: after
            # a relative clause, the و goes back to its antecedent)
        if j >= b or not v.word(j):
            break
        if v.norms[j] == "و" and j + 1 < b and v.word(j + 1):
            j += 1
        elif v.norms[j][:1] != "و" or v.bare(j) == v.norms[j] or len(v.norms[j]) < 4:
            break
        e = _conjunct_end(v, j, b)
        if e <= j:
            break
        ent = v.ent_tok.get(j)
        if ent is not None and ent.type in ("LOC", "GPE") or is_place(v, j, e) \
                or any(x[0] < e and j < x[1] for x in f.actor):
            break
        if apart and e > j + 1 and _pronominal(v, j):
            break  # (من سيطرة داعش، | وأهمها حي التأميم: after a comma, a phrase on a pronoun
            # points back; not رئيس الوزراء | ونظيره خالد العبيدي, one list)
        if not apart and (not _names_party(v, j, e) or any(
                v.norms[t][:1] == "ل" and len(v.norms[t]) > 3
                for t in range(last[0] + 1, last[1]))):
            break  # (نطالب بإقالة المحافظ | ومجلس المحافظة، يستهدفون العرب والمسيحيين |
            # ونشطاء السلام: one list, as the gold writes it; تحصينات للمليشيات الحوثية |
            # والقوات المتحالفة معها: the owner's conjunct, inside the thing's phrase)
        span = party_span(v, (j, e))
        owned = apart and _owned_head(v, j) and e > j + 1
        if not owned and (span is None or span[0] != j) or not apart and (
                _owned_head(v, j) or generic_place(v, j)) \
                or any(v.phrase_at(t, addressee_words()["free_pronouns"]) for t in range(j, e)):
            break  # (وحدات تكتيكية ومركبات | ومواقع قتالية: one list of things, as the gold
            # writes it; واصفًا | إياه: a participle)
        if generic_place(v, j) and e - j == 2 and v.bare(j + 1) in event_markers()[
                "vague_qualifiers"]:
            break
        if not _phrase_ends(v, past_place(v, e if owned else span[1], b), b) \
                or v.phrase_at(j, _companions()) or any("مرافق" in v.bare(t) for t in range(j, e)):
            break  # (، والسكان | يفرون: a clause of its own; والوفد المرافق له)
        r = (j, e) if owned else (span[0], span[1])
        added.append(r)
        if owned:
            f.owned.append(r)
        k = r[1]
    if not added:
        return False
    f.recipient = f.recipient + added
    return True


LAM_ADJECTIVES = 2  # definite adjectives passed between a deed noun and its ل object
# ل after these names a beneficiary, a destination or a place visited, not what is done to
NO_LAM_TYPES = frozenset({"AID", "MOBILIZE", "RETREAT", "CONSULT"})
POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")  # a possessive pronoun ending a noun
LEADING_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def doer_pronoun(v: View, k: int) -> bool:
    """قصفها، استهدافهم، اعتقالها، سيطرتها: a deed noun (`objective_nouns`,
    `agentive_nouns`) ending in a possessive pronoun, which names its doer."""
    word, n = v.raw(k), v.bare(k)
    if v.is_def(k) or word.endswith("ة"):
        return False
    suffix = next((s for s in POSSESSIVES if word.endswith(s) and n.endswith(s)), "")
    if not suffix or len(n) - len(suffix) < 3:
        return False
    stem = n[:-len(suffix)]
    stems = {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem}  # سيطرت|ها: سيطرة
    stems |= {s[len(c):] for s in tuple(stems) for c in LEADING_CLITICS
              if s.startswith(c) and len(s) - len(c) >= 3}
    M = event_markers()
    return not stems.isdisjoint(M["objective_nouns"]) or not stems.isdisjoint(M["agentive_nouns"])


def lam_end(v: View, k: int, b: int) -> int:
    """The end of the phrase that opens with ل at token k (np_forward's, clitic and all);
    after ل + the article (للمدنيين، للأحياء السكنية) only the definite words that follow:
    an indefinite word there is no adjective nor genitive of it but the clause's predicate
    (استهداف الميليشيات للمدنيين | جريمة حرب)."""
    n = v.norms[k]
    if n[:2] != "لل" or len(n) <= 4 or k in v.ent_tok:
        return v.np_forward(k, b, prefixed_ok=True)
    e = k + 1
    while e < b and v.word(e) and v.is_def(e) and not v.prefixed(e) and not v.joined_deed(e) \
            and not v.in_time(e) and e not in v.ent_tok:
        e += 1
    return e


def _lam_phrase(v: View, k: int, b: int) -> int:
    """The end of the phrase of what is done to after ل at token k (`lam_end`) with the
    conjuncts و + the article or a name joined to it (للصحفيين | والناشطين); k when the ل
    opens no such phrase: ل + a verbal noun is a purpose (لتحرير، لمساندة), ل + an
    indefinite word not in construct no party (لأسباب)."""
    n = v.norms[k]
    if k not in v.ent_tok and (v.candidates(trigger_matcher(), k)
                               or n[1:] in event_markers()["purpose_heads"]):
        return k  # (استعدادها للتعاون، لتحرير: a deed, a purpose)
    if not (n[:2] == "لل" and len(n) > 4 or k in v.ent_tok or len(n) > 3 and k + 1 < b and (
            v.is_def(k + 1) or k + 1 in v.ent_tok)):
        return k
    e = lam_end(v, k, b)
    while k < e < b and v.norms[e][:1] == "و" and len(v.norms[e]) > 3 and (
            v.norms[e][1:3] == "ال" or e in v.ent_tok) and not v.joined_deed(e):
        x = v.np_forward(e, b)
        if x == e:
            break
        e = x
    return e


def lam_object(f: Frame) -> None:
    """قصفها للأحياء السكنية، استهدافهم للمدنيين، اعتقالها للصحفيين والناشطين، الاستهداف
    العشوائي للرجال والنساء، القصف التركي لقرى إقليم كردستان: a deed noun whose doer is
    already said on it — a possessive pronoun (`doer_pronoun`) or, on a definite noun,
    a nationality adjective (التركي) — or a definite noun whose genitive is what is done to
    (`objective_nouns`: الاعتقال، الاستهداف) takes what it is done to after ل, past its own
    definite adjectives and a quote: the recipient when none was read (the party filter
    judges it). Not after an indefinite noun with nothing on it, nor a definite one whose
    genitive is its doer with no adjective naming that doer (غارات للتحالف، كمين للمقاومة،
    الهجوم الأخير لتنظيم داعش: ل the doer); not on aid, forces sent or visits (ل a
    beneficiary, a destination, a place)."""
    if f.recipient or f.trig.type in NO_LAM_TYPES or len(f.group) > 1:
        return
    v, b, t0 = f.v, f.b, f.t0
    if f.group[-1].end > v.toks[t0].end:
        return  # (a phrase trigger: its extent is its own)
    pronoun = doer_pronoun(v, t0)
    definite = not f.trig.verb and v.is_def(t0)
    if not pronoun and not definite or f.trig.verb and (any(x[0] > t0 for x in f.actor) or f.t1 >= b
                                                        or v.norms[f.t1][:1] != "ل"):
        return  # (قصفها read as a verb with its object: a noun when ل follows at once)
    k, adjectives, national = f.t1, 0, False
    while k < b and adjectives <= LAM_ADJECTIVES:
        if not v.word(k) and v.text[v.toks[k].start] in "«»\"“”":
            k += 1  # ("ضربات قاسية" | للمتمردين: a quote closed)
        elif v.word(k) and v.is_def(k) and not v.prefixed(k) and k not in v.ent_tok \
                and _adjective_like(v.bare(k)) and adjectives < LAM_ADJECTIVES:
            national = national or _national(v, k)
            adjectives += 1
            k += 1
        else:
            break
    if k >= b or v.norms[k][:1] != "ل" or v.in_time(k):
        return
    if not (pronoun or genitive_kind(f) == "objective" or national):
        return
    e = _lam_phrase(v, k, b)
    if e > k:
        f.recipient = [(k, e, 1)]
