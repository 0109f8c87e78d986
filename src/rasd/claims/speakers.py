"""Who speaks: the speaker phrase after or before a cue, its kind, and the speaker of a cue
that has none (وأضاف أن، مشيرا إلى أن)."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.claims.spans import (
    closing,
    media_at,
    name_after_prep,
    named_after_head,
    outlet_at,
    short_quote,
)
from rasd.document import Speaker
from rasd.lexicons import Cue
from rasd.roles import PREPS, RELATIVES, View
from rasd.text.matcher import Match
from rasd.text.normalize import normalize
from rasd.text.segment import THIRD_PERSON_SUFFIXES

CARRY_SENTENCES = 3  # a dropped speaker reaches this many sentences back in its paragraph
PERSON_BACK = 30  # tokens searched back for a person noun (يظهر فيه طفل … ويصرخ)
AFFILIATION_PREPS = ("في", "من", "عن")  # مصدر في المقاومة، عضو البرلمان عن الأنبار


def _forms(v: View, t: int) -> set[str]:
    n = v.bare(t)
    out = {v.norms[t], n, n[2:] if n.startswith("ال") else n, n[1:]}
    if n.startswith("لل"):  # للشرطة: ل + الشرطة
        out |= {"ا" + n[1:], n[2:]}
    return out


def titled(v: View, t: int) -> bool:
    """A source, person or institution noun (مصدر، المتحدث، وزارة) at token t."""
    W = v.W
    return bool(v.phrase_at(t, W["anonymous_heads"])) or any(
        (f,) in W["person_heads"] or (f,) in W["institution_heads"]
        or (f,) in W["anonymous_heads"] for f in _forms(v, t))


def plausible(v: View, i: int, j: int) -> bool:
    """A speaker: a person, an organisation, a country (ينفي الأردن), or a person,
    institution or source noun."""
    for t in range(i, j):
        ent = v.ent_tok.get(t)
        if ent is not None and (ent.type in ("PER", "ORG") or ent.link is not None
                                and ent.link.kind == "country"):
            return True
    return any(titled(v, t) for t in range(i, j))


def speaker_end(v: View, i: int, q: int, cue: Cue) -> int:
    """End of a verb-first speaker between the cue and the content marker: it stops at the
    source preposition, an outlet, a statement (في بيان، في تغريدة), a time, a relative
    clause (unless it withholds the source's name) and a preposition that does not
    attach the source (مصدر في المقاومة, but هزازي | في …)."""
    W = v.W
    j = i
    quoted = -1  # the token after a quoted name inside the speaker
    while j < q:
        n = v.norms[j]
        if v.inner_mark(j):
            j += 1
            continue
        if j > i and ((e := short_quote(v, j, q)) is not None
                      or (named_after_head(v, j, q) or name_after_prep(v, j, len(v.toks)) == 1)
                      and (e := closing(v, j, q)) < q):
            j = quoted = e + 1  # صحيفة «نيويورك تايمز» أن: the quoted name is the speaker's
            continue
        if not v.word(j) and v.text[v.toks[j].start] not in ",،-–—":
            break
        name = _in_name(v, j)  # اللواء علي الأحمدي: the name علي, not the preposition على
        if (cue.source_prep and n == cue.source_prep) or n in ("الي", "علي") and not name \
                or (n,) in W["source_stops"] or j in v.opener_tok \
                or (v.bare(j),) in W["cue_idiom_objects"] \
                or (j > i and v.phrase_at(j, W["subordinators"])) \
                or v.phrase_at(j, W["via_openers"]) or v.is_time(j) \
                or (j > i and outlet_at(v, j)) or (j > i and media_at(v, j)
                                                     and v.norms[j][:1] == "ل") \
                or (j == i and (v.prefixed(j) or outlet_at(v, j) or _adverbial(v, j)
                                or manner_participle(v, j)
                                or v.phrase_at(j, W["manner_adverbs"])
                                or (v.bare(j),) in W["not_speakers"]
                                or (n,) in PREPS and not name
                                or n in ("ما", "من"))):
            break
        if (v.bare(j),) in RELATIVES and v.bare(j) not in ("من", "ما") and j > i:
            k = v.anonymity_end(j, q)
            if k == j:
                break
            j = k
            continue
        if (n,) in PREPS and j > i and not name \
                and (n not in AFFILIATION_PREPS or not titled(v, i)
                     or n in cue.content_preps and not _affiliation_after(v, j + 1, q)):
            break  # عباس | من مقر الرئاسة، الخبراء | من، المسؤول الإماراتي | عن أمله
        if j > i and not v.word(j):
            k = v.anonymity_end(j + 1, q)
            if k > j + 1:  # المصدر، الذي فضل عدم ذكر اسمه، إن / ضابط - فضل عدم الكشف عن اسمه -
                j = k
                continue
            if v.text[v.toks[j].start] in "-–—":
                break
            if j + 1 < q and not v.is_def(j + 1) and j + 1 not in v.ent_tok \
                    and (v.bare(j + 1),) not in W["person_heads"]:
                break  # مصادر داخل الحزب، تعارض تورطه …: a clause after the comma
        j += 1
    while j > i and not v.word(j - 1) and j != quoted:  # a trailing comma, not a closing quote
        j -= 1
    return j


def trimmed_end(v: View, i: int, j: int) -> int:
    """A speaker phrase [i, j) never ends with a bare preposition (الدكتور سعيد طانيوس من |
    داخل، المرصد عن | "سيطرة …") nor with the relay's word for the saying (words.json
    `speech_nouns`: نقلت الإذاعة عن المصادر القول: إن): the end without them."""
    while j - 1 > i and v.word(j - 1) and ((v.norms[j - 1],) in PREPS and not _in_name(v, j - 1)
                                           or (v.bare(j - 1),) in v.W["speech_nouns"]):
        j -= 1
    return j


def _affiliation_after(v: View, t: int, q: int) -> bool:
    """Token t, after a preposition inside a speaker, opens what the speaker belongs to: a
    person, institution or source noun, or a named organisation or place (عضو البرلمان عن
    الأنبار), not the cue's content (أعرب المسؤول عن أمله)."""
    if t >= q or not v.word(t):
        return False
    ent = v.ent_tok.get(t)
    return titled(v, t) or ent is not None and ent.type in ("ORG", "LOC", "PER")


def _in_name(v: View, j: int) -> bool:
    """Token j is inside a person's name (علي الأحمدي، محمد علي أحمدي): a word that
    normalizes like a preposition (علي ≈ على) is the name's there."""
    ent = v.ent_tok.get(j)
    return ent is not None and ent.type == "PER"


def _adverbial(v: View, j: int) -> bool:
    """ب + a noun right after a verb is a manner phrase (يصرخ بهستيرية), not a speaker."""
    n = v.norms[j]
    return n[:1] == "ب" and j not in v.ent_tok and len(n) > 4 and n.endswith("ه")


def manner_participle(v: View, j: int) -> bool:
    """An indefinite accusative participle right after a verb tells how it was said (وأضاف
    متسائلا، قال مستغربا: a حال), no speaker: م…ا of five letters or more, no name, no
    person, institution or source noun."""
    n = v.bare(j)
    return len(n) >= 5 and n[:1] == "م" and n[-1:] == "ا" and j not in v.ent_tok \
        and not titled(v, j)


def speaker(v: View, i: int, j: int) -> Speaker:
    j = trimmed_end(v, i, j)
    role = v.role(i, max(j, i + 1))
    return Speaker(role.start, role.end, role.entity, kind(v, i, j, role.entity))


def kind(v: View, i: int, j: int, entity: str | None) -> str:
    """anonymous (مصدر، المصادر، a bare مسؤول, a withheld name), named (a person, a title, a
    bare name), institution (an organisation or a country, وزارة), else unknown."""
    W = v.W
    if j - i > 1 and (v.bare(i),) in W["quantifier_heads"]:
        i += 1  # بعض المصادر، أحد المسؤولين: the noun after the quantifier
    bare = v.bare(i)
    head = bare[2:] if bare.startswith("ال") and len(bare) > 4 else bare
    if v.phrase_at(i, W["anonymous_heads"]) or (head,) in W["anonymous_heads"] \
            or any((v.bare(t),) in W["anonymity_words"] for t in range(i, j)):
        return "anonymous"
    ent_types = {v.ent_tok[t].type for t in range(i, j) if t in v.ent_tok}
    if (bare,) in W["institution_heads"]:
        head = bare
    if not v.is_def(i) and (head,) in W["person_heads"] and "PER" not in ent_types and (
            j - i == 1 or _unspecific(v, i + 1)):
        return "anonymous"  # مسؤول، مسؤول فلسطيني، مسؤول في الوزارة: no name, nobody specific
    if (v.norms[i],) in W["person_heads"] or (head,) in W["person_heads"] or "PER" in ent_types:
        return "named"
    if (v.norms[i],) in W["institution_heads"] or (head,) in W["institution_heads"] \
            or ent_types & {"ORG", "LOC"}:
        return "institution"
    if not v.is_def(i):
        return "named"  # a bare proper name: لافروف، أبو بكر
    return "unknown"


def _unspecific(v: View, t: int) -> bool:
    """Token t, after an indefinite person noun, leaves it unspecific: a preposition (مسؤول
    في الوزارة) or an indefinite nisba adjective (مسؤول فلسطيني، مسؤولون محليون), not a
    genitive (رئيس اتحاد …، قائد شرطة الولاية)."""
    if t >= len(v.toks) or t in v.ent_tok or v.is_def(t):
        return False
    n = v.bare(t)
    return (n,) in PREPS or (n,) in v.W["unspecific_adjectives"] \
        or n.endswith(("ي", "يه", "يون", "يين"))


def carried(v: View, si: int, last: Speaker | None) -> Speaker | None:
    """The previous claim's speaker when it is near: this or the previous sentence, or up
    to CARRY_SENTENCES back in the same paragraph (وأضاف … وتابع … across sentences)."""
    if last is None:
        return None
    ls = v.doc.sentence_of(last.start)
    if ls >= si - 1 or (si - ls <= CARRY_SENTENCES and v.para[ls] == v.para[si]):
        return Speaker(last.start, last.end, last.entity, last.kind)
    return None


def dropped_subject(v: View, si: int, a: int, c0: int, last: Speaker | None,
                    earlier: Sequence[Speaker] = (), agreement: str | None = None
                    ) -> Speaker | None:
    """The speaker of وأضاف أن: the previous claim's when it is near (see `carried`), else
    the nearest person noun earlier in the sentence (يظهر فيه طفل ... ويصرخ), else the
    previous claim's. With the cue's `agreement` (`cue_agreement`), a previous speaker
    that disagrees with it (وأضافت after a man) gives way to the nearest near speaker of
    `earlier` (the claims' speakers so far, in order) that agrees, else to none."""
    near = carried(v, si, last)
    if near is not None:
        if agreement is None or agrees(v, near, agreement):
            return near
        return agreeing_earlier(v, si, earlier, agreement)
    shared = opening_subject(v, a, c0)
    if shared is not None:
        return shared
    for t in range(c0 - 1, max(a, c0 - PERSON_BACK) - 1, -1):
        inside = v.ent_tok.get(t)
        if inside is not None and inside.type != "PER":
            continue  # مركز الملك سلمان للإغاثة: a person noun inside a body's name
        if (v.bare(t),) in v.W["person_heads"] or (v.ent_tok.get(t) and
                                                    v.ent_tok[t].type == "PER"):
            e, ent = t + 1, v.ent_tok.get(t)
            e = v.skip_ent(e, ent, c0) if ent is not None else e
            # the whole name, found from its last word
            t = v.skip_back_ent(t, ent, a) if ent is not None else t
            found = speaker(v, t, e)
            if agreement is None or agrees(v, found, agreement):
                return found  # not الحسني for قالوا (claims37)
            break
    if last is not None and (agreement is None or agrees(v, last, agreement)):
        return Speaker(last.start, last.end, last.entity, last.kind)
    return None


def agreeing_earlier(v: View, si: int, earlier: Sequence[Speaker],
                     agreement: str) -> Speaker | None:
    """The latest of `earlier` within carrying reach of sentence si (see `carried`) that
    agrees with a cue of `agreement`, or None."""
    for s in reversed(earlier):
        if carried(v, si, s) is None:
            break
        if agrees(v, s, agreement):
            return Speaker(s.start, s.end, s.entity, s.kind)
    return None


def cue_agreement(v: View, m: Match[Cue]) -> str:
    """The subject agreement a cue with no subject of its own shows: "p" plural or dual
    (قالوا، قالا، أكدتا، مؤكدين), "f" feminine singular (قالت، تعتبر، مضيفة), else "m"."""
    form = v.bare(m.first)
    if m.payload.participle:
        return participle_agreement(v, m.first)
    lemma = normalize(m.payload.lemma)
    if form == lemma:
        return "m"  # لفت، أفاد: a ت of the stem is no ending
    if form in (lemma + "ا", lemma + "تا") or form.endswith("تا"):
        return "p"  # قالا، أكدتا: two speakers
    agreement = _agreement(v, m.first)
    if agreement == "m" and form[:1] == "ت" and lemma[:1] != "ت":
        return "f"  # تعتبر، تقول: the imperfect's ت (تابع's is the stem's)
    return agreement


def participle_agreement(v: View, t: int) -> str:
    """The agreement of the participle at token t: "p" (مشيرين), "f" (مشيرة), else "m"."""
    form = v.bare(t)
    if form.endswith(("ين", "ون")):
        return "p"
    return "f" if form.endswith("ه") else "m"


def speaker_agreements(v: View, s: Speaker) -> frozenset[str]:
    """The cue agreements (see `cue_agreement`) a speaker takes, from its head
    (words.json `_speaker_agreement`); every one when the head tells nothing."""
    W = v.W
    i, j = v.token_range(s.start, s.end)
    if i >= j or not v.word(i) or any(v.bares[k] != v.norms[k] for k in range(i + 1, j)):
        return ALL_AGREEMENTS  # no head, or a conjunction inside: سكان ومسؤولون
    ent = v.ent_tok.get(i)
    if ent is not None and ent.type == "PER" and ent.start == v.toks[i].start:
        return SINGULAR
    h = v.bare(i)
    stem = h[2:] if h.startswith("ال") and len(h) > 4 else h
    def listed(key: str) -> bool:
        return (h,) in W[key] or (stem,) in W[key]

    if not (listed("person_heads") or listed("anonymous_heads")):
        if not listed("institution_heads"):
            return ALL_AGREEMENTS
        return _head_agreements(W, stem) | MASCULINE  # a body: وأوضح after وزارة الخزانة
    return _head_agreements(W, stem)


def _head_agreements(W: dict[str, set[tuple[str, ...]]], stem: str) -> frozenset[str]:
    """The agreements a listed head (without ال) shows by its form."""
    if (stem,) in W["plural_heads"] or stem.endswith("ات"):
        return PLURAL_OR_FEMININE
    if stem.endswith(("ون", "ين")) and len(stem) >= 5 and (stem,) not in W["singular_in_heads"]:
        return PLURAL
    if stem.endswith("ه") and (stem,) not in W["masculine_ta_heads"]:
        return FEMININE
    return MASCULINE


ALL_AGREEMENTS = frozenset("mfp")
SINGULAR = frozenset("mf")  # a named person
PLURAL = frozenset("p")
PLURAL_OR_FEMININE = frozenset("fp")
FEMININE = frozenset("f")
MASCULINE = frozenset("m")


def agrees(v: View, s: Speaker, agreement: str) -> bool:
    """Speaker s may be the dropped subject of a cue of `agreement`."""
    return agreement in speaker_agreements(v, s)


def opening_subject(v: View, a: int, c0: int) -> Speaker | None:
    """واتهم أبو مازن كيري بالتقصير … وقال: «…»: verbs joined by و share their subject, so
    the dropped subject of a conjoined cue is the person named right after the verb that
    opens the sentence (itself conjoined or bare), not the nearest person before the cue
    (often that verb's object)."""
    if not shares_opening_verb(v, a, c0):
        return None  # وشددت دينا … فيما طالب الجعفري … وشدد: another subject
    name = v.ent_tok.get(a + 1)
    if name is None or name.type != "PER" or v.toks[a + 1].start != name.start:
        return None
    e = a + 1
    e = v.skip_ent(e, name, c0)
    return speaker(v, a + 1, e)


def shares_opening_verb(v: View, a: int, c0: int) -> bool:
    """The cue at c0, joined by و, agrees with the verb opening its sentence at a (both
    plural, feminine past or neither), so it may share that verb's subject."""
    return a + 1 < c0 and v.word(a) and v.is_verb(a) and v.bares[c0] != v.norms[c0] \
        and v.norms[c0][:1] == "و" and _agreement(v, a) == _agreement(v, c0)


def _agreement(v: View, t: int) -> str:
    """The subject agreement verb t's ending shows (data/claims/words.json): plural (قالوا،
    يقولون), feminine past (قالت) or neither (قال، يقول)."""
    verb = v.bare(t)
    for suffix in THIRD_PERSON_SUFFIXES:  # ووصفتها، وصفوها: the ending before the object
        if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
            stem = verb[:-len(suffix)]
            if stem.endswith("ت"):
                return "f"
            if stem.endswith("و") and stem[:1] not in "يت":  # not يدعوه
                return "p"
            break
    if verb.endswith(tuple(e for e, in v.W["plural_endings"])):
        return "p"
    return "f" if verb.endswith(tuple(e for e, in v.W["feminine_endings"])) else "m"


__all__ = ["agreeing_earlier", "agrees", "carried", "cue_agreement", "dropped_subject", "kind",
           "opening_subject", "participle_agreement", "plausible", "shares_opening_verb",
           "speaker", "speaker_end", "titled"]
