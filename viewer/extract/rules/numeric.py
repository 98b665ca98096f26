"""Numeric dates: ``2024-01-05``, ``5/1/2024``, ``14.09.2022``, ``11\\10\\2025``, ``2 - 10 - 2025``.

Year first (Y-M-D) or day first (D-M-Y), in any digits (normalization folds
Eastern and Persian ones), with ``-``, ``/``, ``.`` or ``\\`` — the same
separator both times, one space allowed either side.  A sentence full stop may
follow; more digits or separators may not (a version number, a chain).  The
day cue before it (``يوم 14.09.2022``) joins the mention.  A date that does not
exist (``2024-02-30``) is no date.
"""

from __future__ import annotations

import re
from datetime import date

from viewer.extract.atoms import _B, _CL, _SP, _Cand, _valid_year
from viewer.extract.rules import Rule

# Separators - / . \ , one space allowed either side ("2 - 10 - 2025"), the same both times.
_NSEP = r"(?P<sep>[^\S\n]?[-/.\\][^\S\n]?)"
YMD = re.compile(
    rf"(?<![\d/.\-\\])(?P<y>\d{{4}}){_NSEP}(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d/\-\\]|\.\d)"
)
DMY = re.compile(
    rf"(?<![\d/.\-\\])(?P<d>\d{{1,2}}){_NSEP}(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\d/\-\\]|\.\d)"
)
_DAY_CUE_BEFORE = re.compile(rf"{_B}{_CL}(?:ال)?يوم{_SP}$")


def _numeric(ex, m: re.Match) -> None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not _valid_year(y):
        return
    try:
        day = date(y, mo, d)
    except ValueError:
        return
    start = m.start()
    cue = _DAY_CUE_BEFORE.search(ex.t, max(0, start - 12), start)
    if cue and ex.free(cue.start(), start):
        start = cue.start()  # "يوم 14.09.2022" keeps its cue (docs/gold.md H5)
    ex.add(_Cand(start, m.end(), "absolute", "day", day, day))


RULES = [
    Rule("numeric_ymd", YMD, _numeric, scan="numeric"),
    Rule("numeric_dmy", DMY, _numeric, scan="numeric"),
]
