"""PLOVER events on real Arabic news sentences: roles, status, magnitudes, claim links."""

from __future__ import annotations

import pytest

from rasd.document import PLOVER_TYPES
from rasd.lexicons import read_tsv, trigger_matcher
from rasd.pipeline import extract_text


def events_of(text: str) -> tuple[list[dict], object]:
    doc = extract_text(text, published="2016-12-15")
    t = doc.span_text
    out = []
    for e in doc.events:
        out.append({"type": e.type, "trigger": t(e.trigger), "mode": e.mode,
                    "actor": [t(r) for r in e.actor], "recipient": [t(r) for r in e.recipient],
                    "location": [t(r) for r in e.location], "status": e.status,
                    "time": t(e.time) if e.time else None, "date": e.time.date if e.time else None,
                    "dead": e.dead, "injured": e.injured, "size": e.size, "claim": e.claim,
                    "id": e.id})
    return out, doc


def one(events: list[dict], type_: str) -> dict:
    hits = [e for e in events if e["type"] == type_]
    assert len(hits) == 1, events
    return hits[0]


def test_accusation_actor_and_recipient():
    evs, _ = events_of("بل إن وزارة الدفاع الروسية اتهمت فصائل المعارضة بأنها بادرت بالهجوم.")
    e = one(evs, "ACCUSE")
    assert e["trigger"] == "اتهمت" and e["actor"] == ["وزارة الدفاع الروسية"]
    assert e["recipient"] == ["فصائل المعارضة"] and e["status"] == "asserted"


def test_compound_actor_object_place_and_time():
    evs, _ = events_of("وكانت قوات النظام السوري والمليشيات المتحالفة معه قد قصفت صباح أمس "
                       "الأحياء المحاصرة شرقي حلب.")
    e = one(evs, "ASSAULT")
    assert e["actor"] == ["قوات النظام السوري", "المليشيات المتحالفة معه"]
    assert e["recipient"] == ["الأحياء المحاصرة"] and e["location"] == ["شرقي حلب"]
    assert e["time"] == "صباح أمس" and e["date"] == "2016-12-14"


def test_future_assault_is_a_threat():
    evs, _ = events_of("وقالت الوزارة إن الجيش سيستمر بعملياته العسكرية في حلب.")
    e = one(evs, "THREATEN")
    assert e["status"] == "future" and e["mode"] == ["violence"]
    assert e["actor"] == ["الجيش"] and e["claim"] == "c1"


def test_hypothetical_and_negated():
    evs, _ = events_of("بينما كان يفترض البدء بإجلاء الجرحى من المدينة.")
    assert one(evs, "RETREAT")["status"] == "hypothetical"
    evs, _ = events_of("وأضاف أنه لم يكن هناك تنسيق بين القوات.")
    assert one(evs, "COOPERATE")["status"] == "negated"
    evs, _ = events_of("نفى الجيش قصف المستشفى الميداني.")
    assert one(evs, "ASSAULT")["status"] == "negated"


def test_magnitudes_from_the_sentence_quantities():
    # the deaths are the raid's outcome: one event with both counts
    evs, _ = events_of("قتل خمسة مدنيين وأصيب عشرة آخرون في غارة على البلدة.")
    raid = one(evs, "ASSAULT")
    assert raid["trigger"] == "غارة" and raid["dead"] == 5 and raid["injured"] == 10
    assert raid["location"] == ["البلدة"] and "aerial" in raid["mode"]
    # a killing alone is the event; its counted subject is the victims
    evs, _ = events_of("وقال المرصد إن 12 مدنيا قتلوا أمس.")
    e = one(evs, "ASSAULT")
    assert e["dead"] == 12 and e["recipient"] == ["12 مدنيا"] and e["actor"] == []
    evs, _ = events_of("وقال مصدر إن الحكومة علقت تنفيذ الاتفاق لارتفاع عدد الراغبين في "
                       "المغادرة من ألفي مقاتل إلى عشرة آلاف.")
    e = one(evs, "REJECT")
    assert e["trigger"] == "علقت تنفيذ" and e["actor"] == ["الحكومة"] and e["size"] == 10000


@pytest.mark.parametrize(("text", "field", "value"), [
    # a plural or feminine casualty verb after the count decides what it counts
    ("وأضاف إن ثمانية أشخاص آخرين أصيبوا جراء الهجوم.", "injured", 8),
    ("وقال إن ثلاث نساء أصبن في القصف.", "injured", 3),
    ("وقالت الشرطة إن سبعة أشخاص لقوا حتفهم في الانفجار.", "dead", 7),
    ("أدى الانفجار إلى مقتل مدني وإصابة 4 آخرين.", "injured", 4),
    # singular people after a casualty word count one each
    ("أدى الانفجار إلى مقتل مدني وإصابة 4 آخرين.", "dead", 1),
    ("أسفر الهجوم عن مقتل ضابط ومجند.", "dead", 2),
    ("أطلق الجنود الرصاص ما أدى إلى إصابة شابين.", "injured", 2),
])
def test_casualty_verbs_in_any_person_decide_the_field(text: str, field: str, value: int):
    evs, _ = events_of(text)
    assert one(evs, "ASSAULT")[field] == value


def test_multilateral_talks_and_third_party():
    evs, _ = events_of("وقال مصدر إن المحادثات تجري حاليا بين كل من النظام السوري وروسيا "
                       "وإيران وتركيا.")
    e = one(evs, "CONSULT")
    assert len(e["actor"]) == 4 and "multilateral" in e["mode"]
    evs, doc = events_of("وأشار إلى أن مفاوضات تجري حاليا مع الروس بوساطة تركية.")
    e = one(evs, "CONSULT")
    assert e["recipient"] == ["الروس"] and "third-party" in e["mode"]
    # a collective standing for an actor is linked through an entity (the contract)
    rid = doc.events[0].recipient[0].entity
    ent = next(x for x in doc.entities if x.id == rid)
    assert ent.link is not None and ent.link.name_en == "Russia"


def test_governed_and_anaphoric_nouns_are_not_new_events():
    evs, _ = events_of("وحصد هذا القصف آلاف القتلى.")
    assert evs == []
    evs, _ = events_of("وتقع البلدة تحت سيطرة المعارضة.")
    assert evs == []


def test_ids_in_text_order_and_spans_exact():
    evs, doc = events_of("قصفت الطائرات البلدة. ثم اعتقلت القوات عشرة أشخاص.")
    assert [e["id"] for e in evs] == ["v1", "v2"]
    assert [e["type"] for e in evs] == ["ASSAULT", "COERCE"]
    for v in doc.events:
        assert doc.text[v.trigger.start:v.trigger.end] == doc.span_text(v.trigger)


def test_trigger_lexicon_covers_all_plover_categories():
    types = {row[0] for row in read_tsv("events", "triggers.tsv")}
    assert types == set(PLOVER_TYPES)
    assert len(trigger_matcher()) > 300


def test_spans_valid_on_real_articles():
    """Claims and events on 40 demo-corpus articles: every span non-empty and exact."""
    import json
    from itertools import islice
    from pathlib import Path

    from rasd.pipeline import extract
    from rasd.readers.files import record_from_json

    demo = Path(__file__).resolve().parents[1] / "demo-data" / "saudinewsnet" / "articles.jsonl"
    n_claims = n_events = 0
    with demo.open(encoding="utf-8") as fh:
        for k, line in enumerate(islice(fh, 40)):
            doc = extract(record_from_json(json.loads(line), f"demo:{k}"), "2015-08-01")
            spans = [s for c in doc.claims for s in (c.speaker, c.cue, c.content, c.via) if s]
            spans += [s for v in doc.events for s in (v.trigger, *v.actor, *v.recipient,
                                                       *v.location)]
            for s in spans:
                assert 0 <= s.start < s.end <= len(doc.text)
            assert [c.id for c in doc.claims] == [f"c{i + 1}" for i in range(len(doc.claims))]
            assert [v.id for v in doc.events] == [f"v{i + 1}" for i in range(len(doc.events))]
            ids = {c.id for c in doc.claims}
            assert all(v.claim is None or v.claim in ids for v in doc.events)
            n_claims += len(doc.claims)
            n_events += len(doc.events)
    assert n_claims > 40 and n_events > 100


def test_word_order_variants():
    # a resumptive pronoun: the subject follows it
    evs, _ = events_of("وقال إن الأسلحة غنمت من مراكز عسكرية سيطر عليها الأكراد.")
    e = one(evs, "COERCE")
    assert e["actor"] == ["الأكراد"] and e["recipient"] == ["مراكز عسكرية"]
    # a conditional opens the clause: the verb's subject follows it
    evs, _ = events_of("ويضيف: إذا سيطر النظام على المنطقة فسيخسر الثوار الطريق.")
    e = one(evs, "COERCE")
    assert e["actor"] == ["النظام"] and e["status"] == "hypothetical"
    # the two parties of a clash, the second without its و: both act, none is only fought
    # (the recipients are the dead it tells)
    evs, _ = events_of("قتل ستة أشخاص في اشتباكات بين قوات الأمن ومقاتلين من الحزب.")
    e = one(evs, "ASSAULT")
    assert e["actor"][:2] == ["قوات الأمن", "مقاتلين"] and e["recipient"] == ["ستة أشخاص"] \
        and e["dead"] == 6


def test_status_markers_stay_in_their_phrase():
    evs, _ = events_of("وسيمهد تحديد المسؤولية عن هجمات الغاز السام الطريق للمحاسبة.")
    assert one(evs, "ASSAULT")["status"] == "asserted"  # the future is the paving's
    evs, _ = events_of("لا يزال الاشتباك مستمرا في المدينة.")
    assert one(evs, "ASSAULT")["status"] == "asserted"  # لا يزال = still
    evs, _ = events_of("لا هدنة إلا في حال انسحاب النظام من المدينة.")
    assert one(evs, "RETREAT")["status"] == "hypothetical"
    evs, _ = events_of("وقال إن الطرفين سيجريان المزيد من المحادثات الأسبوع المقبل.")
    assert one(evs, "CONSULT")["status"] == "future"


def test_fronted_place_phrase():
    evs, _ = events_of("وفي مدينة حلب، قصفت الطائرات الأحياء الشرقية.")
    assert one(evs, "ASSAULT")["location"] in (["حلب"], ["مدينة حلب"])
    # a place inside another phrase earlier in the sentence is not the event's
    evs, _ = events_of("كما قال المفاوض عن فصائل المعارضة في حلب إنهم تواصلوا مع الروس.")
    assert one(evs, "CONSULT")["location"] == []


def test_agent_after_a_trigger_noun():
    evs, _ = events_of("قتل 12 مدنيا في قصف لطيران النظام السوري على القرية.")
    e = one(evs, "ASSAULT")
    assert e["actor"] == ["طيران النظام السوري"] and e["location"] == ["القرية"]
    assert e["dead"] == 12
    evs, _ = events_of("وقع هجوم من قبل قوات النظام على البلدة.")
    assert one(evs, "ASSAULT")["actor"] == ["قوات النظام"]


# --- general argument rules (task E2) ------------------------------------------------


def test_chained_places_and_no_generic_place_recipient():
    evs, _ = events_of("شهيدين على الأقل سقطا في قصف عنيف على حي الجمعيات في مدينة البوكمال "
                       "بدير الزور.")
    e = one(evs, "ASSAULT")
    assert e["location"] == ["حي الجمعيات", "البوكمال", "دير الزور"] and e["recipient"] == []
    evs, _ = events_of("بالتزامن مع قصف قوات النظام لمواقع في منطقة داريا.")
    e = one(evs, "ASSAULT")  # مواقع names no target actor; داريا is where it happened
    assert e["actor"] == ["قوات النظام"] and e["recipient"] == [] and e["location"] == ["داريا"]


def test_a_definite_place_noun_points_back_at_the_named_place():
    evs, _ = events_of("دخلت قوات النظام مدينة الزبداني. وترافق ذلك مع قصف مدفعي على المدينة.")
    e = one(evs, "ASSAULT")
    assert e["location"] == ["الزبداني"]


def test_light_verb_before_its_noun_with_a_count_between():
    evs, _ = events_of('فيما شن الطيران السوري حوالي 25 غارة على تنظيم "داعش" في تدمر.')
    e = one(evs, "ASSAULT")
    assert e["actor"] == ["الطيران السوري"] and e["location"] == ["تدمر"]
    assert e["recipient"] == ['تنظيم "داعش"']


def test_agents_in_relative_clauses_and_object_pronouns():
    evs, _ = events_of("حصدت الغارات الجوية، التي يعتقد أن الطائرات الروسية نفذتها اليوم الأحد، "
                       "أرواح 18 مدنيا.")
    assert one(evs, "ASSAULT")["actor"] == ["الطائرات الروسية"]
    evs, _ = events_of("مصير 230 مواطنا من النازحين اختطفهم تنظيم الدولة الإسلامية.")
    e = one(evs, "ASSAULT")
    assert e["actor"] == ["تنظيم الدولة الإسلامية"] and e["recipient"] == ["النازحين"]


def test_participants_of_a_protest_and_object_after_an_aside():
    evs, _ = events_of("وشارك مئات السوريين في احتجاج نادر مساء السبت في مدينة اللاذقية.")
    e = one(evs, "PROTEST")
    assert e["actor"] == ["مئات السوريين"] and e["location"] == ["اللاذقية"]
    evs, _ = events_of("واتهم الجيش السوري في بيان يوم أمس الحكومة التركية بدعم الإرهاب.")
    e = one(evs, "ACCUSE")
    assert e["actor"] == ["الجيش السوري"] and e["recipient"] == ["الحكومة التركية"]


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("اعتصم نحو ألف سوري في مدينة اللاذقية أمس للمطالبة بمحاسبة القاتل.", "اعتصم", ["اللاذقية"]),
    ("ويعتصم العمال أمام مقر الوزارة منذ أسبوع.", "يعتصم", []),
    ("ونفذ مئات الموظفين اعتصاما في ساحة المدينة.", "اعتصاما", ["ساحة المدينة"]),
])
def test_a_sit_in_verb_or_noun_is_a_protest(text: str, trigger: str, place: list[str]):
    e = one(events_of(text)[0], "PROTEST")
    assert e["trigger"] == trigger and e["mode"] == ["strike"] and e["location"] == place


def test_background_events_are_historical():
    evs, _ = events_of("وبدأت المعارك في حلب في صيف 2012.")
    assert one(evs, "ASSAULT")["status"] == "historical"
    evs, _ = events_of("كما اتهمت حكومة الأسد، خلال شهر أبريل الماضي، الأردن بالمساهمة في ذلك.")
    e = one(evs, "ACCUSE")
    assert e["status"] == "historical" and e["recipient"] == ["الأردن"]
    evs, _ = events_of("بسبب المعارك التي كانت تحصل في مناطق الريف الشرقي.")
    assert one(evs, "ASSAULT")["status"] == "historical"
    evs, _ = events_of("قصفت الطائرات أمس مدينة حلب.")  # yesterday's news is news
    assert one(evs, "ASSAULT")["status"] == "asserted"


def test_conditions_after_and_scheduled_meetings():
    evs, _ = events_of("وقال إن طائرات النظام سيتم استهدافها في حال حلقت فوق المنطقة.")
    assert [e["status"] for e in evs] == ["hypothetical"]
    evs, _ = events_of("يجتمع المبعوث الدولي ستيفان دي ميستورا اليوم مع فصائل المعارضة في "
                       "إسطنبول.")
    e = one(evs, "CONSULT")
    assert e["status"] == "future" and e["recipient"] == ["فصائل المعارضة"]
    assert e["location"] == ["إسطنبول"]


def test_counts_after_the_number_and_within_the_clause():
    evs, _ = events_of("وقال المرصد إن طفلا واحدا على الأقل قتل في ضربات جوية على حلب.")
    assert one(evs, "ASSAULT")["dead"] == 1
    evs, _ = events_of("سقط نحو (260) شهيداً منهم: (34) استشهدوا في غارات جوية على درعا.")
    assert one(evs, "ASSAULT")["dead"] == 34


def test_a_pronoun_subject_takes_the_speaker_or_the_previous_actor():
    evs, _ = events_of("وقالت فصائل المعارضة إنهم تواصلوا مع الروس للاستفسار.")
    e = one(evs, "CONSULT")
    assert e["actor"] == ["فصائل المعارضة"] and e["recipient"] == ["الروس"]
    evs, _ = events_of("واتهمت الفصائل قوات النظام بخرق الهدنة. وهم رفضوا وقف إطلاق النار.")
    assert one(evs, "REJECT")["actor"] == ["الفصائل"]  # not the object after the verb


def test_a_place_genitive_of_an_event_noun_is_its_location():
    # (the advance is an event of its own since events48; the battles noun is the one tested)
    evs, _ = events_of("وتقدمت القوات في معارك الزبداني.")
    assert [e["location"] for e in evs if e["trigger"] == "معارك"] == [["الزبداني"]]
    evs, _ = events_of("إقامة منطقة حظر طيران من 90 كلم بين مدينتي مارع وجرابلس.")
    e = one(evs, "COERCE")  # places listed after بين are no actors
    assert e["actor"] == [] and e["location"] == ["مارع", "جرابلس"]


def test_a_place_that_witnesses_an_event():
    evs, _ = events_of("دخلت القوات مدينة الزبداني. وشهدت المدينة اشتباكات عنيفة.")
    assert [e["location"] for e in evs if e["trigger"] == "اشتباكات"] == [["الزبداني"]]


def test_accusative_trigger_nouns_and_future_light_verbs():
    evs, _ = events_of("شن الجيش هجوما على المدينة.")
    e = one(evs, "ASSAULT")
    assert e["trigger"] == "هجوما" and e["actor"] == ["الجيش"] and e["status"] == "asserted"
    evs, _ = events_of("وقالت إن قوات التحالف ستقوم عند الضرورة بطلعات استطلاع وضربات.")
    assert [e["status"] for e in evs if e["trigger"] == "ضربات"] == ["future"]


def test_a_text_that_ends_at_a_role_preposition_has_no_error():
    # a real region article (snn_region_0470) cut after «في إشارة إلى»: the recipient's
    # preposition was the last word, and its owner phrase was read past the end
    text = ("من جانبه، هاجم رئيس حكومة الاحتلال، بنيامين نتنياهو، الأحد، السلطة الفلسطينية "
            "قائلاً: إننا «نستنكر الإرهاب»، في إشارة إلى جريمة دوما والاعتداء على")
    evs, _ = events_of(text)
    assert any(e["trigger"] == "هاجم" for e in evs)
