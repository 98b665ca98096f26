"""Shared pieces of the date grammar: regex atoms built from the language data, the candidate record, interval helpers.

The rules (viewer/extract/rules/*) are written over these
atoms; every word list inside them comes from viewer/lang/ar/ through lexicon.py.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from viewer.extract import lexicon as lx

Interval = tuple[date, date]
Resolver = Callable[[date], Interval]

MIN_YEAR, MAX_YEAR = 1000, 2199


@dataclass
class _Cand:
    start: int  # normalized offsets
    end: int
    kind: str
    granularity: str
    earliest: date | None = None
    latest: date | None = None
    resolver: Resolver | None = None
    calendar: str = "gregorian"
    parts: list[Interval] | None = None
    note: str | None = None
    anniversary: int | None = None  # N of "الذكرى الـN"
    resolved: bool = True
    extra: dict = field(default_factory=dict)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_B = r"(?<![\w])"  # token start
_E = r"(?![\w])"  # token end
_SP = r"[^\S\n]+"  # spaces, never a line break
_OSP = r"[^\S\n]*"
# Clitic classes, from viewer/lang/ar/clitics.toml (the one list of proclitics).
_CJ = "[" + "".join(lx.CONJUNCTIONS) + "]"  # conjunctions و ف
_CP1 = "[" + "".join(lx.CONJUNCTIONS + lx.PREPOSITIONS[:2]) + "]"  # one conjunction or ب/ل on a month word
_BL = "(?:" + "|".join(lx.PREPOSITIONS[:2]) + ")"  # ب ل
_CL = rf"(?:{_CJ}?(?:{lx.LAM_ARTICLE}|[{''.join(lx.PREPOSITIONS)}])?)"  # conjunction + preposition
_G_MONTH = _alt(lx.GREGORIAN_MONTHS)
_H_MONTH = _alt(lx.HIJRI_MONTHS)
_QUAL = _alt(lx.RELATIVE_QUALIFIERS)
_WD = _alt(lx.WEEKDAYS)
_ORD = lx.ordinal_pattern()
_YEAR = r"(?<![\d.,/:+])(?:1\d{3}|2[01]\d{2})(?![\d%]|[.,]\d)"
_ERA_H = _alt(lx.ERA_HIJRI)
_ERA = rf"(?:{_OSP}(?:{_alt(lx.ERA_MARKERS)}){_E})?"
_ENDS_HIJRI_ERA = re.compile(rf"(?:{_ERA_H})$")
_DAY = r"(?<![\d.,/:+])(?:[12]\d|3[01]|0?[1-9])(?![\d%]|[.,:]\d)"
_MONTH_ANY = rf"(?:{_CP1}?(?:{_G_MONTH}|{_H_MONTH}))"
# "نيسان/أبريل", "أبريل (نيسان)": a second name for the same month.
# A month may be glued to its year ("يناير2017م"): it ends where letters end.
_MONTH_PAIR = rf"(?P<mon>{_MONTH_ANY})(?![^\W\d_])(?:{_OSP}(?:/|\(|-){_OSP}(?:{_G_MONTH})(?:{_OSP}\))?)?"
_DAY_CUE = rf"(?:{_CL}(?:ال)?(?:يوم|ليله){_SP})"
_SENTENCE_STOP = re.compile(r"[.!?؟؛\n]")  # a sentence ends at one of these
# Parts of the day before a weekday (مساء الأحد) make it a date, but stay outside the surface.
_DAYPART_BEFORE = re.compile(rf"{_B}{_CJ}?(?:{_alt(lx.DAY_PARTS)}){_SP}$")
_WEEKDAY_PREFIX = rf"(?:{_DAY_CUE}?{_CJ}?ال(?:{_WD}){_E}{_OSP}[،,]?{_OSP}(?:الموافق{_SP})?)"
_YCUE = _alt(lx.YEAR_CUES)
# Range separators between two dates: "-", "إلى", "حتى", "إلى غاية", "لغاية", "وحتى", "وإلى".
_TO_WORD = rf"(?:و{_OSP})?(?:الي{_SP}غايه|لغايه|الي|حتي)"
# "مايو 2014", "أيار من عام 1948", "أيار لعام 1948", "سبتمبر في سنة 2015": the year joins the month.
_YEAR_TAIL = rf"(?:{_OSP}[،,]?{_OSP}(?:من{_SP}|في{_SP}(?={_CL}(?:ال)?(?:{_YCUE}){_SP}))?(?:{_CL}(?:ال)?(?:{_YCUE}){_SP})?(?P<year>{_YEAR}){_ERA})"


@lru_cache(maxsize=4096)
def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


@lru_cache(maxsize=4096)
def _year(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


@lru_cache(maxsize=8192)
def _month(y: int, m: int) -> Interval:
    return date(y, m, 1), _month_end(y, m)


def _week(d: date) -> Interval:
    """The Saturday–Friday week holding ``d`` (the contract's week)."""
    ws = d - timedelta(days=(d.weekday() + 2) % 7)
    return ws, ws + timedelta(days=6)


def _valid_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR
