"""Years: ``عام 2004``, ``في 2024``, ``منذ 2011``, ``(2016-2017)``, ``من 2016 إلى 2018``, ``عامي 2015 و2018``.

A bare number is a year only after a year cue (عام, سنة: cues.toml
year_cues) or a temporal preposition (year_prepositions, seasons, quarters),
never when a counted noun follows (``2025 دينار``: count_nouns) or it sits
among digit groups (a phone number).  Several years (``عامي 2015 و2018``) are
one value per year, never the hull; ``بين عامي 2015 و2018`` is a span.
"""

from __future__ import annotations

import re
from datetime import date

from viewer.extract import lexicon as lx
from viewer.extract.atoms import (
    _B,
    _BL,
    _CJ,
    _CL,
    _ERA,
    _OSP,
    _SP,
    _TO_WORD,
    _YCUE,
    _YEAR,
    _alt,
    _Cand,
    _valid_year,
    _year,
)
from viewer.extract.rules import Rule
from viewer.extract.rules.common import is_count, phone_like

# عام / سنة with clitics and the article (the cue word itself may carry ال: العام).
YEAR_CUE = rf"{_CL}(?:ال)?(?:ال)?(?:{_YCUE})"
MULTI = re.compile(
    rf"{_B}(?P<pre>{_CJ}?(?:بين|من){_SP})?{_CL}(?:ال)?(?:{_alt(lx.SEVERAL_YEARS_CUES)}){_SP}"
    rf"(?P<years>{_YEAR}(?:{_OSP}[،,]?{_OSP}(?:و|الي|حتي)?{_OSP}{_YEAR}){{1,8}}){_ERA}"
)
YEAR_RANGE = re.compile(
    rf"{_B}(?:(?P<pre>{_CJ}?(?:من|بين|منذ)){_SP})?(?:{YEAR_CUE}{_SP})?(?P<y1>{_YEAR})"
    rf"(?:{_OSP}(?:-|–|—|/){_OSP}|{_SP}(?:{_TO_WORD}|و){_SP}(?:{YEAR_CUE}{_SP})?)"
    rf"(?P<y2>{_YEAR}|\d{{2}}(?![\d%])){_ERA}(?![\w/-])"
)
YEAR_WITH_CUE = re.compile(rf"{_B}(?P<cue>{YEAR_CUE}){_SP}(?P<year>{_YEAR}){_ERA}")
YEAR_AFTER_PREP = re.compile(
    rf"{_B}{_CJ}?{_BL}?(?:ال)?(?P<prep>{_alt(lx.YEAR_PREPOSITIONS)}|{_alt(lx.SEASONS)}"
    rf"|(?:{_alt(lx.YEAR_FRACTIONS)}){_SP}(?:{_alt(lx.QUARTERS)}){_SP}من){_SP}(?P<year>{_YEAR}){_ERA}"
)
_FOUR_DIGITS = re.compile(r"\d{4}")


def _multi(ex, m: re.Match) -> None:
    years = [int(y) for y in _FOUR_DIGITS.findall(m.group("years"))]
    if not all(_valid_year(y) for y in years) or years != sorted(years) or len(set(years)) < 2:
        return
    start = m.start()
    if m.group("pre") and len(years) == 2:
        ex.add(
            _Cand(start, m.end(), "range", "year", date(years[0], 1, 1), date(years[-1], 12, 31))
        )
        return
    if m.group("pre"):
        start = m.start() + len(m.group("pre"))
    parts = [_year(y) for y in years]
    ex.add(_Cand(start, m.end(), "multi", "year", parts[0][0], parts[-1][1], parts=parts))



def _year_range(ex, m: re.Match) -> None:
    y1 = int(m.group("y1"))
    raw2 = m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if not (_valid_year(y1) and _valid_year(y2) and y1 < y2 <= y1 + 200):
        return
    sep = ex.t[m.end("y1") : m.start("y2")]
    if sep.strip() == "و" and not m.group("pre"):
        return  # "2015 و2018" without بين is two years, not a span
    if phone_like(ex.t, m.start("y1"), m.end()) or is_count(ex.t, m.end()):
        return
    ex.add(_Cand(m.start(), m.end(), "range", "year", date(y1, 1, 1), date(y2, 12, 31)))



def _year_with_cue(ex, m: re.Match) -> None:
    y = int(m.group("year"))
    if _valid_year(y):
        ex.add(_Cand(m.start(), m.end(), "absolute", "year", *_year(y)))



def _year_after_prep(ex, m: re.Match) -> None:
    s, e = m.start("year"), m.end()
    if not ex.free(s, e):
        return
    y = int(m.group("year"))
    if not _valid_year(y) or is_count(ex.t, m.end("year")) or phone_like(ex.t, s, m.end("year")):
        return
    kind = "absolute"
    if m.group("prep") == "منذ":
        s, kind = m.start(), "since"
    ex.add(_Cand(s, e, kind, "year", *_year(y)))


RULES = [
    Rule("multi", MULTI, _multi),
    Rule("year_range", YEAR_RANGE, _year_range),
    Rule("year_with_cue", YEAR_WITH_CUE, _year_with_cue),
    # the preposition stays outside the surface ("في 2024" is «2024»): the free check is the year's
    Rule("year_after_prep", YEAR_AFTER_PREP, _year_after_prep, check_free=False),
]
