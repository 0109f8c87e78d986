"""A coarse language guess from the script of the letters (enough for meta.language)."""

from __future__ import annotations


def guess_language(text: str) -> str:
    """'ar' when most letters are Arabic, 'en' for mostly ASCII Latin, else 'und'."""
    arabic = latin = other = 0
    for ch in text[:20000]:
        if not ch.isalpha():
            continue
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
            arabic += 1
        elif ch.isascii():
            latin += 1
        else:
            other += 1
    total = arabic + latin + other
    if total == 0:
        return "und"
    if arabic / total >= 0.5:
        return "ar"
    if latin / total >= 0.5:
        return "en"
    return "und"
