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

from functools import cache

from rasd.events.frame import Frame, TokSpan, skip_time
from rasd.events.parties import party_span
from rasd.events.places import is_place
from rasd.lexicons import event_markers, word_lists
from rasd.roles import PREPS, PRONOUN_PREPS, RELATIVES, View

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
    rel = (v.bare(e),) in RELATIVES and v.bare(e) not in ("ما", "من")
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


@cache
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
