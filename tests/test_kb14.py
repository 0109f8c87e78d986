"""kb14 (issue 14): a one-word place the KB names only as a district (مديرية عتمة, no town
عتمة) is that district; the English forms a link answers to (a place's al-, a final ة written
-a, a possessive as a noun before a noun, Daesh/ISIS/ISIL, Ezzeddine's spellings); Paul Biya;
an outlet named by an everyday word (اللواء) is no brigade nor a general's rank. Sentences
from the region news, the demo corpus and the dev sets (fresh19)."""

from __future__ import annotations

import pytest

from link_helpers import links_of
from rasd.entities.kb import get_kb
from rasd.evaluate import _link_ok

# (sentence, the mention, the entry it must link; None: stays unlinked)
DISTRICTS = [
    # region news (snn_region_0785): منطقة X of a district GeoNames has no town for
    ("قالت مصادر عسكرية متطابقة ان هذه القوات تصعد عملياتها في محافظة اب جنوب صنعاء، وقد "
     "سيطرت ايضا على منطقة عتمة التابعة لمحافظة ذمار الملاصقة لمحافظة صنعاء.", "عتمة",
     "ye-dist-utmah-district"),
    # demo corpus (snn_syria_0195): al-Mahwit's al-Khabt
    ("نفذ رجال المقاومة الشعبية في اقليم آزال هجومًا مباغتًا في مدينة المحويت واستهدف نقطة "
     "للحوثيين في منطقة الخبت، حيث سقط قتلى وجرحى من الميليشيات الحوثية.", "الخبت",
     "ye-dist-al-khabt-district"),
    # region news (snn_region_0112): an everyday word (التحرير) after a place noun
    ("قتل 16 من المسلحين الحوثيين في هجوم نفذته المقاومة الشعبية على تجمع لهم أمام مبنى البنك "
     "المركزي اليمني في منطقة التحرير وسط العاصمة صنعاء.", "التحرير",
     "ye-dist-at-tahrir-district"),
    # fresh19 iraq-national-archives-*: an everyday word (الحضر) with no place noun before it
    ("وكان داعش قد دمر كنوزا أثرية في العراق بينها مدينتا نمرود والحضر الأثريتين.", "الحضر",
     None),
]


@pytest.mark.parametrize(("text", "span", "entry"), DISTRICTS)
def test_a_place_named_only_as_a_district_is_the_district(text: str, span: str,
                                                          entry: str | None) -> None:
    got = links_of(text)
    assert span in got and got[span] == entry, got


def test_district_names_hold_only_names_no_entry_answers_to() -> None:
    kb = get_kb()
    names = kb.district_names
    assert names["عتمه"] == ("ye-dist-utmah-district",)
    assert "لودر" not in names  # Lawdar is a GeoNames town: the bare name stays the town
    assert not set(names) & set(kb.names)


# (entry, an English name the gold writes for it, whether the link answers to it)
ENGLISH = [
    ("ye-town-al-houta", "Al-Hawta", True),  # fresh19, fresh21: الحوطة, al-Hawtah
    ("gn-ye-ar-radmah", "Al-Radma", True),  # fresh19: الرضمة, GeoNames' Ar Radmah
    ("ye-dist-al-buraiqeh-district", "Buraiqa", True),  # fresh11: البريقة
    ("iq-town-baya-a", "al-Bayaa", True),  # fresh17: البياع, Baya'a
    ("org-saleh-forces", "Saleh forces", True),  # fresh19: Saleh's forces
    ("org-us-led-coalition", "Global Coalition against ISIS", True),  # fresh19
    ("person-ezzeddine-al-asbahi", "Ezzedine al-Asbahi", True),  # fresh19
    # no ة in the Arabic name: no -a form (رام الله, رفح)
    ("ps-city-ramallah", "Ramalla", False),
    ("ps-city-rafah", "Rafa", False),
]


@pytest.mark.parametrize(("entry", "name", "ok"), ENGLISH)
def test_english_forms_a_link_answers_to(entry: str, name: str, ok: bool) -> None:
    e = get_kb().get(entry)
    assert e is not None
    assert _link_ok(e.link(), name) is ok, e.english_names()


def test_paul_biya_by_name_and_by_office() -> None:
    # fresh13 boko-haram-slaughters-*: Cameroon's president, a Lake Chad Basin war's
    got = links_of("وقال الرئيس الكاميروني بول بيا إن بلاده ستواصل الحرب على جماعة بوكو حرام "
                   "في أقصى الشمال.")
    assert got.get("بول بيا") == "person-paul-biya", got
    assert get_kb().holder("الرئيس الكاميروني", "2015-08-01").id == "person-paul-biya"


# (sentence, the mention, the entry it must link; None: unlinked)
OUTLETS = [
    # fresh19 resistance-takes-hawta-*: «the fifth brigade», read as al-Liwaa past الخامس
    ("إن المقاومة سيطرت على مركز المحافظة إلى جانب منطقة الرباط والفيوش واللواء الخامس ومنطقة "
     "المحلة وجلاجل وتم تحريرها من الحوثيين وقوات صالح.", "اللواء الخامس", None),
    # demo corpus (snn_syria_0188): a major general after «the forces», no outlet's noun
    ("حاولت القوات الموالية تطويق متمردين في شمال عدن من جهة الغرب، وقال قائد هذه القوات اللواء "
     "فضل حسن إن الهدف هو التقدم نحو مدينة الحوطة.", "اللواء", None),
    # with an outlet noun before it the name is the paper
    ("وقالت صحيفة اللواء اللبنانية إن الحكومة ستجتمع غدا.", "صحيفة اللواء اللبنانية",
     "org-al-liwaa"),
]


@pytest.mark.parametrize(("text", "span", "entry"), OUTLETS)
def test_an_everyday_outlet_name_needs_an_outlet_noun(text: str, span: str,
                                                      entry: str | None) -> None:
    got = links_of(text)
    assert span in got and got[span] == entry, got
