"""Whom a call or a charge is addressed to (recip21): the object of a verb of asking whose
subject was said before, and the object of a participle of asking or accusing that tells
the circumstance of the clause before it. Both read the words of data/events/addressees.json
(rasd.lexicons.addressee_words); each writes only the frame's recipient (and, for the verb,
takes back the actor it had read in that phrase), and says whether it fired."""

from __future__ import annotations

from rasd.events.frame import Frame, skip_time
from rasd.lexicons import addressee_words
from rasd.roles import View, norm_piece

OPENER_BEFORE = ("كما", "حين", "ثم")  # كما دعا، في حين حث: the verb goes on a clause said


def asked_at(v: View, k: int, b: int) -> bool:
    """What is asked opens at token k: إلى/على, or ب/ل glued on a word of four letters at
    least that is no name and no word of its own (إلى الوقوف، ببذل، للعمل; not بشار،
    لبنان، بسبب)."""
    if k >= b or not v.word(k):
        return False
    if v.phrase_at(k, addressee_words()["asked_preps"]):
        return True
    n = v.norms[k]
    return n[:1] in "بل" and len(n) >= 4 and k not in v.ent_tok and not v.stop(k)


def past_asides(v: View, k: int, b: int) -> int:
    """Past times and the words said between a call and whom it goes to (`asides`)."""
    while k < b:
        n = v.phrase_at(k, addressee_words()["asides"])
        j = skip_time(v, k + n, b)
        if j == k:
            return k
        k = j
    return k


def _all_after(v: View, e: int, b: int) -> int:
    """Tokens of a quantifier of all right after a phrase (نواب محافظة نينوى | جميعا)."""
    return v.phrase_at(e, addressee_words()["all_after"]) if e < b else 0


def addressee_phrase(v: View, s: int, e: int, b: int) -> bool:
    """The phrase [s, e) names the many a call goes to: it opens with a quantifier of all
    (جميع الأطراف، كافة الدول), one follows it (نواب المحافظة جميعا), its head is a noun of
    such parties (`addressee_heads`: الدول الغربية، الأطراف المتحاربة، الشعب اليمني), or it
    is a sound masculine plural in its oblique case, never a subject (المسؤولين العسكريين،
    مقاتلين آخرين); a name is none of these."""
    W = addressee_words()
    ent = v.ent_tok.get(s)
    if ent is not None and ent.type == "PER":
        return False
    if v.phrase_at(s, W["all_openers"]) or _all_after(v, e, b):
        return True
    if v.phrase_at(s, W["addressee_heads"]) or v.bare(s)[:2] == "ال" and v.in_words(
            s, {h[0] for h in W["addressee_heads"] if len(h) == 1}):
        return True
    n = v.bare(s)
    return ent is None and n.endswith("ين") and len(n) >= 6


def asked_party(f: Frame) -> bool:
    """ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى الوقوف، وطالب الدول الغربية بمراجعة
    حملاتها، كما حثت الأطراف المشاركة في المواجهات على ممارسة، في حين حث الأطراف المتحاربة
    على السعي: a verb of asking (`asking_verbs`) that goes on a clause said before (و or
    ف on it, كما/حين/ثم or a comma before it) with one phrase after it and then what is
    asked (`asked_at`) has its subject in that clause; when the phrase names the many a call
    goes to (`addressee_phrase`), it is whom the verb asks, not who asks (ودعا المحتجون إلى،
    وطالب بعض الأهالي بإعدامه: they ask)."""
    v, b = f.v, f.b
    actor = [x for x in f.actor if x[1] > x[0]]
    if not f.trig.verb or len(actor) != 1 \
            or (f.trig.lemma,) not in addressee_words()["asking_verbs"]:
        return False
    s = actor[0][0]
    if s != past_asides(v, f.t1, b) or f.m.end < v.toks[f.t0].end \
            or any(r[0] < s for r in f.recipient):
        return False  # (a subject before the verb, or a pronoun on it: دعاهم)
    e = v.np_coordinated(s, b)  # (كما دعا المسؤولين العسكريين | والقادة الميدانيين: the
    # object pass took the joined phrase for the object after the subject)
    if e + 1 < b and v.norms[e] == "في" and asked_at(v, n := v.np_forward(e + 1, b), b):
        e = n  # الأطراف المشاركة | في المواجهات | على ممارسة
    prefix = norm_piece(v.text[v.toks[f.t0].start:f.m.start])
    before = v.norms[f.t0 - 1] if f.t0 > f.a else ""
    goes_on = prefix[-1:] in ("و", "ف") or before in OPENER_BEFORE or (
        f.t0 > f.a and v.text[v.toks[f.t0 - 1].start] in "،,")
    if not asked_at(v, e + _all_after(v, e, b), b):
        return False
    cut = second_phrase(v, s, e, b)
    if cut is not None:  # كما دعت القوى الفلسطينية | المجتمع الدولي لتوفير: both read as one
        f.actor, f.recipient = [(s, cut)], v.split_coordination(cut, e)
    elif goes_on and addressee_phrase(v, s, e, b):
        f.recipient, f.actor = v.split_coordination(s, e), []
    else:
        return False
    return True  # (bench/pass_fires counts the firings)


def second_phrase(v: View, s: int, e: int, b: int) -> int | None:
    """The token where a second definite phrase naming addressees starts inside [s, e),
    right after a definite word (القوى الفلسطينية | المجتمع الدولي): the subject, then whom
    it asks, written with no mark between; None when there is none."""
    for k in range(s + 2, e):
        if v.is_def(k) and v.is_def(k - 1) and addressee_phrase(v, k, e, b) \
                and v.phrase_at(k, addressee_words()["addressee_heads"]):
            return k
    return None


def hal_object(f: Frame) -> bool:
    """…، مطالبًا الدول والمنظمات المانحة ببذل المزيد، …، داعياً فصائل المقاومة للعمل، …،
    مطالبا في الوقت نفسه حزب العمال بمغادرة الأراضي العراقية، …، متهما قائد الجيش بتسييس
    المؤسسة: a participle of asking or accusing (`object_participles`) right after a comma
    tells how the clause before went on; its subject is that clause's (rasd.events.context
    carries it), and the phrase right after it (past a time), when what is asked or charged
    follows it (`asked_at`), is whom it asks or accuses."""
    v, b = f.v, f.b
    if f.trig.verb or f.recipient or len(f.group) != 1 or f.t0 <= f.a \
            or v.text[v.toks[f.t0 - 1].start] not in "،," \
            or not v.phrase_at(f.t0, addressee_words()["object_participles"]):
        return False
    s = past_asides(v, f.t1, b)  # مطالبا | في الوقت نفسه | حزب العمال
    if s >= b or not v.word(s) or v.stop(s) or v.prefixed(s) or asked_at(v, s, b) \
            or v.phrase_at(s, addressee_words()["free_pronouns"]):
        return False  # (داعيًا في الوقت نفسه | لاستكمال الأوراق: what is asked, no one
    # asked; متهما إياه: a pronoun for a phrase said before)
    e = v.np_coordinated(s, b)
    if e == s or not asked_at(v, e + _all_after(v, e, b), b):
        return False
    f.recipient = v.split_coordination(s, e)
    return True
