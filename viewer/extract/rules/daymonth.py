"""Day + month (+ year or qualifier), and spans with both ends named.

``الاثنين 8 ديسمبر الجاري``, ``يومي 8 و9 ديسمبر 2024``, ``الخامس من شهر أيار لعام
1948``, ``15 رمضان 1446 هـ``, ``في الرابع والعشرين من يناير2017م``; ``من 10 جانفي
إلى 11 فيفري 2024``, ``بين أكتوبر 2021 ومارس 2022``.  One pattern for a day
with its month, so day ranges and weekdays bind to their month before the
month is seen alone.  Without a year the date is relative to publication (or
takes its year from the narrative, resolve.py).  Not a date: ``31 أوت من كل
سنة`` (every year), ``ملعب 5 جويلية`` (a name), ``الأول من يناير`` with neither
year nor qualifier.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from viewer.extract import lexicon as lx
from viewer.extract.atoms import (
    _B,
    _BL,
    _CJ,
    _CL,
    _CP1,
    _DAY,
    _DAY_CUE,
    _E,
    _ENDS_HIJRI_ERA,
    _ERA,
    _G_MONTH,
    _MONTH_ANY,
    _MONTH_PAIR,
    _ORD,
    _OSP,
    _QUAL,
    _SP,
    _TO_WORD,
    _WD,
    _WEEKDAY_PREFIX,
    _YEAR,
    _YEAR_TAIL,
    Interval,
    _alt,
    _Cand,
    _month,
    _month_end,
    _valid_year,
    _year,
)
from viewer.extract.calendars import hijri_to_greg, hijri_year_of
from viewer.extract.rules import Rule
from viewer.extract.rules.common import clean_word, month_of, shift_year

DATE = re.compile(
    rf"{_B}(?P<wd>{_WEEKDAY_PREFIX})?"
    rf"(?P<cue>{_DAY_CUE}|{_CL}(?:ال)?(?:ايام|يومي){_SP}|(?:من|بين){_SP})?"
    rf"(?:(?P<day>{_DAY})|(?P<dord>{_ORD}))"
    rf"(?:{_OSP}(?:-|–|و|الي|حتي|و\s?حتي){_OSP}(?P<day2>{_DAY}))?"
    rf"{_OSP}(?:من{_SP})?(?:شهر{_SP})?{_MONTH_PAIR}"
    rf"(?:{_YEAR_TAIL}|{_SP}(?P<qual>{_QUAL}){_E})?"
)
SPAN_RANGE = re.compile(
    rf"{_B}(?P<pre>{_CJ}?(?:من|بين|منذ)){_SP}(?:(?P<d1>{_DAY}){_OSP})?(?P<m1>{_CP1}?(?:{_G_MONTH})){_E}"
    rf"(?:{_SP}(?P<y1>{_YEAR}))?{_OSP}(?:-|–|{_TO_WORD}|و){_OSP}"
    rf"(?:(?P<d2>{_DAY}){_OSP})?(?P<m2>{_CP1}?(?:{_G_MONTH})){_E}{_OSP}[،,]?{_OSP}(?:(?:ال)?(?:عام|سنه){_SP})?(?P<y2>{_YEAR}){_ERA}"
)
_NAMED_BEFORE = re.compile(rf"{_B}{_CJ}?{_BL}?(?:ال)?(?:{_alt(lx.NAMED_BEFORE)}){_SP}$")
# "من 1 جويلية إلى 31 أوت من كل سنة": a date (or the first end of a range) repeated every year.
_HABITUAL_AFTER = re.compile(
    rf"(?:{_OSP}(?:-|–|{_TO_WORD}){_OSP}{_DAY}{_OSP}{_MONTH_ANY}(?![^\W\d_]))?"
    rf"{_OSP}[،,]?{_OSP}(?:من{_SP})?كل{_SP}(?:عام|سنه|شهر|اسبوع){_E}"
)
# "كانون الثاني", "ربيع الأول": the first word of a two-word month, before an ordinal.
_MONTH_HEAD_BEFORE = re.compile(
    rf"(?:{_alt({w.split()[0] for w in (*lx.GREGORIAN_MONTHS, *lx.HIJRI_MONTHS) if ' ' in w})})\s*$"
)
_WD_RX = re.compile(rf"ال(?P<wd>{_WD}){_E}")
_AND = re.compile(r"^\s*و\s*$")


def _named_weekday(prefix: str | None) -> int | None:
    """The weekday named in a date's prefix ("الأحد 5 مايو"), or None."""
    m = _WD_RX.search(prefix or "")
    return lx.WEEKDAYS[m.group("wd")] if m else None


def day_interval(year: int, month: int, d1: int, d2: int, hijri: bool) -> Interval | None:
    if hijri:
        a, b = hijri_to_greg(year, month, d1), hijri_to_greg(year, month, d2)
        return (a, b) if a and b else None
    if not _valid_year(year):
        return None
    try:
        return date(year, month, d1), date(year, month, d2)
    except ValueError:
        return None


def relative_day_resolver(month: int, d1: int, d2: int, hijri: bool, q: int | None):
    if d1 > 30 and hijri:
        return None
    if not hijri and d2 > calendar.monthrange(2024, month)[1]:
        return None

    def resolve(pub: date) -> Interval:
        if hijri:
            try:
                hy = hijri_year_of(pub)
            except ValueError:
                return _year(pub.year)
            iv = day_interval(hy, month, d1, d2, True)
            return iv or _year(pub.year)
        y = shift_year(month, pub, q)
        if d2 > calendar.monthrange(y, month)[1]:  # 29 February in a common year
            return _month(y, month)
        return date(y, month, d1), date(y, month, d2)

    return resolve


def _span_range(ex, m: re.Match) -> None:
    if bool(m.group("d1")) != bool(m.group("d2")):
        return
    m1 = lx.GREGORIAN_MONTHS.get(clean_word(m.group("m1")))
    m2 = lx.GREGORIAN_MONTHS.get(clean_word(m.group("m2")))
    if m1 is None or m2 is None:
        return
    y2 = int(m.group("y2"))
    d1 = int(m.group("d1")) if m.group("d1") else 1
    d2 = int(m.group("d2")) if m.group("d2") else None
    y1 = int(m.group("y1")) if m.group("y1") else (y2 if (m1, d1) <= (m2, d2 or 31) else y2 - 1)
    try:
        a = date(y1, m1, d1)
        b = date(y2, m2, d2) if d2 else _month_end(y2, m2)
    except ValueError:
        return
    if not (_valid_year(y1) and _valid_year(y2)) or a > b:
        return
    ex.add(_Cand(m.start(), m.end(), "range", "day" if d2 else "month", a, b))



def _date(ex, m: re.Match) -> None:
    info = month_of(m.group("mon"))
    if info is None:
        return
    month, hijri = info
    day = int(m.group("day")) if m.group("day") else lx.ordinal_value(m.group("dord") or "")
    if not day or day > 31:
        return
    day2 = int(m.group("day2")) if m.group("day2") else None
    if day2 is not None and not (day < day2 <= 31):
        return
    cue = (m.group("cue") or "").strip()
    if _HABITUAL_AFTER.match(ex.t, m.end()):
        return  # "31 أوت من كل سنة": every year, not a date
    if _NAMED_BEFORE.search(ex.t[max(0, m.start() - 12) : m.start()]):
        return  # "ملعب 5 جويلية", "شارع 26 يوليو": a name, not a date
    if m.group("dord") and _MONTH_HEAD_BEFORE.search(ex.t[max(0, m.start() - 8) : m.start()]):
        return  # "كانون الثاني" is a month, not "the second"
    if m.group("dord") and not m.group("year") and not m.group("qual"):
        # "الأول من يناير" needs a year or qualifier to be a date at all.
        if "من" not in m.group(0)[: m.start("mon") - m.start()]:
            return
    start = m.start()
    if cue in ("من", "بين") and day2 is None:
        # a lone "من" before a single day is not part of the date
        start = m.start("day") if m.group("day") else m.start("dord")
    year = int(m.group("year")) if m.group("year") else None
    era_h = bool(m.group("year")) and _ENDS_HIJRI_ERA.search(m.group(0).strip()) is not None
    hijri = hijri or era_h
    gran = "day"
    kind = "range" if day2 else "absolute"
    d_last = day2 or day
    joined_by_and = day2 is not None and _AND.search(
        ex.t[m.end("day") if m.group("day") else m.end("dord") : m.start("day2")]
    )
    if joined_by_and and day2 != day + 1 and year is not None and not hijri:
        # "يومي 13 و27 مايو 2023": two separate days, not a span
        try:
            parts = [(date(year, month, day),) * 2, (date(year, month, day2),) * 2]
        except ValueError:
            return
        ex.add(_Cand(start, m.end(), "multi", gran, parts[0][0], parts[1][1], parts=parts))
        return
    if year is not None:
        iv = day_interval(year, month, day, d_last, hijri)
        if iv is None:
            return
        named = _named_weekday(m.group("wd"))
        clash = named is not None and not day2 and iv[0].weekday() != named
        c = _Cand(
            start,
            m.end(),
            "hijri" if hijri and not day2 else kind,
            gran,
            *iv,
            calendar="hijri" if hijri else "gregorian",
            note=f"weekday contradicts the date ({iv[0]:%A} {iv[0].isoformat()})" if clash else None,
        )
    else:
        q = lx.RELATIVE_QUALIFIERS.get(m.group("qual") or "")
        res = relative_day_resolver(month, day, d_last, hijri, q)
        if res is None:
            return
        c = _Cand(
            start,
            m.end(),
            "relative",
            gran,
            resolver=res,
            calendar="hijri" if hijri else "gregorian",
            note=None if q is not None else "year from the publication date",
        )
        if q is None and not hijri:
            c.extra["yearless"] = (month, day, d_last)
    ex.add(c)



RULES = [
    Rule("span_range", SPAN_RANGE, _span_range),
    Rule("date", DATE, _date),
]
