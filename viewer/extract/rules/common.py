"""Helpers several rules share: month words, year shifts, counts and phone numbers."""

from __future__ import annotations

import re
from datetime import date

from viewer.extract import lexicon as lx

_CLITIC_LETTERS = "".join(lx.CONJUNCTIONS + lx.PREPOSITIONS[:2])


def clean_word(word: str) -> str:
    """Strip a clitic (و ف ب ل) off a month word: 'وديسمبر' → 'ديسمبر'."""
    w = " ".join(word.split())
    if w in lx.GREGORIAN_MONTHS or w in lx.HIJRI_MONTHS:
        return w
    if w[:1] in _CLITIC_LETTERS and (w[1:] in lx.GREGORIAN_MONTHS or w[1:] in lx.HIJRI_MONTHS):
        return w[1:]
    return w


def month_of(word: str) -> tuple[int, bool] | None:
    """(month number, is_hijri) for a normalized month word."""
    w = clean_word(word)
    if w in lx.GREGORIAN_MONTHS:
        return lx.GREGORIAN_MONTHS[w], False
    if w in lx.HIJRI_MONTHS:
        return lx.HIJRI_MONTHS[w], True
    return None


def shift_year(m: int, pub: date, q: int | None) -> int:
    """Year of month ``m`` called الجاري (0), المقبل (+1) or الماضي (-1) at ``pub``; unqualified (None), pub's year."""
    if not q:
        return pub.year
    if q > 0:
        return pub.year if m > pub.month else pub.year + 1
    return pub.year if m < pub.month else pub.year - 1


_NEXT_WORD = re.compile(r"[^\S\n]*([\w%]+)")


def next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text[pos : pos + 40])
    return m.group(1) if m else ""


def is_count(text: str, end: int) -> bool:
    """A number followed by a counted noun or a percent sign is not a year."""
    nxt = text[end : end + 3].lstrip()
    if nxt.startswith("%"):
        return True
    w = next_word(text, end)
    for pre in ("", "و"):
        if w.startswith(pre) and w[len(pre) :] in lx.COUNT_NOUNS:
            return True
    return False


_DIGIT_BEFORE = re.compile(r"[\d+][ -]?$")
_DIGIT_AFTER = re.compile(r"[ -]?\d")


def phone_like(text: str, start: int, end: int) -> bool:
    """Digit groups around the number (+965 2222 1234) make it a phone number."""
    before = text[max(0, start - 3) : start]
    after = text[end : end + 3]
    return bool(_DIGIT_BEFORE.search(before)) or bool(_DIGIT_AFTER.match(after))
