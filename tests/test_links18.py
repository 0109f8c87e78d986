"""links18 (issue 14): a district named with its head noun (مديرية لودر، قضاء الزبير) is the
district, not the seat town GeoNames gives for the bare name; the bare name stays the town.
Yemen's 333 districts and Iraq's remaining ones are curated (`curated/places.tsv`).
Sentences from the dev sets (fresh13), the demo corpus and the region news."""

from __future__ import annotations

from collections import Counter

import pytest

from link_helpers import links_of
from rasd.entities.kb import get_kb

# (sentence, the mention's span (with its head noun since links9), the entry it must link)
DISTRICTS = [
    # fresh13 resistance-takes-lawdar-*: the district after its head noun, not Lawdar town
    ("وأضافت المصادر أن المقاومة الشعبية شرعت مساء أمس بتنفيذ عملية تمشيط واسعة لمديرية "
     "لودر بعد فرار المسلحين الحوثيين منها.", "مديرية لودر", "ye-dist-lawdar-district"),
    # fresh13 taiz-mikhlafi-*: Aden's Crater (Sirah) district
    ("استكملت المقاومة الشعبية تطهير آخر جيوب مليشيا الحوثي وصالح في مديرية كريتر بالقضاء "
     "عليهم.", "مديرية كريتر", "ye-dist-crater-district"),
    # fresh13 coalition-warships-*: a district whose name is two words, head noun before it
    ("وقصفت مقاتلات التحالف بغارتين جويتين معسكر المنار في مديرية الحيمة الخارجية غرب "
     "العاصمة، التابعة لمحافظة صنعاء.", "مديرية الحيمة الخارجية",
     "ye-dist-al-haymah-al-kharijiyah-district"),
    # region news: the head noun inside the span, the district of that very name
    ("متجهة إلى مديرية سيئون 5 منها تحمل مستلزمات ومحاليل طبية.", "مديرية سيئون",
     "ye-dist-say-un-district"),
    # demo corpus: a district GeoNames has no town for
    ("هجوم مسلح على نقطة تابعة لميليشيات الحوثي بمديرية الخبت المحاذية لمديرية القناوص.",
     "مديرية الخبت", "ye-dist-al-khabt-district"),
    # Iraq: قضاء before a seat town's name
    ("وقال مسؤول محلي إن الاشتباكات امتدت إلى قضاء الزبير جنوب غربي البصرة.", "قضاء الزبير",
     "iq-qadaa-al-zubair"),
]


@pytest.mark.parametrize(("text", "span", "entry"), DISTRICTS)
def test_a_district_by_its_head_noun_is_the_district(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span) == entry, got


# (sentence, the mention, the town it stays): the bare name, or «مدينة X», is the seat town
TOWNS = [
    # region news: the town of Lawdar beside its district
    ("وقتل ثلاثة مسلحين حوثيين في مدينة لودر بمحافظة أبين جنوب اليمن.", "لودر", "gn-ye-lawdar"),
    # fresh13 taiz-new-front-*: المخاء the town, though its district is curated
    ("سيطرت المقاومة على المخاء، وتقدمت نحو ميناء المخاء.", "المخاء", "ye-town-mokha"),
    # Iraq: الفاو alone is the town, قضاء الفاو the district
    ("وتقدمت القوات العراقية نحو الفاو جنوب البصرة.", "الفاو", "iq-town-al-faw"),
]


@pytest.mark.parametrize(("text", "span", "entry"), TOWNS)
def test_the_bare_name_stays_the_seat_town(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span) == entry, got


def test_head_noun_picks_the_country_whose_district_it_names() -> None:
    # مديرية is Yemen's word: مديرية جبلة is Ibb's Jiblah District, منطقة جبلة Syria's Jableh
    got = links_of("اندلعت اشتباكات في مديرية جبلة بمحافظة إب اليمنية.")
    assert got.get("مديرية جبلة") == "ye-dist-jiblah-district", got


def test_yemen_has_its_333_districts_under_its_governorates() -> None:
    kb = get_kb()
    dists = [e for e in kb.entries.values() if e.kind == "district" and e.country == "YE"]
    # 333 and Markhah, the undivided district (now Upper and Lower) the news still names
    assert len(dists) == 334 and kb.get("ye-dist-markhah-district") is not None
    per = Counter(e.affiliation for e in dists)
    # the 2004 census list (Socotra's two under the 2013 governorate)
    assert per["ye-gov-hajjah"] == 31 and per["ye-gov-taiz"] == 23
    assert per["ye-gov-amanat-al-asimah"] == 10 and per["ye-gov-socotra"] == 2
    assert all(kb.get(g) is not None and kb.get(g).kind == "governorate" for g in per)
    # every one answers to «مديرية X»
    assert all(any(n.startswith("مديرية ") for n in e.names_ar) for e in dists)


def test_iraq_districts_cover_every_governorate() -> None:
    kb = get_kb()
    dists = [e for e in kb.entries.values() if e.kind == "district" and e.country == "IQ"
             and any(n.startswith("قضاء ") for n in e.names_ar)]
    assert len(dists) >= 110
    govs = {e.affiliation for e in dists}
    assert {"iq-gov-basra", "iq-gov-maysan", "iq-gov-wasit", "iq-gov-sulaymaniyah",
            "iq-gov-najaf", "iq-gov-karbala", "iq-gov-dhi-qar", "iq-gov-muthanna"} <= govs


@pytest.mark.parametrize(("town", "entry"), [
    ("لودر", "gn-ye-lawdar"), ("حيس", "gn-ye-hays"), ("سيئون", "city-ye-say-un"),
    ("مخمور", None)])
def test_a_headed_district_name_leaves_the_bare_name_to_the_town(town: str,
                                                                  entry: str | None) -> None:
    # the builder keeps the GeoNames seat town of «مديرية X» (as of «قضاء X»)
    ids = [e.id for e in get_kb().lookup(town)]
    if entry is None:
        assert not any(i.startswith("iq-qadaa") for i in ids), ids
    else:
        assert entry in ids, ids
