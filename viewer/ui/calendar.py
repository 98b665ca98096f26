"""Date pickers that follow the UI language: Arabic locale (month and day names),
Friday–Saturday weekend and a Saturday-first week in Arabic; Qt's defaults in English.

Every ``QDateEdit`` of the window goes through :func:`localize_date_edit` (the
filter panel, the publication-date dialog, the edit dialogs), so they agree.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit

WEEKEND_AR = (Qt.Friday, Qt.Saturday)
WEEKEND_EN = (Qt.Saturday, Qt.Sunday)
_DAYS = (Qt.Monday, Qt.Tuesday, Qt.Wednesday, Qt.Thursday, Qt.Friday, Qt.Saturday, Qt.Sunday)


def calendar_locale(lang: str) -> QLocale:
    return QLocale(QLocale.Arabic, QLocale.Kuwait) if lang == "ar" else QLocale(QLocale.English)


def localize_calendar(cal: QCalendarWidget, lang: str) -> None:
    """Locale, first day of the week and weekend colouring of one calendar."""
    cal.setLocale(calendar_locale(lang))
    cal.setLayoutDirection(Qt.RightToLeft if lang == "ar" else Qt.LeftToRight)
    cal.setFirstDayOfWeek(Qt.Saturday if lang == "ar" else Qt.Monday)
    weekend = WEEKEND_AR if lang == "ar" else WEEKEND_EN
    red = QTextCharFormat()
    red.setForeground(QColor("#c0392b"))
    for day in _DAYS:
        cal.setWeekdayTextFormat(day, red if day in weekend else QTextCharFormat())


_translations = None


def ui_lang() -> str:
    """The UI language.  Called per problem described (tens of thousands on a big corpus):
    the class is imported once (an ``import`` statement per call costs PySide's import hook)."""
    global _translations
    if _translations is None:
        from viewer.ui.resources import Translations

        _translations = Translations
    return _translations.instance().lang


ISO_FORMAT = "yyyy-MM-dd"


def localize_date_edit(edit: QDateEdit, lang: str | None = None) -> None:
    """The edit keeps its ISO display (dates read the same in both languages); its
    popup calendar speaks the UI language."""
    lang = lang or ui_lang()
    # An ISO date reads left to right in Arabic too: mirrored, "2010-03-01" would be drawn
    # as «01-03-2010» (issue 14 item 10); the popup calendar below keeps the UI's direction.
    # Qt fixes the order of the sections when the format is set, reversing it in a
    # right-to-left edit: the format is set again once the edit is left to right.
    edit.setLayoutDirection(Qt.LeftToRight)
    edit.setDisplayFormat(ISO_FORMAT)
    edit.setCalendarPopup(True)
    cal = edit.calendarWidget()
    if cal is None:
        cal = QCalendarWidget(edit)
        edit.setCalendarWidget(cal)
    localize_calendar(cal, lang)


def weekend_days(cal: QCalendarWidget) -> set:
    """The days a calendar colours as weekend (for tests)."""
    plain = QTextCharFormat().foreground()
    return {d for d in _DAYS if cal.weekdayTextFormat(d).foreground() != plain}
