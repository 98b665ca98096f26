"""Dates written in Latin script inside Arabic pages, and month names between dashes.

``October 26, 2025``, ``27th, October 2025``, ``07 Mar. 2010``, ``Sept. 3, 2019``
(English month names and abbreviations from viewer/lang/ar/months.toml
[latin]); ``11-يناير-2025``, ``5-غشت-2024`` (any Arabic month family).
"""

from __future__ import annotations

import re
from datetime import date

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _DAY, _G_MONTH, _OSP, _SP, _YEAR, _alt, _Cand
from viewer.extract.rules import Rule

_LAT = _alt(lx.LATIN_MONTHS)
_ORDSUF = r"(?:st|nd|rd|th)?"
LATIN = re.compile(
    rf"(?i)(?<![\w])(?:(?P<m1>{_LAT})\.?{_SP}(?P<d1>{_DAY}){_ORDSUF},?{_SP}(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY}){_ORDSUF},?{_SP}(?P<m2>{_LAT})\.?,?{_SP}(?P<y2>{_YEAR}))(?![\w])"
)
DASHED = re.compile(
    rf"(?<![\w\-/])(?P<d>{_DAY}){_OSP}[-/]{_OSP}(?P<mon>{_G_MONTH}){_OSP}[-/]{_OSP}(?P<y>{_YEAR})(?![\w\-/])"
)


def _add(ex, m: re.Match, y: int, mo: int, d: int) -> None:
    try:
        day = date(y, mo, d)
    except ValueError:
        return
    ex.add(_Cand(m.start(), m.end(), "absolute", "day", day, day))


def _latin(ex, m: re.Match) -> None:
    mon = (m.group("m1") or m.group("m2")).lower()
    d = int(m.group("d1") or m.group("d2"))
    _add(ex, m, int(m.group("y1") or m.group("y2")), lx.LATIN_MONTHS[mon], d)


def _dashed(ex, m: re.Match) -> None:
    mon = lx.GREGORIAN_MONTHS.get(" ".join(m.group("mon").split()))
    if mon:
        _add(ex, m, int(m.group("y")), mon, int(m.group("d")))


RULES = [
    Rule("latin", LATIN, _latin, needs_word=rf"(?i:{_LAT})"),
    Rule("dashed_month", DASHED, _dashed, needs=re.compile(rf"\d{_OSP}[-/]{_OSP}[^\W\d_]")),
]
