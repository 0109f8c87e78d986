"""Only whole noun phrases that name a party become actors or recipients: never a
function word (عدد، عدم، أكثر، بدورها), a number, a noun with a first-person pronoun
(موقفنا), a preposition phrase (بمنح قوات التحالف …), a clause (… قد تشمل), an abstract
noun (بيان، عواقب، مسؤوليته) or an event (التفجيرين); word lists in
data/events/markers.json (`non_party_words`, `non_party_heads`)."""

from __future__ import annotations

import re

from rasd.document import Role
from rasd.entities.features import given_names
from rasd.entities.kb import get_kb
from rasd.events.frame import TokSpan, clear_relative, counted, stem_set
from rasd.events.nouns import nominal_link
from rasd.events.places import place_word
from rasd.events.triggers import needs_ok
from rasd.lexicons import event_markers, trigger_matcher, victim_words
from rasd.roles import PREPS, View, _one_words
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems

MAX_ROLE = 8  # tokens: a longer phrase without a name is a clause, not a party


def party_span(v: View, span: TokSpan, defer_events: bool = False) -> TokSpan | None:
    """The span cut before a clause inside it, or None when it names no party.
    `defer_events`: keep a phrase with an event noun inside (أحدث هجوم يستهدف: the verb's
    subject) for rasd.events.triggers to fold the verb into that event. Kept per document
    (the passes ask it again of the same phrases: more than half the calls)."""
    if span[1] - span[0] == 1 and span[0] in v.memo.get("deed_nationals", ()):
        return span  # غارة جوية | أمريكية: read as the deed's doer (nouns.nationality_after)
    memo: dict[tuple[TokSpan, bool], TokSpan | None] = v.memo.setdefault("party_span", {})
    key = (tuple(span), defer_events)
    if key in memo:
        return memo[key]
    got = memo[key] = _party_span(v, key[0], defer_events)
    return got


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")  # (a role of no word is none: 3042، 9/11)


def _party_span(v: View, span: TokSpan, defer_events: bool) -> TokSpan | None:
    """`party_span` read anew."""
    i, j, *cut = span
    if j - i == 1 and v.is_def(i) and _national(v, i):
        return span  # الروسية: an adjective standing for a state
    if _opens_clause(v, i):
        return None  # الائتلاف الدولي الذي | تقوده الولايات المتحدة
    if j - i == 1 and not v.is_def(i) and _nationals(v, i):
        return span  # قتل فلسطينيا، اعتقال سوريين: people of a nation
    M = event_markers()
    if (v.bare(i),) in v.W["attachment_adjectives"] and not _loyalists(v, i, j):
        return None  # تابعة للتحالف الدولي: an adjective without its noun
    if v.bare(i) in M["generic_determiners"]:
        return None  # أي جهة، أية قوات: no party in particular
    last = v.ent_tok.get(j - 1)
    if j - i > 1 and last is not None and last.type == "PER" and last.start < v.toks[j - 1].start \
            and (v.is_verb(j - 1) or v.is_def(j - 1) and v.in_words(j - 1, M["agent_heads"])):
        j -= 1  # عبدربه منصور هادي | الميليشيات: a name ends before a verb or a party noun
    cut_at = _clause_cut(v, i, j)
    if cut_at < j:
        j = cut_at
        while j > i and not v.word(j - 1):
            j -= 1
    if j <= i:
        return None
    if not any(_ARABIC_LETTER.search(v.norms[k]) for k in range(i, j)):
        return None  # 3042, 9/11
    named = any(k in v.ent_tok for k in range(i, j))
    if j - i > MAX_ROLE and not named:
        return None
    head = v.bare(i)
    stems = {head, head[2:] if head.startswith("ال") else head} | {
        st for st, _, _ in clitic_stems(head)}
    stems |= {x[:-1] for x in stems if x.endswith("ا") and len(x) > 3}  # هدفا: accusative
    if j - i == 1 and not named and (stems & M["non_party_words"] or head.endswith("نا")
                                     and len(head) > 4 and head[:-1] not in M["party_heads"]):
        return None  # عدد، أكثر، بدورها، موقفنا (not مخزنا: an accusative)
    if j - i > 1 and not named and stems & M["measure_nouns"] and v.is_def(i + 1):
        return None  # عدد الضحايا، حصيلة القتلى: a number (not عدد من عناصر النظام)
    if (not named or i not in v.ent_tok) and stems & M["non_party_heads"] \
            and not v.phrase_at(i, M["party_phrases"], j) and not _armed_by(v, i, j, stems):
        return None  # بيان، عواقب، مسؤوليته، تصريح رئيس الوزراء … (not سلاح الجو)
    if (v.norms[i],) in PREPS or v.norms[i] in ("لكني", "لدي", "لديهم", "لديه", "لديها"):
        return None  # من استعادة، لديهم
    if i not in v.ent_tok and not cut and head[:1] in "بل" \
            and v.clitic_start(i) == v.toks[i].start and head[1:3] != "ال" and len(head) > 3 \
            and not (named and _party_word(v, i, M)):
        return None  # بمنح قوات التحالف حرية …، بعواقب، لاتخاذ قرار، لسكانها، بتوقيف سليمان
    if not named and _event_noun(v, i):
        return None  # التفجيرين استهدفا
    if j - i == 1 and not named and _pronominal(v, i):
        return None  # مقاتليه، أهدافها، حافلتهم: a pronoun, not a name
    if not named and not _party_head(v, i, j) and not _titled_after(v, j) and not (
            defer_events and any(_event_noun(v, k) for k in range(i + 1, j))) \
            and not _armed_by(v, i, j, stems):
        return None  # كثيفة، التموضع العسكري، يومي الاثنين والثلاثاء الماضيين
    return (i, j, *cut)


def _loyalists(v: View, i: int, j: int) -> bool:
    """الموالين لصالح، المناهضون للحوثيين: a definite sound masculine plural of an adjective
    of allegiance heading its own phrase, its ل complement after it, names people: a party
    (as an adjective it follows the noun it qualifies, inside that noun's phrase)."""
    n = v.bare(i)
    return j > i + 1 and v.is_def(i) and n.endswith(("ين", "ون")) and v.norms[i + 1][:1] == "ل"


def _opens_clause(v: View, i: int) -> bool:
    """The phrase opens with the first word of a relative clause (right after الذي، التي،
    الذين; not a name nor a definite word): its verb, a clause, not a noun phrase naming a
    party. (Not any known verb form: too many nouns share one, عربة، قوات.)"""
    return i > 0 and i not in v.ent_tok and not v.is_def(i) \
        and clear_relative(v.bare(i - 1)) \
        and v.word(i - 1)  # (not من، ما: a preposition, a so-called: ما يسمى ب)


def _armed_by(v: View, i: int, j: int, stems: set[str]) -> bool:
    """مدفعية قوات البيشمركة: a weapon arm (party_weapons) in construct with the party it
    belongs to (an organisation's name or a force noun right after it) acts for it; so
    does one qualified by its owner's nationality adjective right after it (المدفعية
    التركية، مدفعية سعودية: the state's arm, as an aircraft with its owner, gold rule 3)."""
    k = i + 1
    ent = v.ent_tok.get(k) if k < j else None
    return bool(stems & event_markers()["party_weapons"]) and k < j and (
        ent is not None and ent.type == "ORG" or v.in_words(k, event_markers()["agent_heads"])
        or v.is_def(k) == v.is_def(i) and _national(v, k))


def armed_party(v: View, k: int, b: int) -> bool:
    """The phrase at k is a weapon arm acting for its owner (`_armed_by`: المدفعية التركية،
    مدفعية قوات البيشمركة), read up to b (a deed noun's genitive: قصف المدفعية التركية)."""
    if k + 1 >= b or not v.word(k) or not v.word(k + 1):
        return False
    n = v.bare(k)
    stems = {n, n[2:] if n.startswith("ال") else n}
    return _armed_by(v, k, k + 2, stems)


def _titled_after(v: View, j: int) -> bool:
    """A title in apposition right after the phrase (قاري ذبيح الله | قائد طالبان): a name."""
    return j < len(v.toks) and (v.bare(j),) in v.W["person_heads"]


def _party_head(v: View, i: int, j: int) -> bool:
    """The head of a phrase with no name (past counts, quantifiers and a partitive من) is
    a noun of people, groups, forces, institutions or targets (`party_heads`), or a sound
    masculine plural of people (المتمردين، الفلسطينيين)."""
    M = event_markers()
    k = i
    while k < j and (not v.word(k) or counted(v, k, k + 1) or v.norms[k].isdigit()
                     or v.bare(k) in M["head_skip"]
                     or k + 1 < j and pointing_at_party(v, k)):
        k += 1  # (تلك | المليشيات: a demonstrative points back at the party noun after it)
    if k >= j:
        return dual_of_party(v, j - 1)  # طفلين: a dual counts, and its stem names people
    if v.phrase_at(k, M["party_phrases"], j):
        return True  # سلاح الجو التركي
    n = v.bare(k)
    stems = {n, n[2:] if n.startswith("ال") else n} | {st for st, _, _ in clitic_stems(n)}
    stems.update(v.bare_forms(k)[1:])  # فتاة، فرقة: its ف is no clitic (the bare form reads
    # تاه; not و: وحدة بلادنا is unity, not a unit)
    stems |= {x[2:] for x in stems if x.startswith("ال") and len(x) > 4}  # للطيران → طيران
    stems |= {x[:-1] for x in stems if x.endswith("ا") and len(x) > 3}  # سفنا، مواطنا
    stems |= {x[:-2] for x in stems if x.endswith(("ين", "ان")) and len(x) > 4}  # الجيشين
    stems |= {x[:-2] + "ه" for x in stems if x.endswith(("تين", "تان")) and len(x) > 5}
    if stems & M["party_heads"] or stems & given_names():
        return True  # (قاري ذبيح الله، علي فياض: a given name the tagger missed)
    if any((x,) in v.W["person_heads"] for x in stems):
        return True  # المستشار الأعلى، السفير الروسي: a title names a person
    if any((x,) in M["site_heads"] for x in stems) or v.phrase_at(k, M["site_heads"], j):
        return True  # a struck building or vehicle (مدرعة تابعة للشرطة، نقطة تفتيش)
    if k > i and counted(v, i, k) and (_nationals(v, k) or n.endswith("ي") and len(n) > 3
                                       and get_kb().nationality(n) is not None):
        return True  # نحو 20 فلسطينيا، 3 سوريين، ألف أفغاني: people of a nation, counted
        # (not إف-16 تركية: a feminine nisba is an adjective)
    if k > i and counted(v, i, k) and _counted_nisba(v, k):
        return True  # 250 مسيحيا، 30 كرديا: people of a community, counted (recip8)
    plain = n[2:] if n.startswith("ال") else n
    return plain.endswith(("ين", "يون", "ون")) and len(plain) >= 6 \
        and n not in M["not_people_plurals"] and plain not in M["not_people_plurals"]


def dual_of_party(v: View, k: int) -> bool:
    """A dual at token k whose singular is a noun of people or parties (`party_heads`: طفلين،
    جنديين، سيارتين): a count of two that names what it counts; not a dual adjective after
    a dual noun (تفجيران | انتحاريان: it agrees with the noun), nor a generic one (recip8)."""
    n = v.bare(k)
    n = n[2:] if n.startswith("ال") else n
    if len(n) < 5 or not n.endswith(("ين", "ان")):
        return False
    if k > 0 and v.word(k - 1) and v.bare(k - 1).endswith(n[-2:]) and len(v.bare(k - 1)) > 4:
        return False
    M = event_markers()
    if n[:-2] in M["generic_victims"]:
        return False  # شخصين: two persons, a bare count as اربعة اشخاص (victims.bare_count)
    heads = M["party_heads"]
    return n[:-2] in heads or n.endswith(("تين", "تان")) and n[:-3] + "ه" in heads


def _counted_nisba(v: View, k: int) -> bool:
    """An indefinite accusative nisba right after a count (250 مسيحيا، 30 كرديا، 15 ايزيديا:
    the singular after a number is the counted noun, a nisba standing for the people of a
    community or faith), not an adverb of frequency (`nisba_adverbs`: مرتين يوميا)."""
    n = v.bare(k)
    return len(n) > 4 and n.endswith("يا") and not v.is_def(k) \
        and n not in event_markers()["nisba_adverbs"]


PLURAL_POINTERS = frozenset(normalize(w) for w in ("هؤلاء", "أولئك"))


def pointing_at_party(v: View, k: int) -> bool:
    """تلك المليشيات، هذه القوات، هؤلاء المسلحين: a demonstrative (`party_demonstratives`)
    right before a definite noun of armed or ruling parties (`agent_heads`) that agrees with
    it in number (هؤلاء، أولئك before a sound plural of people; not «وطالب هؤلاء | الحكومة»,
    where هؤلاء stands alone and the noun is the verb's object; not تلك المنطقة: a site)."""
    M = event_markers()
    if k + 1 >= len(v.toks) or v.bare(k) not in M["party_demonstratives"] \
            or not v.is_def(k + 1):
        return False
    n = v.bare(k + 1)
    if not (v.in_words(k + 1, M["agent_heads"]) or n.endswith("ون") and n[:-2] + "ين" in M[
            "agent_heads"]):
        return False  # (المسلحون: the nominative of المسلحين)
    if v.bare(k) in PLURAL_POINTERS:
        return v.bare(k + 1).endswith(("ين", "ون"))
    return True


def _clause_cut(v: View, i: int, j: int) -> int:
    """Cut a phrase at a word that opens a clause or a complement inside it: قد، أن، a
    known verb or an imperfect shape, a preposition or a ب/ل on a bare noun (بهدف، لرفع
    المعاناة، بعبوة), a و before a word that is neither a name nor definite nor a party
    noun (شخصين | وجرح آخرين، دبابة | واغتنام الأسلحة; not a و where a number goes on: 71
    ألفا و781 مدنيا), a cause noun (نتيجة), a time
    (طائرات تركية | اليوم) or a quantifier with من (الطرفان | العديد من)."""
    M = event_markers()
    titled = not _one_words(v.W["person_heads"]).isdisjoint(v.bares[i:j])  # a person head
    quantifiers = {"العديد", "الكثير", "عدد", "بعض"}
    for k in range(i + 1, j):
        n = v.norms[k]
        if k not in v.ent_tok and (v.in_time(k) or v.bare(k) in quantifiers
                                   and k + 1 < len(v.toks) and v.norms[k + 1] == "من"):
            return k  # طائرات حربية تركية | اليوم، الطرفان | العديد من الاتصالات
        if v.is_def(k - 1) and k - 1 not in v.ent_tok and not v.is_def(k) and not v.stop(k) \
                and k not in v.ent_tok and not titled and not counted(v, k, k + 1) \
                and not n.isdigit() and any("\u0621" <= c <= "\u064a" for c in n) \
                and n[:1] not in "وبل" and v.text[v.toks[k - 1].end:v.toks[k].start] == " ":
            return k  # النظام | عاجز: an indefinite word after a definite one starts a predicate
        if n in ("قد", "لقد", "سوف") or v.phrase_at(k, v.W["complementizers"]) \
                or (v.bare(k),) in v.W["passive_auxiliaries"] \
                or (v.is_verb(k) and k not in v.ent_tok and not v.is_def(k)) \
                or _imperfect_shape(v, k) or n in M["cause_nouns"] or _verb_with_object(v, k) \
                or (n,) in PREPS and n != "من" and k not in v.ent_tok \
                or k not in v.ent_tok and n[:1] in "بل" and len(n) > 3 \
                and v.clitic_start(k) == v.toks[k].start and not _party_word(v, k, M) \
                or (n[:1] == "و" or n[:1] == "ف" and _verb_shape(v, n[1:])) \
                and k not in v.ent_tok and not v.is_def(k) and not _party_word(v, k, M) \
                and not (n == "و" and k + 1 < j and counted(v, k + 1, k + 2)
                         and v.phrase_at(k - 1, victim_words()["number_words"], k)):
            return k  # (فأصبحت: ف opens a clause too)
    return j


def _verb_shape(v: View, rest: str) -> bool:
    """What follows a ف looks like a verb (فأصبحت، فقتل), not the rest of a name (فياض)."""
    return rest in v.verbs or (rest[:1] in "اأ" and rest[-1:] == "ت" and len(rest) >= 4) \
        or (rest[:1] in "يت" and 4 <= len(rest) <= 5 and rest[-1:] not in "يه")


def _national(v: View, k: int) -> bool:
    link = nominal_link(v, k)
    return link is not None and link.kind in ("country", "armed-group", "military", "government")


def _nationals(v: View, k: int) -> bool:
    """An indefinite nationality noun in the accusative or the plural (فلسطينيا، سوريين،
    أمريكيون): people of a nation (the singular nominative is an adjective: قصف سوري)."""
    forms = [x for n in {v.norms[k], v.bare(k)} for x in  # (فلسطينيا: no ف + لسطينيا)
             [n[:-1]] * n.endswith("يا") + [n[:-2]] * n.endswith(("يين", "يون"))]
    return any(len(f) > 3 and get_kb().nationality(f) is not None for f in forms)


def _party_word(v: View, k: int, M) -> bool:
    """A party noun, a count or a given name, with or without a leading ب/ل (لفصائل)."""
    n = v.bare(k)
    forms = {n, n[:-1], n[1:], n[1:-1]}
    return bool(forms & M["party_heads"]) or counted(v, k, k + 1) or bool(forms & given_names())


def _verb_with_object(v: View, k: int) -> bool:
    """اعتقلهم، شنتها: a known verb with an object pronoun."""
    if k in v.ent_tok:
        return False
    held, answers = _VERB_OBJECT
    if held is not v.verbs:  # (answers are kept for one verb set: another starts them anew)
        answers = {}
        _VERB_OBJECT[:] = [v.verbs, answers]
    n = v.bare(k)
    got = answers.get(n)
    if got is None:
        if len(answers) > 100_000:
            answers.clear()
        got = answers[n] = any(n.endswith(suf) and n[:-len(suf)] in v.verbs
                               for suf in ("هم", "ها", "هما", "ه"))
    return got


# `_verb_with_object`'s answers by word (`_clause_cut` asks it of every word of a party's
# phrase; the answer is the word's alone)
_VERB_OBJECT: list = [None, {}]


def _imperfect_shape(v: View, k: int) -> bool:
    """يشتبه، يصدر، تهدف: an imperfect verb shape inside a phrase (not a name, a definite
    word, a relational adjective, a plural or a party noun: 25 متطرفا من تنظيم النصرة)."""
    n = v.bare(k)
    if n in event_markers()["party_heads"]:
        return False
    if n[:1] in "يت" and 6 <= len(n) <= 8 and n.endswith(("ون", "ان")) \
            and not n.endswith(("يون", "يان")) and k not in v.ent_tok and not v.is_def(k):
        return True  # ينتمون، يرتديان: a plural or dual imperfect (not تعاون، يمنيون)
    return n[:1] in "يت" and 4 <= len(n) <= 6 and k not in v.ent_tok and not v.is_def(k) \
        and not n.endswith(("ي", "يه", "ه", "ات", "ين", "ون", "يا")) and v.word(k)


def _pronominal(v: View, i: int) -> bool:
    """A noun with a possessive pronoun (مقاتليه، مقرها، معارضيهم): the letter ه, not
    the taa marbuta ة, ends it; nouns with a pronoun take no article."""
    word = v.raw(i)
    n = v.bare(i)
    return not v.is_def(i) and len(n) > 3 and (
        word.endswith(("ها", "هم", "هما", "هن")) or word.endswith("ه") and not word.endswith("ة")
        and n not in ("الله",))


def _event_noun(v: View, i: int) -> bool:
    """A noun trigger here; one whose row needs a word that is not near (الأسرى المضربين:
    captives are a deed only with لدى/في أيدي after them) is a party noun, not a deed."""
    return any(not m.payload.verb and needs_ok(v, m, 0, len(v.toks))
               for m in v.candidates(trigger_matcher(), i)) \
        or not stem_set(v.norms[i]).isdisjoint(event_markers()["event_nouns"])


def parties_only(v: View, spans: list[TokSpan], defer_events: bool = False) -> list[TokSpan]:
    out: list[TokSpan] = []
    for s in spans:
        if allies_of_kept(v, s[0], out[-1][1] if out else -1):
            out.append(s)
        elif (x := party_span(v, s, defer_events)) is not None:
            out.append(x)
    return out


def dual_parties(v: View, spans: list[TokSpan]) -> list[TokSpan]:
    """حركتا حماس والجهاد الإسلامي، قبيلتي التبو والطوارق: a feminine dual of a party noun
    (حركة، قبيلة، جماعة: `party_heads`, its ة read تا/تي) in construct with two phrases joined
    by و names two parties: each phrase is one (the dual only counts them)."""
    out: list[TokSpan] = []
    for span in spans:
        i, j = span[0], span[1]
        n = v.bare(i)
        dual = j - i >= 3 and i not in v.ent_tok and n.endswith(("تا", "تي")) and len(n) >= 5 \
            and n[:-2] + "ه" in event_markers()["party_heads"] and not place_word(v, i)
        parts = v.split_coordination(i + 1, j) if dual else []
        places = any(v.ent_tok[t].type == "LOC" for x, y in parts for t in range(x, y)
                     if t in v.ent_tok)  # (مدينتي مارع وجرابلس: two places, no parties)
        out.extend(parts if len(parts) == 2 and not places else [span])
    return out


def allies_of_kept(v: View, i: int, last_end: int) -> bool:
    """الحوثيين | وحلفائهم: و + the allies of the party kept right before (its pronoun points
    at that party, not at the writer: no _pronominal drop); never alone (استهدف المتمردون
    الحوثيون | وحلفاؤهم مطار عدن: the subject's tail is no object)."""
    return last_end == i and v.ally_conjunct(i)


def named_for_title(v: View, r: Role) -> Role:
    """خالد محفوظ بحاح | نائب رئيس الجمهورية سيجتمع، دعا موسى أبو مرزوق | نائب رئيس المكتب
    السياسي لحماس إلى، الحاخام مئير كاهانا، | مؤسس حركة كاخ الذي اغتيل: a role that opens
    with a title (`person_heads`) and names no one, right after a person's name (a comma may
    part them), is that name's apposition: the person named is the party."""
    if r.basis != "sentence":
        return r
    i, j = v.token_range(r.start, r.end)
    if v.norms[i][:1] == "و" and v.bare(i) != v.norms[i]:
        return r  # الملك سلمان بن عبدالعزيز | وولي العهد: another person, joined by و
    if (v.bare(i),) not in v.W["person_heads"] or any(
            (e := v.ent_tok.get(k)) is not None and e.type == "PER" for k in range(i, j)):
        return r
    k = i - 1
    if k >= 0 and not v.word(k) and v.comma(k):
        k -= 1
    ent = v.ent_tok.get(k) if k >= 0 else None
    if ent is None or ent.type != "PER" or ent.end > v.toks[k].end:
        return r
    return Role(ent.start, ent.end, v.entity_for(ent.start, ent.end), basis=r.basis, via=r.via)


TITLE_REACH = 14  # tokens of a title's complement between the cut title and the name


def name_after_title(v: View, r: Role) -> Role:
    """نفى الناطق الرسمي | لقوات التحالف ومستشار وزير الدفاع السعودي العميد ركن طيار أحمد
    عسيري، دعا رئيس لجنة حقوق الانسان العربية | "لجنة الميثاق" الدكتور هادي بن علي اليامي،
    دعا المبعوث الدولي | إلى اليمن إسماعيل ولد الشيخ: a role that opens with a title
    (`person_heads`), names no one and was cut at the title's complement (a ل phrase, a
    `title_links` word, a quoted name) is the person whose name closes that complement: the
    person named is the party. The complement holds only genitives (ل phrases, definite
    words, names), titles joined by و or in a construct chain (ومستشار وزير الدفاع), and the
    honorific or rank right before the name (`name_titles`, `rank_qualifiers`); anything else
    (a verb, a mark, a deed noun, another definite title: الرئيس التركي | الرئيس السوري بشار
    الأسد, the object) leaves the title as it was."""
    if r.basis != "sentence":
        return r
    i, j = v.token_range(r.start, r.end)
    heads = v.W["person_heads"]
    if j >= len(v.toks) or (v.bare(i),) not in heads or any(
            (e := v.ent_tok.get(k)) is not None and e.type == "PER" for k in range(i, j)):
        return r
    M = event_markers()
    n = v.norms[j]
    quote = not v.word(j) and v.text[v.toks[j].start] in "«\"“"
    if not (quote or n[:1] == "ل" and len(n) > 3 or n in M["title_links"]):
        return r  # the title's phrase ends at no complement: what follows is another phrase
    k, title_before = j, False
    while k < min(len(v.toks), j + TITLE_REACH):
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "PER" and ent.start == v.toks[k].start:
            return Role(ent.start, ent.end, v.entity_for(ent.start, ent.end), basis=r.basis,
                        via=r.via)
        n, b = v.norms[k], v.bare(k)
        if ent is not None:
            k += 1  # a name inside the complement (لجنة حقوق الانسان العربية، اليمن)
        elif not v.word(k):
            close = next((c for c in range(k + 1, min(len(v.toks), k + 6))
                          if not v.word(c)), None)
            if close is None or v.text[v.toks[k].start] not in "«\"“":
                return r  # a comma, a stop: the title's phrase is over
            k = close + 1  # a quoted name ("لجنة الميثاق")
        elif v.is_verb(k) or v.trigger_noun_at(k) or (n,) in PREPS and n not in M["title_links"]:
            return r
        elif b in M["name_titles"] or b in M["rank_qualifiers"]:
            k += 1  # العميد ركن طيار | أحمد عسيري
        elif (b,) in heads:
            if not (n[:1] == "و" and b != n or title_before):
                return r  # الرئيس التركي | الرئيس السوري: another person, the object
            k += 1  # ومستشار | وزير الدفاع
        elif n[:1] == "ل" and len(n) > 3 or n in M["title_links"] or v.is_def(k):
            k += 1  # لقوات التحالف، باسم، الرسمي، السعودي
        else:
            return r
        title_before = k - 1 >= 0 and (v.bare(k - 1),) in heads
    return r


def titled_roles(v: View, actor: list[Role]) -> list[Role]:
    """`named_for_title` on every actor. Not on recipients: after a verb of asking a title
    after the subject's name may be its object (دعا الوزير عزالدين الاصبحي | مفوض الأمم
    المتحدة السامي إلى زيارة عدن), as often as the subject's apposition (دعا موسى أبو مرزوق
    | نائب رئيس المكتب السياسي لحماس إلى: measured on the region news, roles18)."""
    return [name_after_title(v, named_for_title(v, r)) for r in actor]


def keep_parties(v: View, roles: list[Role]) -> list[Role]:
    """The roles that name a party, each cut like `party_span` cuts its tokens (for roles
    set after the sentence passes: victims, folded and carried roles)."""
    out = []
    owned = v.memo.get("owned_objects", ())
    last_end = -1  # the token end of the sentence role kept last
    for r in roles:
        if r.basis != "sentence" or (r.start, r.end) in owned:
            out.append(r)  # a speaker's whole phrase, a copy of a role kept already, an
            continue  # object named by its owner (rasd.events.objects.owned_object)
        i, j = v.token_range(r.start, r.end)
        if allies_of_kept(v, i, last_end):
            out.append(r)
            last_end = j
            continue
        if j - i == 1 and _national(v, i):
            out.append(r)  # الروسية: an adjective standing for a state
            continue
        span = party_span(v, (i, j, 1) if r.start > v.toks[i].start else (i, j))
        if span is None:
            continue
        if span[1] < j:
            r = Role(r.start, v.toks[span[1] - 1].end, r.entity, basis=r.basis, via=r.via)
        out.append(r)
        last_end = span[1]
    return out
