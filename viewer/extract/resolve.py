"""After the scan: anniversaries get their base, yearless days their year, the article its date bound.

These read the candidates of the whole article (sorted by start, disjoint):
the commemorated date of ``الذكرى الـ75``, the narrative's reference time for
a yearless ``12 آذار``, and the earliest publication date the text allows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _SENTENCE_STOP, _alt, _Cand, _valid_year, _year
from viewer.extract.normalize import Normalized

_FOUNDING = re.compile(_alt(lx.FOUNDING_WORDS))


@dataclass
class Inference:
    """What the text itself says about its publication date."""

    lower_bound: date | None = None
    reason: str | None = None
    # Set when the mention budget was spent: the mentions kept, and the original
    # offset from which the text was not scanned (or not used).
    cap_kept: int | None = None
    cap_offset: int | None = None


_NARRATIVE_KINDS = ("absolute", "range", "multi", "since", "hijri")


def narrative_years(cands: list[_Cand], published: date | None) -> None:
    """A yearless day ("12 آذار") is read forward from the nearest date before it.

    That date is the reference time of the narrative: an article recounting
    1982 dates ``12 آذار`` after ``شباط 1982`` in 1982; ``في ١٨ مايو`` after
    ``ديسمبر ٢٠٢٢`` is May 2023 (the first such day on or after the reference).
    When the nearest date before is itself relative to publication, or there is
    none, or the reading falls after publication, the publication year stays
    (the resolver), as before.
    """
    ref: _Cand | None = None
    for c in cands:  # sorted by start
        y_info = c.extra.get("yearless")
        if y_info:
            if ref is not None and ref.earliest is not None:
                month, d1, d2 = y_info
                start = ref.earliest
                try:
                    y = start.year if date(start.year, month, d2) >= start else start.year + 1
                    a, b = date(y, month, d1), date(y, month, d2)
                except ValueError:
                    continue
                if (published is None or b <= published) and (published is None or y != published.year):
                    c.earliest, c.latest, c.resolver, c.resolved = a, b, None, True
                    c.kind = "absolute"
                    c.note = f"year from the narrative ({y})"
                    ref = c
            continue
        if c.resolver is not None:
            ref = None  # the reference time is publication again
        elif (
            c.kind in _NARRATIVE_KINDS
            and c.latest is not None
            and c.granularity in ("day", "month", "year", "season")
        ):
            ref = c


def resolve_anniversaries(t: str, cands: list[_Cand], published: date | None = None) -> None:
    """Date "الذكرى الـN" as the year of the commemorated date + N.

    The commemorated date is, in order: the first fixed date after the
    anniversary in the same sentence ("الذكرى الـ75 لتأسيسها … الصادر في 8
    كانون الأول 1949"); the nearest date introduced by a founding word
    elsewhere (تأسيس، إنشاء، استقلال …); or the date another anniversary
    with the same N in the article was resolved to (a headline repeating it).
    """
    if not any(c.kind == "anniversary" for c in cands):
        return  # the founding-word search below is a third of this function's cost
    fixed = [
        c
        for c in cands
        if c.kind in ("absolute", "since", "hijri")
        and c.earliest is not None
        and c.granularity in ("day", "month", "year")
    ]
    founding = [c for c in fixed if _FOUNDING.search(t[max(0, c.start - 80) : c.start])]
    by_n: dict[int, int] = {}
    pending = []
    # Candidates are sorted by start and disjoint, so "the first fixed date
    # after" and "the nearest founding date" are bisections, not scans: an
    # article of thousands of anniversaries stays linear.
    fixed_starts = [f.start for f in fixed]
    founding_starts = [f.start for f in founding]
    stops: list[int] | None = None
    for c in cands:
        if c.kind != "anniversary" or c.anniversary is None:
            continue
        if stops is None:
            stops = [m.start() for m in _SENTENCE_STOP.finditer(t)]
        k = bisect.bisect_left(stops, c.end)
        sentence_end = stops[k] if k < len(stops) else len(t)
        i = bisect.bisect_left(fixed_starts, c.end)
        if i < len(fixed) and fixed_starts[i] < sentence_end:
            base = fixed[i]
        elif founding:
            # min(founding, key=distance): the first of the nearest, so the earlier one on a tie
            j = bisect.bisect_left(founding_starts, c.start)
            base = min(founding[max(0, j - 1) : j + 1], key=lambda f: abs(f.start - c.start))
        else:
            base = None
        if base is None:
            pending.append(c)
            continue
        _set_anniversary(c, base.earliest.year, published)
        by_n.setdefault(c.anniversary, base.earliest.year)
    for c in pending:
        if c.anniversary in by_n:
            _set_anniversary(c, by_n[c.anniversary], published)
        else:
            c.note = "commemorated date not found in the text"


def _set_anniversary(c: _Cand, base_year: int, published: date | None = None) -> None:
    y = base_year + (c.anniversary or 0)
    if published is not None and y > published.year + 1:
        # an anniversary is written near its year: one far after publication
        # means the base found is not the commemorated date
        c.note = f"{base_year} + {c.anniversary} = {y} is after publication"
        return
    if _valid_year(y):
        c.earliest, c.latest = _year(y)
        c.resolved = True
        c.note = f"{base_year} + {c.anniversary}"


def infer_lower_bound(cands: list[_Cand], norm: Normalized) -> Inference:
    """Publication cannot precede the latest explicit date in the article."""
    best: tuple[date, _Cand] | None = None
    for c in cands:
        if c.resolver is not None or c.latest is None or not c.resolved:
            continue
        if c.kind in ("decade", "placeholder"):
            continue
        last = c.latest
        if c.granularity in ("year", "season", "decade", "century"):
            point = date(last.year, 1, 1)
        elif c.granularity == "month":
            point = date(last.year, last.month, 1)
        else:
            point = last
        if c.kind == "copyright":
            point = date(c.earliest.year, 1, 1)
        if best is None or point > best[0]:
            best = (point, c)
    if best is None:
        return Inference()
    point, c = best  # the reason is worded for the winner only
    os, oe = norm.span(c.start, c.end)
    why = {
        "copyright": "copyright year",
        "anniversary": f"anniversary ({c.note})",
    }.get(c.kind, "latest explicit date")
    return Inference(point, f"published no earlier than {point.isoformat()} ({why}: «{norm.original[os:oe]}»)")
