"""Weekdays as wire services write them: bare between commas, pairs and nights.

``أعلنت الوزارة، الأحد، أن …``: a bare weekday set off by commas is the day of
the news (the latest such day on or before publication), even for the words
that are ambiguous elsewhere (الأحد, الاثنين, الجمعة, السبت).  ``يومي الجمعة
والسبت`` (المقبلين / الماضيين) is a two-day range; ``ليل الخميس - الجمعة`` the
night from the first day to the next.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _B, _CL, _E, _OSP, _SP, _WD, _alt, _Cand
from viewer.extract.rules import Rule

_NEXT = _alt(w for w, q in lx.RELATIVE_QUALIFIERS.items() if q > 0)
_PAST = _alt(w for w, q in lx.RELATIVE_QUALIFIERS.items() if q < 0)

WIRE = re.compile(rf"{_B}ال(?P<wd>{_WD}){_E}(?={_OSP}[،,])")
PAIR = re.compile(
    rf"{_B}{_CL}(?:ال)?يومي{_SP}ال(?P<w1>{_WD}){_SP}و{_OSP}ال(?P<w2>{_WD}){_E}"
    rf"(?:{_SP}(?P<qual>{_NEXT}|{_PAST}){_E})?"
)
NIGHT = re.compile(
    rf"{_B}{_CL}(?:ال)?ليل(?:ه)?{_SP}ال(?P<w1>{_WD}){_OSP}(?:[-–/]|{_SP}(?:الي|علي){_SP}){_OSP}ال(?P<w2>{_WD}){_E}"
)


def _on_or_before(pub: date, wd: int) -> date:
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def _wire(ex, m: re.Match) -> None:
    before = ex.t[max(0, m.start() - 3) : m.start()].rstrip()
    if not before.endswith(("،", ",")):
        return
    wd = lx.WEEKDAYS[m.group("wd")]

    def resolve(pub: date, wd=wd):
        d = _on_or_before(pub, wd)
        return d, d

    ex.add(_Cand(m.start(), m.end(), "weekday", "day", resolver=resolve))


def _two_days(ex, m: re.Match, q: int | None, note: str) -> None:
    w1, w2 = lx.WEEKDAYS[m.group("w1")], lx.WEEKDAYS[m.group("w2")]
    gap = (w2 - w1) % 7
    if gap == 0:
        return

    def resolve(pub: date, w1=w1, gap=gap, q=q):
        if q and q > 0:
            a = pub + timedelta(days=(w1 - pub.weekday()) % 7 or 7)
        elif q and q < 0:
            a = pub - timedelta(days=(pub.weekday() - w1) % 7 or 7)
        else:
            a = _on_or_before(pub, w1)
        return a, a + timedelta(days=gap)

    kind = "weekday"
    ex.add(_Cand(m.start(), m.end(), kind, "day", resolver=resolve, note=note))


def _pair(ex, m: re.Match) -> None:
    _two_days(ex, m, lx.RELATIVE_QUALIFIERS.get(m.group("qual") or ""), "two weekdays")


def _night(ex, m: re.Match) -> None:
    if (lx.WEEKDAYS[m.group("w2")] - lx.WEEKDAYS[m.group("w1")]) % 7 != 1:
        return
    _two_days(ex, m, None, "night")


RULES = [
    Rule("weekday_pair", PAIR, rf"{_CL}(?:ال)?يومي", _pair, before="dates", needs="يومي"),
    Rule("weekday_night", NIGHT, rf"{_CL}(?:ال)?ليل", _night, before="dates", needs="ليل"),
    Rule("wire_weekday", WIRE, rf"ال(?:{_WD})", _wire, before="weekdays"),
]
