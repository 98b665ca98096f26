"""The year of a dateline that gives only the day and month (``الرياض 14 مارس (واس) -``).

Wire copy often drops the year: the agency's readers know it.  A page that keeps
such a dateline usually states a full date elsewhere about the same moment — an
update stamp (``آخر تحديث: 15 مارس 2024``), a machine-readable modification
date in its metadata (``article:modified_time``, JSON-LD ``dateModified``).
The publication comes before those, and shortly before: the year is the one
that puts the day and month at most :data:`WINDOW_DAYS` before the stamp (a
stamp on 2 January gives 30 December of the year before).

Never invented: no anchor, or anchors that put the day in different years, or a
day that falls after every anchor or long before it, leave the date unresolved
(with the reason).  Years of the body's prose (``عام 2019``, a coming match on
``21 مارس 2025``) and copyright lines are not anchors: they speak of other
times than the publication.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WINDOW_DAYS = 31  # a stamp this many days after the dateline's day at most
SLACK_DAYS = 1  # a stamp may read a day *before* (time zones, a page saved at midnight)


@dataclass(frozen=True)
class Anchor:
    value: date
    what: str  # said in the reason: "the update stamp «…»", "article:modified_time=…"


def complete_year(month: int, day: int, anchors: list[Anchor]) -> tuple[date | None, str]:
    """(the date, why) or (None, why not)."""
    if not anchors:
        return None, "no other date on the page gives its year"
    found: dict[date, list[str]] = {}
    for a in anchors:
        for y in (a.value.year + 1, a.value.year, a.value.year - 1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue  # 29 February of a common year
            if -SLACK_DAYS <= (a.value - d).days <= WINDOW_DAYS:
                found.setdefault(d, []).append(a.what)
    if len(found) == 1:
        (d, whats), = found.items()
        return d, "the year from " + ", ".join(whats)
    if not found:
        return None, "no date on the page is shortly after it (" + ", ".join(a.what for a in anchors) + ")"
    return None, "the page's dates give different years: " + ", ".join(sorted(x.isoformat() for x in found))
