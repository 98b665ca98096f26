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
from viewer.extract.atoms import (
    _B,
    _BL,
    _CJ,
    _CL,
    _DAY_CUE,
    _DAYPART_BEFORE,
    _E,
    _OSP,
    _QUAL,
    _SP,
    _WD,
    Interval,
    _alt,
    _Cand,
)
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


def _anchor(pub: date, wd: int, q: int | None) -> date:
    """Weekday ``wd`` at ``pub``: the next (المقبل, q > 0), the last before (الماضي, q < 0), else on or before."""
    if q and q > 0:
        return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    if q and q < 0:
        return pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
    return _on_or_before(pub, wd)


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
        a = _anchor(pub, w1, q)
        return a, a + timedelta(days=gap)

    ex.add(_Cand(m.start(), m.end(), "weekday", "day", resolver=resolve, note=note))


def _pair(ex, m: re.Match) -> None:
    _two_days(ex, m, lx.RELATIVE_QUALIFIERS.get(m.group("qual") or ""), "two weekdays")


def _night(ex, m: re.Match) -> None:
    if (lx.WEEKDAYS[m.group("w2")] - lx.WEEKDAYS[m.group("w1")]) % 7 != 1:
        return
    _two_days(ex, m, None, "night")


# A weekday with a cue or qualifier (يوم الثلاثاء المقبل, الخميس الماضي); the ambiguous
# names (الأحد, الجمعة …) alone only after a part of the day (مساء الأحد) or between commas (above).
WEEKDAY = re.compile(rf"{_B}(?P<cue>{_DAY_CUE})?{_CJ}?{_BL}?ال(?P<wd>{_WD}){_E}(?:{_SP}(?P<qual>{_QUAL}){_E})?")
# Habitual, not a date: "أيام الثلاثاء", "كل جمعة", "من الأحد إلى الخميس"; the Friday prayer.
_HABITUAL_BEFORE = re.compile(rf"(?:{_alt(lx.HABITUAL_BEFORE)}){_SP}$")
_SPAN_AFTER = re.compile(rf"^{_SP}(?:الي|حتي){_SP}(?:ال)?(?:{_WD}){_E}")
_SPAN_BEFORE = re.compile(rf"(?:{_WD}){_SP}(?:الي|حتي){_SP}{_CJ}?{_BL}?ال$")
_PRAYER_BEFORE = re.compile(rf"(?:{_alt(lx.FRIDAY_PRAYER)})\s+$")


def _weekday(ex, m: re.Match) -> None:
    wd_word = m.group("wd")
    if (
        not m.group("cue")
        and not m.group("qual")
        and wd_word in lx.AMBIGUOUS_WEEKDAYS
        and not _DAYPART_BEFORE.search(ex.t[max(0, m.start() - 10) : m.start()])
    ):
        return
    if (
        _HABITUAL_BEFORE.search(ex.t[max(0, m.start() - 8) : m.start()])
        or _SPAN_AFTER.search(ex.t[m.end() : m.end() + 20])
        or _SPAN_BEFORE.search(ex.t[max(0, m.start() - 20) : m.start() + 2])
    ):
        return  # habitual ("أيام الثلاثاء", "من الأحد إلى الخميس"): not a date
    if wd_word == "جمعه" and _PRAYER_BEFORE.search(ex.t[max(0, m.start() - 8) : m.start()]):
        return
    wd = lx.WEEKDAYS[wd_word]
    q = lx.RELATIVE_QUALIFIERS.get(m.group("qual") or "")

    def resolve(pub: date, wd=wd, q=q) -> Interval:
        d = _anchor(pub, wd, q)
        return d, d

    ex.add(_Cand(m.start(), m.end(), "weekday", "day", resolver=resolve))


RULES = [
    Rule("weekday_pair", PAIR, _pair, needs="يومي"),
    Rule("weekday_night", NIGHT, _night, needs="ليل"),
    Rule("wire_weekday", WIRE, _wire),
    Rule("weekday", WEEKDAY, _weekday),
]
