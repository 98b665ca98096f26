"""The publication date a page states in its text: wire dateline, byline, a date line alone.

Candidates come from the furniture lines of :mod:`furniture` (bylines,
timestamps, datelines) and rank as a reader weighs them:

1. a date introduced by a publication cue or in a byline (``نشر في …``,
   ``كتب … - الثلاثاء 14 أكتوبر 2025 09:41 صباحاً``) or a wire dateline
   opening the body (``الخرطوم ٢٢ يونيو ٢٠٢٤م :``);
2. a date line alone (a timestamp) next to the headline or the body, at the
   top or at the bottom, when it is not far from every date of the body.

Never: a date after an update cue (``آخر تحديث``, ``تم التحديث``) — that is
the modification date, kept apart —, an epoch or placeholder stamp
(``1 يناير 1970``), an archive header or "today" widget, a date without a
year.  A weekday written beside the date that contradicts it is reported in
the reason.  When two strong candidates disagree, there is no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from viewer.corpus.page.dates import PageDate, find_dates, is_placeholder
from viewer.corpus.page.furniture import Layout, Line, cue
from viewer.extract import lexicon as lx

MARGIN_YEARS = 1  # a lone stamp outside the years the body speaks of, by more than this, is a widget
_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")


@dataclass
class TextDate:
    value: date
    how: str  # "byline" or "dateline"
    span: tuple[int, int]  # original offsets of the date as written
    note: str | None = None


@dataclass
class YearlessDate:
    """A day and month a dateline or byline states without its year (``الرياض 14 مارس (واس) -``):
    :mod:`.yearless` may complete it from another date the page states."""

    month: int
    day: int
    how: str  # "dateline" or "byline"
    span: tuple[int, int]  # original offsets of the day and month as written


@dataclass
class TextDates:
    published: TextDate | None
    modified: TextDate | None
    rejected: list[str]  # why candidates were set aside (shown as the reason)
    yearless: YearlessDate | None = None


HIJRI_SLACK_DAYS = 2  # a Hijri date by local sighting may be a day or two off Umm al-Qura


def _agreeing(dates: list[PageDate], lay: Layout, rejected: list[str]) -> PageDate | None:
    """The date to take among the full dates of one line: the Gregorian one when the line
    also gives the Hijri date (``١٤ رمضان ١٤٤٥ هـ الموافق ٢٤ مارس ٢٠٢٤م``), none when the two
    do not agree (more than two days apart: one of them is a misprint, and we cannot tell which)."""
    greg = [d for d in dates if not d.hijri]
    hij = [d for d in dates if d.hijri]
    if greg and hij and abs((greg[0].value - hij[0].value).days) > HIJRI_SLACK_DAYS:
        def show(d: PageDate) -> str:
            s, e = lay.norm.span(d.start, d.end)
            return lay.norm.original[s:e]

        rejected.append(f"the Hijri date «{show(hij[0])}» ({hij[0].value.isoformat()} by Umm al-Qura) and the "
                        f"Gregorian date «{show(greg[0])}» beside it do not agree")
        return None
    return (greg or hij or [None])[0]


def _update_cut(t: str, ln: Line, d: PageDate) -> bool:
    """True when an update cue stands between the previous date (or line start) and ``d``."""
    prev = max((x.end for x in ln.dates if x.end <= d.start), default=ln.nstart)
    return bool(cue("updated", False).search(t, prev, d.start))


def _body_years(lay: Layout) -> list[int]:
    """Every year the body's prose lines write (dates, ``عام 2019`` …)."""
    if lay.body_first is None or lay.body_last is None:
        return []
    t = lay.norm.text
    out = []
    for ln in lay.lines[lay.body_first:lay.body_last + 1]:
        if ln.kind is None:
            out.extend(int(m.group()) for m in _YEAR.finditer(t, ln.nstart, ln.nend))
    return out


def _far(d: date, years: list[int]) -> bool:
    """Later than every year the article speaks of, by more than ``MARGIN_YEARS``: a widget
    shows the day the page was viewed, which comes after the article."""
    return bool(years) and d.year > max(years) + MARGIN_YEARS


def _body_weekdays(lay: Layout) -> set[int]:
    """Weekdays the body names (``يوم السبت``, ``مساء الخميس``): the day of the news."""
    if lay.body_first is None or lay.body_last is None:
        return set()
    t = lay.norm.text
    rx = _weekday_re()
    out: set[int] = set()
    for ln in lay.lines[lay.body_first:lay.body_last + 1]:
        if ln.kind is None:
            out.update(lx.WEEKDAYS[m.group(1)] for m in rx.finditer(t, ln.nstart, ln.nend))
    return out


_WD_RE: list[re.Pattern] = []


def _weekday_re() -> re.Pattern:
    if not _WD_RE:
        alt = "|".join(sorted(lx.WEEKDAYS, key=len, reverse=True))
        _WD_RE.append(re.compile(rf"(?:يوم|مساء|صباح|فجر|ليله|ظهر|اليوم)\s+ال({alt})(?![^\W\d_])"))
    return _WD_RE[0]


def _confirmed(d: date, weekdays: set[int]) -> bool:
    """The body's day of the news is the stamp's day or the day before (``أمس``)."""
    return d.weekday() in weekdays or (d.weekday() - 1) % 7 in weekdays


def read_text_dates(lay: Layout, headline: int | None = None) -> TextDates:
    """Dates the text states; ``headline`` is the index of the headline line when known
    (a stamp between it and the body is the article's own)."""
    t = lay.norm.text
    rejected: list[str] = []
    strong: list[tuple[int, TextDate]] = []
    weak: list[tuple[int, TextDate]] = []
    modified: TextDate | None = None
    yearless: YearlessDate | None = None
    body_years = _body_years(lay)
    first = lay.body_first if lay.body_first is not None else len(lay.lines)
    last = lay.body_last if lay.body_last is not None else -1

    def offer(ln_index: int, d: PageDate, how: str, strong_: bool) -> None:
        nonlocal modified, yearless
        span = lay.norm.span(d.start, d.end)
        surface = lay.norm.original[span[0]:span[1]]
        if d.value is None:
            rejected.append(f"«{surface}» gives no year")
            if strong_ and yearless is None:
                yearless = YearlessDate(d.month, d.day, how, span)
            return
        if is_placeholder(d.value):
            rejected.append(f"«{surface}» is a placeholder stamp")
            return
        note = "the weekday written beside it does not match" if d.weekday_ok is False else None
        td = TextDate(d.value, how, span, note)
        # distance from the body, in lines: the nearest stamp wins
        dist = first - ln_index if ln_index < first else ln_index - last
        (strong if strong_ else weak).append((dist, td))

    lines = lay.lines
    for i, ln in enumerate(lines):
        if not ln.dates or ln.kind not in ("byline", "timestamp", "update"):
            continue
        offered = False
        # a Gregorian date beside a Hijri one is the one to take (no conversion involved),
        # if the two agree
        pub_dates = [d for d in ln.dates if d.value is not None and not (_update_cut(t, ln, d) or ln.kind == "update")]
        chosen = _agreeing(pub_dates, lay, rejected) if pub_dates else None
        for d in sorted(ln.dates, key=lambda x: x.hijri):
            if _update_cut(t, ln, d) or ln.kind == "update":
                if d.value is not None and not is_placeholder(d.value) and modified is None:
                    modified = TextDate(d.value, "byline", lay.norm.span(d.start, d.end))
                continue
            if offered:
                continue  # the first date of a line (not after an update cue) is its date
            offered = True
            if pub_dates and d is not chosen:
                if chosen is None:
                    continue  # Hijri and Gregorian disagree: no date from this line
                d = chosen
            own = headline is not None and headline < i < first
            if ln.kind == "byline" or ln.clock or own or cue("published").match(t, ln.nstart):
                offer(i, d, "byline", True)
            else:
                offer(i, d, "byline", False)
    if lay.dateline is not None and lay.body_first is not None:
        ns, ne = lay.norm.norm_pos(lay.dateline[0]), lay.norm.norm_pos(lay.dateline[1])
        # in a dateline even «14 مارس» is a date (the place, the day, the month, the agency)
        found = find_dates(t, ns, ne, ambiguous_ok=True)
        full = [d for d in found if d.value is not None]
        if full:
            d = _agreeing(full, lay, rejected)
            if d is not None:
                offer(lay.body_first, d, "dateline", True)
        elif found:
            offer(lay.body_first, found[0], "dateline", True)
    weekdays = _body_weekdays(lay) if weak else set()
    for dist, td in list(weak):
        if _far(td.value, body_years) and not _confirmed(td.value, weekdays):
            rejected.append(f"«{lay.norm.original[td.span[0]:td.span[1]]}» is years after every year "
                            "the article speaks of (a today widget or archive header)")
            weak.remove((dist, td))
    pick = _pick(strong, rejected, lay)
    if pick is None:
        pick = _pick(weak, rejected, lay)
        if pick is not None and yearless is not None and not _same_day(pick.value, yearless):
            # a lone stamp on another day than the article's own dateline is not its date
            # (a "today" widget, an archive header): the dateline's year is looked for instead
            rejected.append(f"«{lay.norm.original[pick.span[0]:pick.span[1]]}» is not the day of the "
                            "dateline (a today widget or archive header)")
            pick = None
    if modified is not None and pick is not None and modified.value < pick.value:
        modified = None  # an "update" before publication is not a modification date
    return TextDates(pick, modified, rejected, yearless)


def _same_day(d: date, y: YearlessDate) -> bool:
    """``d`` is the year-less day and month, give or take a day (in its year or the one before)."""
    for year in (d.year, d.year - 1):
        try:
            if abs((d - date(year, y.month, y.day)).days) <= 1:
                return True
        except ValueError:
            continue
    return False


def _pick(cands: list[tuple[int, TextDate]], rejected: list[str], lay: Layout) -> TextDate | None:
    if not cands:
        return None
    values = {td.value for _, td in cands}
    cands.sort(key=lambda c: (abs(c[0]), c[1].span[0]))
    best = cands[0][1]
    if len(values) > 1:
        near = [td for dist, td in cands if abs(dist) <= abs(cands[0][0]) + 1]
        if len({td.value for td in near}) > 1:
            rejected.append("the page states different dates next to the article: "
                            + ", ".join(sorted({td.value.isoformat() for td in near})))
            return None
    return best
