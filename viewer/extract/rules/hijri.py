"""Hijri years of any century (سنة 1205 هـ, 560 هـ) and numeric Hijri dates (1446/9/15هـ, 22-03-1440 هـ).

The era marker (viewer/lang/ar/era.toml) is what makes a number Hijri: without
it ``1440`` is a Gregorian year.  A numeric Hijri date is year/month/day when
the year comes first, day/month/year otherwise.  Converted with Umm al-Qura
inside its range and the tabular calendar outside (calendars.py).
"""

from __future__ import annotations

import re

from viewer.extract.atoms import _B, _CL, _E, _ERA_H, _OSP, _SP, _YCUE, _Cand
from viewer.extract.calendars import hijri_to_greg, hijri_year, in_umm_al_qura
from viewer.extract.rules import Rule

YEAR = re.compile(
    rf"{_B}(?:{_CL}(?:ال)?(?:{_YCUE}){_SP})?(?P<year>\d{{1,4}})(?![\d.,/\\-]\d){_OSP}(?:{_ERA_H}){_E}"
)
NUMERIC = re.compile(
    r"(?<![\d/.\\-])(?P<a>\d{1,4})[^\S\n]?(?P<sep>[-/.\\])[^\S\n]?(?P<b>\d{1,2})[^\S\n]?(?P=sep)[^\S\n]?"
    rf"(?P<c>\d{{1,4}})(?![\d/.\\-]){_OSP}(?:{_ERA_H}){_E}"
)


# The core reading of the 13th-14th centuries: "عام 1446 هـ", "1445هـ" (no clitic chain on the number).
HIJRI_YEAR = re.compile(rf"{_B}(?:{_CL}(?:ال)?(?:ال)?(?:{_YCUE}){_SP})?(?P<year>1[34]\d\d){_OSP}(?:{_ERA_H}){_E}")


def _note(y: int) -> str | None:
    return None if in_umm_al_qura(y) else "tabular Hijri"


def _year(ex, m: re.Match) -> None:
    y = int(m.group("year"))
    if not 1 <= y <= 1600:
        return
    iv = hijri_year(y)
    if iv:
        ex.add(_Cand(m.start(), m.end(), "hijri", "year", *iv, calendar="hijri", note=_note(y)))


def _hijri_year(ex, m: re.Match) -> None:
    iv = hijri_year(int(m.group("year")))
    if iv:
        ex.add(_Cand(m.start(), m.end(), "hijri", "year", *iv, calendar="hijri"))


def _numeric(ex, m: re.Match) -> None:
    a, b, c = m.group("a"), int(m.group("b")), m.group("c")
    if len(a) >= 3 and len(c) <= 2:
        y, mo, d = int(a), b, int(c)
    elif len(c) >= 3 and len(a) <= 2:
        y, mo, d = int(c), b, int(a)
    else:
        return
    if not (1 <= mo <= 12 and 1 <= d <= 30):
        return
    g = hijri_to_greg(y, mo, d)
    if g:
        ex.add(_Cand(m.start(), m.end(), "hijri", "day", g, g, calendar="hijri", note=_note(y)))


# some word is an era marker, alone or glued to its year ("1446هـ")
_NEEDS = rf"\d*(?:{_ERA_H})(?!\w)"
RULES = [
    Rule("hijri_numeric", NUMERIC, _numeric, scan="numeric", needs_word=_NEEDS),
    Rule("hijri_year_any", YEAR, _year, needs_word=_NEEDS),
    Rule("hijri_year", HIJRI_YEAR, _hijri_year),
]
