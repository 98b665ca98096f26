"""The range of publication dates the application accepts: 1000-01-01 … 2200-12-31.

A publication date is the anchor of every relative expression (أمس, العام
الماضي …); at the edges of ``datetime.date`` (0001-01-01, 9999-12-31) that
arithmetic overflows, and no news article was published there.  So every place
that accepts a publication date (manifest, ``--pubdate``, the date dialog, the
saved user dates, extraction itself) checks it with :func:`pubdate_error`.
"""

from __future__ import annotations

from datetime import date

PUBDATE_MIN = date(1000, 1, 1)
PUBDATE_MAX = date(2200, 12, 31)


def pubdate_error(d: date) -> str | None:
    """Why ``d`` is not accepted as a publication date (None when it is)."""
    if PUBDATE_MIN <= d <= PUBDATE_MAX:
        return None
    return (f"publication date {d.isoformat()} is outside the accepted range "
            f"{PUBDATE_MIN.isoformat()} to {PUBDATE_MAX.isoformat()}")


def in_range(d: date | None) -> bool:
    return d is not None and pubdate_error(d) is None
