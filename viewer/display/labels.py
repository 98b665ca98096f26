"""Qt-free text helpers for the timeline: month names, digits, date labels.

Kept apart from the widget so the formatting rules can be tested (and reused
by the table or exports) without a QApplication.
"""

from __future__ import annotations

from datetime import date

from viewer.display.bidi import isolate, strip_controls
from viewer.model import Event

AR_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_MONTHS_SHORT = tuple(m[:3] for m in EN_MONTHS)

_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# UI strings of the widget, by language.
TEXT = {
    "ar": {
        "undated": "غير مؤرخ أو غير محسوم",
        "other": "أخرى",
        "no_topic": "بلا موضوع",
        "no_actor": "بلا جهة",
        "approx": "حوالي ",
        "sources": "المصادر",
        "topics": "المواضيع",
        "open": "(نهاية غير محددة)",
        "from": "من",
        "uncertain": "تاريخ غير مؤكد",
        "unresolved": "تاريخ غير محسوم (تاريخ النشر مجهول)",
        "events": "حدث",
        "thousand": "ألف",
        "zoom_hint": "انقر للتكبير",
        "legend_hint": "انقر لعرض هذا الموضوع وحده",
        "overview_hint": "المدى الكامل للأحداث؛ الإطار هو الجزء المعروض. انقر للانتقال",
    },
    "en": {
        "undated": "Undated or unresolved",
        "other": "other",
        "no_topic": "no topic",
        "no_actor": "no actor",
        "approx": "~",
        "sources": "Sources",
        "topics": "Topics",
        "open": "(open-ended)",
        "from": "from",
        "uncertain": "uncertain date",
        "unresolved": "unresolved date (publication date unknown)",
        "events": "events",
        "thousand": "k",
        "zoom_hint": "click to zoom in",
        "legend_hint": "click to show only this topic",
        "overview_hint": "The whole extent of the events; the frame is what is shown. Click to go there",
    },
}

TITLE_MAX_CHARS = 30


def digits(s: str, eastern: bool) -> str:
    """Western digits → Eastern Arabic digits (٠١٢٣٤٥٦٧٨٩) when ``eastern``."""
    return s.translate(_EASTERN) if eastern else s


def month_name(month: int, lang: str, short: bool = False) -> str:
    if lang == "ar":
        return AR_MONTHS[month - 1]
    return (EN_MONTHS_SHORT if short else EN_MONTHS)[month - 1]


def format_date(d: date, precision: str, lang: str, eastern: bool, short: bool = False) -> str:
    """``precision`` is ``day``, ``month`` or ``year``."""
    if precision == "day":
        s = f"{d.day} {month_name(d.month, lang, short)} {d.year}"
    elif precision == "month":
        s = f"{month_name(d.month, lang, short)} {d.year}"
    else:
        s = str(d.year)
    return digits(s, eastern)


def precision_of(granularity: str) -> str:
    if granularity in ("day", "week", "unknown"):
        return "day"
    if granularity in ("month", "season"):
        return "month"
    return "year"


def is_fuzzy(ev: Event) -> bool:
    return (
        (not ev.certain) or ("date-unresolved" in ev.flags) or (ev.earliest is not None and ev.latest is None)
    )


def format_event_date(ev: Event, lang: str, eastern: bool) -> str:
    """Human date of an event at its own precision, with "~"/"حوالي" when approximate."""
    t = TEXT[lang]
    if ev.earliest is None:
        return t["undated"]
    prec = precision_of(ev.granularity)
    a = format_date(ev.earliest, prec, lang, eastern)
    if ev.latest is None:
        s = f"{t['from']} {a} {t['open']}"
    else:
        b = format_date(ev.latest, prec, lang, eastern)
        s = a if a == b else f"{a} – {b}"
    if is_fuzzy(ev):
        s = t["approx"] + s
    return s


def elide_title(title: str, max_chars: int = TITLE_MAX_CHARS) -> str:
    title = " ".join(title.split())
    if len(title) <= max_chars:
        return title
    return title[: max_chars - 1].rstrip() + "…"


def event_label(ev: Event, lang: str) -> str:
    """Short label drawn on the timeline: elided title, approximate prefix.

    The title is isolated (after eliding, which may cut a control pair) so a
    direction control in the article cannot reorder the "~" prefix or the label.
    """
    title = isolate(elide_title(ev.title) or ev.id)
    if is_fuzzy(ev):
        return TEXT[lang]["approx"] + title
    return title


def tooltip_text(ev: Event, lang: str, eastern: bool) -> str:
    """Plain-text tooltip: date, title, sources (article ids), topics."""
    t = TEXT[lang]
    sep = "، " if lang == "ar" else ", "
    lines = [format_event_date(ev, lang, eastern), isolate(ev.title)]
    arts = ev.articles
    if arts:
        lines.append(f"{t['sources']}: {sep.join(strip_controls(a) for a in arts)}")
    if ev.topics:
        lines.append(f"{t['topics']}: {sep.join(ev.topics)}")
    if "date-unresolved" in ev.flags:
        lines.append(t["unresolved"])
    elif not ev.certain:
        lines.append(t["uncertain"])
    return "\n".join(lines)


def compact_count(n: int, lang: str, eastern: bool) -> str:
    if n < 10000:
        s = str(n)
    else:
        s = f"{n // 1000}{TEXT[lang]['thousand'] if lang == 'en' else ' ' + TEXT[lang]['thousand']}"
    return digits(s, eastern)
