"""The roles of warnings (warn1, issue 12): the warner is the subject (its title closed by the
person's name), the party warned the object (a whole noun phrase, no adverb), and a place
inside what is warned of (after من، من أن، بشأن) is not the warning's place. Data:
data/events/warnings.json, أخيرا in data/claims/words.json `time_words`; passes in
rasd.events.warnings. Sentences from the dev gold sets, the demo corpus and the region news."""

from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import roles_of
from rasd.pipeline import extract_text


def warning(text: str, trigger: str) -> tuple[list[str], list[str], list[str]]:
    """(actors, recipients, places) of the THREATEN event whose trigger reads `trigger`."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if e.type == "THREATEN" and t(e.trigger) == trigger]
    assert hits, [(t(e.trigger), e.type) for e in doc.events]
    e = hits[0]
    return [t(r) for r in e.actor], [t(r) for r in e.recipient], [t(r) for r in e.location]


ROLES = [
    # (sentence, trigger, actors, recipients): exactly these
    ("وكانت حركة طالبان حذرت أخيرا تنظيم داعش من التوسع في منطقتها، إلا أن ذلك لم يمنع بعض "
     "مقاتليها من الانشقاق عنها.", "حذرت", ["حركة طالبان"], ["تنظيم داعش"]),  # fresh11, news
    ("حذر وزير الخارجية الإيطالي باولو جينتيلوني والمبعوث الأممي إلى ليبيا برناردينو ليون "
     "الأطراف الليبية المتنازعة من مواجهة عزلة دولية.", "حذر",
     ["وزير الخارجية الإيطالي باولو جينتيلوني", "برناردينو ليون"],
     ["الأطراف الليبية المتنازعة"]),  # fresh11: a second warner joined by و
    ("حذر الخبير العسكري اليمني العميد محسن خصروف من خطورة الوضع الأمني في اليمن، مؤكدا أن "
     "بلاده من الممكن أن تتحول إلى أفغانستان جديدة.", "حذر",
     ["الخبير العسكري اليمني العميد محسن خصروف"], []),  # region news: the warner's name
    ("وحذّر المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد أمس، من «خطورة» ما أعلنه "
     "الأسد.", "حذّر", ["المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد"], []),  # demo
    ("وأشار المصدر إلى أن تركيا سوف تقوم بعزل حدودها، معتبرا أن التنظيم الأخير خطر على الأمن "
     "القومي التركي، محذرا قادة هذا التنظيم من الأحلام الانفصالية.", "محذرا", [],
     ["قادة هذا التنظيم"]),  # demo: the participle's object, قادة no verb قاده
    # another person's title before the name: the party warned, not the warner's name
    # (constructed on the pattern of rasd.events.parties.name_after_title's الرئيس التركي |
    # الرئيس السوري بشار الأسد; no such warning in the demo or the news)
    ("حذر المتحدث باسم الخارجية الأمريكية نظيره الروسي سيرغي لافروف من عواقب التدخل.", "حذر",
     ["المتحدث باسم الخارجية الأمريكية"], ["نظيره الروسي سيرغي لافروف"]),
    # unchanged: the object after the warner, and after a participle
    ("وأشار الكاتب إلى أن الولايات المتحدة حذرت نظام الرئيس السوري بشار الأسد من أنها ستقوم "
     "بصد أي هجوم.", "حذرت", ["الولايات المتحدة"], ["نظام الرئيس السوري بشار الأسد"]),  # demo
]


@pytest.mark.parametrize(("text", "trigger", "doers", "warned"), ROLES)
def test_roles(text: str, trigger: str, doers: list[str], warned: list[str]) -> None:
    a, r, _ = warning(text, trigger)
    assert (a, r) == (doers, warned)


NO_PLACE = [
    # (sentence, trigger, the place inside what is warned of)
    ("وحذر وزير الخارجية الألماني فرانك - فالتر شتاينماير من استمرار تصعيد العنف في تركيا.",
     "حذر", "تركيا"),  # demo
    ("وأكدت الحكومة أنها لن تسمح بدخول المياه الإقليمية الليبية دون إذن السلطات، محذرا فى "
     "نفس الوقت من ضرب أى هدف داخل ليبيا ومياهها الإقليمية.", "محذرا", "ليبيا"),  # fresh7
    ("وكشفت تقارير إخبارية تركية امس الثلاثاء أن الاستخبارات التركية حذرت قوات الأمن مرارا "
     "بشأن عبور سبعة من مسلحي داعش إلى داخل تركيا.", "حذرت", "تركيا"),  # demo
    ("حذر الخبير العسكري اليمني العميد محسن خصروف من خطورة الوضع الأمني في اليمن.", "حذر",
     "اليمن"),  # region news
    ("واستباقًا لما هو أسوأ، حذّر عضو مجلس قيادة الثورة في ريف دمشق إسماعيل الداراني من "
     "«كارثة إنسانية».", "حذّر", "ريف دمشق"),  # team: the warner's title, not the place
]


@pytest.mark.parametrize(("text", "trigger", "place"), NO_PLACE)
def test_no_place_from_content(text: str, trigger: str, place: str) -> None:
    _, _, where = warning(text, trigger)
    assert place not in where, where


def test_country_of_the_danger_is_no_place() -> None:
    """fresh17: «محذرة من تصاعد الغضب الشعبي … في البلاد» in an article on Iraq: the country
    of the danger warned of is no place of the warning (land_place read it as Iraq)."""
    raw = Path(__file__).parent / "gold" / "fresh17" / (
        "iraq-wataniya-demands-government-act-basra-karbala-najaf-tahrir-protests-unami-july-toll"
        ".raw.txt")
    _, _, where = warning(raw.read_text(encoding="utf-8")[:3000], "محذرة")
    assert where == [], where


def test_a_place_of_the_warning_kept() -> None:
    """A place said of the warning itself, before what is warned of, stays."""
    doers, _ = roles_of("وحذرت الهيئة الطبية العامة في جنوب دمشق المحاصر من تفشي وباء "
                        "التيفوئيد بسرعة كبيرة.", "حذرت")
    _, _, where = warning("وحذرت الهيئة الطبية العامة في جنوب دمشق المحاصر من تفشي وباء "
                          "التيفوئيد بسرعة كبيرة.", "حذرت")
    assert doers and where == ["جنوب دمشق"], (doers, where)

