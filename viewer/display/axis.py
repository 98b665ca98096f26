"""Qt-free axis tick selection: which unit/step, tick times and label texts.

The widget supplies ``measure(text) -> px`` so the step is chosen from real
label widths; it then still drops any label that would touch its neighbour,
so labels can never overlap whatever the font.
"""

from __future__ import annotations

from datetime import date

from viewer.display.labels import AR_MONTHS, EN_MONTHS_SHORT, digits, month_name

# (unit, step) from fine to coarse.
CANDIDATES = (
    ("day", 1),
    ("day", 2),
    ("day", 5),
    ("day", 10),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 20),
    ("year", 50),
    ("year", 100),
    ("year", 200),
    ("year", 500),
    ("year", 1000),
)
APPROX_DAYS = {"day": 1.0, "month": 30.44, "year": 365.25}
MIN_ORD = 1
MAX_ORD = date.max.toordinal()


def _clamp_ord(t: float) -> int:
    return int(min(max(t, MIN_ORD), MAX_ORD))


def choose_step(span_days: float, width: float, measure, lang: str) -> tuple[str, int]:
    px_per_day = width / max(span_days, 1e-9)
    months = AR_MONTHS if lang == "ar" else EN_MONTHS_SHORT
    need = {
        "day": measure("28") + 14,
        "month": max(measure(m) for m in months) + 14,
        "year": measure("2000") + 14,
    }
    for unit, step in CANDIDATES:
        if APPROX_DAYS[unit] * step * px_per_day >= need[unit]:
            return unit, step
    return CANDIDATES[-1]


def ticks(t0: float, t1: float, unit: str, step: int) -> list[tuple[float, float, date]]:
    """Ticks in [t0, t1] as (t_tick, t_next, date), time ascending."""
    out: list[tuple[float, float, date]] = []
    d0 = date.fromordinal(_clamp_ord(t0))
    d1 = date.fromordinal(_clamp_ord(t1))
    if unit == "year":
        y = max(1, (d0.year // step) * step)
        while y <= d1.year and y <= 9999:
            t = date(y, 1, 1).toordinal()
            ny = y + step
            tn = date(ny, 1, 1).toordinal() if ny <= 9999 else MAX_ORD + 1
            out.append((float(t), float(tn), date(y, 1, 1)))
            y = ny
    elif unit == "month":
        y, m = d0.year, ((d0.month - 1) // step) * step + 1
        while (y, m) <= (d1.year, d1.month):
            d = date(y, m, 1)
            nm, ny = m + step, y
            while nm > 12:
                nm -= 12
                ny += 1
            tn = date(ny, nm, 1).toordinal() if ny <= 9999 else MAX_ORD + 1
            out.append((float(d.toordinal()), float(tn), d))
            y, m = ny, nm
            if y > 9999:
                break
    else:
        t = _clamp_ord(t0)
        end = _clamp_ord(t1)
        while t <= end:
            d = date.fromordinal(t)
            if step == 1 or ((d.day - 1) % step == 0 and d.day <= 31 - step // 2):
                out.append((float(t), float(t + step), d))
            t += 1
    return out


def tick_label(d: date, unit: str, lang: str, eastern: bool) -> str:
    if unit == "year":
        return digits(str(d.year), eastern)
    if unit == "month":
        return month_name(d.month, lang, short=True)
    return digits(str(d.day), eastern)


def context_unit(unit: str) -> str | None:
    """Unit of the second axis row giving context to the first."""
    return {"day": "month", "month": "year"}.get(unit)


def context_label(d: date, unit: str, lang: str, eastern: bool) -> str:
    if unit == "month":
        return digits(f"{month_name(d.month, lang, short=True)} {d.year}", eastern)
    return digits(str(d.year), eastern)
