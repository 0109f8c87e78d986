"""Deed nouns told as no deed that happened (events42, issue 12): one only called for,
threatened or pledged, in the ways `triggers._demanded` does not read; one to be ended,
prevented or avoided; and one named as a class of deeds (a generic mention). Each is a
small pass asked by `triggers.drop_governed` for a trigger noun; a refused noun is no event,
the demand, threat or pledge word stays one of its own where the lexicon codes it (REQUEST,
THREATEN, AGREE).

The annotation guidelines (`tests/gold/README.md`, "Events") code a generic mention
`optional` at most and the dev gold leaves the deed after a demand uncoded (the demand is
the event, markers.json `_demand_words`); PLOVER codes a pledge to use force as THREATEN.
Word lists: data/events/unreal.json.
"""

from __future__ import annotations

from typing import Any

from rasd.events.frame import stem_set
from rasd.lexicons import event_markers, norm_phrases, read_json, word_lists
from rasd.once import once
from rasd.roles import RELATIVES, View, norm_piece
from rasd.text.normalize import normalize

DEMAND_REACH = 5  # words from a demand word to the deed it demands (as triggers.DEMAND_REACH)
ASIDE_REACH = 7  # words of an aside set off by commas right after a demand word
QUALIFY_REACH = 4  # words after a quantified deed noun a relative or a time adjective may sit at
MATCH_CLASSES = 2  # classes of match words a sentence must hold to report a game
MATCH_SENTENCES = 2  # sentences reporting a game that make the article a match report
FAR_REACH = 8  # words from a trigger to the rest of a far idiom (ضرب … عرض الحائط)
JOIN_REACH = 4  # words from a dropped deed noun to a deed noun joined to it by و
HELD_REACH = 6  # words of a count or a name between a word of holding and the weapon noun
JUDGE_REACH = 4  # words of the thing judged between a word of judging and the blow noun
CITE_REACH = 4  # words of the one citing between the verb of citing and its ب source
QUOTES = "«»\"“”"
ASIDE_MARKS = ("،", ",")
TO = normalize("إلى")
NOT = normalize("عدم")


@once
def lists() -> dict[str, Any]:
    raw = read_json("events", "unreal.json")
    w = word_lists("events", "unreal.json")
    return {"demand_nouns": w["demand_nouns"], "pledge_words": w["pledge_words"],
            "pledge_types": frozenset(raw["pledge_types"]), "manner_words": w["manner_words"],
            "quantifiers": w["universal_quantifiers"],
            "kinds": frozenset(tuple(p.split()) for p in w["kind_phrases"]),
            "kept_types": frozenset(raw["quantified_kept_types"]),
            "specific": w["specific_adjectives"], "stops": w["stop_words"],
            "causal": w["causal_before"]}


@once
def senses() -> dict[str, Any]:
    """The word lists of the other senses read over a sentence (events45): a match
    reported, a crash put down to an accident, an idiom whose words stand apart."""
    raw = read_json("events", "unreal.json")
    match = {c: norm_phrases(ws) for c, ws in raw["match_cues"].items()}
    return {"match": match, "match_firsts": frozenset(p[0] for ps in match.values() for p in ps),
            "contest": frozenset(raw["match_contest_classes"]),
            "match_types": frozenset(raw["match_types"]),
            "match_kept": frozenset(raw["match_kept_modes"]),
            "accident_rows": frozenset(normalize(r) for r in raw["accident_rows"]),
            "causes": norm_phrases(raw["accident_causes"]),
            "idioms": {normalize(k): norm_phrases(ws) for k, ws in raw["far_idioms"].items()},
            "weapons": frozenset(normalize(w) for w in raw["weapon_nouns"]),
            "holding": frozenset(normalize(w) for w in raw["holding_words"]),
            "counts": frozenset(normalize(w) for w in raw["count_words"]),
            "blows": frozenset(normalize(w) for w in raw["blow_nouns"]),
            "judging": frozenset(normalize(w) for w in raw["judgment_words"]),
            "copulas": frozenset(normalize(w) for w in raw["copula_pronouns"]),
            "armed": frozenset(normalize(w) for w in raw["blow_armed_after"]),
            "cite_rows": frozenset(normalize(r) for r in raw["cite_rows"]),
            "sources": frozenset(normalize(w) for w in raw["cite_sources"]),
            "stopping": frozenset(normalize(w) for w in raw["join_not_after"])}


def _is_any(v: View, k: int, words: frozenset[str] | set[str]) -> bool:
    return v.bare(k) in words or not stem_set(v.norms[k]).isdisjoint(words)


def _demand_word(v: View, k: int, m) -> bool:
    """A word of demand or threat (markers.json `demand_words`, `demand_nouns`), or of a
    pledge where the deed is one of force (`pledge_words`, `pledge_types`)."""
    L = lists()
    if _is_any(v, k, event_markers()["demand_words"]) or _is_any(v, k, L["demand_nouns"]):
        return True
    return m.payload.type in L["pledge_types"] and _is_any(v, k, L["pledge_words"])


def _aside_opener(v: View, k: int, a: int, m) -> int:
    """The demand word at the start of an aside that closes with the comma at k (دعت، عبر
    شبكات التواصل الاجتماعي، إلى اقتحام): its index, or -1. The aside holds words only, no
    verb, at most ASIDE_REACH of them, and opens with a comma right after the demand word."""
    words = 0
    for j in range(k - 1, max(a, k - ASIDE_REACH - 2) - 1, -1):
        if v.word(j):
            if v.is_verb(j):
                return -1
            words += 1
            continue
        if v.text[v.toks[j].start] not in ASIDE_MARKS:
            return -1
        return j - 1 if words and j - 1 >= a and v.word(j - 1) and _demand_word(v, j - 1, m) \
            else -1
    return -1


def _causal(v: View, k: int, a: int) -> bool:
    """مما دعا كل الموظفين والعمال للدخول في إضراب: دعا after ما tells what prompted a deed
    that was done (`causal_before`), no call."""
    return k - 1 >= a and v.word(k - 1) and v.in_words(k - 1, lists()["causal"])


def demanded_beyond(v: View, m, a: int) -> bool:
    """A deed noun within DEMAND_REACH words after a word of demand, threat or pledge, linked
    to it by one preposition (ب، إلى, or its own ب or ل), told in the ways `_demanded` does
    not read: by ل (دعت منظمات "الهيكل المزعوم" لاقتحام جماعي), past a name in quotes
    (دعوات «منظمات الهيكل» لاقتحامه), past an aside set off by commas right after the
    demand word (دعت، عبر شبكات التواصل الاجتماعي، إلى اقتحام), past a noun of haste whose
    ب links no deed (طالب الحكومة الاتحادية بالإسراع بتحرير مناطق المسيحيين), after a noun
    of demand or threat (أطلقوا تهديدات بالاستيلاء على أي طائرة), or a deed of force after a
    pledge (وتعهدت بشن هجمات). Not past a verb or a preposition of sequel (بعد، إثر)."""
    if m.payload.verb:
        return False
    M, L = event_markers(), lists()
    own = norm_piece(v.text[v.toks[m.first].start:m.start]).lstrip("وف")[:1] in ("ب", "ل")
    links = plain = 0  # links with and without the ب of a noun of haste
    words = 0
    k = m.first - 1
    while k >= a and words <= DEMAND_REACH:
        if not v.word(k):
            if v.text[v.toks[k].start] in QUOTES:
                k -= 1
                continue
            if v.text[v.toks[k].start] in ASIDE_MARKS and (links + own == 1 or plain + own == 1):
                j = _aside_opener(v, k, a, m)
                return j >= 0
            return False
        if _demand_word(v, k, m):
            return (links + own == 1 or plain + own == 1) and not _causal(v, k, a)
        if v.is_verb(k) or v.bare(k) in M["sequel_preps"]:
            return False
        if v.bare(k)[:2] == "لل" or NOT in stem_set(v.norms[k]):
            return False  # دعت الحكومة للجوء لهدنة، دعوات لعدم تعيين وال جديد للتنسيق: what
            # is called for is another noun, or not doing another deed
        link = v.bare(k) == TO or v.bare(k)[:1] == "ب"
        links += link
        plain += link and not _is_any(v, k, L["manner_words"])
        words += 1
        k -= 1
    return False


def quantified_class(v: View, m, a: int) -> bool:
    """كافة المعارك، في كل المعارك، جميع العمليات العسكرية الإسرائيلية، في هذا النوع من
    المعارك: a deed noun right after a word of all or every (`universal_quantifiers`) or a
    phrase of kind (`kind_phrases`) names a class of deeds, a generic mention, no deed told;
    unless a relative clause or an adjective of time within QUALIFY_REACH words after it, no
    mark between, picks the deeds out (جميع العمليات العسكرية التي نفذتها «عاصفة الحزم»،
    جميع الاجتماعات الأخيرة), and not aid or support, which كل measures (كل الدعم)."""
    L = lists()
    if m.payload.verb or m.payload.type in L["kept_types"]:
        return False
    k = m.first - 1
    if k < a or not v.word(k):
        return False
    if not (v.bare(k) in L["quantifiers"] or any(
            v.phrase_at(j, L["kinds"], m.first) == m.first - j
            for j in range(max(a, m.first - 4), m.first))):
        return False
    distinct = event_markers()["distinct_adjectives"]
    for j in range(m.last, min(len(v.toks), m.last + QUALIFY_REACH)):
        if not v.word(j):
            break
        if (v.norms[j],) in RELATIVES or v.in_words(j, distinct) \
                or v.in_words(j, L["specific"]):
            return False
    return True


def stopped(v: View, m, a: int) -> bool:
    """بمنع توزيع صور التفجير، ليمنع اعتداءات أخرى، لتفادي ضربة أميركية، لإنهاء سيطرة
    الحوثيين: a deed noun right after a word of ending, preventing or avoiding
    (`stop_words`) is what is to be ended or kept from happening, no deed told."""
    if m.payload.verb:
        return False
    k = m.first - 1
    return k >= a and v.word(k) and _is_any(v, k, lists()["stops"])


def match_report(v: View, a: int, b: int) -> bool:
    """قدم منتخبنا أجمل مبارياته دفاعاً وهجوماً، وفي الشوط الثاني واصل منتخبنا السيطرة
    الكاملة على المباراة: the sentence reports a game — it holds words of MATCH_CLASSES
    classes of `match_cues`, one of the contest itself (`match_contest_classes`) — so its
    attack, control and meeting are the game's, no deed of war."""
    S = senses()
    firsts, norms, bares = S["match_firsts"], v.norms, v.bares
    hit: set[str] = set()
    # the tokens opening a cue picked first in one comprehension (most open none)
    for k in [k for k in range(a, b) if norms[k] in firsts or bares[k] in firsts]:
        if v.word(k):
            hit |= {c for c, ps in S["match"].items() if v.phrase_at(k, ps, b)}
    return len(hit) >= MATCH_CLASSES and bool(hit & S["contest"])


def accident(v: View, m, a: int, b: int) -> bool:
    """وتحطمت طائرة عسكرية بسبب سوء الاحوال الجوية: an aircraft's crash (`accident_rows`)
    whose sentence gives an accident for its cause (`accident_causes`) is no attack."""
    S = senses()
    return m.payload.type == "ASSAULT" and m.payload.lemma in S["accident_rows"] and any(
        v.phrase_at(k, S["causes"], b) for k in range(a, b) if v.word(k))


def far_idiom(v: View, m, b: int) -> bool:
    """وضربهم بجميع قرارات الشرعية الدولية عرض الحائط: the rest of an idiom of the trigger's
    row (`far_idioms`) within FAR_REACH words after it, in its clause (no mark but a
    comma between): the idiom's sense, no deed."""
    phrases = senses()["idioms"].get(m.payload.lemma)
    if not phrases:
        return False
    words = 0
    for k in range(m.last, b):
        if not v.word(k):
            if v.comma(k):
                continue
            return False
        if v.phrase_at(k, phrases, b):
            return True
        words += 1
        if words >= FAR_REACH:
            return False
    return False


def match_games(v: View) -> set[int]:
    """The sentences of the article that report a game (`match_report`); every sentence of
    an article with MATCH_SENTENCES of them or more is marked -1 too (see `other_sense`)."""
    firsts = senses()["match_firsts"]
    if firsts.isdisjoint(v.norms) and firsts.isdisjoint(v.bares):
        return set()  # no word of the article opens a cue (most articles: one test in C)
    games = {si for si, a, b in v.sentences() if match_report(v, a, b)}
    return games | {-1} if len(games) >= MATCH_SENTENCES else games


def held_weapon(v: View, m, a: int) -> bool:
    """يمتلك حزب الله عشرات الآلاف من الصواريخ، راجمات صواريخ، شحنة صواريخ: a weapon noun
    (`weapon_nouns`) right after a word of holding, a stock, a shipment or a launcher
    (`holding_words`), past the words of a count (`count_words`, numbers) and a name, names
    the arms held or sent, no attack."""
    S = senses()
    if m.payload.type != "ASSAULT" or m.payload.verb or v.bare(m.first) not in S["weapons"]:
        return False
    for k in range(m.first - 1, max(a, m.first - 1 - HELD_REACH) - 1, -1):
        if not v.word(k):
            return False
        if v.bare(k) in S["holding"]:
            return True
        if not (v.bare(k) in S["counts"] or v.norms[k].isdigit() or k in v.ent_tok):
            return False  # (يمتلك حزب الله عشرات الآلاف من الصواريخ: past the holder's name)
    return False


def judged_blow(v: View, m, a: int) -> bool:
    """وتعتبر خسارة قاعدة العند ضربة قاسية للحوثيين، الذي يراه منتقدون أجانب ضربة
    للإجراءات القانونية: a bare indefinite blow noun (`blow_nouns`) that is what a thing is
    judged to be — a word of judging (`judgment_words`) JUDGE_REACH words at most before it,
    the thing judged between with no verb or mark, or a pronoun of identity right before it
    (`copula_pronouns`: وهي ضربة قوية) — is a setback said in a figure, no attack. Not with
    a word of arms after it (`blow_armed_after`: ضربة جوية، ضربة بطائرة)."""
    S = senses()
    k = m.first
    if m.payload.type != "ASSAULT" or m.payload.verb or m.last != k + 1 \
            or v.is_def(k) or v.bare(k) not in S["blows"]:
        return False
    if m.last < len(v.toks) and v.word(m.last) and _is_any(v, m.last, S["armed"]):
        return False
    if k - 1 >= a and v.bare(k - 1) in S["copulas"]:
        return True
    for j in range(k - 1, max(a - 1, k - 2 - JUDGE_REACH), -1):
        if not v.word(j):
            return False
        if _is_any(v, j, S["judging"]):
            return True
        if v.is_verb(j):
            return False
    return False


def cited(v: View, m, b: int) -> bool:
    """واستشهدت الصحيفة في تقريرها بخبير الآثار: a verb of martyrdom's row (`cite_rows`)
    whose clause goes on, CITE_REACH words at most after it with no verb or mark between,
    to ب and a source (`cite_sources`: خبير، تقرير، تصريحات) cites that source, no death.
    (استشهد متأثرا بالحروق، استشهدوا في قصف بقذائف: no source, a death.)"""
    S = senses()
    if m.payload.type != "ASSAULT" or m.payload.lemma not in S["cite_rows"]:
        return False
    for j in range(m.last, min(b, m.last + CITE_REACH + 1)):
        if not v.word(j):
            return False
        n = v.norms[j]
        if n[:1] == "ب" and (n[1:] in S["sources"] or n[3:] in S["sources"] and n[1:3] == "ال"):
            return True
        if v.is_verb(j):
            return False
    return False


def other_sense(v: View, m, si: int, a: int, b: int, games: set[int]) -> bool:
    """A trigger read in another sense over its sentence (events45): in a sentence that
    reports a game (`match_games`) for the types a game has (`match_types`), unless its row
    names a deed done to people on the stands as anywhere (`match_kept_modes`: الشرطة …
    اعتقلت 25 شخصا); a meeting anywhere in an article that reports a game (the game is the
    meeting: وفور نهاية اللقاء أجرى رئيس اتحاد السلة); a crash by accident; an idiom whose
    words stand apart; arms held or sent; a blow judged, a source cited (events53)."""
    S = senses()
    if m.payload.type in S["match_types"] and not S["match_kept"] & set(m.payload.modes) \
            and (si in games or (-1 in games and m.payload.type == "CONSULT")):
        return True
    return accident(v, m, a, b) or far_idiom(v, m, b) or held_weapon(v, m, a) \
        or judged_blow(v, m, a) or cited(v, m, b)


def joined_to_dropped(v: View, before: list, kept: list, a: int) -> list:
    """توطئة لاقتحام المدينتين وتطهيرهما، لملاحقة الحوثيين و"تطهيرها": a deed noun joined by و
    to a deed noun the governing passes dropped (a purpose, a demand, an aim, a notion), past
    that noun's object (at most JOIN_REACH words, no verb, no mark but quotes between, no
    other trigger), shares its governor: what it names is no more told than the first. Not
    after a deed asked to stop (`join_not_after`: بوقف اقتحام الفلوجة والقصف الجوي): the gold
    codes a deed one asks to stop as going on; nor after one a content noun is about
    (markers.json `containers`: تقارير … حول اغتصاب جنود فتيات وإحراقهن أحياء): what a report
    is about may have happened, and the gold codes it optional."""
    kept_ids = {id(g) for g in kept}
    dropped = {g[-1].last - 1: g[0].first for g in before
               if id(g) not in kept_ids and not g[0].payload.verb}
    if not dropped:
        return kept
    starts = {g[0].first for g in before}
    return [g for g in kept if g[0].payload.verb or not _joined(v, g[0], a, dropped, starts)]


def _joined(v: View, m, a: int, dropped: dict[int, int], starts: set[int]) -> bool:
    k = m.first - 1
    if norm_piece(v.text[v.toks[m.first].start:m.start]).startswith("و"):
        pass  # (وتطهيرهما: a clitic و before the trigger; not وقفة, whose و is its own)
    else:
        while k >= a and not v.word(k) and v.text[v.toks[k].start] in QUOTES:
            k -= 1  # (و "تطهيرها": a quote opening the joined noun)
        if k < a or v.norms[k] != "و":
            return False
        k -= 1
    words = 0
    while k >= a and words <= JOIN_REACH:
        if not v.word(k):
            if v.text[v.toks[k].start] in QUOTES:
                k -= 1
                continue
            return False
        if k in dropped:
            j = dropped[k] - 1  # the word before the dropped noun
            return not (j >= a and v.word(j) and (v.bare(j) in senses()["stopping"] or not
                        stem_set(v.norms[j]).isdisjoint(event_markers()["containers"])))
        if v.is_verb(k) or k in starts:
            return False
        words += 1
        k -= 1
    return False


__all__ = ["accident", "demanded_beyond", "far_idiom", "held_weapon", "joined_to_dropped",
           "match_games", "match_report", "other_sense", "quantified_class", "stopped"]
