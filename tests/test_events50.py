"""events50 (issue 12): operations named by who leads or joins them (rasd.events.partaken)
and deeds a party is kept from (rasd.events.prevented): no deed of the news.

Each row is a real sentence of a dev article or of the free news (region and Syria pools),
run through the whole pipeline. DROPPED rows lose the named event (on main they had it);
KEPT rows keep it: an operation or a fight told by a verb of launching, or indefinite after a
word of taking part, or a deed after a من no word of preventing governs."""

from __future__ import annotations

import pytest

from event_helpers import events_of

PARTAKEN = [
    # fresh13: the coalition named by the operations it leads (a relative clause, its epithet)
    ("قال التحالف الذي يقود العملية العسكرية ضد تنظيم الدولة الإسلامية في بيان إن طائرات "
     "الولايات المتحدة والتحالف نفذت 27 غارة ضد مسلحي التنظيم المتشدد في سوريا والعراق أمس "
     "الخميس.", "العملية العسكرية"),
    # fresh23: a minister come to oversee the operation
    ("فيما وصل وزير الدفاع العراقي خالد العبيدي ومعاون رئيس أركان الجيش أمس إلى قاعدة "
     "الحبانية العسكرية بمحافظة الأنبار للإشراف على العملية العسكرية، أكد رئيس مجلس إسناد "
     "الفلوجة الشيخ عبدالرحمن النمراوي فرار قيادات داعش من المدينة.", "العملية العسكرية"),
    # fresh23: volunteers joined to take part in the operations
    ("وأكدت حكومة الأنبار ضم آلاف المتطوعين إلى الشرطة الاتحادية ليشاركوا في العمليات "
     "العسكرية لتحرير مدنهم، وأعلن المتحدث باسم مجلس المحافظة عيد عماش الكربولي، أن القوات "
     "المشتركة تطوق الآن الرمادي والفلوجة من كل الاتجاهات.", "العمليات العسكرية"),
    # fresh13: children made to take part (the one made to take part between)
    ("مطالبين أبناء محافظات صنعاء وعمران وخاصة ذمار بعدم إشراك أطفالهم في العمليات العسكرية "
     "التي غالبا ما يكونون الضحية فيها.", "العمليات العسكرية"),
    # region news: a leader's role
    ("واستطاع أختر منصور قيادة العمليات العسكرية في الداخل الأفغاني ضد القوات الدولية "
     "والحكومة الأفغانية انطلاقا من مدينة كويتا الباكستانية.", "العمليات العسكرية"),
    # Syria news: a pardon for those who took no part
    ("واوضح مصدر عسكري لوكالة فرانس برس ان هذا المرسوم يشمل \"فقط الفارين الذين لم يشاركوا في "
     "العمليات العسكرية بعد فرارهم، والذين لم تتلطخ ايديهم بالدم\".", "العمليات العسكرية"),
    # Syria news: the title of an office (a pronoun on the operations noun)
    ("وأعلن جيش الفتح عن سيطرته على قريتي المشيك والقرقور بعد اشتباكات مع قوات الأسد أسفرت "
     "عن مقتل العشرات من عناصرها، بينهم مرافق قائد عملياتها العسكرية في المنطقة.",
     "عملياتها العسكرية"),
]

PREVENTED = [
    # fresh17: strikes begun to keep the Houthis from taking Aden
    ("وبدأت قوات التحالف بقيادة السعودية ضربات جوية ضد الحوثيين وقوات صالح يوم 26 مارس آذار "
     "في مسعى لمنعهم من الاستيلاء على عدن وهي آخر مدينة لا تزال حكومة هادي تسيطر عليها.",
     "الاستيلاء"),
    # Syria news: civilians held to keep the army from shelling
    ("وأضاف: «قد يكون الهدف من ذلك استخدامهم كدروع بشرية» لمنع قوات النظام من قصف المدينة.",
     "قصف"),
    # Syria news: operations widened to keep the regime from taking the town
    ("لافتًا إلى أن «العمليات ضد القوات المهاجمة، ستتوسع لمنع النظام من السيطرة على "
     "الزبداني».", "سيطرة"),
]

KEPT = [
    # fresh2: an operation launched (شنت), the gold's ASSAULT
    ("وقال المسؤولون: إن قوة أمنية تابعة لقوات البيشمركة الكردية شنت عملية عسكرية على قرى "
     "الكصيبة التابعة لأطراف ناحية قرة تبة ومنطقة جبال حمرين شمال شرقي بعقوبة.",
     "ASSAULT", "عملية عسكرية"),
    # fresh13: an operation begun (بدأ), the gold's ASSAULT
    ("وأوضح قعيم أن الجيش بدأ عملية عسكرية تحمل اسم سالم النايلي الشهير بلقب «عفاريت».",
     "ASSAULT", "عملية عسكرية"),
    # region: a definite operation begun in a place, the gold's ASSAULT
    ("وقال نائب حاكم الاقليم عبد الستار باريز \"بدأت العملية العسكرية في منطقة ألمار صباح أمس "
     "(الجمعة) لتطهير المنطقة من تهديدات المتمردين ومازالت جارية\".",
     "ASSAULT", "العملية العسكرية"),
    # fresh10: indefinite battles taken part in, the gold's ASSAULT
    ("وقال الكولونيل ستيف وارن، على هامش مرافقته كارتر، إن نحو ثلاثة آلاف جنـدي من الجيش "
     "العراقي دربوا عـلى يد الائتلاف الــدولي الذي تقـوده الولايات المتحدة ضد التنظيم، يشاركون "
     "في معارك تمهد لاستعادة الرمادي من داعش التي سيطر عليها مايو الماضي.", "ASSAULT", "معارك"),
    # Syria news: the seizure after بعد, not after the من of منعهم
    ("وقال إن المقاتلين المعارضين «يعرفون أن مدنيين يسكنون أيضًا في كفريا والفوعة، وهو ما "
     "منعهم من دخولها بعد السيطرة على إدلب وجسر الشغور وأريحا ومعسكر المسطومة» قبل ثلاثة "
     "أشهر.", "COERCE", "سيطرة"),
]


@pytest.mark.parametrize(("text", "trigger"), PARTAKEN + PREVENTED)
def test_no_deed_told(text: str, trigger: str) -> None:
    assert not [t for _, t in events_of(text) if trigger in t]


@pytest.mark.parametrize(("text", "category", "trigger"), KEPT)
def test_deed_kept(text: str, category: str, trigger: str) -> None:
    assert (category, trigger) in events_of(text)
