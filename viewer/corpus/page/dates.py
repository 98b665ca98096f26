"""Calendar dates as pages print them in bylines, datelines and stamps.

Only *full* dates (day, month and year) can be a publication date, so this
scanner is much narrower than the mention extractor: ``14 أكتوبر 2025``,
``الثلاثاء 14 أكتوبر 2025``, ``٢٢ يونيو ٢٠٢٤م``, ``11-03-2020``, ``2024/05/12``,
``04.06.2024``, ``3rd, March 2024``, ``March 3, 2024``, in every digit system
(it runs on normalized text, where Eastern and Persian digits are folded)
and every month family the lexicon knows (transliterated, Levantine/Iraqi,
Maghrebi, Moroccan).  Day-and-month without a year (``8 ديسمبر``) is found
too, flagged ``year=None``: a page stating it does not state its date.

Numeric dates are read day-first (``11-03-2020`` is 11 March), as the Arabic
press writes them, unless the first number is a year; a day-first reading
that is not a valid date is not read month-first instead (when unsure, no
date).  A weekday written beside the date is checked: ``weekday_ok`` is True,
False (it contradicts the date) or None (none written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from viewer.extract import lexicon as lx

MIN_YEAR, MAX_YEAR = 1900, 2199
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[a-z]{3}")
EN_MONTHS = lx.LATIN_MONTHS  # March, Mar. … (viewer/lang/ar/months.toml)


@dataclass(frozen=True)
class PageDate:
    """A date found in normalized text: ``start``/``end`` are normalized offsets."""

    start: int
    end: int
    value: date | None  # None when the year is missing
    month: int
    day: int
    year: int | None
    weekday_ok: bool | None
    numeric: bool
    hijri: bool = False  # written in the Hijri calendar (converted with Umm al-Qura)


def _alt(words) -> str:
    # Longest first so "كانون الثاني" wins over a shorter prefix; spaces may be any run.
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _hijri_pattern() -> re.Pattern:
    """``2 شوال 1445هـ``: a day, a Hijri month and a year with its era marker (required)."""
    months = _alt(lx.HIJRI_MONTHS)
    era = _alt(lx.ERA_HIJRI)
    weekdays = _alt(lx.WEEKDAYS)
    return re.compile(
        rf"(?:(?:ال)?(?P<wd>{weekdays})\s*[،,]?\s*)?(?<!\d)(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<m>{months})"
        rf"\s*[،,]?\s*(?P<y>1[34]\d\d)(?!\d)\s*(?:{era})(?![^\W\d_])"
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    months = _alt(lx.GREGORIAN_MONTHS)
    weekdays = _alt(lx.WEEKDAYS)
    wd = rf"(?:(?:يوم\s+)?(?:ال)?(?P<wd>{weekdays})\s*[،,]?\s*)?"
    # 14 أكتوبر 2025 / 14 من أكتوبر 2025 / 22 يونيو 2024م
    named = re.compile(
        rf"{wd}(?<!\d)(?P<d>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<m>{months})(?![^\W\d_])"
        rf"(?:\s*[،,/-]?\s*(?P<y>\d{{4}})(?!\d)(?:\s*(?:م(?![^\W\d_])|مـ))?)?"
    )
    numeric = re.compile(
        rf"{wd}(?<![\d./-])(?:(?P<y1>\d{{4}})(?P<s1>[-/.])(?P<m1>\d{{1,2}})(?P=s1)(?P<d1>\d{{1,2}})"
        rf"|(?P<d2>\d{{1,2}})(?P<s2>[-/.])(?P<m2>\d{{1,2}})(?P=s2)(?P<y2>\d{{4}}))(?![\d])"
    )
    en_months = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
    english = re.compile(
        rf"(?<![\w])(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*[,.]?\s*(?:of\s+)?(?P<m>{en_months})\.?"
        rf"|(?P<m2>{en_months})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\s*,?\s*(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    iso = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<t>\d{2}:\d{2}))?")
    return named, numeric, english, iso


def _make(start: int, end: int, y: int | None, m: int, d: int, wd: str | None, numeric: bool) -> PageDate | None:
    if y is not None and not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        value = date(y, m, d) if y is not None else None
        if y is None:
            date(2000, m, d)  # 29 February is a valid day-and-month
    except ValueError:
        return None
    ok = None
    if wd is not None and value is not None:
        ok = lx.WEEKDAYS.get(wd) == value.weekday()
    return PageDate(start, end, value, m, d, y, ok, numeric)


def _month_of(word: str) -> int | None:
    return lx.GREGORIAN_MONTHS.get(" ".join(word.split()))


def find_dates(t: str, start: int = 0, end: int | None = None, ambiguous_ok: bool = False) -> list[PageDate]:
    """Full (or year-less) dates in normalized text ``t[start:end]``, sorted, disjoint.

    ``ambiguous_ok``: a year-less day and month whose name is also a common word
    (``14 مارس``, ``8 ماي``) is kept; only where the place says it is a date (a wire
    dateline: place, day, month, agency)."""
    end = len(t) if end is None else end
    if not _DIGIT.search(t, start, end):
        return []  # every date has a digit: most lines have none
    named, numeric, english, _ = _patterns()
    found: list[PageDate] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in named.finditer(t, start, end):
        mon = _month_of(m.group("m"))
        if mon is None:
            continue
        y = int(m.group("y")) if m.group("y") else None
        if y is None and not ambiguous_ok and " ".join(m.group("m").split()) in lx.AMBIGUOUS_MONTHS:
            continue  # "8 ماي" without a year: too weak
        pd = _make(m.start(), m.end(), y, mon, int(m.group("d")), m.group("wd"), False)
        if pd is not None:
            found.append(pd)
            taken.append((m.start(), m.end()))
    for m in numeric.finditer(t, start, end):
        if not free(m.start(), m.end()):
            continue
        if m.group("y1"):
            y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        else:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        pd = _make(m.start(), m.end(), y, mo, d, m.group("wd"), True)
        if pd is not None:
            found.append(pd)
            taken.append((m.start(), m.end()))
    if _LATIN.search(t, start, end):
        for m in english.finditer(t, start, end):
            if not free(m.start(), m.end()):
                continue
            mon = EN_MONTHS[(m.group("m") or m.group("m2")).lower()]
            d = int(m.group("d") or m.group("d2"))
            pd = _make(m.start(), m.end(), int(m.group("y")), mon, d, None, False)
            if pd is not None:
                found.append(pd)
                taken.append((m.start(), m.end()))
    if "ه" in t[start:end]:
        from viewer.extract.calendars import hijri_to_greg

        for m in _hijri_pattern().finditer(t, start, end):
            if not free(m.start(), m.end()):
                continue
            mon = lx.HIJRI_MONTHS.get(" ".join(m.group("m").split()))
            g = hijri_to_greg(int(m.group("y")), mon, int(m.group("d"))) if mon else None
            if g is None:
                continue
            wd = m.group("wd")
            ok = None if wd is None else lx.WEEKDAYS.get(wd) == g.weekday()
            found.append(PageDate(m.start(), m.end(), g, g.month, g.day, g.year, ok, False, True))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda p: p.start)
    return found


def parse_iso(value: str) -> date | None:
    """The date of a machine-readable stamp (``2024-05-12T16:45:00+03:00``, ``2024-05-12``).

    Also accepts the numeric forms :func:`find_dates` reads; None when it is
    not a date, or an epoch / placeholder stamp."""
    value = value.strip()
    m = _patterns()[3].match(value)
    d: date | None = None
    if m:
        try:
            d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            return None
    else:
        from viewer.extract.normalize import normalize_text

        got = find_dates(normalize_text(value))
        d = got[0].value if got else None
    if d is None or is_placeholder(d) or not MIN_YEAR <= d.year <= MAX_YEAR:
        return None
    return d


PLACEHOLDERS = frozenset({date(1970, 1, 1), date(1900, 1, 1), date(1899, 12, 31), date(1969, 12, 31),
                          })


def is_placeholder(d: date) -> bool:
    """Epoch and CMS placeholder stamps: never a publication date nor a bound."""
    return d in PLACEHOLDERS
