"""ner22 (issue 14): a common word whose first letter reads as a proclitic before a listed
name is the common word (لجان committees, not ل + جان; وكيل an under-secretary, not و + the
place كيل; لصالح "in favour of", not ل + Saleh unless a word of allegiance stands before it:
الموالين لصالح), and a place spelled by an imperfect verb right after a relative pronoun is
the verb (التي تدمر "which destroys", not Palmyra). Data: data/ner/clitic_homographs.tsv,
data/ner/relative_pronouns.txt; passes: entities/nonames.clitic_homograph, relative_verb.
Sentences from the unannotated news (saudinewsnet-region) and the demo corpus."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.entities.recognize import proclitic_length
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record
from rasd.text.normalize import normalize

_PIPE = Pipeline()


def _doc(text: str) -> Document:
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def _spans(doc: Document) -> dict[str, tuple[str, str | None]]:
    return {doc.span_text(e): (e.type, e.link.id if e.link else None) for e in doc.entities}


# (first word of a tagged name, letters cut from its start)
PROCLITICS = [
    ("لجان", 0),    # committees: the ل is the word's own (جان is a listed name)
    ("وكيل", 0),    # an under-secretary (كيل is a listed place)
    ("لصالح", 1),   # ل + صالح stays possible: الموالين لصالح (the context decides)
    ("وصالح", 1),   # و + صالح
    ("لفهد", 1),    # ner21's rule is untouched
]


@pytest.mark.parametrize(("word", "cut"), PROCLITICS)
def test_proclitic_of_common_word(word: str, cut: int) -> None:
    assert proclitic_length(normalize(word)) == cut


# a whole report of the region news (the tagger reads جان only with all of it)
_LIJAN = ('تفقد فريق العمل المكلف بالإشراف والمتابعة على سير عمل لجان تصحيح أوضاع الأشقاء ا'
          'ليمنيين في المملكة أمس، مراكز لجان التصحيح في كل من مدينة أبها ومحافظة خميس مشيط'
          '، برئاسة اللواء جمعان بن أحمد الغامدي مساعد مدير الأمن العام للشؤون الأمنية. \nوأ'
          'كد اللواء الغامدي خلال الجولة التفقدية، أن لجان تصحيح أوضاع الأشقاء اليمنيين الم'
          'قيمين في المنطقة تعمل وفق ضوابط محددة ومهنية منظمة، إنفاذاً لتوجيهات خادم الحرمي'
          'ن الشريفين الملك سلمان بن عبدالعزيز وولي العهد وولي ولي العهد لخدمة الأشقاء اليم'
          'نيين وتصحيح أوضاعهم والعمل على توفير سبل الراحة لهم، مشيداً بما حققته اللجان في '
          'مختلف مناطق المملكة خلال الأيام الماضية من نجاحات. \nوأبان مساعد مدير الأمن العام'
          ' للشؤون الأمنية أن عدد الأشقاء اليمنيين المستفيدين من تصحيح أوضاعهم بلغ حتى أمس '
          'أكثر من 419 ألف مستفيد، منهم أكثر من 50 ألفا في منطقة عسير، مثمناً الجهود التي ت'
          'بذلها لجان التصحيح في مختلف مناطق المملكة.')
_WAKIL = ("وسيشهد المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله الربيعة تدشين "
          "القوافل الإغاثية، بالتزامن مع تدشين عدد من مسؤولي محافظة حضرموت الشرعيين، من "
          "بينهم وكيل المحافظة، ومدير الأمن، ومدير مكتب الشؤون الاجتماعية بالمحافظة.")
# with the sentences before it
_FAVOUR = ('فيما لم تزل قوات المقاومة الشعبية تواصل تمشيط المنطقة المحيطة بقاعدة العند الجوي'
           'ة التي استردها الثوار من ميليشيات الحوثي وفلول الرئيس المخلوع، علي عبدالله صالح،'
           ' وتتأهب لاستعادة كافة محافظة لحج، بعد سقوط عاصمتها، مدينة الحوطة، كشفت مصادر داخ'
           'ل المقاومة الشعبية أن الاستعدادات تجري لطرد الانقلابيين من مدينة تعز، وأن آلاف ا'
           'لمقاتلين المدججين بالسلاح وصلوا المدينة.\n وأضافت المصادر أن الأسلحة النوعية التي'
           ' أنزلتها طائرات التحالف خلال الأسبوع الماضي للثوار في تعز، قلبت موازين القوى لصا'
           'لح مقاتلي المقاومة الشعبية، وأضافت أن ذلك حرم المتمردين من عامل الروح المعنوية ا'
           'لتي كانت مرتفعة لديهم، بسبب تفوقهم السابق في الأسلحة والذخائر.')
_DESTROYS = ("مطالبة الدول كافة ومؤسسات الأمم المتحدة باتخاذ ما يلزم من إجراءات، لردع هذه "
             "السياسة الاحتلالية التي تدمر بشكل ممنهج ويومي مبدأ حل الدولتين على الأرض.")

# (sentence, a span that must not come out as an entity)
NOT_NAMES = [
    (_LIJAN, "جان"), (_LIJAN, "لجان"),
    (_WAKIL, "كيل"), (_WAKIL, "وكيل"),
    (_FAVOUR, "صالح"),
    (_DESTROYS, "تدمر"),
]


@pytest.mark.parametrize(("text", "span"), NOT_NAMES)
def test_common_word_is_no_name(text: str, span: str) -> None:
    assert span not in _spans(_doc(text))


# (text from the news with the sentences before it, the phrase, the name in it, its type):
# the guards. The tagger reads Saleh only with the article's earlier mentions beside it.
NAMES = [
    # loyal to Saleh (a Yemen report)
    ('وفي محافظة مأرب قتل 13 مسلحا حوثيا، وتصدت المقاومة والجيش امس، لهجمات شنها المسل'
     'حون الحوثيون والموالون للرئيس السابق علي عبدالله صالح على مواقع المقاومة في جبها'
     'ت القتال المختلفة بمحافظة مأرب شرقي اليمن. وقالت مصادر في المقاومة الشعبية إن ال'
     'حوثيين والموالين لصالح شنوا هجمات عنيفة على مواقع المقاومة والجيش في جبهتي الجفي'
     'نه وصرواح في محاولة منهم للتقدم والاستيلاء على تلك المواقع.',
     'والموالين لصالح شنوا', "صالح", "PER"),
    # subordinate to Saleh
    ('في غضون ذلك، أكدت مصادر يمنية عسكرية أن الهزائم الأخيرة التي لحقت بالحوثيين وحلف'
     'ائهم من القوات التابعة للرئيس السابق علي عبد الله صالح، في عدن، تسببت في حدوث خل'
     'افات وانشقاقات داخل المواقع الخاضعة لسيطرتهم. ﻭقالت المصادر إن بعض قادة الفرق ال'
     'عسكرية التابعة للحوثيين وصالح رفضوا ﺍﻟﻤﺸﺎﺭﻛﺔ ﻓﻲ ﺍﻟﻘﺘﺎﻝ، مما ﺩﻓﻊ مسؤوليهم ﺇﻟﻰ حشد'
     ' ﻣﻘﺎﺗﻠﻴﻦ ﺟدد ﻣﻦ ﺃﺑناء ﻗﺒﺎﺋﻞ ﺍﻟﺸﻤﺎﻝ ﺍﻟﺨﺎﺿﻌﺔ لسيطرتهم وﺇﺭﺳﺎﻟﻬﻢ ﺇﻟﻰ ﺟﺒﻬﺎﺕ ﺍﻟﻘﺘﺎﻝ.\n\n'
     ' من جانبه، كشف مسؤول يمني بارز لـ«الشرق الأوسط» عن تواري بعض القيادات التابعة لص'
     'الح والحوثيين عن الأنظار في مدن يمنية، منها صنعاء وتعز، بعد تلقيها أوامر بالفرار'
     '.',
     'التابعة لصالح', "صالح", "PER"),
    # one word between (the demo corpus): very close to Saleh
    ('ولأني رأيت أن الأمور لا تمضي إلى المستقبل لإقامة دولة مدنية، كما أن القضية التي '
     'هزت مشاعري مثلما هزت مشاعر كثير من اليمنيين، هي قضية الشهيد عبدالرقيب القرشي، حي'
     'ث وجهني المخلوع صالح بإقناعه بالعودة إلى اليمن واستقباله، فهو معارض أقام في سوري'
     'ة قرابة 30 عاما، ووعدني بحل مشكلاته، ولكن بعد 20 يوما رفض استقباله حتى تم اغتيال'
     'ه، والمسؤول الأول أمامي هو صالح، لأنه الذي أمرني بإحضاره، هذا الموقف جعلني أفكر '
     'بطريقة مختلفة عما إذا كنا نعيش في دولة أم أننا في غابة ودولة عصابات، وحاولت لمدة'
     ' خمسة أشهر مع المخلوع لتعويض أسرته ودفع الدية لها، لكنه رفض ذلك.\n كنت أول سفير ي'
     'تقدم بالاستقالة في ظل هذه الأحداث، هل انتابكم خوف من عواقب ذلك؟\n في تلك الفترة ك'
     'نا نعيش في توتر كبير، ولم تكن استقالتي وليدة الساعة، بل كانت نتيجة تراكمات كثيرة'
     '، وبالنسبة لي كنت من المقربين جدا لصالح، ولكني وصلت إلى ضرورة الفصل بين العلاقة '
     'الشخصية والمصلحة العامة، كان الوضع غير طبيعي، ولم يوفق صالح في إيقاف عجلة الانهي'
     'ار المتسارعة للوطن، لذلك كان لا بد أن نوقفه ونعطيه إشارة حازمة، وأعتقد أن الاستق'
     'الة كانت خطوة صادمة بالنسبة له.',
     'المقربين جدا لصالح', "صالح", "PER"),
    # Palmyra before the relative pronoun is the place
    ("وأكد الناشط أبو محمد اختطاف التنظيم لـ 220 شخصًا من القريتين، لافتًا إلى أن المعلومات "
     "تفيد بنقلهم إلى مدينة تدمر التي سقطت بأيدي عناصره في مايو الماضي.", "مدينة تدمر التي",
     "تدمر", "LOC"),
]


@pytest.mark.parametrize(("text", "phrase", "name", "typ"), NAMES)
def test_name_kept(text: str, phrase: str, name: str, typ: str) -> None:
    doc = _doc(text)
    at = text.index(phrase)
    found = [(doc.span_text(e), e.type) for e in doc.entities
             if at <= e.start and e.end <= at + len(phrase)]
    assert (name, typ) in found
