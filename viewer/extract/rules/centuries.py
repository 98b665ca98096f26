"""Centuries (القرن الثامن عشر, القرن الـ19, القرن الماضي, القرن الثاني عشر الهجري) and decades of any century.

A century is the hundred years written with its number: the 18th century is
1700–1799 (the reading the press and its decades use: الثمانينيات من القرن
الثامن عشر = 1780–1789).  A Hijri century (الهجري) is Hijri years
(N-1)·100 … (N-1)·100+99 converted.  القرن الماضي / الحالي are the 20th /
21st centuries (as decades with القرن الماضي are; docs/gold.md decision 6).
"""

from __future__ import annotations

import re
from datetime import date

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _B, _CL, _E, _ORD, _OSP, _SP, _alt, _Cand
from viewer.extract.calendars import hijri_year
from viewer.extract.rules import Rule

_PAST = _alt(w for w, q in lx.RELATIVE_QUALIFIERS.items() if q < 0)
_NOW = _alt(w for w, q in lx.RELATIVE_QUALIFIERS.items() if q == 0)
_HIJRI_ERA = _alt(lx.ERA_HIJRI)
_GREG_ERA = _alt(lx.ERA_GREGORIAN)
_WHICH = (
    rf"(?:ال{_OSP}(?P<num>\d{{1,2}})(?!\d)|(?P<ord>{_ORD})|(?P<past>{_PAST})|(?P<now>{_NOW}))"
    rf"(?:{_SP}(?:(?P<hij>{_HIJRI_ERA})|{_GREG_ERA}))?{_E}"
)
CENTURY = re.compile(rf"{_B}{_CL}(?:ال)?قرن{_SP}{_WHICH}")
DECADE_OF = re.compile(
    rf"{_B}{_CL}(?:ال)?(?:عقد{_SP}(?:ال)?)?(?P<dec>{_alt(lx.DECADES)})(?:يات|ات){_E}"
    rf"{_SP}(?:من{_SP})?(?:ال)?قرن{_SP}{_WHICH}"
)


def _number(m: re.Match) -> int | None:
    if m.group("num"):
        return int(m.group("num"))
    if m.group("ord"):
        return lx.ordinal_value(m.group("ord"))
    return 20 if m.group("past") else 21


def _century(ex, m: re.Match) -> None:
    n = _number(m)
    if not n or not 1 <= n <= 22:
        return
    first = (n - 1) * 100
    if m.group("hij"):
        a, b = hijri_year(max(first, 1)), hijri_year(first + 99)
        if not (a and b):
            return
        ex.add(_Cand(m.start(), m.end(), "hijri", "century", a[0], b[1], calendar="hijri"))
        return
    if first < 1:
        return
    ex.add(_Cand(m.start(), m.end(), "absolute", "century", date(first, 1, 1), date(first + 99, 12, 31)))


def _decade_of(ex, m: re.Match) -> None:
    n = _number(m)
    if not n or not 2 <= n <= 22 or m.group("hij"):
        return
    y = (n - 1) * 100 + lx.DECADES[m.group("dec")]
    ex.add(_Cand(m.start(), m.end(), "decade", "decade", date(y, 1, 1), date(y + 9, 12, 31)))


# The older reading: "التسعينيات" (the 20th century's), "الثمانينات من القرن الماضي / العشرين / الـ20".
DECADE = re.compile(
    rf"{_B}{_CL}(?:ال)?(?:عقد{_SP}(?:ال)?)?(?P<dec>{_alt(lx.DECADES)})(?:يات|ات){_E}"
    rf"(?:{_SP}(?:من{_SP})?(?:ال)?قرن{_SP}(?P<cent>{_PAST}|العشرين|{_NOW}|الحادي{_SP}والعشرين|التاسع{_SP}عشر|ال{_OSP}20|ال{_OSP}19|ال{_OSP}21|20|19|21){_E})?"
)


def _decade(ex, m: re.Match) -> None:
    dec = lx.DECADES[m.group("dec")]
    cent = " ".join((m.group("cent") or "").split())
    if cent in ("العشرين", "ال20", "ال 20", "20"):
        base = 1900
    elif lx.RELATIVE_QUALIFIERS.get(cent) == 0 or cent in ("الحادي والعشرين", "ال21", "ال 21", "21"):
        base = 2000
    elif cent in ("التاسع عشر", "ال19", "ال 19", "19"):
        base = 1800
    else:
        base = 1900  # "التسعينيات" alone, or "القرن الماضي" (written after 2000)
    y = base + dec
    ex.add(_Cand(m.start(), m.end(), "decade", "decade", date(y, 1, 1), date(y + 9, 12, 31)))


RULES = [
    Rule("decade_of_century", DECADE_OF, _decade_of, needs="قرن"),
    Rule("century", CENTURY, _century, needs="قرن"),
    Rule("decade", DECADE, _decade),
]
