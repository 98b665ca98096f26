"""Context that widens a mention to the left: منذ, parts of a period, seasons, quarters.

``منذ عام 2017`` is a *since* mention; ``مطلع 2024`` the first third of 2024,
``أواخر الشهر الماضي`` the last third of that month, ``صيف 2019`` June–August,
``الربع الأول من 2023`` January–March, ``النصف الثاني من 2022`` July–December
(cues.toml: period_parts, seasons, quarters, year_fractions).  The cue word
joins the surface; a clitic glued to it (بنهاية) comes along.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _B, _BL, _CJ, _SP, Interval, _alt, _Cand, _month_end

_SINCE_BEFORE = re.compile(rf"{_B}{_CJ}?منذ{_SP}$")
_PART_BEFORE = re.compile(
    rf"{_B}{_CJ}?(?:(?:{_alt(lx.PART_PREPOSITIONS)}){_SP})?{_CJ}?{_BL}?(?:ال)?(?P<part>{_alt(lx.PERIOD_PARTS)}){_SP}$"
)
_SEASON_BEFORE = re.compile(rf"{_B}{_CJ}?{_BL}?(?:ال)?(?P<season>{_alt(lx.SEASONS)}){_SP}$")
_QUARTER_BEFORE = re.compile(
    rf"{_B}{_CJ}?{_BL}?ال(?P<q>{_alt(lx.YEAR_FRACTIONS)}){_SP}(?P<ord>{_alt(lx.QUARTERS)}){_SP}(?:من{_SP})?$"
)
_LEFT_CUE_TAIL = re.compile(
    rf"(?:منذ|من|{_alt(lx.PERIOD_PARTS)}|{_alt(lx.SEASONS)}|{_alt(lx.QUARTERS)})$"
)
_WORD_AT_END = re.compile(r"[\w]+$")


def extend_left(ex, c: _Cand) -> None:
    if c.kind in ("placeholder", "copyright", "anniversary"):
        return
    before = ex.t[max(0, c.start - 40) : c.start]
    # Every widening below needs a cue word right before the mention, then spaces.
    if not before or not before[-1].isspace():
        return
    last = before.split()
    if not last or _LEFT_CUE_TAIL.search(last[-1]) is None:
        return
    ms = _SINCE_BEFORE.search(before)
    if (
        ms
        and c.kind in ("absolute", "hijri", "relative", "decade", "multi")
        and _claim_left(ex, c, ms, len(before))
    ):
        if c.resolver is None:  # a date that depends on publication stays "relative"
            c.kind = "since"
        return
    if c.earliest is None and c.resolver is None:
        return
    if c.granularity == "week":
        # "مطلع الأسبوع المقبل": the part word belongs to the mention; a
        # week is too short to narrow meaningfully, so the value stays.
        mp = _PART_BEFORE.search(before)
        if mp:
            _claim_left(ex, c, mp, len(before), keep_prep=True)
        return
    if c.granularity not in ("year", "month"):
        return
    mq = _QUARTER_BEFORE.search(before)
    if mq and c.granularity == "year" and _claim_left(ex, c, mq, len(before)):
        size = lx.YEAR_FRACTIONS[mq.group("q")]  # months in a quarter (3) or a half (6)
        k = min(lx.QUARTERS[mq.group("ord")], 12 // size)
        _narrow_months(c, size * (k - 1) + 1, size * k)
        return
    ms2 = _SEASON_BEFORE.search(before)
    if ms2 and c.granularity == "year" and _claim_left(ex, c, ms2, len(before)):
        a, b = lx.SEASONS[ms2.group("season")]
        _narrow_months(c, a, b)
        return
    mp = _PART_BEFORE.search(before)
    if mp and _claim_left(ex, c, mp, len(before), keep_prep=True):
        lo, hi = lx.PERIOD_PARTS[mp.group("part")]
        _narrow_fraction(c, lo, hi)


def _claim_left(ex, c: _Cand, m: re.Match, blen: int, keep_prep: bool = False) -> bool:
    new_start = c.start - blen + m.start()
    if keep_prep:
        new_start = c.start - blen + m.start("part")
        # keep the clitics glued to the part word (بنهاية)
        # The word ending at new_start matters only when it is a bare
        # clitic (at most 3 letters), so 4 characters before it suffice
        # (a longer word shows as 4 letters, never a clitic); searching
        # all of ex.t[:new_start] made this quadratic.
        tok = _WORD_AT_END.search(ex.t, max(0, new_start - 4), new_start)
        if tok and new_start == tok.end() and tok.group(0) in ("و", "ف", "ب", "ل", "ال", "وال", "بال"):
            new_start = tok.start()
        while new_start > 0 and ex.t[new_start - 1].isalpha():
            new_start -= 1
    if new_start >= c.start or not ex.free(new_start, c.start):
        return False
    ex._release(c.start, c.end)
    c.start = new_start
    ex._claim(c.start, c.end)
    return True


def _narrow_months(c: _Cand, m1: int, m2: int) -> None:
    def narrow(iv: Interval) -> Interval:
        y = iv[0].year
        return date(y, m1, 1), _month_end(y, m2)

    _apply_narrow(c, narrow)


def _narrow_fraction(c: _Cand, lo: float, hi: float) -> None:
    of_year = c.granularity == "year"

    def narrow(iv: Interval) -> Interval:
        a, b = iv
        days = (b - a).days + 1
        if of_year:
            m1 = 1 + round(12 * lo)
            m2 = round(12 * hi)
            return date(a.year, m1, 1), _month_end(a.year, m2)
        # Thirds of a month as the press uses them: 1–10, 11–20, 21–end.
        first = 1 + 10 * round(3 * lo)
        last = (b - a).days + 1 if hi >= 1 else 10 * round(3 * hi)
        return a + timedelta(days=first - 1), a + timedelta(days=min(last, days) - 1)

    _apply_narrow(c, narrow)


def _apply_narrow(c: _Cand, narrow: Callable[[Interval], Interval]) -> None:
    if c.resolver is not None:
        inner = c.resolver
        c.resolver = lambda pub: narrow(inner(pub))
    elif c.earliest and c.latest:
        c.earliest, c.latest = narrow((c.earliest, c.latest))
    c.granularity = "season"
