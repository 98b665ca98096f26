"""Dates as a published timeline writes them: at their precision, Arabic by default.

Qt-free (the window has its own translated formatter in ``viewer.ui.dates``); the month
names are the timeline axis' (``viewer.display.labels``), so a page reads like the window.
"""

from __future__ import annotations

from datetime import date

from viewer.display.intervals import interval_text as _interval_text
from viewer.display.labels import AR_MONTHS, EN_MONTHS
from viewer.model import Event

WORDS = {
    "ar": {"about": "حوالي", "undated": "غير مؤرخ", "unresolved": "غير محسوم، بعد", "decade": "عقد"},
    "en": {"about": "about", "undated": "undated", "unresolved": "unresolved, after", "decade": "the"},
}
UNDATED_FLAGS = ("date-placeholder", "date-unresolved")


def _month(d: date, lang: str) -> str:
    return (AR_MONTHS if lang == "ar" else EN_MONTHS)[d.month - 1]


def interval_text(lo: date, hi: date | None, granularity: str, lang: str = "ar") -> str:
    """``8 ديسمبر 2024``, ``ديسمبر 2024``, ``2016–2017``, ``عقد 1990`` … (Western digits)."""
    return _interval_text(
        lo, hi, granularity, lambda d: _month(d, lang),
        lambda y: f"{WORDS[lang]['decade']} {y}" + ("" if lang == "ar" else "s"),
    )


def event_date_text(ev: Event, lang: str = "ar") -> str:
    """The date as a reader should see it: "حوالي" when uncertain, explicit when undated."""
    w = WORDS[lang]
    if ev.earliest is None or "date-placeholder" in ev.flags:
        return w["undated"]
    if "date-unresolved" in ev.flags:
        return f"{w['unresolved']} {ev.earliest.day} {_month(ev.earliest, lang)} {ev.earliest.year}"
    text = interval_text(ev.earliest, ev.latest, ev.granularity, lang)
    return f"{w['about']} {text}" if not ev.certain else text


def is_uncertain(ev: Event) -> bool:
    return (not ev.certain) or ev.earliest is None or any(f in ev.flags for f in UNDATED_FLAGS)


def sort_key(ev: Event) -> tuple:
    """Chronological, undated last; ties by end then id (stable across runs)."""
    undated = ev.earliest is None or "date-placeholder" in ev.flags
    return (undated, ev.earliest or date.max, ev.latest or ev.earliest or date.max, ev.id)
