"""How the UI writes an event's date: precision-aware, Arabic or English, digits of choice.

Month names are the Gregorian transliterated family (يناير … ديسمبر), the one
the timeline axis uses, so the table and the axis read the same.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from viewer.display.intervals import interval_text
from viewer.display.labels import AR_MONTHS, digits
from viewer.model import Event

# The table abbreviates English months; Arabic names are shared with the axis.
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _month(d: date, lang: str) -> str:
    return (AR_MONTHS if lang == "ar" else EN_MONTHS)[d.month - 1]


def format_day(d: date, lang: str) -> str:
    return f"{d.day} {_month(d, lang)} {d.year}"


def format_interval(lo: date | None, hi: date | None, granularity: str, lang: str) -> str:
    """Plain (Western digits) text of an interval at its precision."""
    if lo is None:
        return ""
    return interval_text(
        lo, hi, granularity, lambda d: _month(d, lang),
        lambda y: QCoreApplication.translate("Dates", "the %1s").replace("%1", str(y)),
    )


def format_event_date(ev: Event, lang: str = "ar", eastern: bool = False) -> str:
    """The table's date cell: ``~``/``حوالي`` for uncertain, explicit wording for undated."""
    if "date-placeholder" in ev.flags or ev.earliest is None:
        return QCoreApplication.translate("Dates", "undated")
    if "date-unresolved" in ev.flags:
        text = QCoreApplication.translate("Dates", "unresolved (after %1)").replace(
            "%1", format_day(ev.earliest, lang)
        )
        return digits(text, eastern)
    text = format_interval(ev.earliest, ev.latest, ev.granularity, lang)
    if not ev.certain:
        text = QCoreApplication.translate("Dates", "~ %1").replace("%1", text)
    return digits(text, eastern)
