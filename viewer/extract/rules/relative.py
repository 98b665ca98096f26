"""Relative days and units: أمس, اليوم, غدا, بعد غد, أول أمس; الأسبوع المقبل, الشهر الماضي, هذا العام.

Resolved against the publication date (the week runs Saturday–Friday).  For
a relative day followed by its weekday (``اليوم الأحد``, ``أمس السبت``) the
weekday decides against an off-by-one publication date (within a day).  Not
"today": ``اليوم الوطني`` (an adjective follows), ``ذلك اليوم``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from viewer.extract import lexicon as lx
from viewer.extract.atoms import (
    _B,
    _CJ,
    _CL,
    _DAY_CUE,
    _E,
    _QUAL,
    _SP,
    _WD,
    Interval,
    _alt,
    _Cand,
    _month,
    _week,
    _year,
)
from viewer.extract.rules import Rule
from viewer.extract.rules.common import next_word

# The week, month and year nouns of units.toml (the bare singulars: أسبوع, شهر, عام, سنة).
_UNIT = _alt(f for u in ("week", "month", "year") for f in lx.UNITS[u].singular if not f.endswith("ا"))
REL_UNIT = re.compile(
    rf"{_B}{_CL}(?:ال)?(?P<unit>{_UNIT}){_SP}(?P<qual>{_QUAL}){_E}"
    rf"|{_B}(?:{_CJ}?(?:ب|ل|في{_SP})?)(?:هذا|هذه){_SP}(?:ال)(?P<unit2>{_UNIT}){_E}"
)
REL_DAY = re.compile(
    rf"{_B}(?P<cue>{_DAY_CUE})?(?:"
    rf"(?P<dby>(?:{_CJ}?اول{_SP}(?:من{_SP})?امس)|(?:{_CJ}?(?:ب)?(?:ال)?امس{_SP}الاول))"
    rf"|(?P<yest>{_CJ}?(?:ب)?(?:ال)?امس|{_CJ}?(?:ال)?بارحه)"
    rf"|(?P<today>{_CJ}?اليوم)"
    rf"|(?P<tom>{_CJ}?غدا)"
    rf"|(?P<dat>{_CJ}?بعد{_SP}غد)"
    rf"){_E}(?:{_SP}ال(?P<wd>{_WD}){_E})?"
)
_THAT_DAY_BEFORE = re.compile(rf"(?:{_alt(lx.THAT_DAY_BEFORE)})\s+$")


def _relative_unit(ex, m: re.Match) -> None:
    unit = m.group("unit") or m.group("unit2")
    q = lx.RELATIVE_QUALIFIERS[m.group("qual")] if m.group("qual") else 0
    gran = lx.UNIT_FORMS[unit][0]  # week, month or year (units.toml)

    def resolve(pub: date, gran=gran, q=q) -> Interval:
        if gran == "week":
            return _week(pub + timedelta(days=7 * q))
        if gran == "month":
            first = date(pub.year, pub.month, 1) + relativedelta(months=q)
            return _month(first.year, first.month)
        return _year(pub.year + q)

    ex.add(_Cand(m.start(), m.end(), "relative", gran, resolver=resolve))


def _relative_day(ex, m: re.Match) -> None:
    if m.group("today"):
        nxt = next_word(ex.t, m.end("today"))
        before = ex.t[max(0, m.start() - 8) : m.start()]
        follows_weekday = nxt[2:] in lx.WEEKDAYS and m.group(0).rstrip().endswith(nxt)
        adjective = nxt.startswith("ال") and nxt not in lx.NOT_ADJECTIVES
        if (
            (adjective and not follows_weekday)
            or nxt.isdigit()
            or _THAT_DAY_BEFORE.search(before)
        ):
            return  # اليوم الوطني, ذلك اليوم: not "today"
    offset = (
        -2
        if m.group("dby")
        else -1
        if m.group("yest")
        else 0
        if m.group("today")
        else 1
        if m.group("tom")
        else 2
    )

    wd = lx.WEEKDAYS.get(m.group("wd") or "")

    def resolve(pub: date, offset=offset, wd=wd) -> Interval:
        d = pub + timedelta(days=offset)
        if wd is not None and d.weekday() != wd:
            # "اليوم الأحد" in a copy dated a day off: the named weekday
            # decides, within a day of the computed date.
            for k in (-1, 1):
                if (d + timedelta(days=k)).weekday() == wd:
                    return d + timedelta(days=k), d + timedelta(days=k)
        return d, d

    note = "the weekday decides against an off-by-one publication date" if wd is not None else None
    ex.add(_Cand(m.start(), m.end(), "relative", "day", resolver=resolve, note=note))


RULES = [
    Rule("relative_unit", REL_UNIT, _relative_unit),
    Rule("relative_day", REL_DAY, _relative_day),
]
