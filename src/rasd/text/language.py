"""The language of a document for meta.language: an ISO 639-1 code, or 'und'.

The script of the letters decides the easy cases cheaply; py3langid (a
character n-gram classifier trained on 97 languages, shipped with its model, no
download) names the language within the script, so Persian or Urdu is not
called Arabic and French is not called English. Texts too short to judge get
the script's main language.
"""

from __future__ import annotations

from functools import cache

_SAMPLE = 2000  # characters given to the classifier: plenty to name a language
_MIN_LETTERS = 20  # below this, trust the script alone
_MIN_PROB = 0.5  # the classifier's normalized probability needed to overrule the script


def _script_counts(text: str) -> tuple[int, int, int]:
    arabic = latin = other = 0
    for ch in text[:20000]:
        if not ch.isalpha():
            continue
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
            arabic += 1
        elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
            latin += 1
        else:
            other += 1
    return arabic, latin, other


@cache
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
    lang, prob = _identifier().classify(text[:_SAMPLE])
    if script == "ar" and lang not in {"ar", "fa", "ur", "ps", "ku", "ug", "sd"}:
        return "ar"  # an Arabic-script text is not German, whatever a few Latin words say
    if prob < _MIN_PROB and script != "und":
        return script
    return str(lang)
