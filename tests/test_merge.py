"""Cross-report merging: hand-built documents with explicit events and claims,
in real Arabic news sentences, stored through the real store on each backend."""

from __future__ import annotations

import store_helpers
from rasd.store import Filters, Store
from rasd.store.merge import Cluster as MCluster
from rasd.store.merge import Mention, Place, conflicts, merged_id, score
from store_helpers import (
    ALEPPO,
    IDLIB,
    OPPOSITION,
    REGIME,
    RUSSIA,
    claim,
    document,
    entity,
    event,
    role,
)

SHELLING_A = ("قصفت طائرات حربية روسية أحياء في مدينة حلب صباح الثلاثاء، ما أسفر عن مقتل 12 "
              "مدنيا وإصابة 30 آخرين، بحسب الدفاع المدني.")
SHELLING_B = ("قتل عشرة مدنيين على الأقل في غارات جوية روسية استهدفت حلب يوم الثلاثاء، وفق "
              "المرصد السوري لحقوق الإنسان.")
BREACH_RU = ("اتهمت وزارة الدفاع الروسية فصائل المعارضة بخرق وقف إطلاق النار في حلب مساء "
             "الخميس.")
BREACH_OPP = ("قال المرصد السوري إن قوات النظام خرقت وقف إطلاق النار في حلب مساء الخميس بقصف "
              "مدفعي على حي الشيخ سعيد.")

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set


def shelling(text: str, trigger: str, actor: str, source: str, dead: int,
             date: str = "2016-12-13", published: str = "2016-12-14"):
    ents = [entity(text, "e1", actor, "LOC", RUSSIA), entity(text, "e2", "حلب", "LOC", ALEPPO)]
    ev = event(text, "v1", "ASSAULT", trigger, actor=[role(text, actor, "e1")],
               location=[role(text, "حلب", "e2")], date=date, dead=dead)
    return document(text, source, published, entities=ents, events=[ev])


def breach_docs():
    ru_ents = [entity(BREACH_RU, "e1", "وزارة الدفاع الروسية", "ORG"),
               entity(BREACH_RU, "e2", "فصائل المعارضة", "ORG", OPPOSITION),
               entity(BREACH_RU, "e3", "حلب", "LOC", ALEPPO)]
    ru_claim = claim(BREACH_RU, "c1", "وزارة الدفاع الروسية", "اتهمت",
                     "فصائل المعارضة بخرق وقف إطلاق النار في حلب مساء الخميس", "e1")
    ru_event = event(BREACH_RU, "v1", "ASSAULT", "خرق وقف إطلاق النار",
                     actor=[role(BREACH_RU, "فصائل المعارضة", "e2")],
                     location=[role(BREACH_RU, "حلب", "e3")], date="2016-12-15")
    ru = document(BREACH_RU, "sana", "2016-12-16", entities=ru_ents, events=[ru_event],
                  claims=[ru_claim])
    op_ents = [entity(BREACH_OPP, "e1", "المرصد السوري", "ORG"),
               entity(BREACH_OPP, "e2", "قوات النظام", "ORG", REGIME),
               entity(BREACH_OPP, "e3", "حلب", "LOC", ALEPPO)]
    op_claim = claim(BREACH_OPP, "c1", "المرصد السوري", "قال",
                     "قوات النظام خرقت وقف إطلاق النار في حلب مساء الخميس بقصف مدفعي على حي "
                     "الشيخ سعيد", "e1")
    op_event = event(BREACH_OPP, "v1", "ASSAULT", "خرقت",
                     actor=[role(BREACH_OPP, "قوات النظام", "e2")],
                     location=[role(BREACH_OPP, "حلب", "e3")], date="2016-12-15")
    op = document(BREACH_OPP, "orient", "2016-12-15", entities=op_ents, events=[op_event],
                  claims=[op_claim])
    return ru, op


def test_two_reports_of_one_shelling_are_one_event_with_two_sources(store_url):
    a = shelling(SHELLING_A, "قصفت", "روسية", "aljazeera", 12)
    b = shelling(SHELLING_B, "غارات", "روسية", "alarabiya", 10, published="2016-12-13")
    with Store.open(store_url) as st:
        st.add_documents([a])
        st.add_documents([b])
        merged = st.merged_events()
        assert merged.total == 1
        m = merged.items[0]
        assert m["reports"] == 2
        assert m["outlets"] == ["alarabiya", "aljazeera"]
        assert m["type"] == "ASSAULT" and m["date"] == "2016-12-13"
        assert m["conflicts"] == 0  # 12 vs 10 dead is within tolerance
        assert m["lat"] == ALEPPO.lat
        full = st.merged_event(m["id"])
        assert {e["doc_id"] for e in full["members"]} == {a.id, b.id}
        assert full["conflict_list"] == []
        s = st.stats()
        assert (s["events"], s["merged_events"], s["multi_report_events"]) == (2, 1, 1)
        assert st.timeline() == [{"date": "2016-12-13", "category": "ASSAULT", "count": 1}]


def test_opposing_claims_about_who_broke_a_ceasefire_are_a_conflict(store_url):
    ru, op = breach_docs()
    with Store.open(store_url) as st:
        st.add_documents([ru, op])
        assert st.merged_events().total == 1
        m = st.merged_events().items[0]
        assert m["reports"] == 2 and m["conflicts"] == 1
        full = st.merged_event(m["id"])
        (conflict,) = full["conflict_list"]
        assert conflict["kind"] == "actor"
        told = {a["source"]: a["value"] for a in conflict["accounts"]}
        assert told == {"sana": ["المعارضة السورية"], "orient": ["الجيش السوري"]}
        # the claims made about it, side by side, with their speakers
        speakers = {c["source"]: c["speaker"]["text"] for c in full["claims"]}
        assert speakers == {"sana": "وزارة الدفاع الروسية", "orient": "المرصد السوري"}
        assert st.conflicts().total == 1
        assert st.conflicts(Filters(category="AID")).total == 0
        assert st.stats()["conflicts"] == 1


def test_assertion_against_denial_is_a_status_conflict(store_url):
    said = "أعلن الجيش السوري سيطرته على بلدة خان شيخون في ريف إدلب."
    denied = "نفت فصائل المعارضة سيطرة قوات النظام على خان شيخون في ريف إدلب."
    docs = []
    for text, actor, status, src in ((said, "الجيش السوري", "asserted", "sana"),
                                     (denied, "قوات النظام", "negated", "orient")):
        trig = "سيطرته" if status == "asserted" else "سيطرة"
        ents = [entity(text, "e1", actor, "ORG", REGIME), entity(text, "e2", "إدلب", "LOC", IDLIB)]
        docs.append(document(text, src, "2019-08-20", entities=ents, events=[
            event(text, "v1", "COERCE", trig, actor=[role(text, actor, "e1")],
                  location=[role(text, "إدلب", "e2")], status=status)]))
    with Store.open(store_url) as st:
        st.add_documents(docs)
        (m,) = st.merged_events().items
        assert m["statuses"] == ["asserted", "negated"]
        kinds = [c["kind"] for c in st.merged_event(m["id"])["conflict_list"]]
        assert kinds == ["status"]


def test_different_casualty_counts_are_a_conflict(store_url):
    five = "قتل 5 مدنيين في غارة روسية على مدينة إدلب."
    many = "قتل 25 مدنيا في غارة روسية على مدينة إدلب."
    docs = []
    for text, dead, src in ((five, 5, "a"), (many, 25, "b")):
        ents = [entity(text, "e1", "روسية", "LOC", RUSSIA),
                entity(text, "e2", "إدلب", "LOC", IDLIB)]
        docs.append(document(text, src, "2019-08-20", entities=ents, events=[
            event(text, "v1", "ASSAULT", "غارة", actor=[role(text, "روسية", "e1")],
                  location=[role(text, "إدلب", "e2")], dead=dead)]))
    with Store.open(store_url) as st:
        st.add_documents(docs)
        (m,) = st.merged_events().items
        (c,) = st.merged_event(m["id"])["conflict_list"]
        assert (c["kind"], c["field"]) == ("casualties", "dead")
        assert sorted(a["value"] for a in c["accounts"]) == [5, 25]
        assert m["dead"] == 25


def test_other_day_or_other_place_is_another_event(store_url):
    a = shelling(SHELLING_A, "قصفت", "روسية", "aljazeera", 12)
    later = shelling(SHELLING_B, "غارات", "روسية", "alarabiya", 10, date="2016-12-18",
                     published="2016-12-18")
    text = "قصفت طائرات روسية مدينة إدلب صباح الثلاثاء."
    ents = [entity(text, "e1", "روسية", "LOC", RUSSIA), entity(text, "e2", "إدلب", "LOC", IDLIB)]
    elsewhere = document(text, "reuters", "2016-12-13", entities=ents, events=[
        event(text, "v1", "ASSAULT", "قصفت", actor=[role(text, "روسية", "e1")],
              location=[role(text, "إدلب", "e2")])])
    with Store.open(store_url) as st:
        st.add_documents([a, later, elsewhere])
        assert st.merged_events().total == 3
        assert st.stats()["multi_report_events"] == 0


def test_event_filters_actor_place_category_dates(store_url):
    a = shelling(SHELLING_A, "قصفت", "روسية", "aljazeera", 12)
    ru, op = breach_docs()
    with Store.open(store_url) as st:
        st.add_documents([a, ru, op])
        assert st.events(Filters(actor="country-RU")).total == 1
        assert st.events(Filters(actor="Russia")).total == 1  # English KB name
        assert st.events(Filters(actor="روسيه")).total == 1  # the surface, any spelling
        assert st.events(Filters(actor="قوات النظام")).total == 1
        assert st.events(Filters(place="sy-aleppo")).total == 3
        assert st.events(Filters(place="حلب", date_from="2016-12-14")).total == 2
        assert st.events(Filters(category="ASSAULT", outlet="sana")).total == 1
        assert st.events(Filters(category="AID")).total == 0
        assert st.merged_events(Filters(actor="org-syrian-army")).total == 1
        assert st.documents(filters=Filters(place="Aleppo")).total == 3
        claims = st.claims(Filters(actor="المرصد السوري"))
        assert claims.total == 1 and claims.items[0]["events"] == [f"{op.id}:v1"]
        assert st.network() == []  # no event here names a recipient
        places = st.places().items
        assert places[0]["key"] == "sy-aleppo" and places[0]["events"] == 2
        actors = {x["key"]: x for x in st.actors().items}
        assert actors["country-RU"]["events"] == 1


def test_network_edges_carry_quad_and_counts(store_url):
    text = "قصفت القوات الروسية مواقع المعارضة في حلب."
    ents = [entity(text, "e1", "الروسية", "LOC", RUSSIA),
            entity(text, "e2", "المعارضة", "ORG", OPPOSITION),
            entity(text, "e3", "حلب", "LOC", ALEPPO)]
    doc = document(text, "x", "2016-12-01", entities=ents, events=[
        event(text, "v1", "ASSAULT", "قصفت", actor=[role(text, "الروسية", "e1")],
              recipient=[role(text, "المعارضة", "e2")], location=[role(text, "حلب", "e3")])])
    with Store.open(store_url) as st:
        st.add_documents([doc])
        (edge,) = st.network()
        assert (edge["source"], edge["target"], edge["count"]) == ("country-RU",
                                                                   "org-syrian-opposition", 1)
        assert edge["quad"] == "material-conflict" and edge["categories"] == {"ASSAULT": 1}


# --- the rules alone ---------------------------------------------------------------


def _m(doc: str, date: str, actors: dict[str, str], places: list[Place], source: str,
       **kw) -> Mention:
    return Mention(doc, "v1", source, "ASSAULT", date, actors=actors, places=places, **kw)


def test_rules_place_distance_and_missing_place():
    aleppo = Place("sy-aleppo", "حلب", 36.20, 37.13)
    near = Place("sy-aleppo-east", "حلب الشرقية", 36.21, 37.18)  # ~5 km
    idlib = Place("sy-idlib", "إدلب", 35.93, 36.63)  # ~55 km
    ru = {"country-RU": "روسيا"}
    first = _m("d1", "2016-12-13", ru, [aleppo], "a")
    c = MCluster.start(first)
    assert c.id == merged_id(first)
    assert score(_m("d2", "2016-12-14", ru, [near], "b"), c) is not None
    assert score(_m("d2", "2016-12-13", ru, [idlib], "b"), c) is None
    assert score(_m("d2", "2016-12-15", ru, [aleppo], "b"), c) is None  # two days later
    # no place: the actor must agree
    assert score(_m("d2", "2016-12-13", ru, [], "b"), c) is not None
    assert score(_m("d2", "2016-12-13", {"org-x": "x"}, [], "b"), c) is None
    assert score(_m("d2", None, ru, [aleppo], "b"), c) is None  # no date: never merged


def test_rules_conflicts_need_different_sources():
    p = [Place("sy-aleppo", "حلب")]
    same_outlet = [_m("d1", "2016-12-13", {"a": "A"}, p, "x"),
                   _m("d2", "2016-12-13", {"b": "B"}, p, "x")]
    assert conflicts("m1", same_outlet) == []
    two = [_m("d1", "2016-12-13", {"a": "A"}, p, "x", dead=3),
           _m("d2", "2016-12-13", {"b": "B"}, p, "y", dead=4)]
    assert [c["kind"] for c in conflicts("m1", two)] == ["actor"]
    # unlinked surfaces (keys ~...) are worded differently too often to count
    surfaces = [_m("d1", "2016-12-13", {"~طائرات حربيه روسيه": "x"}, p, "x"),
                _m("d2", "2016-12-13", {"~الطيران الروسي": "y"}, p, "y")]
    assert conflicts("m1", surfaces) == []


# --- through the real pipeline --------------------------------------------------------


def test_real_pipeline_two_reports_of_one_shelling_merge(store_url):
    from rasd.pipeline import extract_text

    a = extract_text(SHELLING_A, published="2016-12-14", source="aljazeera")
    b = extract_text(SHELLING_B, published="2016-12-14", source="alarabiya")
    with Store.open(store_url) as st:
        st.add_documents([a, b])
        merged = st.merged_events(Filters(category="ASSAULT", place="حلب")).items
        both = [m for m in merged if m["outlets"] == ["alarabiya", "aljazeera"]]
        assert both, merged
        assert both[0]["reports"] == 2 and both[0]["date"] == "2016-12-13"
