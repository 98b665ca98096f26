"""Duration offsets from the publication date: قبل/بعد/منذ N unit, خلال الـN unit الماضية.

``قبل خمس سنوات`` is the year five years before publication, ``بعد أسبوعين``
the week two weeks after it, ``منذ 18 شهرا`` the interval from 18 months
before publication to publication, ``خلال الأيام السبعة الماضية`` the last
seven days.  Numbers are digits (any digit system), cardinal words (خمس,
أربعة عشر, خمسة وعشرين), or a dual unit (يومين, عامين); a bare singular unit
means one (بعد عام).  Approximate modifiers (نحو, قرابة, أكثر من …) keep the
value and mark the note ``approximate``.

When unsure, no date: an offset anchored to something else (``قبل يومين من
الاقتراع``, ``بعد سنة من نشره``) or in a sentence that already names an
explicit year (its reference time is that year, not publication) is left out,
as are plural units without a number (``منذ سنوات``).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from viewer.extract import lexicon as lx
from viewer.extract.atoms import (
    _B,
    _CJ,
    _E,
    _OSP,
    _SENTENCE_STOP,
    _SP,
    _YEAR,
    Interval,
    _alt,
    _Cand,
    _month,
    _week,
    _year,
)
from viewer.extract.rules import Rule

_FORMS = _alt(lx.UNIT_FORMS)
_CARD1 = _alt(list(lx.CARDINALS) + list(lx.CARDINAL_TENS))
_TEEN = _alt(lx._TEEN)
_TENS = _alt(lx.CARDINAL_TENS)
_NUMWORDS = rf"(?:{_CARD1})(?:{_SP}(?:{_TEEN})|{_SP}و{_OSP}(?:{_TENS}))?"
_APPROX = _alt(lx.APPROXIMATE)
_PAST = _alt(w for w, q in lx.RELATIVE_QUALIFIERS.items() if q < 0)
_NEXT = _alt(w for w, q in lx.RELATIVE_QUALIFIERS.items() if q > 0)

OFFSET = re.compile(
    rf"{_B}(?P<head>{_CJ}?(?:منذ|قبل|بعد)){_SP}(?:(?P<approx>{_APPROX}){_SP}(?:ال{_OSP})?)?"
    rf"(?:(?P<num>\d{{1,4}})(?!\d)|(?P<words>{_NUMWORDS}))?{_OSP}(?P<unit>{_FORMS}){_E}(?!{_OSP}[\d(])"
)
# خلال الأيام السبعة الماضية / خلال الـ48 ساعة الماضية / خلال العقدين الماضيين
WITHIN = re.compile(
    rf"{_B}(?P<head>{_CJ}?خلال){_SP}(?:(?P<approx>{_APPROX}){_SP})?"
    rf"(?:ال{_OSP}(?P<num>\d{{1,4}})(?!\d){_OSP}(?P<unit>{_FORMS})"
    rf"|ال(?P<unit2>{_FORMS}){_E}(?:{_SP}ال(?P<words>{_NUMWORDS}))?)"
    rf"{_SP}(?P<qual>{_PAST}|{_NEXT}){_E}"
)
_ANCHORED_AFTER = re.compile(rf"{_SP}(?:من|علي){_SP}")
_YEAR_RX = re.compile(_YEAR)

_STEP = {"hour": ("days", 0), "day": ("days", 1), "week": ("weeks", 1), "month": ("months", 1),
         "year": ("years", 1), "decade": ("years", 10), "century": ("years", 100)}


def _count(m: re.Match, unit_form: str) -> int | None:
    implied = lx.UNIT_FORMS[unit_form][1]
    if m.group("num"):
        return int(m.group("num")) if implied != 2 else None
    if m.group("words"):
        return lx.cardinal_value(m.group("words")) if implied != 2 else None
    return implied  # 1 for a singular, 2 for a dual, None for a plural without a number


def _shift(pub: date, unit: str, n: int, sign: int) -> date:
    kw, k = _STEP[unit]
    if unit == "hour":
        return pub + timedelta(days=sign * -(-n // 24))
    return pub + relativedelta(**{kw: sign * n * k})


def _point(d: date, unit: str) -> Interval:
    if unit in ("hour", "day"):
        return d, d
    if unit == "week":
        return _week(d)
    if unit == "month":
        return _month(d.year, d.month)
    return _year(d.year)


def _sentence_has_year_before(ex, start: int) -> bool:
    """An explicit year between the sentence start and ``start`` (positions found once per text)."""
    idx = ex.cache.get("durations")
    if idx is None:
        idx = ex.cache["durations"] = (
            [m.end() for m in _SENTENCE_STOP.finditer(ex.t)],
            [m.start() for m in _YEAR_RX.finditer(ex.t)],
        )
    stops, years = idx
    k = bisect.bisect_right(stops, start) - 1
    sentence_start = stops[k] if k >= 0 else 0
    j = bisect.bisect_left(years, sentence_start)
    return j < len(years) and years[j] < start


def _add(ex, m: re.Match, unit: str, n: int, mode: str, approx: bool) -> None:
    if n <= 0 or n > 2000:
        return
    gran = lx.UNITS[unit].granularity
    point_unit = "year" if unit in ("decade", "century") else unit

    def resolve(pub: date, unit=unit, n=n, mode=mode) -> Interval:
        if mode == "since":
            return _shift(pub, unit, n, -1), pub
        if mode == "next":
            return pub, _shift(pub, unit, n, 1)
        return _point(_shift(pub, unit, n, -1 if mode == "ago" else 1), point_unit)

    if mode in ("ago", "after") and unit == "hour":
        return  # a few hours before publication: no day worth stating
    note = "duration" + (", approximate" if approx or unit in ("decade", "century") else "")
    gran = gran if mode in ("since", "next") else ("year" if point_unit == "year" else gran)
    if gran == "hour":
        gran = "day"
    ex.add(_Cand(m.start(), m.end(), "relative", gran, resolver=resolve, note=note))


def _offset(ex, m: re.Match) -> None:
    head = m.group("head").lstrip("وف") if len(m.group("head")) > 3 else m.group("head")
    unit_form = m.group("unit")
    n = _count(m, unit_form)
    if n is None:
        return
    if _ANCHORED_AFTER.match(ex.t, m.end()) or _sentence_has_year_before(ex, m.start()):
        return
    unit = lx.UNIT_FORMS[unit_form][0]
    mode = {"منذ": "since", "قبل": "ago", "بعد": "after"}[head]
    _add(ex, m, unit, n, mode, bool(m.group("approx")))


def _within(ex, m: re.Match) -> None:
    unit_form = m.group("unit") or m.group("unit2")
    unit, implied = lx.UNIT_FORMS[unit_form]
    if m.group("num"):
        n = int(m.group("num"))
    elif m.group("words"):
        n = lx.cardinal_value(m.group("words"))
    elif implied == 2:
        n = 2
    else:
        return  # خلال الأيام الماضية, خلال الأسبوع الماضي: vague or another rule's
    if not n:
        return
    mode = "since" if lx.RELATIVE_QUALIFIERS.get(m.group("qual"), 0) < 0 else "next"
    _add(ex, m, unit, n, mode, bool(m.group("approx")))


RULES = [
    Rule("within", WITHIN, _within),
    Rule("offset", OFFSET, _offset),
]
