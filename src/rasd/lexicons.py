"""Loaders for the claim and event lexicons under rasd/data/claims and rasd/data/events.

Files are TSV (`#` comment lines) or JSON; see docs/evaluation.md
for their columns. Verbs are listed once (perfect and imperfect 3rd masc. sing.) and
their common inflections are generated here, on normalized forms, so a user adds a
verb with one line. Everything is cached per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from rasd.once import once
from rasd.text.matcher import PhraseMatcher
from rasd.text.normalize import normalize
from rasd.text.segment import tokenize


def _data(*parts: str) -> str:
    return resources.files("rasd").joinpath("data", *parts).read_text(encoding="utf-8")


def read_tsv(*parts: str) -> list[list[str]]:
    rows = []
    for line in _data(*parts).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def read_json(*parts: str) -> dict[str, Any]:
    return json.loads(_data(*parts))


def word_lists(*parts: str) -> dict[str, frozenset[str]]:
    """A JSON data file of named word lists, each normalized into a set (keys opening with _
    are notes, left out): the one loader of the events' small lexicons (destroyed.json,
    seized.json, raided.json, suffixes.json)."""
    return {k: frozenset(normalize(w) for w in v) for k, v in read_json(*parts).items()
            if not k.startswith("_")}


def verb_forms(perfect: str, imperfect: str | None, first_person: bool = True) -> list[str]:
    """Normalized inflections of a verb: 3rd person perfect; imperfect with the 3rd person
    prefixes ي/ت and, when `first_person`, ن/أ (نرفض، أرفض)."""
    p = normalize(perfect)
    forms = [p]
    if p.endswith("ي") and len(p) >= 3:  # defective: نفى → نفت، نفوا
        base = p[:-1]
        forms += [base + "ت", base + "وا", p + "ا", base + "تا"]
    elif p.endswith("ا") and len(p) == 3:  # defective in و: دعا → دعت، دعوا، دعوَا
        base = p[:-1]
        forms += [base + "ت", base + "وا", base + "تا"]
    else:
        forms += [p + "ت", p + "وا", p + "ا", p + "تا", p + "ن"]
    if imperfect and imperfect != "-":
        i = normalize(imperfect)
        stem = i[1:]
        for pre in ("ي", "ت", "ن", "ا") if first_person else ("ي", "ت"):
            forms.append(pre + stem)
        if i.endswith("ي"):  # ينفي → ينفون
            forms += ["ي" + stem[:-1] + "ون", "ي" + stem[:-1] + "وا", "ت" + stem[:-1] + "ون"]
        elif i.endswith("و"):  # يدعو → يدعون، تدعوان
            forms += ["ي" + stem + "ن", "ت" + stem + "ن", "ي" + stem + "ا", "ي" + stem + "ان",
                      "ت" + stem + "ان"]
        else:
            forms += ["ي" + stem + "ون", "ي" + stem + "وا", "ي" + stem + "ان",
                      "ت" + stem + "ان", "ت" + stem + "ون"]
    return forms


def norm_words(words: list[str]) -> set[str]:
    return {normalize(w) for w in words}


def norm_phrases(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(t.norm for t in tokenize(w)) for w in words}


# --- claims -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    verb: bool  # a verb (False: an "according to" frame)
    nominal: bool  # may take a noun phrase as content
    source_prep: str | None  # preposition of the original source (نقل عن)
    participle: bool = False  # قائلا، مضيفا: the speaker is the main verb's subject
    accusation: bool = False  # اتهم X Y بـ…: the ب phrase after the object is the content
    content_preps: tuple[str, ...] = ()  # أشار إلى، أفاد بـ، حذر من: a noun phrase after these
    marked: bool = False  # only with إن/أن, a colon or a quotation (علق: «…», وصفها بأنها)
    object_only: bool = False  # وصف X Y بأنه: a claim only when the object is read (claims33)


@once
def cue_matcher() -> PhraseMatcher[Cue]:
    m: PhraseMatcher[Cue] = PhraseMatcher()
    for row in read_tsv("claims", "cues.tsv"):
        perfect, imperfect, extra, content, prep, parts, preps, parts_content = \
            (row + ["-"] * 8)[:8]
        cue = Cue(perfect, True, content == "nominal", normalize(prep) if prep != "-" else None,
                  accusation=content in ("accusation", "object"), marked=content == "marked",
                  object_only=content == "object",
                  content_preps=tuple(normalize(x) for x in preps.split(",")) if preps != "-"
                  else ())
        forms = verb_forms(perfect, imperfect, first_person=False)
        forms = [f for f in forms if f not in second_person_plurals(imperfect)]
        if extra != "-":
            forms += [normalize(x) for x in extra.split(",")]
        for f in dict.fromkeys(forms):
            m.add(f, cue)
        if parts != "-":
            marked = parts_content == "marked"  # مفيدا "useful": only with إن/أن
            part = Cue(perfect, True, False, cue.source_prep, participle=True,
                       content_preps=() if marked else cue.content_preps,
                       accusation=cue.accusation, object_only=cue.accusation, marked=marked)
            for f in dict.fromkeys(normalize(x) for x in parts.split(",")):
                m.add(f, part)
    for row in read_tsv("claims", "frames.tsv"):
        m.add(row[0], Cue(row[0], False, True, None))
    return m


def second_person_plurals(imperfect: str | None) -> set[str]:
    """The imperfect's ت…ون forms (تذكرون، تقولون, "you say"): second person, never a third
    person's report (the third person feminine plural is يذكرن), so no cue; the perfect's
    و ending (تعللوا) stays."""
    if not imperfect or imperfect == "-":
        return set()
    stem = normalize(imperfect)[1:]
    if stem.endswith("ي"):  # تنفون
        return {"ت" + stem[:-1] + "ون"}
    if stem.endswith("و"):  # تدعون
        return {"ت" + stem + "ن"}
    return {"ت" + stem + "ون"}


@once
def verb_vocabulary() -> frozenset[str]:
    """Every normalized one-word verb form of the cue and trigger lexicons."""
    out: set[str] = set()
    for row in read_tsv("claims", "cues.tsv"):
        perfect, imperfect, extra = (row + ["-"] * 3)[:3]
        out.update(verb_forms(perfect, imperfect, first_person=False))
        if extra != "-":
            out.update(normalize(x) for x in extra.split(","))
    # بين "between": a cue spelling that is no verb anywhere else
    out -= {normalize(w) for w in read_json("claims", "words.json")["cue_forms_not_verbs"]}
    for row in read_tsv("events", "triggers.tsv"):
        _, _, kind, form, imperfect = (row + ["-"] * 5)[:5]
        if kind == "verb" and " " not in form:
            out.update(verb_forms(form, imperfect))
    return frozenset(out)


@once
def claim_words() -> dict[str, Any]:
    w = read_json("claims", "words.json")
    out: dict[str, Any] = {k: norm_phrases(v) for k, v in w.items()
                           if isinstance(v, list)}
    out["quotes"] = w["quotes"]
    return out


# --- events -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    modes: tuple[str, ...]
    verb: bool
    needs: frozenset[str]
    lemma: str = ""  # the row's first form (قتل for all of قتلا، تقتل، قتلوا)


@once
def trigger_matcher() -> PhraseMatcher[Trigger]:
    m: PhraseMatcher[Trigger] = PhraseMatcher()
    for row in read_tsv("events", "triggers.tsv"):
        type_, modes, kind, form, imperfect, needs = (row + ["-"] * 6)[:6]
        trig = Trigger(type_, tuple(x for x in modes.split(",") if x and x != "-"),
                       kind == "verb",
                       frozenset(normalize(x) for x in needs.split(",") if x and x != "-"),
                       normalize(form.split(",")[0]))
        if kind == "verb" and " " not in form and "," not in form:
            forms = verb_forms(form, imperfect)
            # قتلوا + ه → قتلوه: the plural's alif drops before an object pronoun
            forms += [f[:-1] for f in forms if f.endswith("وا") and len(f) >= 5]
            # (not دعو: دعونا is "let us")
        else:
            forms = [normalize(x) for x in form.split(",")]
            # the accusative of an indefinite noun: شن هجوما، أجرى اتصالا
            forms += [f + "ا" for f in forms if kind == "noun" and " " not in f
                      and not f.startswith("ال") and f[-1:] not in "اهيى" and len(f) >= 3]
            # لقاء + ه → لقائه، لقاؤه: a final hamza takes a seat before a pronoun suffix
            forms += [f[:-1] + seat for f in forms if kind == "noun" and " " not in f
                      and f.endswith("ء") for seat in "يو"]
        for f in dict.fromkeys(forms):
            m.add(f, trig)
    for f, trig in family_forms():
        m.add(f, trig)
    return m


def family_forms() -> list[tuple[str, Trigger]]:
    """(form, trigger) for each form of data/events/trigger_forms.tsv: a verbal noun,
    passive, dual or plural of a verb row, with that row's category, modes and needs."""
    rows: dict[str, list[list[str]]] = {}
    for row in read_tsv("events", "triggers.tsv"):
        if row[2] == "verb":
            rows.setdefault(row[3].split(",")[0], []).append((row + ["-"] * 6)[:6])
    out: list[tuple[str, Trigger]] = []
    for lemma, kind, forms, *_ in read_tsv("events", "trigger_forms.tsv"):
        words = [normalize(x) for x in forms.split(",")]
        for type_, modes, _, _, _, needs in rows[lemma]:
            trig = Trigger(type_, tuple(x for x in modes.split(",") if x and x != "-"),
                           kind == "verb",
                           frozenset(normalize(x) for x in needs.split(",") if x and x != "-"),
                           words[0])
            out += [(w, trig) for w in words]
    return out


def _governors(raw: dict[str, list[str]]) -> dict[tuple[str, str], set[tuple[str, ...]]]:
    """`complement_governors` by (status, clitic): a phrase ending in `+ل` / `+ب` asks that
    letter on the word after it (مستعدين +ل: مستعدين للحوار); the rest ask none ("")."""
    out: dict[tuple[str, str], list[str]] = {}
    for status, phrases in raw.items():
        for p in phrases:
            words, _, clitic = p.partition("+")
            out.setdefault((status, clitic.strip()), []).append(words.strip())
    return {k: norm_phrases(v) for k, v in out.items()}


@once
def event_markers() -> dict[str, Any]:
    raw = read_json("events", "markers.json")
    status = {k: norm_phrases(v) for k, v in raw["status"].items()}
    preps = raw["role_preps"]
    return {
        "status": status,
        "negation_scope": raw["negation_scope"],
        "status_scope": raw["status_scope"],
        "light_verbs": norm_words(raw["light_verbs"]),
        "recipient_preps": {k: norm_words(v) for k, v in preps["recipient"].items()},
        "location_preps": norm_words(preps["location"]),
        "directions": norm_words(raw["directions"]),
        "reference_kinds": set(raw["reference_kinds"]),
        "reference_peers": set(raw["reference_peers"]),
        "modes": {k: norm_phrases(v) for k, v in raw["modes"].items()},
        "multilateral_min": raw["multilateral_min"],
        "air_modes": frozenset(raw["air_modes"]),
        "air_doers": frozenset(norm_words(raw["air_doers"])),
        "ground_lemmas": frozenset(norm_words(raw["ground_lemmas"])),
        "plover_future": raw["plover_future"],
        "containers": norm_words(raw["containers"]),
        "doer_heads": norm_words(raw["doer_heads"]),
        "field_heads": norm_words(raw["field_heads"]),
        "retold_heads": norm_words(raw["retold_heads"]),
        "location_types": set(raw["location_types"]),
        "location_window": raw["location_window"],
        "instruments": norm_phrases(raw["instruments"]),
        "idioms": norm_phrases(raw["idioms"]),
        "compound_min_heads": norm_words(raw["compound_min_heads"]),
        "intent_nouns": norm_words(raw["intent_nouns"]),
        "demonstratives": norm_words(raw["demonstratives"]),
        "future_prefix_exclude": norm_words(raw["future_prefix_exclude"]),
        "governing_preps": norm_words(raw["governing_preps"]),
        "place_nouns": norm_words(raw["place_nouns"]),
        "place_list_openers": norm_words(raw.get("place_list_openers", [])),
        "consequences": norm_words(raw["consequences"]),
        "injuries": norm_words(raw.get("injuries", [])),
        "beneficiary_verbs": norm_words(raw.get("beneficiary_verbs", [])),
        "carrying_nouns": norm_words(raw.get("carrying_nouns", [])),
        "retell_verbs": norm_words(raw.get("retell_verbs", [])),
        "result_verbs": norm_words(raw.get("result_verbs", [])),
        "result_preps": norm_words(raw.get("result_preps", [])),
        "result_tolls": norm_words(raw.get("result_tolls", [])),
        "anew_heads": norm_words(raw.get("anew_heads", [])),
        "distinct_adjectives": norm_words(raw.get("distinct_adjectives", [])),
        "setting_preps": norm_words(raw.get("setting_preps", [])),
        "ordinals": norm_words(raw.get("ordinals", [])),
        "thwart_verbs": norm_words(raw.get("thwart_verbs", [])),
        "fallen_verbs": norm_words(raw.get("fallen_verbs", [])),
        "hand_nouns": norm_words(raw.get("hand_nouns", [])),
        "branding_words": norm_words(raw.get("branding_words", [])),
        "branding_after_not": norm_words(raw.get("branding_after_not", [])),
        "hand_nouns_owned": norm_words(raw.get("hand_nouns_owned", [])),
        "control_states": norm_words(raw.get("control_states", [])),
        "battle_nouns": norm_words(raw.get("battle_nouns", [])),
        "battle_launch_words": norm_words(raw.get("battle_launch_words", [])),
        "fall_time_words": norm_words(raw.get("fall_time_words", [])),
        "freeing_words": norm_words(raw.get("freeing_words", [])),  # events40: rescues
        "captor_phrases": norm_phrases(raw.get("captor_phrases", [])),
        "holding_verbs": norm_words(raw.get("holding_verbs", [])),
        "progress_nouns": norm_words(raw.get("progress_nouns", [])),
        "aim_words": norm_words(raw.get("aim_words", [])),
        "demand_words": norm_words(raw.get("demand_words", [])),
        "equip_words": norm_words(raw.get("equip_words", [])),
        "purpose_starts": norm_words(raw.get("purpose_starts", [])),
        "denial_keeps": norm_words(raw.get("denial_keeps", [])),
        "denial_breaks": norm_words(raw.get("denial_breaks", [])),
        "wound_deaths": norm_words(raw.get("wound_deaths", [])),
        "wound_words": norm_words(raw.get("wound_words", [])),
        "future_after": norm_words(raw["future_after"]),
        "ahead_adjectives": norm_words(raw.get("ahead_adjectives", [])),
        "ahead_not_before": norm_words(raw.get("ahead_not_before", [])),
        "relative_future": norm_phrases(raw.get("relative_future", [])),
        "soon_after": norm_words(raw.get("soon_after", [])),
        "soon_not_before": norm_words(raw.get("soon_not_before", [])),
        "possible_adjectives": norm_words(raw.get("possible_adjectives", [])),
        "may_particles": norm_words(raw.get("may_particles", [])),
        "hypothetical_adjacent": norm_words(raw["hypothetical_adjacent"]),
        "not_negation": norm_phrases(raw["not_negation"]),
        "unrealized": norm_phrases(raw.get("unrealized", [])),
        "habitual": norm_phrases(raw.get("habitual", [])),
        "dawn_words": norm_words(raw.get("dawn_words", [])),
        "dawn_after": norm_words(raw.get("dawn_after", [])),
        "held_back_before": norm_phrases(raw.get("held_back_before", [])),
        "possible_before": norm_phrases(raw.get("possible_before", [])),
        "negative_purpose": norm_words(raw.get("negative_purpose", [])),
        "charge_nouns": norm_words(raw.get("charge_nouns", [])),
        "long_spans": norm_words(raw.get("long_spans", [])),
        "onset_nouns": norm_words(raw.get("onset_nouns", [])),
        "sought_verbs": norm_words(raw.get("sought_verbs", [])),
        "expectation": norm_phrases(raw.get("expectation", [])),
        "agent_heads": norm_words(raw["agent_heads"]),
        "ally_nouns": norm_words(raw.get("ally_nouns", [])),
        "ally_suffixes": tuple(raw.get("ally_suffixes", [])),
        "location_max": raw.get("location_max", 2),
        "past_time_words": norm_words(raw.get("past_time_words", [])),
        "past_time_exclude": norm_words(raw.get("past_time_exclude", [])),
        "ahead_time_words": norm_words(raw.get("ahead_time_words", [])),
        "historical_days": raw.get("historical_days", 0),
        "pluperfect_days": raw.get("pluperfect_days", 0),
        "ago_units": norm_words(raw.get("ago_units", [])),
        "onset_verbs": norm_words(raw.get("onset_verbs", [])),
        "past_adjectives": norm_words(raw.get("past_adjectives", [])),
        "record_verbs": norm_words(raw.get("record_verbs", [])),
        "accord_nouns": norm_words(raw.get("accord_nouns", [])),
        "accord_after_words": norm_words(raw.get("accord_after_words", [])),
        "accord_conclusions": norm_words(raw.get("accord_conclusions", [])),
        "t_perfects": norm_words(raw.get("t_perfects", [])),
        "credited_outcomes": norm_words(raw.get("credited_outcomes", [])),
        "contribution_verbs": norm_words(raw.get("contribution_verbs", [])),
        "latest_categories": frozenset(raw.get("latest_categories", [])),
        "latest_adjectives": norm_words(raw.get("latest_adjectives", [])),
        "subjunctive_not_after": norm_words(raw.get("subjunctive_not_after", [])),
        "achieved_verbs": norm_words(raw.get("achieved_verbs", [])),
        "condition_openers": norm_phrases(raw.get("condition_openers", [])),
        "otherwise_openers": norm_words(raw.get("otherwise_openers", [])),
        "earlier_after": norm_phrases(raw.get("earlier_after", [])),
        "opening_time_leads": norm_words(raw.get("opening_time_leads", [])),
        "month_start_leads": norm_words(raw.get("month_start_leads", [])),
        "current_month_words": norm_words(raw.get("current_month_words", [])),
        "earlier_today": norm_words(raw.get("earlier_today", [])),
        "apodosis_openers": norm_words(raw.get("apodosis_openers", [])),
        "condition_breaks": norm_words(raw.get("condition_breaks", [])),
        "complement_governors": _governors(raw.get("complement_governors", {})),
        "complement_links": norm_words(raw.get("complement_links", [])),
        "complement_adverbs": norm_words(raw.get("complement_adverbs", [])),
        "complement_gapped": [(g["status"], norm_words(g["heads"]), norm_words(g["preps"]))
                              for g in raw.get("complement_gapped", [])],
        "past_span_units": norm_words(raw.get("past_span_units", [])),
        "past_span_edges": norm_words(raw.get("past_span_edges", [])),
        "past_periods": norm_phrases(raw.get("past_periods", [])),
        "still_before": norm_phrases(raw.get("still_before", [])),
        "hypothetical_after_scope": raw.get("hypothetical_after_scope", 0),
        "approximators": norm_words(raw.get("approximators", [])),
        "approximator_phrases": norm_phrases(raw.get("approximator_phrases", [])),
        "support_words": norm_words(raw.get("support_words", [])),
        "allegiance_modifiers": frozenset(norm_words(raw["allegiance_modifiers"])),
        "leading_words": norm_words(raw.get("leading_words", [])),
        "coordination_words": norm_words(raw.get("coordination_words", [])),
        "between_times": norm_phrases(raw.get("between_times", [])),
        "named_place_heads": norm_words(raw.get("named_place_heads", [])),
        "unit_links": norm_phrases(raw.get("unit_links", [])),
        "seat_links": norm_phrases(raw.get("seat_links", [])),
        "seat_kinds": frozenset(raw.get("seat_kinds", [])),
        "region_compass_kinds": frozenset(raw.get("region_compass_kinds", [])),
        "region_links": norm_phrases(raw.get("region_links", [])),
        "region_stops": norm_words(raw.get("region_stops", [])),
        "office_nouns": norm_words(raw.get("office_nouns", [])),
        "part_adjectives": norm_words(raw.get("part_adjectives", [])),
        "plural_place_heads": norm_words(raw.get("plural_place_heads", [])),
        "dual_place_heads": norm_words(raw.get("dual_place_heads", [])),
        "unnamed_place_plurals": norm_words(raw.get("unnamed_place_plurals", [])),
        "pluperfect_auxiliaries": norm_words(raw.get("pluperfect_auxiliaries", [])),
        "pluperfect_not_after": norm_words(raw.get("pluperfect_not_after", [])),
        "pluperfect_anchors": norm_words(raw.get("pluperfect_anchors", [])),
        "near_links": norm_phrases(raw.get("near_links", [])),
        "near_words": norm_words(raw.get("near_words", [])),
        "since_words": norm_words(raw.get("since_words", [])),
        "reference_preps": norm_words(raw.get("reference_preps", [])),
        "reference_anchors": norm_words(raw.get("reference_anchors", [])),
        "duration_nouns": norm_words(raw.get("duration_nouns", [])),
        "front_nouns": norm_words(raw.get("front_nouns", [])),
        "extent_nouns": norm_words(raw.get("extent_nouns", [])),
        "topic_nouns": norm_words(raw.get("topic_nouns", [])),
        "reason_openers": norm_words(raw.get("reason_openers", [])),
        "specifier_words": norm_phrases(raw.get("specifier_words", [])),
        "destination_words": norm_words(raw.get("destination_words", [])),
        "province_heads": norm_words(raw.get("province_heads", [])),
        "generic_places": norm_words(raw.get("generic_places", [])),
        "subject_pronouns": norm_words(raw.get("subject_pronouns", [])),
        "predicate_triggers": norm_phrases(raw.get("predicate_triggers", [])),
        "readiness_heads": norm_words(raw.get("readiness_heads", [])),
        "injury_verbs": norm_words(raw.get("injury_verbs", [])),
        "injury_causes": norm_words(raw.get("injury_causes", [])),
        "occasion_preps": norm_words(raw.get("occasion_preps", [])),
        "motion_verbs": norm_words(raw.get("motion_verbs", [])),
        "responsibility_nouns": norm_words(raw.get("responsibility_nouns", [])),
        "non_party_words": norm_words(raw.get("non_party_words", [])),
        "charge_verbs": norm_words(raw.get("charge_verbs", [])),
        "comment_heads": norm_words(raw.get("comment_heads", [])),
        "exchange_words": norm_words(raw.get("exchange_words", [])),
        "blame_verbs": norm_words(raw.get("blame_verbs", [])),
        "charge_resumptives": norm_words(raw.get("charge_resumptives", [])),
        "measure_nouns": norm_words(raw["measure_nouns"]),
        "direction_adverbs": norm_words(raw["direction_adverbs"]),
        "group_adjectives": norm_words(raw["group_adjectives"]),
        "name_titles": norm_words(raw["name_titles"]),
        "title_links": norm_words(raw["title_links"]),
        "owned_targets": norm_words(raw["owned_targets"]),
        "rank_qualifiers": norm_words(raw["rank_qualifiers"]),
        "non_party_heads": norm_words(raw.get("non_party_heads", [])),
        "event_nouns": norm_words(raw.get("event_nouns", [])),
        "generic_victims": norm_words(raw.get("generic_victims", [])),
        "bare_victims": norm_words(raw.get("bare_victims", [])),
        "topic_shifts": norm_phrases(raw.get("topic_shifts", [])),
        "adopted_texts": norm_words(raw.get("adopted_texts", [])),
        "execution_nouns": norm_words(raw.get("execution_nouns", [])),
        "party_weapons": norm_words(raw.get("party_weapons", [])),
        "person_nouns": norm_words(raw.get("person_nouns", [])),
        "manner_nouns": norm_words(raw.get("manner_nouns", [])),
        "release_before": norm_words(raw.get("release_before", [])),
        "control_nouns": norm_words(raw.get("control_nouns", [])),
        "discourse_openers": norm_words(raw.get("discourse_openers", [])),
        "reply_verbs": norm_words(raw.get("reply_verbs", [])),
        "other_victims": norm_words(raw.get("other_victims", [])),
        "relative_object_suffixes": {normalize(k): tuple(x) for k, x in raw.get(
            "relative_object_suffixes", {}).items()},
        "fight_nouns": norm_words(raw.get("fight_nouns", [])),
        "join_heads": norm_words(raw.get("join_heads", [])),
        "sequel_preps": norm_words(raw.get("sequel_preps", [])),
        "participation_adjectives": norm_words(raw.get("participation_adjectives", [])),
        "clause_verbs": norm_words(raw.get("clause_verbs", [])),
        "generic_determiners": norm_words(raw.get("generic_determiners", [])),
        "causal_verbs": norm_words(raw.get("causal_verbs", [])),
        "hal_participles": norm_words(raw.get("hal_participles", [])),
        "hal_objects": norm_words(raw.get("hal_objects", [])),
        "hal_object_types": frozenset(raw.get("hal_object_types", [])),
        "hal_object_preps": norm_words(raw.get("hal_object_preps", [])),
        "hal_head_verbs": frozenset(f for p, i in raw.get("hal_head_verbs", [])
                                    for f in verb_forms(p, i, first_person=False)),
        "motive_nouns": norm_words(raw.get("motive_nouns", [])),
        "patient_nouns": norm_words(raw.get("patient_nouns", [])),
        "guard_words": norm_words(raw.get("guard_words", [])),
        "target_verbs": norm_words(raw.get("target_verbs", [])),
        "targeted_hosts": frozenset(raw.get("targeted_hosts", [])),
        "restate_preps": norm_words(raw.get("restate_preps", [])),
        "restate_distinct_modes": frozenset(raw.get("restate_distinct_modes", [])),
        "restate_result_modes": frozenset(raw.get("restate_result_modes", [])),
        "causal_relatives": norm_words(raw.get("causal_relatives", [])),
        "resumptive_preps": norm_words(raw.get("resumptive_preps", [])),
        "other_senses": {normalize(k): norm_words(x) for k, x in raw.get("other_senses",
                                                                         {}).items()},
        "purpose_heads": norm_words(raw.get("purpose_heads", [])),
        "elatives": norm_words(raw.get("elatives", [])),
        "meeting_nouns": norm_words(raw.get("meeting_nouns", [])),
        "lam_hosts": norm_words(raw.get("lam_hosts", [])),
        "launch_verbs": norm_words(raw.get("launch_verbs", [])),
        "removal_nouns": norm_words(raw.get("removal_nouns", [])),
        "party_heads": norm_words(raw.get("party_heads", [])),
        "party_phrases": norm_phrases(raw.get("party_phrases", [])),
        "referent_heads": norm_words(raw.get("referent_heads", [])),
        "feminine_heads": norm_words(raw.get("feminine_heads", [])),
        "people_plurals": norm_words(raw.get("people_plurals", [])),
        "patient_possessives": norm_words(raw.get("patient_possessives", [])),
        "tag_openers": norm_phrases(raw.get("tag_openers", [])),
        "construct_nouns": norm_words(raw.get("construct_nouns", [])),
        "bare_nouns": norm_words(raw.get("bare_nouns", [])),
        "headline_openers": norm_phrases(raw.get("headline_openers", [])),
        "deed_object_hosts": norm_words(raw.get("deed_object_hosts", [])),
        "toll_asides": norm_words(raw.get("toll_asides", [])),
        "toll_hedges": norm_phrases(raw.get("toll_hedges", [])),
        "resumptive_places": norm_words(raw.get("resumptive_places", [])),
        "there_adverbs": norm_words(raw.get("there_adverbs", [])),
        "where_openers": norm_words(raw["where_openers"]),
        "ambiguous_relatives": norm_words(raw["ambiguous_relatives"]),
        "land_nouns": norm_words(raw.get("land_nouns", [])),
        "leaving_modes": set(raw.get("leaving_modes", [])),
        "land_spread": norm_words(raw.get("land_spread", [])),
        "accompany_words": norm_words(raw.get("accompany_words", [])),
        "accompany_pointers": norm_words(raw.get("accompany_pointers", [])),
        "local_sources": norm_words(raw.get("local_sources", [])),
        "there_existential_before": norm_words(raw.get("there_existential_before", [])),
        "there_followers": norm_words(raw.get("there_followers", [])),
        "loose_anaphors": {normalize(w) for w in raw.get("loose_anaphors", [])},
        "visit_words": norm_words(raw.get("visit_words", [])),
        "anaphor_kinds": {normalize(k): set(x) for k, x in raw.get("anaphor_kinds", {}).items()},
        "not_people_plurals": norm_words(raw.get("not_people_plurals", [])),
        "nisba_adverbs": norm_words(raw.get("nisba_adverbs", [])),
        "own_alef_words": norm_words(raw.get("own_alef_words", [])),
        "head_skip": norm_words(raw.get("head_skip", [])),
        "party_demonstratives": norm_words(raw.get("party_demonstratives", [])),
        "force_adjectives": norm_words(raw.get("force_adjectives", [])),
        "cause_nouns": norm_words(raw.get("cause_nouns", [])),
        "vague_places": norm_words(raw.get("vague_places", [])),
        "territory_nouns": norm_phrases(raw.get("territory_nouns", [])),
        "whole_conj_words": norm_words(raw.get("whole_conj_words", [])),
        # as written (not normalized): والي "governor" normalizes like وإلى "and to"
        "whole_raw_words": frozenset(raw.get("whole_raw_words", [])),
        "vague_qualifiers": norm_words(raw.get("vague_qualifiers", [])),
        "zone_adjectives": norm_words(raw.get("zone_adjectives", [])),
        "placing_verbs": norm_words(raw.get("placing_verbs", [])),
        "witness_heads": norm_words(raw.get("witness_heads", [])),
        "site_heads": norm_phrases(raw.get("site_heads", [])),
        "intransitive_struck_verbs": norm_words(raw.get("intransitive_struck_verbs", [])),
        "site_preps": norm_phrases(raw.get("site_preps", [])),
        "occurrence_verbs": norm_words(raw.get("occurrence_verbs", [])),
        "light_nouns": {normalize(k): normalize(x) for k, x in raw.get("light_nouns", {}).items()},
        "manner_participles": norm_words(raw.get("manner_participles", [])),
        "complement_preps": norm_words(raw.get("complement_preps", [])),
        "complement_verbs": norm_words(raw.get("complement_verbs", [])),
        "time_span_preps": norm_words(raw.get("time_span_preps", [])),
        "expressing_verbs": norm_words(raw.get("expressing_verbs", [])),
        "undertaking_verbs": norm_words(raw.get("undertaking_verbs", [])),
        "still_auxiliaries": norm_phrases(raw.get("still_auxiliaries", [])),
        "adjunct_preps": norm_words(raw.get("adjunct_preps", [])),
        "cause_leads": norm_words(raw.get("cause_leads", [])),
        "cause_relatives": norm_words(raw.get("cause_relatives", [])),
        "cause_lead_nouns": norm_words(raw.get("cause_lead_nouns", [])),
        "no_object_preps": norm_words(raw.get("no_object_preps", [])),
        "what_done_verbs": norm_words(raw.get("what_done_verbs", [])),
        "what_words": norm_words(raw.get("what_words", [])),
        "another_words": norm_words(raw.get("another_words", [])),
        "fire_agent_words": norm_words(raw.get("fire_agent_words", [])),
        "cause_verbs": norm_phrases(raw.get("cause_verbs", [])),
        "cause_with_b": norm_words(raw.get("cause_with_b", [])),
        "genitive_agent_titles": norm_words(raw.get("genitive_agent_titles", [])),
        "counterpart_nouns": norm_words(raw.get("counterpart_nouns", [])),
        "indefinite_nationality_endings": {k: tuple(v) for k, v in raw.get(
            "indefinite_nationality_endings", {}).items()},
        "indefinite_deed_adjectives": norm_words(raw.get("indefinite_deed_adjectives", [])),
        "light_verb_endings": tuple(raw.get("light_verb_endings", [])),
        "not_inflected_light_verbs": norm_words(raw.get("not_inflected_light_verbs", [])),
        "gain_verbs": norm_words(raw.get("gain_verbs", [])),
        "gain_objects": norm_words(raw.get("gain_objects", [])),
        "forcing_verbs": norm_words(raw.get("forcing_verbs", [])),
        "governing_nouns": {normalize(k): frozenset(normalize(x) for x in xs)
                            for k, xs in raw.get("governing_nouns", {}).items()},
        "custody_words": norm_words(raw.get("custody_words", [])),
        "agentive_nouns": norm_words(raw.get("agentive_nouns", [])),
        "doer_needed_verbs": norm_words(raw.get("doer_needed_verbs", [])),
        "intransitive_deed_nouns": norm_words(raw.get("intransitive_deed_nouns", [])),
        "objective_nouns": norm_words(raw.get("objective_nouns", [])),
        "claim_verbs": norm_words(raw.get("claim_verbs", [])),
        "adopt_verbs": norm_words(raw.get("adopt_verbs", [])),
        "witness_verbs": frozenset(f for pair in raw.get("witness_verbs", [])
                                   for f in verb_forms(*pair)),
        "relative_auxiliaries": norm_words(raw.get("relative_auxiliaries", [])),
        "meeting_purpose_types": frozenset(raw.get("meeting_purpose_types", [])),
        "source_quantifiers": norm_words(raw.get("source_quantifiers", [])),
        "resident_heads": norm_words(raw.get("resident_heads", [])),
        "held_verbs": frozenset(f for pair in raw.get("held_verbs", [])
                                for f in verb_forms(*pair)),
        "media_heads": norm_words(raw.get("media_heads", [])),
        "media_phrases": norm_phrases(raw.get("media_phrases", [])),
        "body_anaphor_heads": norm_words(raw.get("body_anaphor_heads", [])),
        "agent_phrases": norm_phrases(raw.get("agent_phrases", [])),
        "undergo_verbs": frozenset(f for pair in raw.get("undergo_verbs", [])
                                   for f in verb_forms(*pair)),
        "suffered_verbs": norm_words(raw.get("suffered_verbs", [])),
        "receive_verbs": frozenset(f for pair in raw.get("receive_verbs", [])
                                   for f in verb_forms(*pair)),
        "participation_verbs": frozenset(f for pair in raw.get("participation_verbs", [])
                                         for f in verb_forms(*pair)),
        "first_person_pronouns": norm_words(raw.get("first_person_pronouns", [])),
        "first_person_particles": norm_words(raw.get("first_person_particles", [])),
        "first_person_endings": norm_words(raw.get("first_person_endings", [])),
        "participle_endings": norm_words(raw.get("participle_endings", [])),
        "possessive_agents": norm_words(raw.get("possessive_agents", [])),
        "reflexives": norm_words(raw.get("reflexives", [])),
        "need_particles": norm_words(raw.get("need_particles", [])),
        "need_before": norm_words(raw.get("need_before", [])),
        "object_asides": set(raw.get("object_asides", [])),
        "stance_negators": norm_words(raw.get("stance_negators", [])),
        "stance_negation_kept": frozenset(raw.get("stance_negation_kept", [])),
        "relative_stance_types": frozenset(raw.get("relative_stance_types", [])),
        "stance_relatives": norm_words(raw.get("stance_relatives", [])),
        "relative_resumptives": norm_words(raw.get("relative_resumptives", [])),
        "constitute_verbs": norm_words(raw.get("constitute_verbs", [])),
        "deem_verbs": norm_words(raw.get("deem_verbs", [])),
        "kind_nouns": norm_words(raw.get("kind_nouns", [])),
        "office_heads": norm_words(raw.get("office_heads", [])),
        "operation_nouns": norm_words(raw.get("operation_nouns", [])),
        "hazard_nouns": norm_phrases(raw.get("hazard_nouns", [])),
    }


def marker_words(M: dict[str, Any], *keys: str) -> frozenset[str]:
    """The words of `M`'s word sets `keys` together (M["place_nouns"] | M["named_place_heads"]):
    built once for the event markers (the passes ask for them at every token), else anew."""
    if M is event_markers():
        return _marker_union(keys)
    return frozenset().union(*(M[k] for k in keys))


@cache
def _marker_union(keys: tuple[str, ...]) -> frozenset[str]:
    M = event_markers()
    return frozenset().union(*(M[k] for k in keys))


@once
def magnitudes() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """(unit noun → field, context phrase → field) for dead/injured/size."""
    units: dict[str, str] = {}
    context: dict[tuple[str, ...], str] = {}
    for word, fld, role in read_tsv("events", "magnitudes.tsv"):
        if role in ("person", "subset", "single"):
            continue  # read by singular_persons(), subset_words(), singular_deaths()
        if role == "unit":
            units[normalize(word)] = fld
        else:
            context[tuple(t.norm for t in tokenize(word))] = fld
    return units, context


@once
def singular_deaths() -> set[tuple[str, ...]]:
    """Phrases that tell one death without a number (راح ضحية، لقي مصرعه، لقيت حتفها)."""
    return {tuple(t.norm for t in tokenize(word)) for word, _, role in
            read_tsv("events", "magnitudes.tsv") if role == "single"}


@once
def subset_words() -> frozenset[str]:
    """Words before a count that is part of a toll already told (بينهم 12 طفلا، منهم)."""
    return frozenset(normalize(word) for word, _, role in read_tsv("events", "magnitudes.tsv")
                     if role == "subset")


@once
def singular_persons() -> frozenset[str]:
    """Singular people nouns (مدني، ضابط) that count one after مقتل / إصابة."""
    return frozenset(normalize(word) for word, _, role in read_tsv("events", "magnitudes.tsv")
                     if role == "person")


@once
def victim_words() -> dict[str, set[tuple[str, ...]]]:
    """Words around the victims of a killing (data/events/victims.json): `hedges` before a
    count, `vague_counts` that count people without a number, `death_idioms` (لقي … مصرعهم)."""
    raw = read_json("events", "victims.json")
    return {k: norm_phrases(v) for k, v in raw.items() if not k.startswith("_")}


@once
def warning_words() -> dict[str, Any]:
    """The roles of warnings (data/events/warnings.json): the warning rows' `lemmas`, the
    `content_openers` of what is warned of and the marks that end it (`content_ends`), the
    `name_reach` of a warner's title."""
    raw = read_json("events", "warnings.json")
    return {"lemmas": norm_words(raw["lemmas"]),
            "content_openers": norm_phrases(raw["content_openers"]),
            "content_ends": set(raw["content_ends"]), "name_reach": int(raw["name_reach"])}


@once
def own_side_words() -> dict[str, set[str]]:
    """The speaker's own forces (data/events/own_side.json): `force_heads` (قوات، مقاتلي،
    طائرات), the `possessives` that tie them to their owner (ه، ها، هم) and the
    `masculine_offices` (المكتب، المتحدث) that ها never points at."""
    raw = read_json("events", "own_side.json")
    return {"force_heads": norm_words(raw["force_heads"]),
            "possessives": set(raw["possessives"]),
            "masculine_offices": norm_words(raw["masculine_offices"])}


@once
def addressee_words() -> dict[str, set[tuple[str, ...]]]:
    """Words of whom a verb of asking or accusing addresses (data/events/addressees.json):
    `object_participles`, `asking_verbs`, `asked_preps`, `addressee_heads`, `all_openers`,
    `all_after`, `asides`, `free_pronouns`."""
    raw = read_json("events", "addressees.json")
    return {k: norm_phrases(v) for k, v in raw.items() if not k.startswith("_")}


@once
def women_names() -> frozenset[str]:
    """Women's given names (data/events/women_names.txt), normalized: the gender of a person
    named after a feminine verb (`verbs.woman_named`)."""
    return frozenset(normalize(w) for row in read_tsv("events", "women_names.txt") for w in row)
