"""A month without a day: ``مايو 2014``, ``أيار من عام 1948``, ``نيسان/أبريل 2024``, ``شهر رمضان المقبل``, ``رمضان 2021``.

Every month family (viewer/lang/ar/months.toml).  A bare month name is a date
only after شهر or a temporal preposition (``في أكتوبر``), and never one of the
short or ambiguous words (آب, ماي …).  A Hijri month with a Gregorian year
(``رمضان 2025``) is the Hijri month that starts in that year (two of them is
ambiguous: no date); with a Hijri year or era marker, that Hijri month.
"""

from __future__ import annotations

import re
from datetime import date

from viewer.extract import lexicon as lx
from viewer.extract.atoms import (
    _B,
    _CJ,
    _CL,
    _E,
    _ENDS_HIJRI_ERA,
    _MONTH_PAIR,
    _QUAL,
    _SP,
    _YEAR_TAIL,
    Interval,
    _alt,
    _Cand,
    _month,
    _valid_year,
    _year,
)
from viewer.extract.calendars import hijri_month, hijri_months_in_gregorian_year, hijri_ym_of
from viewer.extract.rules import Rule
from viewer.extract.rules.common import clean_word, month_of, shift_year

MONTH = re.compile(
    rf"{_B}(?P<cue>{_CL}(?:ال)?شهر{_SP})?{_MONTH_PAIR}"
    rf"(?:{_YEAR_TAIL}|{_SP}(?P<qual>{_QUAL}){_E})?"
)
_PREP_BEFORE = re.compile(rf"{_B}{_CJ}?(?:{_alt(lx.MONTH_PREPOSITIONS)}){_SP}$")


def _bare_or_dated_month(ex, m: re.Match) -> None:
    word = clean_word(m.group("mon"))
    info = month_of(word)
    if info is None:
        return
    month, hijri = info
    year = int(m.group("year")) if m.group("year") else None
    qual = m.group("qual")
    cue = m.group("cue")
    if year is None and qual is None:
        # A bare month name: only after شهر or a temporal preposition,
        # and never the short/ambiguous words.
        if word in lx.AMBIGUOUS_MONTHS or (hijri and word in lx.AMBIGUOUS_HIJRI and not cue):
            return
        if not cue and not _PREP_BEFORE.search(ex.t[max(0, m.start() - 12) : m.start()]):
            return
    if year is not None:
        era_h = _ENDS_HIJRI_ERA.search(m.group(0).strip()) is not None
        if hijri and not era_h and year >= 1900:
            # "رمضان 2025": the Hijri month that starts in that Gregorian
            # year; two of them (2030) is ambiguous, so no date
            found = hijri_months_in_gregorian_year(month, year)
            if len(found) == 1:
                ex.add(_Cand(m.start(), m.end(), "hijri", "month", *found[0][1], calendar="hijri"))
        elif hijri or era_h:
            iv = hijri_month(year, month)
            if iv is None:
                return
            ex.add(_Cand(m.start(), m.end(), "hijri", "month", *iv, calendar="hijri"))
        elif _valid_year(year):
            ex.add(_Cand(m.start(), m.end(), "absolute", "month", *_month(year, month)))
        return
    q = lx.RELATIVE_QUALIFIERS.get(qual or "")

    def resolve(pub: date, month=month, hijri=hijri, q=q) -> Interval:
        if hijri:
            try:
                hy, hm = hijri_ym_of(pub)
            except ValueError:
                return _year(pub.year)
            if q and q > 0:
                hy += month <= hm
            elif q and q < 0:
                hy -= month >= hm
            return hijri_month(hy, month) or _year(pub.year)
        y = shift_year(month, pub, q)
        return _month(y, month)

    ex.add(
        _Cand(
            m.start(),
            m.end(),
            "relative",
            "month",
            resolver=resolve,
            calendar="hijri" if hijri else "gregorian",
            note=None if q is not None else "year from the publication date",
        )
    )



RULES = [Rule("month", MONTH, _bare_or_dated_month)]
