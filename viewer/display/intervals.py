"""An interval written at its precision, once for the window and the published page.

The window and the offline page differ only in their month names and in how a
decade is worded (the window translates it through Qt); the shape of the text
(``8 ديسمبر 2024``, ``8–9 ديسمبر 2024``, ``ديسمبر 2024``, ``2016–2017`` …) is
the same, so it is written here once. Western digits: callers localise them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date


def interval_text(
    lo: date, hi: date | None, granularity: str, month: Callable[[date], str], decade: Callable[[int], str]
) -> str:
    """``month(d)`` names d's month; ``decade(1990)`` words the 1990s."""
    hi = hi or lo
    if granularity in ("day", "week"):
        if lo == hi:
            return f"{lo.day} {month(lo)} {lo.year}"
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{lo.day}–{hi.day} {month(lo)} {lo.year}"
        return f"{lo.day} {month(lo)} {lo.year} – {hi.day} {month(hi)} {hi.year}"
    if granularity in ("month", "season"):
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{month(lo)} {lo.year}"
        if lo.year == hi.year:
            return f"{month(lo)}–{month(hi)} {lo.year}"
        return f"{month(lo)} {lo.year} – {month(hi)} {hi.year}"
    if granularity == "decade" and hi.year - lo.year == 9 and lo.year % 10 == 0:
        return decade(lo.year)
    if lo.year == hi.year:
        return str(lo.year)
    return f"{lo.year}–{hi.year}"
