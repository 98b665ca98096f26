"""Calendar conversions: Hijri (Umm al-Qura, tabular outside its range) and the feasts.

Umm al-Qura (hijridate) is what the Gulf press dates by, but it only covers
1343–1500 AH (1924–2077).  Older Hijri years (سنة 1205 هـ, سنة 560 هـ) use the
tabular (arithmetic, civil-epoch) calendar, which historians use for them and
which agrees with Umm al-Qura to within a day or two; such values carry the
note "tabular Hijri".  Dates are proleptic Gregorian, as Python's ``date``.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from viewer.extract import lexicon as lx

Interval = tuple[date, date]
_UQ_FIRST, _UQ_LAST = 1343, 1500
_EPOCH_JDN = 1948440  # 1 Muharram 1 AH (civil), Julian day number


def in_umm_al_qura(year: int) -> bool:
    return _UQ_FIRST <= year <= _UQ_LAST


def _tabular(y: int, m: int, d: int) -> date | None:
    if not (1 <= y <= 1700 and 1 <= m <= 12 and 1 <= d <= 30):
        return None
    month_len = 29 + (m % 2 == 1 or (m == 12 and (14 + 11 * y) % 30 < 11))
    if d > month_len:
        return None
    jdn = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + _EPOCH_JDN - 1
    return date.fromordinal(jdn - 1721425)


def hijri_to_greg(y: int, m: int, d: int) -> date | None:
    """Gregorian date of a Hijri day, or None when it does not exist."""
    if in_umm_al_qura(y):
        try:
            from hijridate import Hijri

            g = Hijri(y, m, d, validate=True).to_gregorian()
            return date(g.year, g.month, g.day)
        except (ValueError, OverflowError, ImportError):
            return None
    return _tabular(y, m, d)


def hijri_month(y: int, m: int) -> Interval | None:
    start = hijri_to_greg(y, m, 1)
    if start is None:
        return None
    nxt = hijri_to_greg(y + (m == 12), m % 12 + 1, 1)
    if nxt is None:
        for d in (30, 29):
            end = hijri_to_greg(y, m, d)
            if end:
                return start, end
        return None
    return start, nxt - timedelta(days=1)


def hijri_year(y: int) -> Interval | None:
    a, b = hijri_month(y, 1), hijri_month(y, 12)
    return (a[0], b[1]) if a and b else None


def hijri_ym_of(d: date) -> tuple[int, int]:
    """Hijri (year, month) of a Gregorian date; ValueError outside Umm al-Qura's range (1924–2077)."""
    from hijridate import Gregorian

    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except OverflowError as exc:
        raise ValueError(str(exc)) from exc
    return h.year, h.month


def hijri_year_of(d: date) -> int:
    return hijri_ym_of(d)[0]


def hijri_months_in_gregorian_year(month: int, gyear: int) -> list[tuple[int, Interval]]:
    """(Hijri year, interval) of each Hijri ``month`` that starts in Gregorian ``gyear`` (رمضان 2025)."""
    out = []
    hy = gyear - 579 - 2  # a little before the first candidate
    for y in range(hy, hy + 5):
        iv = hijri_month(y, month)
        if iv and iv[0].year == gyear:
            out.append((y, iv))
    return out


def feast_interval(feast: str, hyear: int) -> Interval | None:
    """The days of a feast (viewer/lang/ar/feasts.toml) in Hijri year ``hyear``."""
    f = lx.FEASTS[feast]
    if f.days == 0:
        return hijri_month(hyear, f.month)
    a = hijri_to_greg(hyear, f.month, f.day)
    return (a, a + timedelta(days=f.days - 1)) if a else None
