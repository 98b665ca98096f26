"""Islamic feasts (عيد الفطر, عيد الأضحى, رأس السنة الهجرية, المولد النبوي, عاشوراء …), with or without a year.

Names and days come from viewer/lang/ar/feasts.toml.  With a Hijri year (up
to 1600, or with هـ) the feast of that year; with a Gregorian year the feast
falling in it; without a year the feast of the publication's Hijri year, or
the next / previous one with المقبل / الماضي.  Ramadan is a month
(رمضان 2025, شهر رمضان): the month rule reads it.
"""

from __future__ import annotations

import re
from datetime import date

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _B, _CL, _E, _OSP, _QUAL, _SP, _YCUE, _alt, _Cand
from viewer.extract.calendars import feast_interval, hijri_year_of
from viewer.extract.rules import Rule

_NAME_OF = {n: f.name for f in lx.FEASTS.values() if f.days for n in f.names}
FEAST = re.compile(
    rf"{_B}(?P<name>{_CL}(?:{_alt(_NAME_OF)})){_E}"
    rf"(?:{_OSP}[،,]?{_OSP}(?:(?:من{_SP})?{_CL}(?:ال)?(?:{_YCUE}){_SP})?(?P<year>\d{{3,4}})(?!\d)"
    rf"(?:{_OSP}(?P<era>{_alt(lx.ERA_MARKERS)}){_E})?|{_SP}(?P<qual>{_QUAL}){_E})?"
)


def _feast_of(name: str) -> str | None:
    w = " ".join(name.split())
    for k in range(0, 4):
        if w[k:] in _NAME_OF:
            return _NAME_OF[w[k:]]
    return None


def _handle(ex, m: re.Match) -> None:
    feast = _feast_of(m.group("name"))
    if feast is None:
        return
    if m.group("year"):
        y = int(m.group("year"))
        hijri = (m.group("era") or "") in lx.ERA_HIJRI or y <= 1600
        if hijri:
            iv = feast_interval(feast, y)
        else:
            # the feast that falls in Gregorian year y (the first one, if two do)
            iv = None
            for hy in range(y - 582, y - 576):
                cand = feast_interval(feast, hy)
                if cand and cand[0].year == y:
                    iv = cand
                    break
        if iv:
            ex.add(_Cand(m.start(), m.end(), "hijri", "day", *iv, calendar="hijri"))
        return
    q = lx.RELATIVE_QUALIFIERS.get(m.group("qual") or "")

    def resolve(pub: date, feast=feast, q=q):
        try:
            hy = hijri_year_of(pub)
        except ValueError:
            return pub, pub
        iv = feast_interval(feast, hy)
        if iv and q and q > 0 and iv[1] < pub:
            iv = feast_interval(feast, hy + 1)
        elif iv and q and q < 0 and iv[0] > pub:
            iv = feast_interval(feast, hy - 1)
        return iv or (pub, pub)

    ex.add(_Cand(m.start(), m.end(), "relative", "day", resolver=resolve, calendar="hijri"))


RULES = [Rule("feast", FEAST, _handle)]
