"""The knowledge base: loading, sizes, lookups, dated roles, reproducible build."""

from __future__ import annotations

import filecmp
import subprocess
import sys

import pytest

from conftest import REPO, SHARED
from rasd.entities.kb import KB_DIR, get_kb, load_kb, name_key


@pytest.fixture(scope="module")
def kb():
    return get_kb()


def test_loads_once_with_sane_sizes(kb) -> None:
    assert get_kb() is kb  # cached per process
    sizes = kb.sizes()
    assert 240 <= sizes["country"] <= 260
    assert sizes["governorate"] >= 14 and sizes["district"] >= 60 and sizes["subdistrict"] >= 270
    assert sizes["person"] >= 100
    assert sizes["city"] >= 1000
    assert sizes["armed-group"] >= 30 and sizes["media"] >= 10 and sizes["ministry"] >= 20
    assert sizes["role-terms"] >= 50


def test_every_entry_is_well_formed(kb) -> None:
    for e in kb.entries.values():
        assert e.names_ar and e.name_en, e.id
        if e.is_place and e.source in ("curated", "opensyria"):
            assert e.lat is not None and e.lon is not None, e.id
            assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180, e.id
        if e.affiliation and not e.affiliation.startswith("country-"):
            assert e.affiliation in kb.entries, (e.id, e.affiliation)
    for term in kb.roles:
        assert kb.get(term.holder) and kb.get(term.holder).kind == "person", term.holder


def test_names_are_normalized_for_lookup(kb) -> None:
    assert kb.lookup("إدلب")[0].name_en == "Idlib"
    assert kb.lookup("ادلب")[0].id == kb.lookup("إدلب")[0].id
    assert kb.lookup("روسيا")[0].id == "country-RU"
    assert kb.lookup("الولايات المتحدة الأمريكية")[0].name_en == "United States"
    assert "Russian Defence Ministry" in kb.lookup("وزارة الدفاع الروسية")[0].english_names()
    assert name_key("لواء (فاطميون)") == name_key("لواء فاطميون")


def test_roles_pick_the_holder_by_date(kb) -> None:
    assert kb.holder("وزير الخارجية الروسي", "2016-12-15").name_en == "Sergey Lavrov"
    assert kb.holder("وزير الخارجية الروسي", "1999-06-01").name_en == "Igor Ivanov"
    assert kb.holder("وزير الخارجية الأمريكي", "2016-12-15").name_en == "John Kerry"
    assert kb.holder("وزير الخارجية الأميركي", "2022-03-01").name_en == "Antony Blinken"
    assert kb.holder("الرئيس السوري", "2016-12-15").name_en == "Bashar al-Assad"
    assert kb.holder("الرئيس السوري", "1995-01-01").name_en == "Hafez al-Assad"
    assert kb.holder("الأمين العام لحزب الله", "2016-01-01").name_en == "Hassan Nasrallah"
    assert kb.holder("وزير الخارجية الروسي", None) is None  # several holders, no date
    assert kb.holder("المرشد الأعلى الإيراني", None).name_en == "Ali Khamenei"


@pytest.mark.parametrize(("role", "date", "who"), [
    ("وزير الخارجية السعودي", "2015-03-01", "Saud bin Faisal bin Abdulaziz Al Saud"),
    ("وزير الخارجية السعودي", "2015-08-03", "Adel al-Jubeir"),
    ("وزير الخارجية القطري", "2015-08-03", "Khalid bin Mohammad Al Attiyah"),
    ("وزير الخارجية الأردني", "2015-08-08", "Nasser Judeh"),
    ("وزير الخارجية الأردني", "2018-01-01", "Ayman Safadi"),
    ("وزير الخارجية الفرنسي", "2016-06-01", "Jean-Marc Ayrault"),
    ("العاهل الأردني", "2015-08-08", "Abdullah II of Jordan"),
    ("رئيس الوزراء المصري", "2015-08-01", "Ibrahim Mahlab"),
    ("رئيس الوزراء المصري", "2016-08-01", "Sherif Ismail"),
    ("وزير الدفاع السوري", "2015-08-01", "Fahd Jassem al-Freij"),
    ("ولي العهد السعودي", "2016-01-01", "Muhammad bin Nayef"),
    ("ولي العهد السعودي", "2018-01-01", "Mohammed bin Salman"),
    ("ولي ولي العهد السعودي", "2016-01-01", "Mohammed bin Salman"),
    ("أمير قطر", "2010-01-01", "Hamad bin Khalifa Al Thani"),
    ("أمير قطر", "2015-08-01", "Tamim bin Hamad Al Thani"),
    ("خادم الحرمين الشريفين", "2015-08-01", "Salman of Saudi Arabia"),
    ("خادم الحرمين الشريفين", "2012-01-01", "Abdullah of Saudi Arabia"),
    ("رئيس النظام السوري", "2015-08-01", "Bashar al-Assad"),
])
def test_regional_offices_pick_the_holder_by_date(kb, role, date, who) -> None:
    assert kb.holder(role, date).name_en == who


def test_actors_places_and_outlets_of_the_region_are_known(kb) -> None:
    expect = {
        "الجبهة الشامية": ("armed-group", "SY"), "جند الأقصى": ("armed-group", "SY"),
        "الدرر الشامية": ("media", "SY"), "صحيفة سبق": ("media", "SA"),
        "عين اليوم": ("media", "SA"), "وكالة الأنباء الأردنية": ("media", "JO"),
        "يني شفق": ("media", "TR"), "حزب الشعوب الديمقراطي": ("party", "TR"),
        "الكونغرس الأمريكي": ("government", "US"), "باب توما": ("neighbourhood", "SY"),
        "سروج": ("town", "TR"), "حضرموت": ("governorate", "YE"), "بكين": ("city", "CN"),
        "مكة المكرمة": ("city", "SA"), "محمد بن نايف": ("person", "SA"),
        "تشاوش أوغلو": ("person", "TR"), "صلاح الدين دميرطاش": ("person", "TR"),
    }
    for name, (kind, country) in expect.items():
        top = kb.lookup(name)[0]
        assert (top.kind, top.country) == (kind, country), name
    # bylines' outlets that are everyday words need a cue (صحيفة سبق), bare سبق does not link
    assert kb.needs_context(name_key("سبق"), kb.lookup("سبق")[0])
    assert not [e for e in kb.lookup("البحر") if e.source == "curated"]


def test_common_words_and_foreign_collisions_are_flagged(kb) -> None:
    assert not [e for e in kb.lookup("سيرجي") if e.is_place]  # not Cergy
    assert not [e for e in kb.lookup("كيري") if e.is_place]  # not Chieri
    for word in ("الحكومة", "صور", "الباب", "الثورة"):
        key = name_key(word)
        assert all(kb.needs_context(key, e) for e in kb.by_key(key) if e.is_place), word
    assert not kb.needs_context(name_key("حلب"), kb.lookup("حلب")[0])


def test_nationalities_map_to_countries(kb) -> None:
    for word, iso in (("الروس", "RU"), ("الروسية", "RU"), ("تركية", "TR"), ("الأتراك", "TR"),
                      ("الإيرانية", "IR"), ("الإيرانيون", "IR"), ("الأمريكي", "US"),
                      ("الأميركية", "US")):
        assert kb.nationality(word).country == iso, word


@pytest.mark.skipif(not (SHARED / "data" / "gazetteers").is_dir(), reason="no shared data")
def test_build_is_reproducible(tmp_path) -> None:
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_kb.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    built = KB_DIR / "built"
    names = sorted(p.name for p in built.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir())
    _, mismatch, errors = filecmp.cmpfiles(built, tmp_path, names, shallow=False)
    assert not mismatch and not errors, mismatch
    assert load_kb().sizes() == load_kb(KB_DIR).sizes()


def test_generated_institutions_defer_to_curated_entries(kb) -> None:
    # وزارة الدفاع الأمريكية is the curated Pentagon entry, not a generated copy
    assert "org-american-mod" not in kb.entries
    ids = {e.id for e in kb.lookup("وزارة الدفاع الأمريكية")}
    assert len(ids) == 1 and kb.get(ids.pop()).source == "curated"
    assert kb.bare[name_key("الدفاع المدني")].ids["SY"] == "org-white-helmets"


@pytest.mark.parametrize(("role", "date", "who"), [
    ("رئيس الوزراء العراقي", "2015-08-01", "Haider al-Abadi"),
    ("رئيس الوزراء العراقي", "2019-06-01", "Adil Abdul-Mahdi"),
    ("رئيس الوزراء اليمني", "2017-01-01", "Ahmed Obaid bin Daghr"),
    ("رئيس الوزراء اللبناني", "2015-08-01", "Tammam Salam"),
    ("رئيس الحكومة الفلسطينية", "2015-08-01", "Rami Hamdallah"),
    ("الرئيس الصومالي", "2018-01-01", "Mohamed Abdullahi Mohamed"),
    ("الرئيس الأفغاني", "2015-08-01", "Ashraf Ghani"),
    ("الرئيس النيجيري", "2015-08-01", "Muhammadu Buhari"),
    ("وزير الدفاع العراقي", "2015-08-01", "Khalid al-Obaidi"),
    ("وزير الدفاع الإسرائيلي", "2025-01-01", "Israel Katz"),
    ("رئيس مجلس النواب العراقي", "2015-08-01", "Salim al-Jabouri"),
    ("رئيس مجلس السيادة السوداني", "2023-05-01", "Abdel Fattah al-Burhan"),
    ("زعيم حركة طالبان", "2015-06-01", "Mullah Omar"),
    ("زعيم حركة طالبان", "2015-09-01", "Akhtar Mansour"),
    ("زعيم تنظيم داعش", "2016-01-01", "Abu Bakr al-Baghdadi"),
    ("رئيس المكتب السياسي لحركة حماس", "2020-01-01", "Ismail Haniyeh"),
    ("المتحدث باسم التحالف العربي", "2015-08-01", "Ahmed Asiri"),
    ("المبعوث الأممي إلى ليبيا", "2015-08-01", "Bernardino León"),
    ("المبعوث الأممي إلى اليمن", "2015-08-01", "Ismail Ould Cheikh Ahmed"),
])
def test_offices_of_other_wars_pick_the_holder_by_date(kb, role, date, who) -> None:
    assert kb.holder(role, date).name_en == who


def test_a_shared_role_phrase_is_scoped_by_the_documents_country(kb) -> None:
    # المبعوث الأممي: the UN envoy to whichever war the document is about
    assert kb.holder("المبعوث الأممي", "2015-08-01", ["YE", "SA"]).name_en == (
        "Ismail Ould Cheikh Ahmed")
    assert kb.holder("المبعوث الأممي", "2015-08-01", ["SY"]).name_en == "Staffan de Mistura"
    assert kb.holder("المبعوث الأممي", "2015-08-01", ["LY"]).name_en == "Bernardino León"
    assert kb.holder("المبعوث الأممي", "2015-08-01") is None  # no country: no guess


def test_hierarchy_is_explicit_and_queryable(kb) -> None:
    assert [a.id for a in kb.ancestors("org-russian-air-force")] == [
        "org-russian-mod", "country-RU"]
    assert kb.parent("org-syrian-army").id == "org-syrian-government"
    assert kb.parent("org-syrian-government").id == "country-SY"
    assert kb.is_part_of("org-golden-division", "org-iraqi-army")
    assert kb.is_part_of("org-kataib-hezbollah", "org-pmf")
    assert kb.same_side("org-syrian-army", "org-syrian-government")
    assert kb.same_side("org-sinai-province", "org-isis")
    assert not kb.same_side("org-rsf", "org-saf")
    assert not kb.is_part_of("org-hezbollah", "country-LB")  # an armed group, not the state


def test_agencies_and_outlets_of_other_wars_are_orgs(kb) -> None:
    for name in ("بغداد اليوم", "السومرية نيوز", "وكالة الأنباء العراقية", "وكالة وفا",
                 "الوكالة الوطنية للإعلام", "وكالة السودان للأنباء", "وكالة الأنباء الليبية",
                 "المصري اليوم"):
        assert kb.lookup(name)[0].kind == "media", name
    # a city-named outlet needs an outlet cue: the words also say "Baghdad today"
    assert kb.needs_context(name_key("بغداد اليوم"), kb.lookup("بغداد اليوم")[0])


@pytest.mark.parametrize(("role", "date", "holder"), [
    ("الرئيس الكيني", "2015-07-27", "Uhuru Kenyatta"),
    ("الرئيس الكيني", "2023-01-01", "William Ruto"),
    ("النائب العام المصري", "2015-03-01", "Hisham Barakat"),
    ("قائد الجيش الباكستاني", "2020-01-01", "Qamar Javed Bajwa"),
    ("رئيس الوزراء الإثيوبي", "2016-01-01", "Hailemariam Desalegn"),
])
def test_dated_roles_of_the_other_wars(kb, role: str, date: str, holder: str) -> None:
    assert kb.holder(role, date).name_en == holder
