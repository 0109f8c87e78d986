"""A list of places read whole (places25, issue 12): the place window follows a list past a
comma before و (`places.comma_member`, `_chained`), and a list opened by a place head goes on
past members no entity covers (`places.unknown_members`: و + a definite word that is no common
word). Each row is a sentence of a dev set or of the unannotated region news, its trigger and
the places a reader records; the guard rows keep countries listed with commas, a plural place
noun and a common word out of the list."""

from __future__ import annotations

import pytest

from event_helpers import places

FOUND = [
    # fresh21 (jabal-arous strikes): a comma before each و of the list
    ("كما شنت المقاتلات عدة غارات جوية على تجمعات للانقلابيين في محيط حي المستشفى العسكري، "
     "ومعسكر القوات الخاصة، وموقع جبل العروس ومتنزه زايد.", "غارات جوية",
     ["حي المستشفى العسكري", "معسكر القوات"]),
    # region news (free_news.py): a comma before و, two districts of Marib
    ("كما شنت مقاتلات التحالف عدة غارات جوية على مواقع تابعة للحوثيين في منطقة الجفينة، "
     "والسائلة وطريق سد مأرب القديم.", "غارات جوية", ["الجفينة", "السائلة"]),
    # fresh19 (hawta): a district no entity covers after منطقة الرباط
    ("وقالت مصادر من المقاومة لوكالة الأنباء الألمانية، إن المقاومة سيطرت على مركز المحافظة "
     "إلى جانب منطقة الرباط والفيوش واللواء الخامس ومنطقة المحلة وجلاجل وتم تحريرها من "
     "الحوثيين وقوات صالح بشكل كامل.", "سيطرت", ["الرباط", "الفيوش"]),
    # region news: a district of Taiz after حي الجمهوري
    ("هذا فيما اندلعت اشتباكات عنيفة على خطوط التماس بين المقاومة ومليشيا الحوثي وصالح في حي "
     "الجمهوري والمجلية جنوبي المدينة.", "اشتباكات", ["حي الجمهوري", "المجلية"]),
]

KEPT_OUT = [
    # team (doha-lavrov): countries listed with commas are what is talked of; the list is not
    # followed past the first (which the window already took before places25)
    ("وقالت الوزارة في بيان رسمي إن محور زيارة لافروف سيكون قضايا تسوية الأزمة السورية. مضيفة "
     "أن المباحثات سوف تتطرق كذلك إلى قضايا التسوية السلمية في سورية، واليمن، وليبيا.",
     "مباحثات", ["اليمن", "ليبيا"]),
    # region news: a plural place noun after و is no name of a listed place
    ("مثلت عملية السهم الذهبي تحولا استراتيجيا على الرغم من كونها عملية خاصة ضمن مراحل عمليات "
     "التحالف الذي تقوده المملكة العربية السعودية استهدفت تحرير محافظة عدن والمديريات التابعة "
     "لها من سيطرة حركة الحوثيين.", "استهدفت", ["المديريات التابعة", "المديريات"]),
    # a common word after و (the tagger's lexicon: seen often, never in a name)
    ("وقصفت الطائرات مدينة حلب والمدنيين الفارين منها.", "قصفت", ["المدنيين"]),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FOUND)
def test_list_read_whole(text: str, trigger: str, expected: list[str]) -> None:
    got, basis = places(text, trigger)
    assert got == expected
    assert basis == {"sentence"}


@pytest.mark.parametrize(("text", "trigger", "absent"), KEPT_OUT)
def test_list_stops(text: str, trigger: str, absent: list[str]) -> None:
    got, _ = places(text, trigger)
    assert not set(got) & set(absent), got
