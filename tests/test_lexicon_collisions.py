"""No lexicon word may fold onto a function word under normalization.

Matching is on normalized forms (أ/إ/آ→ا، ى→ي، ة→ه), so a content word whose normalized
form is a particle's fires on that particle, one of the most frequent words of any text:
آلية (a vehicle, party_heads) is اليه, the same as إليه; لئلا (lest, unrealized) is ليلا
(at night: «شن ليلا حوالى 15 غارة» was told as hypothetical). The function words are
data/lexicon_guard/function_words.txt; each lexicon is read through its own loader.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from rasd.entities.features import given_names, word_list
from rasd.entities.kb import get_kb, name_key
from rasd.lexicons import cue_matcher, event_markers, read_tsv, trigger_matcher
from rasd.pipeline import extract_text
from rasd.text.normalize import normalize
from rasd.text.segment import tokenize

# Classes of data/events/markers.json that list particles, prepositions and pronouns by
# design (their words are function words): not checked.
FUNCTION_CLASSES = frozenset({
    "there_adverbs", "there_existential_before", "there_followers",
    "title_links",
    "own_alef_words",
    "light_verb_endings",  # word endings (وا، ون، ان، ا), no words: actors38
    "reason_openers",  # لأنه، لأنها: a conjunction with its pronoun (places29)
    "status", "recipient_preps", "location_preps", "governing_preps", "demonstratives",
    "containers", "place_list_openers", "result_preps", "setting_preps", "denial_breaks",
    "dawn_after", "held_back_before", "negative_purpose", "approximators",
    "pluperfect_auxiliaries", "since_words", "reference_preps", "subject_pronouns",
    "injury_causes", "occasion_preps", "non_party_words", "charge_resumptives",
    "generic_victims", "bare_victims", "release_before", "discourse_openers",
    "sequel_preps", "generic_determiners", "causal_relatives", "resumptive_preps",
    "other_senses", "toll_asides", "resumptive_places", "anaphor_kinds", "head_skip",
    "site_preps", "first_person_pronouns", "first_person_particles", "need_particles",
    "modes", "light_nouns", "stance_negators", "party_demonstratives", "restate_preps",
    "ally_suffixes", "stance_relatives", "relative_resumptives", "ahead_not_before",
    "may_particles", "accompany_pointers", "soon_not_before", "complement_preps", "adjunct_preps",
    "time_span_preps", "land_spread", "region_links", "fall_time_words", "region_stops",
    "captor_phrases",
    "relative_auxiliaries",  # كان، كانت، قد، لقد between التي and its witness verb (places34)
    "source_quantifiers",  # أحد، بعض before a local source (places35)
    "subjunctive_not_after", "condition_openers", "apodosis_openers", "condition_breaks",
    "otherwise_openers", "pluperfect_not_after", "pluperfect_anchors", "earlier_after",
    "earlier_today",
    "opening_time_leads",  # في، خلال before a time opening its sentence (status12)
    "accord_after_words",  # بعد، منذ before an accord's conclusion (status13)
    "complement_adverbs",  # أيضا، كذلك between a governing word and its deed (status14)
    "hal_objects",  # إياه، إياها: detached object pronouns (events48)
    "hal_object_preps",  # على، عن: prepositions opening a participle's object (actors42)
    "cause_leads", "cause_relatives", "no_object_preps", "what_words",  # actors41
    "where_openers", "ambiguous_relatives",  # حيث، من، ما: clause words (tidy26)
})

# Deliberate collisions, (lexicon, normalized word): the given names are features of the
# shipped entity models, which were trained with them (علي is Ali and على; آلان and الآن;
# آنا and أنا); dropping them means retraining.
ALLOWED = frozenset({
    ("given_names", "علي"), ("given_names", "الان"), ("given_names", "انا"),
})


def function_words() -> frozenset[str]:
    text = resources.files("rasd").joinpath("data", "lexicon_guard", "function_words.txt") \
        .read_text(encoding="utf-8")
    return frozenset(normalize(w.strip()) for w in text.splitlines()
                     if w.strip() and not w.startswith("#"))


def single_words(values: object) -> set[str]:
    """The one-word entries of a marker class (a set of words or of word tuples)."""
    out: set[str] = set()
    for x in values if isinstance(values, (set, frozenset, list, tuple)) else ():
        if isinstance(x, str) and " " not in x:
            out.add(x)
        elif isinstance(x, tuple) and len(x) == 1 and isinstance(x[0], str):
            out.add(x[0])
    return out


def marker_collisions(markers: dict[str, object], words: frozenset[str]) -> set[tuple[str, str]]:
    return {(k, w) for k, v in markers.items() if k not in FUNCTION_CLASSES
            for w in single_words(v) & words} - ALLOWED


def test_function_word_list_is_normalized_particles() -> None:
    words = function_words()
    assert {"اليه", "عليه", "فيه", "منه", "عنه", "لديه", "انه", "الا", "الي", "ليلا"} <= words
    assert len(words) > 100


def test_event_marker_classes_hold_no_function_word() -> None:
    assert marker_collisions(event_markers(), function_words()) == set()


@pytest.mark.parametrize("cls, word, expected", [
    ("party_heads", "آلية", {("party_heads", "اليه")}),  # the vehicle folds onto إليه
    ("unrealized", "لئلا", {("unrealized", "ليلا")}),  # lest folds onto at night
    ("party_heads", "آليات", set()),  # the plural is unambiguous
    ("site_heads", "مدرعة", set()),
    ("resumptive_preps", "إليه", set()),  # a class of particles by design
])
def test_the_guard_catches_a_folded_entry(cls: str, word: str, expected: set) -> None:
    markers = {cls: {normalize(word)}}
    assert marker_collisions(markers, function_words()) == expected


def test_the_vehicle_is_kept_only_where_unambiguous() -> None:
    M = event_markers()
    assert "اليات" in M["party_heads"] and "اليه" not in M["party_heads"]
    assert ("اليه", "عسكريه") in M["site_heads"] and ("اليه",) not in M["site_heads"]


@pytest.mark.parametrize("name", ["triggers", "cues"])
def test_no_trigger_or_cue_fires_on_a_function_word(name: str) -> None:
    m = trigger_matcher() if name == "triggers" else cue_matcher()
    fired = {w for w in function_words() if m.find(w, tokenize(w))}
    assert fired - (gated_cue_forms() if name == "cues" else set()) == set()


def gated_cue_forms() -> set[str]:
    """Cue spellings that are also function words (بين: بيّن and "between"), read as cues only
    after the claims stage's stated check (claims32's prepositional_reading)."""
    path = resources.files("rasd").joinpath("data", "claims", "words.json")
    words = json.loads(path.read_text(encoding="utf-8"))
    return {normalize(w) for w in words["cue_forms_not_verbs"]}


def test_given_names_collide_only_where_allowed() -> None:
    hits = {("given_names", w) for w in given_names() & function_words()}
    assert hits <= ALLOWED


def test_one_word_kb_names_that_are_function_words_need_a_cue() -> None:
    kb = get_kb()
    words = function_words()
    loose = [(e.id, n) for e in kb.entries.values() for n in e.names_ar
             if name_key(n) in words and not kb.needs_context(name_key(n), e)]
    assert loose == []  # عنة (Anah) is عنه: named only after a cue (مدينة عنة)


@pytest.mark.parametrize("name", ["namesake_heads.txt"])
def test_ner_word_lists_hold_no_function_word(name: str) -> None:
    # ner27: a namesake head that folds onto a particle would unlink the place after it
    assert word_list(name) & function_words() == set()
    assert word_list(name)  # the list is read (a wrong name would pass an empty check)


# Participles of the claim cues (cues.tsv column 6) that the event lexicons read too
# (claims34): متهما، متهمة، متهمين are ACCUSE triggers (triggers.tsv, gated there by
# `hal_participles`) and متهمين "suspects" is a party head. As claim cues they are gated by
# rasd.claims.verbs.participle_split: a claim only with an object (definite, a name, a title,
# a demonstrative, إياه) between the participle and its ب phrase.
# (events37:) محذرا، محذرة، محذرين are THREATEN triggers too (a warning, convention 7 of
# tests/gold/README.md): the participle tells both the claim and the warning as a deed, and
# no claim is lost (claims F1 unchanged on every dev set).
# (events46:) نافيا، نافية، نافين are REJECT triggers too (a denial riding on the main verb:
# نافيا أي نوايا للأردن بالتوسع): the claim and the denial as a deed, as محذرا tells both.
# (events48:) مشددا، مشددين are REQUEST triggers too with ضرورة (مشددا على ضرورة أن تكون الحكومة
# جاهزة): the claim and the call as a deed, gated by `hal_participles` (after a comma).
SHARED_PARTICIPLES = frozenset({"متهما", "متهمه", "متهمين", "محذرا", "محذره", "محذرين",
                                "نافيا", "نافيه", "نافين", "مشددا", "مشددين"})


def cue_participles() -> set[str]:
    out: set[str] = set()
    for row in read_tsv("claims", "cues.tsv"):
        parts = (row + ["-"] * 6)[5]
        if parts != "-":
            out.update(normalize(x) for x in parts.split(","))
    return out


def test_participles_shared_with_event_lexicons_are_declared() -> None:
    triggers, markers = trigger_matcher(), event_markers()
    shared = {w for w in cue_participles()
              if triggers.find(w, tokenize(w)) or marker_collisions(markers, frozenset({w}))
              or any(w in single_words(v) for v in markers.values())}
    assert shared == SHARED_PARTICIPLES


@pytest.mark.parametrize("text, form", [
    ("وألقت القوات القبض على 5 متهمين بالانتماء لتنظيم داعش.", "متهمين"),
    ("وتستهدف العقوبات سبع شركات متهمة بمساعدة النظام.", "متهمة"),
])
def test_shared_participle_without_object_reports_nothing(text: str, form: str) -> None:
    doc = extract_text(text)
    assert not [c for c in doc.claims if doc.span_text(c.cue) == form]
