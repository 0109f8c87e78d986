"""The language of a document for meta.language: an ISO 639-1 code, or 'und'.

The script of the letters decides the easy cases cheaply; py3langid (a
character n-gram classifier trained on 97 languages, shipped with its model, no
download) names the language within the script, so Persian or Urdu is not
called Arabic and French is not called English. Texts too short to judge get
the script's main language.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rasd.once import once

_SAMPLE = 2000  # characters given to the classifier: plenty to name a language
_MIN_LETTERS = 20  # below this, trust the script alone
_MIN_PROB = 0.5  # the classifier's normalized probability needed to overrule the script


_LETTER = r"[^\W\d_]"
_ARABIC_RE = re.compile(rf"(?={_LETTER})[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]")
_LATIN_RE = re.compile(rf"(?={_LETTER})[\x00-\x7f\u00c0-\u024f]")
_LETTER_RE = re.compile(_LETTER)
# Letters of Persian, Urdu, Kurdish, Pashto, Uyghur and Sindhi that Arabic does not use
# (ی ک پ چ ژ گ ے ٹ ...): an Arabic-script text without any of them is Arabic, and the
# classifier (the costliest part of reading a document's meta) has nothing to decide.
_NOT_ARABIC_RE = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u06d3\u0679\u0688"
                            "\u0691\u06ba\u06be\u06d5\u06ce\u06c6\u0695\u06b5\u069a\u0681"
                            "\u06d0\u06c7\u0684\u067b\u06c0\u067a\u067d\u0680\u06a6\u0699]")


@lru_cache(maxsize=1 << 16)
def _script(ch: str) -> int:
    """0 for an Arabic-script letter, 1 Latin, 2 another letter, 3 no letter."""
    if _ARABIC_RE.match(ch):
        return 0
    if _LATIN_RE.match(ch):
        return 1
    return 2 if _LETTER_RE.match(ch) else 3


def _script_counts(text: str) -> tuple[int, int, int]:
    """(Arabic, Latin, other) letters in the first 20,000 characters: each distinct
    character is classified once (a text has a few dozen), counted by Counter (in C)."""
    counts = [0, 0, 0, 0]
    for ch, n in Counter(text[:20000]).items():
        counts[_script(ch)] += n
    return counts[0], counts[1], counts[2]


@once
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> str:
    """'ar', 'en', 'fr', 'fa', ... for the text's main language; 'und' without letters."""
    arabic, latin, other = _script_counts(text)
    total = arabic + latin + other
    if total == 0:
        return "und"
    script = "ar" if arabic / total >= 0.5 else "en" if latin / total >= 0.5 else "und"
    if total < _MIN_LETTERS:
        return script
    if script == "ar" and not _NOT_ARABIC_RE.search(text, 0, _SAMPLE):
        return "ar"
    lang, prob = _identifier().classify(text[:_SAMPLE])
    if script == "ar" and lang not in {"ar", "fa", "ur", "ps", "ku", "ug", "sd"}:
        return "ar"  # an Arabic-script text is not German, whatever a few Latin words say
    if prob < _MIN_PROB and script != "und":
        return script
    return str(lang)
