"""``مرور 25 عاما على …``: an anniversary written as years elapsed since a founding / launch.

Resolved like ``الذكرى الـN`` (mentions._resolve_anniversaries): the base is
the commemorated date in the text; never after publication + 1 year.
"""

from __future__ import annotations

import re

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _B, _CL, _E, _ORD, _OSP, _SP, _alt, _Cand
from viewer.extract.rules import Rule

_YEARS = _alt(lx.UNITS["year"].singular + lx.UNITS["year"].plural)
_WORDS = rf"(?:{_alt(list(lx.CARDINALS) + list(lx.CARDINAL_TENS))})(?:{_SP}و{_OSP}(?:{_alt(lx.CARDINAL_TENS)}))?"
ELAPSED = re.compile(
    rf"{_B}{_CL}(?:ال)?مرور{_SP}(?:(?P<n>\d{{1,3}})(?!\d)|(?P<w>{_WORDS})){_OSP}(?:{_YEARS}){_E}"
    rf"(?={_SP}(?:علي|على){_SP})"
)


def _handle(ex, m: re.Match) -> None:
    n = int(m.group("n")) if m.group("n") else lx.cardinal_value(m.group("w"))
    if n and 0 < n <= 1000:
        ex.add(_Cand(m.start(), m.end(), "anniversary", "year", resolved=False, anniversary=n))


ANNIV = re.compile(
    rf"{_B}{_CL}(?:ال)?ذكري{_SP}(?:(?:ال)?سنويه{_SP})?"
    rf"(?:ال{_OSP}(?P<n>\d{{1,3}})(?!\d)|(?P<ord>{_ORD}){_E})"
    rf"(?:{_SP}(?:ال)?سنويه{_E})?"
)


def _anniversary(ex, m: re.Match) -> None:
    n = int(m.group("n")) if m.group("n") else lx.ordinal_value(m.group("ord") or "")
    if not n or n > 1000:
        return
    ex.add(_Cand(m.start(), m.end(), "anniversary", "year", resolved=False, anniversary=n))


RULES = [
    Rule("elapsed_anniversary", ELAPSED, _handle, needs="مرور"),
    Rule("anniversary", ANNIV, _anniversary),
]
