"""Where an event happened: place phrases around a trigger (في حلب، بلدة كفر بطنا، شرقي
حلب، أريحا بريف إدلب) and the tests that tell a place from a party."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from rasd.entities.features import _core, is_nationality, lexicon, word_list
from rasd.entities.kb import get_kb
from rasd.events.frame import counted, openers, stem_set
from rasd.lexicons import event_markers, marker_words
from rasd.roles import PREPS, RELATIVES, View, _nisba
from rasd.text.segment import clitic_stems, in_with_article

ANTECEDENT_BACK = 400  # tokens searched back for the place a definite place noun names


def is_place(v: View, i: int, j: int) -> bool:
    """A role that names a place: a place entity (مدينة حلب) or a direction (شرقي حلب); a bare
    place noun (المدينة، مناطق خاضعة لسيطرة …) names no place and stays a role."""
    M = event_markers()
    ents = {v.ent_tok[t].type for t in range(i, j) if t in v.ent_tok}
    head = v.ent_tok.get(i)
    # بصرى الحرير بريف درعا: a name placed by a known place
    head_place = (head is not None and head.type == "LOC") or place_word(v, i) or any(
        v.ent_tok[t].type == "LOC" and (v.norms[t][:1] == "ب" or v.norms[t - 1][:1] == "ب")
        and locative(v, t, i + 1, M) for t in range(i + 1, j) if t in v.ent_tok)
    return head_place and "LOC" in ents and not ents & {"PER", "ORG"} \
        or v.bare(i) in M["directions"] \
        or (j - i == 1 and anaphoric_place(v, i) is not None) or named_place(v, i, j) > i


def generic_place(v: View, i: int) -> bool:
    """A place noun that names no place or actor (مناطق، المدن، قرى، مواقع، أجزاء)."""
    return i not in v.ent_tok and _generic_word(v.norms[i])


@lru_cache(maxsize=1 << 16)
def _generic_word(norm: str) -> bool:
    """`generic_place` of a word that is no name, kept: the word's readings alone answer."""
    generic = event_markers()["generic_places"]
    return any(in_with_article(st, generic) for st, _, _ in clitic_stems(norm))


def bare_site(v: View, i: int, j: int) -> bool:
    """A generic place noun that says nothing of whose or what it is (على مناطق، مواقع عدة):
    no target. One qualified by a party or a description is the target of the deed
    (مواقع لحزب العمال، مواقع الحزب، أحياء سكنية، مناطق خاضعة لسيطرة المعارضة)."""
    if not generic_place(v, i):
        return False
    k = i + 1
    if k >= j or not v.word(k) or v.is_time(k):
        return True
    return v.bare(k) in event_markers()["vague_qualifiers"] or counted(v, k, k + 1)


def place_names(v: View, i: int, j: int) -> list[tuple[int, int]]:
    """The place entities inside a place role (مدينة أريحا بريف إدلب → أريحا، إدلب), or the
    role itself when it has none."""
    out: list[tuple[int, int]] = []
    k = i
    while k < j and k not in v.ent_tok:
        k += 1
    if i < k < j and not place_word(v, k - 1) and v.norms[k][:1] == "ب":
        out.append((i, k))  # بصرى الحرير بريف درعا: an unknown name, then a known one
    while k < j:
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "LOC":
            e = k
            e = v.skip_ent(e, ent, j)
            out.append((k, e))
            k = e
        else:
            k += 1
    return out or [(i, j)]


def named_place(v: View, i: int, b: int) -> int:
    """End of a place named by a head noun and a name (حي الجمعيات، بلدة كفر بطنا), or i; not
    a head with an adjective (مدينة استراتيجية) nor with a deed noun (منطقة الاشتباكات،
    منطقة حظر طيران)."""
    M = event_markers()
    head = v.in_words(i, M["named_place_heads"]) or v.bare(i)[:1] in "بل" \
        and v.bare(i)[1:] in M["named_place_heads"]  # بمنطقة الخلفاء
    if head and (e := bracketed_name(v, i + 1, b)) > i + 1:
        return e  # في منطقة (جورجوري)، في قرية (دوما)
    if i + 1 >= b or not head or not v.word(i + 1) \
            or v.stop(i + 1) or _adjective_after(v, i) or i + 1 in v.time_tok \
            or v.bare(i + 1) in M["directions"]:
        return i  # (قرية | شمال شرقي أربيل: a compass phrase follows)
    ent = v.ent_tok.get(i + 1)
    if ent is not None and ent.type != "LOC":
        return i
    if ent is None and (v.trigger_noun_at(i + 1) or v.bare(i + 1) in M["zone_adjectives"]):
        return i  # منطقة الاشتباكات، منطقة حظر طيران: the area of a deed, no name
    e = v.np_forward(i, b, prefixed_ok=True)
    heads = marker_words(M, "named_place_heads", "place_nouns")
    return next((t for t in range(i + 2, e) if v.bare(t)[:1] == "ب" and v.bare(t)[1:] in heads),
                e)  # مدينة معبر | بمحافظة ذمار: the unit it lies in is no part of its name


BRACKETED_NAME = 3  # words of a place name in brackets after its head noun


def bracketed_name(v: View, k: int, b: int) -> int:
    """End of a name in brackets at token k right after a place head (منطقة (جورجوري)،
    بمقاطعة (هسكه مينه)، قرية (دوما)): at most BRACKETED_NAME words, none a compass word, a
    time or a party (an aside says where or when: محافظة حماة (وسط)); else k."""
    if k >= b or v.word(k) or v.text[v.toks[k].start] != "(":
        return k
    M = event_markers()
    for t in range(k + 1, min(b, k + 2 + BRACKETED_NAME)):
        if not v.word(t):
            return t + 1 if t > k + 1 and v.text[v.toks[t].start] == ")" else k
        ent = v.ent_tok.get(t)
        if v.bare(t) in M["directions"] or v.norms[t] in M["directions"] or v.in_time(t) \
                or ent is not None and ent.type != "LOC":  # (وسط: its و is its own)
            return k
    return k


def _adjective_after(v: View, i: int) -> bool:
    """A relational adjective (-ي) after the head noun at i agrees with it in definiteness
    (مدينة استراتيجية، الحي الشعبي); after a bare head a definite one is a name in the
    genitive (حي الصابري، بلدة الشيخ مسكين). A place head that ends like one is no
    adjective (مقبرة وادي عقاب), nor is a name the knowledge base knows as a place other
    than a country (محافظة نينوى: ends in ى, read ي)."""
    M = event_markers()
    if v.bare(i + 1) in marker_words(M, "named_place_heads", "place_nouns"):
        return False
    ent = v.ent_tok.get(i + 1)
    if ent is not None and ent.type == "LOC" and ent.link is not None \
            and ent.link.kind != "country":
        return False
    return _nisba(v.bare(i + 1)) and not (not v.is_def(i) and v.is_def(i + 1))


def named_first(v: View, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Compass phrases (شمال مدينة الحديدة، شرق ليبيا، شمال البلاد) give way: to the named
    place inside them, to a named place of the event (الطارمية، شمال بغداد → الطارمية);
    one that points at no name (شمال البلاد) stays when the event has no other place: it
    is where the article says (gold records it). A name that starts with a compass word
    (شمال سيناء, one place entity) and a countryside (ريف دمشق) are named places."""
    M = event_markers()

    def compass(x: tuple[int, int]) -> bool:
        ent = v.ent_tok.get(x[0])
        if ent is not None and all(v.ent_tok.get(k) is ent for k in range(*x)):
            return False
        n = v.bare(x[0])
        n = n[1:] if n[:1] in "بف" and n[1:] in M["directions"] else n
        return n in M["directions"] and n != "ريف"

    def inner(x: tuple[int, int]) -> list[tuple[int, int]]:  # شمال مدينة | الحديدة
        return [y for y in place_names(v, x[0] + 1, x[1]) if y[0] in v.ent_tok
                and v.bare(y[0] - 1) in marker_words(M, "place_nouns", "named_place_heads")]

    named = [x for x in spans if not compass(x)]
    if named:
        return sorted(named + [y for x in spans if compass(x) for y in inner(x)
                               if y not in named])
    # شمال البلاد: where the article says, when it names no place; غرب المدينة also names
    # the city the noun points back at (places17)
    return spans + [y for x in spans for y in _compass_antecedent(v, x)
                    if not any(_same_place(v, y, w) for w in spans)]


def _compass_antecedent(v: View, x: tuple[int, int]) -> list[tuple[int, int]]:
    """The place a compass phrase ending in a definite place noun points back at (في غرب
    المدينة → عدن named before, جنوبي المدينة → الفلوجة): the part of the city is told, and
    the city is where the event happened; none for a noun with no antecedent or one of a
    list of places."""
    noun = anaphoric_place(v, x[1] - 1) if x[1] - x[0] >= 2 else None
    found = antecedent(v, x[1] - 1, noun) if noun else None
    M = event_markers()
    if found is None or listed_member(v, found[0], M["plural_place_heads"] | M["dual_place_heads"]):
        return []  # قضاءي الفلوجة والكرمة … جنوبي المدينة: which of the two is not said
    return [found]


def reference_points(v: View, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A town named only to locate another place of the event (لحج شمالي عدن، مدينة الرمادي
    غربي بغداد: `located_before`) is dropped. One whose located place is not among the
    event's places stays (it may be an anaphor's antecedent: في أطراف المدينة → عدن)."""
    def located(x: tuple[int, int]) -> bool:
        y = located_before(v, x[0])
        return y is not None and any(_same_place(v, y, w) for w in spans if w != x)
    return [x for x in spans if not located(x)]


def located_before(v: View, s: int) -> tuple[int, int] | None:
    """The place entity Y that the settlement starting at token s locates in `Y شمالي X`
    (a compass word right after Y, X a city, town or village: `reference_kinds`; Y a city,
    governorate or country: `reference_peers`), or None. Y lies outside X (لحج north of
    Aden is not in Aden); a town or district east of a city (حصيبة شرقي الرمادي) is in the
    city's area, and the city stays. A province, country or region after
    the compass word (إدلب شمال سوريا، الجفينة جنوب غربي محافظة مأرب) holds Y: no
    reference; nor a countryside (ريف إدلب), a place of its own."""
    M = event_markers()
    x = v.ent_tok.get(s)
    if x is None or x.type != "LOC" or x.link is None \
            or x.link.kind not in M["reference_kinds"]:
        return None
    k, compass = s - 1, 0
    while k >= 0 and compass < 3 and v.bare(k) in M["directions"] and v.bare(k) != "ريف" \
            and k not in v.ent_tok:
        k, compass = k - 1, compass + 1
    if not compass:
        return None
    if k >= 0 and not v.word(k) and v.comma(k):
        k -= 1
    ent = v.ent_tok.get(k) if k >= 0 else None
    if ent is None or ent.type != "LOC" or ent.link is None \
            or ent.link.kind not in M["reference_peers"]:
        return None  # (حصيبة شرقي الرمادي: a town in the city's area)
    e = k + 1
    k = v.skip_back_ent(k, ent, 0)
    return k, e


@lru_cache(maxsize=1 << 16)
def _named_head(norm: str, bare: str) -> bool:
    """`named_place`'s head test of a word (its form, and that without و/ف: `View.in_words`,
    or ب/ل on a head: بمنطقة), kept: the place window asks it of most of its tokens, almost
    all no head, and the answer is the word's alone."""
    heads = event_markers()["named_place_heads"]
    return any(w in heads or w[:2] == "ال" and len(w) > 4 and w[2:] in heads
               for w in (norm, bare)) or bare[:1] in "بل" and bare[1:] in heads


def anaphoric_place(v: View, i: int) -> str | None:
    """The place noun of a definite singular place word (على البلدة، في المدينة، اقتحمت
    المخيم), which points back at a named place; plural or indefinite ones (مناطق، قرى،
    المدن) name no place. The singular heads are the named-place heads."""
    return _place_noun(v.bare(i))


@lru_cache(maxsize=1 << 16)
def _place_noun(bare: str) -> str | None:
    """`anaphoric_place` of a word (without و/ف), kept: the place window asks it of most of
    its tokens, and the answer is the word's alone."""
    M = event_markers()
    for st, _, _ in clitic_stems(bare):
        if st[:2] == "ال" and (st[2:] in M["named_place_heads"]
                               or st[2:] in M["place_nouns"] and st[-1:] == "ه"):
            return st[2:]
    return None


def resolve_places(v: View, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """على المدينة: the city named before, if any."""
    out: list[tuple[int, int]] = []
    for r in spans:
        noun = anaphoric_place(v, r[0]) if r[1] - r[0] == 1 else None
        x = (antecedent(v, r[0], noun) if noun else None) or r
        if not any(_same_place(v, x, y) for y in out):
            out.append(x)  # (بلدة اليادودة … في البلدة: one place)
    return out


def antecedent(v: View, i: int, noun: str) -> tuple[int, int] | None:
    """The place a definite place noun at token i points back at: the nearer of the last
    place named with the same noun (`_noun_antecedent`) and the last place of the noun's
    kind (`kind_antecedent`): في الفلوجة … داخل المدينة is Fallujah, whatever city was
    named with مدينة before."""
    found = [x for x in (_noun_antecedent(v, i, noun), kind_antecedent(v, i, noun)) if x]
    return max(found) if found else None


def _noun_antecedent(v: View, i: int, noun: str) -> tuple[int, int] | None:
    """The last place named with the same noun before token i (مدينة الزبداني … المدينة،
    منطقة واردوج … المنطقة، بلدة اليادودة … البلدة), within ANTECEDENT_BACK tokens. A name
    the tagger did not know may carry the article after a bare head (بلدة اليادودة), not
    for a noun that as often means the wider region (`loose_anaphors`: المنطقة)."""
    M = event_markers()
    for k in range(i - 1, max(0, i - ANTECEDENT_BACK), -1):
        if k == 0 or noun not in stem_set(v.bare(k - 1)):
            continue
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "LOC" and v.ent_tok.get(k - 1) is not ent:
            e = k
            e = v.skip_ent(e, ent, len(v.toks))
            return k, e
        if ent is None and v.word(k) and not v.stop(k) and not _nisba(v.bare(k)) \
                and not v.is_def(k - 1) and not v.is_verb(k) and not counted(v, k, k + 1) \
                and not (v.is_def(k) and noun in M["loose_anaphors"]) \
                and not v.in_time(k) \
                and not v.trigger_noun_at(k) \
                and v.bare(k) not in M["zone_adjectives"]:
            # منطقة واردوج، بلدة اليادودة: a name the tagger did not know (not منطقة حظر،
            # منطقة آمنة; not المدينة القديمة: an adjective after a definite head)
            return k, max(k + 1, named_place(v, k - 1, min(len(v.toks), i)))
    return None


def kind_antecedent(v: View, i: int, noun: str) -> tuple[int, int] | None:
    """The last place of the noun's kind named before token i when none was named with the
    noun (الفلوجة … المدينة، الزبداني … البلدة): a place entity the knowledge base files
    under one of the kinds `anaphor_kinds` gives the noun, within ANTECEDENT_BACK tokens."""
    kinds = event_markers()["anaphor_kinds"].get(noun)
    if not kinds:
        return None
    for k in range(i - 1, max(-1, i - ANTECEDENT_BACK), -1):
        ent = v.ent_tok.get(k)
        if ent is None or ent.type != "LOC" or ent.link is None or ent.link.kind not in kinds:
            continue
        s = k
        s = v.skip_back_ent(s, ent, 0)
        if listed_member(v, s):
            continue  # في محافظات عدن وأبين ولحج … المحافظة: no one of those
        return s, k + 1
    return None


def listed_member(v: View, s: int, heads: frozenset[str] | set[str] | None = None) -> bool:
    """The place entity starting at token s is one of places listed after a plural place
    noun (`plural_place_heads`: في محافظات عدن وأبين ولحج، مدن حلب وحمص), joined by و or a
    comma: a singular place noun after it (المحافظة) points at none of them."""
    heads = event_markers()["plural_place_heads"] if heads is None else heads
    k = s
    while k > 0:
        p = k - 1
        comma = not v.word(p) and v.comma(p)
        p -= comma
        ent = v.ent_tok.get(p) if p >= 0 else None
        if ent is None or ent.type != "LOC" or not (comma or v.norms[k][:1] == "و"):
            break
        p = v.skip_back_ent(p, ent, 0)
        k = p
    return k > 0 and any(st in heads for st, _, _ in clitic_stems(v.norms[k - 1]))


def place_word(v: View, k: int) -> bool:
    """A locative preposition or place noun, with its clitics (بمنطقة، قريتي، مدينتي), a
    front (`front_nouns`: في جبهة الجفينة، في محور الصابري) or a part or extent of a place
    (`extent_nouns`: في أنحاء إسطنبول، على ضفاف بحيرة تشاد); the last two only before a
    place entity (الجبهة alone is as often a party, جبهة النصرة)."""
    M = event_markers()
    ent = v.ent_tok.get(k)
    if ent is not None and ent.type in ("ORG", "PER"):
        return False  # تنظيم القاعدة is no base
    words = marker_words(M, "location_preps", "place_nouns", "named_place_heads", "front_nouns",
                         "extent_nouns")
    for st, _, _ in clitic_stems(v.norms[k]):
        if st in words or (st[-2:] in ("تي", "تا") and st[:-2] + "ه" in M["place_nouns"]) or (
                st.endswith("تين") and st[:-3] + "ه" in M["place_nouns"]):  # (بلدتا: places34)
            return True
    return False


def directions_end(v: View, k: int, b: int) -> int:
    """End of a run of direction words at k (شمال غرب، جنوب شرقي)."""
    M = event_markers()
    e = k
    while e < b and e - k < 3 and v.bare(e) in M["directions"]:
        e += 1
    return e


CHAIN_REACH = 2  # tokens past the window's end a chain of places (في مدينة تعز … وفي مأرب) may
# go on, from a place name (not from a compass phrase: شمال العاصمة | صنعاء is its reference)


def locations(v: View, t0: int, t1: int, a: int, b: int,
               taken: list[tuple[int, int]], genitive: bool = False) -> list[tuple[int, int]]:
    """Places in the trigger's clause: a place entity after a locative preposition, a place
    noun or a direction word (في حلب، بلدة كفر بطنا، شرقي حلب), and the places chained to it
    by و / ب / في (دمشق وحلب، أريحا بريف إدلب، حي … في مدينة البوكمال بدير الزور)."""
    M = event_markers()
    used = {t for i, j, *_ in taken for t in range(i, j)}
    out: list[tuple[int, int]] = []
    k = t1
    # the window counts no tokens of the event's own parties (اشتباكات بين X وY … في معسكر)
    # … nor of a time (قصفت طائرة أميركية من دون طيار أمس (الأربعاء)، هدفا … في سوريا)
    # … nor of the deed's toll (هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح
    # في مدينة سوروتش: `toll_tokens`)
    end = min(b, t1 + M["location_window"] + sum(1 for t in used if t >= t1)
              + v.times_between(t1, t1 + M["location_window"])
              + toll_tokens(v, t1, min(b, t1 + M["location_window"]), M))
    end = max(end, time_reach(v, t1, end, b))
    last = -1  # end of the last place found (for chains)
    last_used = max((t for t in used if t >= t1), default=-1)
    clauses = openers(v.W["complementizers"])
    lands = openers(M["territory_nouns"])  # (`territory` asks it first: most tokens open none)
    directions = M["directions"]  # (`directions_end` asks it first: most tokens are none)
    destinations = M["destination_words"]  # (`destination_word` inline: asked of most tokens)
    topics, reasons = M["topic_nouns"], M["reason_openers"]
    norms, bares = v.norms, v.bares
    while k < end or (out and ((last - 1) in v.ent_tok or bares[out[-1][0]] not in directions)
                      and k < min(b, last + CHAIN_REACH)):
        if not v.word(k) and k < last_used:
            k += 1  # بين X من جهة، وY في …: punctuation inside the parties' phrases
            continue
        if k > t1 and k >= last_used and v.word(k) \
                and (norms[k] in clauses or bares[k] in clauses) \
                and v.phrase_at(k, v.W["complementizers"]) \
                and v.bare(k - 1) not in ("بعد", "قبل", "منذ"):
            break  # خلال زيارته كينيا | أن قوة المتمردين تراجعت في شرق أفريقيا: another clause
        if k > t1 and bares[k] == "في" and bares[k - 1] in topics or norms[k] in reasons:
            break  # مناقشة الأوضاع في المنطقة خاصة في سوريا: what is talked of; أُغرقت لأنها
            # قامت بتحميل مقاتلين … في المنطقة الشرقية: why it was done (places29)
        if k > t1 and k >= last_used and v.word(k) and k not in v.ent_tok \
                and not stem_set(norms[k]).isdisjoint(destinations):  # (destination_word)
            k = destination_end(v, k, b)  # قصفت … قبل أن تعود إلى قاعدة ديار بكر: not there
            continue
        if k >= last_used > 0 and k + 1 < b and v.norms[k] == "من" and v.norms[k + 1] == "جهه":
            n = 2 + (k + 2 < b and v.norms[k + 2] in ("اخري", "ثانيه"))
            n += k + n < b and v.comma(k + n)
            k, end = k + n, min(b, end + n)  # بين X من جهة، وY من جهة، | في محافظة تعز
            continue
        if not v.word(k) and v.comma(k) and k + 2 < b and not out \
                and v.bare(k + 1) == "في" and (k + 2 in v.ent_tok and v.ent_tok[k + 2].type == "LOC"
                                               or named_place(v, k + 2, b) > k + 2
                                               or _listed_after_comma(v, k + 2, b)
                                               or office_after_comma(v, k + 2, b)):
            k, end = k + 1, min(b, end + 1)  # التفجيرات التي وقعت في توقيت واحد، | في حي …
            continue
        if not v.word(k) and k + 1 < b and v.text[v.toks[k].start] in TIME_JOINERS \
                and k > t1 and v.in_time(k - 1) and v.in_time(k + 1):
            k, end = k + 1, min(b, end + 1)  # قصفت بعد منتصف ليل الخميس - الجمعة مناطق في …
            continue  # … لقاء مطولا في حزيران/يونيو على هامش حفل … في باكو (places29)
        if k == last and list_comma(v, k) and (member := comma_member(v, k + 1, b)) > k + 1:
            k, end = k + 1, max(end, min(b, member))  # حي …، ومعسكر القوات الخاصة، وموقع …
            continue
        if not v.word(k) and v.text[v.toks[k].start] not in "()\"«»“”":
            aside = v.time_aside(k, b)  # غارات للطيران التركي، فجر أمس، على قرية
            if aside == k and (closed := time_closed(v, k, t1, b)) > k:
                aside = closed  # أمس (الأربعاء)، هدفا لتنظيم داعش في سوريا
                obj = _place_at(v, closed, b)
                if obj is not None and closed not in used:  # استعادت يوم الثلاثاء، قرية X
                    out.append(obj)
                    k = last = obj[1]
                    end = min(b, end + k - closed + 1)
                    continue
            if aside == k:
                aside = instrument_aside(v, k, b, M)  # قصفها، بقذائف الهاون، على مدينة
            if aside == k:
                aside = timed_place(v, k, b, M)  # محادثات السلام، يوم الاثنين في جنيف
            if aside == k and not out and (e := dash_aside_end(v, k, b)) > k \
                    and office_after_comma(v, e + 1, b):
                aside = e  # الملك سلمان – حفظه الله – في مكتبه بقصر اليمامة
            if aside == k and (at := specified_place(v, k, b, M)) > k:
                k, end = at, max(end, min(b, at + SPECIFIED_REACH))  # …، خصوصًا | في منطقة
                continue
            if aside == k:
                break
            k, end = aside, min(b, end + aside - k)
            continue
        t_end = territory(v, k, a, b, M) if norms[k] in lands or bares[k] in lands else k
        if t_end > k and k not in used:
            name = v.ent_tok.get(t_end)
            if name is not None and name.type == "LOC":  # العاصمة القطرية الدوحة: the name
                e = t_end
                e = v.skip_ent(e, name, b)
                out.append((t_end, e))
                k = last = e
                continue
            if last != k - 1:  # (إدلب على الحدود التركية: where the place named lies)
                out.append((k, t_end))  # داخل الأراضي السورية
            k = last = t_end
            continue
        noun = _place_noun(bares[k]) if k not in used and k not in v.ent_tok else None
        n_end = named_place(v, k, b) if noun is None and _named_head(norms[k], bares[k]) \
            else k  # (داخل المدينة يريد …: no name; `named_place` is k where no head opens)
        if n_end > k and k not in used and (k + 1) not in v.ent_tok and (
                locative(v, k, a, M) or _chained(v, last, k)):  # … وجزيرة الخالدية
            out.append((k, n_end))
            k = last = n_end
            continue
        if noun and (v.bare(k)[:1] == "ب" or k > a and place_word(v, k - 1)):
            found = antecedent(v, k, noun)  # في المنطقة، بالمدينة: the place named before
            if found is not None:
                if not any(_same_place(v, found, x) for x in out):
                    out.append(found)
                k = last = k + 1
                continue
        d = directions_end(v, k, b) if bares[k] in directions and k < end else k
        if d > k and k not in used:
            e = v.np_forward(d, b)
            if e > d:
                out.append((k, e))
                k = last = e
                continue
        if k not in v.ent_tok and k not in used and k > a and bares[k - 1] == "في" \
                and kb_place_word(v, k, b):
            out.append((k, k + 1))  # القتال الذي وقع مؤخرا في سبها: a name the tagger left
            k = last = k + 1
            continue
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "LOC" and k not in used:
            s = e = k
            e = v.skip_ent(e, ent, b)
            chained = _chained(v, last, k) or (
                genitive and k == t1)  # معارك الزبداني: a place genitive of an event noun
            if locative(v, k, a, M) or chained:
                if k - 1 >= a and v.bare(k - 1) in M["directions"]:
                    s = k - 1
                noun = anaphoric_place(v, s) if e - s == 1 else None
                back = antecedent(v, s, noun) if noun else None  # داخل المدينة (tagged)
                if back is None or not any(_same_place(v, back, x) for x in out):
                    out.append(back or (s, e))
                last = e
            k = e
            continue
        k += 1
    if not out:  # وفي حلب، قصفت الطائرات …: a fronted place phrase opening the clause
        out = fronted_place(v, t0, a, used, M)
    if not out and genitive:  # تشهد مدينة حلب معارك: the place that witnesses the event
        out = witness_place(v, t0, a, M)
    if not out:  # الهجمات الكيميائية التي شهدتها سوريا
        out = witnessed_place(v, t1, b, M)
    return out[:M["location_max"]]


SPECIFIED_REACH = 4  # tokens after the في of a specifier phrase in which its place may start


def specified_place(v: View, k: int, b: int, M) -> int:
    """places30: the في of a specifier phrase after the comma at token k (`specifier_words`:
    …، خصوصًا في منطقة المحلة؛ …، ولا سيما في مدينة حلب؛ …، خاصة في مدن سبها والكفرة): the
    place it names narrows where the deed was, so the scan goes on from there; else k."""
    if k + 2 >= b or not v.comma(k):
        return k
    n = v.phrase_at(k + 1, M["specifier_words"], b)
    f = k + 1 + n
    return f if n and f + 1 < b and v.norms[f] == "في" else k


KB_PLACE_KINDS = ("governorate", "district", "city", "town", "village", "neighbourhood", "camp")


def kb_place_word(v: View, k: int, b: int) -> bool:
    """Token k, no entity, is a place the knowledge base knows by this one word (سبها، إب،
    مسقط), standing alone: no time (في آب), and no noun after it that would make it the
    head of another phrase (في مسقط رأسه): punctuation, a clitic word, a definite word or
    the clause's end follows; no pronoun ه (في قصره is no قصرة)."""
    if not v.word(k) or v.is_time(k) or len(v.bares[k]) < 2:
        return False
    nxt = k + 1
    if nxt < b and v.word(nxt) and not v.is_def(nxt) and v.norms[nxt][:1] not in "وبل":
        return False
    word = v.raw(k)
    if word.endswith("ه"):
        return False  # في قصره: a pronoun on a noun, not قصرة
    entries = get_kb().lookup(word)
    return bool(entries) and all(e.kind in KB_PLACE_KINDS for e in entries)


def listed_places(v: View, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other members of a list of places named after a plural place noun, when the event
    took one of them (تشهد محافظات كربلاء والنجف والبصرة مظاهرات، في حيي المنشية والعباسية):
    the list names the places the event is told of, all of them (places17). Only place
    entities joined by و or a comma (a dual noun heads a list too: محافظتي لحج وتعز)."""
    M = event_markers()
    heads = M["plural_place_heads"] | M["dual_place_heads"]
    out = list(spans)
    for x in spans:
        after = _list_starts(v, x[1])
        if not after or not listed_member(v, after[0], heads):
            continue
        for y in after:
            ent = v.ent_tok[y]
            e = y
            e = v.skip_ent(e, ent, len(v.toks))
            if not any(_same_place(v, (y, e), w) for w in out):
                out.append((y, e))
    return out


LIST_NAME_WORDS = 2  # words of a list member no entity covers (السد القديم، البو جاسم)


def unknown_members(v: View, spans: list[tuple[int, int]], b: int) -> list[tuple[int, int]]:
    """places25: a list of places named after a head noun goes on past members the knowledge
    base does not know (في مناطق الشيحة والدواية والستر والبو جاسم؛ منطقة الرباط والفيوش
    واللواء الخامس ومنطقة المحلة): after a place of the event that a place head opens
    (`_headed`), each و (after a comma or not) + a definite word that is no common word
    (`_name_word`), with up to LIST_NAME_WORDS - 1 definite words after it, is one more
    member, as are place entities and head + name (`comma_member`) between them. The run
    stops at the first token that is none of these (a verb, a common noun, a preposition)."""
    M = event_markers()
    out = list(spans)
    for x in spans:
        if not _headed(v, x, M):
            continue
        k = x[1]
        while k < b:
            p = k + 1 if list_comma(v, k) else k
            if p >= b or v.norms[p][:1] != "و" or v.clitic_start(p) == v.toks[p].start:
                break
            e = comma_member(v, p, b)
            if e == p and p not in v.ent_tok and _name_word(v, p, M):
                e = p + 1
                if e < b and v.word(e) and v.bares[p] in word_list("name_particles.txt"):
                    e += 1  # البو | جاسم
                while e < b and e - p < LIST_NAME_WORDS and _name_tail(v, e):
                    e += 1  # السد | القديم
            if e == p:
                break
            if not any(_same_place(v, (p, e), w) or w[0] <= p < w[1] for w in out):
                out.append((p, e))
            k = e + (e < b and _name_tail(v, e))  # التباب | السود: an entity cut short
    return out


def _name_tail(v: View, k: int) -> bool:
    """Token k goes on the name before it: a definite word with no و that ends no phrase and
    is no entity of its own (السد القديم، التحرير الأسفل)."""
    return v.word(k) and k not in v.ent_tok and v.norms[k][:1] != "و" and v.is_def(k) \
        and not v.stop(k) and v.bares[k] == v.norms[k]


def _headed(v: View, x: tuple[int, int], M) -> bool:
    """The place x is named after a place head noun (في مناطق | الشيحة، منطقة | الرباط) or
    starts with one (منطقة الرباط)."""
    heads = marker_words(M, "plural_place_heads", "dual_place_heads", "named_place_heads",
                         "place_nouns")
    return any(st in heads for t in (x[0] - 1, x[0]) if t >= 0 and v.word(t)
               for st, _, _ in clitic_stems(v.norms[t]))


def _name_word(v: View, k: int, M) -> bool:
    """Token k (و + a definite word) reads as a name: the word is no time, trigger, stop word,
    nationality, place noun (singular or plural: والمديريات) or word the tagger's lexicon
    knows as common (seen often, hardly ever inside a name: المدنيين، المناطق,
    `common_word`)."""
    if not v.is_def(k) or v.in_time(k) or v.stop(k) or v.trigger_noun_at(k):
        return False
    bare = v.bares[k]
    if is_nationality(bare) or generic_place(v, k) or place_word(v, k) \
            or v.in_words(k, M["plural_place_heads"]):
        return False  # (والمديريات التابعة لها: the province's districts, no name)
    return not common_word(v.norms[k])


COMMON_SEEN = 2  # times a stem was seen, never or hardly inside a name, to be a common word


def common_word(norm: str) -> bool:
    """A normalised word whose core stem the tagger's training text (its lexicon) used at
    least COMMON_SEEN times, at most a fifth of them inside a name (المدنيين، المناطق،
    الجيش): no name of a place."""
    seen, named = lexicon().get(_core(norm), (0, 0))
    return seen >= COMMON_SEEN and named * 5 <= seen


def _list_starts(v: View, k: int) -> list[int]:
    """First tokens of the place entities listed right after token k: و + a place entity, or a
    comma and (و) a place entity, one after another."""
    out = []
    while k < len(v.toks):
        p = k
        if not v.word(p) and v.comma(p):
            p += 1
        ent = v.ent_tok.get(p)
        if ent is None or ent.type != "LOC" or not (p > k or v.norms[p][:1] == "و"):
            break
        out.append(p)
        p = v.skip_ent(p, ent, len(v.toks))
        k = p
    return out


def _listed_after_comma(v: View, k: int, b: int) -> bool:
    """A plural place noun at token k heading a list of place entities (الغارات الجوية، في
    مناطق الحصيبة والملاحمة): the comma before في sets off the deed's own place phrase, as it
    does before a single named place (places17)."""
    ent = v.ent_tok.get(k + 1) if k + 1 < b else None
    return ent is not None and ent.type == "LOC" and k not in v.ent_tok and any(
        st in event_markers()["plural_place_heads"] for st, _, _ in clitic_stems(v.norms[k]))


def office_after_comma(v: View, k: int, b: int) -> bool:
    """A host's own seat at token k (`office_nouns` with a pronoun: مكتبه، مقره) followed by
    the place it stands in (بقصر اليمامة، بمقر الأمانة في مدينة الرياض، بالرياض): after a
    comma that closes the host's name, في opens the meeting's place as it does before a
    named place (استقبل الأمين العام … الزياني، في مكتبه بمقر الأمانة في مدينة الرياض)."""
    if k + 1 >= b or v.bare(k) not in event_markers()["office_nouns"] \
            or v.norms[k + 1][:1] != "ب" and v.bare(k + 1) != "في":
        return False
    for j in range(k + 1, min(b, k + 1 + OFFICE_REACH)):
        if not v.word(j):
            return False
        ent = v.ent_tok.get(j)
        if ent is not None and ent.type == "LOC" or named_place(v, j, b) > j:
            return True  # (مكتبه بالرياض: the ب inside the entity's first token)
    return False


OFFICE_REACH = 4  # words from the seat to the place it stands in (بمقر الأمانة في مدينة الرياض)


def dash_aside_end(v: View, k: int, b: int) -> int:
    """Past a spaced aside between two dashes at token k that a place phrase follows (الملك
    سلمان بن عبدالعزيز – حفظه الله – في مكتبه بقصر اليمامة): the token of the في after the
    closing dash; k where none (at most DASH_ASIDE words, only words between)."""
    if k >= b or v.text[v.toks[k].start] not in DASHES or v.toks[k].end - v.toks[k].start != 1:
        return k
    for c in range(k + 2, min(b - 1, k + 2 + DASH_ASIDE)):
        if not v.word(c):
            if v.text[v.toks[c].start] in DASHES and v.toks[c].end - v.toks[c].start == 1 \
                    and v.bare(c + 1) == "في":
                return c + 1
            return k
    return k


DASH_ASIDE = 4  # words of a prayer aside between dashes (حفظه الله، رعاه الله)


def destination_word(v: View, k: int, M) -> bool:
    """A verb or noun of going, returning or moving someone (`destination_words`: ستعود،
    التوجه، نقلهم، متوجهة) at token k."""
    return not stem_set(v.norms[k]).isdisjoint(M["destination_words"])


DESTINATION_PREPS = ("الي", "نحو", "صوب")  # إلى normalized


def destined(v: View, k: int, a: int) -> bool:
    """The place at token k is where a journey goes: after إلى / نحو / صوب (and a place
    noun) right after a word of going (متوجهة إلى مدينة …، قبل أن يعود إلى سوريا)."""
    M = event_markers()
    p = k - 1
    if p >= a and v.bare(p) in marker_words(M, "place_nouns", "named_place_heads"):
        p -= 1
    return p - 1 >= a and v.bare(p) in DESTINATION_PREPS and destination_word(v, p - 1, M)


def destination_end(v: View, k: int, b: int) -> int:
    """After a word of going at token k, the end of where it goes: the place or noun phrase
    after إلى / نحو / صوب right after it (قبل أن تعود إلى قاعدة ديار بكر، أدين بالسفر إلى
    سوريا), which is no place of a deed before it; else the token after the word. What
    follows that phrase may still say where the deed was (أثناء عودتهم إلى بيوتهم في …)."""
    n = k + 1
    if n + 1 >= b or v.bare(n) not in DESTINATION_PREPS:
        return n
    place = _place_at(v, n + 1, b)
    if place is not None:
        return place[1]
    return max(n + 1, v.np_forward(n + 1, b))


def toll_tokens(v: View, i: int, j: int, M) -> int:
    """How many tokens in [i, j) tell a deed's toll, which the place window does not count
    (like a time): those of a count (30 قتيلا، 100 جريح), an approximator before one (نحو،
    أكثر من) and a hedge (على الأقل, `toll_hedges`). A count of what is struck (6 سيارات)
    counts too: the place phrase comes after the object as after the toll."""
    n, k = 0, i
    hedges, norms, bares = openers(M["toll_hedges"]), v.norms, v.bares
    # a token's own count (`counted` of one token) or one it lies inside (`_in_count`): the
    # two sets those read, asked here without a call a token
    counts, inside, approximators = v.count_tok, _counts_inside(v), M["approximators"]
    while k < j:  # (the hedge's first word tested here: ~50,000 tokens a corpus open none)
        h = (norms[k] in hedges or bares[k] in hedges) and v.phrase_at(k, M["toll_hedges"], j)
        if h:
            n, k = n + h, k + h
            continue
        if v.word(k) and (k in counts or k in inside
                          or bares[k] in approximators and k + 1 < j
                          and counted(v, k + 1, min(j, k + 3))):
            n += 1
        k += 1
    return n


COUNT_BACK = 40  # characters from a count's start to a token inside it


def _in_count(v: View, k: int) -> bool:
    """Token k lies inside a count that starts before it (30 | قتيلا), within COUNT_BACK
    characters: the document's tokens inside counts, found once (`_counts_inside`)."""
    return k in _counts_inside(v)


def _counts_inside(v: View) -> set[int]:
    """`_inside_counts` of the document, kept in its View's memo."""
    inside: set[int] | None = v.memo.get("inside_counts")
    if inside is None:
        inside = v.memo["inside_counts"] = _inside_counts(v)
    return inside


def _inside_counts(v: View) -> set[int]:
    """The tokens that start inside a count (no ordinal) at most COUNT_BACK characters after
    the count's start: q.start < token start < q.end."""
    out: set[int] = set()
    for q in v.quantities_in(0, len(v.text) + 1):
        if not q.ordinal:
            out.update(range(bisect_right(v.starts, q.start),
                             bisect_left(v.starts, min(q.end, q.start + COUNT_BACK + 1))))
    return out


def _same_place(v: View, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two place spans name one place: the same words, or the same linked entity."""
    ex, ey = v.ent_tok.get(x[0]), v.ent_tok.get(y[0])
    if ex is not None and ey is not None and ex.link is not None and ey.link is not None:
        return ex.link.id == ey.link.id
    a, b = v.norms[x[0]:x[1]], v.norms[y[0]:y[1]]
    short, long_ = sorted((a, b), key=len)
    return long_[len(long_) - len(short):] == short  # بلدة اليادودة، اليادودة


def time_closed(v: View, k: int, t1: int, b: int) -> int:
    """After a comma at token k that closes the deed's time (قصفت طائرة أميركية أمس
    (الأربعاء)، هدفا لتنظيم داعش في سوريا; a bracketed day after it counted): the token
    after the comma; else k. Only when the clause goes on with a preposition, a place or an
    accusative (هدفا); not a verb or a word with و/ف (another clause: أمس، ترافقت مع …).
    A place right after it is the deed's object (استعادت المقاومة يوم الثلاثاء، قرية
    "المسلامية" في لودر): `_place_at` reads it."""
    if k + 1 >= b or k <= t1 or not v.comma(k):
        return k
    p = k - 1
    if v.text[v.toks[p].start] == ")":
        q = p - 1
        while q > t1 and q > p - 4 and v.text[v.toks[q].start] != "(":
            q -= 1
        if v.text[v.toks[q].start] != "(":
            return k
        p = q - 1
    n = k + 1
    if p < t1 or p not in v.time_tok or not v.word(n) or v.is_verb(n) \
            or v.bares[n] != v.norms[n]:
        return k
    raw = v.raw(n)
    goes_on = v.norms[n] in event_markers()["location_preps"] or place_word(v, n) \
        or n in v.ent_tok or raw.endswith(("ا", "اً", "ًا"))  # an accusative object
    return n if goes_on else k


def _place_at(v: View, k: int, b: int) -> tuple[int, int] | None:
    """The named place (قرية "المسلامية"، مخيم الدهيشة) or place entity at token k, or None."""
    e = named_place(v, k, b)
    ent = v.ent_tok.get(k)
    if e == k and ent is not None and ent.type == "LOC":
        e = k
        e = v.skip_ent(e, ent, b)
    return (k, e) if e > k else None


LEFT_REACH = 8  # tokens from a deed of leaving to the من of the place it left
LEFT_LIST = 16  # tokens from the place left to a further ومن + place (an apposition between)


def left_places(v: View, t1: int, b: int, M) -> list[tuple[int, int]]:
    """The places a deed of leaving (trigger ending before token t1) left: the place right
    after the first من of its clause within LEFT_REACH tokens (past its subject or object:
    طرد الحوثيين من أبين، انسحب المسلحون من الموصل), the places joined to it by و or a comma
    (من أبين وشبوة والبيضاء; entities the knowledge base knows) and those after a later
    ومن of the same clause (انسحبوا من الحوطة، عاصمة محافظة لحج …، ومن قاعدة العند). A
    place is a place entity, a named place (مدينة لودر، معسكر اللواء 15) or a country's
    territory (من الأراضي التركية). None when the first من is an agent phrase (من قبل) or a
    partitive after a count, or names no place (استقالته من منصبه، من المدينة: no name);
    the search stops at punctuation, a verb or another deed."""
    for k in range(t1, min(b - 1, t1 + LEFT_REACH)):
        if not v.word(k) or k > t1 and (v.is_verb(k) or v.trigger_noun_at(k)):
            return []
        if v.norms[k] != "من":
            continue
        if v.phrase_at(k, M["agent_phrases"]) or k > t1 and counted(v, k - 1, k):
            return []
        first = _left_at(v, k + 1, b, M)
        if first is None:
            return []
        out = [first] + [_whole(v, y, b) for y in _list_starts(v, first[1])
                         if v.ent_tok[y].link is not None]  # (not والوقف التام: no place)
        k = out[-1][1]
        while k < min(b - 1, out[-1][1] + LEFT_LIST) and not v.is_verb(k) \
                and not v.trigger_noun_at(k):
            nxt = _left_at(v, k + 1, b, M) if v.norms[k] == "ومن" else None
            if nxt is not None:
                out.append(nxt)
                k = nxt[1]
                continue
            k += 1
        return out
    return []


def _left_at(v: View, k: int, b: int, M) -> tuple[int, int] | None:
    """The place named at token k after من: `_place_at`, or a territory noun and a definite
    nationality adjective (الأراضي التركية)."""
    if k >= b or anaphoric_place(v, k) is not None:
        return None  # (الهروب من المدينة: no name said)
    ent = v.ent_tok.get(k + 1) if k + 1 < b else None
    if k not in v.ent_tok and ent is not None and ent.type == "LOC" \
            and place_word(v, k):  # مدينة لودر: the head and the name, no word after
        return k, _whole(v, k + 1, b)[1]
    found = _place_at(v, k, b)
    if found is not None:
        return found
    n = v.phrase_at(k, M["territory_nouns"], b)
    if n and k + n < b and v.is_def(k + n) and is_nationality(v.bare(k + n)):
        return k, k + n + 1
    return None


def _whole(v: View, k: int, b: int) -> tuple[int, int]:
    """The tokens of the entity starting at token k."""
    ent, e = v.ent_tok[k], k
    e = v.skip_ent(e, ent, b)
    return k, e


TIME_REACH = 30  # tokens from a deed to its own time phrase, past which its place may follow
AFTER_TIME = 4  # tokens after that time phrase in which the place phrase must start


def time_reach(v: View, t1: int, end: int, b: int) -> int:
    """The end of the place window moved past the deed's own time phrase when that phrase
    lies at or beyond the window's end in the deed's clause (نفذ مجهولون تفجير 6 سيارات
    عسكرية تابعة لمسؤولين وقياديين في كتائب القسام … فجر أمس في منطقة الشيخ رضوان): time
    and place follow the deed's object together. Before the time no punctuation, verb,
    relative pronoun or complementizer (the time is then another clause's); else `end`."""
    k, stop = t1, min(b, t1 + TIME_REACH)
    clauses, norms, bares = openers(v.W["complementizers"]), v.norms, v.bares
    while k < stop:
        if k in v.time_tok:
            if k + 2 < end:
                return end  # (a time inside the window: its place is in the window too)
            while k < b and k in v.time_tok:
                k += 1
            return min(b, k + AFTER_TIME)
        if not v.word(k) or v.is_verb(k) and k not in v.ent_tok \
                or (norms[k],) in RELATIVES or (norms[k] in clauses or bares[k] in clauses) \
                and v.phrase_at(k, v.W["complementizers"]):
            return end
        k += 1
    return end


WITNESS_BACK = 4  # words (times not counted) from an event noun back to its witness verb


def witness_place(v: View, t0: int, a: int, M) -> list[tuple[int, int]]:
    """تشهد مدينة حلب معارك، شهدت شمال سيناء أمس الأحد استنفارا: the place that witnesses
    an event noun, the subject of a witness verb at most WITNESS_BACK words before it (a
    time between is not counted, nor since places34 the words of a place: شهدت محافظتا إدلب
    وحلب في شمال سوريا مجزرتين), up to the time."""
    k, n = t0 - 1, 0
    while k >= a and n < WITNESS_BACK and v.word(k):
        if k - 1 >= a and (v.norms[k - 1],) in RELATIVES and _undergone(v, k, t0, M):
            return _witness_antecedent(v, k - 1, a)  # مدينة … التي دمرت في معارك (places21)
        if v.bare(k) in M["witness_verbs"] or v.norms[k] in M["witness_verbs"]:
            r = _past_auxiliaries(v, k - 1, a, M)
            if r >= a and (v.norms[r],) in RELATIVES:
                return _witness_antecedent(v, r, a)
            end = k + 1
            while end < t0 and not v.in_time(end):
                end += 1
            e = v.np_forward(k + 1, end)
            if e > k + 1 and is_place(v, k + 1, e):
                return resolve_places(v, place_names(v, k + 1, e))
            return []
        n += not (v.in_time(k) or _place_token(v, k, M))
        k -= 1
    return []


def _place_token(v: View, k: int, M) -> bool:
    """Token k is a word of a place phrase: a place entity's, في, or a compass word."""
    ent = v.ent_tok.get(k)
    return ent is not None and ent.type == "LOC" or v.norms[k] == "في" \
        or v.bare(k) in M["directions"]


RELATIVE_AUX = 2  # auxiliaries between a relative pronoun and its witness verb (كانت قد)


def _past_auxiliaries(v: View, k: int, a: int, M) -> int:
    """places34: the token before the auxiliaries that end at token k (`relative_auxiliaries`:
    التي كانت قد شهدت, at most RELATIVE_AUX of them), or k when there are none."""
    n = 0
    while k >= a and n < RELATIVE_AUX and v.norms[k] in M["relative_auxiliaries"]:
        k -= 1
        n += 1
    return k


def _undergone(v: View, k: int, t0: int, M) -> bool:
    """The verb at token k, right after a relative pronoun, tells what its antecedent
    underwent, and the event noun at t0 is that deed (places21): a verb of undergoing
    (`undergo_verbs`: التي تتعرض لهجمة شرسة وقصف), or a verb of `suffered_verbs` read as a
    passive because a preposition follows it at once, no subject between (التي دمرت في
    معارك، التي سقطت إثر هجوم)."""
    if v.bare(k) in M["undergo_verbs"] or v.norms[k] in M["undergo_verbs"]:
        return True
    if v.bare(k) not in M["suffered_verbs"] and v.norms[k] not in M["suffered_verbs"]:
        return False
    nxt = k + 1
    return nxt < t0 and (v.norms[nxt],) in PREPS or nxt == t0 and v.norms[t0][:1] in "بل"


def _witness_antecedent(v: View, r: int, a: int) -> list[tuple[int, int]]:
    """مدينة تعز التي تشهد مواجهات، ولاية يوبي التي يشهد …: the place a relative pronoun at
    token r stands for, when the witness verb after it has no subject of its own: a place
    entity right before the pronoun (with its head noun: مدينة تعز) or a place noun that
    points back at one (المدينة التي تشهد …). A party or a deed before it is none.
    (places21:) A comma and up to two nationality adjectives may stand between (عين العرب
    الكردية السورية التي، ريف دمشق، التي)."""
    k = r - 1
    if k >= a and not v.word(k) and v.comma(k):
        k -= 1
    for _ in range(2):
        if k > a and k not in v.ent_tok and v.is_def(k) and is_nationality(v.bare(k)):
            k -= 1
    ent = v.ent_tok.get(k) if k >= a else None
    if ent is not None and ent.type == "LOC":
        s = k
        s = v.skip_back_ent(s, ent, a)
        if s - 1 >= a and named_place(v, s - 1, k + 1) == k + 1:
            return place_names(v, s - 1, k + 1)
        return [(s, k + 1)]
    noun = anaphoric_place(v, k) if k >= a and ent is None else None
    found = antecedent(v, k, noun) if noun else None
    return [found] if found else []


WITNESSED_REACH = 3  # words (adjectives) between an event noun and the relative after it


def witnessed_place(v: View, t1: int, b: int, M) -> list[tuple[int, int]]:
    """الهجمات الكيميائية التي شهدتها سوريا، المعارك التي تشهدها المدينة: the place that
    witnessed an event noun, the subject of a witness verb whose pronoun stands for the noun,
    in a relative clause right after it (at most WITNESSED_REACH words between, no
    punctuation)."""
    for k in range(t1, min(b - 2, t1 + WITNESSED_REACH + 1)):
        if not v.word(k):
            return []
        if (v.norms[k],) not in RELATIVES:
            continue
        w = k + 1
        if not any(suffix and st in M["witness_verbs"]
                   for st, _, suffix in clitic_stems(v.norms[w])):
            return []  # (شهدتها: the verb with the pronoun that stands for the event)
        e = v.np_forward(w + 1, b)
        if e > w + 1 and is_place(v, w + 1, e):
            return resolve_places(v, place_names(v, w + 1, e))
        return []
    return []


QUOTES = "\"«»“”'"


def _chained(v: View, last: int, k: int) -> bool:
    """The place at token k is joined to the one that ended at `last` by و / ب on it or a
    و / في between (دمشق وحلب، أريحا بريف إدلب), quotation marks not counted (محافظتي
    "أبين" و"لحج")."""
    if last < 0 or last > k:
        return False
    between = [t for t in range(last, k) if v.word(t) or v.text[v.toks[t].start] not in QUOTES]
    if between and between[0] == last and v.bare(last) in event_markers()["part_adjectives"]:
        between = between[1:]  # حصيبة الشرقية وجزيرة الخالدية: the part of a place named
    if not between:
        return v.norms[k][:1] in ("و", "ب")
    if len(between) == 1 and list_comma(v, between[0]) and v.norms[k][:1] == "و" \
            and v.clitic_start(k) > v.toks[k].start and not _country_at(v, k):
        return True  # places25: حي المستشفى العسكري، ومعسكر القوات الخاصة، وموقع جبل العروس
    return len(between) == 1 and v.norms[between[0]] in ("و", "في")


def _country_at(v: View, k: int) -> bool:
    """The entity at token k is a country (the knowledge base's kind)."""
    ent = v.ent_tok.get(k)
    return ent is not None and ent.link is not None and ent.link.kind == "country"


def comma_member(v: View, k: int, b: int) -> int:
    """places25: the end of the next member of a list of places after a comma at k - 1, or k:
    و on a place entity or on a head noun and its name (، وحلب؛ ، ومعسكر القوات الخاصة). Not
    a country: countries listed with commas are more often what is talked of than where
    (قضايا التسوية السلمية في سورية، واليمن، وليبيا)."""
    if k >= b or v.norms[k][:1] != "و" or v.clitic_start(k) == v.toks[k].start \
            or _country_at(v, k):
        return k
    ent = v.ent_tok.get(k)
    if ent is not None and ent.type == "LOC":
        e = k
        e = v.skip_ent(e, ent, b)
        return e
    if ent is None:
        return max(named_place(v, k, b), k)
    return k


def list_comma(v: View, k: int) -> bool:
    """Token k is a comma (Arabic or Latin), the mark that parts the members of a list."""
    return not v.word(k) and v.comma(k)


def territory(v: View, k: int, a: int, b: int, M) -> int:
    """End of a country's territory named at token k by a territory noun and a definite
    nationality adjective after a locative preposition (داخل الأجواء السورية، على الحدود
    اللبنانية), or k. Not after من: خطوط إمداد من الأراضي الأردنية is where from."""
    first = openers(M["territory_nouns"])  # (asked of every token of a place window: most
    if v.norms[k] not in first and v.bares[k] not in first:  # open no territory noun)
        return k
    n = v.phrase_at(k, M["territory_nouns"], b)
    if not n or k + n >= b or k - 1 < a or not v.is_def(k + n) \
            or not is_nationality(v.bare(k + n)):
        return k
    return k + n + 1 if place_word(v, k - 1) else k


INSTRUMENT_ASIDE_MAX = 8  # tokens of a weapon phrase between commas


def instrument_aside(v: View, k: int, b: int, M) -> int:
    """After a weapon phrase between commas at token k (جددت قوات الأسد قصفها، بقذائف الهاون
    والدبابات، على مدينة تلبيسة): the token after the closing comma; else k. The phrase
    opens with ب and a weapon word (instruments) and names no place."""
    if k + 2 >= b or not v.comma(k):
        return k
    first = v.bare(k + 1)
    weapons = {w[0] for w in M["instruments"]} | {w[0][2:] for w in M["instruments"]
                                                   if w[0][:2] == "ال"}
    if first[:1] != "ب" or not ({first[1:], first[3:] if first[1:3] == "ال" else ""} & weapons):
        return k
    for e in range(k + 2, min(b, k + 1 + INSTRUMENT_ASIDE_MAX)):
        ent = v.ent_tok.get(e)
        if ent is not None and ent.type == "LOC":
            return k
        if not v.word(e):
            return e + 1 if v.comma(e) and e + 1 < b else k
    return k


DASHES = "-–—"  # a night told by its two days: ليل الخميس - الجمعة
TIME_JOINERS = DASHES + "/"  # … and a month by its two names: حزيران/يونيو، يوليو/ تموز


def timed_place(v: View, k: int, b: int, M) -> int:
    """After a comma at token k opening a time that a place phrase follows (استقباله المبعوث
    الأممي، أمس في الرياض؛ محادثات السلام، يوم الاثنين في "جنيف"): the token after the time,
    where the deed's when and where go on; else k. Only when a place entity is introduced
    right there (في/ب before it, past an opening quote), so a comma before a time that opens
    another clause (، أمس في بيان …) still ends the deed's reach."""
    if k + 2 >= b or not v.comma(k):
        return k
    e = k + 1
    e = v.skip_times(e, b)
    if e == k + 1 or e >= b:
        return k
    p = e + 1
    if p < b and not v.word(p) and v.text[v.toks[p].start] in "\"«“":
        p += 1  # في "جنيف"
    ent = v.ent_tok.get(p) if p < b else None
    if ent is not None and ent.type == "LOC" and p > e and locative(v, p, e, M):
        return e
    ent = v.ent_tok.get(e)
    if ent is not None and ent.type == "LOC" and locative(v, e, e, M):
        return e  # ، أمس بالرياض
    return k


def fronted_place(v: View, t0: int, a: int, used: set[int], M) -> list[tuple[int, int]]:
    """(و)في [مدينة] X[،] right before the clause of the trigger."""
    k = t0 - 1
    if k >= a and v.comma(k):
        k -= 1
    ent = v.ent_tok.get(k)
    if k < a or ent is None or ent.type != "LOC" or k in used:
        return []
    s = k
    s = v.skip_back_ent(s, ent, a)
    p = s - 1
    if p >= a and (v.bare(p) in M["place_nouns"] or v.bare(p) in M["directions"]):
        p -= 1
    if p >= a and v.bare(p) == "في" and v.boundary_before(p, a):
        return [(s, k + 1)]
    return []


def _listed_place(v: View, k: int, a: int, M) -> bool:
    """The first of places listed after a plural place noun: في عدد من المدن من بينها
    اسطنبول وأنقرة، في مناطق عدة منها الرمادي."""
    j = k - 1
    if j < a or not any(st in M["place_list_openers"] for st, _, _ in clitic_stems(v.norms[j])):
        return False
    if j - 1 >= a and v.norms[j - 1] in ("من", "ومن"):
        j -= 1
    return any(place_word(v, i) for i in range(max(a, j - 3), j))


OPENING_MARKS = "\"«“("  # a quotation mark or bracket opening a name


def locative(v: View, k: int, a: int, M) -> bool:
    """A place entity at token k introduced as a place: في/ب/شرقي/مدينة … before it (past an
    opening quotation mark: من مدينة "لودر"), or بالقرب من (`near_words`)."""
    if k - 1 >= a and not v.word(k - 1) and v.text[v.toks[k - 1].start] in OPENING_MARKS:
        k -= 1  # من مدينة "لودر"، في (سوروج)، في منطقة (جورجوري)
    if k - 1 >= a and place_word(v, k - 1):
        return True
    if _described(v, k, a):
        return True
    if k - 2 >= a and v.norms[k - 1] == "من" and v.bare(k - 2) in M["near_words"]:
        return True  # بالقرب من مفرق …، على مقربة من …
    if _listed_place(v, k, a, M):
        return True
    return v.norms[k][:1] == "ب" and (v.clitic_start(k) > v.toks[k].start or any(
        st in M["named_place_heads"] for st, p, _ in clitic_stems(v.norms[k]) if p))




DESCRIPTORS = 2  # nationality adjectives between a place noun and the name it heads


def _described(v: View, k: int, a: int) -> bool:
    """places34: the place entity at token k is named after its place noun and the noun's
    nationality adjectives (`DESCRIPTORS` at most): بالعاصمة السودانية الخرطوم، في العاصمة
    اليمنية صنعاء، في العاصمة القطرية الدوحة — the name is introduced as a place as it is
    right after the noun (the tagger may read the adjective as a country of its own). The
    word before the adjectives is a place noun (not في: في السعودية والإمارات is a list)."""
    j = k - 1
    while j >= a and k - 1 - j < DESCRIPTORS and v.word(j) and v.is_def(j) \
            and is_nationality(v.norms[j]):
        j -= 1
    if not a <= j < k - 1 or v.ent_tok.get(j) is not None or v.norms[k][:1] == "و":
        return False  # (في السعودية والإمارات: a country, then another joined to it)
    nouns = marker_words(event_markers(), "place_nouns", "named_place_heads")
    return any(st in nouns for st, _, _ in clitic_stems(v.norms[j]))  # a noun, no في


REGION_COMPASS = 3  # compass words of one phrase (جنوب شرق، شمال شرقي)


def region_compass(v: View, spans: list[tuple[int, ...]], a: int, t0: int,
                   b: int) -> list[tuple[int, ...]]:
    """Gold rule 20: a compass phrase right after a place of the event that names the region
    of a country or wider area it lies in (`region_compass_kinds`) is a second location,
    without its preposition: قرب مدينة بنغازي في شرق ليبيا → شرق ليبيا؛ بلدة سروج بجنوب شرق
    تركيا؛ محافظة تعز (جنوبي اليمن)؛ داماتورو عاصمة الولاية الواقعة في شمال شرقي نيجيريا.
    `named_first` drops such a phrase when the event has a named place; this pass gives it
    back when it says where that place lies. None on a generic noun (جنوب البلاد: no entity)
    nor on a city or governorate (الفلوجة غرب بغداد: left undecided by the gold). A phrase
    that opens the sentence counts too (`fronted_region`). Only after a place inside the
    sentence [a, b)."""
    out: list[tuple[int, ...]] = list(spans)
    for y in [_region_after(v, x[1], b) for x in spans if x[0] >= a] \
            + [fronted_region(v, a, t0)]:  # (a place read back from before the sentence: its
        # region is not what this sentence gives: في الإقليم → إقليم بغلان بشمال أفغانستان)
        if y is not None and not any(_same_place(v, y, w) or w[0] <= y[0] < w[1] for w in out):
            out.append(y)
    return out


def _region_after(v: View, k: int, b: int) -> tuple[int, ...] | None:
    """The compass phrase over a country or region right after a place that ends at token k,
    past a comma or an opening bracket, a generic seat apposition (عاصمة الولاية) and a link
    (`region_links`: في، الواقعة في), or None."""
    M = event_markers()
    if k < b and not v.word(k) and v.text[v.toks[k].start] in "،,(":
        k += 1
    n = v.phrase_at(k, M["seat_links"], b) if k < b else 0
    if n and k + n < b and k + n not in v.ent_tok and anaphoric_place(v, k + n) is not None:
        k += n + 1  # داماتورو عاصمة الولاية | الواقعة في شمال شرقي نيجيريا
    if k < b and (n := v.phrase_at(k, M["region_links"], b)):
        k += n
    return _region_at(v, k, b)


REGION_GAP = 6  # words between a place and the compass phrase over the country it lies in


def region_past(v: View, x: tuple[int, ...], b: int) -> tuple[int, ...] | None:
    """Gold rule 20 past a short apposition: the compass phrase over a country or region
    (`_region_at`) within REGION_GAP words after the place x, when the knowledge base puts
    x inside that country or region: دونيتسك معقل الانفصاليين الموالين لروسيا شرق أوكرانيا؛
    مخيم درعا للاجئين الفلسطينيين جنوب سوريا؛ محافظة البيضاء، معقل الحوثيين، وسط اليمن.
    Right after x (`_region_after`) no check is needed; past other words the place must lie
    there, and no verb, complementizer or other punctuation than a comma may stand between
    (another clause: … في عدن وقالت إن … شمال اليمن), nor may a bare compass word follow an
    indefinite noun whose genitive it is (حول عدن لتأمين كبرى مدن جنوب اليمن: a description
    of Aden's rank, no place of the deed, fresh7's gold). None where nothing fits."""
    y = _region_after(v, x[1], b)
    if y is not None:
        return y
    ex = v.ent_tok.get(x[1] - 1)
    if ex is None or ex.link is None:
        return None
    kb, M = get_kb(), event_markers()
    clauses = M["region_stops"]
    k, words = x[1], 0
    while k < b and words <= REGION_GAP:
        if not v.word(k):
            if not v.comma(k):
                return None
            k += 1
            continue
        y = _region_at(v, k, b)
        if y is not None:
            if len(y) == 2 and v.word(k - 1) and k - 1 not in v.ent_tok and not v.is_def(k - 1) \
                    and not any(v.phrase_at(j, M["region_links"], k) == k - j
                                for j in (k - 1, k - 2)):
                return None  # لتأمين كبرى مدن جنوب اليمن: the genitive of another noun (not
                # مدينة زنجبار الرئيسية في جنوب اليمن: a link)
            ey = v.ent_tok.get(y[1] - 1)
            return y if ey is not None and ey.link is not None \
                and ey.link.id != ex.link.id and kb.is_part_of(ex.link.id, ey.link.id) else None
        if v.is_verb(k) or v.norms[k] in clauses or v.bare(k) in clauses:
            return None
        k, words = k + 1, words + 1
    return None


def fronted_region(v: View, a: int, t0: int) -> tuple[int, ...] | None:
    """The compass phrase over a country or region that opens the sentence (وفي غرب اليمن،
    لقي أربعة حوثيين حتفهم … في إقليم تهامة): the region of the places the sentence tells
    of, when the trigger at t0 comes after it and no other fronted في opens a new scene
    between (وفي شمال اليمن، تكثف … قصفها …، وفي «إقليم آزال» … هجومًا: not the second);
    else None."""
    if a >= t0 or v.bare(a) != "في":
        return None
    y = _region_at(v, a + 1, t0)
    if y is None or y[1] >= t0 or any(v.norms[k] == "وفي" for k in range(y[1], t0)):
        return None
    return y


def _region_at(v: View, k: int, b: int) -> tuple[int, ...] | None:
    """The compass phrase at token k on a place entity of `region_compass_kinds` (شرق ليبيا،
    شمال شرقي نيجيريا), or None; (i, j, 1) when its first word carries the ب (بجنوب شرق
    تركيا: the role leaves it out)."""
    M = event_markers()
    if k >= b or k in v.ent_tok:
        return None  # (شمال سيناء: a place of its own, read by the window)
    first, cut = v.bare(k), ()
    if first not in M["directions"] and v.norms[k] in M["directions"]:
        first = v.norms[k]  # وسط اليمن: its و is its own, no conjunction (places30)
    if first[:1] == "ب" and first[1:] in M["directions"]:
        first, cut = first[1:], (1,)  # بجنوب شرق تركيا
    if first not in M["directions"] or first == "ريف":
        return None
    e = k + 1
    while e < b and e - k < REGION_COMPASS and v.bare(e) in M["directions"] and e not in v.ent_tok:
        e += 1
    ent = v.ent_tok.get(e) if e < b else None
    if ent is None or ent.type != "LOC" or ent.link is None \
            or ent.link.kind not in M["region_compass_kinds"] or v.ent_tok.get(e - 1) is ent:
        return None
    end = e
    end = v.skip_ent(end, ent, len(v.toks))
    return (k, end, *cut)


def seat_province(v: View, spans: list[tuple[int, ...]], a: int,
                  b: int) -> list[tuple[int, ...]]:
    """Gold rule 21: «X عاصمة/مركز Y» (`seat_links`) makes Y, a governorate or region of the
    knowledge base (`seat_kinds`), a location of an event at X: سيطرت على زنجبار عاصمة أبين →
    زنجبار، أبين. A headed Y (عاصمة محافظة لحج) is read by the place window as a chained
    place; a generic Y (عاصمة المحافظة) names none. Only after a place inside the sentence
    [a, b)."""
    M = event_markers()
    out: list[tuple[int, ...]] = list(spans)
    for x in spans:
        if x[0] < a:
            continue
        k = x[1]
        if k < b and not v.word(k) and v.comma(k):
            k += 1
        n = v.phrase_at(k, M["seat_links"], b) if k < b else 0
        ent = v.ent_tok.get(k + n) if n and k + n < b else None
        if ent is None or ent.type != "LOC" or ent.link is None \
                or ent.link.kind not in M["seat_kinds"] or v.ent_tok.get(k + n - 1) is ent:
            continue
        e = k + n
        e = v.skip_ent(e, ent, len(v.toks))
        y = (k + n, e)
        if not any(_same_place(v, y, w) for w in out):
            out.append(y)
    return out
