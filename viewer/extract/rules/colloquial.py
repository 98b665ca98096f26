"""Deictic days beyond أمس/اليوم/غدا: colloquial (امبارح, بكرة, النهارده), قبل أمس, and "on this day" + year.

All are read from viewer/lang/ar/deictic.toml.  ``زي النهارده من عام 1973``
is the publication's day and month in 1973; without a year it names no date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _B, _CJ, _CL, _E, _OSP, _SP, _YCUE, _YEAR, _alt, _Cand, _valid_year
from viewer.extract.rules import Rule

DAYS = re.compile(rf"{_B}(?P<w>{_CJ}?(?:{_alt(lx.DEICTIC_DAYS)})){_E}")
ON_THIS_DAY = re.compile(
    rf"{_B}{_CJ}?(?:{_alt(lx.ON_THIS_DAY)}){_SP}(?:(?:من|في){_SP})?(?:{_CL}(?:ال)?(?:{_YCUE}){_SP})?"
    rf"(?P<year>{_YEAR})(?:{_OSP}م)?{_E}"
)


def _days(ex, m: re.Match) -> None:
    w = re.sub(r"\s+", " ", m.group("w"))
    off = lx.DEICTIC_DAYS.get(w)
    if off is None and w[:1] in lx.CONJUNCTIONS:
        off = lx.DEICTIC_DAYS.get(w[1:])
    if off is None:
        return

    def resolve(pub: date, off=off):
        d = pub + timedelta(days=off)
        return d, d

    ex.add(_Cand(m.start(), m.end(), "relative", "day", resolver=resolve))


def _on_this_day(ex, m: re.Match) -> None:
    y = int(m.group("year"))
    if not _valid_year(y):
        return

    def resolve(pub: date, y=y):
        try:
            d = date(y, pub.month, pub.day)
        except ValueError:  # 29 February
            d = date(y, pub.month, 28)
        return d, d

    ex.add(_Cand(m.start(), m.end(), "relative", "day", resolver=resolve, note="on this day"))



_SECOND_WORDS = {w.split()[1] for w in lx.ON_THIS_DAY if len(w.split()) > 1}
if len(_SECOND_WORDS) < len(lx.ON_THIS_DAY):
    raise ValueError("on_this_day phrases must have two words or more (deictic.toml)")

RULES = [
    # "في مثل هذا اليوم" starts with a common word: tried only near the phrase's second word
    Rule("on_this_day", ON_THIS_DAY, _on_this_day, needs_word=rf"(?:{_alt(_SECOND_WORDS)})\Z"),
    Rule("deictic_days", DAYS, _days),
]
